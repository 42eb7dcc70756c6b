"""The member states: the list and each state's profile."""

from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_safe

from contacts.queries import units_for_country
from legislation.models import Aspect, ConventionArticle, Instrument, Law, TreatyStatus
from legislation.queries import INCLUDE_CHOICES, country_coverage, coverage_by_country, state_legend
from legislation.views.coverage import include_param
from portal.models import Country, Subregion


@require_safe
def country_list(request):
    """The 35 member states with their published laws, Budapest status and coverage (four queries)."""
    countries = list(Country.objects.all())
    counts = (
        Law.objects.published().order_by().values("country_id")
        .annotate(n=Count("id"), entered=Count("id", filter=~Q(aspects=[])))
    )
    law_counts = {row["country_id"]: row["n"] for row in counts}
    with_data = {row["country_id"] for row in counts if row["entered"]}
    budapest = {s.country_id: s for s in TreatyStatus.objects.published().filter(instrument=Instrument.BUDAPEST)}
    covered = coverage_by_country(Instrument.BUDAPEST)
    article_total = ConventionArticle.objects.filter(instrument=Instrument.BUDAPEST).count()
    rows = [
        {
            "country": country,
            "laws": law_counts.get(country.iso2, 0),
            "budapest": budapest.get(country.iso2),
            "covered": covered.get(country.iso2, 0),
            "has_data": country.iso2 in with_data,
        }
        for country in countries
    ]
    groups = [
        {"subregion": value, "label": label, "rows": [r for r in rows if r["country"].subregion == value]}
        for value, label in Subregion.choices
    ]
    return render(request, "legislation/country_list.html", {
        "groups": groups,
        "article_total": article_total,
        "law_total": sum(law_counts.values()),
    })


@require_safe
def country_detail(request, code: str):
    """A state's profile: laws by aspect, treaty status per instrument, coverage, national units."""
    if code != code.lower():
        return redirect("legislation:country_detail", code=code.lower(), permanent=True)
    if len(code) != 2:
        raise Http404
    country = Country.objects.by_code(code).first()
    if country is None:
        raise Http404
    laws = list(Law.objects.published().filter(country=country).order_by("-enacted_on", "number"))
    by_aspect = []
    for aspect in Aspect:
        items = [law for law in laws if aspect.value in law.aspects]
        by_aspect.append({"aspect": aspect.value, "label": aspect.label, "laws": items})
    unmapped = [law for law in laws if not law.aspects]
    statuses = {s.instrument: s for s in TreatyStatus.objects.published().filter(country=country)}
    treaties = [{"instrument": i, "label": i.label, "entry": statuses.get(i.value)} for i in Instrument]
    include = include_param(request)
    coverage = country_coverage(
        country, include=include, has_data=any(law.aspects for law in laws),
        party_instruments={i for i, s in statuses.items() if s.status == TreatyStatus.Status.PARTY},
    )
    return render(request, "legislation/country_detail.html", {
        "country": country,
        "laws": laws,
        "by_aspect": by_aspect,
        "unmapped": unmapped,
        "treaties": treaties,
        "coverage": coverage,
        "include": include,
        "include_choices": INCLUDE_CHOICES,
        "state_legend": state_legend(include),
        "units": list(units_for_country(country)),
        # Treaty status is reference data with its own sources: only the laws can be sample data.
        "sample_shown": any(law.is_sample for law in laws),
    })

"""The coverage matrix (states × Convention articles) and the side-by-side comparison."""

from django.contrib import messages
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_safe

from legislation.models import ARTICLE_INSTRUMENTS, Aspect, Instrument, Law
from legislation.queries.coverage import (
    INCLUDE_CHOICES,
    CellState,
    comparison,
    coverage_matrix,
    heat_legend,
    split_include,
    state_legend,
)
from legislation.views.common import choice_param
from portal.models import Country, Subregion

ARTICLE_INSTRUMENT_CHOICES = [(i.value, i.label) for i in ARTICLE_INSTRUMENTS]
COMPARE_MIN, COMPARE_MAX = 2, 6


def include_param(request) -> tuple[str, ...]:
    """Which of bills and repealed laws the reader included (unknown values reported and ignored)."""
    include, unknown = split_include(request.GET.getlist("include"))
    for value in unknown[:5]:
        messages.warning(
            request,
            _("The filter “%(filter)s” has no option “%(value)s”, so it was left out.") % {
                "filter": _("Include"), "value": value},
        )
    return include


def matrix_params(request) -> dict:
    """The matrix's filters from the query string (unknown values reported and ignored)."""
    return {
        "instrument": choice_param(request, "instrument", ARTICLE_INSTRUMENT_CHOICES, str(gettext_lazy("Instrument")),
                                   default=Instrument.BUDAPEST.value),
        "subregion": choice_param(request, "subregion", Subregion.choices, str(gettext_lazy("Sub-region"))),
        "aspect": choice_param(request, "aspect", Aspect.choices, str(gettext_lazy("Aspect"))),
        "include": include_param(request),
    }


@require_safe
def matrix(request):
    """States × articles, each cell the provisions of laws in force implementing the article, or
    why there are none: a gap, no data yet, applies as a party, only a bill or a repealed law."""
    params = matrix_params(request)
    result = coverage_matrix(**params, provision_list_url=reverse("legislation:provision_list"))
    return render(request, "legislation/matrix.html", {
        "params": params,
        "matrix": result,
        "articles": result.articles,
        "rows": result.rows,
        "columns": result.columns,
        "column_totals": result.column_totals,
        "legend": heat_legend(),
        "state_legend": state_legend(params["include"]),
        "instrument_label": dict(ARTICLE_INSTRUMENT_CHOICES)[params["instrument"]],
        "instruments": ARTICLE_INSTRUMENT_CHOICES,
        "include_choices": INCLUDE_CHOICES,
        "has_cooperation": any(a.aspect == Aspect.COOPERATION for a in result.articles),
        "sample_shown": Law.objects.published().filter(is_sample=True).exists(),
        "subregions": Subregion.choices,
        "aspects": Aspect.choices,
    })


def parse_country_codes(request) -> list[str]:
    """`?countries=ar,br` or `?countries=ar&countries=br`: lower-case codes, in order, once each."""
    codes = []
    for value in request.GET.getlist("countries"):
        for part in value.replace(" ", ",").split(","):
            code = part.strip().lower()[:10]
            if code and code not in codes:
                codes.append(code)
    return codes[:50]


def compare_totals(country, cells) -> dict:
    """One state's column of a comparison counted by cell state (as the matrix's row totals)."""
    counts = dict.fromkeys(CellState, 0)
    for cell in cells:
        counts[cell["state"]] += 1
    return {"country": country, "covered": counts[CellState.COVERED], "as_party": counts[CellState.PARTY],
            "gaps": counts[CellState.GAP], "total": len(cells), "has_data": all(cell["has_data"] for cell in cells)}


@require_safe
def compare(request):
    """Two to six states side by side, article by article, with their provision texts.

    One state (the profile's "Compare with other states") opens the picker with it ticked (200);
    unknown codes or more than six states answer 400 with the reason, said once on the page."""
    all_countries = list(Country.objects.all())
    by_code = {c.code: c for c in all_countries}
    codes = parse_country_codes(request)
    instrument = choice_param(request, "instrument", ARTICLE_INSTRUMENT_CHOICES, _("Instrument"),
                              default=Instrument.BUDAPEST.value)
    aspect = choice_param(request, "aspect", Aspect.choices, _("Aspect"))
    include = include_param(request)
    unknown = [code for code in codes if code not in by_code]
    chosen = [by_code[code] for code in codes if code in by_code]
    problem = None
    if unknown:
        problem = _("These are not codes of OAS member states: %(codes)s. Use two-letter codes such as ar, br or "
                    "cl, or tick the states below.") % {"codes": ", ".join(unknown)}
    elif len(chosen) > COMPARE_MAX:
        problem = _("A comparison needs between %(min)s and %(max)s states; you chose %(count)s. Tick between "
                    "%(min)s and %(max)s states below.") % {"min": COMPARE_MIN, "max": COMPARE_MAX,
                                                              "count": len(chosen)}
    # The problem is shown once, in the page's alert; not also as a flash message.
    ready = not problem and len(chosen) >= COMPARE_MIN
    rows = comparison(countries=chosen, instrument=instrument, aspect=aspect, include=include) if ready else None
    totals = [compare_totals(country, [row["cells"][index] for row in rows]) for index, country in enumerate(chosen)] \
        if rows is not None else []
    return render(request, "legislation/compare.html", {
        "countries": all_countries,
        "chosen": chosen if ready else [],
        "chosen_codes": {c.code for c in chosen},
        "picked": chosen if not problem and not ready else [],
        "rows": rows,
        "totals": totals,
        "sample_shown": any(p.law.is_sample for row in rows or [] for cell in row["cells"] for p in cell["provisions"]),
        "problem": problem,
        "instrument": instrument,
        "instrument_label": dict(ARTICLE_INSTRUMENT_CHOICES)[instrument],
        "instruments": ARTICLE_INSTRUMENT_CHOICES,
        "aspect": aspect,
        "aspects": Aspect.choices,
        "include": include,
        "include_choices": INCLUDE_CHOICES,
        "state_legend": state_legend(include),
        "minimum": COMPARE_MIN,
        "maximum": COMPARE_MAX,
        "provision_list_url": reverse("legislation:provision_list"),
    }, status=400 if problem else 200)

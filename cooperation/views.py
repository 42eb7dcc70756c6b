"""Public pages: the fiches overview, a state's fiches, one fiche, the downloads and the channel finder;
and, behind the expert gate, the correction form a focal point opens from a fiche or an update request.

The public pages are public; the restricted contact points appear only to users who pass the expert gate,
read through `ContactPoint.objects.visible_to(user)`, and a fiche names its competent authority as
`Fiche.objects.visible_to(user)` says (an unpublished unit: "Not known" to the public, named without a
link to experts). `user` is `restricted_reader(request)`: the whole gate, idle rule included, so an expert
whose restricted session has sat idle too long reads these pages as the public does. Pages cost a fixed
number of queries.
"""


from django.contrib import messages
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods, require_safe

from contacts.models import ContactPoint, NationalUnit, SpokenLanguage
from cooperation.drafting.models import DRAFTABLE_MEASURES
from cooperation.finder import find_channels
from cooperation.forms import FicheCorrectionForm
from cooperation.models import Channel, Fiche, Measure
from cooperation.queries import EXPORT_COLUMNS, export_queryset, fiche_cells, fiche_history, fiche_row, measures
from cooperation.services import fiche_save
from legislation.views.common import choice_param
from portal.exports import export_response
from portal.gate import restricted, restricted_reader
from portal.infra.next_url import safe_next
from portal.models import Country, Subregion
from portal.scope import can_edit_country


def _country_or_404(code: str) -> Country:
    country = Country.objects.by_code(code).first() if len(code) == 2 else None
    if country is None:
        raise Http404(_("No member state has this code."))
    return country


def _overview_params(request, measure_list):
    subregion = choice_param(request, "subregion", Subregion.choices, _("Sub-region"))
    measure = choice_param(request, "measure", [(m.slug, m.name) for m in measure_list], _("Measure"))
    return subregion, measure


@require_safe
def overview(request):
    """States × measures: how complete and how fresh each fiche is (four queries)."""
    measure_list = measures()
    subregion, measure_slug = _overview_params(request, measure_list)
    countries = list(Country.objects.all())
    if subregion:
        countries = [c for c in countries if c.subregion == subregion]
    shown = [m for m in measure_list if m.slug == measure_slug] if measure_slug else measure_list
    cells = fiche_cells(Fiche.objects.published(), countries, shown)
    rows = [{"country": country, "cells": [{"measure": m, "fiche": cells.get((country.iso2, m.pk))} for m in shown]}
            for country in countries]
    return render(request, "cooperation/overview.html", {
        "rows": rows,
        "measures": shown,
        "all_measures": measure_list,
        "subregions": Subregion.choices,
        "params": {"subregion": subregion or "", "measure": measure_slug or ""},
        "sample_shown": any(f.is_sample for f in cells.values()),
        "legend": [(0, _("nothing known")), (1, _("a quarter")), (2, _("half")), (3, _("most")),
                   (4, _("complete"))],
    })


@require_safe
def export(request, fmt: str):
    """The fiches' public fields as CSV or JSON, with the overview's filters and `country`."""
    measure_list = measures()
    subregion, measure_slug = _overview_params(request, measure_list)
    countries = list(Country.objects.all())
    if subregion:
        countries = [c for c in countries if c.subregion == subregion]
    code = (request.GET.get("country") or "").strip().upper()
    if code:
        countries = [c for c in countries if c.iso2 == code]
    shown = [m for m in measure_list if m.slug == measure_slug] if measure_slug else measure_list
    base_url = request.build_absolute_uri("/").rstrip("/")
    rows = (fiche_row(fiche, base_url) for fiche in export_queryset(countries, shown))
    return export_response(rows, EXPORT_COLUMNS, fmt, "evidence-fiches")


@require_safe
def country_fiches(request, code: str):
    """One state's fiches, one row per measure (four queries)."""
    if code != code.lower():
        return redirect("cooperation:country", code=code.lower(), permanent=True)
    country = _country_or_404(code)
    measure_list = measures()
    cells = fiche_cells(Fiche.objects.visible_to(restricted_reader(request)), [country], measure_list)
    rows = [{"measure": m, "fiche": cells.get((country.iso2, m.pk))} for m in measure_list]
    return render(request, "cooperation/country.html", {
        "country": country,
        "rows": rows,
        "sample_shown": any(f.is_sample for f in cells.values()),
        "measures": measure_list,
    })


@require_safe
def fiche_detail(request, code: str, measure: str):
    """One fiche: every field ("Not known" where unknown), where pre-filled fields came from, its history;
    to experts, the competent authority's contact points."""
    if code != code.lower():
        return redirect("cooperation:fiche_detail", code=code.lower(), measure=measure, permanent=True)
    country = _country_or_404(code)
    measure_obj = Measure.objects.prefetch_related("articles").filter(slug=measure).first()
    if measure_obj is None:
        raise Http404(_("There is no such measure."))
    reader = restricted_reader(request)
    fiche = (
        Fiche.objects.visible_to(reader).filter(country=country, measure=measure_obj)
        .prefetch_related("provisions__law").first()
    )
    if fiche is None:
        fiche = Fiche(country=country, measure=measure_obj)  # not yet written: every field unknown
    points = []
    if fiche.shown_authority:
        points = list(ContactPoint.objects.visible_to(reader).filter(unit=fiche.shown_authority))
    return render(request, "cooperation/fiche_detail.html", {
        "country": country,
        "measure": measure_obj,
        "fiche": fiche,
        "provisions": [p for p in fiche.provisions.all() if p.law.is_published] if fiche.pk else [],
        "contact_points": points,
        "history": fiche_history(fiche, NationalUnit.objects.visible_to(reader)),
        "sources": {name: fiche.source_of(name) for name in fiche.shown_sources},
        # Only to a reader past the gate (an idle session is not offered the restricted correction page).
        "can_edit": reader is not None and can_edit_country(reader, country),
        "channel_labels": [str(dict(Channel.choices)[c]) for c in fiche.ordered_channels()],
        "language_labels": [str(dict(SpokenLanguage.choices).get(code, code)) for code in fiche.languages],
    })


@restricted
@require_http_methods(["GET", "HEAD", "POST"])
def fiche_correct(request, code: str, measure: str):
    """A focal point (or the secretariat) corrects a fiche of their country; saving verifies it now.
    Another country's fiche, or a user who keeps no country current, gets 404."""
    fiche = get_object_or_404(
        Fiche.objects.editable_by(request.user).select_related("country", "measure", "authority"),
        country_id=code.upper(), measure__slug=measure,
    )
    target = safe_next(request)
    form = FicheCorrectionForm(request.POST or None, instance=fiche)
    if request.method == "POST" and form.is_valid():
        fiche_save(fiche=form.instance, by=request.user, changed_fields=list(form.changed_data))
        messages.success(request, _("The fiche was saved and marked as verified today."))
        return redirect(target or fiche.get_absolute_url())
    status = 400 if request.method == "POST" else 200
    return render(request, "cooperation/fiche_correct.html",
                  {"fiche": fiche, "country": fiche.country, "form": form, "next": target}, status=status)


def _finder_choices(request):
    """The picker's options: states in the reader's order and the measures (three queries)."""
    return list(Country.objects.all()), measures()


@require_safe
def channels(request):
    """The channel finder. Without parameters: the picker. Bad parameters: the picker, a message, 400."""
    countries, measure_list = _finder_choices(request)
    by_code = {c.iso2.lower(): c for c in countries}
    by_slug = {m.slug: m for m in measure_list}
    params = {name: (request.GET.get(name) or "").strip().lower()[:40] for name in ("from", "to", "measure")}
    context = {"countries": countries, "measures": measure_list, "params": params, "answer": None}
    if not any(params.values()):
        return render(request, "cooperation/channels.html", context)
    problems = []
    if params["from"] not in by_code:
        problems.append(_("Choose your state (“from”) among the member states."))
    if params["to"] not in by_code:
        problems.append(_("Choose the state that holds the data (“to”) among the member states."))
    if params["measure"] not in by_slug:
        problems.append(_("Choose one of the measures."))
    if not problems and params["from"] == params["to"]:
        problems.append(_("Choose two different states: the finder answers for requests between states."))
    if problems:
        for problem in problems:
            messages.error(request, problem)
        return render(request, "cooperation/channels.html", context, status=400)
    reader = restricted_reader(request)
    answer = find_channels(requesting=by_code[params["from"]], requested=by_code[params["to"]],
                           measure=by_slug[params["measure"]], user=reader)
    context["answer"] = answer
    # The same gate as in front of /requests/ (idle rule included): a link only to users it admits.
    context["may_draft"] = answer.measure.slug in DRAFTABLE_MEASURES and reader is not None
    languages = dict(SpokenLanguage.choices)
    context["language_labels"] = [str(languages.get(c, c)) for c in answer.fiche.languages] if answer.fiche else []
    template = "cooperation/channels_print.html" if request.GET.get("print") == "1" else "cooperation/channels.html"
    return render(request, template, context)

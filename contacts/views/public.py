"""Public pages of contacts: national units and how to report a crime.

Everything in this module is public (tests/security/test_gate_walk.py lists it so): only
`NationalUnit.objects.published()` and public fields; never a contact point.
"""

from django.db.models import Count, Q
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_safe
from modeltranslation.utils import build_localized_fieldname, get_language

from contacts.forms import ReportCountryForm
from contacts.models import NationalUnit, UnitKind
from contacts.queries import units_for_country
from portal.content.models import GuidanceTopic
from portal.models import Country

# Units a citizen can turn to when the country lists no public reporting channel.
FIRST_CONTACT_KINDS = (UnitKind.CYBERCRIME_UNIT, UnitKind.POLICE, UnitKind.CSIRT, UnitKind.PROSECUTION)


def _country_name_field(prefix: str = "") -> str:
    return build_localized_fieldname(f"{prefix}name", get_language())


@require_safe
def unit_list(request):
    """The public directory of national units, by country, filterable by country and kind."""
    countries = list(Country.objects.order_by(_country_name_field()))
    country_code = (request.GET.get("country") or "").strip().lower()
    kind = (request.GET.get("kind") or "").strip()
    units = NationalUnit.objects.published().select_related("country").in_display_order()
    selected_country = next((country for country in countries if country.code == country_code), None)
    if selected_country is not None:
        units = units.filter(country=selected_country)
    if kind in UnitKind.values:
        units = units.filter(kind=kind)
    else:
        kind = ""
    units = list(units.order_by(_country_name_field("country__"), "kind_rank", "name"))
    context = {
        "units": units,
        "countries": countries,
        "kinds": UnitKind.choices,
        "selected_country": selected_country,
        "selected_kind": kind,
        "has_sample": any(unit.is_sample for unit in units),
    }
    return render(request, "contacts/unit_list.html", context)


@require_safe
def unit_detail(request, pk: int):
    """One national unit's public page."""
    unit = get_object_or_404(NationalUnit.objects.published().select_related("country"), pk=pk)
    return render(request, "contacts/unit_detail.html", {"unit": unit})


@require_safe
def how_to_report(request):
    """Choose a country to see where to report a crime there."""
    form = ReportCountryForm(request.GET or None)
    if form.is_bound and form.is_valid():
        return redirect("contacts:how_to_report_country", form.cleaned_data["country"].code)
    published = Q(units__is_published=True)
    with_channel = published & (~Q(units__reporting_url="") | ~Q(units__public_phone="") | ~Q(units__public_email=""))
    countries = Country.objects.annotate(channels=Count("units", filter=with_channel, distinct=True)).order_by(
        _country_name_field()
    )
    return render(request, "contacts/how_to_report.html", {"form": form, "countries": countries})


@require_safe
def how_to_report_country(request, iso2: str):
    """A country's public reporting channels; with none listed, still a way forward: the police,
    cybercrime unit or CSIRT if known, what evidence to keep, the platform's own reporting tools
    and the regional guidance."""
    if len(iso2) != 2:
        raise Http404
    country = get_object_or_404(Country.objects.by_code(iso2))
    if iso2 != country.code:
        return redirect("contacts:how_to_report_country", country.code, permanent=True)
    all_units = list(units_for_country(country))
    units = [unit for unit in all_units if unit.has_reporting_channel]
    other_units = [unit for unit in all_units if not unit.has_reporting_channel]
    guidance = GuidanceTopic.objects.published().only("slug", "title", "summary", "order")
    return render(
        request,
        "contacts/how_to_report_country.html",
        {
            "country": country,
            "units": units,
            "other_units": other_units,
            "first_contacts": [unit for unit in other_units if unit.kind in FIRST_CONTACT_KINDS],
            "guidance_topics": guidance,
        },
    )

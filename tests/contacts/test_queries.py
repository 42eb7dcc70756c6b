"""What other pages use: units_for_country, reporting_channels and the two partials."""

import pytest
from django.template.loader import render_to_string

from contacts.models import NationalUnit
from contacts.queries import focal_points_for, reporting_channels, units_for_country
from portal.models import Country
from tests.conftest import make_expert, make_user
from tests.contacts.factories import SECRET_EMAIL, make_unit

pytestmark = pytest.mark.django_db


def test_units_for_country_published_only_specialised_first(directory):
    make_unit("AR", "Zeta CSIRT", kind="csirt")
    make_unit("AR", "Hidden unit", is_published=False)
    make_unit("AR", "Alpha police", kind="police")
    names = [unit.name for unit in units_for_country(Country.objects.get(iso2="AR"))]
    assert names == ["Unidad Fiscal Especializada en Ciberdelincuencia", "Alpha police", "Zeta CSIRT"]
    assert [unit.name for unit in units_for_country("ar")] == names


def test_reporting_channels_only_units_with_one(directory):
    make_unit("AR", "No channel", reporting_url="", public_phone="", public_email="")
    make_unit("AR", "Phone only", reporting_url="", public_phone="911", public_email="")
    assert {unit.name for unit in reporting_channels("AR")} == {"Unidad Fiscal Especializada en Ciberdelincuencia",
                                                                 "Phone only"}


def test_partials_render_public_fields_only(directory):
    country = Country.objects.get(iso2="AR")
    units_html = render_to_string("contacts/_country_units.html", {"units": units_for_country(country)})
    channels_html = render_to_string("contacts/_reporting_channels.html",
                                     {"units": reporting_channels(country), "country": country})
    for html in (units_html, channels_html):
        assert "Unidad Fiscal Especializada en Ciberdelincuencia" in html
        assert "https://unit.example.org/report" in html
        assert SECRET_EMAIL not in html
    empty = render_to_string("contacts/_reporting_channels.html",
                             {"units": NationalUnit.objects.none(), "country": Country.objects.get(iso2="GY")})
    assert "No public reporting channel of Guyana" in empty
    assert "No national unit" in render_to_string("contacts/_country_units.html", {"units": []})


def test_focal_points_of_a_country(focal_ar, expert_br, db):
    suspended_focal = make_user("old-focal@example.org", country="AR", status="suspended", roles=("Focal point",))
    make_expert("focal-br@example.org", "BR", roles=("Expert", "Focal point"))
    assert list(focal_points_for(Country.objects.get(iso2="AR"))) == [focal_ar]
    assert suspended_focal not in focal_points_for(Country.objects.get(iso2="AR"))

"""Pre-filling fiches from the portal's data, confirming them, and their freshness."""

from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied
from django.utils import timezone

from contacts.freshness import Freshness
from cooperation.models import Fiche
from cooperation.services import fiche_confirm, fiches_prefill
from portal.models import Country
from tests.contacts.factories import make_unit
from tests.cooperation.factories import make_fiche
from tests.legislation.factories import make_law, make_treaty_status


@pytest.mark.django_db
def test_prefill_takes_provisions_units_and_treaty_status_and_says_where_from():
    law = make_law("AR", provisions=[("Art. 5", "Preservation.", "procedural", ["16"])])
    unit = make_unit("AR", "UFECI", kind="prosecution")
    make_treaty_status("AR", "budapest", "party")
    fiches_prefill(countries=[Country.objects.get(iso2="AR")])
    fiche = Fiche.objects.get(country="AR", measure__slug="preservation")
    assert fiche.exists_in_law == "yes"
    assert list(fiche.provisions.all()) == list(law.provisions.all())
    assert fiche.authority == unit
    assert fiche.channels == ["24-7", "central-authority"]
    assert fiche.preservation_days == 60
    assert fiche.sources == {"exists_in_law": "provisions", "provisions": "provisions", "authority": "units",
                             "channels": "treaty", "preservation_days": "treaty"}
    assert Fiche.objects.filter(country="AR").count() == 9


@pytest.mark.django_db
def test_prefill_never_invents_an_authority_or_says_no():
    fiches_prefill(countries=[Country.objects.get(iso2="BS")])
    fiche = Fiche.objects.get(country="BS", measure__slug="stored-content")
    assert fiche.authority is None
    assert fiche.exists_in_law == "unknown"
    assert fiche.completeness == 0


@pytest.mark.django_db
def test_prefill_leaves_what_the_state_gave_alone():
    make_unit("AR", "UFECI", kind="prosecution")
    make_treaty_status("AR", "budapest", "party")
    fiche = make_fiche("AR", "preservation", channels=["police"], preservation_days=90)
    fiches_prefill(countries=[Country.objects.get(iso2="AR")])
    fiche.refresh_from_db()
    assert fiche.channels == ["police"] and fiche.preservation_days == 90
    assert "channels" not in fiche.sources


@pytest.mark.django_db
def test_confirming_marks_the_fiche_fresh_and_keeps_who(focal_ar):
    fiche = make_fiche("AR", "preservation", last_verified_at=timezone.now() - timedelta(days=400))
    assert fiche.freshness == Freshness.OVERDUE
    fiche_confirm(fiche=fiche, by=focal_ar)
    fiche.refresh_from_db()
    assert fiche.freshness == Freshness.FRESH
    assert fiche.history.first().history_user == focal_ar


@pytest.mark.django_db
def test_a_focal_point_cannot_confirm_another_countrys_fiche(focal_ar):
    fiche = make_fiche("BR", "preservation")
    with pytest.raises(PermissionDenied):
        fiche_confirm(fiche=fiche, by=focal_ar)


@pytest.mark.django_db
@pytest.mark.parametrize(("days", "label"), [(10, "Fresh"), (200, "Due for verification"), (400, "Overdue")])
def test_the_fiche_page_shows_its_freshness_badge(client, days, label):
    make_fiche("AR", "preservation", last_verified_at=timezone.now() - timedelta(days=days))
    assert label in client.get("/en/evidence/ar/preservation/").content.decode()


@pytest.mark.slow
@pytest.mark.django_db
def test_demo_seeds_sample_fiches_for_at_least_eight_states():
    from django.core.management import call_command

    call_command("seed_demo", verbosity=0, stdout=open("/dev/null", "w"))  # noqa: SIM115
    states = set(Fiche.objects.filter(is_sample=True).values_list("country_id", flat=True))
    assert len(states) >= 8
    from contacts.models import NationalUnit

    assert not Fiche.objects.exclude(authority=None).exclude(authority__in=NationalUnit.objects.all()).exists()

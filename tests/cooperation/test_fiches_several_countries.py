"""Fiches for a focal point of two countries: corrected and confirmed in both, 404 for a third,
in the site, the admin and the services alike."""

import pytest
from django.core.exceptions import PermissionDenied
from django.urls import reverse

from cooperation.models import Fiche
from cooperation.services import fiche_confirm
from tests.cooperation.factories import make_fiche

pytestmark = pytest.mark.django_db


@pytest.fixture
def fiches(db):
    return {code: make_fiche(code, "preservation") for code in ("AR", "BR", "MX")}


def test_corrects_both_countries_fiches_and_no_third(client_for, focal_ar_br, fiches):
    client = client_for(focal_ar_br)
    for code in ("ar", "br"):
        assert client.get(reverse("cooperation:fiche_correct", args=[code, "preservation"])).status_code == 200
    assert client.get(reverse("cooperation:fiche_correct", args=["mx", "preservation"])).status_code == 404
    assert "Correct or confirm this fiche" in client.get("/en/evidence/br/preservation/").content.decode()
    assert "Correct or confirm this fiche" not in client.get("/en/evidence/mx/preservation/").content.decode()


def test_services_confirm_both_and_refuse_a_third(focal_ar_br, fiches):
    fiche_confirm(fiche=Fiche.objects.get(pk=fiches["BR"].pk), by=focal_ar_br)
    with pytest.raises(PermissionDenied):
        fiche_confirm(fiche=Fiche.objects.get(pk=fiches["MX"].pk), by=focal_ar_br)


def test_admin_lists_both_countries_fiches_only(client_for, focal_ar_br, fiches):
    page = client_for(focal_ar_br).get("/admin/cooperation/fiche/").content.decode()
    assert f"/admin/cooperation/fiche/{fiches['AR'].pk}/change/" in page
    assert f"/admin/cooperation/fiche/{fiches['BR'].pk}/change/" in page
    assert f"/admin/cooperation/fiche/{fiches['MX'].pk}/change/" not in page

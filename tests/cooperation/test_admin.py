"""The fiche admin: a focal point sees and changes only their own country's fiches; history keeps who."""

import pytest

from cooperation.models import Fiche
from tests.contacts.factories import make_unit
from tests.cooperation.factories import make_fiche


@pytest.fixture
def fiches(db):
    return {"ar": make_fiche("AR", "preservation"), "br": make_fiche("BR", "preservation")}


def _form(fiche, **changes) -> dict:
    data = {
        "country": fiche.country_id, "measure": fiche.measure_id, "exists_in_law": "yes", "authority": "",
        "channels": ["24-7"], "legal_basis": "treaty", "dual_criminality": "unknown", "minimum_penalty": "",
        "judicial_order": "unknown", "languages": ["es"], "signature_required": "unknown",
        "electronic_submission": "yes", "form_requirements": "", "preservation_days": "90", "extension_days": "",
        "typical_days": "", "notes_en": "", "urgent_procedure_en": "", "provisions": [],
    }
    data.update(changes)
    return data


def test_focal_point_lists_only_their_countrys_fiches(client, staff_focal_ar, fiches):
    client.force_login(staff_focal_ar)
    page = client.get("/admin/cooperation/fiche/").content.decode()
    assert f"/admin/cooperation/fiche/{fiches['ar'].pk}/change/" in page
    assert f"/admin/cooperation/fiche/{fiches['br'].pk}/change/" not in page


def test_focal_point_cannot_open_or_change_another_countrys_fiche(client, staff_focal_ar, fiches):
    client.force_login(staff_focal_ar)
    url = f"/admin/cooperation/fiche/{fiches['br'].pk}/change/"
    assert client.get(url).status_code in (302, 403, 404)
    client.post(url, _form(fiches["br"], typical_days="3"))
    fiches["br"].refresh_from_db()
    assert fiches["br"].typical_days is None


def test_focal_point_changes_their_own_fiche_and_history_keeps_who(client, staff_focal_ar, fiches):
    client.force_login(staff_focal_ar)
    fiche = fiches["ar"]
    fiche.sources = {"channels": "treaty"}
    fiche.save()
    response = client.post(f"/admin/cooperation/fiche/{fiche.pk}/change/", _form(fiche, typical_days="3"))
    assert response.status_code == 302, response.content.decode()[:3000]
    fiche.refresh_from_db()
    assert fiche.typical_days == 3
    assert fiche.last_verified_by == staff_focal_ar
    assert fiche.sources["channels"] == "state"  # edited by the state now, no longer pre-filled
    latest = fiche.history.first()
    assert latest.history_user == staff_focal_ar and latest.typical_days == 3
    page = client.get("/en/evidence/ar/preservation/").content.decode()
    assert "Focal point, Argentina" in page


def test_focal_point_is_offered_only_their_countrys_units(client, staff_focal_ar, fiches):
    make_unit("AR", "Unidad AR")
    make_unit("BR", "Unidade BR")
    client.force_login(staff_focal_ar)
    page = client.get(f"/admin/cooperation/fiche/{fiches['ar'].pk}/change/").content.decode()
    assert "Unidad AR" in page and "Unidade BR" not in page


def test_secretariat_sees_every_fiche_and_confirms_them(client, secretariat, fiches):
    client.force_login(secretariat)
    page = client.get("/admin/cooperation/fiche/").content.decode()
    assert all(f"/admin/cooperation/fiche/{f.pk}/change/" in page for f in fiches.values())
    Fiche.objects.update(last_verified_at=None)
    client.post("/admin/cooperation/fiche/", {"action": "confirm_selected",
                                              "_selected_action": [f.pk for f in fiches.values()]})
    assert Fiche.objects.filter(last_verified_at__isnull=False).count() == 2


def test_secretariat_sends_update_requests_covering_fiches(client, secretariat, fiches):
    from contacts.models import UpdateRequest

    client.force_login(secretariat)
    client.post("/admin/cooperation/fiche/", {"action": "send_update_requests", "_selected_action": [fiches["br"].pk]})
    assert list(UpdateRequest.objects.values_list("country_id", flat=True)) == ["BR"]


def test_every_fiche_admin_page_renders_for_the_secretariat(client, secretariat, fiches):
    client.force_login(secretariat)
    for url in ["/admin/cooperation/fiche/", f"/admin/cooperation/fiche/{fiches['ar'].pk}/change/",
                f"/admin/cooperation/fiche/{fiches['ar'].pk}/history/", "/admin/cooperation/fiche/add/",
                "/admin/cooperation/measure/", "/admin/cooperation/measure/1/change/"]:
        assert client.get(url).status_code in (200, 302), url

"""The admin: the secretariat edits every country; a focal point only their own country's laws,
provisions and treaty entries (querysets, choices, object permissions and saves)."""

import datetime

import pytest

from legislation.models import Law, TreatyStatus
from portal.accounts.models import AuditEvent
from tests.legislation.factories import article, make_law, make_treaty_status

pytestmark = pytest.mark.django_db


@pytest.fixture
def laws():
    return {
        "ar": make_law("AR", title="Ley argentina", number="Ley AR",
                       provisions=[("Art. 1", "acceso", "substantive", ["2"])]),
        "br": make_law("BR", title="Lei brasileira", number="Lei BR", language="pt",
                       provisions=[("Art. 1", "acesso", "substantive", ["2"])]),
    }


def law_form(law, **changes):
    data = {
        "country": law.country_id, "title": law.title, "language": law.language, "title_en": law.title_en,
        "kind": law.kind, "number": law.number, "status": law.status,
        "enacted_on": law.enacted_on.isoformat() if law.enacted_on else "", "in_force_on": "", "summary": "",
        "source_url": "", "is_published": "on",
        "provisions-TOTAL_FORMS": "0", "provisions-INITIAL_FORMS": "0",
        "provisions-MIN_NUM_FORMS": "0", "provisions-MAX_NUM_FORMS": "1000",
    }
    data.update(changes)
    return data


def test_focal_point_lists_only_their_countrys_laws(client, staff_focal_ar, laws):
    client.force_login(staff_focal_ar)
    response = client.get("/admin/legislation/law/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "Ley argentina" in page and "Lei brasileira" not in page


def test_focal_point_cannot_open_another_countrys_law(client, staff_focal_ar, laws):
    client.force_login(staff_focal_ar)
    response = client.get(f"/admin/legislation/law/{laws['br'].pk}/change/")
    assert response.status_code in (302, 403, 404)
    assert "Lei brasileira" not in response.content.decode()
    assert client.get(f"/admin/legislation/law/{laws['br'].pk}/history/").status_code in (403, 404)


def test_focal_point_edits_their_own_law(client, staff_focal_ar, laws):
    client.force_login(staff_focal_ar)
    law = laws["ar"]
    response = client.post(f"/admin/legislation/law/{law.pk}/change/", law_form(law, title="Ley argentina (texto)"))
    assert response.status_code == 302, response.content.decode()[:2000]
    law.refresh_from_db()
    assert law.title == "Ley argentina (texto)"
    assert law.history.first().history_user == staff_focal_ar


def test_focal_point_country_choices_are_their_own(client, staff_focal_ar, laws):
    client.force_login(staff_focal_ar)
    page = client.get("/admin/legislation/law/add/").content.decode()
    assert 'value="AR"' in page and 'value="BR"' not in page


def test_focal_point_cannot_move_a_law_to_another_country(client, staff_focal_ar, laws):
    client.force_login(staff_focal_ar)
    law = laws["ar"]
    response = client.post(f"/admin/legislation/law/{law.pk}/change/", law_form(law, country="BR"))
    assert response.status_code == 200  # the form refuses the choice
    law.refresh_from_db()
    assert law.country_id == "AR"


def test_focal_point_cannot_add_a_law_for_another_country(client, staff_focal_ar):
    client.force_login(staff_focal_ar)
    template = Law(country_id="BR", title="Intrusa", language="es", kind="statute", number="Ley X",
                   status="in_force", enacted_on=None)
    client.post("/admin/legislation/law/add/", law_form(template, enacted_on="2020-01-01"))
    assert not Law.objects.filter(title="Intrusa").exists()


def test_focal_point_adds_a_law_with_provisions_for_their_country(client, staff_focal_ar):
    client.force_login(staff_focal_ar)
    template = Law(country_id="AR", title="Ley nueva", language="es", kind="statute", number="Ley 27.999",
                   status="in_force", enacted_on=None)
    data = law_form(template, enacted_on="2024-05-01")
    data.update({
        "provisions-TOTAL_FORMS": "1", "provisions-0-number": "Art. 1", "provisions-0-aspect": "substantive",
        "provisions-0-position": "1", "provisions-0-heading": "Acceso", "provisions-0-text": "Sanciona el acceso.",
        "provisions-0-articles": [str(article("2").pk)],
    })
    response = client.post("/admin/legislation/law/add/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    law = Law.objects.get(number="Ley 27.999")
    assert [a.number for a in law.provisions.get().articles.all()] == [2]


def test_admin_rejects_inconsistent_dates(client, staff_focal_ar, laws):
    client.force_login(staff_focal_ar)
    law = laws["ar"]
    response = client.post(f"/admin/legislation/law/{law.pk}/change/",
                           law_form(law, enacted_on="2020-01-01", in_force_on="2019-01-01"))
    assert response.status_code == 200
    assert "cannot enter into force before it was enacted" in response.content.decode()


def test_focal_point_sees_only_their_provisions_and_treaty_entries(client, staff_focal_ar, laws):
    make_treaty_status("AR", "budapest", "party")
    brazil = make_treaty_status("BR", "budapest", "party")
    client.force_login(staff_focal_ar)
    page = client.get("/admin/legislation/provision/").content.decode()
    assert "Ley argentina" in page and "Lei brasileira" not in page
    page = client.get("/admin/legislation/treatystatus/").content.decode()
    assert "AR ·" in page or "Argentina" in page
    assert client.get(f"/admin/legislation/treatystatus/{brazil.pk}/change/").status_code in (302, 403, 404)
    response = client.post(f"/admin/legislation/treatystatus/{brazil.pk}/change/",
                           {"country": "BR", "instrument": "budapest", "status": "not_signed",
                            "change_source_url": "https://example.org/chart", "change_source_as_of": "2026-01"})
    assert response.status_code in (302, 403, 404)
    brazil.refresh_from_db()
    assert brazil.status == "party"


def _treaty_form(**values):
    data = {
        "country": "AR", "instrument": "cets224", "status": "signed", "joined_by": "", "invited": "",
        "signed": "2022-05", "ratified": "", "in_force": "", "note": "", "change_source_url": "",
        "change_source_as_of": "",
        "reservations-TOTAL_FORMS": "0", "reservations-INITIAL_FORMS": "0",
        "reservations-MIN_NUM_FORMS": "0", "reservations-MAX_NUM_FORMS": "1000",
    }
    data.update(values)
    return data


def test_focal_point_updates_their_treaty_entry_with_its_source_and_date(client, staff_focal_ar):
    entry = make_treaty_status("AR", "cets224", "not_signed")
    client.force_login(staff_focal_ar)
    response = client.post(f"/admin/legislation/treatystatus/{entry.pk}/change/", _treaty_form(
        change_source_url="https://www.coe.int/en/web/conventions/full-list?module=signatures-by-treaty&treatynum=224",
        change_source_as_of="2026-03",
    ))
    assert response.status_code == 302, response.content.decode()[:3000]
    entry.refresh_from_db()
    assert entry.status == "signed"
    assert (entry.signed_on, entry.signed_precision) == (datetime.date(2022, 5, 1), "month")
    assert entry.source_urls == ["https://www.coe.int/en/web/conventions/full-list?module=signatures-by-treaty&treatynum=224"]
    assert (entry.source_as_of, entry.source_as_of_precision) == (datetime.date(2026, 3, 1), "month")
    latest = TreatyStatus.history.filter(id=entry.pk).first()
    assert latest.history_user == staff_focal_ar
    assert latest.source_as_of == datetime.date(2026, 3, 1)
    assert latest.history_change_reason.startswith("Source: https://www.coe.int/")
    event = AuditEvent.objects.get(action="treaty_status.changed")
    assert event.actor == staff_focal_ar
    assert event.details["changed"]["status"] == ["not_signed", "signed"]
    page = client.get(f"/admin/legislation/treatystatus/{entry.pk}/history/").content.decode()
    assert "2026-03-01" in page or "March 1, 2026" in page or "Source: https://www.coe.int/" in page


def test_changing_a_status_without_its_source_is_refused(client, staff_focal_ar):
    entry = make_treaty_status("AR", "cets224", "not_signed")
    client.force_login(staff_focal_ar)
    response = client.post(f"/admin/legislation/treatystatus/{entry.pk}/change/", _treaty_form())
    assert response.status_code == 200
    page = response.content.decode()
    assert "Give the source that establishes this status or date." in page
    assert "Give the date the source was current." in page
    entry.refresh_from_db()
    assert entry.status == "not_signed"


def test_editing_only_the_note_needs_no_new_source(client, staff_focal_ar):
    entry = make_treaty_status("AR", "cets224", "signed", signed_on=datetime.date(2022, 5, 1),
                               signed_precision="month", source_urls=["https://example.org/s3"])
    client.force_login(staff_focal_ar)
    response = client.post(f"/admin/legislation/treatystatus/{entry.pk}/change/",
                           _treaty_form(note="Checked against the chart."))
    assert response.status_code == 302, response.content.decode()[:3000]
    entry.refresh_from_db()
    assert entry.note == "Checked against the chart."
    assert entry.source_urls == ["https://example.org/s3"]


def test_admin_refuses_a_malformed_partial_date(client, staff_focal_ar):
    entry = make_treaty_status("AR", "cets224", "not_signed")
    client.force_login(staff_focal_ar)
    response = client.post(f"/admin/legislation/treatystatus/{entry.pk}/change/", _treaty_form(
        signed="March 2022", change_source_url="https://example.org/chart", change_source_as_of="2026"))
    assert response.status_code == 200
    assert "Write the date as YYYY, YYYY-MM or YYYY-MM-DD." in response.content.decode()


def test_focal_point_reads_but_does_not_edit_convention_articles(client, staff_focal_ar):
    client.force_login(staff_focal_ar)
    art = article("2")
    assert client.get("/admin/legislation/conventionarticle/").status_code == 200
    client.post(f"/admin/legislation/conventionarticle/{art.pk}/change/", {"title_en": "Changed"})
    art.refresh_from_db()
    assert art.title_en == "Illegal access"
    autocomplete = client.get("/admin/autocomplete/", {
        "term": "access", "app_label": "legislation", "model_name": "provision", "field_name": "articles",
    })
    assert autocomplete.status_code == 200
    assert "Illegal access" in autocomplete.content.decode()


def test_secretariat_sees_and_changes_every_country(client, secretariat, laws):
    secretariat.is_staff = True
    secretariat.save()
    client.force_login(secretariat)
    page = client.get("/admin/legislation/law/").content.decode()
    assert "Ley argentina" in page and "Lei brasileira" in page
    law = laws["br"]
    response = client.post(f"/admin/legislation/law/{law.pk}/change/", law_form(law, title="Lei alterada"))
    assert response.status_code == 302
    law.refresh_from_db()
    assert law.title == "Lei alterada"


def test_expert_without_focal_role_is_kept_out(client, expert_br, laws):
    expert_br.is_staff = True
    expert_br.save()
    client.force_login(expert_br)
    response = client.get("/admin/legislation/law/")
    assert response.status_code in (302, 403)


def test_treaty_admin_pages_show_dates_as_far_as_known_and_the_history(client, secretariat):
    entry = make_treaty_status("PA", "budapest", "party", ratified_on=datetime.date(2014, 3, 1),
                               ratified_precision="month", source_urls=["https://example.org/panama"],
                               source_as_of=datetime.date(2024, 1, 1), source_as_of_precision="year")
    client.force_login(secretariat)
    page = client.get(f"/admin/legislation/treatystatus/{entry.pk}/change/").content.decode()
    assert 'name="ratified" value="2014-03"' in page
    assert 'href="https://example.org/panama"' in page and "as of 2024" in page
    assert client.get("/admin/legislation/treatystatus/add/").status_code == 200
    assert client.get(f"/admin/legislation/treatystatus/{entry.pk}/history/").status_code == 200
    listing = client.get("/admin/legislation/treatystatus/?status__exact=party").content.decode()
    assert "2024" in listing


def test_secretariat_adds_an_entry_with_its_source(client, secretariat):
    client.force_login(secretariat)
    response = client.post("/admin/legislation/treatystatus/add/", _treaty_form(
        country="GY", instrument="budapest", status="invited", signed="", invited="2025-06",
        change_source_url="https://www.coe.int/en/web/cybercrime/news", change_source_as_of="2025-06-30"))
    assert response.status_code == 302, response.content.decode()[:3000]
    entry = TreatyStatus.objects.get(country_id="GY", instrument="budapest")
    assert (entry.invited_on, entry.invited_precision) == (datetime.date(2025, 6, 1), "month")
    assert entry.source_as_of == datetime.date(2025, 6, 30) and entry.source_as_of_precision == "day"
    assert entry.history.first().history_user == secretariat


def test_a_focal_point_unpublishes_only_their_own_laws_in_bulk_with_history_and_audit(client, staff_focal_ar, laws):
    client.force_login(staff_focal_ar)
    response = client.post("/admin/legislation/law/", {
        "action": "unpublish", "_selected_action": [laws["ar"].pk, laws["br"].pk],
    }, follow=True)
    assert "1 law unpublished." in response.content.decode()
    assert Law.objects.get(pk=laws["ar"].pk).is_published is False
    assert Law.objects.get(pk=laws["br"].pk).is_published is True  # another country's law is out of reach
    assert laws["ar"].history.latest().history_user == staff_focal_ar
    event = AuditEvent.objects.get(action="law.unpublished")
    assert (event.actor, event.details["ids"]) == (staff_focal_ar, [laws["ar"].pk])

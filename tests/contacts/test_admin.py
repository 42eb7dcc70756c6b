"""The admin: the secretariat changes everything; a focal point only their own country."""

import pytest
from django.urls import reverse

from contacts.models import ContactPoint

pytestmark = pytest.mark.django_db


def test_secretariat_sees_every_country(client, secretariat, directory):
    client.force_login(secretariat)
    page = client.get(reverse("admin:contacts_contactpoint_changelist")).content.decode()
    assert "Valentina Restricted" in page and "Plantão 24/7" in page
    assert client.get(reverse("admin:contacts_nationalunit_change", args=[directory["br"].pk])).status_code == 200
    assert client.get(reverse("admin:contacts_nationalunit_history", args=[directory["br"].pk])).status_code == 200
    assert client.get(reverse("admin:contacts_updaterequest_changelist")).status_code == 200


def test_focal_point_sees_only_their_country_in_the_admin(client, staff_focal_ar, directory):
    client.force_login(staff_focal_ar)
    page = client.get(reverse("admin:contacts_contactpoint_changelist")).content.decode()
    assert "Valentina Restricted" in page and "Plantão 24/7" not in page
    assert client.get(reverse("admin:contacts_contactpoint_change", args=[directory["ar_point"].pk])).status_code == 200
    other = directory["br_point"]
    response = client.get(reverse("admin:contacts_contactpoint_change", args=[other.pk]))
    assert response.status_code in (302, 404)  # the admin redirects "does not exist" to the index
    assert "plantao-br@example.org" not in response.content.decode()
    assert client.get(reverse("admin:contacts_contactpoint_history", args=[other.pk])).status_code in (403, 404)
    assert client.get(reverse("admin:contacts_updaterequest_changelist")).status_code == 403


def test_focal_point_cannot_post_a_change_to_another_country(client, staff_focal_ar, directory):
    client.force_login(staff_focal_ar)
    other = directory["br_point"]
    client.post(reverse("admin:contacts_contactpoint_change", args=[other.pk]), {"name": "Hijacked", "email": "x@x.org"})
    other.refresh_from_db()
    assert other.name == "Plantão 24/7"


def test_focal_point_cannot_create_a_unit_in_another_country(client, staff_focal_ar, directory):
    client.force_login(staff_focal_ar)
    response = client.post(reverse("admin:contacts_nationalunit_add"),
                           {"country": "BR", "name": "Intrusa", "kind": "police", "description_en": ""})
    assert response.status_code == 200 and "Select a valid choice" in response.content.decode()


def test_admin_confirm_action(client, secretariat, directory):
    client.force_login(secretariat)
    point = directory["mx_point"]
    ContactPoint.objects.filter(pk=point.pk).update(last_verified_at=None)
    client.post(reverse("admin:contacts_contactpoint_changelist"),
                {"action": "confirm_selected", "_selected_action": [point.pk]})
    point.refresh_from_db()
    assert point.freshness == "fresh" and point.last_verified_by == secretariat


def test_every_contacts_admin_page_renders_for_the_secretariat(client, secretariat, directory):
    from contacts.models import UpdateRequest
    from contacts.services import update_requests_send
    from portal.models import Country

    update_requests_send(countries=[Country.objects.get(iso2="AR")], by=secretariat)
    client.force_login(secretariat)
    urls = [
        reverse("admin:contacts_nationalunit_changelist"),
        reverse("admin:contacts_nationalunit_changelist") + "?freshness=overdue",
        reverse("admin:contacts_nationalunit_add"),
        reverse("admin:contacts_nationalunit_change", args=[directory["ar"].pk]),
        reverse("admin:contacts_contactpoint_changelist") + "?freshness=fresh",
        reverse("admin:contacts_contactpoint_add"),
        reverse("admin:contacts_contactpoint_change", args=[directory["ar_point"].pk]),
        reverse("admin:contacts_contactpoint_history", args=[directory["ar_point"].pk]),
        reverse("admin:contacts_countryfreshness_changelist"),
        reverse("admin:contacts_updaterequest_changelist"),
        reverse("admin:contacts_updaterequest_change", args=[UpdateRequest.objects.get().pk]),
    ]
    for url in urls:
        assert client.get(url).status_code == 200, url


def test_secretariat_adds_a_contact_point_in_the_admin(client, secretariat, directory):
    client.force_login(secretariat)
    response = client.post(reverse("admin:contacts_contactpoint_add"), {
        "unit": directory["mx"].pk, "kind": "person", "name": "Nueva persona", "position": "", "roles": ["24-7"],
        "email": "nueva@example.org", "phones": "+52 55 5000 0000", "languages": ["es"], "hours": "24/7", "notes": "",
    })
    assert response.status_code == 302, response.content.decode()[:2000]
    point = ContactPoint.objects.get(name="Nueva persona")
    assert point.roles == ["24-7"] and point.phones == ["+52 55 5000 0000"]
    assert point.history.first().history_user == secretariat


def test_focal_point_is_not_offered_the_send_action(client, staff_focal_ar, directory):
    client.force_login(staff_focal_ar)
    page = client.get(reverse("admin:contacts_nationalunit_changelist")).content.decode()
    assert "confirm_selected" in page and "send_update_requests" not in page
    client.post(reverse("admin:contacts_nationalunit_changelist"),
                {"action": "send_update_requests", "_selected_action": [directory["ar"].pk]})
    from contacts.models import UpdateRequest

    assert not UpdateRequest.objects.exists()

"""A focal point retires a contact who has left: out of the directory, exports, update requests
and counts; history kept; the secretariat sees retired entries in the admin and restores them."""

import pytest
from django.urls import reverse

from contacts.models import ContactPoint
from contacts.queries import freshness_report
from contacts.services import country_entries, entry_counts
from portal.accounts.models import AuditEvent
from tests.contacts.factories import SECRET_EMAIL, SECRET_NAME

pytestmark = pytest.mark.django_db
LIST = reverse("contacts:contact_list")


def _retire(client, point):
    return client.post(reverse("contacts:contact_retire", args=[point.pk]))


def test_focal_point_retires_after_a_confirmation_page(as_persona, directory):
    client, user = as_persona("focal_ar")
    point = directory["ar_point"]
    page = client.get(reverse("contacts:contact_retire", args=[point.pk]))
    assert page.status_code == 200 and "the secretariat can restore it" in page.content.decode()
    assert ContactPoint.objects.filter(pk=point.pk).exists()  # GET changes nothing
    response = _retire(client, point)
    assert response.status_code == 302 and response["Location"] == reverse("contacts:manage_country", args=["ar"])
    retired = ContactPoint.all_objects.get(pk=point.pk)
    assert retired.retired_by == user and retired.retired_at is not None
    event = AuditEvent.objects.get(action="contacts.contact_point_retired")
    assert event.actor == user and event.target == f"contact-point:{point.pk}" and event.details["country"] == "AR"


def test_retired_entry_leaves_directory_exports_and_counts(as_persona, directory):
    focal, _user = as_persona("focal_ar")
    _retire(focal, directory["ar_point"])
    client, _user = as_persona("expert_br")
    assert SECRET_EMAIL not in client.get(LIST).content.decode()
    assert SECRET_EMAIL not in client.get(LIST, {"q": SECRET_NAME}).content.decode()
    assert SECRET_EMAIL not in client.get(reverse("contacts:contact_export_csv")).content.decode()
    assert SECRET_EMAIL not in client.get(reverse("contacts:contact_export_vcard")).content.decode()
    assert client.get(reverse("contacts:contact_vcard", args=[directory["ar_point"].pk])).status_code == 404
    assert client.get(reverse("contacts:contact_flag", args=[directory["ar_point"].pk])).status_code == 404
    rows = {row.country.iso2: row for row in freshness_report()}
    assert rows["AR"].contact_points == 0 and rows["AR"].has_no_contact_point
    ar = directory["ar"].country
    assert country_entries(ar)[1] == []  # the next update request does not ask about it
    assert {str(label): n for label, n in entry_counts(ar)}["Points of contact"] == 0
    # The directory now tells whom to ask in Argentina instead.
    page = client.get(LIST).content.decode()
    assert 'id="no-poc-ar"' in page


def test_retired_entry_leaves_the_admin_country_counts(as_persona, directory):
    client, _user = as_persona("secretariat")
    _retire(client, directory["ar_point"])
    response = client.get(reverse("admin:contacts_countryfreshness_changelist"), {"q": "AR"})
    argentina = next(obj for obj in response.context["cl"].result_list if obj.iso2 == "AR")
    assert argentina.contact_total == 0


def test_history_is_kept(as_persona, directory):
    client, user = as_persona("focal_ar")
    point = directory["ar_point"]
    before = point.history.count()
    _retire(client, point)
    history = ContactPoint.history.filter(id=point.pk).order_by("-history_date")
    assert history.count() == before + 1
    assert history.first().retired_at is not None and history.first().history_user == user
    assert history.last().email == SECRET_EMAIL


@pytest.mark.parametrize("persona", ["expert_br", "expert_mx"])
def test_other_experts_cannot_retire(as_persona, directory, persona):
    client, _user = as_persona(persona)
    assert _retire(client, directory["ar_point"]).status_code == 404
    assert ContactPoint.objects.filter(pk=directory["ar_point"].pk).exists()


def test_focal_point_cannot_retire_another_countrys_entry(as_persona, directory):
    client, _user = as_persona("focal_ar")
    assert _retire(client, directory["br_point"]).status_code == 404
    assert client.get(reverse("contacts:contact_retire", args=[directory["br_point"].pk])).status_code == 404
    assert ContactPoint.objects.filter(pk=directory["br_point"].pk).exists()


def test_secretariat_sees_retired_entries_in_the_admin_and_restores_them(as_persona, directory):
    focal, _user = as_persona("focal_ar")
    point = directory["ar_point"]
    _retire(focal, point)
    client, secretariat = as_persona("secretariat")
    changelist = reverse("admin:contacts_contactpoint_changelist")
    retired = client.get(changelist, {"status": "retired"})
    assert [obj.pk for obj in retired.context["cl"].result_list] == [point.pk]
    assert client.get(reverse("admin:contacts_contactpoint_change", args=[point.pk])).status_code == 200
    assert client.get(reverse("admin:contacts_contactpoint_history", args=[point.pk])).status_code == 200
    response = client.post(changelist, {"action": "restore_selected", "_selected_action": [point.pk]})
    assert response.status_code == 302
    assert ContactPoint.objects.filter(pk=point.pk).exists()
    assert AuditEvent.objects.get(action="contacts.contact_point_restored").actor == secretariat
    expert, _user = as_persona("expert_br")
    assert SECRET_EMAIL in expert.get(LIST).content.decode()


def test_focal_point_admin_does_not_list_retired_entries(as_persona, directory, client, staff_focal_ar):
    focal, user = as_persona("focal_ar")
    _retire(focal, directory["ar_point"])
    assert not ContactPoint.objects.editable_by(user).filter(pk=directory["ar_point"].pk).exists()
    client.force_login(staff_focal_ar)  # the admin, as a staff focal point for Argentina opens it
    response = client.get(reverse("admin:contacts_contactpoint_changelist"))
    assert response.status_code == 200
    assert SECRET_EMAIL not in response.content.decode()

"""A unit's postal address: kept by the focal point or the secretariat, shown on the unit's page, in the API."""

import pytest
from django.urls import reverse

from tests.contacts.test_manage import _unit_form

pytestmark = pytest.mark.django_db

ADDRESS = "Av. de Mayo 760\nC1084 Ciudad Autónoma de Buenos Aires"


def test_focal_point_keeps_the_postal_address_and_the_public_sees_it(as_persona, directory, client):
    focal, _user = as_persona("focal_ar")
    unit = directory["ar"]
    response = focal.post(reverse("contacts:unit_edit", args=[unit.pk]), _unit_form(unit, postal_address=ADDRESS))
    assert response.status_code == 302
    unit.refresh_from_db()
    assert unit.postal_address == ADDRESS
    assert unit.history.first().postal_address == ADDRESS
    client.logout()
    page = client.get(unit.get_absolute_url()).content.decode()
    assert "Postal address" in page and "Av. de Mayo 760<br>C1084 Ciudad Autónoma de Buenos Aires" in page
    item = next(u for u in client.get("/api/v1/units/?country=ar").json()["results"] if u["id"] == unit.pk)
    assert item["postal_address"] == ADDRESS


def test_a_postal_address_longer_than_500_characters_is_refused(as_persona, directory):
    focal, _user = as_persona("focal_ar")
    unit = directory["ar"]
    response = focal.post(reverse("contacts:unit_edit", args=[unit.pk]), _unit_form(unit, postal_address="x" * 501))
    assert response.status_code == 400
    assert "at most 500 characters" in response.content.decode()


def test_the_secretariat_edits_the_address_in_the_admin(as_persona, directory):
    admin_client, _user = as_persona("secretariat")
    page = admin_client.get(reverse("admin:contacts_nationalunit_change", args=[directory["ar"].pk])).content.decode()
    assert 'name="postal_address"' in page

"""Focal points keep their own country current through the site; nobody else's."""

import pytest
from django.urls import reverse

from contacts.models import ContactPoint, NationalUnit
from tests.contacts.factories import SECRET_EMAIL, days_ago

pytestmark = pytest.mark.django_db


def _unit_form(unit, **changes):
    data = {
        "name": unit.name, "acronym": unit.acronym, "kind": unit.kind,
        "description_en": unit.description_en or "", "description_es": "", "description_pt": "", "description_fr": "",
        "website": unit.website, "reporting_url": unit.reporting_url, "public_phone": unit.public_phone,
        "public_email": unit.public_email,
    }
    data.update(changes)
    return data


def _point_form(point, **changes):
    data = {
        "unit": point.unit_id, "kind": point.kind, "name": point.name, "position": point.position,
        "roles": point.roles, "email": point.email, "phones": "\n".join(point.phones), "languages": point.languages,
        "hours": point.hours, "notes": point.notes,
    }
    data.update(changes)
    return data


def test_focal_point_goes_to_their_own_country(as_persona, directory):
    client, _user = as_persona("focal_ar")
    response = client.get(reverse("contacts:manage_index"))
    assert response["Location"] == reverse("contacts:manage_country", args=["ar"])
    page = client.get(response["Location"]).content.decode()
    assert "Unidad Fiscal Especializada en Ciberdelincuencia" in page
    assert "Polícia Federal" not in page


def test_focal_point_edits_their_countrys_unit_and_it_is_verified(as_persona, directory):
    client, user = as_persona("focal_ar")
    unit = directory["ar"]
    NationalUnit.objects.filter(pk=unit.pk).update(last_verified_at=days_ago(300))
    response = client.post(reverse("contacts:unit_edit", args=[unit.pk]),
                           _unit_form(unit, website="https://www.mpf.gob.ar/ufeci/", description_es="Unidad fiscal."))
    assert response.status_code == 302
    unit.refresh_from_db()
    assert unit.website == "https://www.mpf.gob.ar/ufeci/"
    assert unit.description_es == "Unidad fiscal."
    assert unit.last_verified_by == user
    assert unit.freshness == "fresh"
    latest = unit.history.first()
    assert latest.history_user == user and latest.website == "https://www.mpf.gob.ar/ufeci/"
    assert latest.description_es == "Unidad fiscal."  # every language is kept in the history


def test_focal_point_adds_a_unit_to_their_own_country_only(as_persona, directory):
    client, _user = as_persona("focal_ar")
    data = _unit_form(directory["ar"], name="Nueva unidad", kind="police")
    response = client.post(reverse("contacts:unit_create", args=["ar"]), data)
    assert response.status_code == 302
    assert NationalUnit.objects.get(name="Nueva unidad").country_id == "AR"
    assert client.post(reverse("contacts:unit_create", args=["br"]), {**data, "name": "Intrusa"}).status_code == 404
    assert not NationalUnit.objects.filter(name="Intrusa").exists()


def test_focal_point_edits_a_contact_point(as_persona, directory):
    client, user = as_persona("focal_ar")
    point = directory["ar_point"]
    response = client.post(reverse("contacts:contact_edit", args=[point.pk]),
                           _point_form(point, phones="+54 11 4000 0001\n+1-555-0143", hours="24/7"))
    assert response.status_code == 302
    point.refresh_from_db()
    assert point.phones == ["+54 11 4000 0001", "+1-555-0143"]
    assert point.history.first().history_user == user


def test_focal_point_cannot_move_a_contact_point_to_another_countrys_unit(as_persona, directory):
    client, _user = as_persona("focal_ar")
    point = directory["ar_point"]
    response = client.post(reverse("contacts:contact_edit", args=[point.pk]), _point_form(point, unit=directory["br"].pk))
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()
    point.refresh_from_db()
    assert point.unit == directory["ar"]


# kind of record (the prefix of its URL names): its entry in `directory`, its form, a field the form changes
FOREIGN_RECORDS = {
    "unit": ("br", _unit_form, "name", "Hijacked"),
    "contact": ("br_point", _point_form, "email", "evil@example.org"),
}


@pytest.mark.parametrize("action", ["edit", "confirm"])
@pytest.mark.parametrize("kind", list(FOREIGN_RECORDS))
def test_another_countrys_unit_or_contact_point_is_404_for_a_focal_point(as_persona, directory, kind, action):
    key, form, field, value = FOREIGN_RECORDS[kind]
    client, _user = as_persona("focal_ar")
    record = directory[key]
    before = (getattr(record, field), record.last_verified_at)
    assert client.get(reverse(f"contacts:{kind}_edit", args=[record.pk])).status_code == 404
    response = client.post(reverse(f"contacts:{kind}_{action}", args=[record.pk]), form(record, **{field: value}))
    assert response.status_code == 404
    record.refresh_from_db()
    assert (getattr(record, field), record.last_verified_at) == before


def test_another_countrys_pages_are_404_for_a_focal_point(as_persona, directory):
    client, _user = as_persona("focal_ar")
    for url in [reverse("contacts:manage_country", args=["br"]), reverse("contacts:contact_create", args=["br"]),
                reverse("contacts:unit_create", args=["br"])]:
        assert client.get(url).status_code == 404, url


@pytest.mark.parametrize("persona", ["expert_br", "expert_mx"])
def test_experts_who_are_not_focal_points_edit_nothing(as_persona, directory, persona):
    client, _user = as_persona(persona)
    own = directory[persona[-2:]]
    assert client.get(reverse("contacts:manage_index")).status_code == 404
    assert client.get(reverse("contacts:manage_country", args=[own.country_id.lower()])).status_code == 404
    assert client.get(reverse("contacts:unit_edit", args=[own.pk])).status_code == 404
    assert client.post(reverse("contacts:unit_confirm", args=[own.pk])).status_code == 404


def test_secretariat_edits_every_country(as_persona, directory):
    client, user = as_persona("secretariat")
    assert "Mexico" in client.get(reverse("contacts:manage_index")).content.decode()
    point = directory["br_point"]
    response = client.post(reverse("contacts:contact_edit", args=[point.pk]), _point_form(point, hours="08-20"))
    assert response.status_code == 302
    point.refresh_from_db()
    assert point.hours == "08-20" and point.last_verified_by == user


def test_one_click_confirm(as_persona, directory):
    client, user = as_persona("focal_ar")
    point = directory["ar_point"]
    ContactPoint.objects.filter(pk=point.pk).update(last_verified_at=days_ago(400))
    response = client.post(reverse("contacts:contact_confirm", args=[point.pk]), follow=True)
    assert "confirmed as still correct" in response.content.decode()
    point.refresh_from_db()
    assert point.freshness == "fresh" and point.last_verified_by == user
    assert point.history.first().history_user == user
    assert client.get(reverse("contacts:contact_confirm", args=[point.pk])).status_code == 405


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("public_email", "not-an-email", "Enter a valid email address."),
        ("public_phone", "call me", "Enter a phone number with its country code"),
        ("website", "javascript:alert(1)", "Enter a valid URL."),
        ("reporting_url", "ftp://files.example.org/", "Enter a valid URL."),
    ],
)
def test_bad_unit_input_shows_field_errors_and_saves_nothing(as_persona, directory, field, value, message):
    client, _user = as_persona("focal_ar")
    unit = directory["ar"]
    before = NationalUnit.objects.values().get(pk=unit.pk)
    response = client.post(reverse("contacts:unit_edit", args=[unit.pk]), _unit_form(unit, name="Renamed", **{field: value}))
    assert response.status_code == 400
    page = response.content.decode()
    assert message in page and "nothing was saved" in page
    assert NationalUnit.objects.values().get(pk=unit.pk) == before


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("email", "nobody@", "Enter a valid email address."),
        ("phones", "+1-555-0142\nnot a phone", "Enter a phone number with its country code"),
        ("roles", [], "Choose at least one role."),
        ("languages", ["xx"], "Select a valid choice"),
    ],
)
def test_bad_contact_input_shows_field_errors_and_saves_nothing(as_persona, directory, field, value, message):
    client, _user = as_persona("focal_ar")
    point = directory["ar_point"]
    before = ContactPoint.objects.values().get(pk=point.pk)
    response = client.post(reverse("contacts:contact_edit", args=[point.pk]),
                           _point_form(point, name="Renamed", **{field: value}))
    assert response.status_code == 400
    assert message in response.content.decode()
    assert ContactPoint.objects.values().get(pk=point.pk) == before
    assert point.history.count() == 1


def test_edit_form_shows_the_current_values(as_persona, directory):
    page = as_persona("focal_ar")[0].get(reverse("contacts:contact_edit", args=[directory["ar_point"].pk])).content.decode()
    assert SECRET_EMAIL in page
    assert "no-store" in as_persona("focal_ar")[0].get(reverse("contacts:manage_country", args=["ar"]))["Cache-Control"]


def test_changed_address_forgets_the_old_link_check(as_persona, directory):
    unit = directory["ar"]
    NationalUnit.objects.filter(pk=unit.pk).update(link_ok=False, link_problem="website: HTTP 404")
    client, _user = as_persona("focal_ar")
    client.post(reverse("contacts:unit_edit", args=[unit.pk]), _unit_form(unit, website="https://new.example.org/"))
    unit.refresh_from_db()
    assert unit.link_ok is None and unit.link_problem == ""


def test_next_only_goes_to_this_site(as_persona, directory):
    client, _user = as_persona("focal_ar")
    point = directory["ar_point"]
    response = client.post(reverse("contacts:contact_confirm", args=[point.pk]), {"next": "https://evil.example.com/"})
    assert response["Location"] == reverse("contacts:manage_country", args=["ar"])


def test_each_entry_on_the_manage_page_has_its_own_actions(as_persona, directory):
    """Edit and "Still correct" for every unit and person (named for screen readers), "Retire"
    for people only; the edit forms' Cancel goes back to the country's page."""
    client, _user = as_persona("focal_ar")
    unit = directory["ar"]
    point = ContactPoint.objects.filter(unit=unit).first()
    page = client.get(reverse("contacts:manage_country", args=["ar"])).content.decode()
    for name, pk in (("unit_edit", unit.pk), ("contact_edit", point.pk), ("contact_retire", point.pk)):
        assert f'href="{reverse(f"contacts:{name}", args=[pk])}"' in page, name
    for name, pk in (("unit_confirm", unit.pk), ("contact_confirm", point.pk)):
        assert f'action="{reverse(f"contacts:{name}", args=[pk])}"' in page, name
    assert f'<span class="visually-hidden"> {unit.name}</span>' in page
    assert page.count("Retire (has left)") == ContactPoint.objects.filter(unit__country_id="AR").count()
    for url in (reverse("contacts:unit_edit", args=[unit.pk]), reverse("contacts:contact_edit", args=[point.pk])):
        form_page = client.get(url).content.decode()
        assert f'<a href="{reverse("contacts:manage_country", args=["ar"])}">Cancel</a>' in form_page


def test_the_choice_of_countries_costs_the_same_for_two_or_ten(client_for, secretariat, focal_ar_br, constant_queries):
    from portal.accounts.services import focal_countries_set
    from portal.models import Country

    client = client_for(focal_ar_br)
    url = reverse("contacts:manage_index")
    with constant_queries(client, url):
        codes = ["AR", "BR", "CL", "CO", "MX", "PE", "UY", "PY", "CA", "US"]
        focal_countries_set(user=focal_ar_br, countries=Country.objects.filter(iso2__in=codes), by=secretariat)
    page = client.get(url).content.decode()
    assert all(f'href="/en/contacts/manage/{code.lower()}/"' in page for code in codes)

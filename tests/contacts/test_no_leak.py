"""No email, phone or name of a point of contact in anything a non-expert can reach: public pages,
the API, the sitemap, the site-wide search; and restricted pages turn non-experts away."""

import pytest
from django.urls import reverse

from contacts.search import site_search
from tests.contacts.conftest import ALL_PERSONAS, NOT_EXPERTS
from tests.contacts.factories import SECRET_EMAIL, SECRET_NAME, SECRET_PHONE

pytestmark = pytest.mark.django_db

SECRETS = [SECRET_EMAIL, SECRET_PHONE, SECRET_NAME, "plantao-br@example.org", "+1-555-0155", "mesa-mx@example.org"]


def _public_urls(directory):
    ar = directory["ar"]
    return [
        reverse("contacts:unit_list"),
        reverse("contacts:unit_list") + "?country=ar",
        reverse("contacts:unit_detail", args=[ar.pk]),
        reverse("contacts:how_to_report"),
        reverse("contacts:how_to_report_country", args=["ar"]),
        "/api/v1/units/",
        f"/api/v1/units/{ar.pk}/",
        "/api/v1/units/?country=ar",
        "/api/v1/schema/",
        "/sitemap.xml",
        "/en/search/?q=UFECI",
        "/en/search/?q=Valentina",
    ]


def _assert_no_secret(body: str, where: str):
    for secret in SECRETS:
        assert secret not in body, f"{secret!r} leaked in {where}"


@pytest.mark.parametrize("persona", ALL_PERSONAS)
def test_public_pages_api_and_sitemap_never_show_contact_points(persona, as_persona, directory):
    client, _user = as_persona(persona)
    for url in _public_urls(directory):
        response = client.get(url)
        assert response.status_code == 200, url
        _assert_no_secret(response.content.decode(), url)


def test_public_pages_show_the_public_channels(client, directory):
    page = client.get(reverse("contacts:how_to_report_country", args=["ar"])).content.decode()
    assert "Unidad Fiscal Especializada en Ciberdelincuencia" in page
    assert "https://unit.example.org/report" in page
    assert "report@unit.example.org" in page


@pytest.mark.parametrize("language", ["en", "es", "pt", "fr"])
def test_site_search_finds_units_but_never_contact_points(directory, language):
    for query in ["Valentina", "poc-ar-secret", "Restricted", "0142", "Plantão"]:
        assert site_search(query, language, 20) == [], query
    hits = site_search("UFECI", language, 20)
    assert [hit.title.split(" · ")[0] for hit in hits] == ["Unidad Fiscal Especializada en Ciberdelincuencia (UFECI)"]
    for hit in hits:
        _assert_no_secret(f"{hit.title} {hit.snippet} {hit.url}", "search")


def test_unpublished_units_stay_out_of_every_public_place(client, directory):
    unit = directory["br"]
    unit.is_published = False
    unit.save()
    assert client.get(reverse("contacts:unit_detail", args=[unit.pk])).status_code == 404
    assert "Polícia Federal" not in client.get(reverse("contacts:unit_list")).content.decode()
    assert client.get(f"/api/v1/units/{unit.pk}/").status_code == 404
    assert f"/units/{unit.pk}/" not in client.get("/sitemap.xml").content.decode()
    assert site_search("Polícia Federal", "pt", 20) == []


RESTRICTED_NAMES = ["contacts:contact_list", "contacts:contact_export_csv", "contacts:contact_export_vcard",
                    "contacts:manage_index", "contacts:freshness_dashboard"]


@pytest.mark.parametrize("persona", NOT_EXPERTS)
def test_restricted_pages_turn_non_experts_away(persona, as_persona, directory):
    client, _user = as_persona(persona)
    urls = [reverse(name) for name in RESTRICTED_NAMES] + [
        reverse("contacts:manage_country", args=["ar"]),
        reverse("contacts:unit_edit", args=[directory["ar"].pk]),
        reverse("contacts:contact_edit", args=[directory["ar_point"].pk]),
    ]
    for url in urls:
        response = client.get(url, follow=True)
        assert response.redirect_chain, url  # sent to the missing step
        _assert_no_secret(response.content.decode(), url)
        first = response.redirect_chain[0][0]
        expected = {
            "visitor": "/accounts/login/",
            "registered": "/me/expert-access/",
            "expert_without_mfa": "/accounts/2fa/",
            "suspended_expert": "/me/",
        }[persona]
        assert expected in first, (url, first)


@pytest.mark.parametrize("persona", NOT_EXPERTS)
def test_non_experts_cannot_change_anything(persona, as_persona, directory):
    client, _user = as_persona(persona)
    point = directory["ar_point"]
    before = point.last_verified_at
    client.post(reverse("contacts:contact_confirm", args=[point.pk]))
    client.post(reverse("contacts:contact_edit", args=[point.pk]), {"name": "Changed", "email": "x@example.org"})
    point.refresh_from_db()
    assert point.name == SECRET_NAME
    assert point.last_verified_at == before

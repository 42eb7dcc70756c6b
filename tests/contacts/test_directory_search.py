"""The restricted directory's search box: roles, spoken languages, accents, any page language;
still behind the gate."""

import pytest
from django.urls import reverse

from contacts.models import ContactRole
from tests.contacts.factories import make_point, make_unit

pytestmark = pytest.mark.django_db
URL = reverse("contacts:contact_list")


@pytest.fixture
def points(db):
    unit_pe = make_unit("PE", name="División de Investigación de Delitos de Alta Tecnología")
    unit_br = make_unit("BR", name="Polícia Federal")
    return {
        "authority": make_point(unit_pe, name="Ministerio Público", roles=[ContactRole.CENTRAL_AUTHORITY],
                                languages=["es"], hours="Mon-Fri", email="autoridad-pe@example.org"),
        "network": make_point(unit_br, name="Plantão", roles=[ContactRole.NETWORK_24_7], languages=["pt", "en"],
                              hours="always", email="plantao-br@example.org"),
        "cooperation": make_point(unit_pe, name="Cooperación", roles=[ContactRole.COOPERATION], languages=["fr"],
                                  hours="Mon-Fri", email="coop-pe@example.org"),
    }


def emails(client, lang="en", **params):
    response = client.get(f"/{lang}/contacts/", params)
    assert response.status_code == 200
    return {point.email for point in response.context["points"]}


@pytest.mark.parametrize(("query", "lang", "expected"), [
    ("central authority", "en", {"autoridad-pe@example.org"}),
    ("autoridad central", "en", {"autoridad-pe@example.org"}),
    ("Autorité centrale", "es", {"autoridad-pe@example.org"}),
    ("24/7", "fr", {"plantao-br@example.org"}),
    ("24/7 Brazil", "pt", {"plantao-br@example.org"}),
    ("portuguese", "es", {"plantao-br@example.org"}),
    ("português", "en", {"plantao-br@example.org"}),
    ("francais", "en", {"coop-pe@example.org"}),
    ("plantao", "en", {"plantao-br@example.org"}),
    ("division investigacion", "en", {"autoridad-pe@example.org", "coop-pe@example.org"}),
    ("Pérou", "en", {"autoridad-pe@example.org", "coop-pe@example.org"}),
])
def test_the_search_matches_roles_languages_and_names_accents_or_not(as_persona, points, query, lang, expected):
    client, _user = as_persona("expert_br")
    assert emails(client, lang, q=query) == expected


def test_the_search_stays_restricted(as_persona, points):
    for persona in ("visitor", "registered"):
        client, _user = as_persona(persona)
        response = client.get(URL, {"q": "central authority"})
        assert response.status_code in (302, 403)
        assert b"autoridad-pe@example.org" not in response.content


def test_an_empty_page_offers_to_drop_each_filter(as_persona, points):
    client, _user = as_persona("expert_br")
    response = client.get("/en/contacts/", {"q": "central authority", "country": "br"})
    assert response.context["points"] == [] or not list(response.context["points"])
    drops = {chip["name"] for chip in response.context["filters_to_drop"]}
    assert set(drops) == {"q", "country"}
    page = response.content.decode()
    assert "without “Country: Brazil”" in page
    assert emails(client, "en", q="central authority") == {"autoridad-pe@example.org"}
    assert '<a href="?q=central+authority">without “Country: Brazil”</a>' in page

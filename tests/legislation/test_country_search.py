"""The site-wide search finds member states by name, in any language, accents or not, and puts
their profile first."""

import pytest

from legislation.country_search import site_search
from tests.legislation.factories import make_law

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("text", "lang", "code"), [
    ("Peru", "en", "pe"), ("Pérou", "en", "pe"), ("peru", "es", "pe"), ("Perú", "fr", "pe"),
    ("Brasil", "en", "br"), ("Brésil", "pt", "br"), ("brazil", "fr", "br"),
    ("Estados Unidos", "en", "us"), ("leyes de Argentina", "en", "ar"), ("Trinidad", "en", "tt"),
])
def test_a_country_is_found_by_its_name_in_any_language(client, text, lang, code):
    make_law("PE", title="Ley 30096 de delitos informáticos en el Perú")
    response = client.get(f"/{lang}/search/", {"q": text})
    assert response.status_code == 200
    first_kind, first_hits = response.context["groups"][0]
    assert first_hits[0].url == f"/{lang}/countries/{code}/"


def test_the_profile_ranks_above_laws_naming_the_country(client):
    make_law("PE", title="Ley de Perú", provisions=[("Art. 1", "Perú Perú Perú", "substantive", [])])
    response = client.get("/es/search/", {"q": "Peru"})
    kinds = [kind for kind, _hits in response.context["groups"]]
    assert kinds[0] == "Perfil del país"
    assert "Ley" in kinds


def test_words_that_are_not_a_country_find_no_profile():
    assert site_search("acceso ilícito", "en", 10) == []
    assert site_search("de", "es", 10) == []
    assert site_search("", "en", 10) == []

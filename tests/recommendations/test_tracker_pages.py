"""The public tracker: the recommendations, the heat map, each state's page; no restricted data."""

import pytest

from contacts.models import UnitKind
from recommendations.models import Status
from recommendations.services import implementation_set
from tests.contacts.factories import SECRET_EMAIL, SECRET_NAME, make_point, make_unit
from tests.legislation.factories import make_law, make_treaty_status
from tests.pages import text_of
from tests.recommendations.conftest import rec

pytestmark = pytest.mark.django_db


def test_the_list_quotes_each_recommendation_with_its_symbol(client):
    page = client.get("/en/recommendations/")
    assert page.status_code == 200
    text = page.content.decode()
    assert "CIBER-VII/doc.6/12 rev. 1" in text and "REMJA-VII/doc.6/08 rev. 1" in text
    assert "Joining the 24/7 network" in text
    assert "take the necessary measures, as soon as possible, to join the G-8 emergency" in text


def test_the_heat_map_shows_a_symbol_and_a_label_not_colour_alone(client):
    make_unit("AR", kind=UnitKind.CYBERCRIME_UNIT)
    text = client.get("/en/recommendations/").content.decode()
    assert 'class="status status-implemented"' in text
    assert '<span aria-hidden="true">✔</span><span class="visually-hidden">Implemented (derived)</span>' in text
    assert "Not known" in text  # the legend and the unknown cells


def test_a_state_page_shows_evidence_source_and_strategy(client, secretariat):
    make_unit("AR", kind=UnitKind.CYBERCRIME_UNIT)
    implementation_set(recommendation=rec("15"), country=rec("15").document and make_unit("AR", name="Other").country,
                       status=Status.IN_PROGRESS, by=secretariat, evidence="Talks with providers")
    page = client.get("/en/recommendations/ar/")
    text = page.content.decode()
    assert page.status_code == 200
    assert "Argentina" in text
    assert "A specialised cybercrime unit is listed in the portal." in text
    assert "Talks with providers" in text and "Set by the secretariat" in text
    assert "No national cybersecurity strategy is recorded yet." in text


def test_public_pages_never_show_contact_points(client):
    point_unit = make_unit("AR")
    make_point(point_unit, name=SECRET_NAME, email=SECRET_EMAIL)
    for url in ("/en/recommendations/", "/en/recommendations/ar/", "/en/recommendations/export.csv",
                "/en/recommendations/export.json", "/api/v1/recommendations/", "/en/recommendations/report/ar/"):
        body = text_of(client.get(url))
        assert SECRET_EMAIL not in body and SECRET_NAME not in body, url


def test_unknown_state_is_404_and_upper_case_redirects(client):
    assert client.get("/en/recommendations/zz/").status_code == 404
    assert client.get("/en/recommendations/xyz/").status_code == 404
    response = client.get("/en/recommendations/AR/")
    assert response.status_code == 301 and response["Location"].endswith("/en/recommendations/ar/")


def test_bad_filter_is_a_400_with_a_message(client):
    response = client.get("/en/recommendations/?subregion=atlantis")
    assert response.status_code == 400
    assert "Unknown sub-region." in response.content.decode()


def test_filtering_by_subregion_keeps_only_those_states(client):
    text = client.get("/en/recommendations/?subregion=south-america").content.decode()
    assert "Argentina" in text and "Canada" not in text


@pytest.mark.parametrize("lang, title", [("es", "Recomendaciones de la REMJA"), ("pt", "Recomendações da REMJA"),
                                         ("fr", "Recommandations de la REMJA")])
def test_pages_in_four_languages(client, lang, title):
    text = client.get(f"/{lang}/recommendations/").content.decode()
    assert title in text
    assert client.get(f"/{lang}/recommendations/br/").status_code == 200


def _grow():
    for code in ("AR", "BR", "CL", "MX", "PE", "CO", "UY"):
        unit = make_unit(code)
        make_point(unit)
        make_law(code, provisions=[("1", "Access", "substantive", ["2"]), ("2", "Search", "procedural", ["19"])])
        make_treaty_status(code)


@pytest.mark.parametrize("url", ["/en/recommendations/", "/en/recommendations/ar/", "/en/recommendations/export.csv",
                                 "/api/v1/recommendations/"])
def test_pages_cost_a_fixed_number_of_queries(client, django_assert_max_num_queries, url):
    with django_assert_max_num_queries(16):
        assert client.get(url).status_code == 200
    _grow()
    with django_assert_max_num_queries(16):
        assert client.get(url).status_code == 200

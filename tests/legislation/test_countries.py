"""The member states list and each country profile."""

import pytest

from tests.legislation.factories import make_law, make_treaty_status

pytestmark = pytest.mark.django_db


@pytest.fixture
def argentina():
    make_law("AR", title="Ley de delitos informáticos",
             provisions=[("Art. 153 bis", "acceso", "substantive", ["2"]), ("Art. 183", "daño", "substantive", ["4"])])
    make_law("AR", title="Aprobación del Convenio", provisions=[("Art. 1", "aprueba", "cooperation", ["23"])])
    make_law("AR", title="Ley sin disposiciones")
    make_law("AR", title="Borrador", published=False, provisions=[("Art. 1", "x", "procedural", ["16"])])
    make_treaty_status("AR", "budapest", "party")


def test_country_list_shows_all_35_states(client, argentina):
    response = client.get("/en/countries/")
    assert response.status_code == 200
    rows = [row for group in response.context["groups"] for row in group["rows"]]
    assert len(rows) == 35
    ar = next(r for r in rows if r["country"].iso2 == "AR")
    assert ar["laws"] == 3 and ar["covered"] == 3 and ar["budapest"].status == "party"


def test_profile_groups_laws_by_aspect_and_shows_coverage(client, argentina):
    response = client.get("/en/countries/ar/")
    assert response.status_code == 200
    groups = {g["aspect"]: [law.title for law in g["laws"]] for g in response.context["by_aspect"]}
    assert groups == {"substantive": ["Ley de delitos informáticos"], "procedural": [],
                      "cooperation": ["Aprobación del Convenio"]}
    assert [law.title for law in response.context["unmapped"]] == ["Ley sin disposiciones"]
    budapest = response.context["coverage"]["budapest"]
    assert (budapest["covered"], budapest["total"]) == (3, 34)
    page = response.content.decode()
    assert "3 of 34 articles" in page
    assert "Borrador" not in page
    statuses = {t["instrument"].value: t["entry"] for t in response.context["treaties"]}
    assert statuses["budapest"].status == "party" and statuses["un"] is None


def test_unknown_country_is_a_404(client):
    assert client.get("/en/countries/zz/").status_code == 404
    assert client.get("/en/countries/argentina/").status_code == 404


def test_upper_case_code_redirects_to_lower_case(client):
    response = client.get("/en/countries/AR/")
    assert response.status_code == 301
    assert response["Location"] == "/en/countries/ar/"


@pytest.mark.parametrize("lang", ["en", "es", "pt", "fr"])
def test_profile_in_each_language(client, argentina, lang):
    response = client.get(f"/{lang}/countries/br/")
    assert response.status_code == 200
    assert {"en": "Brazil", "es": "Brasil", "pt": "Brasil", "fr": "Brésil"}[lang] in response.content.decode()


@pytest.mark.parametrize("lang", ["en", "es", "pt", "fr"])
@pytest.mark.parametrize("path", ["laws/", "laws/?q=acceso", "laws/matrix/", "laws/compare/?countries=ar,br", "treaties/",
                                  "countries/", "laws/provisions/?country=ar"])
def test_every_page_answers_in_each_language(client, argentina, lang, path):
    response = client.get(f"/{lang}/{path}")
    assert response.status_code == 200
    assert f'<html lang="{lang}">' in response.content.decode()


def test_sample_label_only_when_sample_data_is_shown(client, argentina):
    assert "Sample data" not in client.get("/en/laws/matrix/").content.decode()
    make_law("BR", title="Ley de muestra", is_sample=True, provisions=[("Art. 1", "x", "substantive", ["2"])])
    assert "Sample data" in client.get("/en/laws/matrix/").content.decode()
    assert "Sample data" in client.get("/en/laws/compare/?countries=ar,br").content.decode()


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "How to report a crime in Argentina"), ("es", "Cómo denunciar un delito en Argentina"),
    ("pt", "Como denunciar um crime na Argentina"), ("fr", "Comment signaler un délit en Argentine"),
])
def test_profile_links_to_how_to_report_a_crime_there(client, lang, text):
    page = client.get(f"/{lang}/countries/ar/").content.decode()
    assert f'<a href="/{lang}/report/ar/">{text}</a>' in page
    assert client.get(f"/{lang}/report/ar/").status_code == 200

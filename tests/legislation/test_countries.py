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


# --- The coverage strip follows the matrix's rules ------------------------------------------------

from legislation.queries.coverage import CellState  # noqa: E402
from tests.legislation.coverage_cases import COOPERATION, make_coverage_cases  # noqa: E402


def strip(page: str) -> str:
    return page[page.index('<ul class="coverage-strip"'):page.index("</ul>", page.index('<ul class="coverage-strip"'))]


def test_profile_of_a_state_without_laws_says_no_data_yet(client):
    make_coverage_cases()
    response = client.get("/en/countries/ag/")
    budapest = response.context["coverage"]["budapest"]
    assert not budapest["has_data"] and budapest["gaps"] == 0
    page = response.content.decode()
    assert "Budapest Convention (ETS 185): no data yet." in page
    assert "0 of 34 articles" not in page
    assert 'class="gap"' not in strip(page) and strip(page).count('class="no_data"') == 34


def test_profile_counts_laws_in_force_only(client):
    make_coverage_cases()
    response = client.get("/en/countries/ar/")
    budapest = response.context["coverage"]["budapest"]
    assert budapest["covered"] == 2  # arts. 2 and 23; the repealed law's art. 5 is not coverage
    states = {c.article.number: c.state for c in budapest["cells"]}
    assert states[5] == CellState.GAP
    assert "2 of 34 articles of the Budapest Convention (ETS 185)" in response.content.decode()
    brazil = client.get("/en/countries/br/")
    assert brazil.context["coverage"]["budapest"]["covered"] == 0  # only a bill
    assert brazil.context["coverage"]["budapest"]["has_data"]


def test_profile_shows_bills_and_repealed_laws_apart_when_included(client):
    make_coverage_cases()
    response = client.get("/en/countries/ar/?include=repealed")
    budapest = response.context["coverage"]["budapest"]
    assert budapest["covered"] == 2
    assert {c.article.number: c.state for c in budapest["cells"]}[5] == CellState.REPEALED
    page = response.content.decode()
    assert '<li class="repealed">' in strip(page)
    assert "Only in a repealed law" in page
    form = page[page.index('<form class="filters include-form"'):]
    assert '<input type="checkbox" name="include" value="repealed" checked>' in form[:form.index("</form>")]
    bill = client.get("/en/countries/br/?include=bills").content.decode()
    assert '<li class="bill">' in strip(bill)


def test_profile_of_a_party_without_cooperation_provisions(client):
    make_coverage_cases()
    response = client.get("/en/countries/co/")
    budapest = response.context["coverage"]["budapest"]
    assert budapest["is_party"] and budapest["as_party"] == 13 and budapest["covered"] == 1
    assert {c.article.number for c in budapest["cells"] if c.state == CellState.PARTY} == set(COOPERATION)
    page = response.content.decode()
    assert strip(page).count('<li class="party">') == 13
    assert "13 more international cooperation articles apply as a party." in page
    assert "applies directly as a treaty obligation" in page
    peru = client.get("/en/countries/pe/").content.decode()
    assert strip(peru).count('<li class="party">') == 13 and strip(peru).count('<li class="no_data">') == 21


def test_country_list_counts_laws_in_force_and_says_no_data_yet(client):
    make_coverage_cases()
    response = client.get("/en/countries/")
    rows = {r["country"].iso2: r for group in response.context["groups"] for r in group["rows"]}
    assert rows["AR"]["covered"] == 2 and rows["BR"]["covered"] == 0 and rows["MX"]["covered"] == 1
    assert rows["BR"]["has_data"] and not rows["AG"]["has_data"]
    page = response.content.decode()
    assert page.count('<span class="no-data-total">No data yet</span>') == 31


@pytest.fixture
def sourced_argentina(argentina):
    import datetime

    from legislation.models import TreatyReservation

    entry = make_treaty_status("AR", "budapest", "party", ratified_on=None, in_force_on=datetime.date(2018, 10, 1),
                               source_urls=["https://inview.nl/document/ida9135c0f2679103f04a4f8f7d99c2d8c"],
                               source_as_of=datetime.date(2024, 1, 1), source_as_of_precision="year",
                               note="Accession; deposit date not found.")
    TreatyReservation.objects.create(treaty_status=entry, kind="reservation", article="29.4",
                                     text_en="Reservation made upon accession: dual criminality.",
                                     text_fr="Réserve formulée lors de l'adhésion : double incrimination.")
    make_treaty_status("AR", "cets224", "signed", signed_on=datetime.date(2023, 2, 1), signed_precision="month",
                       source_urls=["https://verdragenbank.overheid.nl/en/Treaty/Details/013833_p.html"],
                       source_as_of=datetime.date(2026, 2, 1), source_as_of_precision="month")
    make_treaty_status("AR", "ets189", "unknown")
    return entry


def _treaty_section(page: str) -> str:
    return page[page.index('id="treaties-heading"'):page.index('id="units-heading"')]


def test_profile_shows_each_status_with_its_source_date_and_reservations(client, sourced_argentina):
    section = _treaty_section(client.get("/en/countries/ar/").content.decode())
    assert 'href="https://inview.nl/document/ida9135c0f2679103f04a4f8f7d99c2d8c"' in section
    assert "as of 2024" in section
    assert "as of February 2026" in section
    assert "February 2023" in section and "February 1, 2023" not in section  # signed, known to the month
    assert "Reservation · art. 29.4" in section and "dual criminality" in section
    assert "Accession; deposit date not found." in section


def test_profile_shows_an_unknown_status_as_not_confirmed_with_an_invitation(client, sourced_argentina):
    section = _treaty_section(client.get("/en/countries/ar/").content.decode())
    # ETS 189 (unknown), the UN Convention and the A-55 convention (no entry) are "not confirmed"; none is "not signed".
    assert section.count("treaty-status treaty-unknown") == 3
    assert "Not signed" not in section
    assert "Focal point of Argentina: confirm this status" in section


def test_profile_is_not_marked_sample_for_treaty_status_alone(client):
    make_treaty_status("UY", "budapest", "invited")
    page = client.get("/en/countries/uy/").content.decode()
    assert 'class="sample-data"' not in page


@pytest.mark.parametrize(("lang", "note"), [
    ("en", "Its withdrawal from the OAS (denunciation of the Charter) took effect in November 2023."),
    ("es", "Su retiro de la OEA (denuncia de la Carta) surtió efecto en noviembre de 2023."),
    ("pt", "Sua retirada da OEA (denúncia da Carta) produziu efeito em novembro de 2023."),
    ("fr", "Son retrait de l&#x27;OEA (dénonciation de la Charte) a pris effet en novembre 2023."),
])
def test_participation_note_in_four_languages(client, lang, note):
    page = client.get(f"/{lang}/countries/ni/").content.decode()
    assert f'<p class="country-note" role="note">{note}</p>' in page
    treaties = client.get(f"/{lang}/treaties/").content.decode()
    assert note in treaties


def test_reservation_in_the_reader_language_or_marked_english(client, sourced_argentina):
    section = _treaty_section(client.get("/fr/countries/ar/").content.decode())
    assert '<span lang="fr">Réserve formulée lors de l&#x27;adhésion : double incrimination.</span>' in section
    assert '<span lang="en">Accession; deposit date not found.</span> <span class="lang-label">(en anglais)</span>' \
        in section


@pytest.mark.parametrize(("lang", "text"), [
    ("en", "How to report a crime in Argentina"), ("es", "Cómo denunciar un delito en Argentina"),
    ("pt", "Como denunciar um crime na Argentina"), ("fr", "Comment signaler un délit en Argentine"),
])
def test_profile_links_to_how_to_report_a_crime_there(client, lang, text):
    page = client.get(f"/{lang}/countries/ar/").content.decode()
    assert f'<a href="/{lang}/report/ar/">{text}</a>' in page
    assert client.get(f"/{lang}/report/ar/").status_code == 200

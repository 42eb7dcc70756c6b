"""On /es/, /pt/, /fr/, text shown in another language carries lang="…" and a visible label."""

import pytest
from django.urls import reverse

from tests.content.factories import make_event, make_issue, make_resource, make_topic
from tests.legislation.factories import make_law

pytestmark = pytest.mark.django_db

LABELS = {"es": "(en inglés)", "pt": "(em inglês)", "fr": "(en anglais)"}


@pytest.fixture
def english_only():
    return make_resource("Manual on electronic evidence for prosecutors",
                         url="https://www.coe.int/en/web/cybercrime/the-budapest-convention")


def _marked(page: str, text: str, code: str, label: str) -> bool:
    return f'<span lang="{code}">{text}</span> <span class="lang-label">{label}</span>' in page


def test_english_only_resource_on_fr_is_marked_in_list_and_detail(client, english_only):
    title = "Manual on electronic evidence for prosecutors"
    listing = client.get("/fr/resources/").content.decode()
    assert _marked(listing, title, "en", "(en anglais)")
    detail = client.get(english_only.get_absolute_url().replace("/en/", "/fr/")).content.decode()
    assert _marked(detail, title, "en", "(en anglais)")
    assert '<p class="lead" lang="en">' in detail
    assert "n’a pas encore été traduite" in detail or "pas encore été traduite" in detail
    home = client.get("/fr/").content.decode()
    assert _marked(home, title, "en", "(en anglais)")


@pytest.mark.parametrize("lang", ["es", "pt"])
def test_label_in_each_language(client, english_only, lang):
    page = client.get(f"/{lang}/resources/").content.decode()
    assert _marked(page, "Manual on electronic evidence for prosecutors", "en", LABELS[lang])


def test_translated_or_english_pages_have_no_label(client):
    make_resource("Guide", title_fr="Guide en français", url="https://www.coe.int/en/web/cybercrime/home")
    french = client.get("/fr/resources/").content.decode()
    assert "Guide en français" in french and "lang-label" not in french
    english = client.get("/en/resources/").content.decode()
    assert "lang-label" not in english


def test_bulletin_events_and_guidance_are_marked(client):
    issue = make_issue(title_en="Cooperation in the Americas")
    event = make_event(title_en="Workshop on ransomware")
    topic = make_topic("Phishing")
    for url, text in [("/fr/bulletin/", "Cooperation in the Americas"),
                      (issue.get_absolute_url().replace("/en/", "/fr/"), "Cooperation in the Americas"),
                      ("/fr/events/", "Workshop on ransomware"),
                      (event.get_absolute_url().replace("/en/", "/fr/"), "Workshop on ransomware"),
                      ("/fr/guidance/", "Phishing"),
                      (topic.get_absolute_url().replace("/en/", "/fr/"), "Phishing")]:
        page = client.get(url).content.decode()
        assert _marked(page, text, "en", "(en anglais)"), url


def test_law_titles_in_their_original_language_are_labelled(client):
    law = make_law("AR", title="Ley de delitos informáticos")
    page = client.get("/fr/countries/ar/").content.decode()
    assert 'lang="es">Ley de delitos informáticos</a> <span class="lang-label">(en espagnol)</span>' in page
    detail = client.get(law.get_absolute_url().replace("/en/", "/fr/")).content.decode()
    assert '<span lang="es">Ley de delitos informáticos</span> <span class="lang-label">(en espagnol)</span>' in detail
    spanish = client.get("/es/countries/ar/").content.decode()
    assert "Ley de delitos informáticos</a> <span class=\"lang-label\">" not in spanish


def test_resource_list_query_count_does_not_grow_with_labels(client, django_assert_max_num_queries):
    make_resource("One", url="https://www.coe.int/en/web/cybercrime/home")
    with django_assert_max_num_queries(8) as small:
        client.get("/fr/resources/")
    for n in range(15):
        make_resource(f"Resource {n}", url="https://www.coe.int/en/web/cybercrime/home")
    with django_assert_max_num_queries(len(small.captured_queries)):
        assert client.get("/fr/resources/").status_code == 200
    assert reverse("content:resource_list")


def test_recent_laws_on_the_home_page_are_labelled(client):
    make_law("BR", title="Lei de crimes cibernéticos", language="pt")
    page = client.get("/fr/").content.decode()
    assert 'lang="pt">' in page and '<span class="lang-label">(en portugais)</span>' in page


# --- Site-wide search (/search/): each hit says the language it is shown in ---------------------

def _search(client, lang: str, q: str) -> str:
    return client.get(f"/{lang}/search/", {"q": q}).content.decode()


def test_english_only_resource_found_on_fr_is_marked(client, english_only):
    page = _search(client, "fr", "prosecutors")
    assert _marked(page, "Manual on electronic evidence for prosecutors", "en", "(en anglais)")
    assert '<p class="snippet" lang="en">' in page
    english = _search(client, "en", "prosecutors")
    assert "Manual on electronic evidence for prosecutors" in english and "lang-label" not in english
    assert '<p class="snippet">' in english


def test_spanish_law_and_provision_found_on_fr_are_marked(client):
    make_law("AR", title="Ley de delitos informáticos", number="Ley 26.388",
             provisions=[("Art. 153 bis", "Acceso ilegítimo a un sistema informático", "substantive", ["2"])])
    page = _search(client, "fr", "informáticos")
    assert _marked(page, "Ley de delitos informáticos (Argentine)", "es", "(en espagnol)")
    assert _marked(page, "Art. 153 bis · Ley 26.388 (Argentine)", "es", "(en espagnol)")
    assert page.count('<p class="snippet" lang="es">') == 2
    spanish = _search(client, "es", "informáticos")
    assert "Ley de delitos informáticos (Argentina)" in spanish and "lang-label" not in spanish


def test_english_law_found_on_en_has_no_label(client):
    make_law("US", title="Computer Fraud and Abuse Act", language="en", title_en="")
    english = _search(client, "en", "computer fraud")
    assert "Computer Fraud and Abuse Act (United States" in english and "lang-label" not in english
    french = _search(client, "fr", "computer fraud")
    assert '<span class="lang-label">(en anglais)</span>' in french


def test_translated_title_with_an_english_summary_labels_the_snippet_only(client):
    make_resource("Ransomware guide", title_fr="Guide sur les rançongiciels",
                  summary_en="How ransomware groups operate.", url="https://www.coe.int/en/web/cybercrime/home")
    page = _search(client, "fr", "ransomware")
    assert '<a href="/fr/resources/' in page and "Guide sur les rançongiciels</a>" in page
    assert '<p class="snippet"><span lang="en">' in page
    assert page.count('<span class="lang-label">(en anglais)</span>') == 1


def test_unit_with_an_english_description_is_marked_on_es_but_not_its_official_name(client):
    from tests.contacts.factories import make_unit

    make_unit("AR", name="Unidad Fiscal Especializada en Ciberdelincuencia",
              description_en="Investigates computer crime and phishing.")
    page = _search(client, "es", "phishing")
    assert "Unidad Fiscal Especializada en Ciberdelincuencia" in page
    assert '<span lang="en">Unidad' not in page
    assert '<p class="snippet"><span lang="en">' in page and '<span class="lang-label">(en inglés)</span>' in page
    english = _search(client, "en", "phishing")
    assert "Unidad Fiscal" in english and "lang-label" not in english


def test_country_profiles_in_search_are_in_the_pages_language(client):
    page = _search(client, "fr", "Pérou")
    assert "/fr/countries/pe/" in page and "lang-label" not in page

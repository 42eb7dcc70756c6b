"""/laws/provisions/: where the matrix cells lead."""

import pytest

from tests.legislation.factories import make_law

pytestmark = pytest.mark.django_db
URL = "/en/laws/provisions/"


@pytest.fixture
def laws():
    make_law("AR", provisions=[("Art. 153 bis", "Acceso ilegítimo", "substantive", ["2"]),
                               ("Art. 77", "Conservación de datos", "procedural", ["16"])])
    make_law("AR", published=False, provisions=[("Art. 9", "Texto del borrador", "substantive", ["2"])])


def test_filters_by_country_and_article(client, laws):
    response = client.get(URL, {"country": "ar", "article": "2"})
    assert [p.number for p in response.context["provisions"]] == ["Art. 153 bis"]
    assert "Texto del borrador" not in response.content.decode()
    assert response.context["selected_article"].number == 2


def test_search_highlights(client, laws):
    response = client.get("/es/laws/provisions/", {"q": "conservación"})
    assert [p.number for p in response.context["provisions"]] == ["Art. 77"]
    assert "<mark>" in response.content.decode()


def test_unknown_values_give_a_message_and_all_provisions(client, laws):
    response = client.get(URL, {"article": "999", "country": "atlantis"})
    assert response.status_code == 200
    assert len(response.context["provisions"]) == 2
    assert "has no option" in response.content.decode()


def test_very_common_words_rank_a_bounded_number_of_matches(client, laws, monkeypatch):
    from legislation.filters import ProvisionFilter

    monkeypatch.setattr(ProvisionFilter, "MAX_RANKED", 1)
    response = client.get("/en/laws/provisions/", {"q": "acceso OR conservación"})
    assert response.status_code == 200
    assert len(response.context["provisions"]) == 1
    assert "only the first 1 found are ranked" in response.content.decode()


def test_search_ranks_the_best_first_and_counts_with_or_without_filters(client):
    make_law("AR", provisions=[("Art. 1", "Sanciona el fraude.", "substantive", ["8"]),
                               ("Art. 2", "Fraude informático: el fraude y la tentativa de fraude.", "substantive",
                                ["8"])])
    make_law("CL", provisions=[("Art. 3", "Del fraude.", "substantive", [])])
    make_law("AR", published=False, provisions=[("Art. 9", "Fraude en borrador.", "substantive", [])])
    response = client.get("/es/laws/provisions/", {"q": "fraude"})
    numbers = [p.number for p in response.context["provisions"]]
    assert numbers[0] == "Art. 2" and sorted(numbers) == ["Art. 1", "Art. 2", "Art. 3"]
    assert response.context["page_obj"].paginator.count == 3
    filtered = client.get("/es/laws/provisions/", {"q": "fraude", "country": "cl"})
    assert [p.number for p in filtered.context["provisions"]] == ["Art. 3"]
    assert filtered.context["page_obj"].paginator.count == 1
    assert all(p.law.country_id for p in filtered.context["provisions"])  # read with their law


def test_law_titles_in_another_language_carry_lang_and_a_label(client):
    make_law("AR", title="Ley de delitos informáticos", number="Ley 26.388",
             provisions=[("Art. 153 bis", "Acceso ilegítimo", "substantive", ["2"])])
    make_law("US", title="Computer Fraud and Abuse Act", number="18 U.S.C. 1030", language="en",
             provisions=[("Sec. 1030", "Fraud and related activity", "substantive", ["2"])])
    french = client.get("/fr/laws/provisions/").content.decode()
    assert ('<span lang="es">Ley 26.388: Ley de delitos informáticos</span> '
            '<span class="lang-label">(en espagnol)</span>') in french
    assert ('<span lang="en">18 U.S.C. 1030: Computer Fraud and Abuse Act</span> '
            '<span class="lang-label">(en anglais)</span>') in french
    assert '<p class="provision-text" lang="es">Acceso ilegítimo</p>' in french
    english = client.get(URL, {"country": "us"}).content.decode()
    assert "Computer Fraud and Abuse Act" in english and "lang-label" not in english
    spanish = client.get("/es/laws/provisions/", {"country": "ar"}).content.decode()
    assert "Ley de delitos informáticos" in spanish and "lang-label" not in spanish


def test_labels_add_no_query_per_provision(client, django_assert_max_num_queries):
    make_law("AR", provisions=[("Art. 1", "Acceso ilegítimo", "substantive", ["2"])])
    with django_assert_max_num_queries(30) as small:
        client.get("/fr/laws/provisions/")
    for _ in range(5):
        make_law("AR", provisions=[(f"Art. {i}", f"Texto {i}", "substantive", ["2"]) for i in range(4)])
    with django_assert_max_num_queries(len(small.captured_queries)):
        page = client.get("/fr/laws/provisions/").content.decode()
    assert page.count('<span class="lang-label">(en espagnol)</span>') == 21

"""Full-text search: ranking, web-search syntax, stemming, other languages, safe snippets, and the
stored vectors kept current by the database triggers."""

import pytest
from django.utils import translation

from legislation.models import Law, Provision
from legislation.search import site_search
from portal.search import SearchHit
from tests.legislation.factories import make_law

pytestmark = pytest.mark.django_db


def search(client, text, lang="en", **params):
    response = client.get(f"/{lang}/laws/", {"q": text, **params})
    assert response.status_code == 200
    return [law.title for law in response.context["laws"]]


def test_a_title_match_ranks_above_a_body_match(client):
    make_law("AR", title="Ley de protección de datos personales",
             provisions=[("Art. 1", "Ámbito de la ley. Esta ley menciona el fraude una sola vez.", "substantive", [])])
    make_law("BR", title="Ley de fraude informático", language="es",
             provisions=[("Art. 1", "Definiciones generales", "substantive", [])])
    assert search(client, "fraude", lang="es") == ["Ley de fraude informático", "Ley de protección de datos personales"]


def test_spanish_stemming_matches_other_forms_of_the_word(client):
    make_law("CO", title="Ley 1273",
             provisions=[("Art. 269A", "Sanciona el acceso abusivo a un sistema informático.", "substantive", ["2"])])
    assert search(client, "accesos abusivos informáticos", lang="es") == ["Ley 1273"]


def test_a_reader_finds_records_in_another_language(client):
    make_law("BR", title="Marco Civil da Internet", language="pt",
             provisions=[("Art. 13", "O provedor de conexão deve manter os registros de conexão.", "procedural", [])])
    make_law("CA", title="Code criminel", language="fr",
             provisions=[("art. 342.1", "Utilisation non autorisée d'ordinateur.", "substantive", [])])
    assert search(client, "registros", lang="en") == ["Marco Civil da Internet"]
    assert search(client, "ordinateur", lang="es") == ["Code criminel"]
    # Titles in English are indexed in English for everyone.
    make_law("MX", title="Ley Federal", title_en="Federal Telecommunications Act")
    assert search(client, "telecommunications", lang="pt") == ["Ley Federal"]


@pytest.fixture
def three_laws():
    make_law("AR", title="Acceso ilícito y daño", provisions=[("Art. 1", "acceso ilícito", "substantive", [])])
    make_law("CL", title="Ilícito de acceso", provisions=[("Art. 1", "es ilícito el acceso", "substantive", [])])
    make_law("PE", title="Fraude informático", provisions=[("Art. 1", "fraude mediante acceso", "substantive", [])])


def test_quotes_search_for_the_exact_phrase(client, three_laws):
    assert search(client, '"acceso ilícito"', lang="es") == ["Acceso ilícito y daño"]


def test_or_finds_either_word(client, three_laws):
    assert set(search(client, "daño OR fraude", lang="es")) == {"Acceso ilícito y daño", "Fraude informático"}


def test_minus_leaves_a_word_out(client, three_laws):
    assert set(search(client, "acceso -fraude", lang="es")) == {"Acceso ilícito y daño", "Ilícito de acceso"}


def test_snippets_mark_the_matches_and_escape_the_text(client):
    make_law("AR", title="Ley <script>alert(1)</script> de fraude",
             provisions=[("Art. 1", "El fraude <b>informático</b> & otros.", "substantive", [])])
    response = client.get("/es/laws/", {"q": "fraude"})
    page = response.content.decode()
    assert "<mark>fraude</mark>" in page
    assert "<script>alert(1)</script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    # ts_headline drops markup from the text; what is left is escaped.
    assert "<b>informático</b>" not in page
    assert "&amp; otros" in page


def test_search_combines_with_the_filters(client, three_laws):
    assert search(client, "acceso", lang="es", country="pe") == ["Fraude informático"]


def test_unpublished_laws_are_never_found(client):
    make_law("AR", title="Borrador secreto de fraude", published=False,
             provisions=[("Art. 1", "fraude", "substantive", [])])
    assert search(client, "fraude", lang="es") == []
    assert site_search("fraude", "es", 10) == []


def test_site_search_returns_laws_and_provisions_as_hits():
    law = make_law("AR", title="Ley de fraude informático",
                   provisions=[("Art. 173 inc. 16", "Defrauda quien manipule un sistema informático.", "substantive",
                                ["8"])])
    hits = site_search("informático", "es", 10)
    assert all(isinstance(hit, SearchHit) for hit in hits)
    assert {hit.url for hit in hits} == {law.get_absolute_url(),
                                         law.provisions.get().get_absolute_url()}
    assert hits == sorted(hits, key=lambda hit: hit.rank, reverse=True)
    assert any("<mark>" in hit.snippet for hit in hits)


@pytest.mark.parametrize("text", ["", "   ", '"', "x" * 10_000, "a & b | !c", "\x00"])
def test_site_search_accepts_any_text(text):
    make_law("AR", title="Ley de fraude")
    assert isinstance(site_search(text, "en", 5), list)


def test_the_vector_follows_every_save():
    law = make_law("AR", title="Ley original", provisions=[("Art. 1", "texto inicial", "substantive", [])])
    law.title = "Ley de ciberdelitos"
    law.save()
    provision = law.provisions.get()
    provision.text = "sanciona la extorsión digital"
    provision.save()
    with translation.override("es"):
        from legislation.search import search_query

        query = search_query("ciberdelitos", "es")
        assert Law.objects.filter(search_vector=query).count() == 1
        query = search_query("extorsión", "es")
        assert Law.objects.filter(search_vector=query).count() == 1
        assert Provision.objects.filter(search_vector=query).count() == 1
        provision.delete()
        assert Law.objects.filter(search_vector=query).count() == 0


def test_bulk_writes_are_indexed_too():
    """bulk_create and queryset.update send no signals: the triggers keep the index right anyway."""
    law = make_law("AR", title="Ley masiva")
    Provision.objects.bulk_create(
        [Provision(law=law, number=f"Art. {i}", text=f"phishing caso {i}", aspect="substantive") for i in range(3)]
    )
    from legislation.search import search_query

    query = search_query("phishing", "en")
    assert Law.objects.filter(search_vector=query).get() == law
    assert Provision.objects.filter(search_vector=query).count() == 3
    Law.objects.filter(pk=law.pk).update(language="en")
    # The provisions were re-indexed in English: the English stem of "phishing" now matches too.
    assert Provision.objects.filter(search_vector=search_query("phish", "en")).count() == 3
    law.refresh_from_db()
    assert law.aspects == ["substantive"]

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


# --- Accents and the page's language ------------------------------------------------------------

@pytest.fixture
def three_languages():
    """Provisions as the demo data has them: Spanish, Portuguese and French, with their accents."""
    make_law("AR", title="Ley 26.388", language="es",
             provisions=[("Art. 4", "Acceso ilícito a un sistema o dato informático restringido.", "substantive", ["2"]),
                         ("Art. 5", "Intercepción ilegítima de comunicaciones electrónicas.", "substantive", ["3"])])
    make_law("BR", title="Lei 12.737", language="pt",
             provisions=[("Art. 154-A", "Invasão de dispositivo informático alheio.", "substantive", ["2"])])
    make_law("HT", title="Code pénal", language="fr",
             provisions=[("Art. 1", "Atteinte aux données informatiques d'autrui.", "substantive", ["4"])])


@pytest.mark.parametrize("lang", ["en", "es", "pt", "fr"])
@pytest.mark.parametrize(("text", "expected"), [
    ("acceso ilicito", "Ley 26.388"),
    ("intercepcion", "Ley 26.388"),
    ("invasao de dispositivo", "Lei 12.737"),
    ("donnees informatiques", "Code pénal"),
])
def test_words_typed_without_accents_find_the_provision_from_any_page_language(client, three_languages, lang, text,
                                                                                expected):
    assert search(client, text, lang=lang) == [expected]
    response = client.get(f"/{lang}/laws/provisions/", {"q": text})
    assert [p.law.title for p in response.context["provisions"]] == [expected]


def test_accents_typed_find_a_text_written_without_them(client):
    make_law("CL", title="Ley 21.459", provisions=[("Art. 2", "Acceso ilicito a un sistema informatico.", "substantive", [])])
    assert search(client, "acceso ilícito", lang="en") == ["Ley 21.459"]


def test_other_forms_of_an_accented_word_still_match(client):
    """Unaccenting must not cost the stemming: "interceptación" still finds "interceptaciones"."""
    make_law("PE", title="Ley 30096", provisions=[("Art. 7", "Sanciona las interceptaciones de datos.", "substantive", [])])
    assert search(client, "interceptación", lang="en") == ["Ley 30096"]
    make_law("MX", title="Ley de información", provisions=[("Art. 1", "La información pública.", "substantive", [])])
    assert search(client, "informaciones", lang="pt") == ["Ley de información"]


def test_snippets_mark_accented_words_found_without_accents(client, three_languages):
    page = client.get("/en/laws/", {"q": "acceso ilicito"}).content.decode()
    assert "<mark>Acceso</mark> <mark>ilícito</mark>" in page


def test_site_search_is_accent_insensitive_in_every_language(three_languages):
    for lang in ("en", "es", "pt", "fr"):
        titles = [hit.title for hit in site_search("invasao de dispositivo", lang, 10)]
        assert any("Lei 12.737" in title for title in titles), lang


# --- "Did you mean …?" and empty pages -----------------------------------------------------------

def test_a_misspelt_search_suggests_the_words_of_the_laws(client, three_languages):
    response = client.get("/en/laws/", {"q": "acesso ilicitto"})
    assert response.context["laws"] == []
    page = response.content.decode()
    assert "Did you mean" in page
    assert response.context["suggestion"] == "acceso ilícito"
    # The suggestion is a link to its own search, which finds the law.
    assert search(client, response.context["suggestion"], lang="en") == ["Ley 26.388"]


def test_the_suggestion_comes_from_words_added_after_the_first_search(client, three_languages):
    assert client.get("/es/laws/provisions/", {"q": "ransomwere"}).context.get("suggestion") is None
    make_law("CL", title="Ley 21.459", provisions=[("Art. 8", "Secuestro de datos mediante ransomware.", "substantive", [])])
    response = client.get("/es/laws/provisions/", {"q": "ransomwere"})
    assert response.context["suggestion"] == "ransomware"
    assert "¿Quiso decir" in response.content.decode()


def test_no_suggestion_when_the_search_finds_something_or_every_word_is_known(client, three_languages):
    assert "suggestion" not in client.get("/en/laws/", {"q": "acceso"}).context
    # Known words that match nothing together: the filters are the problem, not the spelling.
    response = client.get("/en/laws/", {"q": "acceso", "country": "br"})
    assert response.context["laws"] == []
    assert "suggestion" not in response.context


def test_an_empty_page_offers_to_drop_each_filter(client, three_languages):
    response = client.get("/en/laws/", {"q": "acceso", "country": "br", "status": "in_force"})
    assert response.context["laws"] == []
    drops = {chip["name"] for chip in response.context["filters_to_drop"]}
    assert set(drops) == {"country", "status"}
    page = response.content.decode()
    assert "Try without one of them" in page
    assert 'without “Country: Brazil”' in page
    # Dropping the country finds the Argentine law.
    assert search(client, "acceso", lang="en", status="in_force") == ["Ley 26.388"]
    assert '<a href="?q=acceso&amp;status=in_force">without “Country: Brazil”</a>' in page


def test_an_empty_provision_page_offers_to_drop_each_filter(client, three_languages):
    response = client.get("/fr/laws/provisions/", {"q": "acceso", "country": "br"})
    assert response.context["provisions"] == []
    assert [chip["name"] for chip in response.context["filters_to_drop"]] == ["country"]
    assert "Essayez sans" in response.content.decode()


def test_site_wide_search_suggests_too(client, three_languages):
    response = client.get("/en/search/", {"q": "invasion de dispositivu"})
    assert response.context["total"] == 0
    assert "Did you mean" in response.content.decode()
    assert "dispositivo" in str(response.context["suggestion_link"])


@pytest.mark.parametrize("text", ['"', "-", "OR", "x" * 600, "12345", "ñ"])
def test_suggestions_accept_any_text(client, text):
    assert client.get("/en/laws/", {"q": text}).status_code == 200
    assert client.get("/en/search/", {"q": text}).status_code == 200

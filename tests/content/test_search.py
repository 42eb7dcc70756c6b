"""Site-wide search: one ranked list grouped by kind, highlighted, public records only."""

import pytest

from portal.content.models import Resource
from portal.content.search import site_search
from tests.conftest import count_queries
from tests.content.factories import (
    make_event,
    make_issue,
    make_resource,
    make_topic,
)

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def providers(request, settings):
    """Only this app's provider, unless a test asks for every one (other apps' tables may not exist yet)."""
    if request.function.__name__ != "test_every_provider_together_keeps_a_constant_query_count":
        settings.PORTAL = {**settings.PORTAL, "SEARCH_PROVIDERS": ["portal.content.search"]}


@pytest.fixture
def records(db):
    make_topic("Ransomware", summary_en="Ransomware locks your files and asks for money.")
    make_resource("Ransomware: trends and responses", summary_en="How ransomware groups operate.")
    make_resource("Ransomware draft", summary_en="ransomware secret", draft=True)
    make_resource("Ransomware embargoed", summary_en="ransomware later", future=True)
    issue = make_issue(1, items=0)
    issue.sections.first().items.create(title_en="Ransomware workshop held", body_en="A ransomware exercise.")
    hidden = make_issue(2, draft=True, items=0)
    hidden.sections.first().items.create(title_en="Ransomware hidden item", body_en="ransomware")
    make_event("Workshop on ransomware investigations", summary_en="Ransomware case study.")
    make_event("Ransomware draft event", draft=True)


def test_results_are_grouped_by_kind_and_highlighted(visitor, records):
    page = visitor.get("/en/search/?q=ransomware").content.decode()
    for kind in ("Citizen guidance", "Resource", "Bulletin", "Event"):
        assert f">{kind}</h2>" in page
    assert "<mark>" in page
    assert "Ransomware: trends and responses" in page
    assert "/en/bulletin/1/#item-" in page


def test_no_draft_or_future_record_is_found(visitor, records):
    page = visitor.get("/en/search/?q=ransomware").content.decode()
    for hidden in ("Ransomware draft", "Ransomware embargoed", "Ransomware hidden item", "Ransomware draft event"):
        assert hidden not in page
    titles = [hit.title for hit in site_search("ransomware", "en", 50)]
    assert not any("draft" in title or "embargoed" in title or "hidden" in title for title in titles)


def test_snippets_cannot_inject_html(visitor):
    make_resource("Evidence guide", summary_en="<img src=x onerror=alert(1)> evidence handling")
    page = visitor.get("/en/search/?q=evidence").content.decode()
    assert "<img src=x" not in page
    assert "Evidence guide" in page and "<mark>evidence</mark>" in page


def test_reader_language_and_other_languages(visitor):
    make_topic("Fraud", title_es="Fraude en línea", summary_es="Tiendas falsas y estafas.")
    assert "Fraude en línea" in visitor.get("/es/search/?q=estafas").content.decode()
    assert "Fraud" in visitor.get("/en/search/?q=estafas").content.decode()


@pytest.mark.parametrize("lang", ["en", "es", "pt", "fr"])
def test_accents_do_not_matter_in_any_page_language(visitor, lang):
    make_topic("Fraud", title_es="Fraude en línea", summary_es="Estafas con información bancaria.",
               title_fr="Fraude en ligne", summary_fr="Escroqueries aux données bancaires.")
    make_resource("Manual", title_pt="Manual de investigação", summary_pt="Invasão de dispositivo informático.",
                  language="pt")
    for q, expected in (("informacion bancaria", "/guidance/"), ("donnees bancaires", "/guidance/"),
                        ("invasao de dispositivo", "/resources/"), ("investigacao", "/resources/")):
        hits = [hit.url for _kind, hits in visitor.get(f"/{lang}/search/", {"q": q}).context["groups"] for hit in hits]
        assert len(hits) == 1 and expected in hits[0], (lang, q)
    resources = visitor.get(f"/{lang}/resources/", {"q": "invasao"}).context["resources"]
    assert [resource.slug for resource in resources] == [Resource.objects.get().slug]


def test_other_forms_of_accented_words_still_match(visitor):
    make_topic("Data", title_es="Información", summary_es="Informaciones sobre comunicaciones.")
    assert len(visitor.get("/en/search/", {"q": "información"}).context["groups"]) == 1
    assert len(visitor.get("/en/search/", {"q": "comunicación"}).context["groups"]) == 1


@pytest.mark.parametrize(
    "q",
    ['"unclosed quote', "ransomware OR", "-", "!!! &&& |||", "a:*", "x" * 10000, "nul\x00byte", "\x02\x03",
     "' OR 1=1 --", "<script>alert(1)</script>", "(((", "🙂"],
)
def test_any_query_gives_a_page(visitor, records, q):
    response = visitor.get("/en/search/", {"q": q})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_empty_query_shows_the_form(visitor):
    response = visitor.get("/en/search/")
    assert response.status_code == 200
    assert 'name="q"' in response.content.decode()


def test_nothing_found_says_so(visitor, records):
    assert "Nothing matches" in visitor.get("/en/search/?q=zzzzqqq").content.decode()


def test_query_count_is_constant(visitor, records, constant_queries):
    with constant_queries(visitor, "/en/search/?q=ransomware"):
        for n in range(12):
            make_topic(f"Ransomware {n}")
            make_resource(f"Ransomware manual {n}")
            make_event(f"Ransomware event {n}")
            make_issue(10 + n, sections=2, items=2, title_en=f"Ransomware issue {n}")


def test_search_uses_the_gin_indexes():
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT indexname FROM pg_indexes WHERE tablename LIKE 'content_%' AND indexdef LIKE '%gin%'")
        names = {row[0] for row in cursor.fetchall()}
    assert {"content_guidance_search", "content_resource_search", "content_bulletinitem_search",
            "content_event_search"} <= names


def test_every_provider_together_keeps_a_constant_query_count(visitor, records):
    small = count_queries(visitor, "/en/search/?q=ransomware")
    for n in range(8):
        make_resource(f"Ransomware manual {n}")
        make_issue(10 + n, sections=2, items=2)
    assert count_queries(visitor, "/en/search/?q=ransomware") == small


def test_a_mistyped_provider_module_is_an_error_not_a_silent_gap(visitor, records, settings):
    """A provider that cannot be imported fails loudly: results must never vanish without a trace."""
    settings.PORTAL = {**settings.PORTAL, "SEARCH_PROVIDERS": ["portal.content.search", "portal.nosuchmodule"]}
    with pytest.raises(ImportError):
        visitor.get("/en/search/?q=ransomware")

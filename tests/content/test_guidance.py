"""Citizen guidance: list, topic pages, the country selector, drafts, preview and query counts."""

import pytest

from tests.conftest import count_queries
from tests.content.factories import make_topic

pytestmark = pytest.mark.django_db


def test_list_shows_published_topics_only(visitor):
    make_topic("Phishing")
    make_topic("Secret draft", draft=True)
    make_topic("Tomorrow's topic", future=True)
    page = visitor.get("/en/guidance/").content.decode()
    assert "Phishing" in page
    assert "Secret draft" not in page
    assert "Tomorrow&#x27;s topic" not in page and "Tomorrow's topic" not in page


def test_topic_page_has_the_four_parts_rendered_safely(visitor):
    topic = make_topic("Sextortion", avoid_en="**Never pay.** <script>alert(1)</script>")
    response = visitor.get(f"/en/guidance/{topic.slug}/")
    page = response.content.decode()
    assert response.status_code == 200
    for heading in ("How to avoid it", "How to recognise it", "What to keep as evidence", "Where to report"):
        assert heading in page
    assert "<strong>Never pay.</strong>" in page
    assert "<script>alert(1)</script>" not in page
    assert "<title>Sextortion" in page
    assert 'property="og:title" content="Sextortion"' in page


def test_spanish_reader_gets_spanish_text_and_english_fallback(visitor):
    topic = make_topic("Online fraud", title_es="Fraude en línea")
    page = visitor.get(f"/es/guidance/{topic.slug}/").content.decode()
    assert "Fraude en línea" in page
    assert "About Online fraud." in page  # summary not translated: English fallback


def test_draft_and_future_topics_are_404_for_the_public(visitor, expert_br, client_for):
    draft = make_topic(draft=True)
    future = make_topic(future=True)
    for user in (None, expert_br):
        client = client_for(user)
        assert client.get(f"/en/guidance/{draft.slug}/").status_code == 404
        assert client.get(f"/en/guidance/{future.slug}/").status_code == 404


def test_secretariat_previews_a_draft(client_for, secretariat):
    draft = make_topic("Upcoming advice", draft=True)
    response = client_for(secretariat).get(f"/en/guidance/{draft.slug}/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "Preview: this is not published yet" in page
    assert 'name="robots" content="noindex"' in page


def test_unknown_topic_is_404(visitor):
    assert visitor.get("/en/guidance/no-such-topic/").status_code == 404


def test_country_choice_follows_the_visitor_through_the_links_without_a_session(visitor):
    topic = make_topic()
    other = make_topic("Ransomware")
    page = visitor.get(f"/en/guidance/{topic.slug}/?country=br").content.decode()
    assert "Where to report in Brazil" in page
    assert "sessionid" not in visitor.cookies
    assert f'href="/en/guidance/{other.slug}/?country=br"' in page
    page = visitor.get(f"/en/guidance/{other.slug}/?country=br").content.decode()
    assert "Where to report in Brazil" in page
    assert '<option value="br" selected>' in page


def test_country_choice_is_remembered_for_a_signed_in_reader(client, registered):
    client.force_login(registered)
    topic = make_topic()
    other = make_topic("Ransomware")
    client.get(f"/en/guidance/{topic.slug}/?country=br")
    assert client.session["report_country"] == "br"
    page = client.get(f"/en/guidance/{other.slug}/").content.decode()
    assert "Where to report in Brazil" in page


def test_unknown_country_gives_a_message_not_an_error(visitor):
    topic = make_topic()
    response = visitor.get(f"/en/guidance/{topic.slug}/?country=zz<script>")
    assert response.status_code == 200
    page = response.content.decode()
    assert "We do not know that country" in page
    assert "Where to report in" not in page


def test_empty_country_forgets_the_choice(client, registered):
    client.force_login(registered)
    topic = make_topic()
    client.get(f"/en/guidance/{topic.slug}/?country=mx")
    page = client.get(f"/en/guidance/{topic.slug}/?country=").content.decode()
    assert "Where to report in" not in page
    assert "report_country" not in client.session


def test_reporting_channels_of_the_chosen_country(visitor):
    """When the contacts capability is present, its units for the country are listed."""
    from contacts.models import NationalUnit
    from portal.models import Country

    NationalUnit.objects.create(
        country=Country.objects.get(iso2="BR"), name="Unidade de Crimes Cibernéticos", kind="police",
        reporting_url="https://example.gov.br/denuncia", is_published=True,
    )
    topic = make_topic()
    page = visitor.get(f"/en/guidance/{topic.slug}/?country=br").content.decode()
    assert "Unidade de Crimes Cibernéticos" in page


def test_list_query_count_is_constant(visitor, constant_queries):
    make_topic()
    with constant_queries(visitor, "/en/guidance/"):
        for n in range(15):
            make_topic(f"Topic {n}")


def test_detail_query_count_is_constant(visitor):
    topic = make_topic()
    small = count_queries(visitor, f"/en/guidance/{topic.slug}/?country=ar")
    for n in range(15):
        make_topic(f"Topic {n}")
    assert count_queries(visitor, f"/en/guidance/{topic.slug}/?country=ar") == small


def test_reader_is_told_when_a_page_falls_back_to_english(visitor):
    from django.utils import translation

    untranslated = make_topic("Harassment")
    translated = make_topic("Fraud", title_fr="Fraude en ligne")
    source = "This page has not been translated into your language yet, so it is shown in English."
    with translation.override("fr"):
        notice = translation.gettext(source)
    assert notice in visitor.get(f"/fr/guidance/{untranslated.slug}/").content.decode()
    assert notice not in visitor.get(f"/fr/guidance/{translated.slug}/").content.decode()
    assert source not in visitor.get(f"/en/guidance/{untranslated.slug}/").content.decode()

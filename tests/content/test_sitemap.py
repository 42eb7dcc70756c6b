"""sitemap.xml lists every public content page, in every language, and nothing unpublished."""

import xml.etree.ElementTree as ET

import pytest
from django.contrib.sitemaps.views import sitemap
from django.test import RequestFactory

from portal.content.sitemaps import sitemaps as content_sitemaps
from tests.content.factories import make_event, make_issue, make_resource, make_topic

pytestmark = pytest.mark.django_db
NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def locations_of(content: bytes) -> set[str]:
    return {loc.text for loc in ET.fromstring(content).iter(f"{NS}loc")}  # noqa: S314 - our own sitemap


def test_sitemap_has_public_pages_only():
    topic = make_topic()
    resource = make_resource()
    make_issue(3)
    event = make_event()
    hidden = [make_topic(draft=True), make_resource(future=True), make_event(draft=True)]
    make_issue(4, draft=True)
    response = sitemap(RequestFactory().get("/sitemap.xml"), sitemaps=content_sitemaps)
    response.render()
    assert response.status_code == 200
    locations = locations_of(response.content)
    for path in (topic.get_absolute_url(), resource.get_absolute_url(), "/en/bulletin/3/", event.get_absolute_url(),
                 "/en/guidance/", "/en/resources/", "/en/bulletin/", "/en/events/", "/en/partners/"):
        assert f"http://testserver{path}" in locations
    assert f"http://testserver/es/guidance/{topic.slug}/" in locations
    for record in hidden:
        assert f"http://testserver{record.get_absolute_url()}" not in locations
    assert "http://testserver/en/bulletin/4/" not in locations


def test_the_site_sitemap_includes_content(visitor):
    topic = make_topic()
    locations = locations_of(visitor.get("/sitemap.xml").content)
    assert f"http://testserver{topic.get_absolute_url()}" in locations

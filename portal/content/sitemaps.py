"""Sitemap entries for every public content page (added to portal/sitemaps.py)."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from portal.content.models import BulletinIssue, Event, GuidanceTopic, Resource


class ContentSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True


class ContentPagesSitemap(ContentSitemap):
    changefreq = "weekly"

    def items(self):
        return ["content:guidance_list", "content:resource_list", "content:bulletin_list", "content:event_list",
                "content:partner_list", "content:privacy", "content:contact"]

    def location(self, item):
        return reverse(item)


class GuidanceSitemap(ContentSitemap):
    changefreq = "monthly"

    def items(self):
        return GuidanceTopic.objects.published().only("slug", "updated_at").order_by("order", "slug")

    def lastmod(self, item):
        return item.updated_at


class ResourceSitemap(ContentSitemap):
    def items(self):
        return Resource.objects.published().only("slug", "updated_at").order_by("pk")

    def lastmod(self, item):
        return item.updated_at


class BulletinSitemap(ContentSitemap):
    def items(self):
        return BulletinIssue.objects.published().only("number", "updated_at").order_by("number")

    def lastmod(self, item):
        return item.updated_at


class EventSitemap(ContentSitemap):
    def items(self):
        return Event.objects.published().only("slug", "updated_at").order_by("pk")

    def lastmod(self, item):
        return item.updated_at


sitemaps = {
    "content": ContentPagesSitemap,
    "guidance": GuidanceSitemap,
    "resources": ResourceSitemap,
    "bulletin": BulletinSitemap,
    "events": EventSitemap,
}

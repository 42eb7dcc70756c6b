"""Sitemap entries for every public content page (added to portal/sitemaps.py)."""

from portal.content.models import BulletinIssue, Event, GuidanceTopic, Resource
from portal.sitemap_sections import NamedPagesSitemap, RecordSitemap


class ContentPagesSitemap(NamedPagesSitemap):
    names = ("content:guidance_list", "content:resource_list", "content:bulletin_list", "content:event_list",
             "content:partner_list", "content:privacy", "content:contact")


class GuidanceSitemap(RecordSitemap):
    def items(self):
        return GuidanceTopic.objects.published().only("slug", "updated_at").order_by("order", "slug")


class ResourceSitemap(RecordSitemap):
    changefreq = None

    def items(self):
        return Resource.objects.published().only("slug", "updated_at").order_by("pk")


class BulletinSitemap(RecordSitemap):
    changefreq = None

    def items(self):
        return BulletinIssue.objects.published().only("number", "updated_at").order_by("number")


class EventSitemap(RecordSitemap):
    changefreq = None

    def items(self):
        return Event.objects.published().only("slug", "updated_at").order_by("pk")


sitemaps = {
    "content": ContentPagesSitemap,
    "guidance": GuidanceSitemap,
    "resources": ResourceSitemap,
    "bulletin": BulletinSitemap,
    "events": EventSitemap,
}

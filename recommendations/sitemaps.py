"""The tracker's public pages in sitemap.xml (added by the root URL configuration)."""

from django.urls import reverse

from portal.models import Country
from portal.sitemap_sections import NamedPagesSitemap, PortalSitemap


class TrackerSitemap(NamedPagesSitemap):
    names = ("recommendations:tracker", "recommendations:report")


class StateSitemap(PortalSitemap):
    changefreq = "weekly"

    def items(self):
        return list(Country.objects.order_by("iso2").values_list("iso2", flat=True))

    def location(self, iso2):
        return reverse("recommendations:state", args=[iso2.lower()])


sitemaps = {"recommendations": TrackerSitemap, "recommendation-states": StateSitemap}

"""The tracker's public pages in sitemap.xml (added by the root URL configuration)."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from portal.models import Country


class TrackerSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True
    changefreq = "weekly"

    def items(self):
        return ["recommendations:tracker", "recommendations:report"]

    def location(self, item):
        return reverse(item)


class StateSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True
    changefreq = "weekly"

    def items(self):
        return list(Country.objects.order_by("iso2").values_list("iso2", flat=True))

    def location(self, iso2):
        return reverse("recommendations:state", args=[iso2.lower()])


sitemaps = {"recommendations": TrackerSitemap, "recommendation-states": StateSitemap}

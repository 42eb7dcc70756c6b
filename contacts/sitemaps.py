"""Public units in sitemap.xml (points of contact never)."""

from django.contrib.sitemaps import Sitemap

from contacts.models import NationalUnit


class NationalUnitSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True
    changefreq = "monthly"

    def items(self):
        return NationalUnit.objects.published().order_by("pk").only("pk", "updated_at")

    def lastmod(self, unit):
        return unit.updated_at

"""Laws, country profiles and the legislation pages in sitemap.xml (published laws only)."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from legislation.models import Law
from portal.models import Country


class _I18nSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True


class LegislationPagesSitemap(_I18nSitemap):
    changefreq = "weekly"

    def items(self):
        return ["legislation:country_list", "legislation:law_list", "legislation:matrix", "legislation:treaties"]

    def location(self, item):
        return reverse(item)


class CountrySitemap(_I18nSitemap):
    changefreq = "monthly"

    def items(self):
        return Country.objects.order_by("iso2")


class LawSitemap(_I18nSitemap):
    changefreq = "monthly"

    def items(self):
        return Law.objects.published().order_by("pk").only("pk", "updated_at")

    def lastmod(self, law):
        return law.updated_at


sitemaps = {"legislation": LegislationPagesSitemap, "countries": CountrySitemap, "laws": LawSitemap}

"""The evidence pages, each state's fiches and every written fiche in sitemap.xml."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from cooperation.models import Fiche
from portal.models import Country


class _I18nSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True


class EvidencePagesSitemap(_I18nSitemap):
    changefreq = "weekly"

    def items(self):
        return ["cooperation:overview", "cooperation:channels"]

    def location(self, item):
        return reverse(item)


class EvidenceCountrySitemap(_I18nSitemap):
    changefreq = "monthly"

    def items(self):
        return Country.objects.order_by("iso2")

    def location(self, country):
        return reverse("cooperation:country", args=[country.code])


class FicheSitemap(_I18nSitemap):
    changefreq = "monthly"

    def items(self):
        return Fiche.objects.select_related("measure").order_by("country_id", "measure__position")

    def lastmod(self, fiche):
        return fiche.updated_at


sitemaps = {"evidence": EvidencePagesSitemap, "evidence-countries": EvidenceCountrySitemap, "fiches": FicheSitemap}

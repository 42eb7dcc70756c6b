"""The evidence pages, each state's fiches and every written fiche in sitemap.xml."""

from django.urls import reverse

from cooperation.models import Fiche
from portal.models import Country
from portal.sitemap_sections import NamedPagesSitemap, PortalSitemap, RecordSitemap


class EvidencePagesSitemap(NamedPagesSitemap):
    names = ("cooperation:overview", "cooperation:channels")


class EvidenceCountrySitemap(PortalSitemap):
    changefreq = "monthly"

    def items(self):
        return Country.objects.order_by("iso2")

    def location(self, country):
        return reverse("cooperation:country", args=[country.code])


class FicheSitemap(RecordSitemap):
    def items(self):
        return Fiche.objects.select_related("measure").order_by("country_id", "measure__position")


sitemaps = {"evidence": EvidencePagesSitemap, "evidence-countries": EvidenceCountrySitemap, "fiches": FicheSitemap}

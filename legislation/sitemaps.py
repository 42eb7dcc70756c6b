"""Laws, country profiles and the legislation pages in sitemap.xml (published laws only)."""

from legislation.models import Law
from portal.models import Country
from portal.sitemap_sections import NamedPagesSitemap, PortalSitemap, RecordSitemap


class LegislationPagesSitemap(NamedPagesSitemap):
    names = ("legislation:country_list", "legislation:law_list", "legislation:matrix", "legislation:treaties")


class CountrySitemap(PortalSitemap):
    changefreq = "monthly"

    def items(self):
        return Country.objects.order_by("iso2")


class LawSitemap(RecordSitemap):
    def items(self):
        return Law.objects.published().order_by("pk").only("pk", "updated_at")


sitemaps = {"legislation": LegislationPagesSitemap, "countries": CountrySitemap, "laws": LawSitemap}

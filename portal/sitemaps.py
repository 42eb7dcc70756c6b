"""sitemap.xml: every public page. Each app adds its own Sitemap classes to `sitemaps`
(built from `portal.sitemap_sections`)."""

from contacts.sitemaps import NationalUnitSitemap
from legislation.sitemaps import sitemaps as legislation_sitemaps
from portal.content.sitemaps import sitemaps as content_sitemaps
from portal.sitemap_sections import NamedPagesSitemap


class StaticPagesSitemap(NamedPagesSitemap):
    names = ("home",)


sitemaps = {
    "pages": StaticPagesSitemap,
    "units": NationalUnitSitemap,
    **legislation_sitemaps,
    **content_sitemaps,
}

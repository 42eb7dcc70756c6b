"""sitemap.xml: every public page. Each app adds its own Sitemap classes to `sitemaps`."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from contacts.sitemaps import NationalUnitSitemap
from legislation.sitemaps import sitemaps as legislation_sitemaps


class StaticPagesSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True
    changefreq = "weekly"

    def items(self):
        return ["home"]

    def location(self, item):
        return reverse(item)


from portal.content.sitemaps import sitemaps as content_sitemaps  # noqa: E402

sitemaps = {
    "pages": StaticPagesSitemap,
    "units": NationalUnitSitemap,
    **legislation_sitemaps,
    **content_sitemaps,
}

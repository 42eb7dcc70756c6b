"""The kinds of section every app's sitemap.xml entries are made of (`<app>/sitemaps.py`)."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse


class PortalSitemap(Sitemap):
    """A section listed in the four languages, each entry with its hreflang alternates and x-default."""

    i18n = True
    alternates = True
    x_default = True


class NamedPagesSitemap(PortalSitemap):
    """Pages without arguments, listed by URL name in `names`."""

    changefreq = "weekly"
    names: tuple[str, ...] = ()

    def items(self):
        return list(self.names)

    def location(self, item):
        return reverse(item)


class RecordSitemap(PortalSitemap):
    """Records with `get_absolute_url()`, last changed at their `updated_at`."""

    changefreq = "monthly"

    def lastmod(self, record):
        return record.updated_at

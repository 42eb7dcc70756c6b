"""Public units in sitemap.xml (points of contact never)."""

from contacts.models import NationalUnit
from portal.sitemap_sections import RecordSitemap


class NationalUnitSitemap(RecordSitemap):
    def items(self):
        return NationalUnit.objects.published().order_by("pk").only("pk", "updated_at")

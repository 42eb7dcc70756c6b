"""content_reindex: rebuilds the stored search vectors after a bulk load that skipped save()."""

from io import StringIO

import pytest
from django.core.management import call_command

from portal.content.models import Resource, Status
from portal.content.search import site_search

pytestmark = pytest.mark.django_db


def test_bulk_loaded_records_become_searchable():
    Resource.objects.bulk_create([
        Resource(slug=f"bulk-{n}", kind="manual", title_en=f"Extradition manual {n}", year=2024, language="en",
                 url="https://example.org/manual.pdf", status=Status.PUBLISHED)
        for n in range(3)
    ])
    assert site_search("extradition", "en", 10) == []
    out = StringIO()
    call_command("content_reindex", stdout=out)
    assert "resources: 3" in out.getvalue()
    assert len(site_search("extradition", "en", 10)) == 3

import pytest

from tests.legislation.factories import make_law

pytestmark = pytest.mark.django_db


def test_sitemap_lists_published_laws_and_profiles_only(client):
    published = make_law("AR", title="Ley publicada")
    draft = make_law("AR", title="Borrador", published=False)
    page = client.get("/sitemap.xml").content.decode()
    assert f"/en/laws/{published.pk}/" in page
    assert f"/laws/{draft.pk}/" not in page
    assert "/en/countries/ar/" in page
    assert "/en/laws/matrix/" in page

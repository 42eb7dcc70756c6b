"""Resources are real: a file or an official link (not a site's home page); REMJA documents published."""

from io import StringIO

import pytest
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.urls import reverse
from django.utils.formats import date_format

from portal.content import demo
from portal.content.models import Resource, Status
from tests.content.factories import make_resource

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path


def _resource(**fields) -> Resource:
    defaults = {"slug": "r", "title_en": "A manual", "kind": "manual", "year": 2024, "status": Status.PUBLISHED}
    defaults.update(fields)
    return Resource(**defaults)


@pytest.mark.parametrize("url", ["https://www.oas.org/", "https://www.oas.org", "http://example.org",
                                 "ftp://files.example.org/manual.pdf"])
def test_a_link_that_is_no_document_is_refused(url):
    with pytest.raises(ValidationError) as error:
        _resource(url=url).full_clean()
    assert "url" in error.value.message_dict


def test_a_resource_without_file_or_link_is_refused():
    with pytest.raises(ValidationError, match="Give a document file or a link"):
        _resource().full_clean()
    with pytest.raises(IntegrityError), transaction.atomic():
        _resource().save()


def test_a_good_practice_needs_its_text():
    with pytest.raises(ValidationError, match="A good practice needs its text"):
        _resource(kind="good-practice").full_clean()
    _resource(kind="good-practice", body_en="What we did and what worked.").full_clean()


def test_published_excludes_resources_without_a_document(client):
    real = make_resource("Official page", url="https://www.coe.int/en/web/cybercrime/the-budapest-convention")
    with_file = make_resource("With its file", url="", file=ContentFile(b"text", name="manual.txt"))
    home_page = make_resource("Only a home page", url="https://www.oas.org/")
    empty_practice = make_resource("Empty good practice", kind="good-practice", url="")
    practice = make_resource("Good practice with text", kind="good-practice", url="", body_en="What worked.")
    assert set(Resource.objects.published()) == {real, with_file, practice}
    assert set(Resource.objects.without_document()) == {home_page, empty_practice}
    page = client.get(reverse("content:resource_list")).content.decode()
    assert "Official page" in page and "Only a home page" not in page and "Empty good practice" not in page
    assert client.get(home_page.get_absolute_url()).status_code == 404
    sitemap = client.get("/sitemap.xml").content.decode()
    assert home_page.get_absolute_url() not in sitemap


def test_admin_refuses_a_resource_without_file_or_link(client, secretariat):
    client.force_login(secretariat)
    data = {"slug": "no-doc", "kind": "manual", "title_en": "No document", "language": "en", "year": 2024,
            "status": "published", "publish_at_0": "2024-01-01", "publish_at_1": "00:00:00", "url": "https://www.oas.org/"}
    response = client.post(reverse("admin:content_resource_add"), data)
    assert response.status_code == 200
    assert "not to a site&#x27;s home page" in response.content.decode()
    assert not Resource.objects.filter(slug="no-doc").exists()


def test_admin_publish_action_leaves_resources_without_document_unpublished(client, secretariat):
    practice = make_resource("Empty good practice", kind="good-practice", url="", draft=True)
    client.force_login(secretariat)
    response = client.post(reverse("admin:content_resource_changelist"),
                           {"action": "publish_now", "_selected_action": [practice.pk]}, follow=True)
    practice.refresh_from_db()
    assert practice.status == Status.DRAFT
    assert "cannot be published" in response.content.decode()


def test_remja_documents_are_published_with_symbols_and_files(client):
    demo.seed(StringIO())
    demo.seed(StringIO())  # idempotent
    ciber = Resource.objects.published().get(symbol="CIBER-VII/doc.6/12 rev. 1")
    remja = Resource.objects.published().get(symbol="REMJA-VII/doc.6/08 rev. 1")
    assert not ciber.is_sample and not remja.is_sample
    assert ciber.issued_on.isoformat() == "2012-02-07" and ciber.year == 2012
    assert remja.issued_on is None and remja.year == 2008
    page = client.get(ciber.get_absolute_url()).content.decode()
    assert "CIBER-VII/doc.6/12 rev. 1" in page and date_format(ciber.issued_on, "DATE_FORMAT") in page
    assert f'href="{ciber.file.url}"' in page and "Sample data" not in page
    with ciber.file.open("rb") as stored:
        assert b"CIBER-VII/doc.6/12 rev. 1" in stored.read()
    listing = client.get(reverse("content:resource_list")).content.decode()
    assert "REMJA-VII/doc.6/08 rev. 1" in listing and "CIBER-VII/doc.6/12 rev. 1" in listing
    assert Resource.objects.filter(symbol="CIBER-VII/doc.6/12 rev. 1").count() == 1


def test_every_demo_resource_is_real():
    demo.seed(StringIO())
    assert not Resource.objects.without_document().exists()
    for resource in Resource.objects.all():
        resource.full_clean()
        assert resource.url != "https://www.oas.org/"

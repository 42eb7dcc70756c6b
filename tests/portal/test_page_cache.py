"""Anonymous public pages are cached, invalidated by any change of public data, never shared
with or taken from signed-in users."""

import pytest
from django.test import Client

from portal.models import Country

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.portal.cache_urls"), pytest.mark.usefixtures("page_cache_on")]
PAGE = "/en/countries-test/"


def test_second_anonymous_request_is_served_from_cache(django_assert_num_queries):
    client = Client()
    first = client.get(PAGE)
    assert first.status_code == 200
    with django_assert_num_queries(0):
        second = client.get(PAGE)
    assert second.content == first.content
    assert second["Cache-Control"] == "max-age=0, must-revalidate"


def test_an_edit_is_visible_on_the_next_request():
    client = Client()
    assert "Argentina" in client.get(PAGE).content.decode()
    country = Country.objects.get(iso2="AR")
    country.name_en = "Argentine Republic"
    country.save()
    assert "Argentine Republic" in client.get(PAGE).content.decode()


def test_bulk_writes_invalidate_through_the_explicit_bump():
    from portal.infra.cache import bump_public_data_version

    client = Client()
    client.get(PAGE)
    Country.objects.filter(iso2="AR").update(name_en="Changed in bulk")
    assert "Changed in bulk" not in client.get(PAGE).content.decode()  # no signal: still cached
    bump_public_data_version()
    assert "Changed in bulk" in client.get(PAGE).content.decode()


def test_languages_are_cached_apart():
    client = Client()
    client.get("/en/")
    assert '<html lang="es">' in client.get("/es/").content.decode()


def test_signed_in_users_neither_fill_nor_read_the_cache(expert_br, django_assert_num_queries):
    signed_in = Client()
    signed_in.force_login(expert_br)
    signed_in.get(PAGE)
    visitor = Client()
    visitor.get(PAGE)
    with django_assert_num_queries(0):
        visitor.get(PAGE)  # the visitor's copy
    Country.objects.filter(iso2="AR").update(name_en="Unsignalled change")
    # The signed-in user always gets a fresh page, never the visitor's cached copy.
    assert "Unsignalled change" in signed_in.get(PAGE).content.decode()


def test_restricted_and_account_paths_are_never_cached(django_assert_num_queries):
    client = Client()
    client.get("/en/me/countries-test/")
    with django_assert_num_queries(1):
        client.get("/en/me/countries-test/")


def test_queued_emails_and_scheduled_runs_leave_the_cache_alone(django_assert_num_queries):
    from django.utils import timezone

    from portal.emails import email_queue
    from portal.models import ScheduledRun

    client = Client()
    client.get(PAGE)
    email_queue(to=["reader@example.org"], subject="s", body="b")
    ScheduledRun.objects.create(job="workspace_digests", slot=timezone.now())
    with django_assert_num_queries(0):
        client.get(PAGE)

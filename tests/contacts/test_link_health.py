"""A unit whose website failed the link check is never shown as "Fresh" on public pages."""

import io

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from contacts.freshness import Freshness, freshness_of
from contacts.models import NationalUnit
from tests.contacts.factories import days_ago, make_unit

pytestmark = pytest.mark.django_db


def test_the_rule_puts_a_broken_link_before_a_recent_verification():
    recent = days_ago(3)
    assert freshness_of(recent) == Freshness.FRESH
    assert freshness_of(recent, link_ok=True) == Freshness.FRESH
    assert freshness_of(recent, link_ok=None) == Freshness.FRESH
    assert freshness_of(recent, link_ok=False) == Freshness.LINK_BROKEN


def test_unreachable_site_is_not_fresh_on_the_public_card(client):
    unit = make_unit("AR", "Unidad Fiscal Especializada en Ciberdelincuencia", last_verified_at=days_ago(5),
                     link_ok=False, link_problem="website: HTTP 404", link_checked_at=days_ago(1),
                     link_failing_since=days_ago(20))
    assert unit.freshness == Freshness.LINK_BROKEN
    since = date_format(timezone.localtime(unit.link_failing_since), "DATE_FORMAT")
    for url in (reverse("contacts:unit_detail", args=[unit.pk]), reverse("contacts:unit_list"),
                reverse("legislation:country_detail", args=["ar"])):
        page = client.get(url).content.decode()
        assert f"Website not reachable since {since}" in page, url
        assert ">Fresh<" not in page, url
        assert 'class="badge link-broken"' in page, url


def test_unreachable_reporting_page_is_flagged_where_citizens_report(client):
    make_unit("AR", last_verified_at=days_ago(5), link_ok=False, link_problem="reporting page: HTTP 500",
              link_failing_since=days_ago(3))
    page = client.get(reverse("contacts:how_to_report_country", args=["ar"])).content.decode()
    assert "Reporting page not reachable since" in page
    assert "Website not reachable" not in page
    assert ">Fresh<" not in page


def test_a_working_site_recently_verified_is_fresh(client):
    unit = make_unit("AR", last_verified_at=days_ago(5), link_ok=True)
    page = client.get(reverse("contacts:unit_detail", args=[unit.pk])).content.decode()
    assert ">Fresh<" in page and "not reachable" not in page


def test_fresh_queryset_follows_the_same_rule():
    working = make_unit("AR", last_verified_at=days_ago(5), link_ok=True)
    unchecked = make_unit("BR", last_verified_at=days_ago(5))
    broken = make_unit("MX", last_verified_at=days_ago(5), link_ok=False, link_problem="website: HTTP 404")
    assert set(NationalUnit.objects.fresh()) == {working, unchecked}
    assert broken not in NationalUnit.objects.fresh()


def test_check_links_records_when_a_site_first_failed_and_clears_it_when_it_works(server):
    unit = make_unit("AR", website=server + "/gone", reporting_url="")
    call_command("check_links", "--timeout", "2", stdout=io.StringIO())
    unit.refresh_from_db()
    first_failure = unit.link_failing_since
    assert unit.link_ok is False and first_failure == unit.link_checked_at

    call_command("check_links", "--timeout", "2", stdout=io.StringIO())
    unit.refresh_from_db()
    assert unit.link_checked_at > first_failure
    assert unit.link_failing_since == first_failure  # still the first failure, not the latest check

    NationalUnit.objects.filter(pk=unit.pk).update(website=server + "/ok")
    call_command("check_links", "--timeout", "2", stdout=io.StringIO())
    unit.refresh_from_db()
    assert unit.link_ok is True and unit.link_failing_since is None


def test_admin_filter_lists_units_with_broken_links(client, secretariat):
    client.force_login(secretariat)
    admin_client = client
    make_unit("AR", link_ok=False, link_problem="website: HTTP 404")
    make_unit("BR", link_ok=True)
    page = admin_client.get("/admin/contacts/nationalunit/?freshness=link-broken").content.decode()
    assert "Cybercrime unit AR" in page and "Cybercrime unit BR" not in page
    assert admin_client.get("/admin/contacts/contactpoint/?freshness=link-broken").status_code == 200

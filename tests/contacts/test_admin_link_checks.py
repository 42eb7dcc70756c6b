"""Link checks started from the admin: one unit at once (button or action), a country's units in
the background (enqueued task), against a local HTTP server (never the internet)."""

import html
from types import SimpleNamespace

import pytest
from django.urls import reverse
from django.utils import timezone

from contacts.models import NationalUnit, UpdateRequest
from portal.accounts.models import AuditEvent
from tests.contacts.factories import make_unit

pytestmark = pytest.mark.django_db


def test_the_button_on_a_units_page_checks_its_links_now(client, secretariat, server):
    unit = make_unit("BR", website=server + "/ok", reporting_url=server + "/missing")
    client.force_login(secretariat)
    page = reverse("admin:contacts_nationalunit_change", args=[unit.pk])
    assert 'name="_check_links"' in client.get(page).content.decode()
    response = client.post(page, {"_check_links": "1"}, follow=True)
    text = response.content.decode()
    assert "Links checked for 1 unit; 1 with a link that does not answer." in text
    assert "reporting page: HTTP 404" in text
    unit.refresh_from_db()
    assert unit.link_ok is False and unit.link_checked_at is not None and unit.link_failing_since is not None
    event = AuditEvent.objects.get(action="contacts.links_checked")
    assert event.actor == secretariat and event.details["country"] == "BR"


def test_the_button_does_not_save_other_changes(client, secretariat, server):
    unit = make_unit("BR", website=server + "/ok", reporting_url="")
    client.force_login(secretariat)
    client.post(reverse("admin:contacts_nationalunit_change", args=[unit.pk]), {"_check_links": "1", "name": "X"})
    unit.refresh_from_db()
    assert unit.name == "Cybercrime unit BR" and unit.link_ok is True


def test_the_action_checks_the_selected_units(client, secretariat, server):
    good = make_unit("AR", website=server + "/ok", reporting_url=server + "/moved")
    bad = make_unit("CL", website=server + "/error", reporting_url="")
    client.force_login(secretariat)
    response = client.post(reverse("admin:contacts_nationalunit_changelist"), {
        "action": "check_links_now", "_selected_action": [good.pk, bad.pk],
    }, follow=True)
    assert "Links checked for 2 units; 1 with a link that does not answer." in response.content.decode()
    assert NationalUnit.objects.get(pk=good.pk).link_ok is True
    assert NationalUnit.objects.get(pk=bad.pk).link_ok is False


def test_a_focal_point_checks_their_own_unit_not_another_countrys(client, staff_focal_ar, server):
    own = make_unit("AR", website=server + "/ok", reporting_url="")
    other = make_unit("BR", website=server + "/missing", reporting_url="")
    client.force_login(staff_focal_ar)
    client.post(reverse("admin:contacts_nationalunit_change", args=[own.pk]), {"_check_links": "1"})
    assert NationalUnit.objects.get(pk=own.pk).link_ok is True
    response = client.post(reverse("admin:contacts_nationalunit_change", args=[other.pk]), {"_check_links": "1"})
    assert response.status_code in (302, 404)
    assert NationalUnit.objects.get(pk=other.pk).link_checked_at is None


def test_a_country_is_checked_in_the_background(
    client, secretariat, server, django_capture_on_commit_callbacks
):
    first = make_unit("MX", website=server + "/ok", reporting_url="")
    second = make_unit("MX", name="Second", website=server + "/missing", reporting_url="")
    elsewhere = make_unit("BR", website=server + "/ok", reporting_url="")
    client.force_login(secretariat)
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        response = client.post(reverse("admin:contacts_countryfreshness_changelist"), {
            "action": "check_links_in_background", "_selected_action": ["MX"],
        }, follow=True)
    assert len(callbacks) == 1  # the check is enqueued once the request's writes are committed
    assert "The links of 1 country's units are being checked" in html.unescape(response.content.decode())
    # The test settings run tasks at once (ImmediateBackend); a worker does it in production.
    assert NationalUnit.objects.get(pk=first.pk).link_ok is True
    assert NationalUnit.objects.get(pk=second.pk).link_ok is False
    assert NationalUnit.objects.get(pk=elsewhere.pk).link_checked_at is None
    assert AuditEvent.objects.get(action="contacts.links_check_started").target == "country:MX"


def test_the_task_is_enqueued_with_the_country(client, secretariat, monkeypatch, django_capture_on_commit_callbacks):
    from contacts import admin as contacts_admin

    enqueued = []
    monkeypatch.setattr(contacts_admin, "check_country_links", SimpleNamespace(enqueue=enqueued.append))
    client.force_login(secretariat)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(reverse("admin:contacts_countryfreshness_changelist"), {
            "action": "check_links_in_background", "_selected_action": ["AR", "PE"],
        })
    assert enqueued == ["AR", "PE"]


def test_answered_update_requests_are_marked_reviewed(client, secretariat):
    now = timezone.now()
    answered = UpdateRequest.objects.create(country_id="AR", status=UpdateRequest.Status.ANSWERED, answered_at=now,
                                            **UpdateRequest.schedule(now))
    client.force_login(secretariat)
    listing = reverse("admin:contacts_updaterequest_changelist")
    assert "Argentina" in client.get(listing + "?waiting=to_review").content.decode()
    client.post(listing, {"action": "mark_reviewed", "_selected_action": [answered.pk]})
    answered.refresh_from_db()
    assert answered.reviewed_by == secretariat and answered.reviewed_at is not None
    assert UpdateRequest.objects.to_review().count() == 0
    assert AuditEvent.objects.get(action="contacts.update_request_reviewed").actor == secretariat


def test_each_country_row_has_a_button_that_checks_that_countrys_links(
    client, secretariat, server, django_capture_on_commit_callbacks  # noqa: F811
):
    unit = make_unit("MX", website=server + "/missing", reporting_url="")
    elsewhere = make_unit("BR", website=server + "/ok", reporting_url="")
    client.force_login(secretariat)
    listing = client.get(reverse("admin:contacts_countryfreshness_changelist")).content.decode()
    button_url = reverse("admin:contacts_countryfreshness_check_links", args=["mx"])
    assert f'formaction="{button_url}"' in listing and "Check the links now" in listing
    assert client.get(button_url).status_code == 405  # a GET (a prefetch, a crawler) starts nothing
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(button_url, {"_check_links": "MX"}, follow=True)
    assert "The links of 1 country's units are being checked" in html.unescape(response.content.decode())
    assert NationalUnit.objects.get(pk=unit.pk).link_ok is False
    assert NationalUnit.objects.get(pk=elsewhere.pk).link_checked_at is None
    assert AuditEvent.objects.get(action="contacts.links_check_started").actor == secretariat
    assert client.post(reverse("admin:contacts_countryfreshness_check_links", args=["zz"])).status_code == 404


def test_only_the_secretariat_starts_a_countrys_check(client, staff_focal_ar, monkeypatch):
    from contacts import admin as contacts_admin

    enqueued = []
    monkeypatch.setattr(contacts_admin, "check_country_links", SimpleNamespace(enqueue=enqueued.append))
    client.force_login(staff_focal_ar)
    response = client.post(reverse("admin:contacts_countryfreshness_check_links", args=["ar"]))
    assert response.status_code == 403 and enqueued == []


def test_a_countrys_own_admin_page_has_the_button_and_comes_back_to_it(
    client, secretariat, server, django_capture_on_commit_callbacks  # noqa: F811
):
    unit = make_unit("MX", website=server + "/ok", reporting_url="")
    client.force_login(secretariat)
    page_url = reverse("admin:contacts_countryfreshness_change", args=["MX"])
    button_url = reverse("admin:contacts_countryfreshness_check_links", args=["mx"])
    assert f'formaction="{button_url}"' in client.get(page_url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(button_url, {"_back": "page"})
    assert response.status_code == 302 and response["Location"] == page_url
    assert NationalUnit.objects.get(pk=unit.pk).link_ok is True

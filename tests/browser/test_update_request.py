"""The secretariat sends Argentina an update request; Argentina's focal point follows the link in
the email, corrects one unit (the form brings them back), confirms the other entries and sends
the answer; the link then only explains that the request was answered. The public unit page
shows the correction."""

import re

import pytest

from tests.browser.conftest import screenshot

pytestmark = pytest.mark.browser

FOCAL_POINT = "focal-ar@example.org"


def test_focal_point_answers_an_update_request(portal_server, accounts, pages):
    focal = accounts(FOCAL_POINT)  # signed in once with TOTP enrolled
    portal_server.manage("send_update_requests", "--country", "AR", "--message", "Please check before the REMJA meeting.")
    link = portal_server.last_link(FOCAL_POINT, r"http://127\.0\.0\.1:\d+/[a-z]{2}/contacts/update-requests/[^\s/]+/")
    # The email links in the focal point's own language, the last one they used (other tests may have
    # browsed in French); this journey reads the English page.
    link = re.sub(r"/[a-z]{2}/contacts/update-requests/", "/en/contacts/update-requests/", link)

    page = pages.open(storage_state=focal.storage_state)
    page.goto(link)
    page.get_by_role("heading", name=re.compile("Argentina")).wait_for()
    assert "Please check before the REMJA meeting." in page.content()
    form = page.locator("form.update-request-form")
    boxes = form.locator("input[type=checkbox]")
    assert boxes.count() >= 2, form.inner_text()
    screenshot(page, "update-request")

    # Correct the first unit: the edit form saves and comes back to the request.
    # Nothing is ticked in advance, and "tick all" is not offered before every entry has been opened.
    assert all(not boxes.nth(index).is_checked() for index in range(boxes.count()))
    assert form.locator(".confirm-all").is_hidden()
    first_unit = form.locator(".confirm-list").first.locator("li").first
    unit_id = first_unit.locator("input[type=checkbox]").get_attribute("value")
    first_unit.locator("summary").click()
    first_unit.get_by_role("link", name=re.compile("Correct")).click()
    page.wait_for_url(re.compile(r"/contacts/manage/units/\d+/"))
    page.get_by_label("Public phone").fill("+54 11 4000-1234")
    page.locator("main form button[type=submit]").last.click()
    page.wait_for_url(re.compile(r"/contacts/update-requests/"))

    # The corrected unit says so; open every entry, then tick them all at once and send the answer.
    form = page.locator("form.update-request-form")
    assert "Verified or corrected since this request" in form.locator(".confirm-list").first.locator("li").first.inner_text()
    entries = form.locator("details.confirm-entry")
    for index in range(entries.count()):
        if entries.nth(index).get_attribute("open") is None:
            assert form.locator(".confirm-all").is_hidden()
            entries.nth(index).locator("summary").click()
    form.get_by_role("button", name="Tick “still correct” on every entry").click()
    assert all(form.locator("input[type=checkbox]").nth(i).is_checked()
               for i in range(form.locator("input[type=checkbox]").count()))
    form.get_by_role("button", name="Send the answer").click()
    page.get_by_text("The entries are marked as verified and the request is closed.").wait_for()

    # The link has done its work.
    page.goto(link)
    assert page.locator("form.update-request-form").count() == 0
    assert "This request was already answered" in page.locator("main").inner_text()

    # The visitor sees the corrected phone on the unit's public page.
    visitor = pages.open()
    visitor.goto(f"/en/units/{unit_id}/")
    assert "+54 11 4000-1234" in visitor.locator("main").inner_text()

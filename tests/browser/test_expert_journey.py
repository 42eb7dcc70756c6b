"""A new user signs up, verifies the email, asks for expert access and confirms the official
address; the secretariat approves in the admin; the user enrols TOTP, reaches the restricted
pages, opens the directory of points of contact and an open workspace's page (to ask to join:
a new expert belongs to none)."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.conftest import enrol_totp, next_totp_code, screenshot, sign_in

pytestmark = pytest.mark.browser


def test_sign_up_to_restricted_pages(browser, portal_server, page, accounts):
    email_address = "journey@justicia.example.org"
    password = "a-long-and-unusual-passphrase-77"

    page.goto("/en/")
    screenshot(page, "home")
    page.goto("/en/accounts/signup/")
    page.locator("#id_email").fill(email_address)
    page.locator("#id_first_name").fill("Inés")
    page.locator("#id_last_name").fill("Gómez")
    page.locator("#id_password1").fill(password)
    page.locator("#id_password2").fill(password)
    page.get_by_role("button", name="Sign Up").click()
    # The click waits for the next page to start loading, not for its text: wait for what a user reads.
    expect(page.locator("body")).to_contain_text(re.compile("verify", re.IGNORECASE))

    link = portal_server.last_link(email_address, r"http://127\.0\.0\.1:\d+/en/accounts/confirm-email/\S+")
    page.goto(link)
    page.get_by_role("button", name="Confirm").click()

    page.goto("/en/me/expert-access/")
    page.get_by_label("Country").select_option("BR")
    page.get_by_label("Institution").fill("Polícia Federal")
    page.get_by_label("Position").fill("Investigator")
    page.get_by_label("Official email").fill("ines@pf.gov.example.org")
    page.get_by_label("Reason for the request").fill("24/7 network duty officer")
    page.get_by_role("button", name="Send my request").click()
    expect(page.locator("body")).to_contain_text("Your request was sent")
    screenshot(page, "my-account")

    # The official address is proven by the link sent to it; the secretariat cannot approve before.
    official = portal_server.last_link(
        "ines@pf.gov.example.org", r"http://127\.0\.0\.1:\d+/en/me/expert-access/official-email/\S+/"
    )
    page.goto(official)
    page.get_by_role("button", name="Confirm").click()
    expect(page.locator("body")).to_contain_text("ines@pf.gov.example.org is confirmed.")

    # The secretariat, signed in with MFA set up (the admin requires it; `accounts` does it once per
    # test session, whichever test needs the secretariat first), approves.
    secretariat = accounts("secretariat@example.org")
    admin = browser.new_context(base_url=portal_server.base_url, storage_state=secretariat.storage_state).new_page()
    admin.goto("/admin/accounts/expertprofile/?status__exact=requested")
    admin.get_by_role("row", name=re.compile("Inés Gómez")).get_by_role("checkbox").check()
    admin.get_by_label("Action:").select_option("approve")
    admin.get_by_role("button", name="Run").click()
    admin.locator(".messagelist").wait_for()  # the click does not wait for the page that follows
    assert "1 expert approved." in admin.content(), admin.locator("#content").inner_text()[:2000]
    admin.context.close()
    assert any("approved" in (m.get("Subject") or "") for m in portal_server.emails_to(email_address))

    # The expert enrols TOTP and now passes the gate.
    secret, used = enrol_totp(page, password)
    page.goto("/en/me/")
    assert "You have access to the restricted pages." in page.content()

    # Signing in again asks for the code.
    page.context.clear_cookies()
    sign_in(page, email_address, password)
    page.locator("#id_code").fill(next_totp_code(secret, used))
    page.get_by_role("button", name="Sign In").click()
    page.goto("/en/me/")
    assert "You have access to the restricted pages." in page.content()

    # The restricted directory and the workspaces (none yet; the open ones may be joined).
    page.locator("nav.main-nav a[href='/en/contacts/']").click()
    page.get_by_role("heading", name="Points of contact", level=1).wait_for()
    assert page.locator("table.directory-table tbody tr").count() >= 1
    page.locator("nav.main-nav a[href='/en/workspaces/']").click()
    page.get_by_role("heading", name="Open workspaces you may ask to join").wait_for()
    page.locator("li", has=page.get_by_role("heading", name=re.compile("Electronic evidence"))).get_by_role(
        "link", name="Ask to join").click()
    assert page.url.endswith("/en/workspaces/electronic-evidence/join/"), page.url
    page.get_by_label("Why you would like to join").fill("I handle preservation requests at the Federal Police.")
    page.locator("main form button[type=submit]").last.click()
    page.get_by_text("You have asked to join; a moderator will answer by email.").wait_for()

"""The directory's "Copy" button: shown only with JavaScript and a clipboard, it copies the entry."""

import pytest

pytestmark = pytest.mark.browser


def test_copy_button_puts_the_entry_on_the_clipboard(pages, accounts):
    expert = accounts("expert-br@example.org")
    page = pages.open(storage_state=expert.storage_state)
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.goto("/en/contacts/?country=ar")
    button = page.locator("button.copy-contact").first
    assert button.is_visible()
    email = page.locator(".poc-reach a[href^='mailto:']").first.inner_text()
    button.click()
    page.wait_for_function("document.querySelector('button.copy-contact').textContent.includes('Copied')")
    copied = page.evaluate("navigator.clipboard.readText()")
    assert email in copied and "Argentina" in copied and "\n" in copied


def test_without_javascript_the_details_are_text_and_no_button_shows(browser, portal_server, accounts):
    expert = accounts("expert-br@example.org")
    context = browser.new_context(base_url=portal_server.base_url, storage_state=expert.storage_state,
                                  java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto("/en/contacts/?country=ar")
        assert not page.locator("button.copy-contact").first.is_visible()
        assert "@example.org" in page.locator(".poc-reach").first.inner_text()
    finally:
        context.close()

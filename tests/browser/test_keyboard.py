"""Keyboard only: the skip link is the first stop and moves focus to the content; a visitor
searches in Spanish and opens a result; an expert signs in (password, then the authenticator
code). Tab, typing and Enter only, never a click; every element that takes focus on the way is on
screen with a visible outline."""

import re

import pytest

from tests.browser.conftest import screenshot

pytestmark = pytest.mark.browser

FOCUSED = """() => {
  const el = document.activeElement;
  const style = getComputedStyle(el);
  const box = el.getBoundingClientRect();
  return {
    tag: el.tagName.toLowerCase(), id: el.id, name: el.getAttribute('name'), href: el.getAttribute('href') || '',
    text: (el.innerText || el.value || el.getAttribute('aria-label') || '').trim().slice(0, 60),
    outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
    outlineStyle: style.outlineStyle + ' ' + style.outlineWidth + ' ' + style.outlineColor,
    visible: box.width > 0 && box.height > 0 && box.right > 0 && box.bottom > 0
      && box.left < innerWidth && box.top < innerHeight,
  };
}"""


class Keyboard:
    """Tabs through a page, checking that each focused element is on screen with an outline."""

    def __init__(self, page):
        self.page = page
        self.seen = []

    def focused(self) -> dict:
        return self.page.evaluate(FOCUSED)

    def tab(self, shift: bool = False) -> dict:
        self.page.keyboard.press("Shift+Tab" if shift else "Tab")
        element = self.focused()
        self.seen.append(element)
        assert element["tag"] != "body", f"focus left the page after {self.seen[-5:]}"
        assert element["visible"], f"focused element is not visible: {element}"
        assert element["outline"], f"focused element has no visible outline: {element}"
        return element

    def tab_to(self, matches, limit: int = 60) -> dict:
        for _ in range(limit):
            element = self.tab()
            if matches(element):
                return element
        raise AssertionError(f"never reached the element with Tab; focus went through {self.seen[-limit:]}")


def test_skip_link_is_first_and_moves_focus_to_the_content(pages):
    page = pages.open()
    page.goto("/en/")
    keys = Keyboard(page)
    first = keys.tab()
    assert first["tag"] == "a" and first["text"] == "Skip to main content", first
    page.keyboard.press("Enter")
    page.wait_for_function("() => document.activeElement && document.activeElement.id === 'main'")
    assert page.evaluate("() => location.hash") == "#main"
    # The next Tab lands inside the content, after the header and its navigation.
    after = keys.tab()
    assert page.evaluate("() => document.activeElement.closest('main') !== null"), after


def test_search_with_the_keyboard_only(pages):
    page = pages.open()
    page.goto("/es/")
    keys = Keyboard(page)
    keys.tab_to(lambda e: e["tag"] == "input" and e["name"] == "q")
    page.keyboard.type("phishing")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/es/search/\?q=phishing"))
    result = keys.tab_to(lambda e: e["tag"] == "a" and page.evaluate(
        "() => document.activeElement.closest('.card-title') !== null"))
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: "/search/" not in url)
    assert page.locator("h1").inner_text().strip() == result["text"]


def test_law_search_with_the_keyboard_only(pages):
    """Search the laws in Spanish and open a law found."""
    page = pages.open()
    page.goto("/es/laws/")
    keys = Keyboard(page)
    keys.tab_to(lambda e: e["id"] == "law-q")
    page.keyboard.type("delitos informáticos")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "q=" in page.url
    law = keys.tab_to(lambda e: e["tag"] == "a" and re.search(r"/es/laws/\d+/$", e["href"]) is not None)
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/es/laws/\d+/$"))
    assert page.locator("h1").inner_text().strip() == law["text"]


def test_law_filters_let_a_keyboard_user_move_through_the_options(pages):
    page = pages.open()
    page.goto("/es/laws/")
    Keyboard(page).tab_to(lambda e: e["id"] == "filter-country")
    before = page.url
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    page.wait_for_timeout(500)
    assert page.url == before
    assert page.evaluate("() => document.activeElement.id") == "filter-country"
    # The choice is applied with the Apply button.
    Keyboard(page).tab_to(lambda e: e["tag"] == "button")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "country=" in page.url


def test_sign_in_with_the_keyboard_only(pages, accounts):
    expert = accounts("expert-br@example.org")  # TOTP already enrolled
    page = pages.open()
    page.goto("/en/")
    keys = Keyboard(page)

    keys.tab_to(lambda e: e["tag"] == "a" and e["text"] == "Expert sign-in")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/en/accounts/login/"))
    page.locator("#id_login").wait_for()
    screenshot(page, "login")

    keys.tab_to(lambda e: e["id"] == "id_login")
    page.keyboard.type(expert.email)
    keys.tab_to(lambda e: e["id"] == "id_password")
    page.keyboard.type("demo-password-2026")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"/accounts/2fa/authenticate/"))

    keys.tab_to(lambda e: e["id"] == "id_code")
    page.keyboard.type(expert.next_code())
    page.keyboard.press("Enter")
    page.wait_for_url(lambda url: "/accounts/" not in url)

    # Sign-in continues in the language the expert last used, so the account link is found by address.
    keys.tab_to(lambda e: e["tag"] == "a" and e["href"].endswith("/me/"))
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert re.search(r"/[a-z]{2}/me/$", page.url), page.url
    page.goto("/en/me/")
    assert "You have access to the restricted pages." in page.content()


def test_a_focal_point_opens_every_entry_of_an_update_request_and_ticks_them_all_with_the_keyboard(
        portal_server, accounts, pages):
    """Each entry is a <details>: Enter or Space on its summary opens it; once all are open the "tick all"
    button appears in the Tab order before "Send the answer", and Space on it ticks every entry."""
    focal = accounts("focal-ar@example.org")
    portal_server.manage("send_update_requests", "--country", "AR")
    link = portal_server.last_link(focal.email, r"http://127\.0\.0\.1:\d+/[a-z]{2}/contacts/update-requests/[^\s/]+/")
    page = pages.open(storage_state=focal.storage_state)
    page.goto("/en/" + link.split("/", 4)[4])
    entries = page.locator("form.update-request-form details.confirm-entry")
    total = entries.count()
    assert total >= 5 and page.locator(".confirm-all").is_hidden()
    keys = Keyboard(page)
    opened = 0
    for _ in range(12 * total + 40):
        element = keys.tab()
        if element["text"].startswith("Send the answer"):
            raise AssertionError(f"reached “Send the answer” before the “tick all” button ({opened} of {total} opened)")
        if element["text"].startswith("Tick “still correct” on every entry"):
            break
        if element["tag"] == "summary" and page.evaluate("() => !document.activeElement.parentElement.open"):
            page.keyboard.press("Enter" if opened % 2 else " ")
            assert page.evaluate("() => document.activeElement.parentElement.open"), element
            opened += 1
            if page.locator("details.confirm-entry:not([open])").count() == 0:
                # The page's script hears each entry's "toggle" event (dispatched after the key press)
                # and then shows the button: wait for it rather than racing the next Tab.
                page.locator(".confirm-all").wait_for(state="visible")
                # Screen readers hear it: the page's live region says the button is there.
                assert "you may now tick them all at once" in page.locator(
                    "form.update-request-form [role=status]").inner_text()
    else:
        raise AssertionError("the “tick all” button never took the focus")
    assert opened == total or page.locator("details.confirm-entry:not([open])").count() == 0
    boxes = page.locator("form.update-request-form input[type=checkbox]")
    assert not any(boxes.nth(i).is_checked() for i in range(boxes.count()))
    page.keyboard.press(" ")
    assert all(boxes.nth(i).is_checked() for i in range(boxes.count()))
    # The next stop is the form's own button.
    assert keys.tab()["text"].startswith("Send the answer")

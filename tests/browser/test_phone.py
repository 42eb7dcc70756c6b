"""Phone, small phone and laptop widths (320, 390 and 1366 px; the phones are touch devices honouring
the viewport meta tag): no public page scrolls sideways (WCAG 1.4.10); wide content (the coverage
matrix, tables) may scroll inside its own `table-scroll` container only. The phone layouts: a
compact header whose menu opens without JavaScript, the comparison stacked article by article with
the picker folded away, points of contact as cards with tap-to-call and tap-to-mail; wide tables keep
their header row and first column in view inside their scroll box. The signed-in pages (alerts, the
directory, drafting a request for each measure, an update request, the admin's start page) fit 320 px too."""

import pytest

from tests.browser.conftest import PHONE, public_pages, screenshot
from tests.browser.test_accessibility import MEASURES, request_draft_steps

SMALL_PHONE = {"width": 320, "height": 568}
PHONE_390 = {"width": 390, "height": 844}
LAPTOP = {"width": 1366, "height": 768}
# Pages with wide content that the navigation crawl does not reach by itself.
EXTRA_PAGES = ("countries/ar/", "units/", "report/", "report/mx/", "laws/matrix/",
               "laws/compare/?countries=AR&countries=BR&countries=CL&countries=MX", "treaties/",
               # Alerts: the form with a subject chosen from a "follow" link (the plain form is in the footer), and the
               # pages with those links (a country profile above, the treaty page, a state's fiches, a topic).
               "alerts/?subject=country%3Aar", "evidence/ar/", "guidance/phishing/")

pytestmark = pytest.mark.browser

# On a touch device Chromium widens the layout viewport to fit content that overflows, so the page
# is measured against the phone's width as well as innerWidth.
OVERFLOW = """(screen) => {
  const width = Math.min(window.innerWidth, screen);
  const page = document.scrollingElement.scrollWidth;
  const culprits = [];
  for (const el of document.body.querySelectorAll('*')) {
    if (el.closest('.table-scroll') || el.closest('.visually-hidden') || el.classList.contains('skip-link')) continue;
    const box = el.getBoundingClientRect();
    if (box.width > 0 && box.right > width + 1) {
      const name = el.tagName.toLowerCase() + (el.id ? '#' + el.id : '')
        + (typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
      culprits.push(name + ' (right edge ' + Math.round(box.right) + 'px)');
    }
  }
  return {width, page, culprits: culprits.slice(0, 8)};
}"""


def _overflow_problems(page, paths, width):
    problems = []
    for path in paths:
        response = page.goto(path)
        assert response.status == 200, (path, response.status)
        result = page.evaluate(OVERFLOW, width)
        if result["page"] > result["width"]:
            problems.append(f"{path}: the page is {result['page']}px wide on a {result['width']}px screen; "
                            f"too wide: {', '.join(result['culprits']) or '?'}")
    return problems


@pytest.mark.parametrize("language", ["en", "es"])
def test_public_pages_fit_a_phone(portal_server, pages, language):
    page = pages.open(viewport=PHONE, is_mobile=True)
    paths = public_pages(portal_server, language) + [f"/{language}/{path}" for path in EXTRA_PAGES]
    problems = _overflow_problems(page, paths, PHONE["width"])
    if language == "en":
        page.goto("/en/")
        screenshot(page, "home-phone")
    assert not problems, "pages scroll sideways at phone width:\n" + "\n".join(problems)


@pytest.mark.parametrize(("viewport", "language"), [(SMALL_PHONE, "en"), (SMALL_PHONE, "fr"), (PHONE_390, "pt"),
                                                    (LAPTOP, "es")])
def test_no_public_page_scrolls_sideways_at_320_390_and_1366_px(portal_server, pages, viewport, language):
    phone = viewport["width"] < 500
    page = pages.open(viewport=viewport, is_mobile=phone)
    paths = public_pages(portal_server, language) + [f"/{language}/{path}" for path in EXTRA_PAGES]
    problems = _overflow_problems(page, paths, viewport["width"])
    assert not problems, f"pages scroll sideways at {viewport['width']} px:\n" + "\n".join(problems)


def test_the_phone_header_is_compact_and_its_menu_opens_without_javascript(browser, portal_server):
    context = browser.new_context(base_url=portal_server.base_url, viewport=SMALL_PHONE, is_mobile=True,
                                  has_touch=True, java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto("/en/laws/")
        header = page.locator("header.site-header").bounding_box()
        assert header["height"] <= 0.3 * SMALL_PHONE["height"], f"the header takes {header['height']}px"
        menu = page.locator("summary.menu-toggle")
        assert menu.is_visible() and menu.inner_text().strip() == "Menu"
        coverage = page.locator(".main-nav").get_by_role("link", name="Coverage")
        assert not coverage.is_visible()
        menu.focus()
        page.keyboard.press("Enter")
        assert coverage.is_visible()
        assert page.locator(".main-nav a[aria-current]").inner_text() == "Laws"
        box = coverage.bounding_box()
        assert box["height"] >= 24 and box["width"] >= 24
        page.keyboard.press("Enter")  # the focus is still on the menu button: closes it
        assert not coverage.is_visible()
    finally:
        context.close()


def test_on_a_laptop_the_navigation_is_open_and_marks_the_current_section(pages):
    page = pages.open(viewport=LAPTOP)
    for path, section, value in [("/en/laws/matrix/", "Coverage", "page"),
                                 ("/en/laws/compare/?countries=AR&countries=BR", "Coverage", "true"),
                                 ("/en/countries/ar/", "Countries", "true"), ("/en/laws/", "Laws", "page")]:
        page.goto(path)
        assert not page.locator("summary.menu-toggle").is_visible()
        nav = page.get_by_role("navigation", name="Main")
        assert nav.get_by_role("link", name="Treaties").is_visible()
        current = nav.locator("a[aria-current]")
        assert current.count() == 1, path
        assert (current.inner_text(), current.get_attribute("aria-current")) == (section, value), path


def test_the_comparison_on_a_phone_is_stacked_article_by_article_under_a_folded_picker(pages):
    page = pages.open(viewport=PHONE_390, is_mobile=True)
    page.goto("/en/laws/compare/?countries=AR&countries=BR&countries=CL")
    picker = page.locator("details.compare-picker")
    assert picker.get_attribute("open") is None
    assert not page.get_by_label("Uruguay", exact=True).is_visible()
    table = page.locator("table.compare")
    assert table.bounding_box()["y"] < PHONE_390["height"], "the results start below the first screen"
    first_row = page.locator("table.compare tbody tr").first
    article = first_row.locator("th").bounding_box()
    cells = first_row.locator("td")
    assert cells.count() == 3
    previous_bottom = article["y"] + article["height"] - 1
    for index, state in enumerate(["Argentina", "Brazil", "Chile"]):
        cell = cells.nth(index)
        box = cell.bounding_box()
        # Each state's provision under the article, one below the other, the full width of the screen.
        assert box["y"] >= previous_bottom, (state, box, previous_bottom)
        assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE_390["width"] and box["width"] > 300, (state, box)
        label = cell.evaluate("td => getComputedStyle(td, '::before').content")
        assert label == f'"{state}"', label
        previous_bottom = box["y"] + box["height"] - 1
    screenshot(page, "compare-phone")
    picker.locator("summary").click()
    assert page.get_by_label("Uruguay", exact=True).is_visible()


def test_the_directory_of_points_of_contact_on_a_phone_is_cards_with_tap_to_call_and_mail(accounts, pages):
    expert = accounts("expert-br@example.org")
    page = pages.open(storage_state=expert.storage_state, viewport=PHONE_390, is_mobile=True)
    page.goto("/en/contacts/")
    assert page.evaluate("document.scrollingElement.scrollWidth") <= PHONE_390["width"]
    card = page.locator("table.directory-table tbody tr").first
    box = card.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE_390["width"]
    assert card.evaluate("tr => getComputedStyle(tr).display") == "block"
    for scheme in ("mailto:", "tel:"):
        link = card.locator(f'a[href^="{scheme}"]').first
        assert link.is_visible(), scheme
        target = link.bounding_box()
        assert target["height"] >= 44 and target["x"] + target["width"] <= PHONE_390["width"], (scheme, target)
    assert "Email and phones" in card.locator(".poc-reach").evaluate(
        "td => getComputedStyle(td, '::before').content")


@pytest.mark.parametrize("path", ["/en/laws/matrix/", "/en/laws/compare/?countries=AR&countries=BR&countries=CL"
                                  "&countries=CO&countries=MX&countries=US", "/en/treaties/"])
def test_wide_tables_keep_their_header_row_and_first_column_in_view(pages, path):
    page = pages.open(viewport={"width": 900, "height": 600})
    page.goto(path)
    box = page.locator(".sticky-table, .matrix-scroll").first
    box.scroll_into_view_if_needed()
    before = box.evaluate("""el => {
      const head = el.querySelector('thead th:nth-child(2)'), first = el.querySelector('tbody th[scope=row]');
      return {scrollable: [el.scrollWidth > el.clientWidth, el.scrollHeight > el.clientHeight]};
    }""")
    assert before["scrollable"][1], f"{path}: the table does not scroll inside its own box"
    after = box.evaluate("""el => {
      el.scrollTop = el.scrollHeight; el.scrollLeft = el.scrollWidth;
      const frame = el.getBoundingClientRect();
      const head = el.querySelector('thead th:last-child').getBoundingClientRect();
      const rows = el.querySelectorAll('tbody th[scope=row]');
      const first = rows[rows.length - 1].getBoundingClientRect();
      return {headTop: head.top - frame.top, firstLeft: first.left - frame.left, scrolled: el.scrollTop > 0};
    }""")
    assert after["scrolled"]
    assert abs(after["headTop"]) <= 2, f"{path}: the header row scrolled away ({after})"
    if before["scrollable"][0]:
        assert abs(after["firstLeft"]) <= 2, f"{path}: the first column scrolled away ({after})"


def test_scrollable_tables_are_focusable_labelled_regions(portal_server, pages):
    page = pages.open(viewport=SMALL_PHONE, is_mobile=True)
    paths = public_pages(portal_server, "en") + [f"/en/{path}" for path in EXTRA_PAGES]
    problems = []
    for path in paths:
        page.goto(path)
        for wrapper in page.locator(".table-scroll").all():
            info = wrapper.evaluate("""el => ({tabindex: el.getAttribute('tabindex'), role: el.getAttribute('role'),
              name: el.getAttribute('aria-label') || (document.getElementById(el.getAttribute('aria-labelledby') || '')
                || {}).textContent || ''})""")
            if info["tabindex"] != "0" or info["role"] != "region" or not info["name"].strip():
                problems.append(f"{path}: {info}")
    assert not problems, "scrollable tables that a keyboard cannot reach or that have no name:\n" + "\n".join(problems)


def test_the_forgot_password_link_is_a_full_size_tap_target_and_the_passkey_button_has_its_form(pages):
    page = pages.open(viewport=PHONE_390, is_mobile=True)
    page.goto("/en/accounts/login/")
    link = page.get_by_role("link", name="Forgot your password?")
    box = link.bounding_box()
    assert box["height"] >= 24 and box["width"] >= 24, box
    passkey = page.get_by_role("button", name="Sign in with a passkey")
    form_id = passkey.get_attribute("form")
    assert page.locator(f"form#{form_id}").count() == 1, "the passkey button's form is not on the page"
    assert page.locator('script[data-allauth-onload="allauth.webauthn.forms.loginForm"]').count() == 1
    assert page.evaluate("typeof window.allauth") == "object", "allauth's passkey script did not load"


def test_on_a_laptop_the_treaty_table_is_full_width_below_the_map_and_dates_stay_on_one_line(pages):
    page = pages.open(viewport=LAPTOP)
    page.goto("/en/treaties/")
    map_box = page.locator(".treaty-map").first.bounding_box()
    table_box = page.locator("table.treaty-table").bounding_box()
    main_box = page.locator("main .wrap").bounding_box()
    assert table_box["y"] >= map_box["y"] + map_box["height"] - 1, "the table is beside the map"
    assert table_box["width"] >= main_box["width"] - 40, (table_box, main_box)
    # Lines of text in each date cell (signed, in force): the distinct tops of the text's boxes.
    lines = page.locator("table.treaty-table tbody td:nth-child(3), table.treaty-table tbody td:nth-child(5)"
                         ).evaluate_all("""cells => cells.filter(c => c.innerText.trim() !== '—').map(c => {
                           const range = document.createRange(); range.selectNodeContents(c);
                           const tops = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
                           return [c.innerText.trim(), tops.size];
                         })""")
    assert lines
    wrapped = [(text, count) for text, count in lines if count > 1]
    assert not wrapped, f"dates wrapped: {wrapped[:5]}"


@pytest.mark.parametrize("viewport", [SMALL_PHONE, LAPTOP])
def test_following_with_a_long_address_and_the_emailed_link_fit_a_small_phone(portal_server, pages, viewport):
    """The alerts' confirmation pages repeat the address given: a long one wraps instead of widening the page."""
    phone = viewport["width"] < 500
    page = pages.open(viewport=viewport, is_mobile=phone)
    address = f"cooperacion.internacional.{viewport['width']}@ministerio-de-justicia-y-derechos-humanos.example.org"
    page.goto("/en/alerts/?subject=country%3Aar")
    page.get_by_label("Email address").fill(address)
    page.get_by_role("button", name="Follow").click()
    page.get_by_role("status").wait_for()
    assert address in page.get_by_role("status").inner_text()
    assert page.evaluate("document.scrollingElement.scrollWidth") <= viewport["width"], "the sent page scrolls sideways"
    link = portal_server.last_link(address, r"http://127\.0\.0\.1:\d+/[a-z]{2}/alerts/confirm/[^\s/]+/")
    problems = _overflow_problems(page, [link.split(portal_server.base_url, 1)[1]], viewport["width"])
    assert address in page.locator("main").inner_text()
    assert not problems, "\n".join(problems)


def test_what_a_signed_in_expert_follows_lists_each_subject_with_its_stop_button_beside_it(accounts, pages):
    expert = accounts("expert-mx@example.org")
    page = pages.open(storage_state=expert.storage_state, viewport=PHONE_390, is_mobile=True)
    for subject in ("country%3Aar", "treaty%3Abudapest"):
        page.goto(f"/en/alerts/?subject={subject}")
        page.get_by_role("button", name="Follow").click()
        page.get_by_role("status").wait_for()
    page.goto("/en/alerts/")
    assert page.evaluate("document.scrollingElement.scrollWidth") <= PHONE_390["width"]
    items = page.locator(".alert-subscriptions li")
    assert items.count() >= 2
    for index in range(items.count()):
        item = items.nth(index)
        stop = item.get_by_role("button", name="Stop").bounding_box()
        line = item.bounding_box()
        # The button follows the subject's words on their line (not on a line of its own under them), and is a
        # comfortable tap target.
        assert stop["x"] > line["x"] + 40, (item.inner_text(), stop, line)
        assert stop["height"] >= 24 and stop["width"] >= 24


def test_the_signed_in_pages_added_for_alerts_directory_drafting_and_updates_fit_a_small_phone(
        portal_server, accounts, pages):
    """At 320 px: what an expert follows, the directory with its copy, vCard and "outdated?" links and that
    form, the drafting page with a draft of every measure and every step of each; the focal point's update
    request with every entry opened and the form retiring a point of contact; the secretariat's start page in
    the admin with what waits for it."""
    expert = pages.open(storage_state=accounts("expert-br@example.org").storage_state, viewport=SMALL_PHONE,
                        is_mobile=True)
    expert.goto("/en/contacts/?country=AR")
    flag = expert.locator("a[href$='/outdated/']").first.evaluate("a => a.pathname")
    steps = [step for measure in MEASURES for step in request_draft_steps(expert, "/en/", measure)]
    problems = _overflow_problems(expert, ["/en/alerts/", "/en/contacts/?country=AR", flag, "/en/requests/", *steps],
                                  SMALL_PHONE["width"])

    focal = accounts("focal-ar@example.org")
    portal_server.manage("send_update_requests", "--country", "AR")
    link = portal_server.last_link(focal.email, r"http://127\.0\.0\.1:\d+/[a-z]{2}/contacts/update-requests/[^\s/]+/")
    page = pages.open(storage_state=focal.storage_state, viewport=SMALL_PHONE, is_mobile=True)
    page.goto("/en/contacts/manage/ar/")
    retire = page.locator("a[href$='/retire/']").first.evaluate("a => a.pathname")
    update_request = "/en/" + link.split("/", 4)[4]
    problems += _overflow_problems(page, [retire, update_request], SMALL_PHONE["width"])
    folded = page.locator("details.confirm-entry:not([open]) > summary")
    while folded.count():
        folded.first.click()
    page.locator(".confirm-all button").wait_for()
    if page.evaluate("document.scrollingElement.scrollWidth") > SMALL_PHONE["width"]:
        problems.append(f"{update_request} with every entry opened scrolls sideways")

    secretariat = pages.open(storage_state=accounts("secretariat@example.org").storage_state, viewport=SMALL_PHONE,
                             is_mobile=True)
    problems += _overflow_problems(secretariat, ["/admin/"], SMALL_PHONE["width"])
    assert secretariat.locator("#waiting-module").is_visible()
    assert len(steps) >= 5 * len(MEASURES)
    assert not problems, "signed-in pages scroll sideways at 320 px:\n" + "\n".join(problems)

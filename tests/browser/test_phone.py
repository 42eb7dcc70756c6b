"""Phone width (375×812, a touch device honouring the viewport meta tag): no public page scrolls
sideways. Wide content (the coverage matrix, tables) may scroll inside its own `table-scroll`
container only."""

import pytest

from tests.browser.conftest import PHONE, public_pages, screenshot

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


@pytest.mark.parametrize("language", ["en", "es"])
def test_public_pages_fit_a_phone(portal_server, pages, language):
    page = pages.open(viewport=PHONE, is_mobile=True)
    problems = []
    for path in public_pages(portal_server, language):
        response = page.goto(path)
        assert response.status == 200, (path, response.status)
        result = page.evaluate(OVERFLOW, PHONE["width"])
        if result["page"] > result["width"]:
            problems.append(f"{path}: the page is {result['page']}px wide on a {result['width']}px screen; "
                            f"too wide: {', '.join(result['culprits']) or '?'}")
        if path == f"/{language}/" and language == "en":
            screenshot(page, "home-phone")
    assert not problems, "pages scroll sideways at phone width:\n" + "\n".join(problems)

"""axe-core (its full rule set) on every public page found through the navigation, the pages with
wide tables, and the main restricted pages, in the four languages: no violation of any impact.

axe runs in contexts that bypass the Content Security Policy (the policy rightly forbids the
injected script); every other browser test keeps the policy on."""

import pytest

from tests.browser.conftest import axe_violations, public_pages

pytestmark = pytest.mark.browser

LANGUAGES = ["en", "es", "pt", "fr"]
# Pages the navigation crawl does not reach by itself.
EXTRA_PAGES = ("countries/ar/", "report/mx/", "laws/matrix/", "laws/compare/?countries=AR&countries=BR&countries=CL",
               "accounts/password/reset/", "alerts/?subject=country%3Aar", "evidence/ar/")
MEASURES = ("preservation", "traffic-data", "subscriber-information", "stored-content", "real-time-traffic",
            "interception", "emergency-disclosure", "direct-provider-request")
WORKSPACE = "electronic-evidence"


def _check(page, paths: list[str], status: int = 200) -> list[str]:
    problems = []
    for path in paths:
        response = page.goto(path)
        if response is None or response.status != status:
            problems.append(f"{path} answered {response.status if response else 'nothing'}")
            continue
        problems.extend(axe_violations(page))
    return problems


@pytest.mark.parametrize("language", LANGUAGES)
def test_public_pages_have_no_accessibility_problem(portal_server, pages, language):
    paths = public_pages(portal_server, language) + [f"/{language}/{path}" for path in EXTRA_PAGES]
    page = pages.open(bypass_csp=True, allow=(r"status of 4\d\d",))
    problems = _check(page, paths)
    # A form with errors: the sign-in form with an unknown account.
    page.goto(f"/{language}/accounts/login/")
    page.locator("#id_login").fill("nobody@example.org")
    page.locator("#id_password").fill("not-the-password")
    page.locator("#id_password").press("Enter")
    page.locator(".errorlist, .form-errors, .field-errors").first.wait_for()
    problems += axe_violations(page)
    problems += _alerts_pages(portal_server, page, language)
    assert not problems, f"{len(problems)} problems on {len(paths)} pages:\n" + "\n".join(problems)


def _alerts_pages(portal_server, page, language: str) -> list[str]:
    """Following a subject as a visitor: the form with an error, the page saying a link was sent, the
    emailed confirmation link's page and what it says once confirmed, and a link that is not valid."""
    address = f"alerts-{language}@example.org"
    page.goto(f"/{language}/alerts/?subject=treaty%3Abudapest")
    page.locator("main form").last.evaluate("form => { form.noValidate = true; }")  # the server's own message
    page.locator("button[type=submit]").last.click()  # no address: the form says so
    page.locator(".errorlist, .form-errors, .field-errors").first.wait_for()
    problems = axe_violations(page)
    page.locator("input[type=email]").fill(address)
    page.locator("button[type=submit]").last.click()
    page.locator("[role=status]").wait_for()
    problems += axe_violations(page)
    link = portal_server.last_link(address, r"http://127\.0\.0\.1:\d+/[a-z]{2}/alerts/confirm/[^\s/]+/")
    problems += _check(page, [link.split(portal_server.base_url, 1)[1]])
    page.locator("main button[type=submit]").click()
    page.locator("[role=status]").wait_for()
    problems += axe_violations(page)
    problems += _check(page, [f"/{language}/alerts/confirm/not-a-valid-link/"], status=400)
    return problems


@pytest.mark.parametrize("language", LANGUAGES)
def test_error_page_has_no_accessibility_problem(portal_server, pages, language):
    page = pages.open(bypass_csp=True, allow=(r"status of 404",))
    problems = _check(page, [f"/{language}/no-such-page/"], status=404)
    assert not problems, "\n".join(problems)


def restricted_pages(page, language: str) -> list[str]:
    """The signed-in expert's main pages: account, restricted navigation entries (points of contact,
    workspaces), a workspace, one of its threads, its documents and members."""
    prefix = f"/{language}/"
    page.goto(prefix)
    paths = [f"{prefix}me/"]
    for href in page.locator("nav.main-nav li.restricted a").evaluate_all("links => links.map(a => a.pathname)"):
        if href not in paths:
            paths.append(href)
    workspace = f"{prefix}workspaces/{WORKSPACE}/"
    page.goto(workspace)
    thread = page.locator("table.ws-threads a").first.evaluate("a => a.pathname")
    # What the expert follows (the alerts page lists it with its Stop buttons), and a point of contact's
    # "outdated?" form.
    page.goto(f"{prefix}alerts/?subject=country%3Aar")
    page.locator("main form button[type=submit]").last.click()
    page.locator("[role=status]").wait_for()
    page.goto(f"{prefix}contacts/?country=AR")
    flag = page.locator("a[href$='/outdated/']").first.evaluate("a => a.pathname")
    # Every measure's request steps in English; one measure's in the other languages.
    measures = MEASURES if language == "en" else MEASURES[:1]
    drafts = [step for measure in measures for step in request_draft_steps(page, prefix, measure)]
    return [*paths, workspace, thread, f"{workspace}documents/", f"{workspace}members/", f"{workspace}practices/",
            f"{workspace}threads/new/", f"{prefix}accounts/2fa/", f"{prefix}accounts/email/",
            f"{prefix}contacts/?country=AR", flag, f"{prefix}alerts/", f"{prefix}requests/", *drafts]


def request_draft_steps(page, prefix: str, measure: str = "preservation") -> list[str]:
    """Starts a request for a measure from Brazil to Argentina and returns its steps' pages."""
    page.goto(f"{prefix}requests/")
    form = page.locator("form[action$='/requests/new/']")
    form.locator("select[name=requesting]").select_option("br")
    form.locator("select[name=requested]").select_option("ar")
    form.locator("select[name=measure]").select_option(measure)
    form.locator("button[type=submit], input[type=submit]").first.click()
    page.wait_for_url("**/requests/*/*/")
    first_step = page.evaluate("() => location.pathname")
    steps = page.locator("main a[href^='" + first_step.rsplit("/", 2)[0] + "/']").evaluate_all(
        "links => links.map(a => a.pathname)")
    return list(dict.fromkeys([first_step, *steps]))


def focal_point_pages(page, language: str) -> list[str]:
    """The focal point's own pages: keeping the country's units and contacts current, correcting a
    fiche, the questionnaires (and the country's answer forms, once the
    secretariat has sent one: the demo's questionnaire is not sent yet)."""
    prefix = f"/{language}/"
    paths = [f"{prefix}contacts/manage/", f"{prefix}contacts/manage/ar/",
             f"{prefix}evidence/ar/preservation/correct/", f"{prefix}questionnaires/"]
    page.goto(f"{prefix}questionnaires/")
    links = page.locator("main a[href*='/questionnaires/']").evaluate_all("links => links.map(a => a.pathname)")
    paths += [href for href in dict.fromkeys(links) if href not in paths][:3]
    return paths


@pytest.mark.parametrize("language", LANGUAGES)
def test_restricted_pages_have_no_accessibility_problem(accounts, pages, language):
    expert = accounts("expert-br@example.org")
    page = pages.open(bypass_csp=True, storage_state=expert.storage_state)
    paths = restricted_pages(page, language)
    problems = _check(page, paths)
    for path in paths:
        assert "/accounts/login/" not in path
    assert not problems, f"{len(problems)} problems on {len(paths)} pages:\n" + "\n".join(problems)


@pytest.fixture(scope="module")
def update_request_path(portal_server):
    """The address of an update request the secretariat sent Argentina's focal point (its email's link)."""
    portal_server.manage("send_update_requests", "--country", "AR")
    link = portal_server.last_link("focal-ar@example.org",
                                   r"http://127\.0\.0\.1:\d+/[a-z]{2}/contacts/update-requests/[^\s/]+/")
    return "/" + link.split(portal_server.base_url + "/", 1)[1].split("/", 1)[1]


@pytest.mark.parametrize("language", LANGUAGES)
def test_focal_point_pages_have_no_accessibility_problem(accounts, pages, update_request_path, language):
    focal = accounts("focal-ar@example.org")
    page = pages.open(bypass_csp=True, storage_state=focal.storage_state)
    paths = focal_point_pages(page, language)
    problems = _check(page, paths)
    # The update request: its entries folded, then every entry opened (the "tick all" button shows).
    problems += _check(page, [f"/{language}{update_request_path}"])
    folded = page.locator("details.confirm-entry:not([open]) > summary")
    while folded.count():
        folded.first.click()
    page.locator(".confirm-all button").wait_for()
    problems += axe_violations(page)
    assert not problems, f"{len(problems)} problems on {len(paths)} pages:\n" + "\n".join(problems)

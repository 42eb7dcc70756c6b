"""Browser journeys: Playwright driving Debian's Chromium against the portal served by gunicorn
(DEBUG off) on 127.0.0.1, on a database of its own loaded with the demo data.

Emails the server sends land in a folder (EMAIL_FILE_PATH) that the tests read.

Accessibility: axe-core (pinned in package.json, installed by `npm ci` into node_modules/) is injected
into pages opened in a context that bypasses the Content Security Policy; journeys keep the CSP on.
"""

import base64
import email
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.live_servers import database_url, free_port, production_env, recreate_database

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
]
SCREENSHOTS = ROOT / "docs" / "screenshots"
DEMO_PASSWORD = "demo-password-2026"
AXE_JS = ROOT / "node_modules" / "axe-core" / "axe.min.js"
# axe's full rule set (WCAG 2.x A/AA/AAA-enabled rules and its best practices), every impact fails.
AXE_FAILING_IMPACTS = ("minor", "moderate", "serious", "critical")
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 812}

pytestmark = pytest.mark.browser


class PortalServer:
    def __init__(self, base_url: str, mail_dir: Path, env: dict):
        self.base_url = base_url
        self.mail_dir = mail_dir
        self.env = env

    def url(self, path: str) -> str:
        return self.base_url + path

    def emails_to(self, address: str) -> list[email.message.Message]:
        """Emails sent to an address, oldest first."""
        found = []
        for path in sorted(self.mail_dir.glob("*.log"), key=lambda p: p.stat().st_mtime):
            for chunk in path.read_text().split("-" * 79):
                if not chunk.strip():
                    continue
                message = email.message_from_string(chunk.strip())
                if address in (message.get("To") or ""):
                    found.append(message)
        return found

    def last_link(self, address: str, pattern: str) -> str:
        for message in reversed(self.emails_to(address)):
            body = _body_text(message)
            match = re.search(pattern, body)
            if match:
                return match.group(0)
        sent = [(m.get("To"), m.get("Subject"), _body_text(m)[:300]) for m in self.emails_to(address)]
        raise AssertionError(f"no email to {address} with a link matching {pattern}; sent: {sent}")

    def manage(self, *args: str) -> str:
        return subprocess.run([sys.executable, "manage.py", *args], cwd=ROOT, env=self.env, check=True,
                              capture_output=True, text=True).stdout


def _body_text(message) -> str:
    if message.is_multipart():
        for part in message.walk():
            if part.get_content_type() == "text/plain":
                return part.get_payload(decode=True).decode()
    payload = message.get_payload(decode=True)
    if payload is None:
        payload = message.get_payload().encode()
    text = payload.decode(errors="replace")
    if message.get("Content-Transfer-Encoding", "").lower() == "base64":
        text = base64.b64decode(text).decode()
    return text


@pytest.fixture(scope="session")
def portal_server():
    worker = os.environ.get("PYTEST_XDIST_WORKER", "main")
    db_url = database_url(f"portal_browser_{worker}")
    recreate_database(db_url)
    workdir = Path(tempfile.mkdtemp(prefix="portal-browser-"))
    mail_dir = workdir / "mail"
    mail_dir.mkdir()
    env = production_env(db_url, workdir, MEDIA_ROOT=str(workdir / "media"), DEMO_PASSWORD=DEMO_PASSWORD)
    port = free_port()
    base_url = f"http://127.0.0.1:{port}"
    env["SITE_URL"] = base_url
    server = PortalServer(base_url, mail_dir, env)
    server.manage("compile_translations", "-v", "0")  # as `make install` does: pages in the current catalogues
    server.manage("migrate", "--noinput", "-v", "0")
    server.manage("collectstatic", "--noinput", "-v", "0")
    server.manage("seed_demo")
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-w", "2", "-b", f"127.0.0.1:{port}", "--timeout", "60", "portal.wsgi"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(base_url + "/healthz", timeout=2).close()  # noqa: S310 - loopback
            break
        except OSError:
            time.sleep(0.3)
    try:
        yield server
    finally:
        process.terminate()
        process.wait(15)
        shutil.rmtree(workdir, ignore_errors=True)


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"Chromium not found at {CHROMIUM}: `make test` installs Debian's chromium package")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class Pages:
    """Opens browser contexts for one test and closes them after it; every page's console errors
    (a CSP violation, a failed script) fail the test, except messages matching `allow`."""

    def __init__(self, browser, portal_server):
        self.browser = browser
        self.server = portal_server
        self.contexts = []
        self.errors = []

    def open(self, *, storage_state=None, viewport=None, bypass_csp=False, is_mobile=False,
             allow: tuple[str, ...] = (), accept_downloads=False, javascript=True):
        context = self.browser.new_context(
            base_url=self.server.base_url, viewport=viewport or DESKTOP, storage_state=storage_state,
            bypass_csp=bypass_csp, is_mobile=is_mobile, has_touch=is_mobile, accept_downloads=accept_downloads,
            java_script_enabled=javascript,
        )
        context.set_default_timeout(15_000)
        self.contexts.append(context)
        page = context.new_page()

        def on_console(message):
            if message.type == "error" and not any(re.search(pattern, message.text) for pattern in allow):
                self.errors.append(f"{page.url}: {message.text}")

        page.on("console", on_console)
        return page

    def close(self):
        for context in self.contexts:
            context.close()
        self.contexts.clear()


@pytest.fixture
def pages(browser, portal_server):
    """A factory of fresh browser pages (`pages.open(storage_state=..., bypass_csp=...)`)."""
    opened = Pages(browser, portal_server)
    yield opened
    opened.close()
    assert opened.errors == [], f"browser console errors: {opened.errors}"


@pytest.fixture
def page(pages):
    """A fresh browser context (no cookies); fails the test on any console error, such as a CSP violation."""
    return pages.open()


def totp_code(secret: str) -> str:
    from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value

    return format_hotp_value(hotp_value(secret, int(time.time()) // 30))


def next_totp_code(secret: str, used: set) -> str:
    """A code not used yet (allauth accepts each code once); waits for the next period if needed."""
    for _ in range(40):
        code = totp_code(secret)
        if code not in used:
            used.add(code)
            return code
        time.sleep(1)
    raise AssertionError("no fresh TOTP code")


def sign_in(page, email_address: str, password: str = DEMO_PASSWORD) -> None:
    page.goto("/en/accounts/login/")
    page.locator("#id_login").fill(email_address)
    page.locator("#id_password").fill(password)
    page.get_by_role("button", name="Sign In", exact=True).click()


def enrol_totp(page, password: str = DEMO_PASSWORD) -> tuple[str, set]:
    """Set up an authenticator app from the account pages; returns the secret and used codes."""
    page.goto("/en/accounts/2fa/totp/activate/")
    if "reauthenticate" in page.url:
        page.get_by_label("Password").fill(password)
        page.get_by_role("button", name="Confirm").click()
    secret = page.locator("#authenticator_secret").input_value()
    used: set = set()
    page.locator("#id_code").fill(next_totp_code(secret, used))
    page.get_by_role("button", name="Activate").click()
    return secret, used


def screenshot(page, name: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=False)


# Demo experts signed in once per session, TOTP enrolled; tests open contexts from their state.
class Account:
    def __init__(self, email_address: str, secret: str, used: set, storage_state: dict):
        self.email = email_address
        self.secret = secret
        self.used = used
        self.storage_state = storage_state

    def next_code(self) -> str:
        return next_totp_code(self.secret, self.used)


@pytest.fixture(scope="session")
def accounts(browser, portal_server):
    """`accounts("expert-br@example.org")`: that demo user signed in with TOTP enrolled (done once per
    session: TOTP can be enrolled only once per account)."""
    known: dict[str, Account] = {}

    def get(email_address: str) -> Account:
        if email_address not in known:
            context = browser.new_context(base_url=portal_server.base_url)
            context.set_default_timeout(15_000)
            page = context.new_page()
            sign_in(page, email_address)
            secret, used = enrol_totp(page)
            page.goto("/en/me/")
            assert "You have access to the restricted pages." in page.content(), page.content()[:3000]
            known[email_address] = Account(email_address, secret, used, context.storage_state())
            context.close()
        return known[email_address]

    return get


# Accessibility with axe-core.
def axe_violations(page, *, failing=AXE_FAILING_IMPACTS) -> list[str]:
    """Runs axe (its full default rule set, not only the WCAG A/AA tags) on the page as it is now; one
    readable line per failing element. The page's context must bypass the CSP (the policy forbids
    injected scripts)."""
    if not AXE_JS.exists():
        pytest.fail(f"{AXE_JS.relative_to(ROOT)} is missing: run `npm ci` (or `make browser-deps`)")
    if not page.evaluate("() => typeof window.axe !== 'undefined'"):
        page.add_script_tag(path=str(AXE_JS))
    result = page.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    lines = []
    for violation in result["violations"]:
        if violation["impact"] not in failing:
            continue
        for node in violation["nodes"]:
            target = " ".join(str(t) for t in node["target"])
            summary = " ".join(node.get("failureSummary", "").split())
            lines.append(f"{page.url} [{violation['impact']}] {violation['id']} ({violation['help']}) at {target}: "
                         f"{node['html'][:160]} -- {summary[:300]}")
    return lines


def assert_accessible(page) -> None:
    """Fails when axe finds any violation, of any impact, on the page."""
    violations = axe_violations(page)
    assert not violations, "axe found problems:\n" + "\n".join(violations)


# The public site, found by following the home page's navigation.
class _Links(HTMLParser):
    """Collects links inside given containers (by tag and class) of an HTML page."""

    def __init__(self, selectors: list[tuple[str, str | None]], skip_class: str | None = None):
        super().__init__()
        self.selectors = selectors
        self.skip_class = skip_class
        self.stack: list[tuple[str, bool, bool]] = []  # (tag, inside a container, inside a skipped item)
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        classes = (attrs.get("class") or "").split()
        inside = bool(self.stack and self.stack[-1][1])
        skipped = bool(self.stack and self.stack[-1][2])
        if any(tag == t and (c is None or c in classes) for t, c in self.selectors):
            inside = True
        if self.skip_class and self.skip_class in classes:
            skipped = True
        if tag == "a" and inside and not skipped and attrs.get("href"):
            self.links.append(attrs["href"])
        if tag not in VOID_TAGS:
            self.stack.append((tag, inside, skipped))

    def handle_endtag(self, tag):
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                break


VOID_TAGS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
NOT_PAGES = re.compile(r"(feed|\.xml|\.ics|\.csv|\.json|\.atom|/download/|/export/)", re.I)


def _get(url: str) -> tuple[int, str, str]:
    try:
        with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 - loopback test server
            return response.status, response.headers.get("Content-Type", ""), response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers.get("Content-Type", ""), ""


def links_in(html: str, selectors: list[tuple[str, str | None]], skip_class: str | None = None) -> list[str]:
    parser = _Links(selectors, skip_class)
    parser.feed(html)
    return parser.links


def public_pages(portal_server, language: str, *, details: bool = True) -> list[str]:
    """Paths of the public pages of one language: home, sign-in and sign-up, every page linked from
    the main navigation (restricted entries left out) and the footer, and, with `details`, the
    first page linked from each of those below its own address (a country, a law, an issue...).
    Only HTML pages that answer 200 to a visitor."""
    prefix = f"/{language}/"
    status, _, home = _get(portal_server.url(prefix))
    assert status == 200, f"{prefix} answered {status}"
    found = [prefix, f"{prefix}accounts/login/", f"{prefix}accounts/signup/"]
    nav = links_in(home, [("nav", "main-nav"), ("footer", None)], skip_class="restricted")
    sections = []
    for href in nav:
        path = urlsplit(href).path
        if path.startswith(prefix) and not NOT_PAGES.search(path) and path not in found:
            found.append(path)
            sections.append(path)
    assert len(sections) >= 1, f"no public page in the navigation of {prefix}: {nav}"
    if details:
        for section in sections:
            status, content_type, html = _get(portal_server.url(section))
            assert status == 200, f"{section} (linked from the navigation) answered {status}"
            for href in links_in(html, [("main", None)]):
                parts = urlsplit(href)
                if parts.netloc and parts.netloc != urlsplit(portal_server.base_url).netloc:
                    continue
                path = parts.path
                if (path.startswith(section) and path != section and not parts.query and not NOT_PAGES.search(path)
                        and path not in found):
                    status, content_type, _ = _get(portal_server.url(path))
                    if status == 200 and content_type.startswith("text/html"):
                        found.append(path)
                        break
    return found

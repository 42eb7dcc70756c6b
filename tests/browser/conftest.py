"""Browser journeys: Playwright driving Debian's Chromium against the portal served by gunicorn
(DEBUG off) on 127.0.0.1, on a database of its own loaded with the demo data.

Emails the server sends land in a folder (EMAIL_FILE_PATH) that the tests read.
"""

import base64
import email
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
]
SCREENSHOTS = ROOT / "docs" / "screenshots"
DEMO_PASSWORD = "demo-password-2026"

pytestmark = pytest.mark.browser


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _database_url(name: str) -> str:
    configured = os.environ.get("DATABASE_URL")
    if configured:
        parts = urlsplit(configured)
        return urlunsplit((parts.scheme, parts.netloc, f"/{name}", parts.query, parts.fragment))
    sys.path.insert(0, str(ROOT))
    from portal import embedded_db

    return embedded_db.database_url(name)


def _recreate_database(url: str) -> None:
    import dj_database_url
    import psycopg2
    from psycopg2 import sql

    config = dj_database_url.parse(url)
    conn = psycopg2.connect(dbname="postgres", user=config["USER"], password=config["PASSWORD"] or None,
                            host=config["HOST"], port=config["PORT"])
    conn.autocommit = True
    with conn.cursor() as cursor:
        cursor.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(config["NAME"])))
        cursor.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(config["NAME"])))
    conn.close()


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
    database_url = _database_url(f"portal_browser_{worker}")
    _recreate_database(database_url)
    workdir = Path(tempfile.mkdtemp(prefix="portal-browser-"))
    mail_dir = workdir / "mail"
    mail_dir.mkdir()
    env = {
        **os.environ,
        "DATABASE_URL": database_url,
        "DEBUG": "false",
        "SECRET_KEY": "browser-tests-" + "b" * 60,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "false",
        "SECURE_COOKIES": "false",
        "SECURE_HSTS_SECONDS": "0",
        "EMAIL_FILE_PATH": str(mail_dir),
        "STATIC_ROOT": str(workdir / "static"),
        "CACHE_DIR": str(workdir / "cache"),
        "PRIVATE_STORAGE_ROOT": str(workdir / "private"),
        "MEDIA_ROOT": str(workdir / "media"),
        "DEMO_PASSWORD": DEMO_PASSWORD,
        "LOG_LEVEL": "WARNING",
    }
    env.pop("REDIS_URL", None)
    port = _free_port()
    base_url = f"http://127.0.0.1:{port}"
    env["SITE_URL"] = base_url
    server = PortalServer(base_url, mail_dir, env)
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


@pytest.fixture
def page(browser, portal_server):
    """A fresh browser context (no cookies); fails the test on any console error, such as a CSP violation."""
    context = browser.new_context(base_url=portal_server.base_url, viewport={"width": 1280, "height": 900})
    context.set_default_timeout(15_000)
    page = context.new_page()
    errors = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    yield page
    context.close()
    assert errors == [], f"browser console errors: {errors}"


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

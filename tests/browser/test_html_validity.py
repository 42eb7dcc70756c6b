"""The Nu Html Checker (vnu-jar from npm, run with Java) over the HTML the portal serves: every public
page found through the navigation, the account pages of a visitor (sign-in, sign-up, password reset)
and of a signed-in expert (account, email, password, two-factor, sessions, points of contact,
workspaces), in the four languages. One Java start checks every page; any error fails."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.browser.conftest import ROOT, public_pages

pytestmark = pytest.mark.browser

VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
LANGUAGES = ("en", "es", "pt", "fr")
EXTRA_PUBLIC = ("accounts/password/reset/", "countries/ar/", "report/", "report/mx/", "laws/matrix/",
                "laws/compare/?countries=AR&countries=BR&countries=CL", "laws/provisions/?country=AR&article=2",
                "search/?q=fraud", "no-such-page/")
SIGNED_IN = ("me/", "accounts/email/", "accounts/password/change/", "accounts/2fa/", "accounts/sessions/",
             "contacts/", "workspaces/")


def test_every_page_is_valid_html(portal_server, browser, accounts, tmp_path):
    java = shutil.which("java")
    if not java:
        pytest.fail("java is missing: `make browser-deps` installs Debian's default-jre-headless")
    if not VNU_JAR.exists():
        pytest.fail(f"{VNU_JAR.relative_to(ROOT)} is missing: run `npm ci` (or `make browser-deps`)")
    expert = accounts("expert-br@example.org")
    visitor = browser.new_context(base_url=portal_server.base_url)
    signed_in = browser.new_context(base_url=portal_server.base_url, storage_state=expert.storage_state)
    saved: dict[str, str] = {}
    try:
        for language in LANGUAGES:
            paths = public_pages(portal_server, language) + [f"/{language}/{path}" for path in EXTRA_PUBLIC]
            for context, group in ((visitor, paths), (signed_in, [f"/{language}/{path}" for path in SIGNED_IN])):
                for path in group:
                    response = context.request.get(path)
                    assert response.status in (200, 404), f"{path} answered {response.status}"
                    if not response.headers.get("content-type", "").startswith("text/html"):
                        continue
                    name = f"page{len(saved):03d}.html"
                    (tmp_path / name).write_bytes(response.body())
                    saved[name] = path
    finally:
        visitor.close()
        signed_in.close()
    assert len(saved) > 4 * 25, f"only {len(saved)} pages fetched"
    result = subprocess.run([java, "-Xss8m", "-jar", str(VNU_JAR), "--format", "json", "--exit-zero-always",
                             str(tmp_path)], capture_output=True, text=True, timeout=600)
    report = json.loads(result.stderr or result.stdout)
    errors = []
    for message in report["messages"]:
        if message.get("type") != "error" and message.get("subType") != "fatal":
            continue
        page = saved.get(Path(message.get("url", "")).name, message.get("url"))
        errors.append(f"{page}:{message.get('lastLine', '?')}: {message.get('message')} "
                      f"[{(message.get('extract') or '').strip()[:120]}]")
    assert not errors, f"the Nu Html Checker found {len(errors)} errors:\n" + "\n".join(errors[:60])

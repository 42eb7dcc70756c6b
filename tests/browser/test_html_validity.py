"""The Nu Html Checker (vnu-jar from npm, run with Java) over the HTML the portal serves: every public
page found through the navigation, the account pages of a visitor (sign-in, sign-up, password reset)
and of a signed-in expert (account, email, password, two-factor, sessions, points of contact,
workspaces, alerts), the alerts' confirmation pages, a focal point's update request and the request steps of
every measure, in the four languages. One Java start checks every page; any error fails."""

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.browser.conftest import ROOT, public_pages
from tests.browser.test_accessibility import MEASURES, request_draft_steps

pytestmark = pytest.mark.browser

VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
LANGUAGES = ("en", "es", "pt", "fr")
EXTRA_PUBLIC = ("accounts/password/reset/", "countries/ar/", "report/", "report/mx/", "laws/matrix/",
                "laws/compare/?countries=AR&countries=BR&countries=CL", "laws/provisions/?country=AR&article=2",
                "search/?q=fraud", "no-such-page/", "alerts/?subject=country%3Aar", "evidence/ar/",
                "alerts/confirm/not-a-valid-link/")
SIGNED_IN = ("me/", "accounts/email/", "accounts/password/change/", "accounts/2fa/", "accounts/sessions/",
             "contacts/", "workspaces/", "alerts/")


def test_every_page_is_valid_html(portal_server, browser, accounts, tmp_path):
    java = shutil.which("java")
    if not java:
        pytest.fail("java is missing: `make browser-deps` installs Debian's default-jre-headless")
    if not VNU_JAR.exists():
        pytest.fail(f"{VNU_JAR.relative_to(ROOT)} is missing: run `npm ci` (or `make browser-deps`)")
    expert = accounts("expert-br@example.org")
    focal = accounts("focal-ar@example.org")
    visitor = browser.new_context(base_url=portal_server.base_url)
    signed_in = browser.new_context(base_url=portal_server.base_url, storage_state=expert.storage_state)
    focal_point = browser.new_context(base_url=portal_server.base_url, storage_state=focal.storage_state)
    saved: dict[str, str] = {}

    def save(path: str, response) -> None:
        if response.headers.get("content-type", "").startswith("text/html"):
            name = f"page{len(saved):03d}.html"
            (tmp_path / name).write_bytes(response.body())
            saved[name] = path

    portal_server.manage("send_update_requests", "--country", "AR")
    update_request = portal_server.last_link(
        focal.email, r"http://127\.0\.0\.1:\d+/[a-z]{2}/contacts/update-requests/[^\s/]+/").split("/", 4)[4]
    try:
        # Every measure's request steps (the expert starts a draft of each from the drafting page).
        drafting = signed_in.new_page()
        drafts = [step for measure in MEASURES for step in request_draft_steps(drafting, "/en/", measure)]
        drafting.close()
        for path in drafts:
            save(path, signed_in.request.get(path))
        for language in LANGUAGES:
            paths = public_pages(portal_server, language) + [f"/{language}/{path}" for path in EXTRA_PUBLIC]
            for context, group in ((visitor, paths), (signed_in, [f"/{language}/{path}" for path in SIGNED_IN]),
                                   (focal_point, [f"/{language}/{update_request}"])):
                for path in group:
                    response = context.request.get(path)
                    expected = (400,) if "/alerts/confirm/" in path else (200, 404)
                    assert response.status in expected, f"{path} answered {response.status}"
                    save(path, response)
            # Following a subject: the page saying a link was sent, and the emailed link's page.
            address = f"valid-{language}@example.org"
            form = visitor.request.get(f"/{language}/alerts/?subject=country%3Aar").text()
            token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1)
            response = visitor.request.post(f"/{language}/alerts/", form={
                "csrfmiddlewaretoken": token, "subject": "country:ar", "email": address})
            assert response.status == 200, response.status
            save(f"/{language}/alerts/ (sent)", response)
            link = portal_server.last_link(address, r"http://127\.0\.0\.1:\d+/[a-z]{2}/alerts/confirm/[^\s/]+/")
            save(link, visitor.request.get(link))
    finally:
        visitor.close()
        signed_in.close()
        focal_point.close()
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

"""A member posts a Markdown reply and uploads a PDF in a demo workspace; another member of the
same workspace downloads it (same bytes); an outsider, an approved expert with MFA who belongs
to no workspace, gets the 404 page at every one of those addresses."""

import re

import pytest

from tests.browser.conftest import screenshot

pytestmark = pytest.mark.browser

WORKSPACE = "/en/workspaces/electronic-evidence/"
NOT_FOUND = (r"status of 404",)  # Chromium logs every 404 response; expected for the outsider


def small_pdf(text: str) -> bytes:
    """A valid one-page PDF (correct cross-reference table) showing one line of text."""
    stream = f"BT /F1 18 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        out += b"%010d 00000 n \n" % offset
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def test_members_share_a_document_and_outsiders_get_404(accounts, pages):
    member = accounts("expert-br@example.org")  # moderator of the workspace
    colleague = accounts("expert-cl@example.org")  # member of the same workspace
    outsider = accounts("expert-mx@example.org")  # approved expert, member of no workspace
    pdf = small_pdf("Preservation request checklist - browser test")

    # The member opens the workspace and a thread, and replies in Markdown.
    page = pages.open(storage_state=member.storage_state)
    page.goto("/en/workspaces/")
    # (in the page's list: the main navigation also has an "Electronic evidence" section)
    page.locator("main").get_by_role("link", name=re.compile("Electronic evidence")).first.click()
    assert page.url.endswith(WORKSPACE), page.url
    screenshot(page, "workspace")
    page.get_by_role("link", name="Response times for preservation requests", exact=True).click()
    thread_url = page.url
    assert re.search(r"/threads/\d+/$", thread_url), thread_url
    page.get_by_label("Message").fill("We answer in **48 hours** with the [template](#post-1):\n\n- name\n- account")
    page.get_by_role("button", name="Post the reply").click()
    reply = page.locator(".ws-post").last
    reply.get_by_text("48 hours").wait_for()
    assert reply.locator("strong").inner_text() == "48 hours"
    assert reply.locator("ul li").all_inner_texts() == ["name", "account"]
    assert "**" not in reply.inner_text()

    # ... and uploads a PDF.
    page.goto(WORKSPACE + "documents/")
    page.get_by_label("File").set_input_files(
        {"name": "checklist-browser.pdf", "mimeType": "application/pdf", "buffer": pdf})
    page.get_by_label("Title").fill("Preservation checklist (browser test)")
    page.get_by_label("Description").fill("Uploaded by the browser journey.")
    page.get_by_role("button", name="Upload").click()
    page.goto(WORKSPACE + "documents/")
    link = page.get_by_role("link", name="Download checklist-browser.pdf")
    download_path = link.get_attribute("href")
    assert re.search(r"/documents/\d+/download/$", download_path), download_path

    # Another member of the workspace sees the reply and downloads the same bytes.
    other = pages.open(storage_state=colleague.storage_state, accept_downloads=True)
    other.goto(thread_url)
    assert other.locator(".ws-post").last.locator("strong").inner_text() == "48 hours"
    other.goto(WORKSPACE + "documents/")
    with other.expect_download() as info:
        other.get_by_role("link", name="Download checklist-browser.pdf").click()
    download = info.value
    assert download.suggested_filename == "checklist-browser.pdf"
    with open(download.path(), "rb") as downloaded:
        assert downloaded.read() == pdf

    # The outsider gets the 404 page at the same addresses, and no trace of the workspace.
    stranger = pages.open(storage_state=outsider.storage_state, allow=NOT_FOUND)
    stranger.goto("/en/me/")
    assert "You have access to the restricted pages." in stranger.content()
    for path in (WORKSPACE, thread_url, WORKSPACE + "documents/", download_path):
        response = stranger.goto(path)
        assert response.status == 404, (path, response.status)
        assert stranger.get_by_role("heading", name="Page not found").is_visible(), path
        # The whole page but the main navigation (which has the public "Electronic evidence" section).
        nav = stranger.locator("nav.main-nav").evaluate("nav => nav.outerHTML")
        content = stranger.content().replace(nav, "")
        assert "Electronic evidence" not in content and "checklist" not in content, path
    # Open workspaces are offered to any approved expert to join; invitation-only ones never appear.
    stranger.goto("/en/workspaces/")
    assert "Ransomware investigations taskforce" not in stranger.content()

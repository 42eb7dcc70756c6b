"""An expert drafts a preservation request from the channel finder with JavaScript off: each step names
what is missing, the draft is saved and resumed from the list, the DOCX and the PDF are downloaded and
read back (python-docx, pdftotext), and the draft is deleted. Another expert gets 404 at its address."""

import io
import re
import subprocess

import pytest
from docx import Document
from playwright.sync_api import expect

from tests.browser.conftest import assert_accessible, axe_violations, screenshot

pytestmark = pytest.mark.browser

# Chromium logs the 400 of a step that does not validate yet and the outsider's 404.
EXPECTED_STATUSES = (r"status of 400", r"status of 404")
FACTS = "Phishing site collecting bank credentials; the collector account received the victims' data."


def test_an_expert_drafts_saves_resumes_downloads_and_deletes_a_preservation_request(accounts, pages, tmp_path):
    expert = accounts("expert-br@example.org")
    page = pages.open(storage_state=expert.storage_state, accept_downloads=True, javascript=False,
                      allow=EXPECTED_STATUSES)

    # From the channel finder's answer to a draft pre-filled from the directory.
    page.goto("/en/channels/?from=br&to=ar&measure=preservation")
    page.get_by_role("link", name="Draft the request (experts)").click()
    assert page.get_by_label("Measure").input_value() == "preservation"
    assert page.get_by_label("Requested state (where the data is)").input_value() == "ar"
    page.get_by_role("button", name="Start the draft").click()
    assert re.search(r"/en/requests/[0-9a-f-]{36}/parties/$", page.url), page.url
    draft_url = page.url.removesuffix("parties/")
    assert "24/7 duty desk, AR (sample)" in page.get_by_label("The requested state's 24/7 point").input_value()
    assert "24/7 duty desk, BR (sample)" in page.get_by_label("Your state's 24/7 point").input_value()
    assert page.locator("#id_requested_authority").input_value()  # the competent authority from AR's fiche
    page.get_by_label("Language of the request").select_option("es")
    page.get_by_role("button", name="Save and continue").click()

    # The case: nothing typed yet, so the step names what is missing and stays.
    assert page.url.endswith("/case/")
    page.get_by_role("button", name="Save and continue").click()
    body = page.locator("main").inner_text()
    assert "Name the offences: describe them, or choose the national provisions." in body
    assert "A preservation request says why the data must be preserved" in body
    page.get_by_label("Case reference").fill("BR-BROWSER-0042")
    page.get_by_label(re.compile(r"^Offences")).fill("Electronic fraud")
    # Brazil's provisions from the law database, each with the Convention articles it implements.
    page.get_by_label("Lei nº 12.737/2012, Art. 154-A Invasão de dispositivo informático (Budapest art. 2").check()
    page.get_by_label("Summary of the facts").fill(FACTS)
    page.get_by_label("Why it is urgent (or why the data must be preserved)").fill("Logs are kept for 30 days only.")
    page.get_by_role("button", name="Save and continue").click()

    # The data: an IP address without its time zone is named, then corrected.
    assert page.url.endswith("/data/")
    page.get_by_label("IP addresses, each with its timestamp and time zone").fill("203.0.113.7 2026-03-01T14:05:00")
    page.get_by_label("Service provider").fill("Example Hosting SA")
    page.get_by_label("Where the provider is established").fill("Buenos Aires")
    page.get_by_label("Traffic data").check()
    page.get_by_role("button", name="Save and continue").click()
    body = page.locator("main").inner_text()
    assert "The IP address 203.0.113.7 needs a timestamp and a time zone" in body
    assert "A preservation request states the period of the data to preserve" in body
    page.get_by_label("IP addresses, each with its timestamp and time zone").fill(
        "203.0.113.7 2026-03-01T14:05:00 America/Sao_Paulo")
    page.get_by_label("Period: from").fill("2026-02-01")
    page.get_by_label("Period: to").fill("2026-03-15")
    page.get_by_role("button", name="Save", exact=True).click()  # save without moving on
    assert page.url.endswith("/data/")
    assert "Draft saved." in page.locator("body").inner_text()

    # Leave, come back from the list of drafts: the draft is there, and resumes where it was.
    page.goto("/en/requests/")
    row = page.locator("tr", has_text="BR-BROWSER-0042")
    row.get_by_role("link").click()
    assert page.url == draft_url
    assert "Not yet. A document is generated only from a complete draft." in page.locator("main").inner_text()
    page.goto(draft_url + "basis/")
    page.locator("input[name=legal_basis]").first.check()
    page.get_by_label("Dual criminality statement").fill("Fraud is an offence under Argentina's Criminal Code.")
    page.get_by_label("Who signs: name and position").fill("Ana Souza, Federal Prosecutor")
    page.get_by_role("button", name="Save and review").click()
    assert page.url == draft_url
    main = page.locator("main").inner_text()
    assert "Yes. Download the request, check it, sign it and send it." in main
    assert "How to send it" in main and "Checklist before sending" in main
    screenshot(page, "request-review")

    # Download both documents and read them back.
    with page.expect_download() as info:
        page.get_by_role("link", name="Download the request (DOCX, editable)").click()
    docx_path = tmp_path / info.value.suggested_filename
    info.value.save_as(docx_path)
    assert docx_path.name == "request-preservation-ar-es.docx"
    document = Document(io.BytesIO(docx_path.read_bytes()))
    text = "\n".join(paragraph.text for paragraph in document.paragraphs)
    assert "Solicitud de conservación rápida de datos informáticos almacenados" in text
    assert "BR-BROWSER-0042" in text and FACTS in text
    assert "203.0.113.7, el 2026-03-01 14:05:00 (America/Sao_Paulo)" in text
    assert "Punto de contacto 24/7 del Estado requerido: 24/7 duty desk, AR (sample)" in text
    assert "Art. 154-A: Invasão de dispositivo informático (Convenio de Budapest" in text

    with page.expect_download() as info:
        page.get_by_role("link", name="Download the request (PDF)").click()
    pdf_path = tmp_path / info.value.suggested_filename
    info.value.save_as(pdf_path)
    pdf_text = subprocess.run(["pdftotext", str(pdf_path), "-"], capture_output=True, text=True, check=True).stdout
    flat = " ".join(pdf_text.split())
    assert "Solicitud de conservación rápida" in flat and "BR-BROWSER-0042" in flat
    assert "America/Sao_Paulo" in flat and "Fundamento jurídico" in flat

    # Another approved expert gets the 404 page at the draft's address.
    outsider = pages.open(storage_state=accounts("expert-mx@example.org").storage_state, allow=EXPECTED_STATUSES)
    response = outsider.goto(draft_url)
    assert response.status == 404
    assert "BR-BROWSER-0042" not in outsider.content()

    # Delete it: gone from the list, 404 at its address.
    page.get_by_role("link", name="Delete this draft").click()
    page.get_by_role("button", name="Delete").click()
    assert page.url.endswith("/en/requests/")
    assert "Draft deleted." in page.locator("body").inner_text()
    assert "BR-BROWSER-0042" not in page.locator("main").inner_text()
    assert page.goto(draft_url).status == 404


@pytest.mark.parametrize("language", ["en", "fr"])
def test_the_drafting_pages_have_no_accessibility_problem(accounts, pages, language):
    """axe on the list, each step (the case step with its messages) and the review page."""
    page = pages.open(bypass_csp=True, storage_state=accounts("expert-br@example.org").storage_state,
                      allow=EXPECTED_STATUSES)
    page.goto(f"/{language}/requests/?from=br&to=ar&measure=interception")
    assert_accessible(page)
    page.locator("form[action$='/requests/new/'] button[type=submit]").click()
    draft_url = page.url.removesuffix("parties/")
    problems = []
    for step in ("parties", "case", "data", "basis", ""):
        page.goto(draft_url + step)
        problems += [f"{step or 'review'}: {line}" for line in axe_violations(page)]
    page.goto(draft_url + "case/")
    page.locator("form[method=post] button[type=submit]").first.click()  # nothing typed: the messages
    expect(page.locator(".field-errors").nth(1)).to_be_visible()  # at least two, once the page has loaded
    problems += [f"case with errors: {line}" for line in axe_violations(page)]
    # With JavaScript, a filter narrows the list of national provisions (the checked ones stay).
    checkboxes = page.locator("input[name=provisions]")
    assert checkboxes.count() > 3
    page.locator("#id_provisions_filter").fill("12.737 154-A")
    visible = [label for label in page.locator("#id_provisions label").all() if label.is_visible()]
    assert len(visible) == 2 and all("154-A" in label.inner_text() for label in visible), visible
    problems += [f"case, filtered: {line}" for line in axe_violations(page)]
    page.locator("#id_provisions_filter").fill("")
    assert page.locator("#id_provisions label").first.is_visible()
    page.goto(draft_url + "delete/")
    page.locator("main form button[type=submit]").click()
    assert not problems, "axe found problems:\n" + "\n".join(problems)

"""Paper: the pages officials print (country profile, law page, comparison, coverage matrix, treaty
page, guidance) printed by headless Chromium on A4 and Letter, as a person printing from the browser
would (backgrounds off), and read back with pdftotext (Debian's poppler-utils). Every column of a
wide table is on the paper, the header row is repeated on each page, navigation and forms are left
out, the page's address is printed, and the files stay small."""

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.browser.conftest import SCREENSHOTS

FORMATS = ("A4", "Letter")
# Every test prints on both paper sizes.
pytestmark = [pytest.mark.browser, pytest.mark.parametrize("fmt", FORMATS)]
MAX_BYTES = 2_000_000
# Navigation, and the "follow" links (alerts by email, Atom feed) of the profile, treaty and guidance pages.
SCREEN_ONLY = ("Skip to main content", "Expert sign-in", "Open data API", "Site map", "Español", "email alerts",
               "Atom feed")


def _tools():
    for tool in ("pdftotext", "pdfinfo"):
        if not shutil.which(tool):
            pytest.fail(f"{tool} is missing: `make browser-deps` installs Debian's poppler-utils")


def _print(page, fmt: str, tmp_path: Path) -> tuple[Path, str, list[str], list[tuple[float, float]]]:
    """The PDF, its text, the laid-out text of each page and the size of each page (points)."""
    _tools()
    name = re.sub(r"[^a-z0-9]+", "-", page.url.split("//", 1)[1].lower()).strip("-")
    pdf = tmp_path / f"{name}-{fmt}.pdf"
    page.emulate_media(media="print")
    page.pdf(path=str(pdf), format=fmt)
    # The text in reading order (each table cell whole), and each page laid out as printed (rows on lines).
    text = subprocess.run(["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    layout = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, text=True,
                            check=True).stdout
    sheets = layout.split("\f")
    if sheets and not sheets[-1].strip():
        sheets.pop()
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "999", str(pdf)], capture_output=True, text=True,
                          check=True).stdout
    sizes = [(float(w), float(h)) for w, h in re.findall(r"Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)", info)]
    return pdf, text, sheets, sizes


def _flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _common_checks(page, pdf: Path, text: str) -> None:
    assert pdf.stat().st_size < MAX_BYTES, f"{page.url}: the PDF is {pdf.stat().st_size} bytes"
    heading = page.locator("h1").inner_text()
    assert _flat(heading) in _flat(text), f"{page.url}: the heading {heading!r} is not on paper"
    for words in SCREEN_ONLY:
        assert words not in text, f"{page.url}: {words!r} (navigation) is printed"
    assert _flat(page.url) in _flat(text), f"{page.url}: the page's address is not printed"
    assert "Printed from" in text


def _first_link(page, listing: str, pattern: str) -> str:
    page.goto(listing)
    hrefs = page.locator("main a").evaluate_all("links => links.map(a => a.getAttribute('href'))")
    return next(h for h in hrefs if h and re.fullmatch(pattern, h))


def test_a_printed_comparison_of_three_states_has_every_state_column_on_landscape_pages(page, tmp_path, fmt):
    page.goto("/en/laws/compare/?countries=AR&countries=BR&countries=CL")
    # The provisions shown in each state's column (the law number and provision number of each).
    columns = page.evaluate("""() => {
      const table = document.querySelector('table.compare');
      const heads = [...table.querySelectorAll('thead th')].slice(1).map(th => th.innerText.trim());
      return heads.map((name, i) => ({name, cites: [...table.querySelectorAll(
        `tbody tr > td:nth-of-type(${i + 1}) .compare-provision .meta a`)].map(a => a.innerText.trim())}));
    }""")
    assert [c["name"] for c in columns] == ["Argentina", "Brazil", "Chile"]
    pdf, text, sheets, sizes = _print(page, fmt, tmp_path)
    _common_checks(page, pdf, text)
    flat = _flat(text)
    for column in columns:
        assert column["cites"], column
        missing = [cite for cite in column["cites"] if _flat(cite) not in flat]
        assert not missing, f"{fmt}: {column['name']}'s provisions are cut off the paper: {missing[:5]}"
    assert "States (2 to" not in text and "All aspects" not in text, "the picker form is printed"
    assert all(w > h for w, h in sizes), f"{fmt}: the comparison is not printed in landscape: {sizes}"
    # Every page the table runs over (up to the last one with a provision of it; the notes on how coverage
    # is counted may follow the table on a page of their own) repeats the header row.
    cites = [_flat(cite) for column in columns for cite in column["cites"]]
    last = max(number for number, sheet in enumerate(sheets, start=1) if any(c in _flat(sheet) for c in cites))
    for number, sheet in enumerate(sheets[:last], start=1):
        assert re.search(r"Article\s+Argentina\s+Brazil\s+Chile", sheet), f"{fmt}: page {number} has no header row"


def test_a_printed_coverage_matrix_has_every_article_and_every_state_on_small_landscape_pages(page, tmp_path, fmt):
    page.goto("/en/laws/matrix/")
    articles = page.locator("table.matrix thead th.article-head abbr").all_inner_texts()
    totals = page.locator("table.matrix tbody td.total").all_inner_texts()
    assert len(articles) >= 30 and len(totals) == 35
    pdf, text, sheets, sizes = _print(page, fmt, tmp_path)
    _common_checks(page, pdf, text)
    header = r"State\s+" + r"\s+".join(re.escape(a) for a in articles) + r"\s+Articles\s+covered"
    table_sheets = [sheet for sheet in sheets if "/" + str(len(articles)) in sheet]
    assert table_sheets, f"{fmt}: no row of the matrix on paper"
    for sheet in table_sheets:
        assert re.search(header, sheet), f"{fmt}: a page of the matrix lacks the full header row of articles"
    # Each state's total: "n/N" for a state with laws entered (a party's "+k ◆" may follow), else "No data yet".
    covered = re.compile(r"\b\d+/" + str(len(articles)) + r"\b")
    expected = [m.group() for total in totals if (m := covered.match(total.strip()))]
    no_data = [total for total in totals if not covered.match(total.strip())]
    assert all("No data yet" in total for total in no_data), no_data
    printed_totals = covered.findall(text)
    assert printed_totals == expected, f"{fmt}: the last column (articles covered) is not printed for every state"
    assert text.count("No data yet") >= len(no_data), f"{fmt}: a state without data has no total on paper"
    assert "Sub-region" not in text and "Filter the matrix" not in text, "the filter form is printed"
    assert all(w > h for w, h in sizes), f"{fmt}: the matrix is not printed in landscape: {sizes}"


def test_a_printed_country_profile_marks_covered_articles_and_gaps_with_symbols(page, tmp_path, fmt):
    page.goto("/en/countries/ar/")
    covered = page.locator(".coverage-strip li.covered").count()
    gaps = page.locator(".coverage-strip li.gap").count()
    assert covered and gaps
    pdf, text, _, sizes = _print(page, fmt, tmp_path)
    _common_checks(page, pdf, text)
    # Without backgrounds, each square still says whether the article is covered.
    assert text.count("\u2713") == covered + 1 and text.count("\u2717") == gaps + 1, (covered, gaps, text[:2000])
    assert "Ley 26.388" in text and "Budapest Convention (ETS 185)" in text
    assert all(h > w for w, h in sizes), f"{fmt}: the profile is printed in portrait"
    if fmt == "A4" and shutil.which("pdftoppm"):  # the README's picture of a printed profile
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", "-singlefile", str(pdf),
                        str(SCREENSHOTS / "profile-print")], check=True)


def test_a_printed_treaty_page_lists_every_state_under_the_map(page, tmp_path, fmt):
    page.goto("/en/treaties/")
    states = page.locator("table.treaty-table tbody th").all_inner_texts()
    assert len(states) == 35
    # The notes shared by several states, listed once under the table and referred to from its cells.
    notes = page.locator(".treaty-footnotes li").all_inner_texts()
    references = page.locator("table.treaty-table a[href^='#treaty-note-']").count()
    assert len(notes) >= 5 and references >= len(notes)
    pdf, text, sheets, _ = _print(page, fmt, tmp_path)
    _common_checks(page, pdf, text)
    flat = _flat(text)
    assert all(_flat(state) in flat for state in states), [s for s in states if _flat(s) not in flat]
    assert "In force" in text and "Reservations" in text
    missing = [note for note in notes if _flat(note) not in flat]
    assert not missing, f"{fmt}: notes cut off the paper: {missing[:3]}"
    # The notes follow the table: the first note starts on the sheet of the table's last row or after it, and
    # the last note is on the last sheet, before the page's address.
    last_row = max(n for n, sheet in enumerate(sheets) if _flat(states[-1]) in _flat(sheet))
    first_note = min(n for n, sheet in enumerate(sheets) if _flat(notes[0])[:40] in _flat(sheet))
    assert first_note >= last_row, f"{fmt}: the notes are printed before the end of the table"
    assert _flat(notes[-1])[-40:] in _flat(sheets[-1]), f"{fmt}: the last note is not on the last page"


def test_a_printed_law_page_and_guidance_page_are_complete(page, tmp_path, fmt):
    law = _first_link(page, "/en/laws/", r"/en/laws/\d+/")
    guidance = _first_link(page, "/en/guidance/", r"/en/guidance/[\w-]+/")
    for path in (law, guidance):
        page.goto(path)
        page.emulate_media(media="print")
        # What print media shows: every heading and the last paragraph or list item.
        shown = page.evaluate("""() => {
          const visible = [...document.querySelectorAll('main h2, main h3, main h4, main p, main li')]
            .filter(el => el.checkVisibility() && el.innerText.trim());
          return {headings: visible.filter(el => /^H/.test(el.tagName)).map(el => el.innerText.trim()),
                  last: visible[visible.length - 1].innerText.trim()};
        }""")
        pdf, text, _, _ = _print(page, fmt, tmp_path)
        _common_checks(page, pdf, text)
        flat = _flat(text)
        missing = [h for h in shown["headings"] if _flat(h) not in flat]
        assert not missing, f"{path}: headings missing on paper: {missing}"
        assert _flat(shown["last"])[-40:] in flat, f"{path}: the end of the page is not printed"

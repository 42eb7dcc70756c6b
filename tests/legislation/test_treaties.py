"""Treaty status: totals of each status, the tile map with its text equivalent, sources and dates
as far as they are known, reservations, and the database rules."""

import datetime

import pytest
from django.db import IntegrityError, transaction
from django.template.loader import render_to_string

from legislation.models import TreatyReservation, TreatyStatus
from legislation.queries.treaties import treaty_summary
from legislation.treaty_sources import format_partial_date, parse_partial_date, partial_iso
from tests.legislation.factories import make_treaty_status
from tests.pages import between, missing

pytestmark = pytest.mark.django_db

S3 = "https://verdragenbank.overheid.nl/en/Treaty/Details/013833_p.html"


def row_of(page: str, code: str) -> str:
    """A state's row of the treaty table, from the link to its profile."""
    return between(page, f'<a href="/en/countries/{code}/">', "</tr>")


@pytest.fixture
def statuses():
    for code in ("US", "CA", "AR", "CL"):
        make_treaty_status(code, "budapest", "party")
    make_treaty_status("MX", "budapest", "invited")
    make_treaty_status("BR", "budapest", "signed")
    make_treaty_status("UY", "budapest", "not_signed")
    make_treaty_status("EC", "budapest", "unknown", note="Declarations recorded; no dates found.")
    make_treaty_status("US", "cets224", "signed")


@pytest.fixture
def panama():
    """A party known only to the month of its deposit, with a source and an as-of date."""
    return make_treaty_status(
        "PA", "budapest", "party", ratified_on=datetime.date(2014, 3, 1), ratified_precision="month",
        source_urls=["https://derechosdigitales.org/12378/la-necesidad-de-legislar-sobre-cibercrimen-en-panama"],
        source_as_of=datetime.date(2026, 2, 1), source_as_of_precision="month",
    )


def test_treaty_summary_counts_each_status_apart(statuses):
    summary = treaty_summary()
    budapest = summary.get("budapest")
    assert (budapest.parties, budapest.signatories, budapest.invited, budapest.total) == (4, 1, 1, 35)
    assert budapest.not_signed == 1
    # Ecuador (unknown) and the 27 states without an entry are not confirmed, never "not signed".
    assert budapest.not_confirmed == 28
    assert budapest.counts_text() == "4 parties, 1 signatory, 1 invited, 1 not signed, 28 not confirmed"
    assert summary.get("cets224").signatories == 1
    assert summary.get("un").parties == 0 and summary.get("un").not_confirmed == 35
    assert [item.instrument for item in summary] == ["budapest", "ets189", "cets224", "un", "oas-a55"]
    assert len(budapest.tiles) == 35


def test_page_gives_each_total_and_draws_the_map_with_a_table(client, statuses):
    response = client.get("/en/treaties/")
    assert response.status_code == 200
    page = response.content.decode()
    assert "4 parties, 1 signatory, 1 invited, 1 not signed, 28 not confirmed" in page
    assert "Totals count the 35 member states on the portal's list, each status apart." in page
    assert "<svg" in page and 'role="img"' in page
    assert 'class="tile tile-party"' in page
    assert "text equivalent of the map" in page
    assert page.count('<th scope="row">') >= 35


def test_unknown_status_shows_not_confirmed_with_its_own_style_and_an_invitation(client, statuses):
    page = client.get("/en/treaties/").content.decode()
    start = page.index('<a href="/en/countries/ec/">')
    assert '<tr class="treaty-row-unknown">' in page[start - 80:start]
    ecuador = row_of(page, "ec")
    assert "Not signed" not in ecuador
    entry = TreatyStatus.objects.get(country_id="EC", instrument="budapest")
    assert missing(ecuador, "Not confirmed", "badge treaty-status treaty-unknown",
                   f"/admin/legislation/treatystatus/{entry.pk}/change/",
                   "Focal point of Ecuador: confirm this status") == []
    assert missing(
        page,
        # On the map: hatched, outlined and marked "?" (not colour alone).
        'class="tile tile-unknown"><title>Ecuador: Not confirmed</title>', ">EC?</text>",
        'fill="url(#treaty-hatch-budapest)"',
        # Uruguay, not signed, keeps its own label.
        'class="tile tile-not_signed"><title>Uruguay: Not signed</title>',
    ) == []


def test_month_precision_date_shows_month_and_year_only(client, panama):
    row = row_of(client.get("/en/treaties/").content.decode(), "pa")
    assert "March 2014" in row
    assert "March 1, 2014" not in row and "1 March 2014" not in row


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "March 2014"), ("es", "marzo de 2014"), ("pt", "Março de 2014"), ("fr", "mars 2014"),
])
def test_month_precision_is_localized(language, expected):
    from django.utils import translation

    with translation.override(language):
        assert format_partial_date(datetime.date(2014, 3, 1), "month") == expected
        assert format_partial_date(datetime.date(2014, 1, 1), "year") == "2014"


def test_partial_dates_parse_and_print_as_far_as_known():
    assert parse_partial_date("2014") == (datetime.date(2014, 1, 1), "year")
    assert parse_partial_date("2014-03") == (datetime.date(2014, 3, 1), "month")
    assert parse_partial_date("2025-11-19") == (datetime.date(2025, 11, 19), "day")
    assert parse_partial_date("") == (None, "day")
    assert partial_iso(datetime.date(2014, 3, 1), "month") == "2014-03"
    assert partial_iso(datetime.date(2024, 1, 1), "year") == "2024"
    for bad in ("2014-3", "March 2014", "2014-13", "2014-02-30"):
        with pytest.raises(ValueError):
            parse_partial_date(bad)


def test_each_status_shows_its_source_link_and_as_of_date(client, panama):
    row = row_of(client.get("/en/treaties/").content.decode(), "pa")
    assert missing(row, 'href="https://derechosdigitales.org/12378/la-necesidad-de-legislar-sobre-cibercrimen-en-panama"',
                   ">derechosdigitales.org</a>", "as of February 2026") == []


def test_a_source_without_a_known_date_says_so(client):
    make_treaty_status("AG", "un", "not_signed", source_urls=[S3])
    page = client.get("/en/treaties/?instrument=un").content.decode()
    assert "as of: date of the source not known" in row_of(page, "ag")


def test_reservations_are_listed_on_the_treaty_page(client, statuses):
    entry = TreatyStatus.objects.get(country_id="AR", instrument="budapest")
    TreatyReservation.objects.create(treaty_status=entry, kind="reservation", article="29.4",
                                     text_en="Reservation made upon accession: dual criminality.",
                                     text_es="Reserva formulada en la adhesión: doble incriminación.",
                                     source_url="https://wipo.int/wipolex/es/treaties/parties/remarks/AR/952")
    page = client.get("/en/treaties/").content.decode()
    assert "Reservation · art. 29.4" in page
    assert "dual criminality" in page
    page = client.get("/es/treaties/").content.decode()
    assert "doble incriminación" in page


def test_treaty_page_is_not_sample_data(client, statuses):
    page = client.get("/en/treaties/").content.decode()
    assert 'class="sample-data"' not in page
    assert "Reference data" in page


def test_treaty_page_renders_in_four_languages(client, panama):
    for language, label in (("en", "Not confirmed"), ("es", "No confirmado"), ("pt", "Não confirmado"),
                            ("fr", "Non confirmé")):
        response = client.get(f"/{language}/treaties/")
        assert response.status_code == 200
        assert label in response.content.decode()


def test_treaty_page_query_count_does_not_grow_with_reservations(client, statuses, django_assert_max_num_queries):
    with django_assert_max_num_queries(12):
        client.get("/en/treaties/")
    for entry in TreatyStatus.objects.all():
        for n in range(3):
            TreatyReservation.objects.create(treaty_status=entry, kind="declaration", article=str(n), text_en="x")
    with django_assert_max_num_queries(12):
        client.get("/en/treaties/")


def test_map_partial_renders_for_other_pages(statuses):
    html = render_to_string("legislation/_treaty_map.html", {"summary": treaty_summary()})
    assert "<svg" in html and "4 of 35 states are parties" in html
    html = render_to_string("legislation/_treaty_map.html", {"treaty_summary": treaty_summary()})
    assert "<svg" in html


def test_one_status_per_country_and_instrument(statuses):
    with pytest.raises(IntegrityError), transaction.atomic():
        TreatyStatus.objects.create(country_id="US", instrument="budapest", status="not_signed")


def test_a_party_or_signatory_without_a_known_date_is_allowed():
    TreatyStatus.objects.create(country_id="PE", instrument="budapest", status="party")
    TreatyStatus.objects.create(country_id="VE", instrument="un", status="signed")


@pytest.mark.parametrize(
    "fields",
    [
        {"status": "none"},  # the old status is gone
        {"status": "not_signed", "ratified_on": datetime.date(2020, 1, 1)},
        {"status": "unknown", "in_force_on": datetime.date(2020, 1, 1)},
        {"status": "party", "signed_on": datetime.date(2020, 1, 1), "ratified_on": datetime.date(2019, 1, 1)},
        {"status": "party", "ratified_on": datetime.date(2020, 1, 1), "in_force_on": datetime.date(2019, 1, 1)},
        # a month-precision date is stored as the first of its month
        {"status": "party", "ratified_on": datetime.date(2014, 3, 5), "ratified_precision": "month"},
        {"status": "signed", "source_as_of": datetime.date(2024, 2, 1), "source_as_of_precision": "year"},
    ],
)
def test_database_refuses_inconsistent_entries(fields):
    with pytest.raises(IntegrityError), transaction.atomic():
        TreatyStatus.objects.create(country_id="PE", instrument="budapest", **fields)


def test_home_page_totals_count_not_confirmed_apart(client, statuses):
    page = client.get("/en/").content.decode()
    section = between(page, 'class="home-treaties"', "</section>")
    assert missing(section, '<th scope="col">Not signed</th><th scope="col">Not confirmed</th>',
                   "<td>4</td><td>1</td><td>1</td><td>1</td><td>28</td>", "Totals count the 35 member states") == []


def test_a_note_shared_by_many_states_is_printed_once_and_referred_to_by_number(client):
    shared = "Absent from the depositary list consulted."
    for code in ("AG", "AR", "BS"):
        make_treaty_status(code, "un", "not_signed", note=shared)
    make_treaty_status("BR", "un", "signed", note="Signature date from the depositary.")
    page = client.get("/en/treaties/?instrument=un").content.decode()
    assert page.count(shared) == 1
    notes = page[page.index('id="treaty-notes-heading"'):]
    assert notes.index(shared) < notes.index("Signature date from the depositary.")
    for code in ("ag", "ar", "bs"):
        assert '<a href="#treaty-note-1">Note 1</a>' in row_of(page, code)
    assert '<a href="#treaty-note-2">Note 2</a>' in row_of(page, "br")
    # The "never read as not signed" explanation is given once, above the table, not in each row.
    assert page.count("never read as “not signed”") == 0
    spanish = client.get("/es/treaties/?instrument=un").content.decode()
    assert "Nota 1" in spanish and "(en inglés)" in spanish

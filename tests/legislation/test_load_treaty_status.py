"""`manage.py load_treaty_status`: the real, sourced treaty status; all rows or none; idempotent."""

import datetime
import shutil
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from legislation.models import TreatyReservation, TreatyStatus
from legislation.queries.treaties import treaty_summary
from legislation.treaty_sources import RESERVATIONS_FILE, STATUS_FILE

pytestmark = pytest.mark.django_db


def load(*args) -> str:
    out = StringIO()
    call_command("load_treaty_status", *args, stdout=out, stderr=out)
    return out.getvalue()


@pytest.mark.slow
def test_loads_140_sourced_rows_as_reference_data():
    output = load()
    assert "140 rows (140 new" in output
    assert TreatyStatus.objects.count() == 140
    assert not TreatyStatus.objects.filter(is_sample=True).exists()
    panama = TreatyStatus.objects.get(country_id="PA", instrument="budapest")
    assert (panama.status, panama.ratified_on, panama.ratified_precision) == ("party", datetime.date(2014, 3, 1), "month")
    cuba = TreatyStatus.objects.get(country_id="CU", instrument="budapest")
    assert cuba.status == "unknown" and cuba.source_urls == ["https://eucyberdirect.eu/atlas/country/brazil/compare/cuba"]
    s3 = TreatyStatus.objects.get(country_id="AG", instrument="cets224")
    assert (s3.status, s3.source_as_of, s3.source_as_of_precision) == ("not_signed", datetime.date(2026, 2, 1), "month")
    assert TreatyStatus.objects.get(country_id="AR", instrument="budapest").source_as_of_precision == "year"
    ecuador = TreatyStatus.objects.get(country_id="EC", instrument="budapest")
    assert sorted(ecuador.reservations.values_list("article", flat=True)) == ["24(7)", "27(2)", "35"]
    assert TreatyReservation.objects.get(treaty_status__country_id="AR", article="29.4").kind == "reservation"


@pytest.mark.slow
def test_totals_come_from_the_data():
    load()
    summary = treaty_summary()
    budapest = summary.get("budapest")
    assert (budapest.parties, budapest.signatories, budapest.invited, budapest.not_signed,
            budapest.not_confirmed) == (12, 0, 3, 0, 20)
    cets224 = summary.get("cets224")
    assert (cets224.signatories, cets224.not_signed, cets224.not_confirmed) == (9, 26, 0)
    un = summary.get("un")
    assert (un.signatories, un.not_signed) == (11, 24)
    assert summary.get("ets189").not_confirmed == 34


@pytest.mark.slow
def test_a_second_load_changes_nothing_and_adds_no_history():
    load()
    history = TreatyStatus.history.count() + TreatyReservation.history.count()
    output = load()
    assert "0 new, 0 changed, 140 unchanged" in output
    assert TreatyStatus.history.count() + TreatyReservation.history.count() == history


@pytest.mark.slow
def test_an_entry_changed_by_a_person_is_kept(secretariat):
    from legislation.services import treaty_status_change

    load()
    entry = TreatyStatus.objects.get(country_id="AG", instrument="budapest")
    treaty_status_change(entry=entry, values={"status": "not_signed"}, source_url="https://example.org/chart",
                         source_as_of=datetime.date(2026, 3, 1), source_as_of_precision="month", user=secretariat)
    output = load()
    assert "1 kept" in output and "ag budapest" in output
    entry.refresh_from_db()
    assert entry.status == "not_signed"
    load("--force")
    entry.refresh_from_db()
    assert entry.status == "unknown"


def _bad_copy(tmp_path, replace_from: str, replace_to: str):
    path = tmp_path / "treaty_status_sources.csv"
    text = STATUS_FILE.read_text(encoding="utf-8")
    assert replace_from in text
    path.write_text(text.replace(replace_from, replace_to, 1), encoding="utf-8")
    return path


@pytest.mark.parametrize(("replace_from", "replace_to", "message"), [
    ("ar,cets224,signed,2023-02-16,", "ar,cets224,signed,2023-02-31,", "line 8: signed: '2023-02-31' is not a date"),
    ("ag,ets185,unknown,", "ag,ets185,maybe,", "line 2: status: 'maybe'"),
    ("ag,ets189,unknown,", "zz,ets189,unknown,", "line 3: iso2: 'zz' is not a member state"),
    ("bs,ets185,unknown,", "bs,ets999,unknown,", "line 10: instrument: 'ets999'"),
    ("ar,cets224,signed,2023-02-16,,", "ar,cets224,signed,2023-02-16,2024-01-01,", "line 8: Only a party has a ratification"),
    ("https://verdragenbank.overheid.nl/en/Treaty/Details/013833_p.html,2026-02",
     "ftp//nowhere,2026-02", "line 4: source_url: 'ftp//nowhere' is not a web address"),
])
def test_a_bad_file_is_refused_with_its_line_and_nothing_is_written(tmp_path, replace_from, replace_to, message):
    path = _bad_copy(tmp_path, replace_from, replace_to)
    out = StringIO()
    with pytest.raises(CommandError, match="nothing was loaded"):
        call_command("load_treaty_status", "--file", str(path), stdout=out, stderr=out)
    assert message in out.getvalue()
    assert TreatyStatus.objects.count() == 0 and TreatyReservation.objects.count() == 0


def test_a_missing_row_is_refused(tmp_path):
    path = tmp_path / "short.csv"
    lines = STATUS_FILE.read_text(encoding="utf-8").splitlines(keepends=True)
    path.write_text("".join(lines[:-1]), encoding="utf-8")
    out = StringIO()
    with pytest.raises(CommandError):
        call_command("load_treaty_status", "--file", str(path), stdout=out, stderr=out)
    assert "no row for ve un" in out.getvalue()
    assert TreatyStatus.objects.count() == 0


def test_a_bad_reservations_file_is_refused_too(tmp_path):
    path = tmp_path / "reservations.csv"
    shutil.copy(RESERVATIONS_FILE, path)
    path.write_text(path.read_text(encoding="utf-8").replace(",reservation,29.4,", ",objection,29.4,"),
                    encoding="utf-8")
    out = StringIO()
    with pytest.raises(CommandError):
        call_command("load_treaty_status", "--reservations", str(path), stdout=out, stderr=out)
    assert "reservations.csv, line 2: kind: 'objection'" in out.getvalue()
    assert TreatyStatus.objects.count() == 0


@pytest.mark.slow
def test_seed_demo_loads_the_real_treaty_status():
    call_command("seed_demo", stdout=StringIO())
    assert TreatyStatus.objects.count() == 140
    assert not TreatyStatus.objects.filter(is_sample=True).exists()
    assert TreatyStatus.objects.get(country_id="MX", instrument="budapest").invited_on == datetime.date(2007, 2, 1)


@pytest.mark.slow
def test_old_repeated_notes_are_replaced_by_the_files_entries():
    """The text the old model repeated on every party row (moved into entries by migration 0005) goes."""
    entry = TreatyStatus.objects.create(country_id="CL", instrument="budapest", status="party")
    TreatyReservation.objects.create(treaty_status=entry, kind="notification",
                                     text_en="Articles 24, 27 and 35: see the declarations registered.")
    output = load()
    assert "1 removed" in output
    assert not TreatyReservation.objects.filter(treaty_status=entry).exists()
    assert TreatyReservation.objects.count() == 9

"""Treaty status as the sources give it: dates with a precision, and the two reference files.

`legislation/data/treaty_status_sources.csv` (one row per state and instrument, described in
`treaty_status_sources.md` beside it) and `legislation/data/treaty_reservations.csv` (the
reservations and declarations the notes of the first file report, one per row, in four
languages). `legislation.services.treaty_status_load` validates and writes them.
"""

import csv
import datetime
import io
import re
from dataclasses import dataclass, field
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.formats import date_format

from legislation.models import DatePrecision, Instrument, TreatyReservation, TreatyStatus, treaty_status_errors

DATA_DIR = Path(__file__).resolve().parent / "data"
STATUS_FILE = DATA_DIR / "treaty_status_sources.csv"
RESERVATIONS_FILE = DATA_DIR / "treaty_reservations.csv"

# The file's instrument codes and the portal's.
INSTRUMENT_CODES = {
    "ets185": Instrument.BUDAPEST.value,
    "ets189": Instrument.PROTOCOL_1.value,
    "cets224": Instrument.PROTOCOL_2.value,
    "un2024": Instrument.UN.value,
}
STATUS_COLUMNS = ["iso2", "instrument", "status", "signed", "ratified_or_acceded", "in_force", "invited",
                  "source_url", "source_as_of", "note"]
RESERVATION_COLUMNS = ["iso2", "instrument", "kind", "article", "dated", "source_url", "text_en", "text_es",
                       "text_pt", "text_fr"]
# How each state became a party, where the row's note says so (the file has no column for it).
JOINED_BY = {
    ("AR", "budapest"): "accession",
    ("BR", "budapest"): "accession",
    ("CL", "budapest"): "accession",
    ("CO", "budapest"): "accession",
    ("CA", "budapest"): "ratification",
}
PARTIAL_DATE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
_url = URLValidator(schemes=["http", "https"])


def parse_partial_date(text: str) -> tuple[datetime.date | None, str]:
    """`2014` → (2014-01-01, year), `2014-03` → (2014-03-01, month), `2014-03-15` → day; "" → None.

    Raises ValueError for anything else (or an impossible date).
    """
    text = (text or "").strip()
    if not text:
        return None, DatePrecision.DAY.value
    match = PARTIAL_DATE.match(text)
    if not match:
        raise ValueError(text)
    year, month, day = match.groups()
    value = datetime.date(int(year), int(month or 1), int(day or 1))
    if day:
        return value, DatePrecision.DAY.value
    return value, DatePrecision.MONTH.value if month else DatePrecision.YEAR.value


def partial_iso(value: datetime.date | None, precision: str) -> str | None:
    """The date as far as it is known, in ISO 8601: `2014`, `2014-03` or `2014-03-15`; None if none."""
    if value is None:
        return None
    if precision == DatePrecision.YEAR:
        return f"{value.year:04d}"
    if precision == DatePrecision.MONTH:
        return f"{value.year:04d}-{value.month:02d}"
    return value.isoformat()


def format_partial_date(value: datetime.date | None, precision: str) -> str:
    """The date as far as it is known, in the active language: "March 2014", "2014", "March 15, 2014"."""
    if value is None:
        return ""
    if precision == DatePrecision.YEAR:
        return str(value.year)
    if precision == DatePrecision.MONTH:
        return date_format(value, "YEAR_MONTH_FORMAT")
    return date_format(value, "DATE_FORMAT")


@dataclass
class PlannedStatus:
    line: int
    country_id: str
    instrument: str
    values: dict


@dataclass
class PlannedReservation:
    line: int
    key: tuple[str, str]
    values: dict


@dataclass
class TreatyFiles:
    statuses: list[PlannedStatus] = field(default_factory=list)
    reservations: list[PlannedReservation] = field(default_factory=list)
    errors: list[tuple[str, int, str]] = field(default_factory=list)  # (file name, line, message)


def _rows(text: str, columns: list[str], name: str, errors: list):
    reader = csv.DictReader(io.StringIO(text.lstrip("\ufeff"), newline=""))
    missing = [column for column in columns if column not in (reader.fieldnames or [])]
    if missing:
        errors.append((name, 1, f"missing column(s): {', '.join(missing)}"))
        return []
    return [(index, row) for index, row in enumerate(reader, start=2)]


def _date(row, column, line, name, errors):
    try:
        return parse_partial_date(row.get(column) or "")
    except ValueError:
        errors.append((name, line, f"{column}: {row.get(column)!r} is not a date (YYYY, YYYY-MM or YYYY-MM-DD)"))
        return None, DatePrecision.DAY.value


def _check_url(url, column, line, name, errors) -> None:
    try:
        _url(url)
    except ValidationError:
        errors.append((name, line, f"{column}: {url!r} is not a web address"))


def read_treaty_files(status_text: str, reservations_text: str, country_ids: set[str],
                      status_name: str = "treaty_status_sources.csv",
                      reservations_name: str = "treaty_reservations.csv") -> TreatyFiles:
    """Every row of both files checked; `errors` lists each problem with its file and line."""
    result = TreatyFiles()
    errors = result.errors
    seen: dict[tuple[str, str], int] = {}
    statuses_known = {choice.value for choice in TreatyStatus.Status}
    for line, row in _rows(status_text, STATUS_COLUMNS, status_name, errors):
        row = {key: (value or "").strip() for key, value in row.items() if key is not None}
        count = len(errors)
        country_id = row["iso2"].upper()
        if country_id not in country_ids:
            errors.append((status_name, line, f"iso2: {row['iso2']!r} is not a member state"))
        instrument = INSTRUMENT_CODES.get(row["instrument"])
        if instrument is None:
            errors.append((status_name, line, f"instrument: {row['instrument']!r} is not one of "
                                              f"{', '.join(INSTRUMENT_CODES)}"))
        status = row["status"]
        if status not in statuses_known:
            errors.append((status_name, line, f"status: {status!r} is not one of {', '.join(sorted(statuses_known))}"))
        dates = {}
        for column, target in (("signed", "signed"), ("ratified_or_acceded", "ratified"), ("in_force", "in_force"),
                               ("invited", "invited"), ("source_as_of", "source_as_of")):
            value, precision = _date(row, column, line, status_name, errors)
            date_field = "source_as_of" if target == "source_as_of" else f"{target}_on"
            dates[date_field] = value
            dates[f"{target}_precision"] = precision
        urls = row["source_url"].split()
        for url in urls:
            _check_url(url, "source_url", line, status_name, errors)
        if not urls and status != TreatyStatus.Status.UNKNOWN:
            errors.append((status_name, line, "source_url: only an unknown status may have no source"))
        if status in statuses_known:
            for problem in treaty_status_errors(status=status, signed_on=dates["signed_on"],
                                                ratified_on=dates["ratified_on"],
                                                in_force_on=dates["in_force_on"]).values():
                errors.append((status_name, line, str(problem)))
        if instrument is not None:
            key = (country_id, instrument)
            if key in seen:
                errors.append((status_name, line, f"{row['iso2']} {row['instrument']} is also on line {seen[key]}"))
            seen.setdefault(key, line)
        if len(errors) == count:
            result.statuses.append(PlannedStatus(line, country_id, instrument, {
                "status": status,
                "joined_by": JOINED_BY.get((country_id, instrument), "") if status == "party" else "",
                **dates,
                "source_urls": urls,
                "note": row["note"],
                "is_sample": False,
            }))
    if not errors:
        wanted = {(code, instrument) for code in country_ids for instrument in INSTRUMENT_CODES.values()}
        for code, instrument in sorted(wanted - set(seen)):
            errors.append((status_name, 0, f"no row for {code.lower()} {instrument}"))

    kinds = {choice.value for choice in TreatyReservation.Kind}
    reservation_keys: dict[tuple, int] = {}
    for line, row in _rows(reservations_text, RESERVATION_COLUMNS, reservations_name, errors):
        row = {key: (value or "").strip() for key, value in row.items() if key is not None}
        count = len(errors)
        instrument = INSTRUMENT_CODES.get(row["instrument"])
        key = (row["iso2"].upper(), instrument)
        if key not in seen:
            errors.append((reservations_name, line, f"{row['iso2']} {row['instrument']}: no such treaty status row"))
        if row["kind"] not in kinds:
            errors.append((reservations_name, line, f"kind: {row['kind']!r} is not one of {', '.join(sorted(kinds))}"))
        dated, precision = _date(row, "dated", line, reservations_name, errors)
        if dated is not None and precision != DatePrecision.DAY:
            errors.append((reservations_name, line, "dated: give the full date or leave it empty"))
        if row["source_url"]:
            _check_url(row["source_url"], "source_url", line, reservations_name, errors)
        for language in ("en", "es", "pt", "fr"):
            if not row[f"text_{language}"]:
                errors.append((reservations_name, line, f"text_{language}: empty"))
            elif len(row[f"text_{language}"]) > 500:
                errors.append((reservations_name, line, f"text_{language}: longer than 500 characters"))
        if len(row["article"]) > 40:
            errors.append((reservations_name, line, "article: longer than 40 characters"))
        natural = (*key, row["kind"], row["article"], dated)
        if natural in reservation_keys:
            errors.append((reservations_name, line, f"same entry as line {reservation_keys[natural]}"))
        reservation_keys.setdefault(natural, line)
        if len(errors) == count:
            result.reservations.append(PlannedReservation(line, key, {
                "kind": row["kind"], "article": row["article"], "dated": dated, "source_url": row["source_url"],
                **{f"text_{language}": row[f"text_{language}"] for language in ("en", "es", "pt", "fr")},
            }))
    return result

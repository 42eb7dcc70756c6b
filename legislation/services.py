"""Writes to legislation data that views, admin and commands share.

`laws_import(...)` reads the CSV format documented in docs/legislation.md: it validates every row
first, reports every error with its line number, and writes all rows or none.
"""

import csv
import datetime
import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils.translation import gettext as _

from legislation.filters import normalise_article_key
from legislation.models import LANGUAGES, Aspect, ConventionArticle, Law, Provision, law_date_errors
from portal.models import Country

REQUIRED_COLUMNS = ["country", "law_number", "title", "language", "kind", "status"]
LAW_COLUMNS = ["title", "title_en", "language", "kind", "status", "enacted_on", "in_force_on", "source_url",
               "summary", "published"]
PROVISION_COLUMNS = ["provision_number", "provision_heading", "provision_text", "aspect", "articles"]
ALL_COLUMNS = ["country", "law_number", *LAW_COLUMNS, *PROVISION_COLUMNS]
TRUE_VALUES = {"yes", "true", "1", "y", "sí", "si", "sim", "oui"}
FALSE_VALUES = {"no", "false", "0", "n", "não", "nao", "non"}
MAX_LENGTHS = {"law_number": 120, "title": 500, "title_en": 500, "source_url": 500, "provision_number": 60,
               "provision_heading": 300}


class ImportRejected(Exception):
    """The file has errors; nothing was written. `errors` lists them as (line, message)."""

    def __init__(self, errors: list[tuple[int, str]]):
        super().__init__(f"{len(errors)} error(s); nothing was imported")
        self.errors = errors


@dataclass
class PlannedProvision:
    line: int
    number: str
    heading: str
    text: str
    aspect: str
    article_ids: list[int]


@dataclass
class PlannedLaw:
    line: int
    country: Country
    number: str
    values: dict
    provisions: list[PlannedProvision] = field(default_factory=list)
    rows: int = 0


@dataclass
class ImportResult:
    rows: int = 0
    laws_created: int = 0
    laws_updated: int = 0
    provisions_created: int = 0
    provisions_updated: int = 0


def article_keys_to_ids(keys: Iterable[str], article_ids_by_key: dict[str, int]) -> list[int]:
    """Convention article ids for keys such as "2" (Budapest) or "un-7"; unknown keys raise KeyError."""
    return [article_ids_by_key[normalise_article_key(key)] for key in keys]


def _split_articles(value: str) -> list[str]:
    return [part.strip() for part in value.replace(",", ";").replace("|", ";").split(";") if part.strip()]


def _parse_date(value: str, column: str, errors: list[str]):
    if not value:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError:
        errors.append(f"{column} “{value}” is not a date in the form YYYY-MM-DD")
        return None


def read_rows(handle) -> tuple[list[tuple[int, dict]], list[tuple[int, str]]]:
    """(line number, row) for each non-empty data row, and header errors. Line 1 is the header."""
    try:
        text = handle.read()
    except UnicodeDecodeError as error:
        return [], [(0, f"the file is not UTF-8 text ({error.reason} at byte {error.start})")]
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8-sig")
        except UnicodeDecodeError as error:
            return [], [(0, f"the file is not UTF-8 text ({error.reason} at byte {error.start})")]
    text = text.lstrip("\ufeff")
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [name.strip().lower() for name in (reader.fieldnames or [])]
    missing = [name for name in REQUIRED_COLUMNS if name not in header]
    unknown = [name for name in header if name and name not in ALL_COLUMNS]
    errors = []
    if missing:
        errors.append((1, "missing column(s): " + ", ".join(missing)))
    if unknown:
        errors.append((1, "unknown column(s): " + ", ".join(unknown)))
    if errors:
        return [], errors
    reader.fieldnames = header
    rows = []
    try:
        line = reader.line_num + 1
        for raw in reader:
            if None in raw:
                errors.append((line, "more cells than columns"))
            row = {key: (value or "").strip() for key, value in raw.items() if key}
            if any(row.values()):
                rows.append((line, row))
            line = reader.line_num + 1
    except csv.Error as error:
        errors.append((reader.line_num, f"the CSV cannot be read: {error}"))
    return rows, errors


def plan_import(rows: list[tuple[int, dict]]) -> tuple[list[PlannedLaw], list[tuple[int, str]]]:
    """Validate every row; the laws and provisions to write, and every error with its line."""
    countries = {c.iso2: c for c in Country.objects.all()}
    article_ids = {a.url_key: a.pk for a in ConventionArticle.objects.all()}
    languages = {code for code, _label in LANGUAGES}
    aspects = {a.value for a in Aspect}
    url_validator = URLValidator(schemes=["http", "https"])
    laws: dict[tuple[str, str], PlannedLaw] = {}
    errors: list[tuple[int, str]] = []

    for line, row in rows:
        problems: list[str] = []
        for column, limit in MAX_LENGTHS.items():
            if len(row.get(column, "")) > limit:
                problems.append(f"{column} is longer than {limit} characters")
        code = row.get("country", "").upper()
        country = countries.get(code)
        if not code:
            problems.append("country is empty")
        elif country is None:
            problems.append(f"country “{row['country']}” is not the code of an OAS member state")
        number = row.get("law_number", "")
        if not number:
            problems.append("law_number is empty")

        key = (code, number)
        planned = laws.get(key)
        values = {}
        given = {column: row.get(column, "") for column in LAW_COLUMNS if row.get(column, "")}
        if planned is None:
            if not given.get("title"):
                problems.append("title is empty (the first row of a law needs its title)")
            if given.get("language", "") not in languages:
                problems.append(f"language “{given.get('language', '')}” is not one of es, en, pt, fr")
            if given.get("kind", "") not in Law.Kind.values:
                problems.append(f"kind “{given.get('kind', '')}” is not one of {', '.join(Law.Kind.values)}")
            if given.get("status", "") not in Law.Status.values:
                problems.append(f"status “{given.get('status', '')}” is not one of {', '.join(Law.Status.values)}")
            enacted = _parse_date(given.get("enacted_on", ""), "enacted_on", problems)
            in_force = _parse_date(given.get("in_force_on", ""), "in_force_on", problems)
            if given.get("status") in Law.Status.values and not any("date" in p for p in problems):
                for message in law_date_errors(status=given["status"], enacted_on=enacted,
                                               in_force_on=in_force).values():
                    problems.append(str(message))
            if given.get("source_url"):
                try:
                    url_validator(given["source_url"])
                except ValidationError:
                    problems.append(f"source_url “{given['source_url']}” is not a web address")
            published = given.get("published", "yes").lower()
            if published not in TRUE_VALUES | FALSE_VALUES:
                problems.append(f"published “{given['published']}” is not yes or no")
            values = {
                "title": given.get("title", ""), "title_en": given.get("title_en", ""),
                "language": given.get("language", ""), "kind": given.get("kind", ""),
                "status": given.get("status", ""), "enacted_on": enacted, "in_force_on": in_force,
                "source_url": given.get("source_url", ""), "summary": given.get("summary", ""),
                "is_published": published in TRUE_VALUES,
            }
        else:
            # Later rows of the same law may repeat its columns, but not contradict the first row.
            for column, value in given.items():
                original = _first_value(planned, column)
                if original is not None and str(original) != value:
                    problems.append(f"{column} “{value}” differs from line {planned.line} of the same law")

        provision = None
        provision_number = row.get("provision_number", "")
        if provision_number:
            aspect = row.get("aspect", "")
            if aspect not in aspects:
                problems.append(f"aspect “{aspect}” is not one of {', '.join(sorted(aspects))}")
            ids = []
            for article_key in _split_articles(row.get("articles", "")):
                try:
                    ids.extend(article_keys_to_ids([article_key], article_ids))
                except KeyError:
                    problems.append(f"article “{article_key}” is not a Convention article (use 2–35 or un-7…)")
            if planned is not None and any(p.number == provision_number for p in planned.provisions):
                previous = next(p.line for p in planned.provisions if p.number == provision_number)
                problems.append(f"provision {provision_number} already appears on line {previous} for this law")
            provision = PlannedProvision(line, provision_number, row.get("provision_heading", ""),
                                         row.get("provision_text", ""), aspect, ids)
        elif any(row.get(column) for column in PROVISION_COLUMNS):
            problems.append("provision columns are filled but provision_number is empty")

        errors.extend((line, problem) for problem in problems)
        if problems or country is None:
            continue
        if planned is None:
            planned = PlannedLaw(line, country, number, values)
            laws[key] = planned
        planned.rows += 1
        if provision is not None:
            planned.provisions.append(provision)
    return list(laws.values()), errors


def _first_value(planned: PlannedLaw, column: str):
    """The first row's value of a law column, as text comparable with a later row's cell."""
    if column == "published":
        return None  # yes/no spellings differ; the first row decides
    value = planned.values.get(column)
    if isinstance(value, datetime.date):
        return value.isoformat()
    return value


def laws_import(*, handle, user=None, source: str = "", progress: Callable[[int, int], None] | None = None,
                dry_run: bool = False) -> ImportResult:
    """Validate the whole CSV, then write every law and provision in one transaction.

    Raises ImportRejected (nothing written) when any row is wrong.
    """
    rows, errors = read_rows(handle)
    planned, row_errors = plan_import(rows) if not errors else ([], [])
    errors.extend(row_errors)
    if errors:
        raise ImportRejected(sorted(errors))
    result = ImportResult(rows=len(rows))
    if dry_run:
        return result
    reason = f"import_laws {source}".strip()[:100]
    done = 0
    with transaction.atomic():
        for item in planned:
            law = Law.objects.filter(country=item.country, number=item.number).first()
            if law is None:
                law = Law(country=item.country, number=item.number)
                result.laws_created += 1
            else:
                result.laws_updated += 1
            for name, value in item.values.items():
                setattr(law, name, value)
            _stamp(law, user, reason)
            law.full_clean()
            law.save()
            for entry in item.provisions:
                provision = Provision.objects.filter(law=law, number=entry.number).first()
                if provision is None:
                    provision = Provision(law=law, number=entry.number, position=entry.line)
                    result.provisions_created += 1
                else:
                    result.provisions_updated += 1
                provision.heading, provision.text, provision.aspect = entry.heading, entry.text, entry.aspect
                _stamp(provision, user, reason)
                provision.full_clean(exclude=["law"])
                provision.save()
                provision.articles.set(entry.article_ids)
            done += item.rows
            if progress:
                progress(done, len(rows))
    return result


def _stamp(instance, user, reason: str) -> None:
    if user is not None:
        instance._history_user = user
    instance._change_reason = reason


# --- Treaty status ------------------------------------------------------------------------

TREATY_LOAD_REASON = "load_treaty_status"


def _json_value(value):
    return value.isoformat() if isinstance(value, datetime.date) else value


class TreatyLoadRejected(Exception):
    """A treaty file has errors; nothing was written. `errors` lists (file, line, message)."""

    def __init__(self, errors: list[tuple[str, int, str]]):
        super().__init__(f"{len(errors)} error(s); nothing was loaded")
        self.errors = errors


@dataclass
class TreatyLoadResult:
    rows: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    kept: list[str] = field(default_factory=list)  # entries changed by a person since the last load
    reservations_created: int = 0
    reservations_updated: int = 0
    reservations_deleted: int = 0


def _entries_changed_by_people() -> set[int]:
    """Treaty entries whose latest change was made by a person (admin, focal point), not a load."""
    from legislation.models import TreatyStatus

    latest = (
        TreatyStatus.history.order_by("id", "-history_date", "-history_id").distinct("id")
        .values_list("id", "history_user_id")
    )
    return {entry_id for entry_id, user_id in latest if user_id is not None}


def treaty_status_load(*, status_path=None, reservations_path=None, force: bool = False,
                       dry_run: bool = False) -> TreatyLoadResult:
    """Validate both treaty files (every row, with line numbers), then write them in one transaction.

    Idempotent: an entry is saved only when something differs, so a second load adds no
    history. An entry last changed by a person (through the admin) is kept unless `force`.
    Raises TreatyLoadRejected, writing nothing, when any row is wrong.
    """
    from legislation.models import TreatyReservation, TreatyStatus
    from legislation.treaty_sources import RESERVATIONS_FILE, STATUS_FILE, read_treaty_files

    status_path = status_path or STATUS_FILE
    reservations_path = reservations_path or RESERVATIONS_FILE
    country_ids = set(Country.objects.values_list("iso2", flat=True))
    try:
        status_text = open(status_path, encoding="utf-8", newline="").read()  # noqa: SIM115
        reservations_text = open(reservations_path, encoding="utf-8", newline="").read()  # noqa: SIM115
    except (OSError, UnicodeDecodeError) as error:
        raise TreatyLoadRejected([(str(getattr(error, "filename", "") or status_path), 0, str(error))]) from error
    files = read_treaty_files(status_text, reservations_text, country_ids, status_name=Path(status_path).name,
                              reservations_name=Path(reservations_path).name)
    if files.errors:
        raise TreatyLoadRejected(sorted(files.errors, key=lambda e: (e[0], e[1])))
    result = TreatyLoadResult(rows=len(files.statuses))
    if dry_run:
        return result
    with transaction.atomic():
        existing = {(e.country_id, e.instrument): e for e in TreatyStatus.objects.all()}
        by_people = set() if force else _entries_changed_by_people()
        saved = {}
        for item in files.statuses:
            entry = existing.get((item.country_id, item.instrument))
            if entry is not None and entry.pk in by_people:
                result.kept.append(f"{item.country_id.lower()} {item.instrument}")
                continue
            if entry is None:
                entry = TreatyStatus(country_id=item.country_id, instrument=item.instrument)
                result.created += 1
            changed = entry.pk is None
            for name, value in item.values.items():
                if getattr(entry, name) != value:
                    setattr(entry, name, value)
                    changed = True
            if changed:
                if entry.pk is not None:
                    result.updated += 1
                entry._change_reason = TREATY_LOAD_REASON
                entry.full_clean(exclude=["country"])
                entry.save()
            else:
                result.unchanged += 1
            saved[(item.country_id, item.instrument)] = entry
        current = {}
        for reservation in TreatyReservation.objects.filter(treaty_status__in=[e.pk for e in saved.values()]):
            current[(reservation.treaty_status_id, reservation.kind, reservation.article, reservation.dated)] = \
                reservation
        positions: dict[int, int] = {}
        for item in files.reservations:
            entry = saved.get(item.key)
            if entry is None:  # kept: a person changed this entry since
                continue
            positions[entry.pk] = positions.get(entry.pk, 0) + 1
            values = {**item.values, "position": positions[entry.pk]}
            key = (entry.pk, values["kind"], values["article"], values["dated"])
            reservation = current.get(key)
            if reservation is None:
                reservation = TreatyReservation(treaty_status=entry)
                result.reservations_created += 1
            elif all(getattr(reservation, name) == value for name, value in values.items()):
                current.pop(key)
                continue
            else:
                result.reservations_updated += 1
            for name, value in values.items():
                setattr(reservation, name, value)
            reservation._change_reason = TREATY_LOAD_REASON
            reservation.save()
            current.pop(key, None)
        # The file is the whole list for the entries it wrote: other reservations go (e.g. the
        # old free-text notes migration 0005 turned into entries).
        for reservation in current.values():
            reservation._change_reason = TREATY_LOAD_REASON
            reservation.delete()
            result.reservations_deleted += 1
    return result


@transaction.atomic
def laws_set_published(*, laws, published: bool, by) -> int:
    """Publish or unpublish these laws (the caller passes only laws `by` may change); how many changed.

    Saved one by one so that each change keeps its history (who, when) and sends its signals.
    """
    from portal.accounts.services import audit_record

    changed = []
    for law in laws.filter(is_published=not published):
        law.is_published = published
        law._history_user = by
        law.save(update_fields=["is_published", "updated_at"])
        changed.append(law.pk)
    if changed:
        audit_record(action="law.published" if published else "law.unpublished", actor=by, target="legislation.law",
                     ids=sorted(changed))
    return len(changed)


@transaction.atomic
def treaty_status_change(*, entry, values: dict, source_url: str, source_as_of: datetime.date,
                         source_as_of_precision: str, user):
    """Change a treaty entry with the source that establishes the change and the date it was current.

    The source replaces the entry's sources (the new status rests on it); history records who
    changed what, with the source in its reason; the audit trail records the change.
    """
    from legislation.models import DatePrecision
    from portal.accounts.services import audit_record

    if not source_url or source_as_of is None:
        raise ValidationError(_("Give the source of this change and the date it was current."))
    if source_as_of_precision not in DatePrecision.values:
        raise ValidationError(_("Unknown date precision."))
    # The admin form has already set the new values on `entry`: the old ones are in the database.
    stored = type(entry).objects.filter(pk=entry.pk).first() if entry.pk else None
    before = {name: getattr(stored, name, None) for name in values}
    for name, value in values.items():
        setattr(entry, name, value)
    entry.source_urls = [source_url]
    entry.source_as_of = source_as_of
    entry.source_as_of_precision = source_as_of_precision
    entry.full_clean(exclude=["country"])
    entry._history_user = user
    entry._change_reason = f"Source: {source_url}"[:100]
    entry.save()
    audit_record(
        action="treaty_status.changed", actor=user, target=str(entry),
        source_url=source_url, source_as_of=source_as_of.isoformat(), precision=source_as_of_precision,
        changed={name: [_json_value(before[name]), _json_value(getattr(entry, name))] for name in values
                 if before[name] != getattr(entry, name)},
    )
    return entry

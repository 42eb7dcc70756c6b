"""Downloads of the portal's data as CSV or JSON: one rule for every export.

CSV: UTF-8 with a byte-order mark (so spreadsheet programs read the accents), a header row, a
list written as `a;b`, a mapping as `k=v;k2=v2`, and a cell that a spreadsheet would run as a
formula (starting with = + - @ or a tab) prefixed with an apostrophe. JSON: an array of objects
(or `{key: [...]}`), UTF-8, dates in ISO 8601. Both are streamed, so a large export does not sit
in memory, named `<name>-<YYYY-MM-DD>.<format>` and sent with `nosniff`.
"""

import csv
import json

from django.core.serializers.json import DjangoJSONEncoder
from django.http import Http404, StreamingHttpResponse
from django.utils import timezone

FORMATS = ("csv", "json")
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
PHONE_LIST_CHARS = set("+0123456789 ()-./;xXet")


def csv_cell(value, *, phone_lists: bool = False) -> str:
    """One CSV cell that a spreadsheet shows as text. With `phone_lists`, a cell made only of
    phone numbers ("+54 11 4000 0000; +54 ...") is left as it is."""
    if isinstance(value, (list, tuple)):
        value = ";".join(str(item) for item in value)
    elif isinstance(value, dict):
        value = ";".join(f"{key}={item}" for key, item in sorted(value.items()))
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_STARTS) and not (phone_lists and text[:1] == "+" and set(text) <= PHONE_LIST_CHARS):
        return "'" + text
    return text


class _Echo:
    """A file for `csv.writer` that hands back each line instead of keeping it."""

    def write(self, value):
        return value


def export_response(rows, columns: list[str], fmt: str, name: str, *, key: str | None = None):
    """`rows` (dicts; an iterator is read once) as a download. Unknown formats are a 404.
    `key`: the JSON is `{key: [rows]}` instead of the bare array."""
    if fmt not in FORMATS:
        raise Http404
    if fmt == "csv":
        writer = csv.writer(_Echo())

        def generate():
            yield "\ufeff"
            yield writer.writerow(columns)
            for row in rows:
                yield writer.writerow([csv_cell(row.get(column)) for column in columns])

        content_type = "text/csv; charset=utf-8"
    else:
        def generate():
            yield "{" + json.dumps(key) + ": [" if key else "["
            for index, row in enumerate(rows):
                yield ("," if index else "") + "\n" + json.dumps(row, cls=DjangoJSONEncoder, ensure_ascii=False)
            yield "\n]}\n" if key else "\n]\n"

        content_type = "application/json; charset=utf-8"
    response = StreamingHttpResponse(generate(), content_type=content_type)
    response["Content-Disposition"] = f'attachment; filename="{name}-{timezone.localdate():%Y-%m-%d}.{fmt}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response

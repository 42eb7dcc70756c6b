"""One rule for every CSV/JSON download (portal/exports.py): what a spreadsheet user and a script
reading the JSON would notice, whichever export they download."""

import csv
import io
import json

import pytest
from django.utils import timezone

from portal.exports import csv_cell

pytestmark = pytest.mark.django_db

EXPORTS = ["/en/laws/export", "/en/laws/provisions/export", "/en/laws/matrix/export", "/en/treaties/export",
           "/en/evidence/export", "/en/recommendations/export"]



@pytest.mark.parametrize(("value", "expected"), [
    ("=HYPERLINK(1)", "'=HYPERLINK(1)"), ("+1-555-0100", "'+1-555-0100"), ("-2+3", "'-2+3"), ("@SUM(A1)", "'@SUM(A1)"),
    ("\tx", "'\tx"), (["a", "b"], "a;b"), ({"b": 2, "a": 1}, "a=1;b=2"), (None, ""), (3, "3"), ("Plain", "Plain"),
])
def test_a_cell_is_text_a_spreadsheet_will_not_run(value, expected):
    assert csv_cell(value) == expected


@pytest.mark.parametrize("url", EXPORTS)
def test_every_csv_export_is_dated_utf8_with_a_header_and_not_sniffed(client, url):
    response = client.get(url + ".csv")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Content-Disposition"].endswith(f'-{timezone.localdate():%Y-%m-%d}.csv"')
    text = response.getvalue().decode("utf-8")
    assert text.startswith("\ufeff")
    header = next(csv.reader(io.StringIO(text[1:])))
    assert header and header[0]


@pytest.mark.parametrize("url", EXPORTS)
def test_every_json_export_is_valid_json(client, url):
    response = client.get(url + ".json")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json; charset=utf-8"
    json.loads(response.getvalue().decode("utf-8"))

"""CSV and vCard exports of the restricted directory: content, filters, empty files, audit, access."""

import csv
import io

import pytest
from django.urls import reverse

from contacts.views.directory import vcard_escape, vcard_fold
from portal.accounts.models import AuditEvent
from portal.exports import csv_cell
from tests.contacts.factories import SECRET_EMAIL, SECRET_NAME, SECRET_PHONE, make_point, make_unit

pytestmark = pytest.mark.django_db
CSV_URL = reverse("contacts:contact_export_csv")
VCARD_URL = reverse("contacts:contact_export_vcard")


def _rows(response) -> list[list[str]]:
    text = response.content.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text)))


def test_csv_has_every_visible_entry(as_persona, directory):
    response = as_persona("expert_br")[0].get(CSV_URL)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/csv")
    assert response["Content-Disposition"].startswith('attachment; filename="contacts-')
    assert "no-store" in response["Cache-Control"]
    header, *rows = _rows(response)
    assert header[:3] == ["Country", "Unit", "Name"]
    assert len(rows) == 3
    argentina = next(row for row in rows if row[2] == SECRET_NAME)
    assert argentina[0] == "Argentina"
    assert argentina[1] == "Unidad Fiscal Especializada en Ciberdelincuencia (UFECI)"
    assert argentina[6] == SECRET_EMAIL
    assert argentina[7] == SECRET_PHONE  # a phone is not mangled by the formula guard
    assert argentina[5] == "International cooperation"
    assert argentina[11] == "Fresh"


def test_csv_follows_the_filters(as_persona, directory):
    header, *rows = _rows(as_persona("expert_mx")[0].get(CSV_URL, {"country": "br"}))
    assert [row[6] for row in rows] == ["plantao-br@example.org"]


def test_empty_filter_gives_a_header_only_csv(as_persona, directory):
    response = as_persona("expert_mx")[0].get(CSV_URL, {"q": "nobody-matches-this"})
    assert response.status_code == 200
    rows = _rows(response)
    assert len(rows) == 1 and rows[0][0] == "Country"


def test_vcard_has_every_visible_entry(as_persona, directory):
    response = as_persona("focal_ar")[0].get(VCARD_URL)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/vcard")
    assert response["Content-Disposition"].endswith('.vcf"')
    body = response.content.decode()
    assert body.count("BEGIN:VCARD") == 3 == body.count("END:VCARD")
    assert f"FN:{SECRET_NAME}\r\n" in body
    assert f"EMAIL;TYPE=INTERNET,WORK:{SECRET_EMAIL}\r\n" in body
    assert f"TEL;TYPE=WORK,VOICE:{SECRET_PHONE}\r\n" in body
    assert "ORG:Unidad Fiscal Especializada en Ciberdelincuencia (UFECI)\r\n" in body
    assert all(line.startswith(("BEGIN", "VERSION", "FN", "N:", "ORG", "TITLE", "EMAIL", "TEL", "ADR", "NOTE",
                                "UID", "END", " ")) for line in body.split("\r\n") if line)


def test_empty_filter_gives_an_empty_vcard_file(as_persona, directory):
    response = as_persona("expert_mx")[0].get(VCARD_URL, {"role": "central-authority", "country": "ar"})
    assert response.status_code == 200
    assert response.content == b""


def test_exports_are_recorded(as_persona, directory):
    client, user = as_persona("secretariat")
    client.get(CSV_URL, {"country": "mx"})
    client.get(VCARD_URL)
    events = list(AuditEvent.objects.filter(action="contacts.exported").order_by("id"))
    assert [(e.actor, e.details["format"], e.details["count"]) for e in events] == [(user, "csv", 1), (user, "vcard", 3)]
    assert events[0].details["filters"] == {"country": "mx"}


@pytest.mark.parametrize("url", [CSV_URL, VCARD_URL])
def test_visitors_get_no_export(client, directory, url):
    response = client.get(url)
    assert response.status_code == 302
    assert SECRET_EMAIL.encode() not in response.content
    assert not AuditEvent.objects.filter(action="contacts.exported").exists()


@pytest.mark.parametrize(
    ("value", "expected"),
    [("=HYPERLINK(1)", "'=HYPERLINK(1)"), ("@SUM(A1)", "'@SUM(A1)"), ("-2+3", "'-2+3"), ("+1-555-0100", "+1-555-0100"),
     ("+1-555-0100; +1-555-0101", "+1-555-0100; +1-555-0101"), ("+cmd|calc", "'+cmd|calc"), ("Plain", "Plain")],
)
def test_csv_cells_cannot_become_formulas(value, expected):
    assert csv_cell(value, phone_lists=True) == expected


def test_vcard_text_is_escaped_and_folded():
    assert vcard_escape("a,b;c\\d\ne") == "a\\,b\\;c\\\\d\\ne"
    folded = vcard_fold("NOTE:" + "é" * 100)
    assert all(len(line.encode()) <= 75 for line in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == "NOTE:" + "é" * 100


@pytest.mark.parametrize("url", [CSV_URL, VCARD_URL])
def test_exports_cost_the_same_for_few_or_many_entries(as_persona, constant_queries, url):
    client, _user = as_persona("expert_br")
    codes = ["AR", "BR", "CL", "CO", "MX", "PE", "UY", "PY", "CA", "US"]

    def add(n):
        make_point(make_unit(codes[n], f"Unit {n}", acronym=f"U{n}"), f"Officer {n}", email=f"officer-{n}@example.org")

    for n in range(2):
        add(n)
    with constant_queries(client, url):
        for n in range(2, 10):
            add(n)
    text = client.get(url).content.decode("utf-8-sig")
    assert all(f"officer-{n}@example.org" in text for n in range(10))

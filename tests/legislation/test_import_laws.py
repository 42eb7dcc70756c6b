"""manage.py import_laws: every error with its line number, all rows or none, progress shown."""

from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from legislation.models import Law, Provision
from tests.legislation.factories import make_law

pytestmark = pytest.mark.django_db
HEADER = ("country,law_number,title,title_en,language,kind,status,enacted_on,in_force_on,source_url,summary,"
          "published,provision_number,provision_heading,provision_text,aspect,articles\n")
SAMPLE = Path(__file__).resolve().parents[2] / "docs" / "import_laws_sample.csv"


def write(tmp_path, rows: str, header: str = HEADER) -> Path:
    path = tmp_path / "laws.csv"
    path.write_text(header + rows, encoding="utf-8")
    return path


def run(path, *args):
    out, err = StringIO(), StringIO()
    call_command("import_laws", str(path), *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def run_failing(path):
    out, err = StringIO(), StringIO()
    with pytest.raises(CommandError) as failure:
        call_command("import_laws", str(path), stdout=out, stderr=err)
    return str(failure.value), err.getvalue()


def test_the_documented_sample_file_imports(tmp_path):
    out, _err = run(SAMPLE)
    assert "Imported 4 rows" in out
    assert "100%" in out
    law = Law.objects.get(country_id="AR", number="Ley 26.388")
    assert law.is_published
    assert list(law.provisions.values_list("number", flat=True)) == ["Art. 153 bis", "Art. 183"]
    assert sorted(a.number for a in law.provisions.get(number="Art. 183").articles.all()) == [4, 5]
    bill = Law.objects.get(country_id="TT")
    assert bill.status == "bill" and not bill.is_published
    assert {a.slug for a in bill.provisions.get().articles.all()} == {"budapest-2", "un-7"}
    assert law.history.first().history_change_reason == "import_laws import_laws_sample.csv"


def test_every_bad_line_is_reported_and_nothing_is_written(tmp_path):
    path = write(tmp_path, (
        "ar,Ley 1,Ley buena,,es,statute,in_force,2010-01-01,,,,yes,Art. 1,,texto,substantive,2\n"   # line 2: fine
        "zz,Ley 2,Ley mala,,es,statute,in_force,2010-01-01,,,,yes,,,,,\n"                         # 3: country
        "ar,Ley 3,Ley mala,,xx,statute,in_force,2010-13-01,,,,yes,,,,,\n"                         # 4: language, date
        "ar,Ley 4,Ley mala,,es,statute,bill,2010-01-01,,,,yes,,,,,\n"                             # 5: bill with date
        "ar,Ley 5,Ley mala,,es,statute,in_force,2010-01-01,2009-01-01,notaurl,,maybe,,,,,\n"      # 6: order, url, published
        "ar,Ley 1,,,,,,,,,,,Art. 2,,texto,procedural,99;un-999\n"                                 # 7: articles
        "ar,Ley 1,,,,,,,,,,,Art. 1,,otra vez,substantive,2\n"                                     # 8: duplicate provision
        "ar,Ley 1,Otro título,,,,,,,,,,,,,,\n"                                                    # 9: contradicts line 2
        ",,,,,,,,,,,,,,texto suelto,,\n"                                                          # 10: empty keys
    ))
    message, err = run_failing(path)
    assert "nothing was imported" in message
    for line in (3, 4, 5, 6, 7, 8, 9, 10):
        assert f"line {line}:" in err, (line, err)
    assert "line 2:" not in err
    assert "“zz” is not the code of an OAS member state" in err
    assert "2010-13-01" in err
    assert "A bill has no enactment date" in err
    assert "article “99”" in err and "article “un-999”" in err
    assert "already appears on line 2" in err
    assert "differs from line 2" in err
    assert Law.objects.count() == 0 and Provision.objects.count() == 0


def test_a_failure_while_writing_rolls_everything_back(tmp_path, monkeypatch):
    path = write(tmp_path, (
        "ar,Ley 1,Ley uno,,es,statute,in_force,2010-01-01,,,,yes,Art. 1,,texto,substantive,2\n"
        "br,Lei 2,Lei dois,,pt,statute,in_force,2011-01-01,,,,yes,Art. 1,,texto,substantive,2\n"
    ))
    original = Provision.save
    calls = {"n": 0}

    def failing_save(self, *args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 2:
            raise RuntimeError("disk full")
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Provision, "save", failing_save)
    with pytest.raises(RuntimeError):
        run(path)
    assert Law.objects.count() == 0 and Provision.objects.count() == 0


def test_missing_columns_are_reported(tmp_path):
    path = write(tmp_path, "ar,Ley 1\n", header="country,law_number\n")
    _message, err = run_failing(path)
    assert "line 1: missing column(s): title, language, kind, status" in err


def test_reimport_updates_instead_of_duplicating(tmp_path):
    make_law("AR", number="Ley 26.388", title="Título viejo")
    run(SAMPLE)
    run(SAMPLE)
    law = Law.objects.get(country_id="AR", number="Ley 26.388")
    assert law.title == "Ley de Delitos Informáticos"
    assert law.provisions.count() == 2


def test_dry_run_writes_nothing(tmp_path):
    out, _err = run(SAMPLE, "--dry-run")
    assert "4 rows are valid" in out
    assert Law.objects.count() == 0


def test_not_utf8_is_reported(tmp_path):
    path = tmp_path / "latin1.csv"
    path.write_bytes(HEADER.encode() + "ar,Ley 1,Ley año,,es,statute,in_force,2010-01-01,,,,yes,,,,,\n".encode("latin-1"))
    _message, err = run_failing(path)
    assert "not UTF-8" in err

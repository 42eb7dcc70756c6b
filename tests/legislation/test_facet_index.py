"""The law list's counts come from an in-memory index: they must equal what each choice would
list, and follow every change to the data at once, however it was written."""

import datetime
import itertools

import pytest
from django.db import connection, transaction

from legislation.filters import LawFilter
from legislation.models import DataStamp, Law, Provision
from tests.legislation.factories import article, make_law

pytestmark = pytest.mark.django_db
URL = "/en/laws/"


@pytest.fixture
def laws():
    make_law("AR", title="Ley de delitos informáticos", enacted_on=datetime.date(2008, 6, 4),
             provisions=[("Art. 1", "Acceso ilícito a un sistema", "substantive", ["2"]),
                         ("Art. 2", "Conservación de datos", "procedural", ["16"])])
    make_law("AR", title="Ley de fraude", kind="decree", enacted_on=datetime.date(2015, 1, 1),
             provisions=[("Art. 1", "Fraude informático mediante acceso", "substantive", ["8"])])
    make_law("BR", title="Marco Civil da Internet", language="pt", enacted_on=datetime.date(2014, 4, 23),
             provisions=[("Art. 13", "Guarda de registros de acesso", "procedural", ["16", "17"])])
    make_law("MX", title="Código Penal Federal", kind="code", status="amended", enacted_on=datetime.date(1931, 8, 14),
             provisions=[("Art. 211", "Acceso ilícito a sistemas", "substantive", ["2", "4"]),
                         ("Art. 212", "Cooperación internacional", "cooperation", ["23"])])
    make_law("TT", title="Cybercrime Bill", language="en", status="bill", enacted_on=None,
             provisions=[("s. 4", "Illegal access to a computer system", "substantive", ["2"])])
    make_law("AR", title="Borrador no publicado", published=False,
             provisions=[("Art. 1", "Acceso ilícito", "substantive", ["2"])])


def facet_counts(client, query: str) -> tuple[dict, int]:
    response = client.get(f"{URL}?{query}")
    assert response.status_code == 200
    counts = {name: {o.value: o.count for o in options} for name, options in response.context["facets"].items()}
    return counts, response.context["page_obj"].paginator.count


QUERIES = ["", "q=acceso", "q=acceso&country=ar", "aspect=substantive&status=in_force", "article=2&year_from=2000",
           "q=acceso&kind=code&year_to=2000", "year_from=2009&year_to=2016", "q=registros+OR+fraude&aspect=procedural"]


@pytest.mark.parametrize("query", QUERIES)
def test_every_count_is_what_choosing_that_option_would_list(client, laws, query):
    counts, total = facet_counts(client, query)
    base = dict(pair.split("=") for pair in query.split("&") if pair)
    base = {key: value.replace("+", " ") for key, value in base.items()}
    assert total == LawFilter(base).qs.count()
    for name, options in counts.items():
        for value, count in options.items():
            listed = LawFilter({**base, name: value}).qs.count()
            assert count == listed, f"{query}: {name}={value} says {count}, the list has {listed}"


def test_the_total_and_the_results_agree_with_the_page(client, laws):
    response = client.get(f"{URL}?q=acceso")
    titles = {law.title for law in response.context["laws"]}
    assert titles == {"Ley de delitos informáticos", "Ley de fraude", "Código Penal Federal"}
    assert response.context["page_obj"].paginator.count == 3
    assert "Borrador no publicado" not in response.content.decode()


def test_an_edit_is_counted_on_the_next_request(client, laws):
    assert facet_counts(client, "")[0]["country"]["ar"] == 2
    Law.objects.filter(title="Borrador no publicado").update(is_published=True)  # no signals sent
    counts, total = facet_counts(client, "")
    assert counts["country"]["ar"] == 3 and total == 6
    provision = Provision.objects.get(law__title="Marco Civil da Internet")
    provision.articles.add(article("2"))
    assert facet_counts(client, "")[0]["article"]["2"] == 5
    Law.objects.filter(country_id="MX").delete()
    counts, total = facet_counts(client, "")
    assert counts["country"]["mx"] == 0 and total == 5


def test_a_write_in_raw_sql_is_counted_too(client, laws):
    facet_counts(client, "")
    with connection.cursor() as cursor:
        cursor.execute("UPDATE legislation_law SET status = 'repealed' WHERE title = 'Ley de fraude'")
    assert facet_counts(client, "")[0]["status"]["repealed"] == 1


def test_a_rolled_back_change_leaves_no_trace_in_the_counts(client, laws):
    before = facet_counts(client, "")
    with pytest.raises(RuntimeError), transaction.atomic():
        make_law("CL", title="Ley revertida", provisions=[("Art. 1", "Acceso", "substantive", ["2"])])
        assert facet_counts(client, "")[0]["country"]["cl"] == 1
        raise RuntimeError("roll back")
    assert facet_counts(client, "") == before


def test_every_statement_renews_the_version():
    versions = [DataStamp.objects.get().version]
    for write in (lambda: make_law("AR", provisions=[("Art. 1", "Acceso", "substantive", ["2"])]), lambda: Law.objects.update(status="amended"),
                  lambda: Provision.objects.all().delete()):
        write()
        versions.append(DataStamp.objects.get().version)
    assert len(set(versions)) == len(versions)
    assert list(itertools.accumulate(versions, max)) == versions  # drawn from a sequence: increasing


def test_relevance_puts_title_matches_first_then_the_readers_alphabet(client):
    for code in ("UY", "AR", "PE"):
        make_law(code, title="Ley sobre otra materia", provisions=[("Art. 1", "habla de fraude", "substantive", [])])
    make_law("CL", title="Ley de fraude informático", provisions=[("Art. 1", "Definiciones", "substantive", [])])
    response = client.get("/es/laws/", {"q": "fraude"})
    assert [law.country_id for law in response.context["laws"]] == ["CL", "AR", "PE", "UY"]


def test_the_version_row_comes_back_after_a_flush(client, laws):
    DataStamp.objects.all().delete()
    facet_counts(client, "")
    make_law("CL", provisions=[("Art. 1", "Acceso", "substantive", ["2"])])
    assert DataStamp.objects.get().version > 0
    assert facet_counts(client, "")[0]["country"]["cl"] == 1


@pytest.mark.django_db
def test_two_writers_queue_on_the_stamp_instead_of_deadlocking():
    """A writer takes the stamp's lock before any law row's, so one that already holds a row
    another writer needs is never left waiting for a stamp that writer holds."""
    import threading
    import time

    import psycopg2

    settings = connection.settings_dict

    def connect():
        return psycopg2.connect(dbname=settings["NAME"], user=settings["USER"], password=settings["PASSWORD"],
                                host=settings["HOST"], port=settings["PORT"] or 5432)

    setup = connect()
    setup.autocommit = True
    with setup.cursor() as cursor:
        ids = []
        for number in ("STAMP-A", "STAMP-B"):
            cursor.execute(
                "INSERT INTO legislation_law (country_id, title, title_en, language, kind, number, status, "
                "enacted_on, summary, source_url, full_text, is_published, is_sample, created_at, updated_at, aspects) "
                "VALUES ('AR', 'Ley', '', 'es', 'statute', %s, 'in_force', '2020-01-01', '', '', '', true, false, "
                "now(), now(), '{}') RETURNING id", [number])
            ids.append(cursor.fetchone()[0])
    first_wrote, errors = threading.Event(), []

    def first():
        db = connect()
        try:
            with db, db.cursor() as cursor:
                cursor.execute("UPDATE legislation_law SET summary = 'one' WHERE id = %s", [ids[0]])
                first_wrote.set()
                time.sleep(0.5)
                cursor.execute("UPDATE legislation_law SET summary = 'one' WHERE id = %s", [ids[1]])
        except psycopg2.Error as error:
            errors.append(error)
        finally:
            db.close()

    def second():
        first_wrote.wait(5)
        db = connect()
        try:
            with db, db.cursor() as cursor:
                cursor.execute("UPDATE legislation_law SET title = 'two' WHERE id = %s", [ids[1]])
        except psycopg2.Error as error:
            errors.append(error)
        finally:
            db.close()

    try:
        threads = [threading.Thread(target=first), threading.Thread(target=second)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(20)
        assert errors == []
        with setup.cursor() as cursor:
            cursor.execute("SELECT summary, title FROM legislation_law WHERE id = %s", [ids[1]])
            assert cursor.fetchone() == ("one", "two")
    finally:
        with setup.cursor() as cursor:
            cursor.execute("DELETE FROM legislation_law WHERE id = ANY(%s)", [ids])
        setup.close()

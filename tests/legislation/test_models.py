"""What must hold is held by the database itself, and the queries other apps use."""

import datetime
from io import StringIO

import pytest
from django.db import IntegrityError, transaction

from legislation.models import ConventionArticle, Law, LawCoverage, Provision, TreatyStatus
from legislation.queries.laws import recent_laws
from tests.legislation.factories import make_law

pytestmark = pytest.mark.django_db


def refused(**fields):
    values = {"country_id": "AR", "title": "Ley", "language": "es", "kind": "statute", "number": "Ley 1",
              "status": "in_force", "enacted_on": datetime.date(2010, 1, 1)}
    values.update(fields)
    with pytest.raises(IntegrityError), transaction.atomic():
        Law.objects.create(**values)


def test_law_rules_are_database_constraints():
    make_law("AR", number="Ley 1")
    refused()  # the same citation twice in one country
    refused(number="Ley 2", in_force_on=datetime.date(2009, 1, 1))  # in force before enacted
    refused(number="Ley 3", status="bill")  # a bill with an enactment date
    refused(number="Ley 4", enacted_on=None)  # a law in force without one
    refused(number="Ley 5", language="de")
    refused(number="")
    make_law("BR", number="Ley 1")  # the same citation in another country is fine


def test_provision_numbers_are_unique_per_law():
    law = make_law("AR", provisions=[("Art. 1", "a", "substantive", [])])
    with pytest.raises(IntegrityError), transaction.atomic():
        Provision.objects.create(law=law, number="Art. 1", aspect="substantive")
    with pytest.raises(IntegrityError), transaction.atomic():
        Provision.objects.create(law=law, number="Art. 2", aspect="poetry")


def test_convention_articles_are_seeded_for_both_instruments():
    budapest = ConventionArticle.objects.filter(instrument="budapest")
    assert sorted(budapest.values_list("number", flat=True)) == list(range(2, 36))
    assert budapest.get(number=2).title_es == "Acceso ilícito"
    assert budapest.get(number=35).aspect == "cooperation"
    assert budapest.get(number=16).aspect == "procedural"
    un = ConventionArticle.objects.filter(instrument="un")
    assert un.get(number=7).title_en == "Illegal access"
    assert un.get(number=41).title_en == "24/7 network"
    with pytest.raises(IntegrityError), transaction.atomic():
        ConventionArticle.objects.create(instrument="ets189", number=1, slug="ets189-1", aspect="substantive",
                                         title="x")


def test_coverage_table_follows_the_provisions():
    law = make_law("AR", provisions=[("Art. 1", "a", "substantive", ["2", "3"]), ("Art. 2", "b", "procedural", ["2"])])
    assert dict(LawCoverage.objects.filter(law=law).values_list("article__number", "provisions")) == {2: 2, 3: 1}
    assert law.aspects == ["procedural", "substantive"]
    law.provisions.get(number="Art. 1").articles.clear()
    assert dict(LawCoverage.objects.filter(law=law).values_list("article__number", "provisions")) == {2: 1}
    law.delete()
    assert not LawCoverage.objects.exists()


def test_recent_laws_are_published_and_newest_changed_first():
    old = make_law("AR", title="Vieja")
    make_law("BR", title="Oculta", published=False)
    new = make_law("CL", title="Nueva")
    old.summary = "cambiada"
    old.save()
    assert list(recent_laws(5)) == [old, new]
    assert len(recent_laws(1)) == 1


def test_treaty_entries_keep_history():
    entry = TreatyStatus.objects.create(country_id="MX", instrument="budapest", status="invited")
    entry.status = "signed"
    entry.signed_on = datetime.date(2024, 1, 1)
    entry.source_as_of = datetime.date(2025, 1, 1)
    entry.save()
    assert [h.status for h in entry.history.all()] == ["signed", "invited"]
    assert entry.history.first().source_as_of == datetime.date(2025, 1, 1)


@pytest.mark.slow
def test_demo_seed_is_rich_and_idempotent():
    from legislation import demo

    out = StringIO()
    demo.seed(out)
    laws = Law.objects.published()
    assert laws.count() >= 30
    assert laws.values("country").distinct().count() >= 15
    assert Provision.objects.filter(articles__isnull=False).distinct().count() >= 60
    assert TreatyStatus.objects.count() == 35 * 4
    assert all(law.is_sample for law in laws)
    assert not TreatyStatus.objects.filter(is_sample=True).exists()  # reference data, not sample data
    assert TreatyStatus.objects.get(country_id="AR", instrument="budapest").reservations.filter(article="29.4").exists()
    history = Law.history.count() + Provision.history.count() + TreatyStatus.history.count()
    demo.seed(out)
    assert Law.objects.count() == laws.count()
    assert Law.history.count() + Provision.history.count() + TreatyStatus.history.count() == history

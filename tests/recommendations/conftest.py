"""Helpers for the tracker and questionnaire tests: a sent questionnaire to Argentina and Brazil."""

import datetime

import pytest
from django.utils import timezone

from recommendations.models import Question, Questionnaire, Recommendation, Section


def rec(number: str, symbol: str = "CIBER-VII/doc.6/12 rev. 1") -> Recommendation:
    return Recommendation.objects.select_related("document").get(document__symbol=symbol, number=number)


def make_questionnaire(*, countries=("AR", "BR"), deadline=None, audience=Questionnaire.Audience.SECRETARIAT,
                       reminder_days=(14, 3)) -> Questionnaire:
    """A questionnaire with one section: a status question on rec. 15, a yes/no on rec. 12, a
    number linked to the strategy's year, and an optional file."""
    questionnaire = Questionnaire.objects.create(
        title_en="Implementation survey", title_es="Encuesta de implementación", title_pt="Pesquisa de implementação",
        title_fr="Enquête de mise en œuvre", deadline=deadline or timezone.localdate() + datetime.timedelta(days=30),
        comparison_audience=audience, reminder_days=list(reminder_days),
    )
    questionnaire.countries.set(countries)
    section = Section.objects.create(questionnaire=questionnaire, title_en="Part one", title_es="Primera parte",
                                     title_pt="Primeira parte", title_fr="Première partie")
    Question.objects.create(section=section, position=1, kind=Question.Kind.STATUS, recommendation=rec("15"),
                            text_en="Partnerships with providers?", text_es="¿Alianzas con proveedores?",
                            text_pt="Parcerias com provedores?", text_fr="Partenariats avec les fournisseurs ?")
    Question.objects.create(section=section, position=2, kind=Question.Kind.YES_NO, recommendation=rec("12"),
                            text_en="Answered the UN questionnaire?", text_es="¿Respondió al cuestionario de la ONU?",
                            text_pt="Respondeu ao questionário da ONU?", text_fr="Répondu au questionnaire de l'ONU ?")
    Question.objects.create(section=section, position=3, kind=Question.Kind.NUMBER, profile_field="strategy.year",
                            text_en="Year of the strategy", text_es="Año de la estrategia",
                            text_pt="Ano da estratégia", text_fr="Année de la stratégie")
    Question.objects.create(section=section, position=4, kind=Question.Kind.FILE, required=False,
                            text_en="The strategy document", text_es="El documento", text_pt="O documento",
                            text_fr="Le document")
    return questionnaire


def questions(questionnaire) -> list[Question]:
    return list(Question.objects.filter(section__questionnaire=questionnaire).order_by("position"))


@pytest.fixture
def questionnaire(db):
    return make_questionnaire()

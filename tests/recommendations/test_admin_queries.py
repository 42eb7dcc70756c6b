"""The tracker's and the questionnaires' admin lists cost the same number of queries for 2 rows as
for 10 (CONTRIBUTING: every list page's query count at two sizes), as the secretariat sees them."""

from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from portal.models import Country
from recommendations.models import (
    Addressee,
    CybersecurityStrategy,
    ImplementationStatus,
    Meeting,
    MeetingDocument,
    Questionnaire,
    Recommendation,
    Response,
    Section,
    Status,
    Topic,
)
from tests.conftest import make_expert
from tests.recommendations.conftest import make_questionnaire

pytestmark = pytest.mark.django_db


@pytest.fixture
def secretariat_client(client_for, secretariat):
    return client_for(secretariat)


@pytest.fixture
def codes(db) -> list[str]:
    return list(Country.objects.order_by("iso2").values_list("iso2", flat=True)[:10])


def _meeting(n: int) -> Meeting:
    return Meeting.objects.create(kind=Meeting.Kind.WORKING_GROUP, number=90 + n, name=f"Working Group {90 + n}",
                                  held_on=date(2030, 1, 1) + timedelta(days=n), place="Washington, D.C.")


def _document(n: int) -> MeetingDocument:
    return MeetingDocument.objects.create(meeting=_meeting(n), symbol=f"CIBER-XC/doc.{n}", title=f"Conclusions {n}",
                                          issued_on=date(2030, 1, 1) + timedelta(days=n))


def _recommendation(n: int) -> Recommendation:
    return Recommendation.objects.create(document=_document(n), number=str(n + 1), position=n,
                                         short_title=f"Recommendation {n}", text="That the states ...",
                                         topic=Topic.choices[0][0], addressee=Addressee.STATES)


def test_meetings(secretariat_client, constant_changelist):
    constant_changelist(secretariat_client, reverse("admin:recommendations_meeting_changelist"), _meeting)


def test_meeting_documents(secretariat_client, constant_changelist):
    constant_changelist(secretariat_client, reverse("admin:recommendations_meetingdocument_changelist"), _document)


def test_recommendations(secretariat_client, constant_changelist):
    constant_changelist(secretariat_client, reverse("admin:recommendations_recommendation_changelist"), _recommendation)


def test_implementation_statuses(secretariat_client, constant_changelist, codes):
    """The recommendation filter, too, reads every recommendation with its document in one query."""
    url = reverse("admin:recommendations_implementationstatus_changelist")
    constant_changelist(
        secretariat_client, url, lambda n: ImplementationStatus.objects.create(recommendation=_recommendation(n), country_id=codes[n],
                                                                   status=Status.IMPLEMENTED, evidence="Law 123"))
    last = Recommendation.objects.get(document__symbol="CIBER-XC/doc.9")
    assert f'<a href="?recommendation__id__exact={last.pk}">CIBER-XC/doc.9 10</a>' in secretariat_client.get(url).content.decode()


def test_strategies(secretariat_client, constant_changelist, codes):
    constant_changelist(
        secretariat_client, reverse("admin:recommendations_cybersecuritystrategy_changelist"),
        lambda n: CybersecurityStrategy.objects.create(country_id=codes[n], title=f"Strategy {n}", year=2020 + n,
                                                       url="https://example.org/strategy"))


def test_questionnaires(secretariat_client, constant_changelist):
    constant_changelist(secretariat_client, reverse("admin:recommendations_questionnaire_changelist"),
                        lambda n: make_questionnaire(countries=("AR", "BR", "CL")))


def test_sections(secretariat_client, constant_changelist, questionnaire):
    constant_changelist(
        secretariat_client, reverse("admin:recommendations_section_changelist"),
        lambda n: Section.objects.create(questionnaire=questionnaire, position=10 + n, title_en=f"Part {n}"))


def test_answers(secretariat_client, constant_changelist, codes):
    """The answers of ten states, submitted by their focal points (the list the start page links to)."""
    questionnaire = make_questionnaire(countries=codes, audience=Questionnaire.Audience.EXPERTS)
    focal = make_expert("focal-answers@example.org", "AR")

    def add_row(n):
        Response.objects.create(questionnaire=questionnaire, country_id=codes[n], status=Response.State.SUBMITTED,
                                submitted_at=timezone.now(), submitted_by=focal, is_late=n % 2 == 0)

    constant_changelist(secretariat_client, reverse("admin:recommendations_response_changelist") + "?status__exact=submitted",
                        add_row)

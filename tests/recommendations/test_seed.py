"""The two REMJA documents are seeded by migration, with official texts quoted and four-language titles."""

import pytest
from django.apps import apps

from recommendations.models import Meeting, MeetingDocument, Recommendation
from recommendations.seed import seed
from tests.recommendations.conftest import rec

pytestmark = pytest.mark.django_db


def test_ciber_vii_has_its_nineteen_recommendations_and_the_sub_items_of_8():
    numbers = set(Recommendation.objects.filter(document__symbol="CIBER-VII/doc.6/12 rev. 1").values_list("number", flat=True))
    assert {str(n) for n in range(1, 20)} <= numbers
    assert {"8a", "8b", "8c", "8d", "8e"} <= numbers
    assert len(numbers) == 24


def test_remja_vii_conclusions_on_cybercrime_are_seeded_with_their_meeting():
    document = MeetingDocument.objects.get(symbol="REMJA-VII/doc.6/08 rev. 1")
    assert document.meeting.kind == Meeting.Kind.REMJA
    assert document.recommendations.count() == 5
    assert "Council of Europe's Convention on Cyber-Crime" in rec("3", "REMJA-VII/doc.6/08 rev. 1").text


def test_the_official_text_is_quoted_as_adopted():
    assert rec("7").text.startswith("That the states that have not yet done so take the necessary measures")
    assert rec("8c").text.startswith("To ask the states to respond to requests from the OAS General Secretariat")
    meeting = MeetingDocument.objects.get(symbol="CIBER-VII/doc.6/12 rev. 1").meeting
    assert (meeting.held_on.isoformat(), meeting.place) == ("2012-02-06", "Washington, D.C.")


def test_short_titles_exist_in_four_languages():
    for recommendation in Recommendation.objects.all():
        for lang in ("en", "es", "pt", "fr"):
            assert getattr(recommendation, f"short_title_{lang}"), (recommendation, lang)
    assert rec("1").short_title_es == "Unidades especializadas en delito cibernético"


def test_recommendations_asking_states_are_tracked_the_others_not():
    tracked = set(Recommendation.objects.tracked().filter(document__symbol__startswith="CIBER").values_list("number", flat=True))
    assert {"1", "2", "3", "4", "5", "7", "8c", "10", "11", "13"} <= tracked
    assert "6" not in tracked and "19" not in tracked


def test_seeding_again_from_the_data_file_changes_no_row():
    def rows():
        return [list(model.objects.order_by("pk").values()) for model in (Meeting, MeetingDocument, Recommendation)]

    seeded = rows()
    seed(apps)
    assert rows() == seeded

"""A focal point of two states answers the questionnaires of both, and of no third; their list
shows one answer column per state, at a fixed number of queries."""

import pytest

from portal.accounts.models import Role
from portal.accounts.services import focal_countries_set
from portal.models import Country
from recommendations.services import can_answer, questionnaire_send
from tests.conftest import make_expert
from tests.recommendations.conftest import make_questionnaire

pytestmark = pytest.mark.django_db


@pytest.fixture
def focal_ar_uy(secretariat):
    user = make_expert("focal-ar-uy@example.org", "AR", roles=(Role.EXPERT, Role.FOCAL_POINT))
    focal_countries_set(user=user, countries=Country.objects.filter(iso2__in=["AR", "UY"]), by=secretariat)
    return user


def test_answers_for_both_states_and_no_third(client, secretariat, focal_ar_uy):
    questionnaire = make_questionnaire(countries=("AR", "UY", "BR"))
    questionnaire_send(questionnaire=questionnaire, by=secretariat)
    assert can_answer(focal_ar_uy, "AR") and can_answer(focal_ar_uy, "UY") and not can_answer(focal_ar_uy, "BR")
    client.force_login(focal_ar_uy)
    assert client.get(f"/en/questionnaires/{questionnaire.pk}/ar/").status_code == 200
    assert client.get(f"/en/questionnaires/{questionnaire.pk}/uy/").status_code == 200
    assert client.get(f"/en/questionnaires/{questionnaire.pk}/br/").status_code == 404


def test_the_list_has_a_column_per_state_at_fixed_queries(client, secretariat, focal_ar_uy,
                                                          django_assert_max_num_queries):
    client.force_login(focal_ar_uy)

    def page():
        with django_assert_max_num_queries(14):
            response = client.get("/en/questionnaires/")
        assert response.status_code == 200
        return response.content.decode()

    questionnaire_send(questionnaire=make_questionnaire(countries=("AR", "UY")), by=secretariat)
    first = page()
    assert "Answer of Argentina" in first and "Answer of Uruguay" in first and "Answer of Brazil" not in first
    for _ in range(8):
        questionnaire_send(questionnaire=make_questionnaire(countries=("AR", "UY", "BR")), by=secretariat)
    more = page()
    assert more.count("Answer of Uruguay") == 1
    # Another state's questionnaire (not sent to theirs, answers closed to experts) is not listed.
    other = make_questionnaire(countries=("BR",))
    questionnaire_send(questionnaire=other, by=secretariat)
    assert f"/en/questionnaires/{other.pk}/" not in page()

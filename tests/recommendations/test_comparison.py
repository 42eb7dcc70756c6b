"""The comparison of answers across states: who may see it, filters, CSV, the count of answers."""

import pytest

from recommendations.models import Questionnaire, Response
from recommendations.services import questionnaire_send, response_accept, response_save
from tests.recommendations.conftest import make_questionnaire, questions

pytestmark = pytest.mark.django_db


def _answer(questionnaire, focal, secretariat, accept=True):
    status_q, yes_q, year_q, _ = questions(questionnaire)
    response = Response.objects.get(questionnaire=questionnaire, country="AR")
    response_save(response=response, by=focal, values={status_q.pk: "in-progress", yes_q.pk: "no", year_q.pk: "2018"},
                  comments={status_q.pk: "Draft agreement"}, submit=True)
    if accept:
        response_accept(response=response, by=secretariat)


@pytest.fixture
def for_experts(secretariat, focal_ar):
    questionnaire = make_questionnaire(audience=Questionnaire.Audience.EXPERTS)
    questionnaire_send(questionnaire=questionnaire, by=secretariat)
    _answer(questionnaire, focal_ar, secretariat)
    return questionnaire


@pytest.fixture
def for_secretariat(secretariat, focal_ar):
    questionnaire = make_questionnaire()
    questionnaire_send(questionnaire=questionnaire, by=secretariat)
    _answer(questionnaire, focal_ar, secretariat, accept=False)
    return questionnaire


def test_secretariat_sees_answers_and_the_count(for_secretariat, secretariat, client):
    client.force_login(secretariat)
    page = client.get(f"/en/questionnaires/{for_secretariat.pk}/answers/")
    text = page.content.decode()
    assert page.status_code == 200
    assert "1 of 2 states have answered." in text
    assert "Draft agreement" in text and "In progress" in text


def test_experts_see_it_only_when_the_questionnaire_says_so(for_experts, for_secretariat, expert_mx, client):
    client.force_login(expert_mx)
    assert client.get(f"/en/questionnaires/{for_experts.pk}/answers/").status_code == 200
    assert client.get(f"/en/questionnaires/{for_secretariat.pk}/answers/").status_code == 404


def test_visitors_and_unapproved_users_are_sent_away(for_experts, client, registered):
    assert client.get(f"/en/questionnaires/{for_experts.pk}/answers/").status_code == 302
    client.force_login(registered)
    assert client.get(f"/en/questionnaires/{for_experts.pk}/answers/").status_code == 302


def test_csv_and_filters(for_experts, secretariat, client):
    client.force_login(secretariat)
    status_q = questions(for_experts)[0]
    csv_text = client.get(f"/en/questionnaires/{for_experts.pk}/answers/?format=csv&question={status_q.pk}").content.decode()
    lines = csv_text.strip().splitlines()
    assert lines[0] == "question,country,status,late,answer,comment"
    assert any(",ar,accepted,,Implemented" in line or ",ar,accepted,,In progress" in line for line in lines[1:])
    none = client.get(f"/en/questionnaires/{for_experts.pk}/answers/?subregion=caribbean").content.decode()
    assert "Draft agreement" not in none


def test_bad_filters_are_400(for_experts, secretariat, client):
    client.force_login(secretariat)
    for query in ("question=abc", "subregion=mars", "status=lost", "question=999999"):
        assert client.get(f"/en/questionnaires/{for_experts.pk}/answers/?{query}").status_code == 400


def test_list_and_detail_for_each_role(for_experts, for_secretariat, focal_ar, expert_mx, secretariat, client,
                                       django_assert_max_num_queries):
    client.force_login(focal_ar)
    text = client.get("/en/questionnaires/").content.decode()
    assert text.count("Implementation survey") == 2
    client.force_login(expert_mx)
    text = client.get("/en/questionnaires/").content.decode()
    assert text.count("Implementation survey") == 1
    client.force_login(secretariat)
    with django_assert_max_num_queries(20):
        assert client.get("/en/questionnaires/").status_code == 200
    for _ in range(3):
        questionnaire_send(questionnaire=make_questionnaire(), by=secretariat)
    with django_assert_max_num_queries(20):
        assert client.get("/en/questionnaires/").status_code == 200
        assert client.get(f"/en/questionnaires/{for_experts.pk}/").status_code == 200

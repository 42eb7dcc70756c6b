"""Who answers a questionnaire for a state, one rule (`recommendations.services.can_answer`) read by
the answer page, the questionnaire's page, the list and `response_save`: the state's focal points,
and the secretariat on the state's behalf; no other expert, no focal point of another state, no
suspended focal point."""

import pytest
from django.core.exceptions import PermissionDenied

from portal.accounts.services import expert_suspend
from recommendations.models import Response
from recommendations.services import can_answer, countries_answered_by, questionnaire_send, response_save
from tests.recommendations.conftest import questions

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("private_storage")]


@pytest.fixture
def sent(questionnaire, secretariat):
    questionnaire_send(questionnaire=questionnaire, by=secretariat)  # to Argentina and Brazil
    return questionnaire


def _draft(questionnaire):
    status_q = questions(questionnaire)[0]
    return {"language": "en", f"q{status_q.pk}": "in-progress", "save": "1"}


def test_the_rule(sent, focal_ar, secretariat, expert_br):
    assert can_answer(focal_ar, "AR") and not can_answer(focal_ar, "BR")
    assert can_answer(secretariat, "AR") and can_answer(secretariat, "BR")
    assert not can_answer(expert_br, "BR")  # an expert of the state is not its focal point
    assert [c.iso2 for c in countries_answered_by(focal_ar)] == ["AR"]
    assert countries_answered_by(secretariat) == [] and countries_answered_by(expert_br) == []


def test_a_suspended_focal_point_answers_no_more(sent, focal_ar, secretariat, client):
    expert_suspend(profile=focal_ar.expert_profile, by=secretariat)
    focal_ar.refresh_from_db()
    assert not can_answer(focal_ar, "AR")
    with pytest.raises(PermissionDenied):
        response_save(response=Response.objects.get(questionnaire=sent, country="AR"), by=focal_ar,
                      values={})
    client.force_login(focal_ar)
    assert client.get(f"/en/questionnaires/{sent.pk}/ar/").status_code == 302  # the gate: suspended


def test_the_secretariat_answers_on_a_states_behalf(sent, secretariat, client):
    client.force_login(secretariat)
    detail = client.get(f"/en/questionnaires/{sent.pk}/").content.decode()
    assert f'href="/en/questionnaires/{sent.pk}/ar/"' in detail and f'href="/en/questionnaires/{sent.pk}/br/"' in detail
    assert "Answer of" not in client.get("/en/questionnaires/").content.decode()  # no column per state
    assert client.get(f"/en/questionnaires/{sent.pk}/br/").status_code == 200
    assert client.post(f"/en/questionnaires/{sent.pk}/br/", _draft(sent)).status_code == 302
    saved = Response.objects.get(questionnaire=sent, country="BR")
    assert saved.answers.get().value == "in-progress"
    response_save(response=saved, by=secretariat, values={questions(sent)[0].pk: "implemented"})
    assert saved.answers.get().value == "implemented"


def test_a_focal_point_answers_for_their_state_only(sent, focal_ar, client):
    client.force_login(focal_ar)
    detail = client.get(f"/en/questionnaires/{sent.pk}/").content.decode()
    assert f'href="/en/questionnaires/{sent.pk}/ar/"' in detail and f"/{sent.pk}/br/" not in detail
    listing = client.get("/en/questionnaires/").content.decode()
    assert "Answer of Argentina" in listing and "Answer of Brazil" not in listing
    assert client.post(f"/en/questionnaires/{sent.pk}/ar/", _draft(sent)).status_code == 302
    assert client.post(f"/en/questionnaires/{sent.pk}/br/", _draft(sent)).status_code == 404
    assert not Response.objects.get(questionnaire=sent, country="BR").answers.exists()
    with pytest.raises(PermissionDenied):
        response_save(response=Response.objects.get(questionnaire=sent, country="BR"), by=focal_ar, values={})


def test_an_expert_who_is_no_focal_point_answers_for_no_state(sent, expert_br, client):
    client.force_login(expert_br)
    assert client.get(f"/en/questionnaires/{sent.pk}/br/").status_code == 404
    assert client.post(f"/en/questionnaires/{sent.pk}/br/", _draft(sent)).status_code == 404
    with pytest.raises(PermissionDenied):
        response_save(response=Response.objects.get(questionnaire=sent, country="BR"), by=expert_br, values={})
    assert not Response.objects.get(questionnaire=sent, country="BR").answers.exists()

"""The questionnaire cycle: send, remind (each once), answer, return, answer again, accept; the tracker changes."""

import datetime
import io

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.utils import timezone

from recommendations.models import CybersecurityStrategy, ImplementationStatus, Reminder, Response, Source, Status
from recommendations.services import questionnaire_reminders_send, questionnaire_send, response_accept
from recommendations.tracker import build_tracker
from tests.recommendations.conftest import make_questionnaire, questions, rec

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("private_storage")]


@pytest.fixture
def sent(questionnaire, secretariat, focal_ar, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        questionnaire_send(questionnaire=questionnaire, by=secretariat)
    return questionnaire


def url(questionnaire, code="ar", suffix=""):
    return f"/en/questionnaires/{questionnaire.pk}/{code}/{suffix}"


def answer_data(q, **overrides):
    status_q, yes_q, year_q, _file_q = questions(q)
    data = {"language": "es", f"q{status_q.pk}": "in-progress", f"c{status_q.pk}": "Talks with two providers",
            f"q{yes_q.pk}": "yes", f"q{year_q.pk}": "2019"}
    data.update(overrides)
    return data


def test_sending_emails_each_focal_point_with_a_link(questionnaire, secretariat, focal_ar, mailoutbox,
                                                     django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        assert questionnaire_send(questionnaire=questionnaire, by=secretariat) == 2
    assert [m.to for m in mailoutbox] == [["focal-ar@example.org"]]
    assert f"/questionnaires/{questionnaire.pk}/ar/" in mailoutbox[0].body
    assert Response.objects.filter(questionnaire=questionnaire).count() == 2


def test_only_the_secretariat_sends_and_only_once(questionnaire, secretariat, expert_br):
    with pytest.raises(PermissionDenied):
        questionnaire_send(questionnaire=questionnaire, by=expert_br)
    questionnaire_send(questionnaire=questionnaire, by=secretariat)
    with pytest.raises(ValidationError, match="already been sent"):
        questionnaire_send(questionnaire=questionnaire, by=secretariat)


def test_reminders_go_out_once_each(sent, mailoutbox, django_capture_on_commit_callbacks):
    mailoutbox.clear()
    deadline = sent.deadline
    with django_capture_on_commit_callbacks(execute=True):
        assert questionnaire_reminders_send(today=deadline - datetime.timedelta(days=20)) == 0
        assert questionnaire_reminders_send(today=deadline - datetime.timedelta(days=14)) == 2  # AR and BR
        assert questionnaire_reminders_send(today=deadline - datetime.timedelta(days=13)) == 0
        assert questionnaire_reminders_send(today=deadline - datetime.timedelta(days=3)) == 2
        assert questionnaire_reminders_send(today=deadline - datetime.timedelta(days=2)) == 0
    assert Reminder.objects.count() == 4
    assert [m.to for m in mailoutbox] == [["focal-ar@example.org"]] * 2  # Brazil has no focal point here
    assert mailoutbox[0].subject.startswith("Reminder:")


def test_the_reminder_command_is_idempotent(sent, mailoutbox, django_capture_on_commit_callbacks):
    sent.reminder_days = [60]
    sent.save()
    mailoutbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_questionnaire_reminders", stdout=io.StringIO())
        call_command("send_questionnaire_reminders", stdout=io.StringIO())
    assert len(mailoutbox) == 1 and Reminder.objects.count() == 2


def test_no_reminder_to_a_state_that_has_answered(sent, focal_ar, client):
    client.force_login(focal_ar)
    client.post(url(sent), {**answer_data(sent), "submit": "1"})
    assert questionnaire_reminders_send(today=sent.deadline) == 1  # Brazil only


def test_a_focal_point_answers_only_for_their_own_country(sent, focal_ar, focal_br, client):
    client.force_login(focal_ar)
    assert client.get(url(sent, "ar")).status_code == 200
    assert client.get(url(sent, "br")).status_code == 404
    assert client.post(url(sent, "br"), answer_data(sent)).status_code == 404


def test_experts_and_visitors_cannot_open_an_answer(sent, expert_br, client):
    assert client.get(url(sent)).status_code == 302  # to sign in
    client.force_login(expert_br)
    assert client.get(url(sent)).status_code == 404


def test_draft_then_incomplete_submission_says_what_is_missing(sent, focal_ar, client):
    client.force_login(focal_ar)
    status_q, yes_q, year_q, _ = questions(sent)
    response = client.post(url(sent), {"language": "es", f"q{status_q.pk}": "in-progress", "save": "1"})
    assert response.status_code == 302
    saved = Response.objects.get(questionnaire=sent, country="AR")
    assert saved.status == Response.State.DRAFT and saved.language == "es"
    response = client.post(url(sent), {"language": "es", f"q{status_q.pk}": "in-progress", "submit": "1"})
    assert response.status_code == 400
    text = response.content.decode()
    assert "Missing:" in text and "Answered the UN questionnaire?" in text and "Year of the strategy" in text
    assert Response.objects.get(pk=saved.pk).status == Response.State.DRAFT


def test_bad_values_are_refused_with_a_message(sent, focal_ar, client):
    client.force_login(focal_ar)
    _s, _y, year_q, _ = questions(sent)
    response = client.post(url(sent), answer_data(sent, **{f"q{year_q.pk}": "nineteen"}))
    assert response.status_code == 400
    assert "Enter a number." in response.content.decode()


def test_a_file_answer_follows_the_document_rules(sent, focal_ar, client):
    client.force_login(focal_ar)
    file_q = questions(sent)[3]
    bad = client.post(url(sent), {**answer_data(sent), f"q{file_q.pk}": SimpleUploadedFile("plan.exe", b"MZ\x90\x00")})
    assert bad.status_code == 400 and "not accepted" in bad.content.decode()
    good = client.post(url(sent), {**answer_data(sent), f"q{file_q.pk}": SimpleUploadedFile("plan.txt", b"The plan.")})
    assert good.status_code == 302
    download = client.get(url(sent, suffix=f"files/{file_q.pk}/"))
    assert download.status_code == 200 and download.content == b"The plan."
    assert download["X-Content-Type-Options"] == "nosniff"
    assert download["Content-Disposition"].startswith("attachment")


def test_a_late_answer_is_accepted_and_marked_late(focal_ar, secretariat, client):
    late = make_questionnaire(deadline=timezone.localdate() - datetime.timedelta(days=2))
    questionnaire_send(questionnaire=late, by=secretariat)
    client.force_login(focal_ar)
    assert client.post(url(late), {**answer_data(late), "submit": "1"}).status_code == 302
    assert Response.objects.get(questionnaire=late, country="AR").is_late


def test_the_whole_cycle_return_answer_again_accept_changes_the_tracker(sent, focal_ar, secretariat, client):
    client.force_login(focal_ar)
    assert client.post(url(sent), {**answer_data(sent), "submit": "1"}).status_code == 302
    client.force_login(secretariat)
    returned = client.post(url(sent, suffix="review/"), {"decision": "return", "note": "Please add the year's source."})
    assert returned.status_code == 302
    assert Response.objects.get(questionnaire=sent, country="AR").status == Response.State.RETURNED
    client.force_login(focal_ar)
    page = client.get(url(sent)).content.decode()
    assert "Please add the year&#x27;s source." in page
    status_q = questions(sent)[0]
    assert client.post(url(sent), {**answer_data(sent, **{f"q{status_q.pk}": "implemented"}), "submit": "1"}).status_code == 302
    client.force_login(secretariat)
    assert client.post(url(sent, suffix="review/"), {"decision": "accept", "note": ""}).status_code == 302
    response = Response.objects.get(questionnaire=sent, country="AR")
    assert response.status == Response.State.ACCEPTED
    entry = ImplementationStatus.objects.get(recommendation=rec("15"), country="AR")
    assert (entry.status, entry.source, entry.evidence) == (Status.IMPLEMENTED, Source.QUESTIONNAIRE, "Talks with two providers")
    assert entry.source_note.startswith(f"questionnaire {sent.pk}, answered by the focal point of Argentina on ")
    assert entry.history.count() == 1
    assert ImplementationStatus.objects.get(recommendation=rec("12"), country="AR").status == Status.IMPLEMENTED
    assert CybersecurityStrategy.objects.get(country="AR").year == 2019
    table = build_tracker(recommendations=[rec("15")])
    assert next(r for r in table.rows if r.country.iso2 == "AR").cells[0].status == Status.IMPLEMENTED
    public = client.get("/en/recommendations/ar/").content.decode()
    assert "answered by the focal point of Argentina" in public and focal_ar.email not in public


def test_only_the_secretariat_reviews(sent, focal_ar, client):
    client.force_login(focal_ar)
    client.post(url(sent), {**answer_data(sent), "submit": "1"})
    assert client.post(url(sent, suffix="review/"), {"decision": "accept"}).status_code == 404
    response = Response.objects.get(questionnaire=sent, country="AR")
    assert response.status == Response.State.SUBMITTED
    with pytest.raises(PermissionDenied):
        response_accept(response=response, by=focal_ar)


def test_a_submitted_answer_cannot_be_changed(sent, focal_ar, client):
    client.force_login(focal_ar)
    client.post(url(sent), {**answer_data(sent), "submit": "1"})
    assert client.post(url(sent), answer_data(sent)).status_code == 400


def test_answer_page_in_four_languages(sent, focal_ar, client):
    client.force_login(focal_ar)
    for lang, word in (("es", "Guardar borrador"), ("pt", "Salvar rascunho"), ("fr", "Enregistrer le brouillon")):
        text = client.get(f"/{lang}/questionnaires/{sent.pk}/ar/").content.decode()
        assert word in text
    assert "¿Alianzas con proveedores?" in client.get(f"/es/questionnaires/{sent.pk}/ar/").content.decode()

"""Every email goes through the queue: stored, sent by the worker, retried with a growing delay,
and listed for the secretariat when it could not be sent."""

from datetime import timedelta
from smtplib import SMTPServerDisconnected

import pytest
from django.core import mail
from django.core.mail import EmailMessage
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from portal.accounts.models import AuditEvent
from portal.emails import (
    MAX_ATTEMPTS,
    failed_email_count,
    failed_emails_admin_url,
    retry_delay,
    send_templated_email,
)
from portal.models import OutgoingEmail

pytestmark = pytest.mark.django_db


@pytest.fixture
def mail_server(monkeypatch):
    """A mail server that can be taken down (`state["down"] = True`) and brought back."""
    state = {"down": False}
    real_send = EmailMessage.send

    def send(message, *args, **kwargs):
        if state["down"]:
            raise SMTPServerDisconnected("Connection unexpectedly closed")
        return real_send(message, *args, **kwargs)

    monkeypatch.setattr(EmailMessage, "send", send)
    return state


def queue_one(to="reader@example.org"):
    return send_templated_email(
        template="content/email/bulletin_confirm", to=[to],
        context={"confirm_url": "https://portal.example/confirm", "days": 7}, language="es",
    )


def make_retries_due():
    """Time passes: the deferred retries become due."""
    DBTaskResult.objects.filter(status="READY").update(run_after=timezone.now() - timedelta(seconds=1))


def test_an_email_is_only_queued_in_the_request_and_sent_by_the_worker(database_queue):
    email = queue_one()
    assert mail.outbox == []
    assert OutgoingEmail.objects.get().status == OutgoingEmail.Status.QUEUED
    assert DBTaskResult.objects.filter(task_path="portal.tasks.deliver_email", status="READY").count() == 1
    database_queue()
    email.refresh_from_db()
    assert email.status == OutgoingEmail.Status.SENT and email.attempts == 1
    assert len(mail.outbox) == 1 and mail.outbox[0].to == ["reader@example.org"]
    assert "suscripción" in mail.outbox[0].subject  # rendered in the reader's language


def test_a_failed_send_is_retried_with_growing_delays_then_listed_as_failed(database_queue, mail_server):
    mail_server["down"] = True
    email = queue_one()
    delays = []
    for attempt in range(1, MAX_ATTEMPTS + 1):
        before = timezone.now()
        database_queue()
        email.refresh_from_db()
        assert email.attempts == attempt and "Connection unexpectedly closed" in email.last_error
        if attempt < MAX_ATTEMPTS:
            assert email.status == OutgoingEmail.Status.QUEUED
            retry = DBTaskResult.objects.get(status="READY")
            assert abs(retry.run_after - email.next_attempt_at) < timedelta(seconds=1)
            delays.append(round((email.next_attempt_at - before).total_seconds() / 60))
            database_queue()  # not due yet: nothing happens
            email.refresh_from_db()
            assert email.attempts == attempt
            make_retries_due()
    assert delays == [1, 5, 25, 125]
    assert [retry_delay(n) for n in (1, 2)] == [timedelta(minutes=1), timedelta(minutes=5)]
    assert email.status == OutgoingEmail.Status.FAILED and email.next_attempt_at is None
    assert not DBTaskResult.objects.filter(status="READY").exists()  # bounded: no further attempt
    assert failed_email_count() == 1 and mail.outbox == []


def test_the_secretariat_sees_failed_emails_and_retries_them(database_queue, mail_server, client_for, secretariat):
    mail_server["down"] = True
    email = queue_one()
    OutgoingEmail.objects.filter(pk=email.pk).update(attempts=MAX_ATTEMPTS - 1)
    database_queue()
    queue_one("other@example.org")  # another, still on its way: not in the failed list
    client = client_for(secretariat)
    page = client.get(failed_emails_admin_url()).content.decode()
    assert "reader@example.org" in page and "other@example.org" not in page
    mail_server["down"] = False
    response = client.post(failed_emails_admin_url(), {"action": "retry", "_selected_action": [email.pk]}, follow=True)
    assert "1 email queued again." in response.content.decode()
    assert failed_email_count() == 0
    database_queue()
    email.refresh_from_db()
    assert email.status == OutgoingEmail.Status.SENT
    assert len(mail.outbox) == 2
    assert AuditEvent.objects.filter(action="portal.email_retried", actor=secretariat).exists()


def test_the_email_list_is_the_secretariats_only(client_for, expert_br, focal_ar):
    assert client_for(expert_br).get(failed_emails_admin_url()).status_code == 302  # to the admin sign-in
    focal_ar.is_staff = True
    focal_ar.save()
    assert client_for(focal_ar).get(failed_emails_admin_url()).status_code == 403


def test_an_email_being_sent_by_another_worker_is_not_sent_twice(database_queue):
    email = queue_one()
    OutgoingEmail.objects.filter(pk=email.pk).update(status=OutgoingEmail.Status.SENDING)
    database_queue()
    assert mail.outbox == []


def test_allauth_emails_go_through_the_queue(database_queue, client, expert_br):
    client.post("/en/accounts/password/reset/", {"email": expert_br.email})
    queued = OutgoingEmail.objects.get()
    assert queued.to == [expert_br.email] and queued.template == "account/email/password_reset_key"
    assert mail.outbox == []
    database_queue()
    assert len(mail.outbox) == 1 and "/en/accounts/password/reset/key/" in mail.outbox[0].body


def test_sent_emails_are_purged_after_the_retention_period(settings):
    from django.core.management import call_command

    settings.PORTAL = {**settings.PORTAL, "OUTGOING_EMAIL_RETENTION_DAYS": 30}
    old, recent = queue_one(), queue_one()
    OutgoingEmail.objects.filter(pk=old.pk).update(sent_at=timezone.now() - timedelta(days=31))
    failed = queue_one()
    OutgoingEmail.objects.filter(pk=failed.pk).update(status=OutgoingEmail.Status.FAILED)
    call_command("purge_outgoing_emails", stdout=__import__("io").StringIO())
    assert set(OutgoingEmail.objects.values_list("pk", flat=True)) == {recent.pk, failed.pk}


def test_an_email_left_sending_by_a_dead_worker_is_counted_and_can_be_retried(
    database_queue, client_for, secretariat
):
    email = queue_one()
    OutgoingEmail.objects.filter(pk=email.pk).update(
        status=OutgoingEmail.Status.SENDING, attempts=1, last_attempt_at=timezone.now() - timedelta(minutes=5)
    )
    assert failed_email_count() == 0  # may still be on its way
    OutgoingEmail.objects.filter(pk=email.pk).update(last_attempt_at=timezone.now() - timedelta(hours=1))
    assert failed_email_count() == 1
    client = client_for(secretariat)
    assert "reader@example.org" in client.get(failed_emails_admin_url()).content.decode()
    client.post(failed_emails_admin_url(), {"action": "retry", "_selected_action": [email.pk]})
    database_queue()
    email.refresh_from_db()
    assert email.status == OutgoingEmail.Status.SENT and len(mail.outbox) == 1


@pytest.mark.parametrize("count", [3, 30])
def test_the_email_and_scheduled_run_lists_cost_the_same_at_any_size(
    count, client_for, secretariat, django_assert_max_num_queries
):
    from portal.models import ScheduledRun

    OutgoingEmail.objects.bulk_create(
        OutgoingEmail(to=[f"r{n}@example.org"], subject=f"s{n}", body="b", status=OutgoingEmail.Status.FAILED)
        for n in range(count)
    )
    ScheduledRun.objects.bulk_create(
        ScheduledRun(job="workspace_digests", slot=timezone.now() - timedelta(days=n)) for n in range(count)
    )
    client = client_for(secretariat)
    client.get("/admin/")  # the session and permissions, once
    with django_assert_max_num_queries(12):
        page = client.get(failed_emails_admin_url())
    assert page.status_code == 200 and "r0@example.org" in page.content.decode()
    with django_assert_max_num_queries(12):
        assert client.get("/admin/portal/scheduledrun/").status_code == 200


def test_a_library_email_keeps_its_html_and_headers(database_queue):
    from django.core.mail import EmailMultiAlternatives

    from portal.emails import email_queue_message

    message = EmailMultiAlternatives("Hello", "plain text", "portal@example.org", ["a@example.org"],
                                     headers={"X-Portal": "1"})
    message.attach_alternative("<p>rich</p>", "text/html")
    email_queue_message(message)
    html_only = EmailMessage("Hi", "<p>only <b>html</b></p>", None, ["b@example.org"])
    html_only.content_subtype = "html"
    email_queue_message(html_only)
    database_queue()
    first, second = sorted(mail.outbox, key=lambda m: m.to)
    assert first.from_email == "portal@example.org" and first.extra_headers["X-Portal"] == "1"
    assert first.body == "plain text" and first.alternatives[0][0] == "<p>rich</p>"
    assert second.body == "only html" and second.alternatives[0][0] == "<p>only <b>html</b></p>"


def test_a_purge_command_without_its_purge_cannot_be_made():
    """The four retention purges share `PurgeCommand`; one that forgot its `purge` fails at once, not at 02:30."""
    from portal.management.purge import PurgeCommand

    class Forgotten(PurgeCommand):
        retention_days_setting = "OUTGOING_EMAIL_RETENTION_DAYS"

    with pytest.raises(TypeError, match="purge"):
        Forgotten()

"""Sending an issue: each confirmed address gets it exactly once, even when rerun after a failure."""

from collections import Counter
from io import StringIO

import pytest
from django.core import mail
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.core.management.base import CommandError

from portal.content import services
from portal.content.models import Delivery, Subscriber
from portal.content.services import bulletin_send
from tests.content.factories import make_issue

pytestmark = pytest.mark.django_db


@pytest.fixture
def subscribers(db):
    confirmed = [
        Subscriber.objects.create(email=f"reader{n}@example.org", state=Subscriber.State.CONFIRMED,
                                  language="es" if n == 0 else "en")
        for n in range(6)
    ]
    Subscriber.objects.create(email="pending@example.org", state=Subscriber.State.PENDING)
    Subscriber.objects.create(email="gone@example.org", state=Subscriber.State.UNSUBSCRIBED)
    return confirmed


@pytest.fixture
def failing_mail_server(monkeypatch):
    """The mail server accepts `limit` messages, then refuses every other one."""
    real = services.send_templated_email
    state = {"limit": None, "calls": 0}

    def send(**kwargs):
        state["calls"] += 1
        if state["limit"] is not None and state["calls"] > state["limit"] and state["calls"] % 2 == 0:
            raise ConnectionError("SMTP server went away")
        real(**kwargs)

    monkeypatch.setattr(services, "send_templated_email", send)
    return state


def received() -> Counter:
    return Counter(address for message in mail.outbox for address in message.to)


def test_sends_once_to_each_confirmed_subscriber(subscribers):
    issue = make_issue(1)
    report = bulletin_send(issue=issue)
    assert report.queued == 6 and report.batches == 1
    assert received() == Counter({s.email: 1 for s in subscribers})


def test_rerun_after_failure_halfway_sends_exactly_one_to_each(subscribers, failing_mail_server):
    issue = make_issue(1)
    failing_mail_server["limit"] = 3
    assert bulletin_send(issue=issue).queued == 6
    failed = Delivery.objects.filter(issue=issue, state=Delivery.State.FAILED).count()
    assert 0 < failed < 6
    failing_mail_server["limit"] = None
    second = bulletin_send(issue=issue)
    assert second.queued == failed and second.already_sent == 6 - failed
    third = bulletin_send(issue=issue)
    assert third.queued == 0 and third.already_sent == 6
    assert received() == Counter({s.email: 1 for s in subscribers})
    assert "pending@example.org" not in received() and "gone@example.org" not in received()


def test_a_delivery_left_sending_by_a_crash_is_not_sent_again(subscribers):
    issue = make_issue(1)
    Delivery.objects.create(issue=issue, subscriber=subscribers[0], state=Delivery.State.SENDING)
    report = bulletin_send(issue=issue)
    assert report.uncertain == 1 and report.queued == 5
    assert subscribers[0].email not in received()


def test_new_subscriber_gets_an_issue_already_sent_to_others(subscribers):
    issue = make_issue(1)
    bulletin_send(issue=issue)
    late = Subscriber.objects.create(email="late@example.org", state=Subscriber.State.CONFIRMED)
    report = bulletin_send(issue=issue)
    assert report.queued == 1
    assert received()[late.email] == 1


def test_email_has_one_click_unsubscribe_headers_in_the_reader_language(subscribers, visitor):
    issue = make_issue(1, title_en="Treaties", title_es="Tratados")
    bulletin_send(issue=issue)
    spanish = next(message for message in mail.outbox if message.to == [subscribers[0].email])
    assert "Tratados" in spanish.subject
    assert spanish.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    link = spanish.extra_headers["List-Unsubscribe"].strip("<>")
    assert "/es/bulletin/unsubscribe/" in link and link in spanish.body
    response = visitor.post(link.split("8000", 1)[1], "List-Unsubscribe=One-Click",
                            content_type="application/x-www-form-urlencoded")
    assert response.status_code == 200
    subscribers[0].refresh_from_db()
    assert subscribers[0].state == Subscriber.State.UNSUBSCRIBED


def test_draft_or_future_issue_cannot_be_sent(subscribers):
    for issue in (make_issue(1, draft=True), make_issue(2, future=True)):
        with pytest.raises(ValidationError):
            bulletin_send(issue=issue)
    assert mail.outbox == []


def test_command_sends_and_can_be_rerun(subscribers):
    make_issue(4)
    out = StringIO()
    call_command("send_bulletin", "4", stdout=out)
    assert "6 queued for sending now" in out.getvalue()
    out = StringIO()
    call_command("send_bulletin", "4", stdout=out)
    assert "0 queued for sending now (0 batches for the worker), 6 already sent before" in out.getvalue()
    assert len(mail.outbox) == 6


def test_command_rerun_retries_failures_and_refuses_unknown_issues(subscribers, failing_mail_server):
    make_issue(4)
    failing_mail_server["limit"] = 0
    call_command("send_bulletin", "4", stdout=StringIO(), stderr=StringIO())
    assert Delivery.objects.filter(state=Delivery.State.FAILED).count() == 3
    failing_mail_server["limit"] = None
    call_command("send_bulletin", "4", stdout=StringIO())
    assert received() == Counter({s.email: 1 for s in subscribers})
    with pytest.raises(CommandError, match="no bulletin issue number 99"):
        call_command("send_bulletin", "99")


def test_admin_action_sends(subscribers, client_for, secretariat):
    issue = make_issue(1)
    client = client_for(secretariat)
    response = client.post("/admin/content/bulletinissue/", {
        "action": "send_to_subscribers", "_selected_action": [issue.pk],
    }, follow=True)
    assert response.status_code == 200
    assert "6 queued for sending now" in response.content.decode()
    assert len(mail.outbox) == 6


def test_admin_releases_deliveries_of_unknown_outcome(subscribers, client_for, secretariat):
    issue = make_issue(1)
    Delivery.objects.create(issue=issue, subscriber=subscribers[0], state=Delivery.State.SENDING)
    client_for(secretariat).post("/admin/content/bulletinissue/", {
        "action": "release_uncertain", "_selected_action": [issue.pk]})
    assert Delivery.objects.get(subscriber=subscribers[0]).state == Delivery.State.FAILED
    bulletin_send(issue=issue)
    assert received()[subscribers[0].email] == 1


def test_a_batch_run_again_after_a_worker_was_killed_halfway_sends_each_address_once(
    subscribers, database_queue, monkeypatch
):
    from django_tasks_db.models import DBTaskResult

    issue = make_issue(1)
    bulletin_send(issue=issue)
    batch = DBTaskResult.objects.get(task_path="portal.content.tasks.send_bulletin_batch")
    # The worker dies (SIGKILL-like: not an Exception) while queueing the fourth address.
    real, calls = services.send_templated_email, []

    def dies_on_the_fourth(**kwargs):
        calls.append(kwargs["to"])
        if len(calls) == 4:
            raise KeyboardInterrupt
        return real(**kwargs)

    monkeypatch.setattr(services, "send_templated_email", dies_on_the_fourth)
    with pytest.raises(KeyboardInterrupt):
        services.bulletin_send_batch(issue_id=issue.pk, delivery_ids=batch.args_kwargs["args"][1])
    assert Delivery.objects.filter(issue=issue, state=Delivery.State.SENT).count() == 3
    monkeypatch.setattr(services, "send_templated_email", real)
    # The restarted worker runs the batch; a second copy of it (or a rerun) changes nothing.
    database_queue()
    services.bulletin_send_batch(issue_id=issue.pk, delivery_ids=batch.args_kwargs["args"][1])
    assert bulletin_send(issue=issue).queued == 0
    database_queue()
    assert received() == Counter({s.email: 1 for s in subscribers})
    assert all(d.email.status == "sent" for d in Delivery.objects.filter(issue=issue).select_related("email"))


def test_issue_is_split_into_batches_for_the_worker(subscribers, database_queue, monkeypatch):
    from django_tasks_db.models import DBTaskResult

    monkeypatch.setattr(services, "BULLETIN_BATCH_SIZE", 4)
    report = bulletin_send(issue=make_issue(1))
    assert (report.queued, report.batches) == (6, 2)
    batches = DBTaskResult.objects.filter(task_path="portal.content.tasks.send_bulletin_batch")
    assert sorted(len(b.args_kwargs["args"][1]) for b in batches) == [2, 4]
    assert mail.outbox == []  # nothing leaves before the worker runs
    database_queue()
    assert received() == Counter({s.email: 1 for s in subscribers})

"""Email subscription: double opt-in, one-click unsubscribe, and links that are wrong or old."""

import re

import pytest
from django.core import mail
from django.core.cache import cache
from django.test import Client

from portal.content import services
from portal.content.models import Subscriber
from portal.content.services import subscription_token

pytestmark = pytest.mark.django_db


def subscribe(client, email="reader@example.org", language="en"):
    with_commit = client.post(f"/{language}/bulletin/subscribe/", {"email": email})
    return with_commit


def link_in_last_email() -> str:
    return re.search(r"http://\S+/bulletin/confirm/\S+/", mail.outbox[-1].body).group(0)


def path_of(url: str) -> str:
    return url.split("http://127.0.0.1:8000", 1)[-1]


def test_subscribing_sends_a_confirmation_link_and_confirms_nothing_yet(visitor, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        response = subscribe(visitor)
    assert response.status_code == 200
    assert "Check your email" in response.content.decode()
    subscriber = Subscriber.objects.get(email="reader@example.org")
    assert subscriber.state == Subscriber.State.PENDING
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["reader@example.org"]
    assert "/en/bulletin/confirm/" in mail.outbox[0].body


def test_confirmation_email_is_in_the_reader_language(visitor, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        subscribe(visitor, language="es")
    assert "/es/bulletin/confirm/" in mail.outbox[0].body
    assert Subscriber.objects.get().language == "es"


@pytest.mark.parametrize("bad", ["not-an-address", "", "a@b", "x" * 300 + "@example.org", "a@example.org\x00"])
def test_bad_address_is_a_field_error(visitor, bad):
    response = visitor.post("/en/bulletin/subscribe/", {"email": bad})
    assert response.status_code == 200
    assert 'class="field-errors"' in response.content.decode()
    assert not Subscriber.objects.exists()
    assert mail.outbox == []


def test_confirm_link_shows_a_button_then_confirms_on_post(visitor, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        subscribe(visitor)
    url = path_of(link_in_last_email())
    page = visitor.get(url)
    assert page.status_code == 200 and "Confirm your subscription" in page.content.decode()
    assert Subscriber.objects.get().state == Subscriber.State.PENDING  # a GET changes nothing
    response = visitor.post(url)
    assert "You are subscribed" in response.content.decode()
    assert Subscriber.objects.get().state == Subscriber.State.CONFIRMED
    again = visitor.post(url)
    assert "was already subscribed" in again.content.decode()


def test_already_subscribed_address_gets_the_same_answer_and_no_email(visitor, django_capture_on_commit_callbacks):
    Subscriber.objects.create(email="reader@example.org", state=Subscriber.State.CONFIRMED)
    with django_capture_on_commit_callbacks(execute=True):
        response = subscribe(visitor, email="Reader@Example.org")
    assert "Check your email" in response.content.decode()
    assert mail.outbox == []


@pytest.mark.parametrize("token", ["garbage", "a" * 500, "eyJpZCI6MX0:1abc:bad"])
def test_wrong_links_explain_themselves_and_change_nothing(visitor, token):
    subscriber = Subscriber.objects.create(email="reader@example.org")
    for path in (f"/en/bulletin/confirm/{token}/", f"/en/bulletin/unsubscribe/{token}/"):
        for method in (visitor.get, visitor.post):
            response = method(path)
            assert response.status_code == 400
            assert "This link does not work" in response.content.decode()
            assert "Nothing has changed" in response.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.state == Subscriber.State.PENDING


def test_an_unsubscribe_token_does_not_confirm(visitor):
    subscriber = Subscriber.objects.create(email="reader@example.org")
    token = subscription_token(subscriber, purpose="unsubscribe")
    assert visitor.post(f"/en/bulletin/confirm/{token}/").status_code == 400
    subscriber.refresh_from_db()
    assert subscriber.state == Subscriber.State.PENDING


def test_old_confirmation_link_has_expired(visitor, monkeypatch):
    subscriber = Subscriber.objects.create(email="reader@example.org")
    token = subscription_token(subscriber, purpose="confirm")
    monkeypatch.setattr(services, "CONFIRM_MAX_AGE", -1)
    response = visitor.post(f"/en/bulletin/confirm/{token}/")
    assert response.status_code == 400
    assert "too old" in response.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.state == Subscriber.State.PENDING


def test_link_from_an_earlier_request_is_stale(visitor, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        subscribe(visitor)
    first = path_of(link_in_last_email())
    cache.clear()  # the resend pause has passed
    with django_capture_on_commit_callbacks(execute=True):
        subscribe(visitor)
    second = path_of(link_in_last_email())
    response = visitor.post(first)
    assert response.status_code == 400 and "earlier request" in response.content.decode()
    assert Subscriber.objects.get().state == Subscriber.State.PENDING
    assert "You are subscribed" in visitor.post(second).content.decode()


def test_one_click_unsubscribe_needs_no_csrf_token():
    subscriber = Subscriber.objects.create(email="reader@example.org", state=Subscriber.State.CONFIRMED)
    token = subscription_token(subscriber, purpose="unsubscribe")
    client = Client(enforce_csrf_checks=True)
    response = client.post(f"/en/bulletin/unsubscribe/{token}/", "List-Unsubscribe=One-Click",
                           content_type="application/x-www-form-urlencoded")
    assert response.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.state == Subscriber.State.UNSUBSCRIBED
    again = client.post(f"/en/bulletin/unsubscribe/{token}/", "List-Unsubscribe=One-Click",
                        content_type="application/x-www-form-urlencoded")
    assert "was already unsubscribed" in again.content.decode()


def test_unsubscribe_page_get_changes_nothing(visitor):
    subscriber = Subscriber.objects.create(email="reader@example.org", state=Subscriber.State.CONFIRMED)
    token = subscription_token(subscriber, purpose="unsubscribe")
    response = visitor.get(f"/en/bulletin/unsubscribe/{token}/")
    assert "Stop sending the Legal Cooperation Bulletin to reader@example.org?" in response.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.state == Subscriber.State.CONFIRMED


def test_confirm_link_after_unsubscribing_does_not_resubscribe(visitor):
    subscriber = Subscriber.objects.create(email="reader@example.org", state=Subscriber.State.UNSUBSCRIBED)
    token = subscription_token(subscriber, purpose="confirm")
    assert visitor.post(f"/en/bulletin/confirm/{token}/").status_code == 400
    subscriber.refresh_from_db()
    assert subscriber.state == Subscriber.State.UNSUBSCRIBED


def test_other_state_changing_views_still_need_csrf():
    client = Client(enforce_csrf_checks=True)
    assert client.post("/en/bulletin/subscribe/", {"email": "reader@example.org"}).status_code == 403
    subscriber = Subscriber.objects.create(email="reader@example.org")
    token = subscription_token(subscriber, purpose="confirm")
    assert client.post(f"/en/bulletin/confirm/{token}/").status_code == 403


def test_asking_again_at_once_sends_no_second_email_and_keeps_the_link(visitor, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        subscribe(visitor)
    first = path_of(link_in_last_email())
    with django_capture_on_commit_callbacks(execute=True):
        response = subscribe(visitor)
    assert "Check your email" in response.content.decode()
    assert len(mail.outbox) == 1
    assert "You are subscribed" in visitor.post(first).content.decode()

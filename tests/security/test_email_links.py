"""Every link the portal sends by email starts with SITE_URL, whatever Host the request that
caused the email carried (an attacker asking a reset for someone else's account with a Host of
their own must not receive the key through a link to their server)."""

import re

import pytest
from django.core import mail
from django.test import Client

from tests.conftest import make_user

pytestmark = pytest.mark.django_db

SITE = "https://portal.example.org"
OTHER_HOST = "localhost:8801"  # allowed (ALLOWED_HOSTS), but not the site's address


@pytest.fixture(autouse=True)
def site_url(settings):
    settings.SITE_URL = SITE


def links(message) -> list[str]:
    bodies = [message.body] + [content for content, _type in getattr(message, "alternatives", [])]
    return [link for body in bodies for link in re.findall(r"https?://[^\s\"'<>]+", body)]


def assert_every_link_on_the_site(message):
    found = links(message)
    assert found, message.body
    for link in found:
        assert link.startswith(SITE + "/"), link
    assert "localhost" not in message.body and "testserver" not in message.body


def test_password_reset_link_comes_from_site_url():
    make_user("victim@example.org")
    client = Client(headers={"host": OTHER_HOST})
    response = client.post("/en/accounts/password/reset/", {"email": "victim@example.org"})
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    assert_every_link_on_the_site(mail.outbox[0])
    assert re.search(re.escape(SITE) + r"/en/accounts/password/reset/key/\S+/", mail.outbox[0].body)


def test_reset_for_an_unknown_address_links_to_the_site():
    client = Client(headers={"host": OTHER_HOST})
    client.post("/en/accounts/password/reset/", {"email": "nobody@example.org"})
    assert len(mail.outbox) == 1
    assert_every_link_on_the_site(mail.outbox[0])


def test_verification_link_at_sign_up_comes_from_site_url():
    client = Client(headers={"host": OTHER_HOST})
    client.post("/en/accounts/signup/", {
        "email": "ines@justicia.example.org", "first_name": "Inés", "last_name": "Gómez",
        "password1": "a-long-and-unusual-passphrase-77", "password2": "a-long-and-unusual-passphrase-77",
    })
    assert len(mail.outbox) == 1
    assert_every_link_on_the_site(mail.outbox[0])
    assert re.search(re.escape(SITE) + r"/en/accounts/confirm-email/\S+/", mail.outbox[0].body)


def test_sign_up_with_a_registered_address_links_to_the_site():
    make_user("known@example.org")
    client = Client(headers={"host": OTHER_HOST})
    client.post("/en/accounts/signup/", {
        "email": "known@example.org", "first_name": "A", "last_name": "B",
        "password1": "a-long-and-unusual-passphrase-77", "password2": "a-long-and-unusual-passphrase-77",
    })
    assert len(mail.outbox) == 1
    assert_every_link_on_the_site(mail.outbox[0])


def test_bulletin_confirmation_link_comes_from_site_url(django_capture_on_commit_callbacks):
    client = Client(headers={"host": OTHER_HOST})
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/en/bulletin/subscribe/", {"email": "reader@example.org"})
    assert len(mail.outbox) == 1
    assert_every_link_on_the_site(mail.outbox[0])

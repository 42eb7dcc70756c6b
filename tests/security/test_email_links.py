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


def the_one_email_with_every_link_on_the_site():
    """The one email sent, once checked: it has links, each starts with SITE_URL, and its text
    names neither localhost nor testserver."""
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    found = links(message)
    assert found, message.body
    for link in found:
        assert link.startswith(SITE + "/"), link
    assert "localhost" not in message.body and "testserver" not in message.body
    return message


def post_from_another_host(path: str, data: dict):
    return Client(headers={"host": OTHER_HOST}).post(path, data)


def sign_up(email: str, first_name: str, last_name: str):
    passphrase = "a-long-and-unusual-passphrase-77"
    return post_from_another_host("/en/accounts/signup/", {
        "email": email, "first_name": first_name, "last_name": last_name,
        "password1": passphrase, "password2": passphrase,
    })


def test_password_reset_link_comes_from_site_url():
    make_user("victim@example.org")
    response = post_from_another_host("/en/accounts/password/reset/", {"email": "victim@example.org"})
    assert response.status_code == 302
    message = the_one_email_with_every_link_on_the_site()
    assert re.search(re.escape(SITE) + r"/en/accounts/password/reset/key/\S+/", message.body)


def test_reset_for_an_unknown_address_links_to_the_site():
    post_from_another_host("/en/accounts/password/reset/", {"email": "nobody@example.org"})
    the_one_email_with_every_link_on_the_site()


def test_verification_link_at_sign_up_comes_from_site_url():
    sign_up("ines@justicia.example.org", "Inés", "Gómez")
    message = the_one_email_with_every_link_on_the_site()
    assert re.search(re.escape(SITE) + r"/en/accounts/confirm-email/\S+/", message.body)


def test_sign_up_with_a_registered_address_links_to_the_site():
    make_user("known@example.org")
    sign_up("known@example.org", "A", "B")
    the_one_email_with_every_link_on_the_site()


def test_bulletin_confirmation_link_comes_from_site_url(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        post_from_another_host("/en/bulletin/subscribe/", {"email": "reader@example.org"})
    the_one_email_with_every_link_on_the_site()

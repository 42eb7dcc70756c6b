"""Sign-up, email verification, sign-in, rate limits, sessions, as a user meets them."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.test import Client

from portal.accounts.models import AuditEvent, User
from tests.conftest import PASSWORD, make_user

pytestmark = pytest.mark.django_db

SIGNUP = {
    "email": "ines@justicia.example.org",
    "first_name": "Inés",
    "last_name": "Gómez",
    "password1": "a-long-and-unusual-passphrase-77",
    "password2": "a-long-and-unusual-passphrase-77",
}


def test_signup_requires_email_verification(client, mailoutbox):
    response = client.post("/en/accounts/signup/", SIGNUP)
    assert response.status_code == 302
    user = User.objects.get(email="ines@justicia.example.org")
    assert user.get_full_name() == "Inés Gómez"
    assert not EmailAddress.objects.get(user=user).verified
    assert len(mailoutbox) == 1
    # The link starts with SITE_URL (tests/security/test_email_links.py), never the request's Host.
    link = re.search(r"https?://[^/\s]+(/en/accounts/confirm-email/[^\s]+)", mailoutbox[0].body).group(1)
    # Not signed in until the address is confirmed.
    assert client.get("/en/me/").status_code == 302
    page = client.get(link)
    assert page.status_code == 200
    client.post(link)
    assert EmailAddress.objects.get(user=user).verified


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("email", "not-an-email", "Enter a valid email address."),
        ("password1", "short", "This password is too short. It must contain at least 12 characters."),
        ("password1", "password1234", "This password is too common."),
    ],
)
def test_signup_shows_field_errors(client, field, value, message):
    data = {**SIGNUP, field: value}
    if field == "password1":
        data["password2"] = value
    response = client.post("/en/accounts/signup/", data)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert not User.objects.filter(email=SIGNUP["email"]).exists()


def test_wrong_password_does_not_reveal_whether_the_account_exists(client):
    make_user("known@example.org")
    known = client.post("/en/accounts/login/", {"login": "known@example.org", "password": "wrong-password-123"})
    unknown = client.post("/en/accounts/login/", {"login": "unknown@example.org", "password": "wrong-password-123"})
    assert known.status_code == unknown.status_code == 200
    text = "The email address and/or password you specified are not correct."
    assert text in known.content.decode()
    assert text in unknown.content.decode()
    assert AuditEvent.objects.filter(action="auth.sign_in_failed").count() == 2


def test_sign_in_is_recorded_in_the_audit_trail(client):
    make_user("known@example.org")
    response = client.post("/en/accounts/login/", {"login": "known@example.org", "password": PASSWORD})
    assert response.status_code == 302
    event = AuditEvent.objects.get(action="auth.signed_in")
    assert event.actor_label == "known@example.org"
    assert event.ip_address == "127.0.0.1"


def test_repeated_failed_sign_ins_are_rate_limited(client):
    make_user("target@example.org")
    pages = [
        client.post("/en/accounts/login/", {"login": "target@example.org", "password": f"guess-{i}-xxxxxxx"})
        for i in range(6)
    ]
    assert "Too many failed login attempts" not in pages[0].content.decode()
    assert "Too many failed login attempts. Try again later." in pages[-1].content.decode()
    # Even the right password is refused while the limit holds.
    locked = client.post("/en/accounts/login/", {"login": "target@example.org", "password": PASSWORD})
    assert "_auth_user_id" not in client.session
    assert "Too many failed login attempts" in locked.content.decode()


def test_user_sees_and_ends_their_sessions(client):
    user = make_user("sessions@example.org")
    client.post("/en/accounts/login/", {"login": user.email, "password": PASSWORD})
    page = client.get("/en/accounts/sessions/")
    assert page.status_code == 200
    assert "127.0.0.1" in page.content.decode()


def test_audit_trail_cannot_be_changed_or_deleted():
    from django.db import InternalError, transaction

    from portal.accounts.services import audit_record

    event = audit_record(action="test.event", target="x")
    with pytest.raises(ValueError):
        event.save()
    with pytest.raises(InternalError), transaction.atomic():
        AuditEvent.objects.filter(pk=event.pk).update(action="tampered")
    with pytest.raises(InternalError), transaction.atomic():
        AuditEvent.objects.filter(pk=event.pk).delete()
    assert AuditEvent.objects.get(pk=event.pk).action == "test.event"


def test_changing_the_password_ends_every_other_session():
    user = make_user("two-devices@example.org")
    laptop, phone = Client(), Client()
    for device in (laptop, phone):
        device.post("/en/accounts/login/", {"login": user.email, "password": PASSWORD})
        assert device.get("/en/me/").status_code == 200
    laptop.post("/en/accounts/password/change/", {
        "oldpassword": PASSWORD, "password1": "a-brand-new-passphrase-2026", "password2": "a-brand-new-passphrase-2026",
    })
    assert phone.get("/en/me/").status_code == 302  # signed out on the other device


def test_adding_an_email_address_asks_for_the_password_again():
    user = make_user("reauth@example.org")
    client = Client()
    client.force_login(user)  # signed in, but not recently authenticated
    response = client.post("/en/accounts/email/", {"action_add": "", "email": "other@example.org"})
    assert response.status_code == 302
    assert "/accounts/reauthenticate/" in response["Location"]
    assert not user.emailaddress_set.filter(email="other@example.org").exists()


def _sign_up_as(email: str, mailoutbox, hasher_calls: list) -> dict:
    """What one sign-up costs and shows: status, redirect, page text, password hashes, emails."""
    mailoutbox.clear()
    hasher_calls.clear()
    client = Client()
    response = client.post("/en/accounts/signup/", {**SIGNUP, "email": email})
    page = client.get(response["Location"]) if response.status_code == 302 else response
    text = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", page.content.decode()).replace(email, "ADDRESS")
    return {
        "status": response.status_code,
        "location": response.get("Location"),
        "page": text,
        "password_hashes": len(hasher_calls),
        "emails": [[to.replace(email, "ADDRESS") for to in message.to] for message in mailoutbox],
    }


def test_signup_does_not_reveal_whether_an_address_is_registered(mailoutbox, monkeypatch):
    from django.contrib.auth.hashers import get_hasher

    make_user("known@example.org")
    hasher_calls: list = []
    hasher_class = type(get_hasher())  # the suite's fast hasher (tests/conftest.py); production's is Argon2
    encode = hasher_class.encode

    def counting_encode(self, password, salt, *args, **kwargs):
        hasher_calls.append(password)
        return encode(self, password, salt, *args, **kwargs)

    monkeypatch.setattr(hasher_class, "encode", counting_encode)
    known = _sign_up_as("known@example.org", mailoutbox, hasher_calls)
    new = _sign_up_as("new-person@example.org", mailoutbox, hasher_calls)
    assert known["status"] == new["status"] == 302
    assert known["location"] == new["location"]
    # Same message on screen, same expensive steps: one password hash, one email to the address.
    assert known["page"] == new["page"]
    assert "We have sent an email to you for verification" in new["page"]
    assert known["password_hashes"] == new["password_hashes"] == 1
    assert known["emails"] == new["emails"] == [["ADDRESS"]]
    assert User.objects.filter(email="known@example.org").count() == 1

"""The expert gate: each persona is sent to the step they miss, with a message saying what."""

import pytest
from django.contrib.messages.storage.fallback import FallbackStorage
from django.contrib.sessions.backends.db import SessionStore
from django.http import HttpResponse
from django.test import RequestFactory

from portal.gate import Step, missing_step, restricted
from tests.conftest import make_user

pytestmark = pytest.mark.django_db


@restricted
def restricted_view(request):
    return HttpResponse("restricted content")


def call(user, path="/en/contacts/"):
    request = RequestFactory().get(path)
    request.user = user
    request.session = SessionStore()
    request._messages = FallbackStorage(request)
    response = restricted_view(request)
    return response, [str(m) for m in request._messages]


def test_visitor_is_sent_to_sign_in():
    from django.contrib.auth.models import AnonymousUser

    response, messages = call(AnonymousUser())
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/?next=/en/contacts/")
    assert "sign in" in messages[0].lower()


def test_unverified_user_is_sent_to_verify_email(unverified):
    response, messages = call(unverified)
    assert response["Location"] == "/en/accounts/email/"
    assert "verify your email" in messages[0].lower()


def test_registered_user_is_sent_to_expert_access(registered):
    response, messages = call(registered)
    assert response["Location"] == "/en/me/expert-access/"
    assert "approved experts" in messages[0]


def test_user_without_request_is_sent_to_expert_access(db):
    user = make_user("nobody@example.org")
    assert missing_step(user) is Step.EXPERT_ACCESS


def test_suspended_expert_is_told_so(suspended_expert):
    response, messages = call(suspended_expert)
    assert response["Location"] == "/en/me/"
    assert "suspended" in messages[0]


def test_approved_expert_without_mfa_is_sent_to_mfa(expert_without_mfa):
    response, messages = call(expert_without_mfa)
    assert response["Location"] == "/en/accounts/2fa/"
    assert "two-factor" in messages[0].lower()


@pytest.mark.parametrize("persona", ["expert_br", "expert_mx", "focal_ar", "secretariat"])
def test_complete_personas_pass(persona, request):
    user = request.getfixturevalue(persona)
    response, _ = call(user)
    assert response.status_code == 200
    assert response.content == b"restricted content"


def test_idle_restricted_session_is_ended(expert_br, settings):
    settings.PORTAL = {**settings.PORTAL, "RESTRICTED_IDLE_SECONDS": 60}
    request = RequestFactory().get("/en/contacts/")
    request.user = expert_br
    request.session = SessionStore()
    request.session["restricted_last_seen"] = 1  # long ago
    request._messages = FallbackStorage(request)
    response = restricted_view(request)
    assert response.status_code == 302
    assert "/accounts/login/" in response["Location"]
    assert "inactivity" in str(list(request._messages)[0])


def test_roles_are_read_once_and_follow_changes(django_assert_num_queries):
    from django.contrib.auth.models import Group

    from portal.accounts.models import Role
    from portal.scope import can_edit_country

    user = make_user("roles-once@example.org")
    with django_assert_num_queries(1):
        assert not user.is_secretariat
        assert not can_edit_country(user, "AR")
    user.groups.add(Group.objects.get(name=Role.SECRETARIAT))
    assert user.is_secretariat
    user.groups.clear()
    assert not user.is_secretariat

"""Approve, decline with the reason, and suspend from the access request's own admin page."""

import pytest
from django.urls import reverse

from portal.accounts.models import AuditEvent, ExpertProfile, Role
from tests.conftest import make_user

pytestmark = pytest.mark.django_db


def page_of(profile) -> str:
    return reverse("admin:accounts_expertprofile_change", args=[profile.pk])


@pytest.fixture
def decide(client, secretariat, django_capture_on_commit_callbacks):
    client.force_login(secretariat)

    def post(profile, decision, reason=""):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(page_of(profile), {"_decision": decision, "decision_reason": reason}, follow=True)

    return post


def test_the_request_page_offers_approve_and_decline_and_no_delete_link(client, secretariat, registered):
    client.force_login(secretariat)
    page = client.get(page_of(registered.expert_profile)).content.decode()
    assert 'name="_decision" value="approve"' in page
    assert 'name="_decision" value="decline"' in page
    assert 'value="suspend"' not in page
    assert 'name="decision_reason"' in page
    assert "deletelink" not in page
    # The save button still comes first: pressing Enter in a field never approves anyone.
    assert page.index('name="_save"') < page.index('value="approve"')


def test_approve_button(decide, secretariat, registered, mailoutbox):
    response = decide(registered.expert_profile, "approve")
    assert "is approved and has been told by email" in response.content.decode()
    profile = ExpertProfile.objects.get(pk=registered.expert_profile.pk)
    assert profile.status == ExpertProfile.Status.APPROVED and profile.decided_by == secretariat
    assert registered.groups.filter(name=Role.EXPERT).exists()
    event = AuditEvent.objects.get(action="expert.approved")
    assert event.actor == secretariat and event.target == "registered@example.org"
    assert [message.to for message in mailoutbox] == [["registered@example.org"]]


@pytest.mark.parametrize(("persona", "decision", "reason", "told", "status", "action", "subject"), [
    pytest.param("registered", "decline", "Please apply with your ministry address.",
                 "is declined; the reason has been sent", ExpertProfile.Status.DECLINED, "expert.declined",
                 "Your request for expert access", id="decline"),
    pytest.param("expert_br", "suspend", "Left the prosecution service.",
                 "is suspended and signed out everywhere", ExpertProfile.Status.SUSPENDED, "expert.suspended",
                 "Your expert access is suspended", id="suspend"),
])
def test_decline_and_suspend_record_the_reason_and_send_it_in_the_same_step(
        request, decide, secretariat, mailoutbox, persona, decision, reason, told, status, action, subject):
    profile = request.getfixturevalue(persona).expert_profile
    response = decide(profile, decision, reason)
    assert told in response.content.decode()
    profile.refresh_from_db()
    assert (profile.status, profile.decision_note) == (status, reason)
    assert AuditEvent.objects.get(action=action).actor == secretariat
    assert subject in mailoutbox[0].subject and reason in mailoutbox[0].body


def test_decline_without_a_reason_is_refused(decide, registered, mailoutbox):
    response = decide(registered.expert_profile, "decline", "   ")
    assert response.status_code == 200
    assert "Write the reason for declining" in response.content.decode()
    assert ExpertProfile.objects.get(pk=registered.expert_profile.pk).status == ExpertProfile.Status.REQUESTED
    assert not AuditEvent.objects.filter(action="expert.declined").exists()
    assert mailoutbox == []


def test_an_approved_experts_page_offers_suspend_only(client, secretariat, expert_br):
    client.force_login(secretariat)
    page = client.get(page_of(expert_br.expert_profile)).content.decode()
    assert 'value="suspend"' in page and 'value="approve"' not in page and 'value="decline"' not in page


def test_an_unverified_official_address_cannot_be_approved(client, decide, secretariat):
    waiting = make_user("waiting@example.org", country="PE", status=ExpertProfile.Status.REQUESTED,
                        official_email_verified=False)
    page = client.get(page_of(waiting.expert_profile)).content.decode()
    assert "not verified yet" in page and 'value="approve"' not in page
    response = decide(waiting.expert_profile, "approve")
    assert "the official email address waiting@gov.example.org is not verified yet" in response.content.decode()
    assert ExpertProfile.objects.get(pk=waiting.expert_profile.pk).status == ExpertProfile.Status.REQUESTED


def test_a_decision_that_does_not_fit_the_status_is_refused(decide, expert_br):
    response = decide(expert_br.expert_profile, "decline", "No.")
    assert "not possible" in response.content.decode()
    assert ExpertProfile.objects.get(pk=expert_br.expert_profile.pk).status == ExpertProfile.Status.APPROVED


def test_only_those_who_may_change_requests_can_decide(client, registered, expert_br):
    focal = make_user("staff-focal@example.org", roles=(Role.FOCAL_POINT,), is_staff=True)
    client.force_login(focal)
    response = client.post(page_of(registered.expert_profile), {"_decision": "approve"})
    assert response.status_code in (302, 403, 404)
    assert ExpertProfile.objects.get(pk=registered.expert_profile.pk).status == ExpertProfile.Status.REQUESTED
    client.force_login(expert_br)
    client.post(page_of(registered.expert_profile), {"_decision": "approve"})
    assert ExpertProfile.objects.get(pk=registered.expert_profile.pk).status == ExpertProfile.Status.REQUESTED


def test_deleting_stays_possible_from_the_list(client, secretariat, registered):
    client.force_login(secretariat)
    page = client.get(reverse("admin:accounts_expertprofile_changelist")).content.decode()
    assert 'value="delete_selected"' in page

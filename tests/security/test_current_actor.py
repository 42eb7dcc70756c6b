"""The acting user and the client's address reach the audit trail from the request context
(portal/infra/current_actor.py), without any `request=` argument: from views, admin actions and
services alike; commands record no actor; nothing carries over from one request to the next."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.http import HttpResponse
from django.test import Client, RequestFactory

from portal.accounts.models import AuditEvent
from portal.accounts.services import audit_record
from portal.content.models import Resource, Status, Subscriber
from portal.infra.current_actor import NOBODY, CurrentActorMiddleware, acting_as, current_actor
from tests.conftest import make_user
from tests.content.factories import make_issue, make_resource

pytestmark = pytest.mark.django_db

ADDRESS = "203.0.113.44"


def signed_in(user, address=ADDRESS) -> Client:
    client = Client(REMOTE_ADDR=address)
    client.force_login(user)
    return client


def test_an_admin_bulk_action_is_audited_with_the_acting_user_and_address(secretariat):
    resources = [make_resource(f"Manual {n}") for n in range(2)]
    response = signed_in(secretariat).post("/admin/content/resource/", {
        "action": "make_draft", "_selected_action": [resource.pk for resource in resources],
    })
    assert response.status_code == 302
    assert set(Resource.objects.values_list("status", flat=True)) == {Status.DRAFT}
    event = AuditEvent.objects.get(action="content.made_draft")
    assert event.actor == secretariat
    assert event.actor_label == secretariat.email
    assert event.ip_address == ADDRESS
    assert event.details["ids"] == sorted(resource.pk for resource in resources)


def test_publishing_in_bulk_is_audited_and_shows_at_once_on_the_public_site(secretariat, settings):
    resource = make_resource("Guide to preservation orders", draft=True)
    signed_in(secretariat).post("/admin/content/resource/", {"action": "publish_now", "_selected_action": [resource.pk]})
    resource.refresh_from_db()
    assert resource.status == Status.PUBLISHED
    event = AuditEvent.objects.get(action="content.published")
    assert (event.actor, event.ip_address) == (secretariat, ADDRESS)
    assert "Guide to preservation orders" in Client().get("/en/resources/").content.decode()


def test_reopening_a_workspace_in_the_admin_is_audited(secretariat, expert_br):
    from workspaces.services import workspace_archive, workspace_create

    workspace = workspace_create(name="Closed group", slug="closed-group", owners=[expert_br], by=secretariat)
    workspace_archive(workspace=workspace, by=secretariat)
    signed_in(secretariat).post("/admin/workspaces/workspace/", {"action": "unarchive", "_selected_action": [workspace.pk]})
    workspace.refresh_from_db()
    assert workspace.archived_at is None
    event = AuditEvent.objects.get(action="workspace.unarchived")
    assert (event.actor, event.ip_address) == (secretariat, ADDRESS)


def test_a_view_audits_the_signed_in_user_and_address_without_passing_the_request(expert_br):
    assert signed_in(expert_br).get("/en/contacts/").status_code == 200
    event = AuditEvent.objects.get(action="contacts.viewed")
    assert (event.actor, event.ip_address) == (expert_br, ADDRESS)


def test_the_address_follows_the_trusted_proxy_rule(expert_br, settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    client = signed_in(expert_br, address="10.0.0.1")
    client.get("/en/contacts/", headers={"x-forwarded-for": "192.0.2.1, 198.51.100.7"})
    assert AuditEvent.objects.get(action="contacts.viewed").ip_address == "198.51.100.7"


def test_a_service_that_names_no_actor_records_whoever_acts(secretariat):
    """bulletin_send takes no `by`: the admin action's user is recorded all the same."""
    issue = make_issue(1)
    Subscriber.objects.create(email="reader@example.org", state=Subscriber.State.CONFIRMED)
    signed_in(secretariat).post("/admin/content/bulletinissue/", {
        "action": "send_to_subscribers", "_selected_action": [issue.pk],
    })
    event = AuditEvent.objects.get(action="content.bulletin_sent")
    assert (event.actor, event.ip_address) == (secretariat, ADDRESS)
    assert event.details["queued"] == 1


def test_a_management_command_records_no_actor():
    make_issue(7)
    Subscriber.objects.create(email="reader@example.org", state=Subscriber.State.CONFIRMED)
    call_command("send_bulletin", "7", stdout=StringIO())
    event = AuditEvent.objects.get(action="content.bulletin_sent")
    assert event.actor is None
    assert event.actor_label == ""
    assert event.ip_address is None


def test_acting_as_names_the_actor_outside_a_request_and_an_explicit_actor_wins(secretariat, expert_br):
    with acting_as(secretariat):
        assert audit_record(action="test.event").actor == secretariat
        assert audit_record(action="test.event", actor=expert_br).actor == expert_br
    assert audit_record(action="test.event").actor is None


def test_nothing_carries_over_to_the_next_request(expert_br):
    signed_in(expert_br).get("/en/contacts/")
    assert current_actor() is NOBODY
    # An anonymous request on the same thread afterwards: nobody acts, its own address is kept.
    make_user("someone@example.org")
    Client(REMOTE_ADDR="198.51.100.20").post(
        "/en/accounts/login/", {"login": "someone@example.org", "password": "wrong-password-xx"})
    failed = AuditEvent.objects.get(action="auth.sign_in_failed")
    assert (failed.actor, failed.ip_address) == (None, "198.51.100.20")


def test_the_context_is_reset_when_the_view_raises(expert_br):
    seen = {}

    def failing_view(request):
        seen["user"], seen["ip"] = current_actor().user, current_actor().ip
        raise RuntimeError("the view failed")

    request = RequestFactory().get("/en/", REMOTE_ADDR=ADDRESS)
    request.user = expert_br
    with pytest.raises(RuntimeError):
        CurrentActorMiddleware(failing_view)(request)
    assert seen == {"user": expert_br, "ip": ADDRESS}
    assert current_actor() is NOBODY


def test_the_context_is_reset_after_a_response(expert_br):
    request = RequestFactory().get("/en/", REMOTE_ADDR=ADDRESS)
    request.user = expert_br
    response = CurrentActorMiddleware(lambda request: HttpResponse(str(current_actor().user.pk)))(request)
    assert response.content.decode() == str(expert_br.pk)
    assert current_actor() is NOBODY


def test_confirming_entries_in_bulk_is_audited_per_entry(secretariat):
    from tests.contacts.factories import make_point, make_unit

    unit = make_unit("MX")
    point = make_point(unit)
    signed_in(secretariat).post("/admin/contacts/contactpoint/", {
        "action": "confirm_selected", "_selected_action": [point.pk],
    })
    event = AuditEvent.objects.get(action="contacts.entry_confirmed")
    assert (event.actor, event.ip_address, event.target) == (secretariat, ADDRESS, f"contactpoint:{point.pk}")


def test_marking_contact_messages_answered_is_audited(secretariat):
    from portal.content.models import ContactMessage

    message = ContactMessage.objects.create(name="A reader", email="reader@example.org", topic="other",
                                            message="A question.", language="en")
    signed_in(secretariat).post("/admin/content/contactmessage/", {
        "action": "mark_answered", "_selected_action": [message.pk],
    })
    message.refresh_from_db()
    assert message.handled_by == secretariat
    event = AuditEvent.objects.get(action="content.contact_message_answered")
    assert (event.actor, event.ip_address, event.details["ids"]) == (secretariat, ADDRESS, [message.pk])


def test_no_service_takes_the_request():
    """Who acts comes from the context: a `request` parameter on a service is the old way back."""
    import ast
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    modules = [path for app in ("portal", "legislation", "contacts", "workspaces", "cooperation", "recommendations")
               for pattern in ("services.py", "services/*.py") for path in (root / app).rglob(pattern)]
    assert len(modules) >= 8
    offenders = [
        f"{path.relative_to(root)}:{node.lineno} {node.name}"
        for path in modules
        for node in ast.walk(ast.parse(path.read_text()))
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef)
        and "request" in {arg.arg for arg in (*node.args.args, *node.args.kwonlyargs)}
    ]
    assert offenders == []

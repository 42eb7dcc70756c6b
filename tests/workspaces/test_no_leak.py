"""Nothing about a workspace (name, members, posts) reaches someone outside it: no page,
count, search result or email."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from workspaces import services
from workspaces import urls as workspace_urls
from workspaces.models import Invitation, JoinRequest, Membership, Notify

from .conftest import make_practice, url

# The slug is left out: a 404 page repeats the address the visitor typed, nothing more.
SECRETS = [
    "Secret Ransomware Taskforce",
    "Olga Owner",
    "Mateo Moderador",
    "Wallet tracing 42",
    "hidden-evidence.txt",
    "Mixer cluster",
]


@pytest.fixture
def busy_workspace(workspace, member, moderator, owner):
    thread = services.thread_create(
        workspace=workspace, author=member, title="Wallet tracing 42", body="Mixer cluster found"
    )
    services.post_create(thread=thread, author=moderator, body="Mixer cluster confirmed")
    services.document_upload(workspace=workspace, by=member, file=ContentFile(b"x"), file_name="hidden-evidence.txt")
    make_practice(workspace, member, title="Mixer cluster method")
    JoinRequest.objects.create(workspace=workspace, user=owner)
    Invitation.objects.create(
        workspace=workspace, email="x@example.org", token_hash="h" * 64, expires_at=timezone.now() + timedelta(days=1)
    )
    return workspace


def _workspace_urls(workspace):
    thread = workspace.threads.get()
    post = thread.posts.first()
    document = workspace.documents.get()
    practice = workspace.good_practices.get()
    membership = Membership.objects.filter(workspace=workspace).first()
    slug = workspace.slug
    return [
        ("get", url("workspace_detail", slug)),
        ("get", url("join_request_create", slug)),
        ("get", url("workspace_search", slug) + "?q=Mixer"),
        ("post", url("workspace_archive", slug)),
        ("get", url("thread_create", slug)),
        ("get", url("thread_detail", slug, thread.pk)),
        ("get", url("post_edit", slug, post.pk)),
        ("post", url("post_remove", slug, post.pk)),
        ("get", url("practice_list", slug)),
        ("get", url("practice_create", slug)),
        ("get", url("practice_detail", slug, practice.pk)),
        ("get", url("practice_edit", slug, practice.pk)),
        ("post", url("practice_propose", slug, practice.pk)),
        ("get", url("document_list", slug)),
        ("get", url("document_detail", slug, document.pk)),
        ("get", url("document_download", slug, document.pk)),
        ("get", url("version_download", slug, document.pk, 1)),
        ("post", url("document_withdraw", slug, document.pk)),
        ("post", url("version_withdraw", slug, document.pk, 1)),
        ("get", url("member_list", slug)),
        ("post", url("invitation_create", slug)),
        ("post", url("invitation_revoke", slug, workspace.invitations.get().pk)),
        ("post", url("join_request_decide", slug, workspace.join_requests.get().pk)),
        ("post", url("member_role", slug, membership.pk)),
        ("post", url("member_remove", slug, membership.pk)),
        ("post", url("membership_leave", slug)),
        ("post", url("membership_notifications", slug)),
    ]


@pytest.mark.parametrize("persona", ["outsider", "secretariat"])
def test_every_url_of_the_workspace_is_404_without_a_trace(request, client, busy_workspace, persona):
    client.force_login(request.getfixturevalue(persona))
    urls = _workspace_urls(busy_workspace)
    assert len(urls) == len([p for p in workspace_urls.urlpatterns if "<slug:slug>" in str(p.pattern)])
    for method, address in urls:
        response = getattr(client, method)(address)
        assert response.status_code == 404, address
        body = response.content.decode()
        assert not [s for s in SECRETS if s in body], address
    assert Membership.objects.filter(workspace=busy_workspace).count() == 4


def test_outsider_pages_show_nothing(client, busy_workspace, outsider):
    client.force_login(outsider)
    for address in [url("workspace_list"), reverse("accounts:dashboard")]:
        response = client.get(address, follow=True)
        body = response.content.decode()
        assert not [s for s in [*SECRETS, "ransomware-taskforce"] if s in body], address


def test_workspaces_are_not_in_the_site_wide_search():
    from django.conf import settings

    assert not [provider for provider in settings.PORTAL["SEARCH_PROVIDERS"] if provider.startswith("workspaces")]


def test_outsider_receives_no_email_about_it(
    client, busy_workspace, outsider, member, moderator, django_capture_on_commit_callbacks
):
    Membership.objects.update(notify=Notify.IMMEDIATE)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        thread = busy_workspace.threads.get()
        services.post_create(thread=thread, author=member, body="Mixer cluster again")
    Membership.objects.update(notify=Notify.DIGEST, notify_since=timezone.now() - timedelta(days=1))
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_workspace_digests", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert mail.outbox, "members were told"
    members = set(Membership.objects.filter(workspace=busy_workspace).values_list("user__email", flat=True))
    for message in mail.outbox:
        assert set(message.to) <= members
        assert outsider.email not in message.to


def test_a_removed_member_stops_hearing_about_it(
    busy_workspace, member, moderator, owner, django_capture_on_commit_callbacks
):
    Membership.objects.filter(user=member).update(notify=Notify.IMMEDIATE)
    services.membership_remove(membership=Membership.objects.get(user=member), by=owner)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.post_create(thread=busy_workspace.threads.get(), author=moderator, body="later")
    assert not [m for m in mail.outbox if member.email in m.to]

from datetime import timedelta

from django.core import mail
from django.core.management import call_command
from django.utils import timezone

from portal.models import OutgoingEmail
from workspaces import services
from workspaces.models import Membership, Notify

from .conftest import url


def _digest(django_capture_on_commit_callbacks):
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("send_workspace_digests", stdout=open("/dev/null", "w"))  # noqa: SIM115
    return list(mail.outbox)


def test_immediate_email_after_commit_to_those_who_chose_it(
    workspace, member, reader, moderator, owner, django_capture_on_commit_callbacks
):
    Membership.objects.filter(user__in=[reader, member]).update(notify=Notify.IMMEDIATE)
    Membership.objects.filter(user=owner).update(notify=Notify.NONE)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        services.thread_create(workspace=workspace, author=member, title="Urgent lead", body="secret text")
    assert mail.outbox == []  # nothing leaves before the commit
    for callback in callbacks:
        callback()
    assert [m.to for m in mail.outbox] == [[reader.email]]  # not the author, not "none", not digest
    assert "Urgent lead" in mail.outbox[0].subject
    assert "secret text" not in mail.outbox[0].body  # titles and links only
    assert "/workspaces/ransomware-taskforce/threads/" in mail.outbox[0].body


def test_member_chooses_notifications(client, workspace, member):
    client.force_login(member)
    client.post(url("membership_notifications", workspace.slug), {"notify": "immediate"})
    assert Membership.objects.get(user=member).notify == Notify.IMMEDIATE
    assert client.post(url("membership_notifications", workspace.slug), {"notify": "bogus"}).status_code == 302
    assert Membership.objects.get(user=member).notify == Notify.IMMEDIATE


def test_digest_never_repeats_an_item(workspace, member, moderator, django_capture_on_commit_callbacks):
    Membership.objects.update(notify_since=timezone.now() - timedelta(days=1))
    services.thread_create(workspace=workspace, author=moderator, title="First news", body="b")
    sent = _digest(django_capture_on_commit_callbacks)
    to_member = [m for m in sent if m.to == [member.email]]
    assert len(to_member) == 1 and "First news" in to_member[0].body
    assert "Secret Ransomware Taskforce" in to_member[0].body
    assert not any(m.to == [member.email] for m in _digest(django_capture_on_commit_callbacks))
    services.thread_create(workspace=workspace, author=moderator, title="Second news", body="b")
    again = [m for m in _digest(django_capture_on_commit_callbacks) if m.to == [member.email]]
    assert len(again) == 1 and "Second news" in again[0].body and "First news" not in again[0].body


def test_digest_excludes_workspaces_the_member_left(workspace, member, moderator, django_capture_on_commit_callbacks):
    Membership.objects.update(notify_since=timezone.now() - timedelta(days=1))
    services.thread_create(workspace=workspace, author=moderator, title="After you go", body="b")
    services.membership_leave(membership=Membership.objects.get(user=member))
    sent = _digest(django_capture_on_commit_callbacks)
    assert not [m for m in sent if member.email in m.to]
    assert all("After you go" not in m.body for m in sent if member.email in m.to)


def test_digest_skips_those_who_chose_none_or_immediate(
    workspace, member, moderator, django_capture_on_commit_callbacks
):
    Membership.objects.update(notify=Notify.NONE, notify_since=timezone.now() - timedelta(days=1))
    services.thread_create(workspace=workspace, author=moderator, title="Quiet", body="b")
    assert _digest(django_capture_on_commit_callbacks) == []


def test_digest_starts_when_chosen(workspace, member, moderator, django_capture_on_commit_callbacks):
    membership = Membership.objects.get(user=member)
    services.membership_set_notifications(membership=membership, notify=Notify.NONE)
    services.thread_create(workspace=workspace, author=moderator, title="Before choosing", body="b")
    services.membership_set_notifications(membership=membership, notify=Notify.DIGEST)
    services.thread_create(workspace=workspace, author=moderator, title="After choosing", body="b")
    body = next(m.body for m in _digest(django_capture_on_commit_callbacks) if m.to == [member.email])
    assert "After choosing" in body and "Before choosing" not in body


def test_a_suspended_member_gets_no_immediate_email(
    workspace, member, moderator, secretariat, django_capture_on_commit_callbacks
):
    """Suspension keeps the membership (unused): the immediate email does not reach it, while the
    member beside them still hears of the new item."""
    from portal.accounts.services import expert_suspend

    Membership.objects.filter(user__in=[member, moderator]).update(notify=Notify.IMMEDIATE)
    expert_suspend(profile=member.expert_profile, by=secretariat)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.thread_create(workspace=workspace, author=workspace.memberships.get(role="owner").user,
                               title="Only for current experts", body="b")
    assert [m.to for m in mail.outbox if "Only for current experts" in m.subject] == [[moderator.email]]


def test_a_suspended_member_gets_no_digest(
    workspace, member, reader, moderator, secretariat, django_capture_on_commit_callbacks
):
    """Of two members who chose the digest, the suspended one gets none; the other gets the item."""
    from portal.accounts.services import expert_suspend

    Membership.objects.filter(user__in=[member, reader]).update(
        notify=Notify.DIGEST, notify_since=timezone.now() - timedelta(days=1)
    )
    expert_suspend(profile=reader.expert_profile, by=secretariat)
    services.thread_create(workspace=workspace, author=moderator, title="Digest for current experts", body="b")
    sent = _digest(django_capture_on_commit_callbacks)
    to_member = [m for m in sent if m.to == [member.email]]
    assert len(to_member) == 1 and "Digest for current experts" in to_member[0].body
    assert not [m for m in sent if reader.email in m.to]
    digests = OutgoingEmail.objects.filter(template="workspaces/email/digest")
    assert list(digests.filter(to=[member.email]).values_list("status", flat=True)) == [OutgoingEmail.Status.SENT]
    assert not digests.filter(to=[reader.email]).exists()


def test_a_deactivated_member_gets_no_workspace_email(workspace, member, moderator, django_capture_on_commit_callbacks):
    Membership.objects.filter(user__in=[member, moderator]).update(notify=Notify.IMMEDIATE)
    type(member).objects.filter(pk=member.pk).update(is_active=False)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.thread_create(workspace=workspace, author=workspace.memberships.get(role="owner").user,
                               title="Closed accounts hear nothing", body="b")
    assert [m.to for m in mail.outbox if "Closed accounts" in m.subject] == [[moderator.email]]

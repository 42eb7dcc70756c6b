"""What members hear of a workspace: the activity feed, immediate emails, the daily digest,
and the email telling someone they were made a member."""

from datetime import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone

from portal.accounts.models import User
from portal.emails import send_templated_email
from workspaces.models import (
    Activity,
    DigestDelivery,
    Membership,
    Notify,
    Role,
    Workspace,
)

DIGEST_MAX_ITEMS = 200


def member_added_email(*, workspace: Workspace, user: User, role: str, by: User | None) -> None:
    """Email someone named a member that they belong to the workspace now (after the commit)."""
    transaction.on_commit(
        lambda: send_templated_email(
            template="workspaces/email/member_added",
            to=[user.email],
            language=user.preferred_language or None,
            context={"workspace": workspace, "recipient": user, "role": Role(role).label, "by": by},
        )
    )


def activity_record(
    *,
    workspace: Workspace,
    actor: User | None,
    kind: str,
    title: str,
    url_name: str,
    url_args: list,
    fragment: str = "",
) -> Activity:
    """Note something new in the workspace; members who chose immediate emails hear of it
    once the transaction has committed."""
    activity = Activity.objects.create(
        workspace=workspace,
        actor=actor,
        kind=kind,
        title=title[:200],
        url_name=url_name,
        url_args=url_args,
        fragment=fragment,
    )
    from workspaces.tasks import notify_activity

    transaction.on_commit(lambda: notify_activity.enqueue(activity.pk))
    return activity


def activity_notify_immediately(*, activity_id: int) -> int:
    """Email one new item to the members who chose immediate emails; returns how many."""
    activity = Activity.objects.select_related("workspace", "actor").filter(pk=activity_id).first()
    if activity is None:
        return 0
    recipients = (
        Membership.objects.filter(workspace=activity.workspace, notify=Notify.IMMEDIATE)
        .of_approved_experts()
        .exclude(user=activity.actor)
        .select_related("user")
    )
    sent = 0
    for membership in recipients:
        send_templated_email(
            template="workspaces/email/activity",
            to=[membership.user.email],
            language=membership.user.preferred_language or None,
            context={"activity": activity, "workspace": activity.workspace, "recipient": membership.user},
        )
        sent += 1
    return sent


def digest_send(*, user: User, now: datetime | None = None) -> int:
    """Send one user their digest of new items in the workspaces they still belong to (digest
    chosen), each item at most once; returns the number of items sent."""
    now = now or timezone.now()
    memberships = list(Membership.objects.filter(user=user, notify=Notify.DIGEST).select_related("workspace"))
    sections = []
    delivered = []
    with transaction.atomic():
        for membership in memberships:
            items = list(
                Activity.objects.filter(
                    workspace=membership.workspace, created_at__gte=membership.notify_since, created_at__lte=now
                )
                .exclude(actor=user)
                .exclude(deliveries__user=user)
                .select_related("actor")
                .order_by("created_at", "pk")[:DIGEST_MAX_ITEMS]
            )
            if items:
                sections.append({"workspace": membership.workspace, "items": items})
                delivered.extend(items)
        if not delivered:
            return 0
        try:
            DigestDelivery.objects.bulk_create([DigestDelivery(user=user, activity=a, sent_at=now) for a in delivered])
        except IntegrityError:
            # Another run sent these at the same moment: never send twice.
            return 0
        transaction.on_commit(
            lambda: send_templated_email(
                template="workspaces/email/digest",
                to=[user.email],
                language=user.preferred_language or None,
                context={"recipient": user, "sections": sections, "count": len(delivered)},
            )
        )
    return len(delivered)


def digest_send_all(*, now: datetime | None = None) -> tuple[int, int]:
    """Send every member who chose the daily digest theirs; returns (emails, items)."""
    user_ids = (
        Membership.objects.filter(notify=Notify.DIGEST)
        .of_approved_experts()
        .values_list("user_id", flat=True)
        .distinct()
    )
    emails = items = 0
    for user in User.objects.filter(pk__in=list(user_ids)):
        count = digest_send(user=user, now=now)
        if count:
            emails += 1
            items += count
    return emails, items

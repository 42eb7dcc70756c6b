"""Writes with side effects in workspaces: one keyword-only function each, shared by views,
the admin, commands and the demo data. Each keeps the membership (whose role is the member's
rights), activity and the audit trail in step with the change.

Who may call what is decided by the caller through `access.get_workspace_for_user`; these
functions keep the rules that hold whoever calls them (archived means read-only, a workspace
keeps an owner, an invitation works once)."""

import hashlib
import re
import secrets
import uuid
from contextlib import contextmanager
from datetime import datetime, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.storage import storages
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from portal.accounts.models import User
from portal.accounts.services import audit_record
from portal.emails import send_templated_email
from workspaces import files
from workspaces.models import (
    INVITATION_VALID_FOR,
    ROLE_ORDER,
    Activity,
    Document,
    DocumentVersion,
    GoodPractice,
    Invitation,
    JoinRequest,
    Membership,
    Notify,
    Post,
    Role,
    Thread,
    Workspace,
)
from workspaces.notifications import activity_record, member_added_email

RESERVED_SLUGS = {"invitations", "new", "search"}
PRACTICE_FIELDS = ("title", "problem", "practice", "results", "country", "topics", "contact")
LANGUAGE_MARKERS = {
    "en": {"the", "and", "of", "to", "with", "was", "were", "for", "that", "which"},
    "es": {"el", "los", "las", "del", "y", "con", "fue", "para", "que", "una", "por"},
    "pt": {"o", "os", "as", "do", "da", "dos", "das", "com", "foi", "para", "não", "uma", "em"},
    "fr": {"le", "les", "des", "du", "et", "avec", "était", "pour", "qui", "une", "est", "au"},
}


def private_storage():
    return storages["private"]


def _audit(workspace: Workspace, action: str, actor: User | None, /, **details) -> None:
    """One line of the audit trail about `workspace`."""
    audit_record(action=action, actor=actor, target=f"workspace:{workspace.slug}", **details)


def _save(record, **values) -> None:
    """Set these fields of `record` and save only them."""
    for name, value in values.items():
        setattr(record, name, value)
    record.save(update_fields=list(values))


def _require_writable(workspace: Workspace) -> None:
    if workspace.is_archived:
        raise ValidationError(_("This workspace is archived and read-only."))


# Permissions and membership -------------------------------------------------------------


def _owner_count(workspace: Workspace) -> int:
    return Membership.objects.filter(workspace=workspace, role=Role.OWNER).count()


@transaction.atomic
def membership_add(
    *, workspace: Workspace, user: User, role: str, by: User | None, via: str
) -> Membership:
    """Make `user` a member with `role` (or change their role if they already are one)."""
    if role not in Role.values:
        raise ValidationError(_("Unknown role."))
    membership, created = Membership.objects.select_for_update().get_or_create(
        workspace=workspace, user=user, defaults={"role": role}
    )
    if not created and membership.role == role:
        return membership
    old_role = None if created else membership.role
    if not created:
        _save(membership, role=role)
    _audit(
        workspace,
        "workspace.member_added" if created else "workspace.role_changed",
        by,
        member=user.email,
        old_role=old_role,
        role=role,
        via=via,
    )
    if created:
        activity_record(
            workspace=workspace,
            actor=user,
            kind=Activity.Kind.MEMBER,
            title=str(user),
            url_name="member_list",
            url_args=[workspace.slug],
        )
    return membership


@transaction.atomic
def workspace_create(
    *,
    name: str,
    slug: str,
    description: str = "",
    join_policy: str = Workspace.JoinPolicy.INVITATION,
    owners: list[User] = (),
    members: list[tuple[User, str]] = (),
    by: User | None,
    is_sample: bool = False,
    tell_members: bool = False,
) -> Workspace:
    """Create a workspace with its owners and other named members (the secretariat does this in
    the admin); with `tell_members`, each named person is emailed their role and the address."""
    named: dict[int, tuple[User, str]] = {}
    for user, role in [*((owner, Role.OWNER) for owner in owners), *members]:
        if role not in Role.values:
            raise ValidationError(_("Unknown role."))
        # Named twice: the higher role wins.
        if user.pk not in named or ROLE_ORDER.index(role) > ROLE_ORDER.index(named[user.pk][1]):
            named[user.pk] = (user, role)
    if not any(role == Role.OWNER for _user, role in named.values()):
        raise ValidationError(_("A workspace needs at least one owner."))
    if slug in RESERVED_SLUGS:
        raise ValidationError(_("This short name is reserved; choose another."))
    workspace = Workspace.objects.create(
        name=name, slug=slug, description=description, join_policy=join_policy, created_by=by, is_sample=is_sample
    )
    _audit(workspace, "workspace.created", by)
    for user, role in named.values():
        membership_add(workspace=workspace, user=user, role=role, by=by, via="created")
    if tell_members:
        for user, role in named.values():
            member_added_email(workspace=workspace, user=user, role=role, by=by)
    return workspace


@transaction.atomic
def membership_change_role(*, membership: Membership, role: str, by: User) -> Membership:
    """Give a member another role; the last owner cannot be demoted."""
    _require_writable(membership.workspace)
    if role not in Role.values:
        raise ValidationError(_("Unknown role."))
    membership = Membership.objects.select_for_update().get(pk=membership.pk)
    if membership.role == Role.OWNER and role != Role.OWNER and _owner_count(membership.workspace) <= 1:
        raise ValidationError(_("A workspace needs at least one owner. Name another owner first."))
    old = membership.role
    _save(membership, role=role)
    _audit(membership.workspace, "workspace.role_changed", by, member=membership.user.email, old_role=old, role=role)
    return membership


@transaction.atomic
def membership_remove(*, membership: Membership, by: User, leaving: bool = False) -> None:
    """Remove a member (or let them leave): their rights go with the membership (their role)."""
    workspace = membership.workspace
    membership = Membership.objects.select_for_update().get(pk=membership.pk)
    if membership.role == Role.OWNER and _owner_count(workspace) <= 1:
        raise ValidationError(_("A workspace needs at least one owner. Name another owner first."))
    user = membership.user
    membership.delete()
    _audit(
        workspace,
        "workspace.member_left" if leaving else "workspace.member_removed",
        by,
        member=user.email,
        role=membership.role,
    )


def membership_leave(*, membership: Membership) -> None:
    """A member leaves the workspace."""
    membership_remove(membership=membership, by=membership.user, leaving=True)


@transaction.atomic
def membership_set_notifications(*, membership: Membership, notify: str) -> Membership:
    """Choose immediate emails, a daily digest or none for this workspace."""
    if notify not in Notify.values:
        raise ValidationError(_("Unknown choice."))
    if notify != membership.notify:
        # A new digest starts from now: nothing older is sent in a burst.
        _save(membership, notify=notify, notify_since=timezone.now())
    return membership


def membership_record_visit(*, membership: Membership, newest_activity: datetime | None = None) -> None:
    """Remember when the member last opened the workspace (for 'new since your last visit').

    A caller that knows when the workspace's newest activity happened passes it: when nothing is
    newer than the visit already recorded, moving the mark would change nothing anyone sees, so
    it is not written (a member reading the same workspace all day costs no write per page).
    """
    if newest_activity is not None and membership.last_visit_at and newest_activity <= membership.last_visit_at:
        return
    Membership.objects.filter(pk=membership.pk).update(last_visit_at=timezone.now())


@transaction.atomic
def workspace_archive(*, workspace: Workspace, by: User) -> Workspace:
    """Archive a workspace: readable by its members, read-only from now on."""
    _require_writable(workspace)
    _save(workspace, archived_at=timezone.now(), archived_by=by)
    Invitation.objects.pending().filter(workspace=workspace).update(revoked_at=timezone.now())
    JoinRequest.objects.filter(workspace=workspace, status=JoinRequest.Status.PENDING).update(
        status=JoinRequest.Status.DECLINED, decided_at=timezone.now(), decided_by=by
    )
    _audit(workspace, "workspace.archived", by)
    return workspace


@transaction.atomic
def workspace_unarchive(*, workspace: Workspace, by: User) -> bool:
    """Reopen an archived workspace (the secretariat, from the admin); False when it was not archived."""
    workspace = Workspace.objects.select_for_update().get(pk=workspace.pk)
    if workspace.archived_at is None:
        return False
    _save(workspace, archived_at=None, archived_by=None)
    _audit(workspace, "workspace.unarchived", by)
    return True


# Invitations and join requests ------------------------------------------------------------


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@transaction.atomic
def invitation_create(*, workspace: Workspace, email: str, role: str, by: User) -> tuple[Invitation, str]:
    """Invite someone by email; the link (with a token only the email holds) works once."""
    _require_writable(workspace)
    email = email.strip().lower()
    if role not in (Role.READER, Role.MEMBER, Role.MODERATOR):
        raise ValidationError(_("Invitations give the role of reader, member or moderator."))
    if Membership.objects.filter(workspace=workspace, user__email__iexact=email).exists():
        raise ValidationError(_("This person is already a member of the workspace."))
    # A new invitation replaces any earlier one still pending for the same address.
    Invitation.objects.pending().filter(workspace=workspace, email=email).update(revoked_at=timezone.now())
    token = secrets.token_urlsafe(32)
    invitation = Invitation.objects.create(
        workspace=workspace,
        email=email,
        role=role,
        token_hash=_token_hash(token),
        invited_by=by,
        expires_at=timezone.now() + INVITATION_VALID_FOR,
    )
    _audit(workspace, "workspace.invitation_sent", by, email=email, role=role)
    recipient = User.objects.filter(email__iexact=email).first()
    language = recipient.preferred_language if recipient else None
    transaction.on_commit(
        lambda: send_templated_email(
            template="workspaces/email/invitation",
            to=[email],
            language=language or None,
            context={"invitation": invitation, "workspace": workspace, "inviter": by, "token": token},
        )
    )
    return invitation, token


class InvitationProblem(Exception):
    """Why an invitation link cannot be used; `code` is one of unknown, used, expired, revoked,
    other_account."""

    def __init__(self, code: str, invitation: Invitation | None = None):
        super().__init__(code)
        self.code = code
        self.invitation = invitation


def invitation_for_token(token: str) -> Invitation:
    """The invitation behind a link, or InvitationProblem("unknown")."""
    invitation = Invitation.objects.select_related("workspace").filter(token_hash=_token_hash(token or "")).first()
    if invitation is None:
        raise InvitationProblem("unknown")
    return invitation


def invitation_check(*, invitation: Invitation, user: User) -> None:
    """Raise InvitationProblem when `user` cannot use this invitation now."""
    if invitation.accepted_at is not None:
        raise InvitationProblem("used", invitation)
    if invitation.revoked_at is not None or invitation.workspace.is_archived:
        raise InvitationProblem("revoked", invitation)
    if invitation.is_expired:
        raise InvitationProblem("expired", invitation)
    if user.email.lower() != invitation.email.lower():
        raise InvitationProblem("other_account", invitation)


@transaction.atomic
def invitation_accept(*, token: str, user: User) -> Membership:
    """Use an invitation link: the user joins with the invited role; the link is spent."""
    invitation = invitation_for_token(token)
    invitation = Invitation.objects.select_for_update().select_related("workspace").get(pk=invitation.pk)
    invitation_check(invitation=invitation, user=user)
    _save(invitation, accepted_at=timezone.now(), accepted_by=user)
    existing = Membership.objects.filter(workspace=invitation.workspace, user=user).first()
    if existing is not None:
        return existing
    _audit(invitation.workspace, "workspace.invitation_accepted", user, role=invitation.role)
    return membership_add(
        workspace=invitation.workspace,
        user=user,
        role=invitation.role,
        by=invitation.invited_by,
        via="invitation",
    )


@transaction.atomic
def invitation_revoke(*, invitation: Invitation, by: User) -> None:
    """Withdraw a pending invitation; its link stops working."""
    if invitation.accepted_at is None and invitation.revoked_at is None:
        _save(invitation, revoked_at=timezone.now())
        _audit(invitation.workspace, "workspace.invitation_revoked", by, email=invitation.email)


@transaction.atomic
def join_request_create(*, workspace: Workspace, user: User, message: str = "") -> JoinRequest:
    """An approved expert asks to join an open workspace; its moderators are told."""
    _require_writable(workspace)
    if not workspace.is_open:
        raise ValidationError(_("This workspace is by invitation only."))
    if Membership.objects.filter(workspace=workspace, user=user).exists():
        raise ValidationError(_("You are already a member of this workspace."))
    if JoinRequest.objects.filter(workspace=workspace, user=user, status=JoinRequest.Status.PENDING).exists():
        raise ValidationError(_("You have already asked to join; a moderator will answer."))
    join_request = JoinRequest.objects.create(workspace=workspace, user=user, message=message)
    _audit(workspace, "workspace.join_requested", user)
    moderators = list(
        Membership.objects.filter(workspace=workspace, role__in=[Role.MODERATOR, Role.OWNER]).select_related("user")
    )

    def notify():
        for membership in moderators:
            send_templated_email(
                template="workspaces/email/join_request",
                to=[membership.user.email],
                language=membership.user.preferred_language or None,
                context={"workspace": workspace, "join_request": join_request, "recipient": membership.user},
            )

    transaction.on_commit(notify)
    return join_request


@transaction.atomic
def join_request_decide(
    *, join_request: JoinRequest, accept: bool, by: User, role: str = Role.MEMBER
) -> JoinRequest:
    """A moderator accepts (the requester joins with `role`) or declines a join request."""
    join_request = JoinRequest.objects.select_for_update().select_related("workspace", "user").get(pk=join_request.pk)
    _require_writable(join_request.workspace)
    if join_request.status != JoinRequest.Status.PENDING:
        raise ValidationError(_("This request has already been answered."))
    if accept and role not in (Role.READER, Role.MEMBER):
        raise ValidationError(_("A request is accepted with the role of reader or member."))
    _save(
        join_request,
        status=JoinRequest.Status.ACCEPTED if accept else JoinRequest.Status.DECLINED,
        decided_at=timezone.now(),
        decided_by=by,
    )
    workspace, user = join_request.workspace, join_request.user
    _audit(workspace, "workspace.join_accepted" if accept else "workspace.join_declined", by, member=user.email)
    if accept:
        membership_add(workspace=workspace, user=user, role=role, by=by, via="request")
    transaction.on_commit(
        lambda: send_templated_email(
            template="workspaces/email/join_decision",
            to=[user.email],
            language=user.preferred_language or None,
            context={"workspace": workspace, "accepted": accept, "recipient": user},
        )
    )
    return join_request


# Discussions ------------------------------------------------------------------------------


def _post_activity(post: Post, kind: str) -> None:
    """The workspace activity of a new thread or reply: it links to the post in its thread."""
    thread = post.thread
    activity_record(
        workspace=thread.workspace,
        actor=post.author,
        kind=kind,
        title=thread.title,
        url_name="thread_detail",
        url_args=[thread.workspace.slug, thread.pk],
        fragment=f"post-{post.pk}",
    )


@transaction.atomic
def thread_create(*, workspace: Workspace, author: User, title: str, body: str) -> Thread:
    """Start a discussion: the thread and its first post."""
    _require_writable(workspace)
    now = timezone.now()
    thread = Thread.objects.create(
        workspace=workspace,
        title=title.strip(),
        author=author,
        created_at=now,
        last_post_at=now,
        last_post_by=author,
        post_count=1,
    )
    post = Post.objects.create(thread=thread, author=author, body=body, created_at=now)
    _post_activity(post, Activity.Kind.THREAD)
    return thread


@transaction.atomic
def post_create(*, thread: Thread, author: User, body: str) -> Post:
    """Reply in a thread."""
    _require_writable(thread.workspace)
    now = timezone.now()
    post = Post.objects.create(thread=thread, author=author, body=body, created_at=now)
    Thread.objects.filter(pk=thread.pk).update(post_count=F("post_count") + 1, last_post_at=now, last_post_by=author)
    _post_activity(post, Activity.Kind.POST)
    return post


@transaction.atomic
def post_edit(*, post: Post, by: User, body: str) -> Post:
    """Change a post's text (the caller checked the author's window or moderator rights)."""
    _require_writable(post.thread.workspace)
    if post.is_removed:
        raise ValidationError(_("A removed post cannot be edited."))
    _save(post, body=body, edited_at=timezone.now(), edited_by=by)
    return post


@transaction.atomic
def post_remove(*, post: Post, by: User) -> Post:
    """A moderator removes a post: its text goes, a tombstone stays."""
    _require_writable(post.thread.workspace)
    if post.is_removed:
        return post
    _save(post, body="", removed_at=timezone.now(), removed_by=by)
    _audit(post.thread.workspace, "workspace.post_removed", by, post=post.pk, thread=post.thread_id)
    return post


# Good practices ---------------------------------------------------------------------------


def _check_contact(workspace: Workspace, contact: User | None) -> None:
    if contact is not None and not Membership.objects.filter(workspace=workspace, user=contact).exists():
        raise ValidationError(_("The contact person must be a member of the workspace."))


@transaction.atomic
def good_practice_create(*, workspace: Workspace, author: User, **fields) -> GoodPractice:
    """Record a good practice in the workspace."""
    _require_writable(workspace)
    _check_contact(workspace, fields.get("contact"))
    practice = GoodPractice.objects.create(
        workspace=workspace, author=author, **{key: fields[key] for key in PRACTICE_FIELDS if key in fields}
    )
    activity_record(
        workspace=workspace,
        actor=author,
        kind=Activity.Kind.PRACTICE,
        title=practice.title,
        url_name="practice_detail",
        url_args=[workspace.slug, practice.pk],
    )
    return practice


@transaction.atomic
def good_practice_update(*, practice: GoodPractice, by: User, **fields) -> GoodPractice:
    """Change a good practice (its author or a moderator)."""
    _require_writable(practice.workspace)
    _check_contact(practice.workspace, fields.get("contact"))
    for key in PRACTICE_FIELDS:
        if key in fields:
            setattr(practice, key, fields[key])
    practice.save()
    return practice


@transaction.atomic
def good_practice_propose(*, practice: GoodPractice, by: User) -> GoodPractice:
    """A moderator proposes a good practice for publication; the secretariat decides."""
    _require_writable(practice.workspace)
    if practice.publication != GoodPractice.Publication.NOT_PROPOSED:
        raise ValidationError(_("This good practice has already been proposed."))
    _save(practice, publication=GoodPractice.Publication.PROPOSED, proposed_at=timezone.now(), proposed_by=by)
    _audit(practice.workspace, "workspace.practice_proposed", by, practice=practice.pk)
    return practice


def _practice_people(practice: GoodPractice) -> list[User]:
    """Everyone whose name the public copy must not carry: the workspace's members, anyone who
    posted, acted or asked to join there (former members too), and the practice's author,
    contact person and proposer."""
    workspace = practice.workspace
    linked = [u.pk for u in (practice.author, practice.contact, practice.proposed_by) if u is not None]
    return list(
        User.objects.filter(
            Q(workspace_memberships__workspace=workspace)
            | Q(pk__in=Post.objects.filter(thread__workspace=workspace).values("author"))
            | Q(pk__in=Activity.objects.filter(workspace=workspace).values("actor"))
            | Q(pk__in=JoinRequest.objects.filter(workspace=workspace).values("user"))
            | Q(pk__in=linked)
        )
        .distinct()
        .order_by("pk")
    )


# A few frequent words of each language: enough to tell which language a practice is written in.


def guess_language(text: str) -> str:
    """The language (en, es, pt, fr) a text is most likely written in; English when unsure."""
    words = re.findall(r"[^\W\d_]+", text.lower())
    scores = {code: sum(word in markers for word in words) for code, markers in LANGUAGE_MARKERS.items()}
    best = max(scores, key=lambda code: (scores[code], code == "en"))
    return best if scores[best] else "en"


def good_practice_public_copy(practice: GoodPractice) -> dict:
    """The draft public copy: no workspace, author, contact or names, with neutral words in their place.

    Addresses and phone numbers are replaced before names (`portal.content.personal_data.anonymise`).
    The summary is a neutral sentence for the secretariat to rewrite, never the "Problem" text.
    """
    from portal.content.personal_data import Person, anonymise

    people = [Person(first_name=u.first_name, last_name=u.last_name) for u in _practice_people(practice)]
    watched = [practice.workspace.name]
    language = guess_language(" ".join([practice.title, practice.problem, practice.practice, practice.results]))

    def clean(text: str) -> str:
        return anonymise(text, people=people, extra_terms=watched, language=language)

    with translation.override(language):
        body = "\n\n".join(
            [
                f"## {_('Problem')}\n\n{clean(practice.problem)}",
                f"## {_('Practice')}\n\n{clean(practice.practice)}",
                f"## {_('Results')}\n\n{clean(practice.results)}",
            ]
        )
        if practice.topics:
            summary = _("A good practice shared by experts. Country: %(country)s. Topics: %(topics)s.") % {
                "country": practice.country.name, "topics": ", ".join(practice.topics)}
        else:
            summary = _("A good practice shared by experts. Country: %(country)s.") % {"country": practice.country.name}
    return {
        "title": clean(practice.title),
        "summary": summary,
        "body": body,
        "country": practice.country,
        "topics": list(practice.topics),
        "language": language,
        "people": people,
        "watched_terms": watched,
    }


@transaction.atomic
def good_practice_draft_copy(*, practice: GoodPractice, by: User):
    """The secretariat turns a proposed good practice into a draft public copy, to check and
    edit in the admin before publishing it; nothing goes public here."""
    # Imported here: portal.content owns the public resources.
    from portal.content.services import resource_draft_good_practice

    practice = GoodPractice.objects.select_for_update().get(pk=practice.pk)
    if practice.publication != GoodPractice.Publication.PROPOSED:
        raise ValidationError(_("Only a good practice proposed by a moderator can be copied for publication."))
    resource = resource_draft_good_practice(**good_practice_public_copy(practice), by=by)
    _save(practice, publication=GoodPractice.Publication.DRAFTED, public_copy=resource)
    _audit(practice.workspace, "workspace.practice_drafted", by, practice=practice.pk, resource=resource.pk)
    return resource


@transaction.atomic
def good_practice_mark_published(*, resource, by: User | None) -> int:
    """The public copy went live (portal.content's signal): its practice reads "published"."""
    count = 0
    for practice in GoodPractice.objects.select_for_update().filter(public_copy=resource).select_related("workspace"):
        _save(practice, publication=GoodPractice.Publication.PUBLISHED, published_at=timezone.now(), published_by=by)
        _audit(practice.workspace, "workspace.practice_published", by, practice=practice.pk, resource=resource.pk)
        count += 1
    return count


# Documents --------------------------------------------------------------------------------


def _store(file) -> str:
    """Write the (already checked) file to private storage under a generated name."""
    file.seek(0)
    return private_storage().save(f"documents/{uuid.uuid4().hex}", file)


def _create_version(
    *, document: Document, storage_name: str, checked: files.CheckedFile, by: User, note: str
) -> DocumentVersion:
    # Withdrawn versions keep their number: never give it again.
    number = (
        DocumentVersion.all_objects.filter(document=document).order_by("-number").values_list("number", flat=True).first()
        or 0
    ) + 1
    version = DocumentVersion.objects.create(
        document=document,
        number=number,
        storage_name=storage_name,
        original_name=checked.name,
        content_type=checked.content_type,
        size=checked.size,
        sha256=checked.sha256,
        note=note,
        uploaded_by=by,
    )
    _save(document, current_version=version)
    return version


@contextmanager
def _stored_upload(*, workspace: Workspace, file, file_name: str):
    """Check and store an upload; if what follows fails, the stored file does not stay behind."""
    _require_writable(workspace)
    checked = files.check_upload(file, file_name)
    storage_name = _store(file)
    try:
        yield checked, storage_name
    except BaseException:
        # The database refused: the file must not stay behind on disk.
        private_storage().delete(storage_name)
        raise


def _record_version(
    *, workspace: Workspace, document: Document, version: DocumentVersion, checked: files.CheckedFile, by: User,
    action: str, kind: str,
) -> None:
    """The audit line and the workspace activity of a stored version."""
    _audit(workspace, action, by, document=document.pk, version=version.number, sha256=checked.sha256)
    activity_record(
        workspace=workspace,
        actor=by,
        kind=kind,
        title=document.title,
        url_name="document_detail",
        url_args=[workspace.slug, document.pk],
    )


def document_upload(
    *, workspace: Workspace, by: User, file, file_name: str, title: str = "", description: str = ""
) -> Document:
    """Check and store a new document; on any refusal nothing is left on disk or in the database."""
    with _stored_upload(workspace=workspace, file=file, file_name=file_name) as (checked, storage_name), \
            transaction.atomic():
        document = Document.objects.create(
            workspace=workspace,
            title=(title or checked.name).strip()[:200],
            description=description,
            created_by=by,
        )
        version = _create_version(document=document, storage_name=storage_name, checked=checked, by=by, note="")
        _record_version(workspace=workspace, document=document, version=version, checked=checked, by=by,
                        action="workspace.document_uploaded", kind=Activity.Kind.DOCUMENT)
    return document


def document_add_version(
    *, document: Document, by: User, file, file_name: str, note: str = ""
) -> DocumentVersion:
    """Upload a new version of a document; earlier versions are kept."""
    workspace = document.workspace
    with _stored_upload(workspace=workspace, file=file, file_name=file_name) as (checked, storage_name), \
            transaction.atomic():
        document = Document.objects.select_for_update().get(pk=document.pk)
        version = _create_version(document=document, storage_name=storage_name, checked=checked, by=by, note=note)
        _record_version(workspace=workspace, document=document, version=version, checked=checked, by=by,
                        action="workspace.document_version_uploaded", kind=Activity.Kind.VERSION)
    return version


def document_record_download(*, version: DocumentVersion, user: User) -> None:
    """Every download is recorded: who, when, which version."""
    document = version.document
    _audit(
        document.workspace,
        "workspace.document_downloaded",
        user,
        document=document.pk,
        version=version.number,
        file=version.original_name,
    )


def document_retention_days() -> int:
    """How long a withdrawn document or version is kept (hidden) for the audit before it is purged."""
    return settings.PORTAL["DOCUMENT_RETENTION_DAYS"]


@transaction.atomic
def document_withdraw(*, document: Document, by: User) -> Document:
    """Withdraw a document and all its versions: hidden at once (lists, search, downloads, the
    activity feed), purged after the retention period. The caller checked `may_withdraw_document`."""
    _require_writable(document.workspace)
    document = Document.all_objects.select_for_update(of=("self",)).select_related("workspace").get(pk=document.pk)
    if document.withdrawn_at is not None:
        return document
    _save(document, withdrawn_at=timezone.now(), withdrawn_by=by)
    workspace = document.workspace
    # The feed's "new document" and "new version" lines name the title: they go with it.
    Activity.objects.filter(workspace=workspace, url_name="document_detail", url_args=[workspace.slug, document.pk]).delete()
    # Identifiers only: the audit trail keeps no title, file name or content.
    _audit(
        workspace,
        "workspace.document_withdrawn",
        by,
        document=document.pk,
        versions=list(DocumentVersion.all_objects.filter(document=document).values_list("number", flat=True)),
        retention_days=document_retention_days(),
    )
    return document


@transaction.atomic
def document_version_withdraw(*, version: DocumentVersion, by: User) -> DocumentVersion:
    """Withdraw one version of a document; the newest remaining version becomes the current one.

    The only remaining version cannot be withdrawn alone: the document is withdrawn instead.
    The caller checked `may_withdraw_version`."""
    document = Document.objects.select_for_update(of=("self",)).select_related("workspace").get(pk=version.document_id)
    _require_writable(document.workspace)
    version = DocumentVersion.all_objects.get(pk=version.pk)
    if version.withdrawn_at is not None:
        return version
    remaining = list(DocumentVersion.objects.filter(document=document).exclude(pk=version.pk).order_by("-number"))
    if not remaining:
        raise ValidationError(
            _("This is the document's only version: withdraw the whole document instead."), code="last_version"
        )
    _save(version, withdrawn_at=timezone.now(), withdrawn_by=by)
    if document.current_version_id == version.pk:
        _save(document, current_version=remaining[0])
    _audit(
        document.workspace,
        "workspace.document_version_withdrawn",
        by,
        document=document.pk,
        version=version.number,
        retention_days=document_retention_days(),
    )
    return version


def _purge_withdrawn(objects, cutoff: datetime, workspace_path: str, purge) -> int:
    """Call `purge(row)` for each row of `objects` withdrawn before `cutoff`, one transaction each;
    returns how many were purged."""
    purged = 0
    for pk in list(objects.withdrawn_before(cutoff).values_list("pk", flat=True)):
        with transaction.atomic():
            # Another run holding this row purges it; this one moves on.
            row = (
                objects.select_for_update(skip_locked=True, of=("self",))
                .withdrawn_before(cutoff).select_related(workspace_path).filter(pk=pk).first()
            )
            if row is None:
                continue
            purge(row)
            purged += 1
    return purged


def _purge_document(document: Document) -> None:
    pk = document.pk
    stored = list(DocumentVersion.all_objects.filter(document=document).values_list("storage_name", "number"))
    # Files first: if the row's deletion fails, the next run finds the row and finishes.
    for storage_name, _number in stored:
        private_storage().delete(storage_name)
    document.delete()
    _audit(
        document.workspace,
        "workspace.document_purged",
        None,
        document=pk,
        versions=sorted(number for _name, number in stored),
    )


def _purge_version(version: DocumentVersion) -> None:
    private_storage().delete(version.storage_name)
    version.delete()
    _audit(
        version.document.workspace,
        "workspace.document_version_purged",
        None,
        document=version.document_id,
        version=version.number,
    )


def documents_purge(*, now: datetime | None = None) -> tuple[int, int]:
    """Delete the files and rows of documents and versions withdrawn longer ago than the retention
    period; returns (documents, versions) purged. Safe to run twice, or twice at once."""
    cutoff = (now or timezone.now()) - timedelta(days=document_retention_days())
    documents = _purge_withdrawn(Document.all_objects, cutoff, "workspace", _purge_document)
    versions = _purge_withdrawn(DocumentVersion.all_objects, cutoff, "document__workspace", _purge_version)
    return documents, versions


# Activity and notifications ---------------------------------------------------------------

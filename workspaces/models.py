"""Restricted workspaces: membership and roles, discussions, good practices, documents,
invitations, join requests and the activity that feeds notifications.

Who may do what follows from one stored fact, `Membership.role`: the rights each role carries
are `ROLE_PERMISSIONS` (Workspace's own permission codenames), read in one place (access.py) and
answered to `user.has_perm(...)` by `workspaces.backends.WorkspaceRoleBackend`.
"""

from datetime import timedelta

from django.conf import settings
from django.contrib.postgres.fields import ArrayField
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from portal.accounts.models import User
from portal.models import ChoiceDisplayMixin, actor_field, country_field

# An author may edit their own post for this long; moderators always may.
EDIT_WINDOW = timedelta(minutes=30)
# An invitation link works once, for this long.
INVITATION_VALID_FOR = timedelta(days=14)


class Role(models.TextChoices):
    READER = "reader", _("Reader")
    MEMBER = "member", _("Member")
    MODERATOR = "moderator", _("Moderator")
    OWNER = "owner", _("Owner")


# Object permissions each role carries (cumulative). The codenames are Workspace's own.
ROLE_PERMISSIONS = {
    Role.READER: ["view_workspace"],
    Role.MEMBER: ["view_workspace", "contribute_workspace"],
    Role.MODERATOR: ["view_workspace", "contribute_workspace", "moderate_workspace"],
    Role.OWNER: ["view_workspace", "contribute_workspace", "moderate_workspace", "manage_workspace"],
}
ROLE_ORDER = [Role.READER, Role.MEMBER, Role.MODERATOR, Role.OWNER]


class WorkspaceQuerySet(models.QuerySet):
    def for_user(self, user):
        """The workspaces this user belongs to (`Membership.objects.for_user(user)`, whatever the role)."""
        return self.filter(pk__in=Membership.objects.for_user(user).values("workspace_id"))

    def open_to_requests(self):
        """Workspaces any approved expert may ask to join (never the invitation-only ones)."""
        return self.filter(join_policy=Workspace.JoinPolicy.OPEN, archived_at__isnull=True)

    def joinable_by(self, user):
        """Open workspaces this user does not belong to yet."""
        if user is None or not user.is_authenticated:
            return self.none()
        return self.open_to_requests().exclude(pk__in=Workspace.objects.for_user(user).values("pk"))


class Workspace(models.Model):
    """A restricted space where a group of experts works together."""

    class JoinPolicy(models.TextChoices):
        INVITATION = "invitation", _("By invitation only")
        OPEN = "open", _("Open to requests from approved experts")

    slug = models.SlugField(_("short name (in addresses)"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True, max_length=4000)
    join_policy = models.CharField(
        _("who may ask to join"), max_length=12, choices=JoinPolicy.choices, default=JoinPolicy.INVITATION
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    created_by = actor_field(_("created by"))
    archived_at = models.DateTimeField(_("archived at"), null=True, blank=True)
    archived_by = actor_field(_("archived by"))
    is_sample = models.BooleanField(_("sample data"), default=False, help_text=_("Demo content, labelled on screen."))

    objects = WorkspaceQuerySet.as_manager()

    class Meta:
        verbose_name = _("workspace")
        verbose_name_plural = _("workspaces")
        ordering = ["name"]
        permissions = [
            ("contribute_workspace", _("Post and upload in the workspace")),
            ("moderate_workspace", _("Moderate the workspace")),
            ("manage_workspace", _("Manage the workspace's members and archive it")),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("workspaces:workspace_detail", args=[self.slug])

    @property
    def is_archived(self) -> bool:
        return self.archived_at is not None

    @property
    def is_open(self) -> bool:
        return self.join_policy == self.JoinPolicy.OPEN


class Notify(models.TextChoices):
    IMMEDIATE = "immediate", _("Immediately, one email per new item")
    DIGEST = "digest", _("A daily digest")
    NONE = "none", _("No emails")


class MembershipQuerySet(models.QuerySet):
    def for_user(self, user):
        """This user's memberships: what makes someone belong to a workspace. None for a visitor
        or a closed account (whose memberships stay, unused)."""
        if user is None or not user.is_authenticated or not user.is_active:
            return self.none()
        return self.filter(user=user)

    def of_approved_experts(self):
        """Memberships of approved, active experts (`User.objects.approved_experts()`): those
        who hear of the workspace's activity by email."""
        return self.filter(user__in=User.objects.approved_experts())

    def with_people(self):
        return self.select_related("user", "user__expert_profile", "user__expert_profile__country")

    def by_rank(self):
        """Owners first, then moderators, members and readers; by name within a role."""
        rank = models.Case(
            *(models.When(role=role, then=models.Value(index)) for index, role in enumerate(reversed(ROLE_ORDER))),
            output_field=models.IntegerField(),
        )
        return self.annotate(rank_order=rank).order_by("rank_order", "user__last_name", "user__first_name")


class Membership(ChoiceDisplayMixin, models.Model):
    """A user's role in a workspace. Leaving or removal deletes it (the audit trail keeps it)."""

    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="memberships")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="workspace_memberships")
    role = models.CharField(_("role"), max_length=12, choices=Role.choices, default=Role.MEMBER)
    joined_at = models.DateTimeField(_("joined at"), default=timezone.now)
    last_visit_at = models.DateTimeField(_("last visit"), default=timezone.now)
    notify = models.CharField(_("email notifications"), max_length=10, choices=Notify.choices, default=Notify.DIGEST)
    # Digests include only activity from this moment on (joining, or choosing the digest).
    notify_since = models.DateTimeField(default=timezone.now)

    objects = MembershipQuerySet.as_manager()

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        ordering = ["workspace", "joined_at"]
        constraints = [models.UniqueConstraint(fields=["workspace", "user"], name="membership_unique_user")]

    def __str__(self) -> str:
        return f"{self.user} · {self.workspace} ({self.get_role_display()})"

    @property
    def rank(self) -> int:
        return ROLE_ORDER.index(self.role)


class ThreadQuerySet(models.QuerySet):
    def for_listing(self):
        return self.select_related("author", "last_post_by").order_by("-last_post_at", "-pk")


class Thread(models.Model):
    """A discussion: a title and its posts (the first post opens it)."""

    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="threads")
    title = models.CharField(_("title"), max_length=200)
    author = actor_field(blank=False)
    created_at = models.DateTimeField(_("started at"), default=timezone.now)
    # Kept current by services.post_create so the listing needs no aggregate per row.
    post_count = models.PositiveIntegerField(default=0)
    last_post_at = models.DateTimeField(default=timezone.now)
    last_post_by = actor_field()

    objects = ThreadQuerySet.as_manager()

    class Meta:
        verbose_name = _("thread")
        verbose_name_plural = _("threads")
        ordering = ["-last_post_at", "-pk"]
        indexes = [models.Index(fields=["workspace", "-last_post_at"])]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("workspaces:thread_detail", args=[self.workspace.slug, self.pk])


class Post(models.Model):
    """One message in a thread, in Markdown. Removal keeps a tombstone, not the text."""

    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="posts")
    author = actor_field(blank=False)
    body = models.TextField(_("message"), max_length=20000)
    created_at = models.DateTimeField(_("written at"), default=timezone.now)
    edited_at = models.DateTimeField(null=True, blank=True)
    edited_by = actor_field()
    removed_at = models.DateTimeField(null=True, blank=True)
    removed_by = actor_field()

    class Meta:
        verbose_name = _("post")
        verbose_name_plural = _("posts")
        ordering = ["created_at", "pk"]
        indexes = [models.Index(fields=["thread", "created_at"])]

    def __str__(self) -> str:
        return f"{self.thread} #{self.pk}"

    @property
    def is_removed(self) -> bool:
        return self.removed_at is not None


class GoodPractice(models.Model):
    """A structured account of something that worked, searchable in the workspace; a moderator
    may propose it for publication and the secretariat publishes an anonymised copy."""

    class Publication(models.TextChoices):
        NOT_PROPOSED = "not_proposed", _("Not proposed")
        PROPOSED = "proposed", _("Proposed for publication")
        DRAFTED = "drafted", _("Public copy in review")
        PUBLISHED = "published", _("Published (anonymised)")

    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="good_practices")
    title = models.CharField(_("title"), max_length=200)
    problem = models.TextField(_("problem"), max_length=10000, help_text=_("What was the difficulty?"))
    practice = models.TextField(_("practice"), max_length=20000, help_text=_("What was done, step by step?"))
    results = models.TextField(_("results"), max_length=10000, help_text=_("What changed, with figures if possible?"))
    country = country_field("+")
    topics = ArrayField(models.CharField(max_length=60), default=list, blank=True, verbose_name=_("topics"))
    contact = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("contact person"),
    )
    author = actor_field(blank=False)
    created_at = models.DateTimeField(_("written at"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)
    publication = models.CharField(
        _("publication"), max_length=14, choices=Publication.choices, default=Publication.NOT_PROPOSED
    )
    proposed_at = models.DateTimeField(_("proposed at"), null=True, blank=True)
    proposed_by = actor_field(_("proposed by"))
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    published_by = actor_field(_("published by"))
    # The draft public copy the secretariat checks and publishes (portal.content).
    public_copy = models.OneToOneField(
        "content.Resource",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("public copy"),
    )

    class Meta:
        verbose_name = _("good practice")
        verbose_name_plural = _("good practices")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("workspaces:practice_detail", args=[self.workspace.slug, self.pk])


class DocumentQuerySet(models.QuerySet):
    def withdrawn_before(self, moment):
        """Withdrawn entries whose retention period ended at `moment` (due for purging)."""
        return self.filter(withdrawn_at__lt=moment)


class CurrentDocumentManager(models.Manager.from_queryset(DocumentQuerySet)):
    """Documents that are not withdrawn: the default, so that no list, search, count or download
    can show a withdrawn document by forgetting a filter. `Document.all_objects` includes them."""

    def get_queryset(self):
        return super().get_queryset().filter(withdrawn_at__isnull=True)


class CurrentVersionManager(models.Manager.from_queryset(DocumentQuerySet)):
    """Versions that are not withdrawn, of documents that are not withdrawn (the default)."""

    def get_queryset(self):
        return super().get_queryset().filter(withdrawn_at__isnull=True, document__withdrawn_at__isnull=True)


class Withdrawable(models.Model):
    """A document or one of its versions, which a member may withdraw: hidden at once (the
    model's default manager leaves it out; `all_objects` includes it) and purged (files and rows)
    after PORTAL["DOCUMENT_RETENTION_DAYS"] by `manage.py purge_withdrawn_documents`."""

    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True, db_index=True)
    withdrawn_by = actor_field()

    all_objects = DocumentQuerySet.as_manager()

    class Meta:
        abstract = True


class Document(Withdrawable):
    """A private file shared in a workspace; each upload of it is a DocumentVersion."""

    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="documents")
    title = models.CharField(_("title"), max_length=200)
    description = models.TextField(_("description"), blank=True, max_length=4000)
    created_at = models.DateTimeField(_("added at"), default=timezone.now)
    created_by = actor_field(blank=False)
    current_version = models.ForeignKey(
        "DocumentVersion", on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    objects = CurrentDocumentManager()

    class Meta:
        verbose_name = _("document")
        verbose_name_plural = _("documents")
        ordering = ["-created_at", "-pk"]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("workspaces:document_detail", args=[self.workspace.slug, self.pk])


class DocumentVersion(Withdrawable):
    """One uploaded file. Stored in the private storage under a generated name."""

    document = models.ForeignKey(Document, on_delete=models.CASCADE, related_name="versions")
    number = models.PositiveIntegerField(_("version"))
    storage_name = models.CharField(max_length=200, unique=True)
    original_name = models.CharField(_("file name"), max_length=200)
    content_type = models.CharField(max_length=120)
    size = models.PositiveBigIntegerField(_("size"))
    sha256 = models.CharField(max_length=64)
    note = models.CharField(_("what changed"), max_length=300, blank=True)
    uploaded_at = models.DateTimeField(_("uploaded at"), default=timezone.now)
    uploaded_by = actor_field(blank=False)

    objects = CurrentVersionManager()

    class Meta:
        verbose_name = _("document version")
        verbose_name_plural = _("document versions")
        ordering = ["document", "-number"]
        constraints = [models.UniqueConstraint(fields=["document", "number"], name="documentversion_unique_number")]

    def __str__(self) -> str:
        return f"{self.original_name} (v{self.number})"


class InvitationQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(accepted_at__isnull=True, revoked_at__isnull=True, expires_at__gt=timezone.now())


class Invitation(ChoiceDisplayMixin, models.Model):
    """A single-use, expiring invitation sent by email. Only the token's hash is stored."""

    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="invitations")
    email = models.EmailField(_("email address"))
    role = models.CharField(_("role"), max_length=12, choices=Role.choices, default=Role.MEMBER)
    token_hash = models.CharField(max_length=64, unique=True)
    invited_by = actor_field(blank=False)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    accepted_at = models.DateTimeField(null=True, blank=True)
    accepted_by = actor_field()
    revoked_at = models.DateTimeField(null=True, blank=True)

    objects = InvitationQuerySet.as_manager()

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        ordering = ["-created_at"]

    def __str__(self) -> str:
        return f"{self.email} → {self.workspace}"

    @property
    def is_expired(self) -> bool:
        return self.expires_at <= timezone.now()


class JoinRequest(ChoiceDisplayMixin, models.Model):
    """An approved expert's request to join an open workspace."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting for a moderator")
        ACCEPTED = "accepted", _("Accepted")
        DECLINED = "declined", _("Declined")

    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="join_requests")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    message = models.TextField(_("why you would like to join"), max_length=2000, blank=True)
    created_at = models.DateTimeField(default=timezone.now)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.PENDING)
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = actor_field()

    class Meta:
        verbose_name = _("join request")
        verbose_name_plural = _("join requests")
        ordering = ["created_at"]
        constraints = [
            models.UniqueConstraint(
                fields=["workspace", "user"], condition=models.Q(status="pending"), name="joinrequest_one_pending"
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} → {self.workspace}"


class Activity(ChoiceDisplayMixin, models.Model):
    """Something new in a workspace: feeds the activity list, 'new since your last visit',
    immediate emails and digests. Holds a title and a link, never the text of a post."""

    class Kind(models.TextChoices):
        THREAD = "thread", _("New thread")
        POST = "post", _("New reply")
        DOCUMENT = "document", _("New document")
        VERSION = "version", _("New version of a document")
        PRACTICE = "practice", _("New good practice")
        MEMBER = "member", _("New member")

    workspace = models.ForeignKey(Workspace, on_delete=models.CASCADE, related_name="activities")
    actor = actor_field(blank=False)
    kind = models.CharField(max_length=10, choices=Kind.choices)
    title = models.CharField(max_length=200)
    url_name = models.CharField(max_length=60)
    url_args = models.JSONField(default=list)
    fragment = models.CharField(max_length=40, blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("activity")
        verbose_name_plural = _("activity")
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["workspace", "-created_at"])]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.title}"

    def get_absolute_url(self) -> str:
        url = reverse(f"workspaces:{self.url_name}", args=self.url_args)
        return f"{url}#{self.fragment}" if self.fragment else url


class DigestDelivery(models.Model):
    """An activity already sent to a user in a digest, so no digest repeats it."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    activity = models.ForeignKey(Activity, on_delete=models.CASCADE, related_name="deliveries")
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("digest delivery")
        verbose_name_plural = _("digest deliveries")
        constraints = [models.UniqueConstraint(fields=["user", "activity"], name="digestdelivery_once")]

    def __str__(self) -> str:
        return f"{self.activity} → {self.user}"

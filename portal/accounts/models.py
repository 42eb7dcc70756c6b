from django.conf import settings
from django.contrib.auth.models import AbstractUser, BaseUserManager
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from portal.models import ChoiceDisplayMixin, actor_field


class Role:
    """Names of the groups that carry the portal's roles."""

    SECRETARIAT = "Secretariat"
    FOCAL_POINT = "Focal point"
    EXPERT = "Expert"
    ALL = (SECRETARIAT, FOCAL_POINT, EXPERT)


class UserQuerySet(models.QuerySet):
    def approved_experts(self):
        """Active users whose expert access is approved: who may be named to a workspace and who
        hears of its activity. Suspended, declined and pending profiles are left out (a suspended
        expert keeps their roles and memberships, unused)."""
        return self.filter(is_active=True, expert_profile__status=ExpertProfile.Status.APPROVED)


class UserManager(BaseUserManager.from_queryset(UserQuerySet)):
    use_in_migrations = True

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An email address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)


class User(AbstractUser):
    """A person with an account; signs in with their email address."""

    username = None
    email = models.EmailField(_("email address"), unique=True)
    preferred_language = models.CharField(
        _("preferred language"), max_length=5, choices=settings.LANGUAGES, blank=True
    )

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = UserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["email"]

    def __str__(self) -> str:
        return self.get_full_name() or self.email

    @cached_property
    def role_names(self) -> frozenset[str]:
        """The user's roles (group names), read once per instance; a change of groups clears it."""
        return frozenset(self.groups.values_list("name", flat=True))

    def remember_roles(self, names) -> None:
        """Keep group names read by another query (the gate's) as `role_names`, unless known."""
        self.__dict__.setdefault("role_names", frozenset(names))

    def in_role(self, role: str) -> bool:
        return role in self.role_names

    @property
    def is_secretariat(self) -> bool:
        return self.is_active and (self.is_superuser or self.in_role(Role.SECRETARIAT))


class ExpertProfile(ChoiceDisplayMixin, models.Model):
    """A request for expert access, and once approved, the expert's vetted details."""

    class Status(models.TextChoices):
        REQUESTED = "requested", _("Requested")
        APPROVED = "approved", _("Approved")
        DECLINED = "declined", _("Declined")
        SUSPENDED = "suspended", _("Suspended")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="expert_profile", verbose_name=_("user")
    )
    country = models.ForeignKey(
        "portal.Country", on_delete=models.PROTECT, related_name="experts", verbose_name=_("country")
    )
    institution = models.CharField(_("institution"), max_length=200)
    position = models.CharField(_("position"), max_length=200)
    official_email = models.EmailField(
        _("official email"), help_text=_("Your address at your ministry, prosecution service or police.")
    )
    # Proven by a signed link sent to the official address (services.official_email_send_link);
    # the secretariat cannot approve before. A new address clears it.
    official_email_verified_at = models.DateTimeField(_("official email verified at"), null=True, blank=True)
    official_email_link_sent_at = models.DateTimeField(_("verification link sent at"), null=True, blank=True)
    reason = models.TextField(_("reason for the request"), max_length=2000)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.REQUESTED)
    requested_at = models.DateTimeField(_("requested at"), auto_now_add=True)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    decided_by = actor_field(_("decided by"))
    decision_note = models.TextField(_("decision note"), blank=True)

    class Meta:
        verbose_name = _("expert access")
        verbose_name_plural = _("expert access requests")
        ordering = ["-requested_at"]
        indexes = [models.Index(fields=["status", "country"])]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(status="requested") | models.Q(decided_at__isnull=False),
                name="expertprofile_decision_has_date",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.user} ({self.country_id}, {self.get_status_display()})"

    @property
    def is_approved(self) -> bool:
        return self.status == self.Status.APPROVED

    @property
    def official_email_verified(self) -> bool:
        return self.official_email_verified_at is not None


class AuditEvent(models.Model):
    """One append-only line of the audit trail: who did what, when, from where.

    Rows are never updated or deleted: the admin offers no change or delete, `save()` refuses
    updates, and a database trigger (migration 0002) rejects UPDATE and DELETE outright.
    """

    at = models.DateTimeField(_("when"), auto_now_add=True, db_index=True)
    # No database constraint: the trail outlives the accounts it mentions.
    actor = actor_field(_("who"), on_delete=models.DO_NOTHING, db_constraint=False)
    actor_label = models.CharField(_("who (as recorded)"), max_length=254, blank=True)
    ip_address = models.GenericIPAddressField(_("from address"), null=True, blank=True)
    action = models.CharField(_("action"), max_length=60, db_index=True)
    target = models.CharField(_("what"), max_length=300, blank=True)
    details = models.JSONField(_("details"), default=dict, blank=True)

    class Meta:
        verbose_name = _("audit event")
        verbose_name_plural = _("audit trail")
        ordering = ["-at", "-id"]

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M:%S} {self.actor_label} {self.action} {self.target}"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            raise ValueError("Audit events are append-only.")
        super().save(*args, **kwargs)


class SecretariatSummary(models.Model):
    """One row per day the secretariat's daily summary was handled: the unique day is what makes
    `manage.py send_secretariat_summary` send at most once a day, however often it runs."""

    day = models.DateField(_("day"), unique=True)
    sent_at = models.DateTimeField(_("sent at"), auto_now_add=True)
    recipients = models.PositiveIntegerField(_("recipients"), default=0)
    counts = models.JSONField(_("counts"), default=dict, blank=True)

    class Meta:
        verbose_name = _("secretariat summary")
        verbose_name_plural = _("secretariat summaries")
        ordering = ["-day"]

    def __str__(self) -> str:
        return f"{self.day:%Y-%m-%d}"

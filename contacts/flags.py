"""Experts flag a point of contact as outdated ("this person has left", "the number no longer
answers"). The flag reaches the country's focal points and the secretariat; it is resolved when
a focal point (or the secretariat) corrects, confirms or retires the entry.

The model lives here and is imported by contacts/models.py (so Django registers it)."""

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from portal.models import ChoiceDisplayMixin, actor_field


class ContactFlagQuerySet(models.QuerySet):
    def open(self):
        """Flags not yet resolved, on entries still in the directory."""
        return self.filter(resolved_at__isnull=True, contact_point__retired_at__isnull=True)

    def resolved(self):
        """Flags no longer waiting: answered, or on an entry since retired (everything `open()` is not)."""
        return self.exclude(pk__in=self.model.objects.open().values("pk"))


class ContactFlag(ChoiceDisplayMixin, models.Model):
    """One expert's report that a point of contact is out of date."""

    class Resolution(models.TextChoices):
        UPDATED = "updated", _("Entry corrected")
        CONFIRMED = "confirmed", _("Entry confirmed as still correct")
        RETIRED = "retired", _("Entry retired")

    contact_point = models.ForeignKey(
        "contacts.ContactPoint", on_delete=models.CASCADE, related_name="flags", verbose_name=_("point of contact")
    )
    flagged_by = actor_field(_("flagged by"), blank=False)
    reason = models.CharField(_("reason"), max_length=300, blank=True)
    created_at = models.DateTimeField(_("flagged"), auto_now_add=True, db_index=True)
    resolved_at = models.DateTimeField(_("resolved"), null=True, blank=True)
    resolved_by = actor_field(_("resolved by"))
    resolution = models.CharField(_("resolution"), max_length=10, choices=Resolution.choices, blank=True)

    objects = ContactFlagQuerySet.as_manager()

    class Meta:
        app_label = "contacts"
        verbose_name = _("outdated-contact flag")
        verbose_name_plural = _("outdated-contact flags")
        ordering = ["-created_at", "-pk"]
        constraints = [
            # One open flag per expert and entry: flagging again changes nothing.
            models.UniqueConstraint(
                fields=["contact_point", "flagged_by"], condition=Q(resolved_at__isnull=True),
                name="contactflag_one_open_per_expert",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.contact_point_id} ({self.created_at:%Y-%m-%d})"

    @property
    def is_open(self) -> bool:
        return self.resolved_at is None


def open_contact_flag_count() -> int:
    """How many outdated-contact flags wait for an answer (the secretariat's dashboard)."""
    return ContactFlag.objects.open().count()


def open_contact_flags_admin_url() -> str:
    """The admin list of the flags that wait for an answer (the secretariat's dashboard link)."""
    return reverse("admin:contacts_contactflag_changelist") + "?status=open"

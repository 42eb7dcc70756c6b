"""A request draft: private to its author, its case content encrypted at rest (docs/requests.md).

Only the measure, the two states and the dates are stored in clear (the list needs them); every
field an official types (reference, offences, facts, identifiers, contacts…) is in `content`,
a Fernet token. Drafts are never registered in the admin, never searched, never exported.
"""

import uuid
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from cooperation.drafting.crypto import seal, unseal
from cooperation.drafting.measures import DRAFTABLE_MEASURES  # noqa: F401  (the measures and their essentials)
from portal.models import country_field


class RequestDraftQuerySet(models.QuerySet):
    def of_author(self, user):
        """A user's own drafts: nobody else's, whatever their role (secretariat and staff included)."""
        if user is None or not user.is_authenticated:
            return self.none()
        return self.filter(author=user)

    def expired(self, now=None):
        days = settings.PORTAL["REQUEST_DRAFT_RETENTION_DAYS"]
        return self.filter(updated_at__lt=(now or timezone.now()) - timedelta(days=days))


class RequestDraft(models.Model):
    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="request_drafts", verbose_name=_("author")
    )
    measure = models.ForeignKey("cooperation.Measure", on_delete=models.PROTECT, related_name="+",
                                verbose_name=_("measure"))
    requesting = country_field("+", _("requesting state"))
    requested = country_field("+", _("requested state"))
    content = models.BinaryField(_("encrypted content"), editable=False, default=bytes)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed"), auto_now=True)

    objects = RequestDraftQuerySet.as_manager()

    class Meta:
        verbose_name = _("request draft")
        verbose_name_plural = _("request drafts")
        ordering = ["-updated_at"]
        default_permissions = ()

    def __str__(self) -> str:
        return f"{self.measure_id} {self.requesting_id}→{self.requested_id}"

    @property
    def data(self) -> dict:
        """The decrypted content (read once per instance)."""
        if not hasattr(self, "_data"):
            self._data = unseal(self.content)
        return self._data

    @data.setter
    def data(self, value: dict) -> None:
        self._data = value
        self.content = seal(value)

    def expires_on(self):
        return (self.updated_at + timedelta(days=settings.PORTAL["REQUEST_DRAFT_RETENTION_DAYS"])).date()

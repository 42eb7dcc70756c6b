"""Writes on request drafts: create, save a step, delete, purge; each audited without case content."""

from django.db import transaction

from cooperation.drafting.models import RequestDraft
from portal.accounts.services import audit_record


def _target(draft: RequestDraft) -> str:
    return f"request-draft:{draft.pk}"


@transaction.atomic
def draft_create(*, author, measure, requesting, requested, data: dict) -> RequestDraft:
    draft = RequestDraft(author=author, measure=measure, requesting=requesting, requested=requested)
    draft.data = data
    draft.save()
    audit_record(action="request_draft.create", actor=author, target=_target(draft),
                 measure=measure.slug, requesting=requesting.iso2, requested=requested.iso2)
    return draft


@transaction.atomic
def draft_save(*, draft: RequestDraft, values: dict) -> RequestDraft:
    """Merge one step's values into the encrypted content (not audited: saving is not an event)."""
    draft.data = {**draft.data, **values}
    draft.save(update_fields=["content", "updated_at"])
    return draft


@transaction.atomic
def draft_delete(*, draft: RequestDraft) -> None:
    audit_record(action="request_draft.delete", actor=draft.author, target=_target(draft),
                 measure=draft.measure_id and draft.measure.slug)
    draft.delete()


def draft_downloaded(*, draft: RequestDraft, fmt: str, language: str) -> None:
    audit_record(action="request_draft.download", actor=draft.author, target=_target(draft),
                 format=fmt, language=language)


@transaction.atomic
def drafts_purge(*, now=None) -> int:
    """Delete the drafts past the retention period; idempotent (a second run deletes nothing)."""
    expired = RequestDraft.objects.expired(now)
    count = expired.count()
    if count:
        expired.delete()
        audit_record(action="request_draft.purge", target="request-drafts", deleted=count)
    return count

"""Record a change to anything people follow, when it is saved (nothing is sent here).

Connected from AlertsConfig.ready(): alerts listens to the models of legislation, contacts,
cooperation and content; none of them knows about alerts. Unpublished records produce nothing;
a change to points of contact produces a restricted event without names.
Bulk writes (QuerySet.update, bulk_create) send no signal and produce no alert.
"""

from django.conf import settings
from django.db.models.signals import m2m_changed, post_save
from django.utils import timezone, translation

from alerts.models import AlertEvent


def _path(obj) -> str:
    """The object's page without the language prefix ("laws/12/")."""
    with translation.override(settings.LANGUAGE_CODE):
        url = obj.get_absolute_url()
    prefix = f"/{settings.LANGUAGE_CODE}/"
    return url[len(prefix):] if url.startswith(prefix) else url.lstrip("/")


def record(*, subjects, verb: str, label: str = "", path: str = "", restricted: bool = False) -> None:
    """One event per subject, written with the change (same transaction)."""
    now = timezone.now()
    AlertEvent.objects.bulk_create([
        AlertEvent(subject=subject, verb=verb, label=label[:300], path=path[:300], restricted=restricted, at=now)
        for subject in dict.fromkeys(subjects)
    ])


# A save that only records a verification ("still correct": contacts' entry_confirm, an update
# request's answer, cooperation's fiche_confirm) changes nothing people follow.
VERIFICATION_FIELDS = frozenset({"last_verified_at", "last_verified_by", "updated_at"})


def _only_verified(update_fields) -> bool:
    return update_fields is not None and set(update_fields) <= VERIFICATION_FIELDS


def _law_saved(sender, instance, raw=False, **kwargs):
    if raw or not instance.is_published:
        return
    articles = instance.provisions.values_list("articles__slug", flat=True).distinct()
    record(subjects=[f"country:{instance.country_id.lower()}",
                     *(f"article:{slug}" for slug in articles if slug)],
           verb=AlertEvent.Verb.LAW, label=instance.title, path=_path(instance))


def _provision_saved(sender, instance, raw=False, **kwargs):
    law = instance.law
    if raw or not law.is_published:
        return
    slugs = [article.slug for article in instance.articles.all()] if instance.pk else []
    record(subjects=[f"country:{law.country_id.lower()}", *(f"article:{slug}" for slug in slugs)],
           verb=AlertEvent.Verb.PROVISION, label=f"{law.title}, {instance.number}", path=_path(instance))


def _provision_articles_changed(sender, instance, action, pk_set=None, **kwargs):
    if action not in ("post_add", "post_remove") or not pk_set:
        return
    from legislation.models import ConventionArticle, Provision

    if not isinstance(instance, Provision) or not instance.law.is_published:
        return
    slugs = ConventionArticle.objects.filter(pk__in=pk_set).values_list("slug", flat=True)
    record(subjects=[f"article:{slug}" for slug in slugs], verb=AlertEvent.Verb.PROVISION,
           label=f"{instance.law.title}, {instance.number}", path=_path(instance))


def _treaty_saved(sender, instance, raw=False, **kwargs):
    if raw:
        return
    record(subjects=[f"treaty:{instance.instrument}", f"country:{instance.country_id.lower()}"],
           verb=AlertEvent.Verb.TREATY, label=f"{instance.country.name}: {instance.get_instrument_display()}",
           path=f"treaties/?instrument={instance.instrument}")


def _unit_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or _only_verified(update_fields) or not instance.is_published:
        return
    record(subjects=[f"country:{instance.country_id.lower()}"], verb=AlertEvent.Verb.UNIT,
           label=instance.display_name, path=_path(instance))


def _contact_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or _only_verified(update_fields):
        return
    # Restricted: the event names no person and links to the directory, behind the gate.
    record(subjects=[f"contacts:{instance.unit.country_id.lower()}"], verb=AlertEvent.Verb.CONTACTS,
           path=f"contacts/?country={instance.unit.country_id}", restricted=True)


def _fiche_saved(sender, instance, raw=False, update_fields=None, **kwargs):
    if raw or _only_verified(update_fields):
        return
    code = instance.country_id.lower()
    record(subjects=[f"fiches:{code}", f"country:{code}"], verb=AlertEvent.Verb.FICHE,
           label=f"{instance.country.name}: {instance.measure.name}", path=_path(instance))


def _guidance_saved(sender, instance, raw=False, **kwargs):
    from portal.content.models import GuidanceTopic

    if raw or not GuidanceTopic.objects.published().filter(pk=instance.pk).exists():
        return
    record(subjects=[f"guidance:{instance.slug}"], verb=AlertEvent.Verb.GUIDANCE, label=instance.title,
           path=_path(instance))


def connect() -> None:
    from contacts.models import ContactPoint, NationalUnit
    from cooperation.models import Fiche
    from legislation.models import Law, Provision, TreatyStatus
    from portal.content.models import GuidanceTopic

    for model, handler in ((Law, _law_saved), (Provision, _provision_saved), (TreatyStatus, _treaty_saved),
                           (NationalUnit, _unit_saved), (ContactPoint, _contact_saved), (Fiche, _fiche_saved),
                           (GuidanceTopic, _guidance_saved)):
        post_save.connect(handler, sender=model, weak=False,
                          dispatch_uid=f"alerts:{model._meta.label}")
    m2m_changed.connect(_provision_articles_changed, sender=Provision.articles.through, weak=False,
                        dispatch_uid="alerts:provision-articles")

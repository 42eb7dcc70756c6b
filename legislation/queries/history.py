"""A law's history of changes (law, provisions and their Convention articles) as one timeline."""

from collections import defaultdict
from dataclasses import dataclass

from django.utils.text import capfirst

from legislation.models import ConventionArticle, Law, Provision


@dataclass
class HistoryEntry:
    date: object
    who: str
    subject: str
    action: str
    changes: list[tuple[str, str, str]]
    reason: str = ""


LAW_HISTORY_FIELDS = ["country_id", "title", "title_en", "language", "kind", "number", "enacted_on", "in_force_on",
                      "status", "summary", "source_url", "full_text", "is_published"]
PROVISION_HISTORY_FIELDS = ["number", "heading", "text", "aspect", "position"]
HISTORY_LIMIT = 40


def _display(model, attname, value) -> str:
    if value in (None, ""):
        return "—"
    field_obj = model._meta.get_field(attname[:-3] if attname.endswith("_id") else attname)
    if field_obj.choices:
        return str(dict(field_obj.flatchoices).get(value, value))
    if isinstance(value, bool):
        from django.utils.translation import gettext

        return gettext("yes") if value else gettext("no")
    text = str(value)
    return text if len(text) <= 90 else text[:87] + "…"


def _label(model, attname) -> str:
    return capfirst(str(model._meta.get_field(attname[:-3] if attname.endswith("_id") else attname).verbose_name))


def law_history(law, articles_by_id: dict[int, ConventionArticle]) -> list[HistoryEntry]:
    """Changes to a law and its provisions, newest first: who (role), when, what (five queries)."""
    from legislation.models import history_user_label

    action_labels = history_action_labels()

    def who(user):
        return history_user_label(user, law.country)
    user_related = ("history_user__expert_profile__country",)
    law_records = list(
        law.history.select_related(*user_related).prefetch_related("history_user__groups")
        .order_by("-history_date", "-history_id")[: HISTORY_LIMIT + 1]
    )
    provision_records = list(
        Provision.history.filter(law_id=law.pk).select_related(*user_related)
        .prefetch_related("history_user__groups").order_by("-history_date", "-history_id")[: HISTORY_LIMIT * 3]
    )
    m2m_model = Provision.history.model.articles.model
    article_sets = defaultdict(set)
    for history_id, article_id in m2m_model.objects.filter(
        history__in=[r.history_id for r in provision_records]
    ).values_list("history_id", "conventionarticle_id"):
        article_sets[history_id].add(article_id)

    entries = []
    for index, record in enumerate(law_records):
        previous = law_records[index + 1] if index + 1 < len(law_records) else None
        entries.append(_entry(record, previous, LAW_HISTORY_FIELDS, Law, str(law.number), action_labels, who))
    by_object = defaultdict(list)
    for record in provision_records:
        by_object[record.id].append(record)
    for records in by_object.values():
        for index, record in enumerate(records):
            previous = records[index + 1] if index + 1 < len(records) else None
            entry = _entry(record, previous, PROVISION_HISTORY_FIELDS, Provision, record.number, action_labels, who)
            if previous is not None and article_sets[record.history_id] != article_sets[previous.history_id]:
                entry.changes.append((
                    capfirst(str(Provision._meta.get_field("articles").verbose_name)),
                    _article_list(article_sets[previous.history_id], articles_by_id),
                    _article_list(article_sets[record.history_id], articles_by_id),
                ))
            if record.history_type == "~" and previous is not None and not entry.changes:
                continue  # a save that changed nothing the public sees
            entries.append(entry)
    entries.sort(key=lambda e: e.date, reverse=True)
    return entries[:HISTORY_LIMIT]


def _article_list(ids, articles_by_id) -> str:
    labels = [articles_by_id[i].short_label for i in sorted(ids, key=lambda i: (articles_by_id[i].instrument,
                                                                                 articles_by_id[i].number))
              if i in articles_by_id]
    return ", ".join(str(label) for label in labels) or "—"


def history_action_labels() -> dict[str, str]:
    from django.utils.translation import gettext

    return {"+": gettext("created"), "~": gettext("changed"), "-": gettext("deleted")}


def _entry(record, previous, fields, model, subject, action_labels, who) -> HistoryEntry:
    changes = []
    if record.history_type == "~" and previous is not None:
        for attname in fields:
            old, new = getattr(previous, attname), getattr(record, attname)
            if old != new:
                changes.append((_label(model, attname), _display(model, attname, old), _display(model, attname, new)))
    subject_label = str(model._meta.verbose_name).capitalize()
    return HistoryEntry(
        date=record.history_date,
        who=who(record.history_user),
        subject=f"{subject_label} {subject}",
        action=action_labels.get(record.history_type, record.history_type),
        changes=changes,
        reason=record.history_change_reason or "",
    )

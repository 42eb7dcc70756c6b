"""Demo laws and provisions (labelled as sample data on screen), and the real treaty status.

Called by `manage.py seed_demo`; idempotent: records are matched by their natural keys and
saved only when something differs, so running it twice adds no history.
"""

import datetime

from django.db import transaction

from legislation.demo_data import LAWS
from legislation.models import ConventionArticle, Law, Provision
from legislation.services import article_keys_to_ids, treaty_status_load
from portal.models import Country

REASON = "Sample data (seed_demo)"


def _date(value):
    return datetime.date.fromisoformat(value) if value else None


def _sync(instance, values: dict) -> bool:
    """Set values on an instance; True when something changed."""
    changed = False
    for name, value in values.items():
        if getattr(instance, name) != value:
            setattr(instance, name, value)
            changed = True
    return changed


@transaction.atomic
def seed(stdout) -> None:
    articles = {a.url_key: a.pk for a in ConventionArticle.objects.all()}
    countries = {c.iso2: c for c in Country.objects.all()}
    laws_created = provisions_created = 0
    for (code, number, kind, language, title, title_en, status, enacted, in_force, source, summary,
         provisions) in LAWS:
        law = Law.objects.filter(country_id=code, number=number).first()
        values = {
            "kind": kind, "language": language, "title": title, "title_en": title_en, "status": status,
            "enacted_on": _date(enacted), "in_force_on": _date(in_force), "source_url": source, "summary": summary,
            "is_published": True, "is_sample": True,
        }
        if law is None:
            law = Law(country=countries[code], number=number)
            laws_created += 1
        if _sync(law, values) or law.pk is None:
            law._change_reason = REASON
            law.full_clean()
            law.save()
        for position, (p_number, heading, text, aspect, keys) in enumerate(provisions, start=1):
            provision = Provision.objects.filter(law=law, number=p_number).first()
            if provision is None:
                provision = Provision(law=law, number=p_number)
                provisions_created += 1
            if _sync(provision, {"heading": heading, "text": text, "aspect": aspect, "position": position}) \
                    or provision.pk is None:
                provision._change_reason = REASON
                provision.save()
            wanted = set(article_keys_to_ids(keys, articles))
            if set(provision.articles.values_list("pk", flat=True)) != wanted:
                provision._change_reason = REASON
                provision.articles.set(wanted)

    # Treaty status is reference data from sourced files, not sample data: loaded here so that a
    # fresh `make run` has it (the same load as `manage.py load_treaty_status`).
    treaties = treaty_status_load()
    stdout.write(
        f"Legislation: {len(LAWS)} sample laws from {len({law[0] for law in LAWS})} states "
        f"({laws_created} new, {provisions_created} new provisions); treaty status: {treaties.rows} sourced "
        f"entries ({treaties.created} new, {treaties.updated} changed, {len(treaties.kept)} kept as changed in the "
        f"admin)."
    )

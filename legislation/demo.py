"""Demo laws, provisions and treaty status (labelled as sample data on screen).

Called by `manage.py seed_demo`; idempotent: records are matched by their natural keys and
saved only when something differs, so running it twice adds no history.
"""

import datetime

from django.db import transaction

from legislation.demo_data import LAWS, TREATIES, TREATY_AUTHORITIES, UN_NOTE
from legislation.models import ConventionArticle, Instrument, Law, Provision, TreatyStatus
from legislation.services import article_keys_to_ids
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

    known = {(code, instrument): row for code, instrument, *row in TREATIES}
    entries = 0
    for code in countries:
        for instrument in Instrument:
            status, joined_by, signed, ratified, in_force, note = known.get(
                (code, instrument.value), ("none", "", None, None, None, "")
            )
            if instrument == Instrument.UN and not note:
                note = UN_NOTE
            values = {
                "status": status, "joined_by": joined_by, "signed_on": _date(signed),
                "ratified_on": _date(ratified), "in_force_on": _date(in_force), "note": note,
                "authorities": TREATY_AUTHORITIES if status == "party" and instrument == Instrument.BUDAPEST else "",
                "is_sample": True,
            }
            entry = TreatyStatus.objects.filter(country_id=code, instrument=instrument.value).first()
            if entry is None:
                entry = TreatyStatus(country=countries[code], instrument=instrument.value)
            if _sync(entry, values) or entry.pk is None:
                entry._change_reason = REASON
                entry.full_clean()
                entry.save()
            entries += 1
    stdout.write(
        f"Legislation: {len(LAWS)} sample laws from {len({law[0] for law in LAWS})} states "
        f"({laws_created} new, {provisions_created} new provisions), {entries} treaty entries."
    )

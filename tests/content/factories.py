"""Small builders for public content in tests (published unless told otherwise)."""

import itertools
from datetime import date, timedelta

from django.utils import timezone

from portal.content.models import (
    BulletinIssue,
    BulletinItem,
    BulletinSection,
    Event,
    EventDocument,
    GuidanceTopic,
    Partner,
    Resource,
    Status,
)

_seq = itertools.count(1)


def _state(draft: bool, future: bool) -> dict:
    publish_at = timezone.now() + timedelta(days=3) if future else timezone.now() - timedelta(hours=1)
    return {"status": Status.DRAFT if draft else Status.PUBLISHED, "publish_at": publish_at}


def make_topic(title="Phishing", *, draft=False, future=False, **fields) -> GuidanceTopic:
    n = next(_seq)
    defaults = {
        "slug": f"topic-{n}", "title_en": title, "summary_en": f"About {title}.", "avoid_en": "Do not click.",
        "recognise_en": "Urgent messages.", "evidence_en": "Keep the message.", "report_en": "Tell the police.",
        "order": n,
    }
    defaults.update(fields)
    return GuidanceTopic.objects.create(**_state(draft, future), **defaults)


def make_resource(title="Manual on electronic evidence", *, draft=False, future=False, **fields) -> Resource:
    n = next(_seq)
    defaults = {
        "slug": f"resource-{n}", "title_en": title, "summary_en": f"Summary of {title}.", "kind": "manual",
        "language": "en", "year": 2024, "url": "https://example.org/doc.pdf",
    }
    defaults.update(fields)
    return Resource.objects.create(**_state(draft, future), **defaults)


def make_issue(number=None, *, draft=False, future=False, sections=1, items=1, **fields) -> BulletinIssue:
    n = next(_seq)
    issue = BulletinIssue.objects.create(
        number=number or n, title_en=fields.pop("title_en", f"Issue {n}"),
        issue_date=fields.pop("issue_date", date.today()), introduction_en="Welcome to this issue.",
        **_state(draft, future), **fields,
    )
    for s in range(sections):
        section = BulletinSection.objects.create(issue=issue, title_en=f"Section {s}", order=s)
        for i in range(items):
            BulletinItem.objects.create(section=section, title_en=f"Item {n}-{s}-{i}", body_en="Treaty news.", order=i)
    return issue


def make_event(title="Working Group meeting", *, days=10, length_hours=8, draft=False, future=False,
               documents=0, **fields) -> Event:
    n = next(_seq)
    starts = timezone.now() + timedelta(days=days)
    defaults = {"slug": f"event-{n}", "title_en": title, "summary_en": f"About {title}.", "kind": "meeting",
                "starts_at": starts, "ends_at": starts + timedelta(hours=length_hours), "location_en": "Washington"}
    defaults.update(fields)
    event = Event.objects.create(**_state(draft, future), **defaults)
    for d in range(documents):
        EventDocument.objects.create(event=event, title_en=f"Document {d}", url="https://example.org/agenda.pdf", order=d)
    return event


def make_partner(name="INTERPOL", *, draft=False, future=False, **fields) -> Partner:
    defaults = {"name_en": name, "website": "https://www.interpol.int/", "kind": "global"}
    defaults.update(fields)
    return Partner.objects.create(**_state(draft, future), **defaults)

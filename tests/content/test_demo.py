"""seed_demo's public content: every topic in four languages, real resources, 3 issues, events, partners."""

from io import StringIO

import pytest

from portal.content import demo
from portal.content.models import BulletinIssue, BulletinItem, Event, GuidanceTopic, Partner, Resource

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

TOPICS = {"phishing", "online-fraud", "sextortion", "ransomware", "identity-theft", "harassment",
          "child-sexual-abuse-material"}


def test_seed_is_complete_and_idempotent(visitor):
    demo.seed(StringIO())
    demo.seed(StringIO())
    assert set(GuidanceTopic.objects.published().values_list("slug", flat=True)) == TOPICS
    for topic in GuidanceTopic.objects.all():
        for code in ("en", "es", "pt", "fr"):
            for field in ("title", "summary", "avoid", "recognise", "evidence", "report"):
                assert getattr(topic, f"{field}_{code}"), (topic.slug, field, code)
    # Official pages, sample good practices with their text, and the two REMJA documents.
    assert Resource.objects.published().count() == 8
    assert not Resource.objects.without_document().exists()
    assert BulletinIssue.objects.published().count() == 3
    assert BulletinItem.objects.published().count() >= 6
    assert Event.objects.published().upcoming().exists() and Event.objects.published().past().exists()
    assert Partner.objects.published().filter(name_en="INTERPOL", website="https://www.interpol.int/").exists()
    page = visitor.get("/en/guidance/").content.decode()
    assert 'class="sample-data"' in page

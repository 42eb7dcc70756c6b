"""The public content's admin lists cost the same number of queries for 2 rows as for 10
(CONTRIBUTING: every list page's query count at two sizes), as the secretariat sees them."""

import pytest
from django.urls import reverse
from django.utils import timezone

from portal.content.models import BulletinSection, ContactMessage, Delivery, Subscriber
from tests.content.factories import make_event, make_issue, make_partner, make_resource, make_topic

pytestmark = pytest.mark.django_db

CODES = ["AR", "BR", "CL", "CO", "MX", "PE", "UY", "PY", "CA", "US"]


@pytest.fixture
def secretariat_client(client_for, secretariat):
    return client_for(secretariat)


def test_guidance_topics(secretariat_client, constant_changelist):
    constant_changelist(secretariat_client, reverse("admin:content_guidancetopic_changelist"),
                        lambda n: make_topic(f"Topic {n}", draft=n % 3 == 0))


def test_resources(secretariat_client, constant_changelist):
    constant_changelist(secretariat_client, reverse("admin:content_resource_changelist"),
                        lambda n: make_resource(f"Manual {n}", country_id=CODES[n], review_pending=n % 2 == 0,
                                                  draft=n % 2 == 0))


def _subscriber(n: int) -> Subscriber:
    return Subscriber.objects.create(email=f"reader-{n}@example.org", state=Subscriber.State.CONFIRMED,
                                     confirmed_at=timezone.now())


def test_bulletin_issues(secretariat_client, constant_changelist):
    """Each issue with its sections, items and the deliveries its "sent to" column counts."""

    def add_row(n):
        issue = make_issue(100 + n, sections=2, items=2)
        Delivery.objects.create(issue=issue, subscriber=_subscriber(n), state=Delivery.State.SENT,
                                sent_at=timezone.now())

    constant_changelist(secretariat_client, reverse("admin:content_bulletinissue_changelist"), add_row)


def test_bulletin_sections(secretariat_client, constant_changelist):
    constant_changelist(secretariat_client, reverse("admin:content_bulletinsection_changelist"),
                        lambda n: BulletinSection.objects.create(issue=make_issue(100 + n, sections=0),
                                                                 title_en=f"Section {n}", order=n))


def test_events(secretariat_client, constant_changelist):
    constant_changelist(secretariat_client, reverse("admin:content_event_changelist"),
                        lambda n: make_event(f"Meeting {n}", days=n * 7, documents=2))


def test_partners(secretariat_client, constant_changelist):
    constant_changelist(secretariat_client, reverse("admin:content_partner_changelist"), lambda n: make_partner(f"Partner {n}"))


def test_subscribers(secretariat_client, constant_changelist):
    constant_changelist(secretariat_client, reverse("admin:content_subscriber_changelist"), _subscriber)


def test_deliveries(secretariat_client, constant_changelist):
    issue = make_issue(100)
    constant_changelist(secretariat_client, reverse("admin:content_delivery_changelist"), lambda n: Delivery.objects.create(
        issue=issue if n % 2 else make_issue(200 + n), subscriber=_subscriber(n), state=Delivery.State.SENT,
        sent_at=timezone.now()))


def test_contact_messages(secretariat_client, constant_changelist, secretariat):
    constant_changelist(secretariat_client, reverse("admin:content_contactmessage_changelist"), lambda n: ContactMessage.objects.create(
        name=f"Person {n}", email=f"person-{n}@example.org", message="Where do I report a scam?", language="es",
        handled_at=timezone.now() if n % 2 else None, handled_by=secretariat if n % 2 else None))

"""The alerts admin lists (subscriptions, changes followed, alert emails) cost the same number of
queries for 2 rows as for 10 (CONTRIBUTING: every list page's query count at two sizes)."""

from datetime import date, timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from alerts.models import AlertDigest, AlertEvent, Subscription
from tests.conftest import make_expert

pytestmark = pytest.mark.django_db

SUBJECTS = ["country:ar", "country:br", "fiches:ar", "treaty:budapest", "article:budapest-2", "guidance:phishing",
            "contacts:mx", "country:cl", "country:pe", "country:uy"]


@pytest.fixture
def secretariat_client(client_for, secretariat):
    return client_for(secretariat)


def test_subscriptions(secretariat_client, constant_changelist):
    expert = make_expert("follower@example.org", "AR")

    def add_row(n):
        Subscription.objects.create(email=expert.email, user=expert, subject=SUBJECTS[n], language="es",
                                    state=Subscription.State.CONFIRMED, confirmed_at=timezone.now(),
                                    sent_until=timezone.now() - timedelta(days=n))

    constant_changelist(secretariat_client, reverse("admin:alerts_subscription_changelist"), add_row)


def test_changes_followed(secretariat_client, constant_changelist):
    constant_changelist(secretariat_client, reverse("admin:alerts_alertevent_changelist"), lambda n: AlertEvent.objects.create(
        subject=SUBJECTS[n], verb=AlertEvent.Verb.LAW, label=f"Law {n}", path=f"laws/{n}/",
        restricted=SUBJECTS[n].startswith("contacts:")))


def test_alert_emails(secretariat_client, constant_changelist):
    constant_changelist(secretariat_client, reverse("admin:alerts_alertdigest_changelist"), lambda n: AlertDigest.objects.create(
        email=f"reader-{n}@example.org", day=date(2026, 11, 1) + timedelta(days=n), items=n + 1))

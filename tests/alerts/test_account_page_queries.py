"""The account page's "What you follow" (/en/me/) costs the same number of queries for a few
subscriptions as for many, each kind of subject among them (CONTRIBUTING: query counts at two sizes)."""

import pytest
from django.utils import timezone

from alerts.models import Subscription
from legislation.models import Instrument
from tests.content.factories import make_topic

pytestmark = pytest.mark.django_db

COUNTRIES = ["ar", "br", "cl", "co", "mx", "pe"]


def _subjects(n: int) -> list[str]:
    """The n-th subject of every kind an expert may follow."""
    instrument = Instrument.values[n % len(Instrument.values)]
    topic = make_topic(f"Topic {n}")
    return [f"country:{COUNTRIES[n]}", f"fiches:{COUNTRIES[n]}", f"contacts:{COUNTRIES[n]}", f"treaty:{instrument}",
            f"article:budapest-{n + 2}", f"guidance:{topic.slug}"]


def test_what_you_follow_costs_the_same_for_few_or_many(as_persona, constant_queries):
    client, expert = as_persona("expert_br")

    def follow(n):
        for subject in _subjects(n):
            Subscription.objects.get_or_create(
                email=expert.email, subject=subject,
                defaults={"user": expert, "state": Subscription.State.CONFIRMED, "confirmed_at": timezone.now()})

    follow(0)
    with constant_queries(client, "/en/me/"):
        for n in range(1, len(COUNTRIES)):
            follow(n)
    page = client.get("/en/me/").content.decode()
    assert page.count('action="/en/alerts/') == Subscription.objects.count() == 35  # one treaty followed twice
    assert "Points of contact of Peru" in page and "Fiches of Peru" in page and "Topic 5" in page

"""Alerts: follow a subject by email (double opt-in) or Atom feed, one email a day at most, stop,
and restricted subjects only for experts, without restricted content."""

import re
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from alerts.models import AlertDigest, AlertEvent, Subscription
from alerts.services import send_daily_alerts
from legislation.models import TreatyStatus
from portal.content.models import Status
from tests.contacts.factories import make_point, make_unit
from tests.content.factories import make_topic
from tests.legislation.factories import article, make_law, make_treaty_status

pytestmark = pytest.mark.django_db
# The follow page: session, user, gate, the subscriptions, the subject lists and their labels.
QUERIES = 16


@pytest.fixture
def run_on_commit(django_capture_on_commit_callbacks):
    def run(function, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return function(*args, **kwargs)
    return run


def _link(message, kind):
    return re.search(rf"http://\S+/alerts/{kind}/\S+/", message.body).group(0).split("/", 3)[3]


def follow(client, subject, email="reader@example.org"):
    return client.post("/en/alerts/", {"subject": subject, "email": email})


def test_a_visitor_follows_a_country_after_confirming_the_address(client, mailoutbox, run_on_commit):
    response = run_on_commit(follow, client, "country:ar")
    assert response.status_code == 200
    assert "we have sent it a link to confirm" in response.content.decode()
    subscription = Subscription.objects.get()
    assert subscription.state == "pending" and subscription.subject == "country:ar"
    assert len(mailoutbox) == 1 and "Argentina" in mailoutbox[0].subject
    path = "/" + _link(mailoutbox[0], "confirm")
    assert "Confirm the alerts" in client.get(path).content.decode()  # a GET (mail scanner) changes nothing
    assert Subscription.objects.get().state == "pending"
    assert "Confirmed: you follow Argentina." in client.post(path).content.decode()
    assert Subscription.objects.get().state == "confirmed"


def test_no_alert_before_confirmation_and_one_email_a_day_at_most(client, mailoutbox, run_on_commit):
    run_on_commit(follow, client, "treaty:budapest")
    make_treaty_status("AR", "budapest", "party")
    assert run_on_commit(send_daily_alerts) == 0  # still pending
    client.post("/" + _link(mailoutbox[0], "confirm"))
    mailoutbox.clear()
    make_treaty_status("CL", "budapest", "party")
    TreatyStatus.objects.get(country_id="CL", instrument="budapest").save()
    assert run_on_commit(send_daily_alerts) == 1
    assert len(mailoutbox) == 1
    body = mailoutbox[0].body
    assert "Chile: Budapest Convention" in body and body.count("Chile: Budapest Convention") == 1
    assert "Argentina" not in body  # changed before the address was confirmed
    assert "/en/treaties/?instrument=budapest" in body and "/alerts/unsubscribe/" in body
    # A second run the same day, even with new changes, sends nothing.
    make_treaty_status("PE", "budapest", "party")
    assert run_on_commit(send_daily_alerts) == 0 and len(mailoutbox) == 1
    # The next day, the change waiting since is sent.
    assert run_on_commit(send_daily_alerts, now=timezone.now() + timedelta(days=1)) == 1
    assert "Peru" in mailoutbox[1].body
    assert AlertDigest.objects.count() == 2


def test_the_command_is_safe_to_run_twice(client, mailoutbox, run_on_commit):
    run_on_commit(follow, client, "country:ar")
    client.post("/" + _link(mailoutbox[0], "confirm"))
    make_unit("AR", "Unidad de prueba")
    run_on_commit(call_command, "send_alerts")
    run_on_commit(call_command, "send_alerts")
    assert len(mailoutbox) == 2 and "Unidad de prueba" in mailoutbox[1].body


def test_unsubscribing_from_the_email_stops_the_alerts(client, mailoutbox, run_on_commit):
    run_on_commit(follow, client, "country:ar")
    client.post("/" + _link(mailoutbox[0], "confirm"))
    make_unit("AR", "Unidad de prueba")
    run_on_commit(send_daily_alerts)
    unsubscribe = "/" + _link(mailoutbox[1], "unsubscribe")
    assert "You no longer follow Argentina." in client.post(unsubscribe).content.decode()
    make_unit("AR", "Otra unidad")
    assert run_on_commit(send_daily_alerts, now=timezone.now() + timedelta(days=1)) == 0


def test_unpublished_changes_and_contacts_reach_no_public_follower(client, mailoutbox, run_on_commit):
    run_on_commit(follow, client, "country:ar")
    client.post("/" + _link(mailoutbox[0], "confirm"))
    unit = make_unit("AR", "Unidad oculta", is_published=False)
    make_point(unit, "Secret Person", email="secret-person@example.org")
    assert run_on_commit(send_daily_alerts) == 0
    assert not AlertEvent.objects.filter(subject="country:ar").exists()
    # Points of contact are a restricted subject a visitor cannot even choose.
    response = follow(client, "contacts:ar")
    assert response.status_code == 400 and "Select a valid choice" in response.content.decode()
    assert "Points of contact of" not in client.get("/en/alerts/").content.decode()


def test_an_expert_follows_a_states_contacts_and_learns_only_that_they_changed(client, as_persona, mailoutbox,
                                                                           run_on_commit):
    expert_client, expert = as_persona("expert_br")
    response = run_on_commit(follow, expert_client, "contacts:ar", email=expert.email)
    assert "You now follow Points of contact of Argentina." in response.content.decode()
    assert mailoutbox == []  # the account's own address: no confirmation needed
    unit = make_unit("AR", "Unidad")
    make_point(unit, "Secret Person", email="secret-person@example.org")
    assert run_on_commit(send_daily_alerts) == 1
    body = mailoutbox[0].body
    assert "Points of contact of Argentina" in body and "sign in to see them" in body
    assert "Secret Person" not in body and "secret-person@example.org" not in body
    # The feed of a restricted subject does not exist.
    assert client.get("/en/alerts/feed/contacts:ar/").status_code == 404


def test_a_suspended_expert_gets_no_restricted_alert(as_persona, mailoutbox, run_on_commit):
    expert_client, expert = as_persona("expert_br")
    run_on_commit(follow, expert_client, "contacts:ar", email=expert.email)
    expert.expert_profile.status = "suspended"
    expert.expert_profile.save()
    unit = make_unit("AR", "Unidad")
    make_point(unit, "Secret Person")
    assert run_on_commit(send_daily_alerts) == 0


def test_each_public_subject_has_an_atom_feed(client):
    make_treaty_status("CL", "budapest", "party")
    response = client.get("/en/alerts/feed/treaty:budapest/")
    assert response.status_code == 200 and response["Content-Type"].startswith("application/atom+xml")
    assert "Chile: Budapest Convention" in response.content.decode()
    assert client.get("/en/alerts/feed/country:zz/").status_code == 404
    assert client.get("/en/alerts/feed/nonsense/").status_code == 404


def test_signed_in_users_see_and_stop_what_they_follow(as_persona, run_on_commit):
    expert_client, expert = as_persona("expert_br")
    run_on_commit(follow, expert_client, "country:ar", email=expert.email)
    page = expert_client.get("/en/alerts/").content.decode()
    assert "What you follow" in page and "Argentina" in page
    subscription = Subscription.objects.get(email=expert.email)
    response = expert_client.post(f"/en/alerts/{subscription.pk}/stop/", follow=True)
    assert "You no longer follow this subject." in response.content.decode()
    assert Subscription.objects.get(pk=subscription.pk).state == "unsubscribed"


def test_someone_else_cannot_stop_a_subscription(as_persona, run_on_commit):
    expert_client, expert = as_persona("expert_br")
    run_on_commit(follow, expert_client, "country:ar", email=expert.email)
    other_client, _other = as_persona("expert_mx")
    subscription = Subscription.objects.get(email=expert.email)
    assert other_client.post(f"/en/alerts/{subscription.pk}/stop/").status_code == 404
    assert Subscription.objects.get(pk=subscription.pk).state == "confirmed"


@pytest.mark.parametrize("data", [{"subject": "country:zz", "email": "a@example.org"},
                                  {"subject": "x" * 500, "email": "a@example.org"},
                                  {"subject": "country:ar", "email": "not-an-address"}, {}])
def test_bad_input_is_refused_with_a_message(client, data):
    response = client.post("/en/alerts/", data)
    assert response.status_code == 400
    assert Subscription.objects.count() == 0


def test_a_wrong_link_explains_itself(client):
    assert client.get("/en/alerts/confirm/nonsense/").status_code == 400
    assert client.post("/en/alerts/unsubscribe/nonsense/").status_code == 400


def test_the_page_is_offered_in_four_languages(client):
    for language, word in (("es", "Alertas"), ("pt", "Alertas"), ("fr", "Alertes")):
        assert word in client.get(f"/{language}/alerts/?subject=country:ar").content.decode()


def test_the_follow_page_costs_the_same_for_few_or_many_subscriptions(client, as_persona,
                                                                  django_assert_max_num_queries, run_on_commit):
    expert_client, expert = as_persona("expert_br")
    for code in ("ar", "cl"):
        run_on_commit(follow, expert_client, f"country:{code}", email=expert.email)
    with django_assert_max_num_queries(QUERIES):
        expert_client.get("/en/alerts/")
    for code in ("pe", "uy", "mx", "co", "ca", "us", "fiches:ar", "treaty:un", "article:budapest-2"):
        run_on_commit(follow, expert_client, code if ":" in code else f"country:{code}", email=expert.email)
    assert Subscription.objects.count() == 11
    with django_assert_max_num_queries(QUERIES):
        page = expert_client.get("/en/alerts/").content.decode()
    assert "Fiches of Argentina" in page and "Budapest Convention" in page


def test_public_pages_offer_to_follow_them(client):
    for path, subject in (("/en/countries/ar/", "country:ar"), ("/en/treaties/?instrument=un", "treaty:un"),
                          ("/en/evidence/ar/", "fiches:ar")):
        page = client.get(path).content.decode()
        assert f'/en/alerts/?subject={subject.replace(":", "%3A")}"' in page, path
        assert f'/en/alerts/feed/{subject}/"' in page, path


def test_the_account_page_lists_the_subscriptions(as_persona, run_on_commit):
    expert_client, expert = as_persona("expert_br")
    assert 'href="/en/alerts/"' in expert_client.get("/en/me/").content.decode()
    run_on_commit(follow, expert_client, "treaty:un", email=expert.email)
    page = expert_client.get("/en/me/").content.decode()
    subscription = Subscription.objects.get(email=expert.email)
    assert "UN Convention against Cybercrime" in page and f'action="/en/alerts/{subscription.pk}/stop/"' in page



def _confirmed(email, subject, since):
    return Subscription.objects.create(email=email, subject=subject, state=Subscription.State.CONFIRMED,
                                       confirmed_at=since, language="en")


def _change_reads(run_on_commit, subjects_per_address) -> int:
    """How many times one daily run reads the changes, for two addresses each following
    `subjects_per_address` states that all changed since."""
    AlertDigest.objects.all().delete()
    Subscription.objects.all().delete()
    since = timezone.now() - timedelta(hours=1)
    for email in ("one@example.org", "two@example.org"):
        for code in ["ar", "br", "cl", "mx", "pe", "co"][:subjects_per_address]:
            _confirmed(email, f"country:{code}", since)
    with CaptureQueriesContext(connection) as queries:
        assert run_on_commit(send_daily_alerts) == 2
    return sum('FROM "alerts_alertevent"' in query["sql"] for query in queries.captured_queries)


def test_the_daily_run_reads_the_changes_once_not_once_per_subscription(run_on_commit, mailoutbox):
    for code in ("ar", "br", "cl", "mx", "pe", "co"):
        AlertEvent.objects.create(subject=f"country:{code}", verb=AlertEvent.Verb.LAW, label=f"Law of {code}",
                                  path=f"countries/{code}/")
    assert _change_reads(run_on_commit, 2) == _change_reads(run_on_commit, 6) == 1
    assert all("Law of co" in message.body and "Law of ar" in message.body for message in mailoutbox[-2:])


def test_a_provision_linked_to_an_article_reaches_the_articles_followers(run_on_commit, mailoutbox):
    _confirmed("article@example.org", "article:budapest-2", timezone.now() - timedelta(hours=1))
    law = make_law("CL", provisions=[("Art. 1", "Acceso ilícito", "substantive", [])])
    provision = law.provisions.get()
    provision.articles.add(article("2"))  # the article is added after the provision was saved
    assert run_on_commit(send_daily_alerts) == 1
    assert f"{law.title}, Art. 1" in mailoutbox[-1].body
    feed = Client().get("/en/alerts/feed/article:budapest-2/").content.decode()
    assert f"{law.title}, Art. 1" in feed


def test_publishing_a_guidance_topic_reaches_its_followers(run_on_commit, mailoutbox):
    _confirmed("topic@example.org", "guidance:phish-test", timezone.now() - timedelta(hours=1))
    draft = make_topic("Phishing", draft=True, slug="phish-test")
    assert run_on_commit(send_daily_alerts) == 0  # a draft is not news
    draft.publish_at = timezone.now() - timedelta(minutes=1)
    draft.status = Status.PUBLISHED
    draft.save()
    assert run_on_commit(send_daily_alerts) == 1
    assert "Phishing" in mailoutbox[-1].body and "/en/guidance/phish-test/" in mailoutbox[-1].body


def test_a_feed_costs_the_same_for_few_or_many_changes(client, constant_queries):
    make_law("AR", title_en="Law 0")
    with constant_queries(client, "/en/alerts/feed/country:ar/"):
        for n in range(1, 10):
            make_law("AR", title_en=f"Law {n}")
    feed = client.get("/en/alerts/feed/country:ar/").content.decode()
    assert feed.count("<entry>") == AlertEvent.objects.filter(subject="country:ar").count() >= 10

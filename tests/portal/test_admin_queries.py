"""The portal's and the accounts' admin lists cost the same number of queries for 2 rows as for 10
(CONTRIBUTING: every list page's query count at two sizes), as the secretariat sees them."""

from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from portal.accounts.models import ExpertProfile, Role
from portal.accounts.services import audit_record
from portal.models import Country, OutgoingEmail, ScheduledRun, Subregion
from tests.conftest import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def secretariat_client(client_for, secretariat):
    return client_for(secretariat)


def test_countries(secretariat_client, constant_changelist):
    constant_changelist(secretariat_client, reverse("admin:portal_country_changelist"), lambda n: Country.objects.create(
        iso2=f"X{chr(ord('A') + n)}", name_en=f"Testland {n}", name=f"Testland {n}", subregion=Subregion.CARIBBEAN))


@pytest.mark.parametrize("attention", [None, "yes"])
def test_outgoing_emails(secretariat_client, constant_changelist, attention):
    def add_row(n):
        OutgoingEmail.objects.create(
            template="contacts/emails/update_request", to=[f"focal-{n}@example.org", f"deputy-{n}@example.org"],
            subject=f"Update request {n}", body="Please confirm.", status=OutgoingEmail.Status.FAILED, attempts=5,
            last_error="550 mailbox unavailable", last_attempt_at=timezone.now() - timedelta(hours=n + 1),
        )

    url = reverse("admin:portal_outgoingemail_changelist") + ("?attention=yes" if attention else "")
    constant_changelist(secretariat_client, url, add_row)


def test_scheduled_runs(secretariat_client, constant_changelist):
    def add_row(n):
        slot = timezone.now() - timedelta(days=n)
        ScheduledRun.objects.create(job="workspace_digests", slot=slot, status=ScheduledRun.Status.DONE,
                                    started_at=slot, finished_at=slot + timedelta(seconds=3), output="3 digests sent")

    constant_changelist(secretariat_client, reverse("admin:portal_scheduledrun_changelist"), add_row)


def test_users(secretariat_client, constant_changelist):
    constant_changelist(secretariat_client, reverse("admin:accounts_user_changelist"), lambda n: make_user(
        f"person-{n}@example.org", roles=(Role.EXPERT,), country="BR", status=ExpertProfile.Status.APPROVED))


@pytest.mark.parametrize("status", [None, "requested"])
def test_access_requests(secretariat_client, constant_changelist, secretariat, status):
    codes = list(Country.objects.order_by("iso2").values_list("iso2", flat=True)[:10])

    def add_row(n):
        user = make_user(f"asks-{n}@example.org", country=codes[n], status=status or ExpertProfile.Status.APPROVED)
        if status is None:  # decided: the list shows by whom
            ExpertProfile.objects.filter(user=user).update(decided_by=secretariat)

    url = reverse("admin:accounts_expertprofile_changelist") + (f"?status__exact={status}" if status else "")
    constant_changelist(secretariat_client, url, add_row)


def test_audit_trail(secretariat_client, constant_changelist, secretariat):
    constant_changelist(secretariat_client, reverse("admin:accounts_auditevent_changelist"), lambda n: audit_record(
        action="accounts.expert_approved", actor=secretariat, target=f"user:{n}", note="checked"))


def test_roles(secretariat_client, constant_changelist):
    from django.contrib.auth.models import Group

    constant_changelist(secretariat_client, reverse("admin:auth_group_changelist"),
                        lambda n: Group.objects.create(name=f"Working group {n}"))


@pytest.fixture
def superuser_client(client_for):
    """The libraries' own lists (addresses, authenticators, sessions, tasks) open to a superuser only."""
    user = make_user("root@example.org", roles=(Role.SECRETARIAT,), mfa=True, is_staff=True)
    user.is_superuser = True
    user.save()
    return client_for(user)


def _signed_up(n: int):
    return make_user(f"person-{n}@example.org", mfa=True)


@pytest.mark.parametrize("name", ["account_emailaddress", "mfa_authenticator"])
def test_addresses_and_authenticators(superuser_client, constant_changelist, name):
    constant_changelist(superuser_client, reverse(f"admin:{name}_changelist"), _signed_up)


def test_sessions(superuser_client, constant_changelist):
    from allauth.usersessions.models import UserSession

    constant_changelist(superuser_client, reverse("admin:usersessions_usersession_changelist"),
                        lambda n: UserSession.objects.create(user=_signed_up(n), ip="192.0.2.1", session_key=f"s{n}",
                                                             user_agent="Firefox"))


def test_queued_tasks(superuser_client, constant_changelist, database_queue):
    from contacts.tasks import check_country_links

    codes = list(Country.objects.order_by("iso2").values_list("iso2", flat=True)[:10])
    constant_changelist(superuser_client, reverse("admin:django_tasks_database_dbtaskresult_changelist"),
                        lambda n: check_country_links.enqueue(codes[n]))

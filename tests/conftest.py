"""Personas shared by every test (DESIGN.md): visitor, registered, expert_br, expert_mx,
focal_ar, secretariat, and experts missing one step of the gate."""

import os
from contextlib import contextmanager

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from guardian.shortcuts import assign_perm

from portal.accounts.models import ExpertProfile, Role, User
from portal.models import Country

PASSWORD = "correct-horse-battery-staple-42"

# Playwright's sync API (tests/browser) keeps an asyncio loop in the test thread; Django would then
# refuse database calls in the tests that run after it in the same worker. Tests only.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def pytest_configure(config):
    """The whole suite hashes passwords with a fast hasher: every persona has a password, and
    Argon2 (production's, portal/settings.py) would cost tens of milliseconds each time."""
    from django.conf import settings

    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix, django_db_blocker, request):
    """Each test database is a copy of a migrated template kept between runs (tests/database_template.py)."""
    from tests.database_template import use_template

    with django_db_blocker.unblock():
        use_template(rebuild=request.config.getoption("create_db"))


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory):
    """The base URL (no database number) of a private Redis server started for this test run
    (tests/live_servers.py). Skips, saying why, only when redis-server is not installed."""
    from tests.live_servers import start_redis

    try:
        process, url = start_redis(tmp_path_factory.mktemp("redis"))
    except FileNotFoundError:
        pytest.skip("redis-server is not installed: `make browser-deps` installs it (Debian package redis-server)")
    yield url
    process.terminate()
    process.wait(10)


@pytest.fixture
def private_storage(settings, tmp_path):
    """Private documents (workspace files, questionnaire attachments) go to a fresh temporary
    folder, returned so a test can check what is left on disk."""
    root = tmp_path / "private"
    root.mkdir()
    settings.STORAGES = {
        **settings.STORAGES,
        "private": {
            "BACKEND": "django.core.files.storage.FileSystemStorage",
            "OPTIONS": {"location": str(root), "base_url": None},
        },
    }
    return root


@pytest.fixture(autouse=True)
def _english_by_default():
    """Each test starts in English, whatever language an earlier test activated."""
    translation.activate("en")
    yield
    translation.activate("en")


@pytest.fixture(autouse=True)
def _tasks_run_at_once(settings):
    """Tasks run inside the test, as they are enqueued (no worker); tests of the queue itself
    switch to the database backend (tests/portal/test_email_queue.py)."""
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture
def database_queue(settings, monkeypatch):
    """Tasks stored for the worker (django-tasks-db), as in production; returns `run_worker()`,
    which runs every task that is due, as `manage.py db_worker --batch` does, then returns."""
    from django.core.management import call_command

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    # The worker closes connections that are inside a transaction; a test always is.
    monkeypatch.setattr("django_tasks_db.management.commands.db_worker.close_old_connections", lambda: None)

    def run_worker():
        call_command("db_worker", batch=True, startup_delay=False, reload=False, verbosity=0)

    return run_worker


@pytest.fixture(autouse=True)
def _clear_cache(settings):
    """Rate limits and cached pages must not leak from one test into the next.

    The anonymous page cache is off in tests (query counts must measure the real work);
    tests/portal/test_page_cache.py turns it on.
    """
    settings.CACHE_MIDDLEWARE_SECONDS = 0
    cache.clear()
    yield
    cache.clear()


def make_user(
    email: str,
    *,
    verified: bool = True,
    roles: tuple[str, ...] = (),
    country: str | None = None,
    status: str | None = None,
    mfa: bool = False,
    first_name: str = "Test",
    last_name: str = "Person",
    is_staff: bool = False,
    official_email_verified: bool = True,
) -> User:
    """A user at any point of the way to expert access."""
    user = User.objects.create_user(
        email=email, password=PASSWORD, first_name=first_name, last_name=last_name, is_staff=is_staff
    )
    EmailAddress.objects.create(user=user, email=email, verified=verified, primary=True)
    for role in roles:
        user.groups.add(Group.objects.get_or_create(name=role)[0])
    if status is not None:
        ExpertProfile.objects.create(
            user=user,
            country=Country.objects.get(iso2=(country or "BR").upper()),
            institution="Ministry of Justice",
            position="Prosecutor",
            official_email=email.replace("@", "@gov."),
            reason="Cooperation on cybercrime cases.",
            status=status,
            decided_at=None if status == ExpertProfile.Status.REQUESTED else timezone.now(),
            official_email_verified_at=timezone.now() if official_email_verified else None,
        )
    if Role.FOCAL_POINT in roles and status in (ExpertProfile.Status.APPROVED, ExpertProfile.Status.SUSPENDED):
        # As `user_set_roles` / `expert_approve` do: the focal point's right to their country.
        assign_perm("portal.keep_country_current", user, user.expert_profile.country)
    if mfa:
        TOTP.activate(user, generate_totp_secret())
    return user


def make_expert(email: str, country: str = "BR", **kwargs) -> User:
    kwargs.setdefault("mfa", True)
    roles = kwargs.pop("roles", (Role.EXPERT,))
    return make_user(email, roles=roles, country=country, status=ExpertProfile.Status.APPROVED, **kwargs)


@pytest.fixture
def visitor(client):
    """An anonymous client."""
    return client


@pytest.fixture
def registered(db):
    """Signed up, email verified, asked for expert access, not approved."""
    return make_user("registered@example.org", country="CL", status=ExpertProfile.Status.REQUESTED)


@pytest.fixture
def unverified(db):
    return make_user("unverified@example.org", verified=False)


def expert_fixture(email: str, country: str = "BR", **kwargs):
    """A fixture returning `make_expert(email, country, **kwargs)`, named after the module attribute
    it is assigned to (`expert_br = expert_fixture(...)`)."""

    @pytest.fixture
    def expert(db):
        return make_expert(email, country, **kwargs)

    return expert


expert_br = expert_fixture("expert-br@example.org", "BR", first_name="Ana", last_name="Souza")
expert_mx = expert_fixture("expert-mx@example.org", "MX", first_name="Luis", last_name="Hernández")
expert_without_mfa = expert_fixture("nomfa@example.org", "PE", mfa=False)


@pytest.fixture
def suspended_expert(db):
    return make_user(
        "suspended@example.org", country="CO", status=ExpertProfile.Status.SUSPENDED, mfa=True
    )


focal_ar = expert_fixture("focal-ar@example.org", "AR", roles=(Role.EXPERT, Role.FOCAL_POINT), first_name="Martín")


@pytest.fixture
def secretariat(db):
    return make_user("secretariat@example.org", roles=(Role.SECRETARIAT,), mfa=True, is_staff=True)


@pytest.fixture
def client_for(client):
    """`client_for(user)`: the test client signed in as that user (None: anonymous)."""

    def sign_in(user):
        client.logout()
        if user is not None:
            client.force_login(user)
        return client

    return sign_in


@pytest.fixture
def as_persona(request, client_for):
    """`as_persona(name)`: the test client signed in as the persona fixture of that name, and the
    persona (`"visitor"`: anonymous, None)."""

    def sign_in(name):
        user = None if name == "visitor" else request.getfixturevalue(name)
        return client_for(user), user

    return sign_in


@pytest.fixture
def focal_br(db):
    return make_expert("focal-br@example.org", "BR", roles=(Role.EXPERT, Role.FOCAL_POINT))


@pytest.fixture
def staff_focal_ar(db):
    """The focal point for Argentina as the admin knows them: staff, with the group's permissions
    (portal/accounts/roles.py, given to the group by `migrate`)."""
    return make_expert("staff-focal-ar@example.org", "AR", roles=(Role.EXPERT, Role.FOCAL_POINT), is_staff=True)


@pytest.fixture
def focal_ar_br(db, secretariat):
    """A focal point (profile: Argentina, staff) to whom the secretariat also gave Brazil."""
    from portal.accounts.services import focal_countries_set

    user = make_expert("focal-ar-br@example.org", "AR", roles=(Role.EXPERT, Role.FOCAL_POINT), is_staff=True)
    focal_countries_set(user=user, countries=Country.objects.filter(iso2__in=["AR", "BR"]), by=secretariat)
    return user


def count_queries(client, url: str) -> int:
    """How many queries one GET of `url` costs (the page must answer 200), after a warm-up GET."""
    client.get(url)
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200, (url, response.status_code)
    return len(context.captured_queries)


@pytest.fixture
def constant_queries(django_assert_max_num_queries):
    """`with constant_queries(client, url): <add rows>`: one GET of `url` costs as many queries
    after the block has added rows as before it (CONTRIBUTING: a list page's query-count test at
    two data sizes), and django_assert_max_num_queries lists them if a GET costs more."""

    @contextmanager
    def check(client, url: str):
        small = count_queries(client, url)
        yield
        client.get(url)  # warm-up, as count_queries does
        with django_assert_max_num_queries(small):
            client.get(url)
        assert count_queries(client, url) == small

    return check


@pytest.fixture
def constant_changelist(constant_queries):
    """`constant_changelist(client, url, add_row)`: an admin list at `url` costs as many queries
    with 10 rows as with 2, `add_row(n)` making row n (n = 0, 1, ...); the list must show every
    row made (a list that hid them would cost the same for nothing). `listed=False` where the rows
    are fixed (the member states) and `add_row` adds what each one counts or shows."""

    def check(client, url: str, add_row, *, few: int = 2, many: int = 10, listed: bool = True):
        def shown() -> int:
            response = client.get(url)
            assert response.status_code == 200, (url, response.status_code)
            return response.context["cl"].result_count

        before = shown()
        for n in range(few):
            add_row(n)
        with constant_queries(client, url):
            for n in range(few, many):
                add_row(n)
        assert shown() - before == (many if listed else 0), url

    return check


@pytest.fixture
def page_cache_on(settings):
    """The anonymous page cache switched on (tests run with it off)."""
    settings.CACHE_MIDDLEWARE_SECONDS = 600


# The access request form as an expert fills it in (tests of the request and of its emails).
ACCESS_REQUEST_FORM = {
    "country": "BR",
    "institution": "Polícia Federal",
    "position": "Investigator",
    "official_email": "someone@pf.gov.br",
    "reason": "24/7 network duty officer.",
}


def admin_user_change_data(user, *, groups, **fields):
    """The POST of the admin's change page of `user` (with its expert profile inline, if any), as the
    page shows it, with the groups given (pks) and `fields` added or replaced."""
    profile = ExpertProfile.objects.filter(user=user).first()
    inline = {
        "expert_profile-0-id": profile.pk, "expert_profile-0-user": user.pk,
        "expert_profile-0-country": profile.country_id, "expert_profile-0-institution": profile.institution,
        "expert_profile-0-position": profile.position, "expert_profile-0-official_email": profile.official_email,
        "expert_profile-0-reason": profile.reason, "expert_profile-0-decision_note": "",
    } if profile else {}
    return {
        "email": user.email, "first_name": user.first_name, "last_name": user.last_name,
        "preferred_language": "", "is_active": "on", "groups": groups,
        "date_joined_0": user.date_joined.strftime("%Y-%m-%d"), "date_joined_1": "00:00:00",
        "expert_profile-TOTAL_FORMS": "1" if profile else "0", "expert_profile-INITIAL_FORMS": "1" if profile else "0",
        "expert_profile-MIN_NUM_FORMS": "0", "expert_profile-MAX_NUM_FORMS": "1",
        **inline,
        **fields,
    }

"""Workspace personas (owner, moderator, member, reader, outsider) and a private storage in a
temporary folder, so tests can check that nothing is left on disk."""

import pytest
from django.urls import reverse

from portal.models import Country
from tests.conftest import expert_fixture
from workspaces import services
from workspaces.models import Role, Workspace


@pytest.fixture(autouse=True)
def _documents_in_a_temporary_folder(private_storage):
    """Workspace documents go to a fresh temporary folder in every test (`private_storage`)."""


owner = expert_fixture("owner@example.org", "AR", first_name="Olga", last_name="Owner")
moderator = expert_fixture("moderator@example.org", "CL", first_name="Mateo", last_name="Moderador")
member = expert_fixture("member@example.org", "BR", first_name="Maria", last_name="Membro")
reader = expert_fixture("reader@example.org", "CO", first_name="Rita", last_name="Reader")
outsider = expert_fixture("outsider@example.org", "MX", first_name="Oscar", last_name="Outsider")


@pytest.fixture
def workspace(owner, moderator, member, reader):
    """An invitation-only workspace with one person in each role."""
    ws = services.workspace_create(
        name="Secret Ransomware Taskforce",
        slug="ransomware-taskforce",
        description="Joint investigations.",
        owners=[owner],
        by=None,
    )
    for user, role in ((moderator, Role.MODERATOR), (member, Role.MEMBER), (reader, Role.READER)):
        services.membership_add(workspace=ws, user=user, role=role, by=owner, via="test")
    return ws


@pytest.fixture
def open_workspace(owner):
    return services.workspace_create(
        name="Open Evidence Forum",
        slug="evidence-forum",
        description="Electronic evidence.",
        join_policy=Workspace.JoinPolicy.OPEN,
        owners=[owner],
        by=None,
    )


@pytest.fixture
def thread(workspace, member):
    return services.thread_create(
        workspace=workspace, author=member, title="Seized wallet tracing", body="First findings on the **wallet**."
    )


def make_practice(workspace, author, *, title, country="BR", **fields):
    """A good practice `author` records in `workspace`, from `country`; problem, practice and
    results are "p", "q" and "r" unless given."""
    return services.good_practice_create(
        workspace=workspace,
        author=author,
        title=title,
        country=Country.objects.get(iso2=country),
        **{"problem": "p", "practice": "q", "results": "r", **fields},
    )


def url(name, *args):
    return reverse(f"workspaces:{name}", args=args)

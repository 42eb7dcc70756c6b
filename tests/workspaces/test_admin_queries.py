"""The workspaces and good practices admin lists cost the same number of queries for 2 rows as for
10 (CONTRIBUTING: every list page's query count at two sizes), as the secretariat sees them."""

import pytest
from django.urls import reverse

from tests.workspaces.conftest import make_practice
from workspaces import services
from workspaces.models import Role, Workspace

pytestmark = pytest.mark.django_db

CODES = ["AR", "BR", "CL", "CO", "MX", "PE", "UY", "PY", "CA", "US"]


def _workspace(n: int, owner, member) -> Workspace:
    workspace = services.workspace_create(
        name=f"Taskforce {n}", slug=f"taskforce-{n}", description="Joint investigations.", owners=[owner], by=None,
        join_policy=Workspace.JoinPolicy.OPEN if n % 2 else Workspace.JoinPolicy.INVITATION,
    )
    services.membership_add(workspace=workspace, user=member, role=Role.MODERATOR, by=owner, via="test")
    return workspace


def test_workspaces(as_persona, constant_changelist, owner, member):
    client, secretariat = as_persona("secretariat")

    def add_row(n):
        workspace = _workspace(n, owner, member)
        if n % 3 == 0:
            services.workspace_archive(workspace=workspace, by=secretariat)

    constant_changelist(client, reverse("admin:workspaces_workspace_changelist"), add_row)


def test_good_practices_proposed_and_drafted(as_persona, constant_changelist, owner, member):
    """Proposed practices, and practices whose public copy the secretariat has drafted (the list
    links each to its copy)."""
    client, secretariat = as_persona("secretariat")

    def add_row(n):
        practice = make_practice(_workspace(n, owner, member), member, title=f"Practice {n}", country=CODES[n],
                                 contact=member)
        services.good_practice_propose(practice=practice, by=member)
        if n % 2:
            services.good_practice_draft_copy(practice=practice, by=secretariat)

    constant_changelist(client, reverse("admin:workspaces_goodpractice_changelist"), add_row)

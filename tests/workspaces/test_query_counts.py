"""List pages of a workspace cost a fixed number of queries, whatever their size."""

import pytest
from django.core.files.base import ContentFile

from tests.conftest import make_expert
from workspaces import services
from workspaces.models import Role

from .conftest import make_practice, url


@pytest.mark.parametrize("extra", [1, 25])
def test_members_page(client, django_assert_max_num_queries, workspace, owner, moderator, extra):
    for i in range(extra):
        user = make_expert(f"extra{i}@example.org", "PE", mfa=False)
        services.membership_add(workspace=workspace, user=user, role=Role.MEMBER, by=owner, via="test")
    client.force_login(moderator)
    client.get(url("member_list", workspace.slug))
    with django_assert_max_num_queries(22):
        response = client.get(url("member_list", workspace.slug))
    assert len(response.context["members"]) == extra + 4


@pytest.mark.parametrize("count", [1, 20])
def test_documents_and_practices_pages(client, django_assert_max_num_queries, workspace, member, count):
    for i in range(count):
        services.document_upload(workspace=workspace, by=member, file=ContentFile(b"x"), file_name=f"f{i}.txt")
        make_practice(workspace, member, contact=member, title=f"P{i}")
    client.force_login(member)
    for name in ("document_list", "practice_list"):
        client.get(url(name, workspace.slug))
        with django_assert_max_num_queries(18):
            response = client.get(url(name, workspace.slug))
        assert response.status_code == 200

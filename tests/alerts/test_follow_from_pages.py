"""Ways to follow from the pages where a subject is read: Convention articles (the coverage matrix and
an article's provisions), a state's points of contact (the experts' directory), and, for experts, each
of their workspaces' notification settings listed on the alerts page."""

import pytest

from tests.conftest import make_expert
from tests.contacts.factories import make_point, make_unit
from tests.pages import missing
from workspaces import services as workspace_services

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("path", "offers"), [
    ("/en/laws/matrix/", ["Follow an article", 'href="/en/alerts/?subject=article%3Abudapest-2"',
                          'href="/en/alerts/?subject=article%3Abudapest-35"']),
    ("/en/laws/provisions/?article=16", ["Follow this article: email alerts",
                                         'href="/en/alerts/?subject=article%3Abudapest-16"',
                                         'href="/en/alerts/feed/article:budapest-16/"']),
], ids=["coverage-matrix", "article-provisions"])
def test_the_pages_where_articles_are_read_offer_to_follow_them(client, path, offers):
    page = client.get(path).content.decode()
    assert missing(page, *offers) == []


def test_the_provisions_without_an_article_chosen_offer_nothing_to_follow(client):
    assert "Follow this article" not in client.get("/en/laws/provisions/").content.decode()


def test_the_followed_article_is_preselected_on_the_alerts_page(client):
    page = client.get("/en/alerts/?subject=article%3Abudapest-16").content.decode()
    assert 'value="article:budapest-16" selected' in page


def test_the_directory_offers_experts_to_follow_a_states_points_of_contact(client_for, expert_br):
    make_point(make_unit("AR"), name="Duty desk")
    page = client_for(expert_br).get("/en/contacts/").content.decode()
    assert 'href="/en/alerts/?subject=contacts%3Aar"' in page
    assert "Follow the points of contact of Argentina" in page
    follow_page = client_for(expert_br).get("/en/alerts/?subject=contacts%3Aar").content.decode()
    assert 'value="contacts:ar" selected' in follow_page


def test_the_alerts_page_lists_an_experts_workspaces_with_their_notification_setting(client_for, expert_br):
    workspace = workspace_services.workspace_create(name="Ransomware taskforce", slug="ransomware",
                                                   description="", owners=[expert_br], by=None)
    page = client_for(expert_br).get("/en/alerts/").content.decode()
    assert "Your workspaces" in page
    assert f'href="/en/workspaces/{workspace.slug}/#notify-title"' in page
    assert "Ransomware taskforce</a>: A daily digest" in page


def test_an_expert_in_no_workspace_is_told_where_workspace_emails_are_chosen(client_for, expert_mx):
    page = client_for(expert_mx).get("/en/alerts/").content.decode()
    assert "You are not a member of any workspace yet" in page


def test_visitors_and_unvetted_users_see_no_workspace_on_the_alerts_page(client, client_for, registered):
    owner = make_expert("owner@example.org", "AR")
    workspace_services.workspace_create(name="Secret taskforce", slug="secret", description="",
                                        owners=[owner], by=None)
    for user in (None, registered):
        page = client_for(user).get("/en/alerts/").content.decode()
        assert "Your workspaces" not in page and "Secret taskforce" not in page


def test_the_workspace_list_on_the_alerts_page_costs_the_same_for_one_or_many(client_for, expert_br,
                                                                             django_assert_max_num_queries):
    from tests.alerts.test_alerts import QUERIES

    def make(count, start=0):
        for n in range(start, start + count):
            workspace_services.workspace_create(name=f"Workspace {n}", slug=f"workspace-{n}", description="",
                                                owners=[expert_br], by=None)

    make(1)
    client = client_for(expert_br)
    with django_assert_max_num_queries(QUERIES):
        client.get("/en/alerts/")
    make(6, start=1)
    with django_assert_max_num_queries(QUERIES):
        page = client.get("/en/alerts/").content.decode()
    assert page.count('#notify-title"') == 7


def test_the_alerts_page_lists_the_workspaces_the_workspace_list_lists(client_for, expert_br, expert_mx):
    """One rule for "belongs to a workspace": the alerts page and the workspace list agree, before and
    after the expert leaves."""
    ours = workspace_services.workspace_create(name="Shared taskforce", slug="shared", description="",
                                              owners=[expert_mx], members=[(expert_br, "member")], by=None)
    workspace_services.workspace_create(name="Mexican taskforce", slug="mexican", description="",
                                        owners=[expert_mx], by=None)
    client = client_for(expert_br)
    for path in ("/en/alerts/", "/en/workspaces/"):
        page = client.get(path).content.decode()
        assert "Shared taskforce" in page and "Mexican taskforce" not in page, path
    workspace_services.membership_leave(membership=ours.memberships.get(user=expert_br))
    for path in ("/en/alerts/", "/en/workspaces/"):
        assert "Shared taskforce" not in client.get(path).content.decode(), path

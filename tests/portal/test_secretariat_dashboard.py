"""The admin's start page tells the secretariat what waits: counts and links, for the
secretariat only, at a cost that does not grow with the data."""

import re
from datetime import timedelta

import pytest
from django.urls import reverse
from django.utils import timezone

from contacts.flags import ContactFlag
from contacts.models import UpdateRequest
from portal import dashboard
from portal.accounts.models import ExpertProfile, Role
from portal.models import Country, OutgoingEmail
from recommendations.models import Questionnaire, Response
from tests.conftest import make_expert, make_user
from tests.contacts.factories import make_point, make_unit
from workspaces.models import GoodPractice, Workspace

pytestmark = pytest.mark.django_db

def links() -> dict[str, str]:
    """Each waiting item the apps register, and where its row links in the admin."""
    return {
        "access_requests": reverse("admin:accounts_expertprofile_changelist") + "?status__exact=requested",
        "good_practices_proposed": reverse("admin:workspaces_goodpractice_changelist") + "?publication__exact=proposed",
        "update_requests_to_review": reverse("admin:contacts_updaterequest_changelist") + "?waiting=to_review",
        "update_requests_overdue": reverse("admin:contacts_updaterequest_changelist") + "?waiting=overdue",
        "questionnaire_answers_to_review": reverse("admin:recommendations_response_changelist")
        + "?status__exact=submitted",
        "unreachable_unit_websites": reverse("admin:contacts_nationalunit_changelist") + "?link_ok__exact=0",
        "failed_emails": reverse("admin:portal_outgoingemail_changelist") + "?attention=yes",
        "outdated_contacts": reverse("admin:contacts_contactflag_changelist") + "?status=open",
    }


def build(n: int, offset: int = 0) -> None:
    """n of every kind of waiting item (each in its own country where a country may hold only one)."""
    codes = list(Country.objects.order_by("iso2").values_list("iso2", flat=True))[offset:offset + n]
    assert len(codes) == n
    now = timezone.now()
    workspace = Workspace.objects.get_or_create(slug="waiting", defaults={"name": "Waiting"})[0]
    questionnaire = Questionnaire.objects.create(title_en=f"Survey {offset}", deadline=timezone.localdate())
    for code in codes:
        make_user(f"asks-{code.lower()}@example.org", country=code, status=ExpertProfile.Status.REQUESTED)
        GoodPractice.objects.create(
            workspace=workspace, title=f"Practice {code}", problem="p", practice="q", results="r", country_id=code,
            publication=GoodPractice.Publication.PROPOSED, proposed_at=now,
        )
        schedule = UpdateRequest.schedule(now - timedelta(days=60))
        UpdateRequest.objects.create(country_id=code, status=UpdateRequest.Status.ANSWERED, answered_at=now,
                                     created_at=now - timedelta(days=60), **schedule)
        UpdateRequest.objects.create(country_id=code, created_at=now - timedelta(days=60), **schedule)
        Response.objects.create(questionnaire=questionnaire, country_id=code, status=Response.State.SUBMITTED)
        unit = make_unit(code, link_ok=False, link_problem="website: HTTP 404")
        ContactFlag.objects.create(contact_point=make_point(unit, f"Desk {code}"), reason="Left in May")
        OutgoingEmail.objects.create(to=[f"someone-{code.lower()}@example.org"], subject="s", body="b",
                                     status=OutgoingEmail.Status.FAILED, attempts=5)
    # Settled ones are not waiting.
    make_unit(codes[0], name="Reachable unit", link_ok=True)
    UpdateRequest.objects.create(country_id=codes[0], status=UpdateRequest.Status.ANSWERED, answered_at=now,
                                 reviewed_at=now, **UpdateRequest.schedule(now))
    GoodPractice.objects.create(workspace=workspace, title="Private", problem="p", practice="q", results="r",
                                country_id=codes[0])


def counts_on(page: str) -> dict[str, int]:
    return {key: count for key, (count, _link) in rows_on(page).items()}


def rows_on(page: str) -> dict[str, tuple[int, str]]:
    """Each waiting row of the start page, in page order: its count and its link."""
    rows = re.findall(r'<tr class="waiting-([a-z_]+)">\s*<th scope="row"><a href="([^"]+)">.*?<td>(?:<strong>)?(\d+)',
                      page, re.S)
    return {key: (int(count), link) for key, link, count in rows}


def test_the_start_page_counts_each_waiting_item_with_its_link(client, secretariat):
    build(3)
    client.force_login(secretariat)
    page = client.get(reverse("admin:index")).content.decode()
    assert "Waiting for the secretariat" in page
    assert rows_on(page) == {key: (3, link) for key, link in links().items()}


def test_each_link_lists_exactly_what_was_counted(client, secretariat):
    build(2)
    client.force_login(secretariat)
    for item in dashboard.waiting_counts(secretariat):
        page = client.get(item.url)
        assert page.status_code == 200, item.key
        paginator = re.search(r"</h2>\s*(\d+) ", page.content.decode().split('class="paginator"')[-1])
        assert paginator is not None and int(paginator.group(1)) == item.count == 2, item.key


def test_nothing_waiting_shows_zeros(client, secretariat):
    client.force_login(secretariat)
    assert counts_on(client.get(reverse("admin:index")).content.decode()) == dict.fromkeys(links(), 0)


def test_query_count_does_not_grow_with_the_data(client, secretariat, django_assert_max_num_queries):
    build(1)
    client.force_login(secretariat)
    client.get(reverse("admin:index"))  # warm up (content types, session)
    with django_assert_max_num_queries(20) as small:
        client.get(reverse("admin:index"))
    build(8, offset=1)
    with django_assert_max_num_queries(len(small.captured_queries)):
        page = client.get(reverse("admin:index")).content.decode()
    assert counts_on(page)["access_requests"] == 9


def test_a_focal_point_in_the_admin_sees_no_waiting_items(client):
    build(2)
    focal = make_expert("staff-focal-ar@example.org", "AR", roles=(Role.EXPERT, Role.FOCAL_POINT), is_staff=True)
    client.force_login(focal)
    page = client.get(reverse("admin:index"))
    assert page.status_code == 200
    assert "Waiting for the secretariat" not in page.content.decode()
    assert counts_on(page.content.decode()) == {}
    assert dashboard.waiting_counts(focal) == []


def test_experts_and_visitors_do_not_reach_the_page(client, expert_br):
    build(1)
    assert client.get(reverse("admin:index")).status_code == 302
    client.force_login(expert_br)
    response = client.get(reverse("admin:index"))
    assert response.status_code == 302
    assert "Waiting" not in response.content.decode()


def test_items_keep_their_place_and_others_register_after_them(client, secretariat):
    item = dashboard.WaitingItem(key="something_new", label="Something new", count=lambda: 4,
                                 url=lambda: "/admin/something-new/")
    dashboard.register(item)
    try:
        client.force_login(secretariat)
        page = client.get(reverse("admin:index")).content.decode()
        # The known items in the order dashboard.ORDER gives them (each app's row in it), then the new one.
        assert list(counts_on(page)) == [*dashboard.ORDER, "something_new"]
        assert counts_on(page)["something_new"] == 4
        with pytest.raises(ValueError):
            dashboard.register(dashboard.WaitingItem(key="something_new", label="x", count=lambda: 0, url=lambda: "/"))
    finally:
        dashboard.unregister("something_new")

"""The secretariat's admin screens: lists with search and filters, forms, preview and publishing."""

import pytest

from portal.content.models import GuidanceTopic, Status
from portal.content.search import site_search
from tests.content.factories import make_event, make_issue, make_partner, make_resource, make_topic

pytestmark = pytest.mark.django_db

MODELS = ["guidancetopic", "resource", "bulletinissue", "bulletinsection", "event", "partner", "subscriber",
          "delivery"]


@pytest.fixture
def content(db):
    return {
        "guidancetopic": make_topic(draft=True), "resource": make_resource(), "bulletinissue": make_issue(1),
        "event": make_event(documents=1), "partner": make_partner(),
    }


@pytest.mark.parametrize("model", MODELS)
def test_secretariat_opens_each_list_with_search_and_filters(client_for, secretariat, content, model):
    client = client_for(secretariat)
    assert client.get(f"/admin/content/{model}/").status_code == 200
    assert client.get(f"/admin/content/{model}/?q=anything").status_code == 200


@pytest.mark.parametrize("model", ["guidancetopic", "resource", "bulletinissue", "event", "partner"])
def test_secretariat_opens_add_and_change_forms_in_four_languages(client_for, secretariat, content, model):
    client = client_for(secretariat)
    assert client.get(f"/admin/content/{model}/add/").status_code == 200
    response = client.get(f"/admin/content/{model}/{content[model].pk}/change/")
    page = response.content.decode()
    assert response.status_code == 200
    for code in ("en", "es", "pt", "fr"):
        assert f"_{code}" in page


def test_filters_by_status(client_for, secretariat, content):
    make_topic("Published topic")
    page = client_for(secretariat).get("/admin/content/guidancetopic/?status__exact=draft").content.decode()
    assert "Published topic" not in page


def test_view_on_site_previews_a_draft(client_for, secretariat, content):
    draft = content["guidancetopic"]
    client = client_for(secretariat)
    page = client.get(f"/admin/content/guidancetopic/{draft.pk}/change/").content.decode()
    assert "View on site" in page
    assert client.get(draft.get_absolute_url()).status_code == 200


def test_publish_action(client_for, secretariat, content, visitor):
    draft = content["guidancetopic"]
    client = client_for(secretariat)
    client.post("/admin/content/guidancetopic/", {"action": "publish_now", "_selected_action": [draft.pk]})
    draft.refresh_from_db()
    assert draft.status == Status.PUBLISHED
    client.logout()
    assert client.get(draft.get_absolute_url()).status_code == 200


def test_saving_in_the_admin_makes_the_topic_searchable(client_for, secretariat):
    client = client_for(secretariat)
    data = {"slug": "ransomware", "status": "published", "publish_at_0": "2024-01-01", "publish_at_1": "10:00:00",
            "order": 1, "title_en": "Ransomware", "summary_en": "Locked files and ransom notes.",
            "avoid_en": "Backups.", "recognise_en": "A ransom note.", "evidence_en": "Keep it.",
            "report_en": "Police."}
    response = client.post("/admin/content/guidancetopic/add/", data)
    assert response.status_code == 302, response.content.decode()[:3000]
    assert GuidanceTopic.objects.get(slug="ransomware").search_vector
    assert [hit.title for hit in site_search("ransom notes", "en", 5)] == ["Ransomware"]


def test_experts_and_visitors_cannot_use_the_content_admin(client_for, expert_br):
    response = client_for(expert_br).get("/admin/content/guidancetopic/")
    assert response.status_code == 302
    response = client_for(None).get("/admin/content/guidancetopic/")
    assert response.status_code == 302

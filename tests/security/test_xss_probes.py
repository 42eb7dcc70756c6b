"""Script put into the text fields users fill comes back as harmless text in every page that shows it."""

import re

import pytest
from django.test import Client

from portal.accounts.models import ExpertProfile
from tests.conftest import PASSWORD, make_expert

pytestmark = pytest.mark.django_db

PAYLOAD = '"><script>alert("xss")</script><img src=x onerror=alert(2)><a href="javascript:alert(3)">x</a>'
# Live markup, not text that merely mentions it (escaped text shows as &lt;script&gt;).
DANGEROUS = [r'<script>alert\("xss"\)', r"<img\b[^>]*\bonerror", r'<a\b[^>]*href="javascript:']


def assert_harmless(html: str, where: str) -> None:
    for pattern in DANGEROUS:
        assert not re.search(pattern, html), f"{pattern!r} rendered as markup on {where}"


@pytest.mark.parametrize(
    "path",
    ["/en/search/", "/en/laws/", "/en/laws/provisions/", "/en/resources/", "/en/units/", "/en/guidance/",
     "/es/search/", "/en/laws/compare/"],
)
def test_search_text_is_reflected_escaped(path):
    response = Client().get(path, {"q": PAYLOAD, "countries": PAYLOAD, "country": PAYLOAD})
    assert response.status_code < 500
    assert_harmless(response.content.decode(), path)


def test_names_from_sign_up_are_escaped_everywhere(secretariat):
    client = Client()
    client.post("/en/accounts/signup/", {
        "email": "xss@example.org", "first_name": PAYLOAD[:150], "last_name": "Probe",
        "password1": "a-long-and-unusual-passphrase-77", "password2": "a-long-and-unusual-passphrase-77",
    })
    admin = Client()
    admin.force_login(secretariat)
    assert_harmless(admin.get("/admin/accounts/user/").content.decode(), "admin user list")


def test_access_request_fields_are_escaped_for_the_user_and_the_secretariat(secretariat):
    from tests.conftest import make_user

    user = make_user("asker@example.org")
    client = Client()
    client.force_login(user)
    client.post("/en/me/expert-access/", {
        "country": "BR", "institution": PAYLOAD[:200], "position": PAYLOAD[:200],
        "official_email": "asker@gov.example.org", "reason": PAYLOAD,
    })
    profile = ExpertProfile.objects.get(user=user)
    assert profile.reason == PAYLOAD  # stored as typed...
    assert_harmless(client.get("/en/me/expert-access/").content.decode(), "request page")  # ...shown as text
    admin = Client()
    admin.force_login(secretariat)
    assert_harmless(admin.get("/admin/accounts/expertprofile/").content.decode(), "admin list")
    assert_harmless(admin.get(f"/admin/accounts/expertprofile/{profile.pk}/change/").content.decode(), "admin form")


def test_workspace_threads_posts_and_practices_are_escaped(expert_br):
    from workspaces.models import Role
    from workspaces.services import membership_add, workspace_create

    reader = make_expert("reader-xss@example.org", "AR")
    workspace = workspace_create(name="Probe", slug="probe", owners=[expert_br], by=None)
    membership_add(workspace=workspace, user=reader, role=Role.READER, by=expert_br, via="test")
    author = Client()
    author.force_login(expert_br)
    response = author.post("/en/workspaces/probe/threads/new/", {"title": PAYLOAD[:200], "body": PAYLOAD})
    thread_url = response["Location"]
    author.post(thread_url, {"body": PAYLOAD})
    author.post("/en/workspaces/probe/practices/new/", {
        "title": PAYLOAD[:200], "problem": PAYLOAD, "practice": PAYLOAD, "results": PAYLOAD, "country": "BR",
        "topics": "probe", "contact": "",
    })
    viewer = Client()
    viewer.force_login(reader)
    for path in [thread_url, "/en/workspaces/probe/", "/en/workspaces/probe/practices/",
                 "/en/workspaces/", f"/en/workspaces/probe/search/?q={PAYLOAD}"]:
        response = viewer.get(path)
        assert response.status_code == 200, path
        assert_harmless(response.content.decode(), path)


def test_units_edited_by_a_focal_point_are_escaped_on_public_pages(focal_ar):
    from contacts.models import NationalUnit

    unit = NationalUnit.objects.create(country_id="AR", name="Unidad", kind="police", is_published=True)
    client = Client()
    client.force_login(focal_ar)
    client.post(f"/en/contacts/manage/units/{unit.pk}/", {
        "name": PAYLOAD[:200], "acronym": "", "kind": "police", "description_en": PAYLOAD,
        "description_es": "", "description_pt": "", "description_fr": "",
        "website": "", "reporting_url": "", "public_phone": "", "public_email": "", "postal_address": PAYLOAD[:500],
    })
    unit.refresh_from_db()
    assert unit.description_en == PAYLOAD
    assert unit.postal_address == PAYLOAD[:500]
    for path in ["/en/units/", f"/en/units/{unit.pk}/", "/en/report/ar/", "/en/countries/ar/"]:
        response = Client().get(path)
        assert response.status_code == 200, path
        assert_harmless(response.content.decode(), path)


def test_password_is_never_echoed_back():
    response = Client().post("/en/accounts/login/", {"login": "nobody@example.org", "password": PASSWORD})
    assert PASSWORD not in response.content.decode()


def test_documents_join_requests_and_contact_points_are_escaped(expert_br, focal_ar, private_storage):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from contacts.models import ContactPoint, NationalUnit
    from workspaces.models import Workspace
    from workspaces.services import workspace_create

    workspace_create(name="Open probe", slug="open-probe", owners=[expert_br], by=None,
                     join_policy=Workspace.JoinPolicy.OPEN)
    owner = Client()
    owner.force_login(expert_br)
    owner.post("/en/workspaces/open-probe/documents/", {
        "file": SimpleUploadedFile("notes.txt", b"plain notes\n"), "title": PAYLOAD[:200], "description": PAYLOAD,
    })
    asker = make_expert("asker-xss@example.org", "CL")
    asking = Client()
    asking.force_login(asker)
    asking.post("/en/workspaces/open-probe/join/", {"message": PAYLOAD})
    for path in ["/en/workspaces/open-probe/documents/", "/en/workspaces/open-probe/members/",
                 "/en/workspaces/open-probe/"]:
        response = owner.get(path)
        assert response.status_code == 200, path
        assert_harmless(response.content.decode(), path)

    unit = NationalUnit.objects.create(country_id="AR", name="Unidad", kind="police", is_published=True)
    focal = Client()
    focal.force_login(focal_ar)
    focal.post("/en/contacts/manage/ar/contacts/new/", {
        "unit": unit.pk, "kind": "person", "name": PAYLOAD[:200], "position": PAYLOAD[:200], "roles": ["cooperation"],
        "email": "probe@example.org", "phones": "+54 11 4000 0000", "languages": ["es"], "hours": PAYLOAD[:100],
        "notes": PAYLOAD,
    })
    assert ContactPoint.objects.filter(unit=unit).exists()
    expert = Client()
    expert.force_login(expert_br)
    for path in ["/en/contacts/", "/en/contacts/?country=ar", "/en/contacts/manage/ar/"]:
        response = (focal if "manage" in path else expert).get(path)
        assert response.status_code == 200, path
        assert_harmless(response.content.decode(), path)

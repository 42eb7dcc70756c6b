import pytest
from django.core.exceptions import ValidationError

from portal.accounts.models import AuditEvent
from portal.content.models import Resource, Status
from portal.content.services import resource_good_practice_publish
from workspaces import services
from workspaces.models import GoodPractice

from .conftest import make_practice, url


def _form(**changes):
    data = {
        "title": "Freezing crypto fast",
        "problem": "Funds moved in minutes.",
        "practice": "A hotline with exchanges.",
        "results": "Frozen within an hour.",
        "country": "BR",
        "topics": "Crypto, Exchanges",
    }
    data.update(changes)
    return data


def test_member_records_a_structured_good_practice(client, workspace, member, moderator):
    client.force_login(member)
    response = client.post(url("practice_create", workspace.slug), _form(contact=moderator.pk))
    assert response.status_code == 302
    practice = GoodPractice.objects.get()
    assert practice.topics == ["crypto", "exchanges"] and practice.contact == moderator
    page = client.get(practice.get_absolute_url()).content.decode()
    for text in ("Freezing crypto fast", "Funds moved in minutes.", "Brazil", "Mateo Moderador", "crypto, exchanges"):
        assert text in page


def test_contact_person_must_be_a_member(client, workspace, member, outsider):
    client.force_login(member)
    response = client.post(url("practice_create", workspace.slug), _form(contact=outsider.pk))
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()
    assert not GoodPractice.objects.exists()


def test_reader_cannot_record_one(client, workspace, reader):
    client.force_login(reader)
    assert client.post(url("practice_create", workspace.slug), _form()).status_code == 403


def _practice(workspace, author, contact=None):
    return make_practice(
        workspace,
        author,
        contact=contact,
        title="Working with Olga Owner",
        problem="Olga Owner (owner@example.org) saw delays; call +55 11 5555.",
        practice="Mateo Moderador set up a desk.",
        results="Faster answers.",
        country="AR",
        topics=["mlat"],
    )


def test_moderator_proposes_for_publication(client, workspace, member, moderator):
    practice = _practice(workspace, member)
    client.force_login(member)
    assert client.post(url("practice_propose", workspace.slug, practice.pk)).status_code == 403
    client.force_login(moderator)
    client.post(url("practice_propose", workspace.slug, practice.pk))
    practice.refresh_from_db()
    assert practice.publication == GoodPractice.Publication.PROPOSED and practice.proposed_by == moderator
    assert AuditEvent.objects.filter(action="workspace.practice_proposed").exists()


def test_public_copy_is_anonymised(workspace, member, owner):
    copy = services.good_practice_public_copy(_practice(workspace, member, contact=owner))
    text = " ".join([copy["title"], copy["summary"], copy["body"]])
    for secret in ("Olga", "Owner", "owner@example.org", "Mateo", "Moderador", "Secret Ransomware", "ransomware"):
        assert secret.lower() not in text.lower(), secret
    assert copy["country"].iso2 == "AR" and copy["topics"] == ["mlat"]


def test_secretariat_drafts_a_public_copy_from_the_admin(client, workspace, member, moderator, secretariat, visitor):
    practice = _practice(workspace, member)
    services.good_practice_propose(practice=practice, by=moderator)
    unproposed = _practice(workspace, member)
    client.force_login(secretariat)
    listing = client.get("/admin/workspaces/goodpractice/")
    assert listing.status_code == 200
    assert f"/admin/workspaces/goodpractice/{unproposed.pk}/" not in listing.content.decode()
    response = client.post(
        "/admin/workspaces/goodpractice/",
        {"action": "draft_public_copy", "_selected_action": [practice.pk, unproposed.pk]},
    )
    assert response.status_code == 302
    practice.refresh_from_db()
    assert practice.publication == GoodPractice.Publication.DRAFTED and practice.published_at is None
    copy = practice.public_copy
    assert copy.status == Status.DRAFT and copy.review_pending and "Olga" not in copy.body
    assert Resource.objects.count() == 1
    assert AuditEvent.objects.filter(action="workspace.practice_drafted", actor=secretariat).exists()
    client.logout()
    assert visitor.get(copy.get_absolute_url()).status_code == 404
    client.force_login(secretariat)
    page = client.get(f"/admin/workspaces/goodpractice/{practice.pk}/change/").content.decode()
    assert f"/admin/content/resource/{copy.pk}/change/" in page


def test_only_proposed_practices_can_be_copied(workspace, member, secretariat):
    with pytest.raises(ValidationError, match="proposed"):
        services.good_practice_draft_copy(practice=_practice(workspace, member), by=secretariat)
    assert not Resource.objects.exists()


def test_publishing_the_copy_marks_the_practice_published(workspace, member, moderator, secretariat):
    practice = _practice(workspace, member)
    services.good_practice_propose(practice=practice, by=moderator)
    resource = services.good_practice_draft_copy(practice=practice, by=secretariat)
    practice.refresh_from_db()
    assert practice.publication == GoodPractice.Publication.DRAFTED
    resource_good_practice_publish(resource=resource, by=secretariat)
    practice.refresh_from_db()
    assert practice.publication == GoodPractice.Publication.PUBLISHED and practice.published_by == secretariat
    assert AuditEvent.objects.filter(action="workspace.practice_published", actor=secretariat).exists()

"""resource_publish_good_practice: the workspaces' admin action publishes through it."""

import pytest
from django.core.exceptions import ValidationError

from portal.accounts.models import AuditEvent
from portal.content.models import Resource
from portal.content.services import resource_publish_good_practice
from portal.models import Country

pytestmark = pytest.mark.django_db


def test_publishes_a_public_good_practice(visitor, secretariat):
    resource = resource_publish_good_practice(
        title="Joint team on online fraud", summary="Two states, one plan.", body="**Results**: arrests.",
        country=Country.objects.get(iso2="CL"), topics=["fraud", "cooperation"], by=secretariat,
    )
    assert resource.kind == Resource.Kind.GOOD_PRACTICE
    assert Resource.objects.published().filter(pk=resource.pk).exists()
    assert AuditEvent.objects.filter(action="content.good_practice_published", actor=secretariat).exists()
    page = visitor.get("/en/resources/?kind=good-practice").content.decode()
    assert "Joint team on online fraud" in page
    assert "<strong>Results</strong>" in visitor.get(resource.get_absolute_url()).content.decode()


def test_same_title_twice_gets_distinct_addresses(secretariat):
    first = resource_publish_good_practice(title="Same", summary="", body="What worked.", country=None, topics=[], by=secretariat)
    second = resource_publish_good_practice(title="Same", summary="", body="What worked.", country=None, topics=[], by=secretariat)
    assert first.slug != second.slug


def test_a_title_is_required(secretariat):
    with pytest.raises(ValidationError):
        resource_publish_good_practice(title="  ", summary="", body="", country=None, topics=[], by=secretariat)
    assert not Resource.objects.exists()

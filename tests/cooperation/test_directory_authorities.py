"""The directory's "whom to ask" for a state without a point of contact also names the central
authority the e-evidence fiches give (cooperation registers it in contacts.authorities)."""

import re

import pytest
from django.urls import reverse

from contacts.models import UnitKind
from contacts.queries import states_without_contact_points
from tests.contacts.factories import make_unit
from tests.cooperation.factories import make_fiche

pytestmark = pytest.mark.django_db


def test_the_fiches_central_authority_is_whom_to_ask(client_for, expert_br):
    prosecution = make_unit("CL", "Fiscalía Nacional, Unidad de Cooperación Internacional",
                            kind=UnitKind.PROSECUTION, public_email="ucie@fiscalia.example.cl")
    make_unit("CL", "Brigada del Cibercrimen", kind=UnitKind.POLICE)
    make_fiche("CL", "stored-content", authority=prosecution, channels=["central-authority"])
    make_fiche("CL", "preservation", authority=prosecution, channels=["central-authority", "24-7"])
    police = make_unit("UY", "Policía de Uruguay", kind=UnitKind.POLICE)
    make_fiche("UY", "preservation", authority=police, channels=["police"])  # not the central authority

    chile = next(state for state in states_without_contact_points(expert_br, "CL"))
    assert [unit.name for unit in chile.authorities] == ["Fiscalía Nacional, Unidad de Cooperación Internacional"]
    assert states_without_contact_points(expert_br, "UY")[0].authorities == []

    page = client_for(expert_br).get(reverse("contacts:contact_list"), {"country": "cl"}).content.decode()
    item = re.search(r'<li id="no-poc-cl">(.*?)</li>', page, re.S).group(1)
    assert "Fiscalía Nacional" in item and "ucie@fiscalia.example.cl" in item and "Brigada" not in item


def test_an_unpublished_authority_is_named_to_experts_only(client_for, expert_br, registered):
    """An unpublished unit is not advertised, not hidden from experts (NationalUnit.objects.visible_to):
    the directory names it, without a link to its public page (there is none), and its public page,
    the unit list and anyone who has not passed the expert gate never see it."""
    hidden = make_unit("CL", "Unidad Reservada de Cooperación", kind=UnitKind.PROSECUTION, is_published=False,
                       public_email="reservada@fiscalia.example.cl")
    make_fiche("CL", "stored-content", authority=hidden, channels=["central-authority"])
    make_unit("UY", "Autoridad Central Reservada", kind=UnitKind.CENTRAL_AUTHORITY, is_published=False)

    page = client_for(expert_br).get(reverse("contacts:contact_list")).content.decode()
    chile = re.search(r'<li id="no-poc-cl">(.*?)</li>', page, re.S).group(1)
    uruguay = re.search(r'<li id="no-poc-uy">(.*?)</li>', page, re.S).group(1)
    assert "Unidad Reservada de Cooperación" in chile and "reservada@fiscalia.example.cl" in chile
    assert "Autoridad Central Reservada" in uruguay
    assert hidden.get_absolute_url() not in page
    assert client_for(None).get(hidden.get_absolute_url()).status_code == 404
    assert "Unidad Reservada" not in client_for(None).get(reverse("contacts:unit_list")).content.decode()
    for outsider in (None, registered):
        assert [state.authorities for state in states_without_contact_points(outsider, "CL")] == [[]]
        assert [state.authorities for state in states_without_contact_points(outsider, "UY")] == [[]]

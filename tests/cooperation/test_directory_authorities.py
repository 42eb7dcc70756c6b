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

    chile = next(state for state in states_without_contact_points("CL"))
    assert [unit.name for unit in chile.authorities] == ["Fiscalía Nacional, Unidad de Cooperación Internacional"]
    assert states_without_contact_points("UY")[0].authorities == []

    page = client_for(expert_br).get(reverse("contacts:contact_list"), {"country": "cl"}).content.decode()
    item = re.search(r'<li id="no-poc-cl">(.*?)</li>', page, re.S).group(1)
    assert "Fiscalía Nacional" in item and "ucie@fiscalia.example.cl" in item and "Brigada" not in item

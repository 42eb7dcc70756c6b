import pytest

from contacts.models import ContactRole
from tests.contacts.factories import SECRET_EMAIL, SECRET_NAME, SECRET_PHONE, make_point, make_unit


@pytest.fixture
def directory(db):
    """Argentina, Brazil and Mexico with a unit and contact points each; Argentina's carry the
    secret values the leak tests look for."""
    ar = make_unit("AR", "Unidad Fiscal Especializada en Ciberdelincuencia", acronym="UFECI")
    br = make_unit("BR", "Polícia Federal", kind="police")
    mx = make_unit("MX", "Policía Cibernética", public_phone="088")
    return {
        "ar": ar,
        "br": br,
        "mx": mx,
        "ar_point": make_point(ar, SECRET_NAME, kind="person", email=SECRET_EMAIL, phones=[SECRET_PHONE],
                               roles=[ContactRole.COOPERATION], hours="Mon-Fri 09:00-17:00"),
        "br_point": make_point(br, "Plantão 24/7", email="plantao-br@example.org", phones=["+1-555-0155"]),
        "mx_point": make_point(mx, "Mesa 24/7", email="mesa-mx@example.org", phones=["+1-555-0166"],
                               roles=[ContactRole.CENTRAL_AUTHORITY]),
    }


ALL_PERSONAS = [
    "visitor", "registered", "expert_br", "expert_mx", "focal_ar", "secretariat", "expert_without_mfa", "suspended_expert",
]
EXPERTS = ["expert_br", "expert_mx", "focal_ar", "secretariat"]
NOT_EXPERTS = ["visitor", "registered", "expert_without_mfa", "suspended_expert"]



"""Small factories for contacts tests: units and contact points with recognisable values."""

from datetime import timedelta

from django.utils import timezone

from contacts.models import ContactPoint, ContactRole, NationalUnit, UnitKind

# Restricted values that must never appear where a non-expert can see them.
SECRET_EMAIL = "poc-ar-secret@example.org"
SECRET_PHONE = "+1-555-0142"
SECRET_NAME = "Valentina Restricted"


def make_unit(country: str = "AR", name: str | None = None, **fields) -> NationalUnit:
    defaults = {
        "kind": UnitKind.CYBERCRIME_UNIT,
        "description_en": "Investigates computer crime.",
        "website": "https://unit.example.org/",
        "reporting_url": "https://unit.example.org/report",
        "public_phone": "+54 11 4000 0000",
        "public_email": "report@unit.example.org",
        "last_verified_at": timezone.now() - timedelta(days=10),
    }
    defaults.update(fields)
    return NationalUnit.objects.create(country_id=country, name=name or f"Cybercrime unit {country}", **defaults)


def make_point(unit: NationalUnit, name: str = "Duty desk", **fields) -> ContactPoint:
    defaults = {
        "kind": ContactPoint.Kind.DESK,
        "roles": [ContactRole.NETWORK_24_7, ContactRole.COOPERATION],
        "email": f"desk-{unit.country_id.lower()}-{unit.pk}@example.org",
        "phones": ["+1-555-0100"],
        "languages": ["es", "en"],
        "hours": "24/7",
        "last_verified_at": timezone.now() - timedelta(days=10),
    }
    defaults.update(fields)
    return ContactPoint.objects.create(unit=unit, name=name, **defaults)


def days_ago(days: int):
    return timezone.now() - timedelta(days=days)

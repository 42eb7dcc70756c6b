"""Demo users, one per role (DESIGN.md). Called by `manage.py seed_demo`; idempotent."""

from allauth.account.models import EmailAddress
from django.conf import settings
from django.utils import timezone

from portal.accounts.models import ExpertProfile, Role, User
from portal.accounts.services import focal_countries_set, user_set_roles
from portal.models import Country

DEMO_USERS = [
    # email name, first, last, roles, country, institution, position, status
    ("secretariat", "Sofía", "Secretaría", [Role.SECRETARIAT], "US", "OAS General Secretariat",
     "Legal officer, Department of International Law", None),
    ("focal-ar", "Martín", "Fernández", [Role.EXPERT, Role.FOCAL_POINT], "AR", "Ministerio de Justicia",
     "Coordinator for cybercrime", ExpertProfile.Status.APPROVED),
    ("expert-br", "Ana", "Souza", [Role.EXPERT], "BR", "Ministério Público Federal",
     "Federal prosecutor", ExpertProfile.Status.APPROVED),
    ("expert-mx", "Luis", "Hernández", [Role.EXPERT], "MX", "Fiscalía General de la República",
     "Cybercrime prosecutor", ExpertProfile.Status.APPROVED),
    ("registered", "Rosa", "Registrada", [], "CL", "Policía de Investigaciones",
     "Analyst", ExpertProfile.Status.REQUESTED),
]


def demo_email(name: str) -> str:
    return f"{name}@example.org"


def seed(stdout) -> dict[str, User]:
    password = settings.PORTAL["DEMO_PASSWORD"]
    users = {}
    secretariat = None
    for name, first, last, roles, country, institution, position, status in DEMO_USERS:
        email = demo_email(name)
        user, created = User.objects.get_or_create(email=email, defaults={"first_name": first, "last_name": last})
        if created:
            user.set_password(password)
        user.first_name, user.last_name = first, last
        user.save()
        EmailAddress.objects.update_or_create(
            user=user, email=email, defaults={"verified": True, "primary": True}
        )
        # As the admin's user form gives roles: staff status and admin rights come with them
        # (portal/accounts/roles.py; the groups' permissions were set by `migrate`).
        user_set_roles(user=user, roles=roles, by=None)
        if Role.SECRETARIAT in roles:
            secretariat = user
        if status is not None:
            ExpertProfile.objects.update_or_create(
                user=user,
                defaults={
                    "country": Country.objects.get(iso2=country),
                    "institution": institution,
                    "position": position,
                    "official_email": f"{name}@gov.example.org",
                    "reason": "Demo account (sample data).",
                    "status": status,
                    "decided_at": None if status == ExpertProfile.Status.REQUESTED else timezone.now(),
                    "decided_by": None if status == ExpertProfile.Status.REQUESTED else secretariat,
                },
            )
        if Role.FOCAL_POINT in roles and status == ExpertProfile.Status.APPROVED:
            # The focal point's right to their country (guardian object permission; audited).
            focal_countries_set(user=user, countries=Country.objects.filter(iso2=country), by=None)
        users[name] = user
    stdout.write(f"Demo users ({len(users)}), password from DEMO_PASSWORD (default demo-password-2026):")
    for name in users:
        stdout.write(f"  {demo_email(name)}")
    stdout.write("  Each signs in at /en/accounts/login/; MFA is not enrolled yet (set it up under My account).")
    return users


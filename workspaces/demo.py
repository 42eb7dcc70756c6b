"""Demo workspaces (sample data): three workspaces, one invitation-only, two open, with members
of every role, threads, good practices and documents. `expert-br` belongs to all three,
`expert-mx` to none. Called by `manage.py seed_demo` after the other apps; idempotent."""

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth.models import Group
from django.core.files.base import ContentFile
from django.utils import timezone

from portal.accounts.models import ExpertProfile, Role, User
from portal.models import Country
from workspaces import services
from workspaces.models import Document, GoodPractice, Membership, Thread, Workspace
from workspaces.models import Role as WorkspaceRole

# Extra sample experts so each workspace has a person in every role.
SAMPLE_EXPERTS = [
    ("expert-cl", "Camila", "Rojas", "CL", "Fiscalía Nacional", "Cybercrime prosecutor"),
    ("expert-co", "Andrés", "Gómez", "CO", "Policía Nacional", "Head of the cybercrime centre"),
    ("expert-ca", "Emily", "Tremblay", "CA", "Department of Justice", "Counsel, international assistance group"),
]

WORKSPACES = [
    {
        "slug": "electronic-evidence",
        "name": "Electronic evidence and cross-border data requests",
        "description": "Sharing experience with preservation requests, production orders and the Second "
        "Additional Protocol. (Sample data.)",
        "join_policy": Workspace.JoinPolicy.OPEN,
        "roles": {"focal-ar": "owner", "expert-br": "moderator", "expert-cl": "member", "expert-co": "reader"},
    },
    {
        "slug": "ransomware-taskforce",
        "name": "Ransomware investigations taskforce",
        "description": "Restricted coordination between units investigating ransomware groups. (Sample data.)",
        "join_policy": Workspace.JoinPolicy.INVITATION,
        "roles": {"expert-ca": "owner", "expert-br": "member", "expert-co": "moderator", "expert-cl": "reader"},
    },
    {
        "slug": "training-materials",
        "name": "Judicial training materials",
        "description": "Curricula and case studies for judges and prosecutors. (Sample data.)",
        "join_policy": Workspace.JoinPolicy.OPEN,
        "roles": {"expert-cl": "owner", "expert-br": "reader", "focal-ar": "moderator", "expert-ca": "member"},
    },
]

THREADS = {
    "electronic-evidence": [
        (
            "Response times for preservation requests",
            "expert-cl",
            "How long do your providers take to answer a **preservation request**? Ours vary from 2 days to 3 weeks.",
            [
                (
                    "expert-br",
                    "In Brazil the large providers answer within 72 hours when the request cites Article 29.",
                ),
                ("focal-ar", "We keep a shared template; I will upload it to the documents."),
            ],
        ),
        (
            "Using the 24/7 network for subscriber data",
            "expert-br",
            "Has anyone used the 24/7 network to obtain *subscriber information* urgently?",
            [("expert-cl", "Yes, twice this year, in kidnapping cases. It worked within hours.")],
        ),
    ],
    "ransomware-taskforce": [
        (
            "Decryptor sharing protocol",
            "expert-ca",
            "Proposal: we share decryptors only through this workspace, never by email.",
            [
                ("expert-co", "Agreed. Please also record the hash of each file."),
                ("expert-br", "Agreed from the Federal Prosecution Service."),
            ],
        ),
    ],
    "training-materials": [
        (
            "Case study on SIM-swap fraud",
            "expert-cl",
            "I have prepared a case study for the next regional course. Comments welcome.",
            [("expert-ca", "Very useful; add the chain-of-custody checklist.")],
        ),
    ],
}

PRACTICES = {
    "electronic-evidence": [
        {
            "title": "A single national template for preservation requests",
            "country": "AR",
            "author": "focal-ar",
            "problem": "Providers rejected one request in four because of missing fields.",
            "practice": "A one-page template with the fields Article 29 requires, reviewed by the central authority.",
            "results": "Rejections fell from 25% to under 5% in one year.",
            "topics": ["preservation", "article 29"],
        },
    ],
    "ransomware-taskforce": [
        {
            "title": "Early contact with the victim's insurer",
            "country": "CA",
            "author": "expert-ca",
            "problem": "Victims paid ransoms before the police could collect indicators.",
            "practice": "An agreement with insurers to notify the cybercrime unit before any payment.",
            "results": "Indicators were collected in 80% of cases.",
            "topics": ["ransomware", "victims"],
        },
    ],
    "training-materials": [
        {
            "title": "Mock trials with real (anonymised) digital evidence",
            "country": "CL",
            "author": "expert-cl",
            "problem": "Judges were unfamiliar with forensic reports.",
            "practice": "Two-day mock trials where judges question forensic experts.",
            "results": "Participants rated their confidence 4.5/5 afterwards.",
            "topics": ["training", "judges"],
        },
    ],
}

DOCUMENTS = {
    "electronic-evidence": [
        (
            "Preservation request template (sample)",
            "preservation-template.txt",
            b"SAMPLE DATA\nRequesting authority:\nProvider:\nAccount identifiers:\nLegal basis:\n",
        )
    ],
    "ransomware-taskforce": [
        (
            "Indicators shared so far (sample)",
            "indicators.csv",
            b"kind,value,first_seen\ndomain,example.invalid,2026-01-15\n",
        )
    ],
    "training-materials": [
        (
            "Course outline (sample)",
            "course-outline.md",
            b"# Sample course outline\n\n1. Digital evidence basics\n2. Mutual legal assistance\n",
        )
    ],
}


def _sample_expert(name, first, last, country, institution, position) -> User:
    email = f"{name}@example.org"
    user, created = User.objects.get_or_create(email=email, defaults={"first_name": first, "last_name": last})
    if created:
        user.set_password(settings.PORTAL["DEMO_PASSWORD"])
        user.save()
    EmailAddress.objects.update_or_create(user=user, email=email, defaults={"verified": True, "primary": True})
    user.groups.add(Group.objects.get_or_create(name=Role.EXPERT)[0])
    ExpertProfile.objects.update_or_create(
        user=user,
        defaults={
            "country": Country.objects.get(iso2=country),
            "institution": institution,
            "position": position,
            "official_email": f"{name}@gov.example.org",
            "reason": "Demo account (sample data).",
            "status": ExpertProfile.Status.APPROVED,
            "decided_at": timezone.now(),
        },
    )
    return user


def seed(stdout) -> None:
    people = {spec[0]: _sample_expert(*spec) for spec in SAMPLE_EXPERTS}
    for name in ("focal-ar", "expert-br", "secretariat"):
        user = User.objects.filter(email=f"{name}@example.org").first()
        if user is not None:
            people[name] = user
    secretariat = people.get("secretariat")
    for spec in WORKSPACES:
        roles = {people[name]: role for name, role in spec["roles"].items() if name in people}
        workspace = Workspace.objects.filter(slug=spec["slug"]).first()
        if workspace is None:
            owners = [user for user, role in roles.items() if role == WorkspaceRole.OWNER]
            workspace = services.workspace_create(
                name=spec["name"],
                slug=spec["slug"],
                description=spec["description"],
                join_policy=spec["join_policy"],
                owners=owners,
                by=secretariat,
                is_sample=True,
            )
        for user, role in roles.items():
            membership = Membership.objects.filter(workspace=workspace, user=user).first()
            if membership is None or membership.role != role:
                services.membership_add(workspace=workspace, user=user, role=role, by=secretariat, via="demo")
        _seed_content(workspace, people)
    stdout.write(
        f"Workspaces: {Workspace.objects.filter(is_sample=True).count()} sample workspaces "
        "(expert-br belongs to all, expert-mx to none)."
    )


def _seed_content(workspace: Workspace, people: dict) -> None:
    if not Thread.objects.filter(workspace=workspace).exists():
        for title, author, body, replies in THREADS.get(workspace.slug, []):
            if author not in people:
                continue
            thread = services.thread_create(workspace=workspace, author=people[author], title=title, body=body)
            for reply_author, reply in replies:
                if reply_author in people:
                    services.post_create(thread=thread, author=people[reply_author], body=reply)
    if not GoodPractice.objects.filter(workspace=workspace).exists():
        for spec in PRACTICES.get(workspace.slug, []):
            author = people.get(spec["author"])
            services.good_practice_create(
                workspace=workspace,
                author=author,
                contact=author,
                title=spec["title"],
                problem=spec["problem"],
                practice=spec["practice"],
                results=spec["results"],
                topics=spec["topics"],
                country=Country.objects.get(iso2=spec["country"]),
            )
    if not Document.objects.filter(workspace=workspace).exists():
        uploader = Membership.objects.filter(workspace=workspace, role=WorkspaceRole.OWNER).first().user
        for title, file_name, content in DOCUMENTS.get(workspace.slug, []):
            services.document_upload(
                workspace=workspace,
                by=uploader,
                file=ContentFile(content, name=file_name),
                file_name=file_name,
                title=title,
            )

"""Demo public content (sample data, labelled on screen). Called by `manage.py seed_demo`; idempotent."""

from datetime import date, timedelta
from pathlib import Path

from django.core.files.base import ContentFile
from django.utils import timezone

from portal.content.demo_guidance import GUIDANCE
from portal.content.models import (
    BulletinIssue,
    BulletinItem,
    BulletinSection,
    Event,
    EventDocument,
    GuidanceTopic,
    Partner,
    Resource,
    Status,
)
from portal.models import Country

LANGUAGES = ("en", "es", "pt", "fr")

# Every resource is a real document: a file, or the publisher's own page for it (never a site's
# home page, never an invented address); good practices carry their own text instead.
# (slug, kind, language, country or None, year, url, title_en, title_es, summary_en)
RESOURCES = [
    ("budapest-convention-text", "report", "en", None, 2001, "https://www.coe.int/en/web/cybercrime/the-budapest-convention",
     "Convention on Cybercrime (Budapest Convention): text and explanatory report",
     "Convenio sobre la Ciberdelincuencia (Convenio de Budapest): texto e informe explicativo",
     "The Council of Europe's page on the Convention, its protocols and the state of signatures and ratifications."),
    ("unodc-cybercrime-programme", "report", "en", None, 2024, "https://www.unodc.org/unodc/en/cybercrime/index.html",
     "UNODC Global Programme on Cybercrime", "Programa Mundial contra el Delito Cibernético de la UNODC",
     "The United Nations Office on Drugs and Crime's work on cybercrime, with its publications."),
    ("coe-action-against-cybercrime", "report", "en", None, 2024, "https://www.coe.int/en/web/cybercrime/home",
     "Council of Europe: action against cybercrime", "Consejo de Europa: acción contra la ciberdelincuencia",
     "The Council of Europe's pages on cybercrime: the Budapest Convention and its committee, and capacity building."),
]

# Sample good practices: their text is the document (no file, no link).
# (slug, language, country, year, title_en, title_es, summary_en, body_en)
GOOD_PRACTICES = [
    ("good-practice-joint-team", "es", "CL", 2023,
     "Good practice: a joint investigation team on online fraud", "Buena práctica: un equipo conjunto de investigación sobre fraude en línea",
     "How two states coordinated an investigation with a shared plan and a single point of contact (anonymised).",
     "Sample good practice for demonstration. Two states investigating the same online fraud agreed on a joint plan, "
     "named one point of contact each and exchanged evidence through their central authorities."),
    ("good-practice-child-protection", "pt", "BR", 2024,
     "Good practice: faster removal of child sexual abuse material", "Buena práctica: retiro más rápido de material de abuso sexual infantil",
     "A hotline, the police and providers agreed on one channel and deadlines (anonymised).",
     "Sample good practice for demonstration. A hotline, the police and service providers agreed on a single channel "
     "for notices and on deadlines for removal, while the evidence was preserved for the investigation."),
    ("good-practice-preservation", "en", "US", 2022,
     "Good practice: preservation requests answered within hours", "Buena práctica: conservación de datos en horas",
     "A 24/7 point of contact set up templates and an on-call rota (anonymised).",
     "Sample good practice for demonstration. A 24/7 point of contact prepared request templates and an on-call rota "
     "so that preservation requests from other states are answered within hours."),
]

REMJA_DIR = Path(__file__).resolve().parent / "data" / "remja"

# The REMJA and Working Group documents the portal was created from: reference data, not sample
# data, each with its official symbol and its text as a download.
# (slug, file, kind, year, issued_on or None, symbol, title_en, title_es, summary_en)
REMJA_DOCUMENTS = [
    ("ciber-vii-recommendations", "ciber-vii-recommendations.txt", "recommendation", 2012, date(2012, 2, 7),
     "CIBER-VII/doc.6/12 rev. 1",
     "Recommendations of the Seventh Meeting of the Working Group on Cyber-Crime",
     "Recomendaciones de la Séptima Reunión del Grupo de Trabajo en Delito Cibernético",
     "The recommendations agreed by the REMJA Working Group on Cyber-Crime at its seventh meeting "
     "(Washington, D.C., 6 and 7 February 2012) to strengthen hemispheric cooperation against cybercrime."),
    # The symbol is the one the CIBER-VII recommendations cite for the "Document of Washington",
    # the conclusions and recommendations of REMJA-VII (2008); no day is stated, so no date.
    ("remja-vii-conclusions-cybercrime", "remja-vii-conclusions-cybercrime.txt", "recommendation", 2008, None,
     "REMJA-VII/doc.6/08 rev. 1",
     "Conclusions and recommendations of REMJA-VII (Document of Washington): cybercrime",
     "Conclusiones y recomendaciones de la REMJA-VII (Documento de Washington): delito cibernético",
     "The cybercrime section of the conclusions and recommendations adopted by the Seventh Meeting of Ministers "
     "of Justice or Other Ministers or Attorneys General of the Americas (REMJA-VII) for the OAS General Assembly."),
]


def seed_remja_documents() -> int:
    """Publish the REMJA and Working Group documents as resources with their files (idempotent)."""
    for slug, filename, kind, year, issued_on, symbol, title_en, title_es, summary_en in REMJA_DOCUMENTS:
        resource = Resource.objects.filter(slug=slug).first() or Resource(slug=slug)
        fields = {
            "kind": kind, "language": "en", "country": None, "year": year, "issued_on": issued_on, "symbol": symbol,
            "url": "", "title_en": title_en, "title_es": title_es, "summary_en": summary_en,
            "status": Status.PUBLISHED, "is_sample": False, "topics": ["REMJA", "Working Group on Cyber-Crime"],
        }
        for name, value in fields.items():
            setattr(resource, name, value)
        content = (REMJA_DIR / filename).read_bytes()
        if not _stored_file_is(resource.file.storage, resource.file.name, content):
            # A database seeded again (or another database on the same media) reuses the stored copy.
            name = Resource._meta.get_field("file").generate_filename(resource, filename)
            if _stored_file_is(resource.file.storage, name, content):
                resource.file.name = name
            else:
                resource.file.save(filename, ContentFile(content), save=False)
        resource.full_clean()
        resource.save()
    return len(REMJA_DOCUMENTS)


def _stored_file_is(storage, name: str, content: bytes) -> bool:
    if not name or not storage.exists(name):
        return False
    with storage.open(name, "rb") as stored:
        return stored.read() == content


# (slug, kind, days from today, length in days, location, country, title_en, title_es, summary_en)
EVENTS = [
    ("wg-meeting-past", "meeting", -200, 2, "Washington, D.C.", "US", "Meeting of the Working Group on Cyber-Crime (sample)",
     "Reunión del Grupo de Trabajo en Delito Cibernético (ejemplo)",
     "The Working Group reviewed progress on its recommendations and the portal."),
    ("workshop-electronic-evidence-past", "workshop", -90, 3, "Santiago", "CL", "Regional workshop on electronic evidence (sample)",
     "Taller regional sobre prueba electrónica (ejemplo)", "Prosecutors and judges practised with electronic evidence cases."),
    ("training-24-7-past", "training", -30, 1, "Online", None, "Training for 24/7 points of contact (sample)",
     "Capacitación para puntos de contacto 24/7 (ejemplo)", "Handling urgent preservation requests."),
    ("wg-meeting-next", "meeting", 45, 2, "Washington, D.C.", "US", "Next meeting of the Working Group on Cyber-Crime (sample)",
     "Próxima reunión del Grupo de Trabajo en Delito Cibernético (ejemplo)", "Agenda: cooperation, training and the portal."),
    ("workshop-ransomware-next", "workshop", 20, 2, "Bridgetown", "BB", "Workshop on ransomware investigations (sample)",
     "Taller sobre investigaciones de ransomware (ejemplo)", "Police and CSIRTs of the Caribbean work through a ransomware case."),
    ("training-forensics-next", "training", 75, 5, "Online", None, "Digital forensics course (sample)",
     "Curso de informática forense (ejemplo)", "A five-day online course for investigators."),
]

EVENT_DESCRIPTION = (
    "Sample event for demonstration. The agenda, the list of participants' institutions and the "
    "documents of the meeting are published below as they become available.\n\n"
    "Working languages: English and Spanish."
)

# (order, name, acronym, kind, website, description)
PARTNERS = [
    (1, "United Nations Office on Drugs and Crime", "UNODC", "global", "https://www.unodc.org/",
     "Supports states against cybercrime and serves the United Nations Convention against Cybercrime."),
    (2, "United Nations", "UN", "global", "https://www.un.org/",
     "The General Assembly adopted the United Nations Convention against Cybercrime in December 2024."),
    (3, "Council of Europe", "CoE", "regional", "https://www.coe.int/en/web/cybercrime",
     "Custodian of the Convention on Cybercrime (Budapest Convention) and its protocols; capacity building through C-PROC."),
    (4, "European Union", "EU", "regional", "https://european-union.europa.eu/", "Works with the Americas on cybercrime through cooperation programmes."),
    (5, "Asia-Pacific Economic Cooperation", "APEC", "regional", "https://www.apec.org/", "Forum of Pacific Rim economies, several of them OAS member states."),
    (6, "Organisation for Economic Co-operation and Development", "OECD", "global", "https://www.oecd.org/",
     "Policy work on digital security and the digital economy."),
    (7, "G7 24/7 Network of contact points", "", "network", "",
     "A network of points of contact available around the clock for urgent requests to preserve electronic evidence. "
     "Approved experts find the contacts in the restricted directory."),
    (8, "The Commonwealth", "", "global", "https://thecommonwealth.org/", "Supports member countries' cybercrime laws and cooperation."),
    (9, "INTERPOL", "", "global", "https://www.interpol.int/", "International police cooperation, including against cybercrime."),
    (10, "Europol: European Cybercrime Centre", "EC3", "regional", "https://www.europol.europa.eu/", "The European Union's law enforcement agency."),
    (11, "Eurojust", "", "regional", "https://www.eurojust.europa.eu/", "The European Union's agency for criminal justice cooperation."),
    (12, "International Telecommunication Union", "ITU", "global", "https://www.itu.int/", "The United Nations agency for digital technologies."),
    (13, "Global Forum on Cyber Expertise", "GFCE", "network", "https://thegfce.org/", "A platform for cyber capacity building."),
    (14, "Forum of Incident Response and Security Teams", "FIRST", "network", "https://www.first.org/",
     "The global forum of CSIRTs."),
]

BULLETIN = [
    (1, -150, "Cooperation in the Americas", [
        ("News from the member states", [
            ("A member state updates its cybercrime law (sample)", "A sample item: a state amended its criminal code to cover illegal access and data interference."),
            ("New specialised unit (sample)", "A sample item: a prosecution office opened a unit for cybercrime and electronic evidence."),
        ]),
        ("Treaties", [
            ("Second Additional Protocol to the Budapest Convention",
             "The Second Additional Protocol, on enhanced cooperation and disclosure of electronic evidence, was opened for signature in May 2022."),
        ]),
    ]),
    (2, -75, "Electronic evidence", [
        ("Working Group", [
            ("Training on preservation requests (sample)", "A sample item: points of contact practised urgent preservation requests."),
        ]),
        ("Resources", [
            ("New guide on electronic evidence (sample)", "A sample item announcing a new guide in the resources section."),
            ("Manual for 24/7 points of contact (sample)", "A sample item: the manual is now available in Spanish."),
        ]),
    ]),
    (3, -10, "The UN Convention against Cybercrime", [
        ("Treaties", [
            ("United Nations Convention against Cybercrime",
             "The United Nations General Assembly adopted the Convention on 24 December 2024; it opened for signature in Hanoi in October 2025."),
        ]),
        ("Events", [
            ("Workshop on ransomware investigations (sample)", "A sample item announcing a workshop for police and CSIRTs."),
        ]),
    ]),
]


def _translated(field: str, values: dict) -> dict:
    return {f"{field}_{code}": values.get(code, "") for code in LANGUAGES}


def _published(days_ago: int = 0) -> dict:
    return {"status": Status.PUBLISHED, "publish_at": timezone.now() - timedelta(days=days_ago), "is_sample": True}


def seed(stdout) -> None:
    countries = {country.iso2: country for country in Country.objects.all()}

    for order, (slug, fields) in enumerate(GUIDANCE.items(), start=1):
        defaults = {"order": order, **_published(30)}
        for name, values in fields.items():
            defaults.update(_translated(name, values))
        GuidanceTopic.objects.update_or_create(slug=slug, defaults=defaults)

    for index, (slug, kind, language, country, year, url, title_en, title_es, summary_en) in enumerate(RESOURCES):
        Resource.objects.update_or_create(slug=slug, defaults={
            "kind": kind, "language": language, "country": countries.get(country), "year": year, "url": url,
            "title_en": title_en, "title_es": title_es, "summary_en": summary_en, **_published(index * 7 + 1),
        })
    for index, (slug, language, country, year, title_en, title_es, summary_en, body_en) in enumerate(GOOD_PRACTICES):
        Resource.objects.update_or_create(slug=slug, defaults={
            "kind": Resource.Kind.GOOD_PRACTICE, "language": language, "country": countries.get(country), "year": year,
            "url": "", "title_en": title_en, "title_es": title_es, "summary_en": summary_en, "body_en": body_en,
            **_published(index * 9 + 3),
        })
    # Sample resources of earlier demo versions pointed at sites' home pages: they go.
    keep = [row[0] for row in RESOURCES] + [row[0] for row in GOOD_PRACTICES]
    Resource.objects.filter(is_sample=True).exclude(slug__in=keep).delete()
    remja = seed_remja_documents()

    today = timezone.now().replace(hour=14, minute=0, second=0, microsecond=0)
    for slug, kind, offset, length, location, country, title_en, title_es, summary_en in EVENTS:
        starts = today + timedelta(days=offset)
        event, _created = Event.objects.update_or_create(slug=slug, defaults={
            "kind": kind, "starts_at": starts, "ends_at": starts + timedelta(days=length - 1, hours=3),
            "location_en": location, "country": countries.get(country), "title_en": title_en, "title_es": title_es,
            "summary_en": summary_en, "description_en": EVENT_DESCRIPTION, **_published(abs(offset) + 30),
        })
        EventDocument.objects.update_or_create(event=event, order=1, defaults={
            "title_en": "Agenda (sample)", "title_es": "Agenda (ejemplo)", "url": "https://www.oas.org/"})

    for order, name, acronym, kind, website, description in PARTNERS:
        Partner.objects.update_or_create(name_en=name, defaults={
            "order": order, "acronym": acronym, "kind": kind, "website": website, "description_en": description,
            **_published(60),
        })

    for number, days_ago, title, sections in BULLETIN:
        issue, _created = BulletinIssue.objects.update_or_create(number=number, defaults={
            "title_en": title, "issue_date": date.today() + timedelta(days=days_ago),
            "introduction_en": "Sample issue of the Legal Cooperation Bulletin, for demonstration.",
            **_published(-days_ago),
        })
        for section_order, (section_title, items) in enumerate(sections, start=1):
            section, _created = BulletinSection.objects.update_or_create(
                issue=issue, order=section_order, defaults={"title_en": section_title})
            for item_order, (item_title, body) in enumerate(items, start=1):
                BulletinItem.objects.update_or_create(section=section, order=item_order, defaults={
                    "title_en": item_title, "body_en": body})

    stdout.write(
        f"Public content: {len(GUIDANCE)} guidance topics, {len(RESOURCES) + len(GOOD_PRACTICES)} resources and "
        f"{remja} REMJA documents, {len(BULLETIN)} bulletin "
        f"issues, {len(EVENTS)} events, {len(PARTNERS)} partners (sample data)."
    )

"""Demo public content (sample data, labelled on screen). Called by `manage.py seed_demo`; idempotent."""

from datetime import date, timedelta

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

# (slug, kind, language, country or None, year, url, title_en, title_es, summary_en)
RESOURCES = [
    ("budapest-convention-text", "report", "en", None, 2001, "https://www.coe.int/en/web/cybercrime/the-budapest-convention",
     "Convention on Cybercrime (Budapest Convention): text and explanatory report",
     "Convenio sobre la Ciberdelincuencia (Convenio de Budapest): texto e informe explicativo",
     "The Council of Europe's page on the Convention, its protocols and the state of signatures and ratifications."),
    ("unodc-cybercrime-programme", "report", "en", None, 2024, "https://www.unodc.org/unodc/en/cybercrime/index.html",
     "UNODC Global Programme on Cybercrime", "Programa Mundial contra el Delito Cibernético de la UNODC",
     "The United Nations Office on Drugs and Crime's work on cybercrime, with its publications."),
    ("electronic-evidence-guide", "guide", "en", None, 2023, "https://www.coe.int/en/web/cybercrime/home",
     "Guide to obtaining electronic evidence across borders", "Guía para obtener pruebas electrónicas en el extranjero",
     "Steps for prosecutors: preservation requests, subscriber data, mutual legal assistance and direct cooperation."),
    ("data-preservation-checklist", "guide", "es", "AR", 2022, "https://www.oas.org/",
     "Checklist for urgent data preservation requests", "Lista de verificación para solicitudes urgentes de conservación de datos",
     "What a preservation request should contain so that a provider or a 24/7 point of contact can act at once."),
    ("mla-request-model", "manual", "en", None, 2021, "https://www.oas.org/",
     "Model request for mutual legal assistance in cybercrime cases",
     "Modelo de solicitud de asistencia jurídica mutua en casos de ciberdelito",
     "A model request with the facts, the legal basis and the data sought, ready to adapt."),
    ("first-responder-manual", "manual", "es", "CO", 2020, "https://www.oas.org/",
     "Manual for first responders to digital crime scenes", "Manual para el primer respondiente en escenas del crimen digitales",
     "How to seize and preserve devices and volatile data without losing evidence."),
    ("wg-recommendations-2023", "recommendation", "en", None, 2023, "https://www.oas.org/",
     "Recommendations of the Working Group on Cyber-Crime (sample)", "Recomendaciones del Grupo de Trabajo en Delito Cibernético (ejemplo)",
     "The recommendations adopted at a meeting of the REMJA Working Group on Cyber-Crime, for the member states."),
    ("wg-recommendations-2021", "recommendation", "es", None, 2021, "https://www.oas.org/",
     "Recommendations on international cooperation against cybercrime (sample)",
     "Recomendaciones sobre cooperación internacional contra el delito cibernético (ejemplo)",
     "Recommendations on points of contact, training and legislation."),
    ("training-digital-forensics", "training", "en", None, 2024, "https://www.oas.org/",
     "Training module: introduction to digital forensics", "Módulo de capacitación: introducción a la informática forense",
     "Slides and exercises for a two-day course for investigators."),
    ("training-judges", "training", "es", "MX", 2023, "https://www.oas.org/",
     "Training for judges on electronic evidence", "Capacitación para jueces sobre prueba electrónica",
     "A course outline on the admissibility and assessment of electronic evidence."),
    ("training-cryptocurrency", "training", "pt", "BR", 2024, "https://www.oas.org/",
     "Tracing cryptocurrency in criminal investigations", "Rastreo de criptomonedas en investigaciones penales",
     "Course material on following payments through public ledgers and exchanges."),
    ("report-regional-survey", "report", "en", None, 2022, "https://www.oas.org/",
     "Regional survey of cybercrime legislation (sample)", "Encuesta regional sobre legislación en delito cibernético (ejemplo)",
     "A comparison of the member states' substantive and procedural provisions."),
    ("report-ransomware-trends", "report", "en", None, 2024, "https://www.europol.europa.eu/",
     "Ransomware: trends and responses", "Ransomware: tendencias y respuestas",
     "How ransomware groups operate and how police and CSIRTs respond together."),
    ("guide-victims", "guide", "fr", "HT", 2022, "https://www.oas.org/",
     "Guide for victims of online fraud", "Guía para víctimas de fraude en línea",
     "What to do in the first hours after an online fraud, written for the public."),
    ("guide-csirt-police", "guide", "en", "JM", 2023, "https://www.first.org/",
     "Working together: CSIRTs and police", "Trabajo conjunto: CSIRT y policía",
     "How incident responders and investigators share information while keeping evidence usable."),
    ("manual-24-7-network", "manual", "en", None, 2022, "https://www.coe.int/en/web/cybercrime/home",
     "Manual for 24/7 points of contact", "Manual para los puntos de contacto 24/7",
     "The tasks of a 24/7 point of contact and how to answer a request from another state."),
    ("good-practice-joint-team", "good-practice", "es", "CL", 2023, "https://www.oas.org/",
     "Good practice: a joint investigation team on online fraud", "Buena práctica: un equipo conjunto de investigación sobre fraude en línea",
     "How two states coordinated an investigation with a shared plan and a single point of contact (anonymised)."),
    ("good-practice-child-protection", "good-practice", "pt", "BR", 2024, "https://www.oas.org/",
     "Good practice: faster removal of child sexual abuse material", "Buena práctica: retiro más rápido de material de abuso sexual infantil",
     "A hotline, the police and providers agreed on one channel and deadlines (anonymised)."),
    ("good-practice-preservation", "good-practice", "en", "US", 2022, "https://www.oas.org/",
     "Good practice: preservation requests answered within hours", "Buena práctica: conservación de datos en horas",
     "A 24/7 point of contact set up templates and an on-call rota (anonymised)."),
    ("report-un-convention", "report", "en", None, 2025, "https://www.unodc.org/unodc/en/cybercrime/index.html",
     "The United Nations Convention against Cybercrime: an overview", "La Convención de las Naciones Unidas contra la Ciberdelincuencia: una visión general",
     "An overview of the convention's criminalisation, procedural and cooperation chapters."),
]

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
        f"Public content: {len(GUIDANCE)} guidance topics, {len(RESOURCES)} resources, {len(BULLETIN)} bulletin "
        f"issues, {len(EVENTS)} events, {len(PARTNERS)} partners (sample data)."
    )

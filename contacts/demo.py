"""Demo national units and points of contact (sample data, labelled on screen).
Called by `manage.py seed_demo`; idempotent.

Units carry real institution names where we are sure of them, otherwise a generic name marked
"(sample)". Points of contact are fictitious: example.org addresses and +1-555-01xx numbers.
Verification dates are spread so that the freshness dashboard shows fresh, due and overdue
entries, and a few update requests show the open, overdue and answered states.
"""

from datetime import timedelta

from django.utils import timezone

from contacts.flags import ContactFlag
from contacts.models import ContactPoint, ContactRole, NationalUnit, UnitKind, UpdateRequest
from portal.accounts.models import User
from portal.models import Country

CYBER = UnitKind.CYBERCRIME_UNIT
PROSECUTION = UnitKind.PROSECUTION
POLICE = UnitKind.POLICE
AUTHORITY = UnitKind.CENTRAL_AUTHORITY
CSIRT = UnitKind.CSIRT

# Postal addresses of some demo units (sample data: the street lines are illustrative, not verified).
POSTAL_ADDRESSES = {
    "Unidad Fiscal Especializada en Ciberdelincuencia":
        "Ministerio Público Fiscal\nAv. de Mayo 760\nC1084 Ciudad Autónoma de Buenos Aires, Argentina (sample)",
    "Dirección de Asistencia Jurídica Internacional (sample)":
        "Esmeralda 1212\nC1007 Ciudad Autónoma de Buenos Aires, Argentina (sample)",
    "Polícia Federal": "SAS Quadra 6, Lotes 9/10\n70037-900 Brasília - DF, Brasil (sample)",
    "Policía Cibernética, Guardia Nacional": "Av. Constituyentes 1000\n11950 Ciudad de México, México (sample)",
    "Fiscalía General de la República: unidad de delitos cibernéticos (sample)":
        "Av. Paseo de la Reforma 211-213\n06500 Ciudad de México, México (sample)",
    "RCMP National Cybercrime Coordination Centre": "73 Leikin Drive\nOttawa, ON K1A 0R2, Canada (sample)",
    "Department of Justice Canada, International Assistance Group":
        "284 Wellington Street\nOttawa, ON K1A 0H8, Canada (sample)",
    "U.S. Department of Justice, Computer Crime and Intellectual Property Section":
        "950 Pennsylvania Avenue NW\nWashington, DC 20530, United States (sample)",
    "U.S. Department of Justice, Office of International Affairs":
        "1301 New York Avenue NW\nWashington, DC 20530, United States (sample)",
    "Policía de Investigaciones de Chile, Brigada Investigadora del Cibercrimen":
        "General Mackenna 1370\nSantiago, Chile (sample)",
}

# iso2: [(name, acronym, kind, website, reporting_url, public_phone, description_en, description_es)]
UNITS = {
    "AG": [("Royal Police Force of Antigua and Barbuda", "", POLICE, "", "", "",
            "The national police; receives reports of crimes committed online.", "")],
    "AR": [
        ("Unidad Fiscal Especializada en Ciberdelincuencia", "UFECI", PROSECUTION, "https://www.mpf.gob.ar/ufeci/", "", "",
         "The specialised cybercrime prosecution unit of the Public Prosecution Service (Ministerio Público Fiscal).",
         "Unidad fiscal especializada en ciberdelincuencia del Ministerio Público Fiscal."),
        ("Dirección de Asistencia Jurídica Internacional (sample)", "", AUTHORITY, "", "", "",
         "Central authority for mutual legal assistance (sample entry).", ""),
    ],
    "BS": [("Royal Bahamas Police Force", "RBPF", POLICE, "", "", "",
            "The national police; receives reports of crimes committed online.", "")],
    "BB": [("Royal Barbados Police Force", "RBPF", POLICE, "", "", "",
            "The national police; receives reports of crimes committed online.", "")],
    "BZ": [("Belize Police Department", "", POLICE, "", "", "",
            "The national police; receives reports of crimes committed online.", "")],
    "BO": [("Policía Boliviana: unidad de delitos informáticos (sample)", "", POLICE, "", "", "",
            "Police unit for computer crime (sample entry).", "Unidad policial de delitos informáticos (ejemplo).")],
    "BR": [
        ("Polícia Federal", "PF", POLICE, "https://www.gov.br/pf/", "", "",
         "Brazil's Federal Police investigates federal crimes, including cybercrime with an international dimension.",
         "La Policía Federal investiga delitos federales, incluidos los ciberdelitos con dimensión internacional."),
        ("CERT.br", "CERT.br", CSIRT, "https://www.cert.br/", "", "",
         "Brazil's national CSIRT, maintained by NIC.br; handles computer security incidents.", ""),
    ],
    "CA": [
        ("RCMP National Cybercrime Coordination Centre", "NC3", CYBER, "https://www.rcmp-grc.gc.ca/", "", "",
         "Coordinates cybercrime investigations across Canadian police services and with international partners.",
         "Coordina las investigaciones de ciberdelitos entre los cuerpos policiales canadienses y con socios internacionales."),
        ("Canadian Anti-Fraud Centre", "CAFC", POLICE, "https://antifraudcentre-centreantifraude.ca/",
         "https://antifraudcentre-centreantifraude.ca/", "",
         "Receives reports of fraud and cybercrime from the public.", ""),
        ("Canadian Centre for Cyber Security", "", CSIRT, "https://www.cyber.gc.ca/", "", "",
         "Canada's national authority on cyber security and its computer incident response team.", ""),
        ("Department of Justice Canada, International Assistance Group", "IAG", AUTHORITY, "", "", "",
         "Canada's central authority for mutual legal assistance and extradition.", ""),
    ],
    "CL": [
        ("Policía de Investigaciones de Chile, Brigada Investigadora del Cibercrimen", "BRICIB", CYBER,
         "https://www.pdichile.cl/", "", "",
         "The cybercrime investigation brigade of Chile's investigative police (PDI).",
         "Brigada Investigadora del Cibercrimen de la Policía de Investigaciones."),
        ("CSIRT de Gobierno de Chile", "CSIRT", CSIRT, "https://www.csirt.gob.cl/", "", "",
         "The government's computer security incident response team.", ""),
    ],
    "CO": [
        ("Centro Cibernético Policial, Policía Nacional de Colombia", "CCP", CYBER, "https://caivirtual.policia.gov.co/",
         "https://caivirtual.policia.gov.co/", "",
         "The National Police's cyber centre; citizens report online through its virtual police station (CAI Virtual).",
         "Centro cibernético de la Policía Nacional; la ciudadanía denuncia en línea a través del CAI Virtual."),
        ("colCERT", "colCERT", CSIRT, "", "", "",
         "Colombia's national computer emergency response team.", ""),
    ],
    "CR": [("Organismo de Investigación Judicial, Sección de Delitos Informáticos", "OIJ", CYBER, "", "", "",
            "The computer crime section of the judicial investigation police.",
            "Sección de Delitos Informáticos del Organismo de Investigación Judicial.")],
    "CU": [("Ministerio del Interior: cybercrime desk (sample)", "", POLICE, "", "", "",
            "Sample entry.", "")],
    "DM": [("Commonwealth of Dominica Police Force", "", POLICE, "", "", "",
            "The national police; receives reports of crimes committed online.", "")],
    "DO": [
        ("Departamento de Investigación de Crímenes y Delitos de Alta Tecnología", "DICAT", CYBER, "", "", "",
         "The National Police's high-technology crime department.",
         "Departamento de la Policía Nacional para crímenes y delitos de alta tecnología."),
        ("Centro Nacional de Ciberseguridad", "CNCS", CSIRT, "", "", "",
         "The national cyber security centre and its CSIRT.", ""),
    ],
    "EC": [("Fiscalía General del Estado: unidad de ciberdelito (sample)", "", PROSECUTION, "", "", "",
            "Prosecution unit for cybercrime (sample entry).", "Unidad fiscal de ciberdelito (ejemplo).")],
    "SV": [("Policía Nacional Civil: división de delitos informáticos (sample)", "PNC", POLICE, "", "", "",
            "Police division for computer crime (sample entry).", "")],
    "GD": [("Royal Grenada Police Force", "RGPF", POLICE, "", "", "",
            "The national police; receives reports of crimes committed online.", "")],
    "GT": [("Ministerio Público: fiscalía de ciberdelito (sample)", "MP", PROSECUTION, "", "", "",
            "Prosecution office for cybercrime (sample entry).", "Fiscalía de ciberdelito (ejemplo).")],
    "GY": [("Guyana Police Force", "GPF", POLICE, "", "", "",
            "The national police; receives reports of crimes committed online.", "")],
    "HT": [("Police Nationale d'Haïti", "PNH", POLICE, "", "", "",
            "The national police; receives reports of crimes committed online.", "")],
    "HN": [("Policía Nacional de Honduras: unidad de delitos cibernéticos (sample)", "", POLICE, "", "", "",
            "Police unit for cybercrime (sample entry).", "")],
    "JM": [
        ("Jamaica Constabulary Force, Communication Forensics and Cybercrime Division", "CFCD", CYBER, "", "", "",
         "The police division that investigates cybercrime and examines digital evidence.", ""),
    ],
    "MX": [
        ("Policía Cibernética, Guardia Nacional", "GN", CYBER, "https://www.gob.mx/guardianacional", "", "088",
         "The National Guard's cyber police; citizens report on the national 088 line.",
         "Policía cibernética de la Guardia Nacional; la ciudadanía denuncia en la línea 088."),
        ("Fiscalía General de la República: unidad de delitos cibernéticos (sample)", "FGR", PROSECUTION, "", "", "",
         "Federal prosecution unit for cybercrime (sample entry).", ""),
    ],
    "NI": [("Policía Nacional de Nicaragua (sample)", "", POLICE, "", "", "", "Sample entry.", "")],
    "PA": [("CSIRT Panamá", "", CSIRT, "", "", "",
            "The national computer security incident response team.", "")],
    "PY": [
        ("Ministerio Público: Unidad Especializada de Delitos Informáticos", "", PROSECUTION, "", "", "",
         "The Public Prosecution Service's unit for computer crime.", ""),
        ("CERT-PY", "CERT-PY", CSIRT, "", "", "", "Paraguay's national CERT.", ""),
    ],
    "PE": [("Policía Nacional del Perú, División de Investigación de Delitos de Alta Tecnología", "DIVINDAT", CYBER,
            "", "", "", "The National Police's high-technology crime division.",
            "División de Investigación de Delitos de Alta Tecnología de la Policía Nacional.")],
    "KN": [("Royal St. Christopher and Nevis Police Force", "", POLICE, "", "", "",
            "The national police; receives reports of crimes committed online.", "")],
    "LC": [("Royal Saint Lucia Police Force", "RSLPF", POLICE, "", "", "",
            "The national police; receives reports of crimes committed online.", "")],
    "VC": [("Royal Saint Vincent and the Grenadines Police Force", "", POLICE, "", "", "",
            "The national police; receives reports of crimes committed online.", "")],
    "SR": [("Korps Politie Suriname", "KPS", POLICE, "", "", "",
            "The national police; receives reports of crimes committed online.", "")],
    "TT": [
        ("Trinidad and Tobago Police Service", "TTPS", POLICE, "", "", "",
         "The national police; receives reports of crimes committed online.", ""),
        ("Trinidad and Tobago Cyber Security Incident Response Team", "TT-CSIRT", CSIRT, "", "", "",
         "The national CSIRT.", ""),
    ],
    "US": [
        ("U.S. Department of Justice, Computer Crime and Intellectual Property Section", "CCIPS", CYBER,
         "https://www.justice.gov/criminal/criminal-ccips", "", "",
         "The federal prosecutors who specialise in computer crime and electronic evidence; the United States' "
         "24/7 network point.",
         "Fiscales federales especializados en delitos informáticos y prueba electrónica."),
        ("FBI Internet Crime Complaint Center", "IC3", POLICE, "https://www.ic3.gov/", "https://www.ic3.gov/", "",
         "Receives complaints of internet crime from the public.", ""),
        ("Cybersecurity and Infrastructure Security Agency", "CISA", CSIRT, "https://www.cisa.gov/", "", "",
         "The national agency for cyber security and incident response.", ""),
        ("U.S. Department of Justice, Office of International Affairs", "OIA", AUTHORITY, "", "", "",
         "The central authority for mutual legal assistance and extradition.", ""),
    ],
    "UY": [("Centro Nacional de Respuesta a Incidentes de Seguridad Informática", "CERTuy", CSIRT, "", "", "",
            "Uruguay's national CERT.", "")],
    "VE": [("Cuerpo de Investigaciones Científicas, Penales y Criminalísticas", "CICPC", POLICE, "", "", "",
            "The investigative police, with a division for computer crime.", "")],
}

# Countries with points of contact (at least 15), and the languages their desks speak.
CONTACT_COUNTRIES = {
    "AR": ["es", "en"], "BR": ["pt", "en", "es"], "CA": ["en", "fr"], "CL": ["es", "en"], "CO": ["es", "en"],
    "CR": ["es"], "DO": ["es", "en"], "EC": ["es"], "GT": ["es"], "JM": ["en"], "MX": ["es", "en"],
    "PA": ["es", "en"], "PE": ["es"], "PY": ["es", "pt"], "TT": ["en"], "US": ["en", "es"], "UY": ["es", "pt"],
    "HT": ["fr", "ht"],
}

# Days since the last verification, cycled over the entries: fresh, due, overdue and never.
VERIFIED_DAYS_AGO = [12, 45, 90, 200, 30, 270, 400, 150, 520, None, 60, 330]

SAMPLE_NOTE = "Sample update request (demo data)."


def _phone(number: int) -> str:
    return f"+1-555-01{number % 100:02d}"


def seed(stdout) -> None:
    now = timezone.now()
    countries = {country.iso2: country for country in Country.objects.all()}
    step = 0
    units_by_country: dict[str, list[NationalUnit]] = {}
    for iso2, rows in UNITS.items():
        for name, acronym, kind, website, reporting_url, phone, description_en, description_es in rows:
            days = VERIFIED_DAYS_AGO[step % len(VERIFIED_DAYS_AGO)]
            step += 1
            unit, _created = NationalUnit.objects.update_or_create(
                country=countries[iso2],
                name=name,
                defaults={
                    "acronym": acronym,
                    "kind": kind,
                    "website": website,
                    "reporting_url": reporting_url,
                    "public_phone": phone,
                    "postal_address": POSTAL_ADDRESSES.get(name, ""),
                    "description_en": description_en,
                    "description_es": description_es,
                    "is_published": True,
                    "is_sample": True,
                    "last_verified_at": None if days is None else now - timedelta(days=days),
                },
            )
            units_by_country.setdefault(iso2, []).append(unit)

    # One recorded link-check failure, so the dashboard shows how broken links appear.
    NationalUnit.objects.filter(country_id="CO", name="colCERT").update(
        website="https://www.colcert.gov.co/", link_checked_at=now - timedelta(days=2), link_ok=False,
        link_problem="website: HTTP 404 (sample result)",
    )

    points = 0
    for index, (iso2, languages) in enumerate(CONTACT_COUNTRIES.items()):
        units = units_by_country[iso2]
        first, last = units[0], units[-1]
        entries = [
            (first, ContactPoint.Kind.DESK, f"24/7 duty desk, {iso2} (sample)", "Duty officer",
             [ContactRole.NETWORK_24_7, ContactRole.COOPERATION], "24/7"),
            (first, ContactPoint.Kind.PERSON, f"Alex Example-{iso2}", "International cooperation officer (sample)",
             [ContactRole.COOPERATION], "Mon-Fri 09:00-17:00 (local time)"),
        ]
        if len(units) > 1 or index % 3 == 0:
            entries.append(
                (last, ContactPoint.Kind.PERSON, f"Sam Sample-{iso2}", "Mutual assistance officer (sample)",
                 [ContactRole.CENTRAL_AUTHORITY], "Mon-Fri 08:00-16:00 (local time)")
            )
        for number, (unit, kind, name, position, roles, hours) in enumerate(entries):
            days = VERIFIED_DAYS_AGO[step % len(VERIFIED_DAYS_AGO)]
            step += 1
            slug = "desk" if kind == ContactPoint.Kind.DESK else name.split()[0].lower()
            # all_objects: seeding again neither duplicates nor brings back an entry a focal point retired.
            ContactPoint.all_objects.update_or_create(
                unit=unit,
                name=name,
                defaults={
                    "kind": kind,
                    "position": position,
                    "roles": [str(role) for role in roles],
                    "email": f"{slug}-{iso2.lower()}@example.org",
                    "phones": [_phone(index * 3 + number)] + ([_phone(index * 3 + number + 50)] if number == 0 else []),
                    "languages": languages,
                    "hours": hours,
                    "is_sample": True,
                    "last_verified_at": None if days is None else now - timedelta(days=days),
                },
            )
            points += 1

    _seed_update_requests(countries, now)
    _seed_retired_and_flagged(units_by_country, now)
    stdout.write(
        f"Contacts: {sum(len(rows) for rows in UNITS.values())} national units in {len(UNITS)} countries, "
        f"{points} points of contact in {len(CONTACT_COUNTRIES)} countries (sample data)."
    )


def _seed_update_requests(countries, now) -> None:
    """An overdue request (Brazil, reminded), a recent one (Argentina) and an answered one (Chile)."""
    samples = [("BR", 45, True, False), ("AR", 3, False, False), ("CL", 120, True, True)]
    for iso2, days_ago, reminded, answered in samples:
        country = countries[iso2]
        if UpdateRequest.objects.filter(country=country).exists():
            continue  # a real or earlier demo request is there already
        created = now - timedelta(days=days_ago)
        UpdateRequest.objects.create(
            country=country,
            created_at=created,
            message=SAMPLE_NOTE,
            reminded_at=created + timedelta(days=14) if reminded else None,
            status=UpdateRequest.Status.ANSWERED if answered else UpdateRequest.Status.OPEN,
            answered_at=created + timedelta(days=20) if answered else None,
            **UpdateRequest.schedule(created),
        )


def _seed_retired_and_flagged(units_by_country, now) -> None:
    """A retired entry (Argentina: someone who left, for the admin's "retired" list) and an open
    outdated flag from `expert-mx` on a Brazilian entry (for the focal point's page and the
    secretariat's count). Written directly: seeding sends no email."""
    unit = units_by_country["AR"][0]
    ContactPoint.all_objects.get_or_create(
        unit=unit,
        name="Robin Former-AR",
        defaults={
            "kind": ContactPoint.Kind.PERSON, "position": "Former liaison officer (sample)",
            "roles": [str(ContactRole.COOPERATION)], "email": "robin-ar@example.org", "languages": ["es"],
            "is_sample": True, "last_verified_at": now - timedelta(days=400), "retired_at": now - timedelta(days=20),
        },
    )
    flagger = User.objects.filter(email="expert-mx@example.org").first()
    point = ContactPoint.objects.filter(unit__country_id="BR", name="Alex Example-BR").first()
    if flagger is not None and point is not None and not ContactFlag.objects.filter(contact_point=point).exists():
        ContactFlag.objects.create(
            contact_point=point, flagged_by=flagger, reason="Sample report (demo data): the phone no longer answers.",
        )

"""The REMJA-VII cybercrime conclusions and the CIBER-VII recommendations, seeded by migration 0002.

The official texts are read from the documents in `recommendations/data/` (copied from the
secretariat's files) and quoted as adopted; the short titles are written for the portal.
"""

import re
from datetime import date
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"

MEETINGS = [
    # kind, number, names (en, es, pt, fr), date, place (en, es, pt, fr)
    ("remja", 7, ("Seventh Meeting of Ministers of Justice of the Americas (REMJA-VII)",
                  "Séptima Reunión de Ministros de Justicia de las Américas (REMJA-VII)",
                  "Sétima Reunião de Ministros da Justiça das Américas (REMJA-VII)",
                  "Septième Réunion des ministres de la Justice des Amériques (REMJA-VII)"),
     date(2008, 4, 30), ("Washington, D.C.", "Washington, D.C.", "Washington, D.C.", "Washington, D.C.")),
    ("working-group", 7, ("Seventh Meeting of the Working Group on Cyber-Crime (CIBER-VII)",
                          "Séptima Reunión del Grupo de Trabajo en Delito Cibernético (CIBER-VII)",
                          "Sétima Reunião do Grupo de Trabalho sobre Crime Cibernético (CIBER-VII)",
                          "Septième Réunion du Groupe de travail sur la cybercriminalité (CIBER-VII)"),
     date(2012, 2, 6), ("Washington, D.C.", "Washington, D.C.", "Washington, D.C.", "Washington, D.C.")),
]

DOCUMENTS = [
    # meeting (kind, number), symbol, titles, date, file
    (("remja", 7), "REMJA-VII/doc.6/08 rev. 1",
     ("Conclusions and recommendations of REMJA-VII: I. Cybercrime",
      "Conclusiones y recomendaciones de la REMJA-VII: I. Delito cibernético",
      "Conclusões e recomendações da REMJA-VII: I. Crime cibernético",
      "Conclusions et recommandations de la REMJA-VII : I. Cybercriminalité"),
     date(2008, 4, 30), "remja-vii-conclusions-cybercrime.txt"),
    (("working-group", 7), "CIBER-VII/doc.6/12 rev. 1",
     ("Recommendations of the Seventh Meeting of the Working Group on Cyber-Crime",
      "Recomendaciones de la Séptima Reunión del Grupo de Trabajo en Delito Cibernético",
      "Recomendações da Sétima Reunião do Grupo de Trabalho sobre Crime Cibernético",
      "Recommandations de la Septième Réunion du Groupe de travail sur la cybercriminalité"),
     date(2012, 2, 7), "ciber-vii-recommendations.txt"),
]

S, GS, WG = "states", "general-secretariat", "working-group"

# symbol -> [(number, topic, addressee, derivation, (short title en, es, pt, fr))]
RECOMMENDATIONS = {
    "REMJA-VII/doc.6/08 rev. 1": [
        ("1", "working-group", WG, "", ("Outcomes of the Fifth Meeting of governmental experts welcomed",
                                         "Satisfacción con la Quinta Reunión de expertos gubernamentales",
                                         "Satisfação com a Quinta Reunião de peritos governamentais",
                                         "Satisfaction quant à la Cinquième Réunion d'experts gouvernementaux")),
        ("2", "working-group", WG, "", ("CIBER-V recommendations adopted; the Chair reports on progress",
                                         "Se adoptan las recomendaciones de CIBER-V; la Presidencia informa del avance",
                                         "Recomendações do CIBER-V adotadas; a Presidência informa o progresso",
                                         "Recommandations de CIBER-V adoptées ; la présidence rend compte des progrès")),
        ("3", "cooperation", S, "budapest", ("Consider acceding to the Budapest Convention",
                                              "Considerar la adhesión al Convenio de Budapest",
                                              "Considerar a adesão à Convenção de Budapeste",
                                              "Envisager l'adhésion à la Convention de Budapest")),
        ("4", "cooperation", GS, "", ("Coordination with CICTE and CITEL on the cybersecurity strategy",
                                       "Coordinación con el CICTE y la CITEL sobre la estrategia de ciberseguridad",
                                       "Coordenação com o CICTE e a CITEL sobre a estratégia de segurança cibernética",
                                       "Coordination avec le CICTE et la CITEL sur la stratégie de cybersécurité")),
        ("5", "working-group", WG, "", ("The Working Group meets before REMJA-VIII",
                                         "El Grupo de Trabajo se reúne antes de la REMJA-VIII",
                                         "O Grupo de Trabalho reúne-se antes da REMJA-VIII",
                                         "Le Groupe de travail se réunit avant la REMJA-VIII")),
    ],
    "CIBER-VII/doc.6/12 rev. 1": [
        ("1", "units", S, "unit", ("Specialised cybercrime units", "Unidades especializadas en delito cibernético",
                                   "Unidades especializadas em crime cibernético", "Unités spécialisées en cybercriminalité")),
        ("2", "contacts", S, "contact-points", ("Points of contact for international cooperation",
                                                "Puntos de contacto para la cooperación internacional",
                                                "Pontos de contato para a cooperação internacional",
                                                "Points de contact pour la coopération internationale")),
        ("3", "legislation", S, "substantive-law", ("Laws criminalising cybercrime",
                                                    "Leyes que tipifican el delito cibernético",
                                                    "Leis que tipificam o crime cibernético",
                                                    "Lois incriminant la cybercriminalité")),
        ("4", "legislation", S, "procedural-law", ("Electronic evidence and procedural measures",
                                                   "Prueba electrónica y medidas procesales",
                                                   "Prova eletrônica e medidas processuais",
                                                   "Preuve électronique et mesures procédurales")),
        ("5", "strategy", S, "strategy", ("National cybersecurity strategies", "Estrategias nacionales de ciberseguridad",
                                          "Estratégias nacionais de segurança cibernética",
                                          "Stratégies nationales de cybersécurité")),
        ("6", "cooperation", GS, "", ("Coordination with CITEL and CICTE", "Coordinación con la CITEL y el CICTE",
                                      "Coordenação com a CITEL e o CICTE", "Coordination avec la CITEL et le CICTE")),
        ("7", "contacts", S, "network-24-7", ("Joining the 24/7 network", "Adhesión a la Red 24/7",
                                              "Adesão à Rede 24/7", "Adhésion au réseau 24/7")),
        ("8", "portal", GS, "", ("The Inter-American Cooperation Portal on Cyber-Crime",
                                 "El Portal Interamericano de Cooperación en Materia de Delito Cibernético",
                                 "O Portal Interamericano de Cooperação em Matéria de Crime Cibernético",
                                 "Le Portail interaméricain de coopération en matière de cybercriminalité")),
        ("8a", "portal", GS, "", ("Completing the Portal's public and private parts",
                                  "Completar las partes pública y privada del Portal",
                                  "Completar as partes pública e privada do Portal",
                                  "Compléter les parties publique et privée du Portail")),
        ("8b", "portal", GS, "", ("Restricted spaces for governmental experts",
                                  "Espacios restringidos para expertos gubernamentales",
                                  "Espaços restritos para peritos governamentais",
                                  "Espaces restreints pour les experts gouvernementaux")),
        ("8c", "portal", S, "update-requests", ("Answering the secretariat's update requests",
                                                "Responder a las solicitudes de actualización de la Secretaría",
                                                "Responder aos pedidos de atualização da Secretaria",
                                                "Répondre aux demandes de mise à jour du Secrétariat")),
        ("8d", "portal", WG, "", ("Other technological tools for experts",
                                  "Otras herramientas tecnológicas para los expertos",
                                  "Outras ferramentas tecnológicas para os peritos",
                                  "Autres outils technologiques pour les experts")),
        ("8e", "portal", GS, "", ("Reciprocal links with the units' pages",
                                  "Enlaces recíprocos con las páginas de las unidades",
                                  "Links recíprocos com as páginas das unidades",
                                  "Liens réciproques avec les pages des unités")),
        ("9", "cooperation", WG, "", ("Cooperation with the Working Group on Mutual Assistance",
                                      "Cooperación con el Grupo de Trabajo en Asistencia Mutua",
                                      "Cooperação com o Grupo de Trabalho sobre Assistência Mútua",
                                      "Coopération avec le Groupe de travail sur l'entraide")),
        ("10", "units", S, "citizen-page", ("Public pages for citizens on reporting cybercrime",
                                            "Páginas públicas para la ciudadanía sobre cómo denunciar",
                                            "Páginas públicas para os cidadãos sobre como denunciar",
                                            "Pages publiques pour les citoyens sur le signalement")),
        ("11", "legislation", GS, "cooperation-law", ("Compiling the states' cybercrime laws",
                                                      "Compilación de las leyes sobre delito cibernético",
                                                      "Compilação das leis sobre crime cibernético",
                                                      "Compilation des lois sur la cybercriminalité")),
        ("12", "cooperation", S, "", ("Answering the UN expert group's questionnaire",
                                      "Responder al cuestionario del grupo de expertos de la ONU",
                                      "Responder ao questionário do grupo de peritos da ONU",
                                      "Répondre au questionnaire du groupe d'experts de l'ONU")),
        ("13", "cooperation", S, "budapest", ("The Budapest Convention", "El Convenio de Budapest",
                                              "A Convenção de Budapeste", "La Convention de Budapest")),
        ("14", "cooperation", GS, "", ("Cooperation with other international organisations",
                                       "Cooperación con otras organizaciones internacionales",
                                       "Cooperação com outras organizações internacionais",
                                       "Coopération avec d'autres organisations internationales")),
        ("15", "private-sector", S, "", ("Partnerships with the private sector", "Alianzas con el sector privado",
                                         "Parcerias com o setor privado", "Partenariats avec le secteur privé")),
        ("16", "training", WG, "", ("Workshops for prosecutors, investigators and judges",
                                    "Talleres para fiscales, investigadores y jueces",
                                    "Oficinas para promotores, investigadores e juízes",
                                    "Ateliers pour procureurs, enquêteurs et juges")),
        ("17", "training", WG, "", ("Training programme on legislation", "Programa de capacitación en legislación",
                                    "Programa de capacitação em legislação", "Programme de formation en législation")),
        ("18", "portal", S, "", ("Contributing to the Legal Cooperation Bulletin",
                                 "Contribuir al Boletín de Cooperación Jurídica",
                                 "Contribuir para o Boletim de Cooperação Jurídica",
                                 "Contribuer au Bulletin de coopération juridique")),
        ("19", "working-group", WG, "", ("The Working Group meets before REMJA-X",
                                         "El Grupo de Trabajo se reúne antes de la REMJA-X",
                                         "O Grupo de Trabalho reúne-se antes da REMJA-X",
                                         "Le Groupe de travail se réunit avant la REMJA-X")),
    ],
}

_NUMBERED = re.compile(r"^(\d+)\.\s+(.*)$")
_LETTERED = re.compile(r"^-\s+([a-z])\.\s+(.*)$")


def official_texts(file_name: str) -> dict[str, str]:
    """{number: text} for the numbered paragraphs (and lettered sub-items) of one document."""
    text = (DATA / file_name).read_text(encoding="utf-8")
    if file_name.startswith("remja"):
        text = text.split("### I. CYBERCRIME", 1)[1]
    else:
        text = text.split("## CONCLUSIONS AND RECOMMENDATIONS OF REMJA-VII", 1)[0]
        text = text.split("following recommendations", 1)[1].split("\n", 1)[1]
    texts: dict[str, str] = {}
    current = None
    parent = None
    for line in (part.strip() for part in text.splitlines()):
        if not line:
            continue
        numbered = _NUMBERED.match(line)
        lettered = _LETTERED.match(line)
        if numbered:
            parent = current = numbered.group(1)
            texts[current] = numbered.group(2)
        elif lettered and parent:
            current = parent + lettered.group(1)
            texts[current] = lettered.group(2)
        elif current:
            texts[current] += "\n\n" + line
    return texts


def seed(apps) -> None:
    """Create or update the meetings, documents and recommendations (idempotent)."""
    Meeting = apps.get_model("recommendations", "Meeting")
    MeetingDocument = apps.get_model("recommendations", "MeetingDocument")
    Recommendation = apps.get_model("recommendations", "Recommendation")
    meetings = {}
    for kind, number, names, held_on, places in MEETINGS:
        defaults = {"held_on": held_on, "name": names[0], "place": places[0]}
        for lang, name, place in zip(("en", "es", "pt", "fr"), names, places, strict=True):
            defaults[f"name_{lang}"] = name
            defaults[f"place_{lang}"] = place
        meetings[(kind, number)], _ = Meeting.objects.update_or_create(kind=kind, number=number, defaults=defaults)
    for meeting_key, symbol, titles, issued_on, file_name in DOCUMENTS:
        defaults = {"meeting": meetings[meeting_key], "issued_on": issued_on, "language": "en", "title": titles[0]}
        for lang, title in zip(("en", "es", "pt", "fr"), titles, strict=True):
            defaults[f"title_{lang}"] = title
        document, _ = MeetingDocument.objects.update_or_create(symbol=symbol, defaults=defaults)
        texts = official_texts(file_name)
        for position, (number, topic, addressee, derivation, short_titles) in enumerate(RECOMMENDATIONS[symbol], 1):
            defaults = {"position": position, "topic": topic, "addressee": addressee, "derivation": derivation,
                        "text": texts[number], "short_title": short_titles[0]}
            for lang, title in zip(("en", "es", "pt", "fr"), short_titles, strict=True):
                defaults[f"short_title_{lang}"] = title
            Recommendation.objects.update_or_create(document=document, number=number, defaults=defaults)

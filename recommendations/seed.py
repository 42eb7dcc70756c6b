"""The REMJA-VII cybercrime conclusions and the CIBER-VII recommendations, seeded by migration 0002.

The official texts are read from the documents in `recommendations/data/` (copied from the
secretariat's files) and quoted as adopted. What the portal adds to them (the meetings, each
document's symbol and titles, and each recommendation's topic, addressee, derivation and short
title in four languages) is `recommendations/data/remja-vii.json`.
"""

import json
import re
from datetime import date
from pathlib import Path

DATA = Path(__file__).resolve().parent / "data"
LANGUAGES = ("en", "es", "pt", "fr")

_NUMBERED = re.compile(r"^(\d+)\.\s+(.*)$")
_LETTERED = re.compile(r"^-\s+([a-z])\.\s+(.*)$")


def meetings() -> list[dict]:
    """The meetings, each with its documents, each with its recommendations (the JSON file)."""
    return json.loads((DATA / "remja-vii.json").read_text(encoding="utf-8"))["meetings"]


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


def _translated(field: str, texts: dict[str, str]) -> dict[str, str]:
    """The field (English) and its four language columns, from {language: text}."""
    return {field: texts["en"]} | {f"{field}_{lang}": texts[lang] for lang in LANGUAGES}


def seed(apps) -> None:
    """Create or update the meetings, documents and recommendations (idempotent)."""
    Meeting = apps.get_model("recommendations", "Meeting")
    MeetingDocument = apps.get_model("recommendations", "MeetingDocument")
    Recommendation = apps.get_model("recommendations", "Recommendation")
    for meeting_data in meetings():
        meeting, _ = Meeting.objects.update_or_create(
            kind=meeting_data["kind"],
            number=meeting_data["number"],
            defaults={
                "held_on": date.fromisoformat(meeting_data["held_on"]),
                **_translated("name", meeting_data["name"]),
                **_translated("place", meeting_data["place"]),
            },
        )
        for document_data in meeting_data["documents"]:
            document, _ = MeetingDocument.objects.update_or_create(
                symbol=document_data["symbol"],
                defaults={
                    "meeting": meeting,
                    "issued_on": date.fromisoformat(document_data["issued_on"]),
                    "language": "en",
                    **_translated("title", document_data["title"]),
                },
            )
            texts = official_texts(document_data["file"])
            for position, entry in enumerate(document_data["recommendations"], 1):
                Recommendation.objects.update_or_create(
                    document=document,
                    number=entry["number"],
                    defaults={
                        "position": position,
                        "topic": entry["topic"],
                        "addressee": entry["addressee"],
                        "derivation": entry["derivation"],
                        "text": texts[entry["number"]],
                        **_translated("short_title", entry["short_title"]),
                    },
                )

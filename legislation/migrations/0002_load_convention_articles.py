"""Seed the Convention articles: the Budapest Convention's articles 2–35 (portal/data) and the
2024 UN Convention against Cybercrime's articles 7–52 (legislation/data), with titles and
sections in the four languages."""

import csv
from pathlib import Path

from django.db import migrations

PORTAL_DATA = Path(__file__).resolve().parents[2] / "portal" / "data"
DATA = Path(__file__).resolve().parents[1] / "data"
ASPECTS = {"substantive": "substantive", "procedural": "procedural", "international cooperation": "cooperation",
           "cooperation": "cooperation"}
LANGS = ("en", "es", "pt", "fr")


def _read(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _sections(path: Path) -> dict[str, dict]:
    return {row["section_en"]: row for row in _read(path)}


def _save(ConventionArticle, *, instrument, prefix, number, aspect, titles, section_row):
    defaults = {"instrument": instrument, "number": number, "aspect": ASPECTS[aspect.strip().lower()]}
    for lang in LANGS:
        defaults[f"title_{lang}"] = titles[lang]
        defaults[f"section_{lang}"] = section_row[f"section_{lang}"]
    defaults["title"] = titles["en"]
    defaults["section"] = section_row["section_en"]
    ConventionArticle.objects.update_or_create(slug=f"{prefix}-{number}", defaults=defaults)


def load_articles(apps, schema_editor):
    ConventionArticle = apps.get_model("legislation", "ConventionArticle")

    sections = _sections(DATA / "budapest_convention_sections.csv")
    translations = {row["article"]: row for row in _read(DATA / "budapest_convention_translations.csv")}
    for row in _read(PORTAL_DATA / "budapest_convention_articles.csv"):
        other = translations[row["article"]]
        titles = {"en": row["title_en"], "es": other["title_es"], "pt": other["title_pt"], "fr": other["title_fr"]}
        _save(ConventionArticle, instrument="budapest", prefix="budapest", number=int(row["article"]),
              aspect=row["aspect"], titles=titles, section_row=sections[row["section"]])

    sections = _sections(DATA / "un_convention_sections.csv")
    for row in _read(DATA / "un_convention_articles.csv"):
        titles = {lang: row[f"title_{lang}"] for lang in LANGS}
        _save(ConventionArticle, instrument="un", prefix="un", number=int(row["article"]),
              aspect=row["aspect"], titles=titles, section_row=sections[row["section_en"]])


class Migration(migrations.Migration):
    dependencies = [("legislation", "0001_initial")]

    operations = [migrations.RunPython(load_articles, migrations.RunPython.noop)]

"""Load the 35 OAS member states from portal/data/oas_member_states.csv."""

import csv
from pathlib import Path

from django.db import migrations

DATA = Path(__file__).resolve().parent.parent / "data" / "oas_member_states.csv"
SUBREGIONS = {
    "North America": "north-america",
    "Central America": "central-america",
    "Caribbean": "caribbean",
    "South America": "south-america",
}


def load_countries(apps, schema_editor):
    Country = apps.get_model("portal", "Country")
    with DATA.open(encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            Country.objects.update_or_create(
                iso2=row["iso2"].strip().upper(),
                defaults={
                    "name": row["name_en"],
                    "name_en": row["name_en"],
                    "name_es": row["name_es"],
                    "name_pt": row["name_pt"],
                    "name_fr": row["name_fr"],
                    "subregion": SUBREGIONS[row["subregion"]],
                    "note": row["note"],
                },
            )


class Migration(migrations.Migration):
    dependencies = [("portal", "0001_initial")]

    operations = [migrations.RunPython(load_countries, migrations.RunPython.noop)]

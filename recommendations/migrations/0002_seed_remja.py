"""Seed the REMJA-VII cybercrime conclusions and the CIBER-VII recommendations (recommendations/seed.py)."""

from django.db import migrations


def seed(apps, schema_editor):
    from recommendations.seed import seed as seed_documents

    seed_documents(apps)


class Migration(migrations.Migration):
    dependencies = [("recommendations", "0001_initial")]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]

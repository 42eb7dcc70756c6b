"""The country's participation note in four languages (modeltranslation), seeded for the two
states whose participation in the OAS differs (see ../shared/data/oas_member_states.csv).
"""

from django.db import migrations, models


NOTES = {
    "CU": {
        "en": "A member state that has not taken part in OAS activities since 1962.",
        "es": "Estado miembro que no participa en las actividades de la OEA desde 1962.",
        "pt": "Estado membro que não participa das atividades da OEA desde 1962.",
        "fr": "État membre qui ne participe plus aux activités de l'OEA depuis 1962.",
    },
    "NI": {
        "en": "Its withdrawal from the OAS (denunciation of the Charter) took effect in November 2023.",
        "es": "Su retiro de la OEA (denuncia de la Carta) surtió efecto en noviembre de 2023.",
        "pt": "Sua retirada da OEA (denúncia da Carta) produziu efeito em novembro de 2023.",
        "fr": "Son retrait de l'OEA (dénonciation de la Charte) a pris effet en novembre 2023.",
    },
}


def seed_notes(apps, schema_editor):
    Country = apps.get_model("portal", "Country")
    for country in Country.objects.all():
        notes = NOTES.get(country.iso2)
        if notes is None:
            # Any other note stays, in English, as the default language's text.
            if country.note:
                country.note_en = country.note
                country.save(update_fields=["note_en"])
            continue
        country.note = notes["en"]
        for language, text in notes.items():
            setattr(country, f"note_{language}", text)
        country.save(update_fields=["note", "note_en", "note_es", "note_pt", "note_fr"])


class Migration(migrations.Migration):

    dependencies = [
        ('portal', '0002_load_countries'),
    ]

    operations = [
        migrations.AddField(
            model_name='country',
            name='note_en',
            field=models.CharField(blank=True, help_text="Where the state's participation in the OAS differs.", max_length=200, null=True, verbose_name='note'),
        ),
        migrations.AddField(
            model_name='country',
            name='note_es',
            field=models.CharField(blank=True, help_text="Where the state's participation in the OAS differs.", max_length=200, null=True, verbose_name='note'),
        ),
        migrations.AddField(
            model_name='country',
            name='note_fr',
            field=models.CharField(blank=True, help_text="Where the state's participation in the OAS differs.", max_length=200, null=True, verbose_name='note'),
        ),
        migrations.AddField(
            model_name='country',
            name='note_pt',
            field=models.CharField(blank=True, help_text="Where the state's participation in the OAS differs.", max_length=200, null=True, verbose_name='note'),
        ),
        migrations.RunPython(seed_notes, migrations.RunPython.noop),
    ]

from django.db import migrations, models


def record_failing_since(apps, schema_editor):
    """Units already recorded as broken: the best known start is the check that found it."""
    NationalUnit = apps.get_model("contacts", "NationalUnit")
    NationalUnit.objects.filter(link_ok=False, link_failing_since__isnull=True).update(
        link_failing_since=models.F("link_checked_at")
    )


class Migration(migrations.Migration):

    dependencies = [
        ('contacts', '0002_unaccent_search'),
    ]

    operations = [
        migrations.AddField(
            model_name='historicalnationalunit',
            name='link_failing_since',
            field=models.DateTimeField(blank=True, help_text='When the link check first found a public address not working (cleared when it works again).', null=True, verbose_name='links failing since'),
        ),
        migrations.AddField(
            model_name='nationalunit',
            name='link_failing_since',
            field=models.DateTimeField(blank=True, help_text='When the link check first found a public address not working (cleared when it works again).', null=True, verbose_name='links failing since'),
        ),
        migrations.RunPython(record_failing_since, migrations.RunPython.noop),
    ]

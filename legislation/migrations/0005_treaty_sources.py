"""Treaty status with sources: statuses `not_signed` and `unknown` ("not confirmed"), a precision for
every date, the sources and their as-of date, reservations and declarations as entries of their
own (TreatyReservation), and the relaxed rules the real data needs (a party whose deposit date
is not known, a signature whose date is not known).

Old entries move across: status `none` becomes `not_signed`; the old free-text reservations and
designated authorities become one TreatyReservation entry each. The real data is loaded by
`manage.py load_treaty_status` (which `seed_demo` runs), not here.
"""

import django.contrib.postgres.fields
import django.db.models.deletion
import simple_history.models
from django.conf import settings
from django.db import migrations, models


# The old text columns are read and written in SQL: in this migration's model states the name
# `reservations` is both the old column and the new entries' related name.

def move_old_statuses(apps, schema_editor):
    # The reservations written below must not leave pending foreign-key checks before the
    # columns are dropped in the same transaction.
    schema_editor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    TreatyStatus = apps.get_model("legislation", "TreatyStatus")
    HistoricalTreatyStatus = apps.get_model("legislation", "HistoricalTreatyStatus")
    TreatyReservation = apps.get_model("legislation", "TreatyReservation")
    TreatyStatus.objects.filter(status="none").update(status="not_signed")
    HistoricalTreatyStatus.objects.filter(status="none").update(status="not_signed")
    with schema_editor.connection.cursor() as cursor:
        cursor.execute(
            "SELECT id, reservations, authorities FROM legislation_treatystatus "
            "WHERE reservations <> '' OR authorities <> '' ORDER BY id"
        )
        rows = cursor.fetchall()
    for entry_id, reservations, authorities in rows:
        position = 0
        for kind, text in (("reservation", reservations), ("notification", authorities)):
            text = (text or "").strip()
            if text:
                position += 1
                TreatyReservation.objects.create(
                    treaty_status_id=entry_id, kind=kind, text_en=text[:500], position=position
                )


RESTORE_SQL = {
    "reservations": "UPDATE legislation_treatystatus SET reservations = %s WHERE id = %s",
    "authorities": "UPDATE legislation_treatystatus SET authorities = %s WHERE id = %s",
}


def restore_old_statuses(apps, schema_editor):
    schema_editor.execute("SET CONSTRAINTS ALL IMMEDIATE")
    TreatyStatus = apps.get_model("legislation", "TreatyStatus")
    HistoricalTreatyStatus = apps.get_model("legislation", "HistoricalTreatyStatus")
    TreatyReservation = apps.get_model("legislation", "TreatyReservation")
    texts = {}
    for reservation in TreatyReservation.objects.order_by("treaty_status_id", "position", "id"):
        column = "authorities" if reservation.kind == "notification" else "reservations"
        texts.setdefault((reservation.treaty_status_id, column), []).append(reservation.text_en)
    with schema_editor.connection.cursor() as cursor:
        for (entry_id, column), parts in texts.items():
            cursor.execute(RESTORE_SQL[column], ["\n".join(parts), entry_id])
    # Statuses the old model did not know fall back to "none"; dates it required are lost.
    TreatyStatus.objects.filter(status__in=["not_signed", "unknown"]).update(status="none")
    HistoricalTreatyStatus.objects.filter(status__in=["not_signed", "unknown"]).update(status="none")
    TreatyStatus.objects.filter(status="party", ratified_on__isnull=True).update(status="none", in_force_on=None)
    TreatyStatus.objects.filter(status="signed", signed_on__isnull=True).update(status="none")


class Migration(migrations.Migration):

    dependencies = [
        ('legislation', '0004_data_stamp'),
        ('portal', '0003_country_note_translations'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='HistoricalTreatyReservation',
            fields=[
                ('id', models.BigIntegerField(auto_created=True, blank=True, db_index=True, verbose_name='ID')),
                ('kind', models.CharField(choices=[('reservation', 'Reservation'), ('declaration', 'Declaration'), ('withdrawal', 'Withdrawal'), ('notification', 'Notification')], max_length=12, verbose_name='kind')),
                ('article', models.CharField(blank=True, help_text='For example 29.4 or 24(7); empty when not known.', max_length=40, verbose_name='article')),
                ('text_en', models.CharField(max_length=500, verbose_name='short text (English)')),
                ('text_es', models.CharField(blank=True, max_length=500, verbose_name='short text (Spanish)')),
                ('text_pt', models.CharField(blank=True, max_length=500, verbose_name='short text (Portuguese)')),
                ('text_fr', models.CharField(blank=True, max_length=500, verbose_name='short text (French)')),
                ('dated', models.DateField(blank=True, null=True, verbose_name='dated')),
                ('source_url', models.URLField(blank=True, max_length=2000, verbose_name='source')),
                ('position', models.PositiveSmallIntegerField(default=0, verbose_name='order')),
                ('history_id', models.AutoField(primary_key=True, serialize=False)),
                ('history_date', models.DateTimeField(db_index=True)),
                ('history_change_reason', models.CharField(max_length=100, null=True)),
                ('history_type', models.CharField(choices=[('+', 'Created'), ('~', 'Changed'), ('-', 'Deleted')], max_length=1)),
            ],
            options={
                'verbose_name': 'historical reservation or declaration',
                'verbose_name_plural': 'historical reservations and declarations',
                'ordering': ('-history_date', '-history_id'),
                'get_latest_by': ('history_date', 'history_id'),
            },
            bases=(simple_history.models.HistoricalChanges, models.Model),
        ),
        migrations.CreateModel(
            name='TreatyReservation',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('kind', models.CharField(choices=[('reservation', 'Reservation'), ('declaration', 'Declaration'), ('withdrawal', 'Withdrawal'), ('notification', 'Notification')], max_length=12, verbose_name='kind')),
                ('article', models.CharField(blank=True, help_text='For example 29.4 or 24(7); empty when not known.', max_length=40, verbose_name='article')),
                ('text_en', models.CharField(max_length=500, verbose_name='short text (English)')),
                ('text_es', models.CharField(blank=True, max_length=500, verbose_name='short text (Spanish)')),
                ('text_pt', models.CharField(blank=True, max_length=500, verbose_name='short text (Portuguese)')),
                ('text_fr', models.CharField(blank=True, max_length=500, verbose_name='short text (French)')),
                ('dated', models.DateField(blank=True, null=True, verbose_name='dated')),
                ('source_url', models.URLField(blank=True, max_length=2000, verbose_name='source')),
                ('position', models.PositiveSmallIntegerField(default=0, verbose_name='order')),
            ],
            options={
                'verbose_name': 'reservation or declaration',
                'verbose_name_plural': 'reservations and declarations',
                'ordering': ['treaty_status_id', 'position', 'id'],
            },
        ),
        migrations.RemoveConstraint(
            model_name='treatystatus',
            name='treatystatus_party_has_date',
        ),
        migrations.RemoveConstraint(
            model_name='treatystatus',
            name='treatystatus_signed_has_date',
        ),
        migrations.RemoveConstraint(
            model_name='treatystatus',
            name='treatystatus_status_known',
        ),
        migrations.RemoveField(
            model_name='historicaltreatystatus',
            name='authorities',
        ),
        migrations.RemoveField(
            model_name='historicaltreatystatus',
            name='reservations',
        ),
        migrations.AddField(
            model_name='historicaltreatystatus',
            name='in_force_precision',
            field=models.CharField(choices=[('day', 'day'), ('month', 'month'), ('year', 'year')], default='day', max_length=5, verbose_name='entry-into-force date precision'),
        ),
        migrations.AddField(
            model_name='historicaltreatystatus',
            name='invited_precision',
            field=models.CharField(choices=[('day', 'day'), ('month', 'month'), ('year', 'year')], default='day', max_length=5, verbose_name='invitation date precision'),
        ),
        migrations.AddField(
            model_name='historicaltreatystatus',
            name='ratified_precision',
            field=models.CharField(choices=[('day', 'day'), ('month', 'month'), ('year', 'year')], default='day', max_length=5, verbose_name='deposit date precision'),
        ),
        migrations.AddField(
            model_name='historicaltreatystatus',
            name='signed_precision',
            field=models.CharField(choices=[('day', 'day'), ('month', 'month'), ('year', 'year')], default='day', max_length=5, verbose_name='signature date precision'),
        ),
        migrations.AddField(
            model_name='historicaltreatystatus',
            name='source_as_of',
            field=models.DateField(blank=True, help_text='The date the source was current.', null=True, verbose_name='source as of'),
        ),
        migrations.AddField(
            model_name='historicaltreatystatus',
            name='source_as_of_precision',
            field=models.CharField(choices=[('day', 'day'), ('month', 'month'), ('year', 'year')], default='day', max_length=5, verbose_name='source date precision'),
        ),
        migrations.AddField(
            model_name='historicaltreatystatus',
            name='source_urls',
            field=django.contrib.postgres.fields.ArrayField(base_field=models.URLField(max_length=2000), blank=True, default=list, help_text='The pages that establish this status, one per line.', verbose_name='sources'),
        ),
        migrations.AddField(
            model_name='treatystatus',
            name='in_force_precision',
            field=models.CharField(choices=[('day', 'day'), ('month', 'month'), ('year', 'year')], default='day', max_length=5, verbose_name='entry-into-force date precision'),
        ),
        migrations.AddField(
            model_name='treatystatus',
            name='invited_precision',
            field=models.CharField(choices=[('day', 'day'), ('month', 'month'), ('year', 'year')], default='day', max_length=5, verbose_name='invitation date precision'),
        ),
        migrations.AddField(
            model_name='treatystatus',
            name='ratified_precision',
            field=models.CharField(choices=[('day', 'day'), ('month', 'month'), ('year', 'year')], default='day', max_length=5, verbose_name='deposit date precision'),
        ),
        migrations.AddField(
            model_name='treatystatus',
            name='signed_precision',
            field=models.CharField(choices=[('day', 'day'), ('month', 'month'), ('year', 'year')], default='day', max_length=5, verbose_name='signature date precision'),
        ),
        migrations.AddField(
            model_name='treatystatus',
            name='source_as_of',
            field=models.DateField(blank=True, help_text='The date the source was current.', null=True, verbose_name='source as of'),
        ),
        migrations.AddField(
            model_name='treatystatus',
            name='source_as_of_precision',
            field=models.CharField(choices=[('day', 'day'), ('month', 'month'), ('year', 'year')], default='day', max_length=5, verbose_name='source date precision'),
        ),
        migrations.AddField(
            model_name='treatystatus',
            name='source_urls',
            field=django.contrib.postgres.fields.ArrayField(base_field=models.URLField(max_length=2000), blank=True, default=list, help_text='The pages that establish this status, one per line.', verbose_name='sources'),
        ),
        migrations.AlterField(
            model_name='historicaltreatystatus',
            name='status',
            field=models.CharField(choices=[('party', 'Party'), ('signed', 'Signed'), ('invited', 'Invited to accede'), ('not_signed', 'Not signed'), ('unknown', 'Not confirmed')], default='unknown', max_length=10, verbose_name='status'),
        ),
        migrations.AlterField(
            model_name='treatystatus',
            name='status',
            field=models.CharField(choices=[('party', 'Party'), ('signed', 'Signed'), ('invited', 'Invited to accede'), ('not_signed', 'Not signed'), ('unknown', 'Not confirmed')], default='unknown', max_length=10, verbose_name='status'),
        ),
        migrations.AddConstraint(
            model_name='treatystatus',
            constraint=models.CheckConstraint(condition=models.Q(('invited_on__isnull', True), ('invited_precision', 'day'), models.Q(('invited_on__day', 1), ('invited_precision', 'month')), models.Q(('invited_on__day', 1), ('invited_on__month', 1), ('invited_precision', 'year')), _connector='OR'), name='treatystatus_invited_precision'),
        ),
        migrations.AddConstraint(
            model_name='treatystatus',
            constraint=models.CheckConstraint(condition=models.Q(('signed_on__isnull', True), ('signed_precision', 'day'), models.Q(('signed_on__day', 1), ('signed_precision', 'month')), models.Q(('signed_on__day', 1), ('signed_on__month', 1), ('signed_precision', 'year')), _connector='OR'), name='treatystatus_signed_precision'),
        ),
        migrations.AddConstraint(
            model_name='treatystatus',
            constraint=models.CheckConstraint(condition=models.Q(('ratified_on__isnull', True), ('ratified_precision', 'day'), models.Q(('ratified_on__day', 1), ('ratified_precision', 'month')), models.Q(('ratified_on__day', 1), ('ratified_on__month', 1), ('ratified_precision', 'year')), _connector='OR'), name='treatystatus_ratified_precision'),
        ),
        migrations.AddConstraint(
            model_name='treatystatus',
            constraint=models.CheckConstraint(condition=models.Q(('in_force_on__isnull', True), ('in_force_precision', 'day'), models.Q(('in_force_on__day', 1), ('in_force_precision', 'month')), models.Q(('in_force_on__day', 1), ('in_force_on__month', 1), ('in_force_precision', 'year')), _connector='OR'), name='treatystatus_in_force_precision'),
        ),
        migrations.AddConstraint(
            model_name='treatystatus',
            constraint=models.CheckConstraint(condition=models.Q(('source_as_of__isnull', True), ('source_as_of_precision', 'day'), models.Q(('source_as_of__day', 1), ('source_as_of_precision', 'month')), models.Q(('source_as_of__day', 1), ('source_as_of__month', 1), ('source_as_of_precision', 'year')), _connector='OR'), name='treatystatus_source_as_of_precision'),
        ),
        migrations.AddField(
            model_name='historicaltreatyreservation',
            name='history_user',
            field=models.ForeignKey(null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL),
        ),
        migrations.AddField(
            model_name='historicaltreatyreservation',
            name='treaty_status',
            field=models.ForeignKey(blank=True, db_constraint=False, null=True, on_delete=django.db.models.deletion.DO_NOTHING, related_name='+', to='legislation.treatystatus', verbose_name='treaty status'),
        ),
        migrations.AddField(
            model_name='treatyreservation',
            name='treaty_status',
            field=models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='reservations', to='legislation.treatystatus', verbose_name='treaty status'),
        ),
        migrations.RunPython(move_old_statuses, restore_old_statuses),
        migrations.AddConstraint(
            model_name='treatystatus',
            constraint=models.CheckConstraint(condition=models.Q(('status__in', ['party', 'signed', 'invited', 'not_signed', 'unknown'])), name='treatystatus_status_known'),
        ),
        migrations.RemoveField(
            model_name='treatystatus',
            name='authorities',
        ),
        migrations.RemoveField(
            model_name='treatystatus',
            name='reservations',
        ),
        migrations.AddConstraint(
            model_name='treatyreservation',
            constraint=models.CheckConstraint(condition=models.Q(('kind__in', ['reservation', 'declaration', 'withdrawal', 'notification'])), name='treatyreservation_kind_known'),
        ),
        migrations.AddConstraint(
            model_name='treatyreservation',
            constraint=models.CheckConstraint(condition=models.Q(('text_en', ''), _negated=True), name='treatyreservation_text_not_empty'),
        ),
    ]

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('content', '0002_good_practice_review'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.AddField(
            model_name='resource',
            name='issued_on',
            field=models.DateField(blank=True, help_text='Only when the document states it.', null=True, verbose_name='date of the document'),
        ),
        migrations.AddField(
            model_name='resource',
            name='symbol',
            field=models.CharField(blank=True, help_text="The document's symbol, as the issuing body gives it, e.g. CIBER-VII/doc.6/12 rev. 1.", max_length=80, verbose_name='official symbol'),
        ),
        migrations.CreateModel(
            name='ContactMessage',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('name', models.CharField(max_length=200, verbose_name='name')),
                ('email', models.EmailField(max_length=254, verbose_name='email address')),
                ('topic', models.CharField(choices=[('question', 'A question about the portal'), ('correction', 'A correction to a law, treaty status or unit'), ('access', 'Access for government experts'), ('privacy', 'My personal data'), ('other', 'Something else')], default='question', max_length=12, verbose_name='topic')),
                ('message', models.TextField(max_length=5000, verbose_name='message')),
                ('language', models.CharField(default='en', max_length=2, verbose_name='language')),
                ('created_at', models.DateTimeField(auto_now_add=True, db_index=True, verbose_name='received')),
                ('handled_at', models.DateTimeField(blank=True, null=True, verbose_name='answered')),
                ('handled_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='answered by')),
            ],
            options={
                'verbose_name': 'contact message',
                'verbose_name_plural': 'contact messages',
                'ordering': ['-created_at', '-pk'],
            },
        ),
    ]

from django.core.management.base import BaseCommand

from portal.content.models import BulletinItem, Event, GuidanceTopic, Resource


class Command(BaseCommand):
    help = "Recompute the stored full-text vectors of guidance, resources, bulletin items and events (after bulk loads)."

    def handle(self, *args, **options):
        for model in (GuidanceTopic, Resource, BulletinItem, Event):
            count = model.objects.all().refresh_search_vector()
            self.stdout.write(f"{model._meta.verbose_name_plural}: {count}")

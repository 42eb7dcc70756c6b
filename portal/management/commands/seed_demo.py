from importlib import import_module

from django.core.management.base import BaseCommand
from django.db import transaction

# Each capability adds its own demo data in `<app>/demo.py` with a `seed(stdout)` function;
# they run in this order (later ones use earlier ones' records).
DEMO_MODULES = ["portal.demo", "legislation.demo", "contacts.demo", "portal.content.demo", "workspaces.demo",
                "cooperation.demo", "recommendations.demo"]


class Command(BaseCommand):
    help = "Load the demo data (idempotent): users for each role and sample content. Marked as sample data on screen."

    def handle(self, *args, **options):
        for module_name in DEMO_MODULES:
            module = import_module(module_name)
            with transaction.atomic():
                module.seed(self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo data ready."))

from pathlib import Path

import polib
from django.apps import apps
from django.conf import settings
from django.core.management.base import BaseCommand

# Where an installed app ships only a regional variant of one of our languages (allauth has
# pt_BR and pt_PT but no pt), its entries are merged into our catalogue for that language, so
# the account pages are translated too. The project's own entries always win.
REGIONAL_FALLBACKS = {"pt": ["pt_BR", "pt_PT"], "es": ["es_ES", "es_MX"], "fr": ["fr_FR", "fr_CA"]}


class Command(BaseCommand):
    help = (
        "Compile the project's .po catalogues to .mo with polib, so no GNU gettext is needed on the "
        "machine (make run / make test call this)."
    )

    def handle(self, *args, **options):
        count = 0
        for locale_dir in settings.LOCALE_PATHS:
            for po_path in sorted(Path(locale_dir).glob("*/LC_MESSAGES/django.po")):
                language = po_path.parent.parent.name
                catalogue = polib.pofile(str(po_path))
                self._merge_regional_variants(catalogue, language)
                catalogue.save_as_mofile(str(po_path.with_suffix(".mo")))
                count += 1
        self.stdout.write(f"Compiled {count} catalogue(s).")

    def _merge_regional_variants(self, catalogue: polib.POFile, language: str) -> None:
        known = {(entry.msgctxt, entry.msgid) for entry in catalogue if entry.translated()}
        for app_config in apps.get_app_configs():
            app_locale = Path(app_config.path) / "locale"
            if not app_locale.is_dir() or (app_locale / language).is_dir():
                continue
            for variant in REGIONAL_FALLBACKS.get(language, []):
                po_path = app_locale / variant / "LC_MESSAGES" / "django.po"
                if not po_path.exists():
                    continue
                for entry in polib.pofile(str(po_path)):
                    if entry.translated() and not entry.obsolete and (entry.msgctxt, entry.msgid) not in known:
                        catalogue.append(entry)
                        known.add((entry.msgctxt, entry.msgid))
                break

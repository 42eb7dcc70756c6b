from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ContactsConfig(AppConfig):
    name = "contacts"
    verbose_name = _("Contacts")

    def ready(self):
        # The national units on a state's profile: legislation's extension point, so legislation never imports contacts.
        from contacts.queries import units_for_country
        from legislation import profile_sections

        profile_sections.register(profile_sections.ProfileSection(
            key="units", template="contacts/_profile_units.html", entries=units_for_country,
            head_template="contacts/_head.html",
        ))
        from contacts import waiting

        waiting.register_items()

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CooperationConfig(AppConfig):
    name = "cooperation"
    verbose_name = _("Electronic evidence")

    def ready(self):
        # Update requests cover fiches: contacts' extension point, so contacts never imports cooperation.
        from contacts import authorities, update_sections
        from cooperation.authorities import fiche_central_authorities
        from cooperation.drafting import checks  # noqa: F401  (registers the deploy check)
        from cooperation.update_section import FICHES

        update_sections.register(FICHES)
        # The directory's "whom to ask" for states without a point of contact: contacts' extension point.
        authorities.register(fiche_central_authorities)

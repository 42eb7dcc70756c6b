from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _


class Subregion(models.TextChoices):
    NORTH_AMERICA = "north-america", _("North America")
    CENTRAL_AMERICA = "central-america", _("Central America")
    CARIBBEAN = "caribbean", _("Caribbean")
    SOUTH_AMERICA = "south-america", _("South America")


class CountryQuerySet(models.QuerySet):
    def by_code(self, code: str):
        """The country for a lower- or upper-case ISO alpha-2 code (as used in URLs)."""
        return self.filter(iso2=(code or "").upper()[:2])


class Country(models.Model):
    """An OAS member state. Seeded by a migration; names are translated (modeltranslation)."""

    iso2 = models.CharField(_("ISO code"), max_length=2, primary_key=True)
    name = models.CharField(_("name"), max_length=100)
    subregion = models.CharField(_("sub-region"), max_length=20, choices=Subregion.choices)
    note = models.CharField(
        _("note"), max_length=200, blank=True, help_text=_("Where the state's participation in the OAS differs.")
    )

    objects = CountryQuerySet.as_manager()

    class Meta:
        verbose_name = _("country")
        verbose_name_plural = _("countries")
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(iso2__regex=r"^[A-Z]{2}$"), name="country_iso2_upper_alpha2"
            ),
        ]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("legislation:country_detail", args=[self.code])

    @property
    def code(self) -> str:
        """Lower-case code for URLs (`/countries/br/`)."""
        return self.iso2.lower()

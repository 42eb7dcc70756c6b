from functools import cache

from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils.encoding import force_str
from django.utils.translation import gettext_lazy as _
from modeltranslation.utils import build_localized_fieldname, get_language

# Accented letters that begin or fill country names in the four languages, and the letters they
# sort with. The databases the portal runs on may lack ICU collations, so names are compared on
# this folded form (lower case, accents removed): "Équateur" sorts among the E in French.
ACCENTED = "áàâäãéèêëíìîïóòôöõúùûüçñ"
FOLDED = "aaaaaeeeeiiiiooooouuuucn"


@cache
def _choice_labels(field) -> dict:
    return dict(field.flatchoices)


class ChoiceDisplayMixin:
    """`get_FOO_display()` without Django's hashing of every choice label on each call.

    Django's version makes each (lazy, translated) label hashable per call, translating them all;
    a list of 25 rows showing two choice fields cost hundreds of translations. Here the labels
    are looked up in a dict built once per field and translated once, when shown.
    """

    def _get_FIELD_display(self, field):
        value = getattr(self, field.attname)
        try:
            label = _choice_labels(field).get(value, value)
        except TypeError:  # an unhashable value: Django's own way copes with it
            return super()._get_FIELD_display(field)
        return force_str(label, strings_only=True)


class Subregion(models.TextChoices):
    NORTH_AMERICA = "north-america", _("North America")
    CENTRAL_AMERICA = "central-america", _("Central America")
    CARIBBEAN = "caribbean", _("Caribbean")
    SOUTH_AMERICA = "south-america", _("South America")


class CountryQuerySet(models.QuerySet):
    def by_code(self, code: str):
        """The country for a lower- or upper-case ISO alpha-2 code (as used in URLs)."""
        return self.filter(iso2=(code or "").upper()[:2])

    def in_name_order(self):
        """Ordered by name in the active language, as a reader of that language expects."""
        field = build_localized_fieldname("name", get_language())
        folded = models.Func(
            Lower(models.F(field)), models.Value(ACCENTED), models.Value(FOLDED), function="translate",
            output_field=models.CharField(),
        )
        return self.order_by(folded, "iso2")


class CountryManager(models.Manager.from_queryset(CountryQuerySet)):
    def get_queryset(self):
        return super().get_queryset().in_name_order()


class Country(models.Model):
    """An OAS member state. Seeded by a migration; names are translated (modeltranslation)."""

    iso2 = models.CharField(_("ISO code"), max_length=2, primary_key=True)
    name = models.CharField(_("name"), max_length=100)
    subregion = models.CharField(_("sub-region"), max_length=20, choices=Subregion.choices)
    note = models.CharField(
        _("note"), max_length=200, blank=True, help_text=_("Where the state's participation in the OAS differs.")
    )

    objects = CountryManager()

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

"""The measures and fiches admin lists cost the same number of queries for 2 rows as for 10
(CONTRIBUTING: every list page's query count at two sizes), for the secretariat and, for the
fiches, a focal point (whose list is limited to their country)."""

import pytest
from django.urls import reverse

from cooperation.models import Measure
from portal.models import Country
from tests.contacts.factories import make_unit
from tests.cooperation.factories import make_fiche

pytestmark = pytest.mark.django_db


def test_measures(as_persona, constant_changelist):
    client, _user = as_persona("secretariat")
    constant_changelist(client, reverse("admin:cooperation_measure_changelist"), lambda n: Measure.objects.create(
        slug=f"measure-{n}", position=50 + n, name_en=f"Measure {n}", name=f"Measure {n}", description="What it is."))


def test_fiches_for_the_secretariat(as_persona, constant_changelist):
    client, _user = as_persona("secretariat")
    codes = list(Country.objects.order_by("iso2").values_list("iso2", flat=True)[:10])
    constant_changelist(client, reverse("admin:cooperation_fiche_changelist"), lambda n: make_fiche(
        codes[n], authority=make_unit(codes[n]), exists_in_law="yes", channels=["24-7"]))


def test_fiches_for_a_focal_point(as_persona, constant_changelist):
    """Argentina's fiches, one per measure, each naming the authority that executes requests."""
    client, _user = as_persona("staff_focal_ar")
    slugs = list(Measure.objects.values_list("slug", flat=True))
    constant_changelist(client, reverse("admin:cooperation_fiche_changelist"), lambda n: make_fiche(
        "AR", slugs[n], authority=make_unit("AR", f"Unit {n}"), exists_in_law="yes"), many=len(slugs))

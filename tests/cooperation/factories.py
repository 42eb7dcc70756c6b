"""Fiches for the cooperation tests (the measures are seeded by migration)."""

from datetime import timedelta

from django.utils import timezone

from cooperation.models import Fiche, Measure
from portal.models import Country


def measure(slug: str = "preservation") -> Measure:
    return Measure.objects.get(slug=slug)


def make_fiche(country: str = "AR", slug: str = "preservation", **fields) -> Fiche:
    fields.setdefault("last_verified_at", timezone.now() - timedelta(days=10))
    return Fiche.objects.create(country=Country.objects.get(iso2=country), measure=measure(slug), **fields)


def make_fiches(countries, slugs=None) -> list[Fiche]:
    """One fiche per state × measure (all measures unless `slugs`)."""
    measures = Measure.objects.filter(slug__in=slugs) if slugs else Measure.objects.all()
    return Fiche.objects.bulk_create([
        Fiche(country_id=code, measure=m, channels=["24-7"], exists_in_law="yes", last_verified_at=timezone.now())
        for code in countries for m in measures
    ])

"""A tiny URLconf for the page-cache tests: one public page that lists the countries."""

from django.http import HttpResponse
from django.urls import path

from portal import urls as portal_urls
from portal.models import Country


def country_names(request):
    return HttpResponse(", ".join(Country.objects.order_by("iso2").values_list("name_en", flat=True)))


urlpatterns = [
    path("en/countries-test/", country_names),
    path("en/me/countries-test/", country_names),
    *portal_urls.urlpatterns,
]

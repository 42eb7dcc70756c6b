from django.shortcuts import render
from django.views.decorators.http import require_safe

from portal.models import Country


@require_safe
def home(request):
    """The front page: search, the member states, and the way in for experts."""
    countries = Country.objects.all()
    return render(request, "portal/home.html", {"countries": countries})

from django.urls import include, path
from drf_spectacular.views import SpectacularAPIView

import contacts.api  # noqa: E402,F401

# Importing each app's api module registers its viewsets on the router.
import legislation.api  # noqa: E402,F401
from portal.api import router

app_name = "api"

urlpatterns = [
    path("schema/", SpectacularAPIView.as_view(api_version="v1"), name="schema"),
    path("", include(router.urls)),
]

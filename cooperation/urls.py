from django.urls import path, re_path

from cooperation import views
from cooperation.drafting.urls import urlpatterns as drafting_urlpatterns

app_name = "cooperation"

urlpatterns = [
    path("evidence/", views.overview, name="overview"),
    re_path(r"^evidence/export\.(?P<fmt>csv|json)$", views.export, name="export"),
    path("evidence/<str:code>/", views.country_fiches, name="country"),
    path("evidence/<str:code>/<slug:measure>/", views.fiche_detail, name="fiche_detail"),
    path("evidence/<str:code>/<slug:measure>/correct/", views.fiche_correct, name="fiche_correct"),
    path("channels/", views.channels, name="channels"),
    *drafting_urlpatterns,
]

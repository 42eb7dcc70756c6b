from django.urls import path

from portal.accounts import views

app_name = "accounts"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("expert-access/", views.request_access, name="request_access"),
    path("expert-access/official-email/<str:token>/", views.verify_official_email, name="verify_official_email"),
    path("expert-access/official-email-link/", views.resend_official_email, name="resend_official_email"),
]

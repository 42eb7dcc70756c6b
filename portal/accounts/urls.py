from django.urls import path

from portal.accounts import views

app_name = "accounts"

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
    path("expert-access/", views.request_access, name="request_access"),
]

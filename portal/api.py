"""The read-only open-data API under /api/v1/. Apps register their viewsets on `router`."""

from rest_framework.routers import DefaultRouter

router = DefaultRouter()

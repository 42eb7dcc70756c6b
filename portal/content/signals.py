"""Signals the public content sends to the apps that feed it."""

from django.dispatch import Signal

# A good practice's draft copy went public: resource, by. Workspaces mark their practice published.
good_practice_published = Signal()

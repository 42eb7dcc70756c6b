from django.conf import settings


def portal(request):
    """Site-wide template values. Must not touch the database (the 503 page uses it)."""
    return {
        "site_name": "Inter-American Cooperation Portal on Cyber-Crime",
        "languages": settings.LANGUAGES,
    }

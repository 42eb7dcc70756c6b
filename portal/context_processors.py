from django.conf import settings


def portal(request):
    """Site-wide template values. Must not touch the database (the 503 page uses it)."""
    return {
        "site_name": "Inter-American Cooperation Portal on Cyber-Crime",
        "languages": settings.LANGUAGES,
        # Absolute links come from SITE_URL, never from the request's Host header.
        "site_url": settings.SITE_URL,
    }

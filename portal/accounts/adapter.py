from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.urls import translate_url


class AccountAdapter(DefaultAccountAdapter):
    """allauth's adapter with the portal's absolute site URL in emails."""

    def get_email_confirmation_url(self, request, emailconfirmation):
        url = super().get_email_confirmation_url(request, emailconfirmation)
        if request is None and url.startswith("/"):
            return settings.SITE_URL + url
        return url

    def get_login_redirect_url(self, request):
        """After sign-in, continue in the language the user chose last time."""
        url = super().get_login_redirect_url(request)
        language = getattr(request.user, "preferred_language", "")
        if language and url.startswith("/"):
            return translate_url(url, language)
        return url

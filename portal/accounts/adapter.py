from urllib.parse import quote

from allauth.account.adapter import DefaultAccountAdapter
from allauth.core import context as allauth_context
from django.core.exceptions import PermissionDenied
from django.urls import reverse, translate_url
from django.utils.translation import gettext

from portal.emails import absolute_url, email_queue_message, site_identity
from portal.infra.client_ip import client_ip


class AccountAdapter(DefaultAccountAdapter):
    """allauth's adapter, made independent of the request's Host header.

    Email links come from SITE_URL; the failed sign-in limit is keyed on the account alone; the
    client address follows the portal's trusted-proxy rule (portal/infra/client_ip.py).
    """

    def get_email_confirmation_url(self, request, emailconfirmation):
        return absolute_url(reverse("account_confirm_email", args=[emailconfirmation.key]))

    def get_reset_password_from_key_url(self, key):
        path = reverse("account_reset_password_from_key", kwargs={"uidb36": "UID", "key": "KEY"})
        return absolute_url(path.replace("UID-KEY", quote(key)))

    def send_mail(self, template_prefix, email, context):
        """Queue allauth's email; every link in it (`*_url`) and the site it names use SITE_URL."""
        context = {
            "request": allauth_context.request,
            "email": email,
            **context,
            "current_site": site_identity(gettext("OAS Cyber-Crime Portal")),
            **{key: absolute_url(value) for key, value in context.items() if key.endswith("_url") and value},
        }
        # Rendered now, in the reader's language; sent by the worker (portal/emails.py).
        email_queue_message(self.render_mail(template_prefix, email, context), template=template_prefix)

    def _get_login_attempts_cache_key(self, request, **credentials):
        # allauth keys this limit on "<request host>:<login>", so the same account could be tried
        # five more times through every other allowed host name or port. The account alone.
        return credentials.get("email", credentials.get("username", "")).strip().lower()

    def get_client_ip(self, request):
        ip = client_ip(request)
        if not ip:
            raise PermissionDenied("Unable to determine client IP address")
        return ip

    def get_login_redirect_url(self, request):
        """After sign-in, continue in the language the user chose last time."""
        url = super().get_login_redirect_url(request)
        language = getattr(request.user, "preferred_language", "")
        if language and url.startswith("/"):
            return translate_url(url, language)
        return url

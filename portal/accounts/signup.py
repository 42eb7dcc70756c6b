"""allauth's sign-up form, made to cost the same for a new and an already registered address.

With ACCOUNT_PREVENT_ENUMERATION allauth answers both the same way ("we sent you an email")
and sends one email either way (a confirmation link, or "you already have an account"). But
only a new address hashes the password to create the account: an argon2 hash of a few hundred
milliseconds, so the answer's delay told whether an address was registered. The registered
path hashes the submitted password too, and throws the hash away.

Its own module: allauth's SignupForm is built on ACCOUNT_SIGNUP_FORM_CLASS (forms.SignupForm),
so it cannot live in forms.py.
"""

from allauth.account.forms import SignupForm as AllauthSignupForm
from django.contrib.auth.hashers import make_password


class SignupForm(AllauthSignupForm):
    def try_save(self, request):
        if self.account_already_exists:
            # The work `User.set_password` does for a new account (same hasher, same cost).
            make_password(self.cleaned_data.get("password1") or "")
        return super().try_save(request)

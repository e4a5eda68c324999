"""Overlap's settings: one module, read from the environment.

Every variable is listed in the README's table. Helpers fail loudly on bad values so a
typo in production stops start-up instead of quietly running with a default.
"""

import os
from pathlib import Path
from typing import Any

import dj_database_url
from cryptography.fernet import Fernet
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in ("1", "true", "yes", "on"):
        return True
    if value.lower() in ("0", "false", "no", "off"):
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, not {value!r}.")


def env_int(name: str, default: int, *, minimum: int = 0) -> int:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    try:
        number = int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}.") from None
    if number < minimum:
        raise ImproperlyConfigured(f"{name} must be at least {minimum}, not {number}.")
    return number


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in env(name, default).split(",") if item.strip()]


DEBUG = env_bool("DJANGO_DEBUG")
# `make test` and pytest's configuration (pyproject.toml) set this: the suite runs without a
# production secret, HTTPS or hashed static files.
TESTING = env_bool("OVERLAP_TESTING")

DEVELOPMENT_SECRET_KEY = "overlap-development-key-never-use-in-production-0123456789abcdef"
SECRET_KEY = env("DJANGO_SECRET_KEY") or (DEVELOPMENT_SECRET_KEY if DEBUG or TESTING else "")
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost" if DEBUG else "")

if not DEBUG and not TESTING:
    if len(SECRET_KEY) < 50 or len(set(SECRET_KEY)) < 5 or SECRET_KEY == DEVELOPMENT_SECRET_KEY:
        raise ImproperlyConfigured(
            "DJANGO_SECRET_KEY is missing or weak. Set it to a random string of at least "
            "50 characters, for example from: python -c 'import secrets; "
            "print(secrets.token_urlsafe(50))'. For local development set DJANGO_DEBUG=1 "
            "instead (make run does)."
        )
    if not ALLOWED_HOSTS:
        raise ImproperlyConfigured(
            "DJANGO_ALLOWED_HOSTS is empty. Set it to the host names Overlap is served on, "
            "separated by commas."
        )

INSTALLED_APPS = [
    "config.apps.OverlapAdminConfig",  # django.contrib.admin, with two-factor for staff
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "crispy_forms",
    "crispy_bootstrap5",
    "csp",
    "simple_history",
    "education",
    "accounts",
    "diary",
    "clinic",
]

MIDDLEWARE = [
    "config.middleware.RequestIdMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "config.middleware.ServiceUnavailableMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # After the session, before CommonMiddleware: the language of a visitor (the language
    # cookie, else Accept-Language); accounts.middleware.UserLanguageMiddleware then puts a
    # logged-in user's own language over it.
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "config.middleware.AdminNulBytesMiddleware",
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "accounts.middleware.SessionTimeoutMiddleware",
    "accounts.middleware.UserTimezoneMiddleware",
    "accounts.middleware.UserLanguageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "accounts.middleware.PrivacyHeadersMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "accounts.context_processors.session_timeout",
                "accounts.context_processors.theme",
                "accounts.context_processors.languages",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        # Tests close connections so the live server thread never holds the test database.
        conn_max_age=0 if TESTING else 60,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"


# --- Staying up: timeouts, health checks, the shared cache (docs/deploy.md) -------------


def env_seconds(name: str, default: float) -> float:
    """A duration in seconds (fractions allowed; 0 means no limit)."""
    value = env(name)
    if value == "":
        return default
    try:
        seconds = float(value)
    except ValueError:
        seconds = -1
    if not 0 <= seconds < 24 * 60 * 60:
        raise ImproperlyConfigured(f"{name} must be a number of seconds, not {value!r}.")
    return seconds


# A connection kept between requests is checked before it is reused, so the first request
# after a database restart reconnects instead of failing.
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
DATABASE_CONNECT_TIMEOUT = env_seconds("DATABASE_CONNECT_TIMEOUT", 5)
DATABASE_STATEMENT_TIMEOUT = env_seconds("DATABASE_STATEMENT_TIMEOUT", 15)
DATABASE_LOCK_TIMEOUT = env_seconds("DATABASE_LOCK_TIMEOUT", 5)
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            # libpq counts whole seconds, at least 2.
            "connect_timeout": max(2, round(DATABASE_CONNECT_TIMEOUT)),
            "options": (
                f"-c statement_timeout={round(DATABASE_STATEMENT_TIMEOUT * 1000)} "
                f"-c lock_timeout={round(DATABASE_LOCK_TIMEOUT * 1000)}"
                # Tests commit thousands of times (every transactional test empties and
                # refills the tables) and never need a commit to survive a crash.
                + (" -c synchronous_commit=off" if TESTING else "")
            ),
        }
    )

# Rate limits (login failures, sign-up, password reset) and used TOTP codes live in the cache,
# so it is shared by every worker process in production: Redis, or else a database table
# (manage.py createcachetable, part of the release step). A per-process memory cache only
# for development and tests. When the cache is down, the pages that need it answer with
# the "try again in a minute" page (config/middleware.py); throttling is never skipped.
REDIS_TIMEOUT = env_seconds("REDIS_TIMEOUT", 1)
REDIS_OPTIONS = {"socket_connect_timeout": REDIS_TIMEOUT, "socket_timeout": REDIS_TIMEOUT}
# The clinic's list keeps a summary per patient and a card per patient shown
# (clinic/summaries.py): the database and memory caches' default of 300 entries, culled by
# a third when full, would drop a large clinic's summaries on every view. Redis evicts by
# its own memory policy.
CACHE_MAX_ENTRIES = 20_000
if env("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": env("REDIS_URL"),
            "OPTIONS": REDIS_OPTIONS,
        }
    }
elif DEBUG or TESTING:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "OPTIONS": {"MAX_ENTRIES": CACHE_MAX_ENTRIES},
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "overlap_cache",
            "OPTIONS": {"MAX_ENTRIES": CACHE_MAX_ENTRIES},
        }
    }
# /healthz waits this long for each of the database and the cache.
HEALTHZ_TIMEOUT = env_seconds("HEALTHZ_TIMEOUT", 2)

# --- End of staying up --------------------------------------------------------------------

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "accounts.validators.MaximumLengthValidator", "OPTIONS": {"max_length": 128}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
PASSWORD_RESET_TIMEOUT = 60 * 60

LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "home"
ACCOUNT_LOGOUT_REDIRECT_URL = "home"
ACCOUNT_ADAPTER = "accounts.adapters.AccountAdapter"
ACCOUNT_SIGNUP_FORM_CLASS = "accounts.forms.SignupForm"
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = env("ACCOUNT_EMAIL_VERIFICATION", "optional")
ACCOUNT_UNIQUE_EMAIL = True
# allauth's e-mails (confirm address, reset password) name Overlap, not the host name.
ACCOUNT_EMAIL_SUBJECT_PREFIX = "Overlap: "
ACCOUNT_PRESERVE_USERNAME_CASING = False
ACCOUNT_SESSION_REMEMBER = False
ACCOUNT_LOGIN_ON_PASSWORD_RESET = False
ACCOUNT_REAUTHENTICATION_TIMEOUT = 10 * 60
# Changing e-mail asks for the password again (the password change asks for the old one).
ACCOUNT_REAUTHENTICATION_REQUIRED = True
ACCOUNT_PASSWORD_RESET_BY_CODE_ENABLED = False
# Per IP 20 a minute; per account 5 in 5 minutes, then a cool-off until the window passes.
ACCOUNT_RATE_LIMITS = {"login_failed": "20/m/ip,5/5m/key"}
# Behind N proxies that append to X-Forwarded-For (nginx: 1), the per-address limits count
# the client's address from that header, not the proxy's (docs/deploy.md).
ALLAUTH_TRUSTED_PROXY_COUNT = env_int("DJANGO_TRUSTED_PROXY_COUNT", 0)
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Overlap"

# --- TOTP secrets and recovery codes encrypted at rest (accounts/mfa.py) ------------------
MFA_ADAPTER = "accounts.mfa.MFAAdapter"
# Fernet keys, newest first: the first encrypts, all decrypt (docs/deploy.md on rotating).
MFA_ENCRYPTION_KEYS = env_list("MFA_ENCRYPTION_KEYS")
DEVELOPMENT_MFA_KEY = "b3ZlcmxhcC1kZXZlbG9wbWVudC1tZmEta2V5LTAwMDE="
if not MFA_ENCRYPTION_KEYS:
    if not (DEBUG or TESTING):
        raise ImproperlyConfigured(
            "MFA_ENCRYPTION_KEYS is missing. Set it to a key made with: python -c "
            "'from cryptography.fernet import Fernet; print(Fernet.generate_key().decode())'. "
            "TOTP secrets are encrypted with it, so a database dump alone cannot produce codes."
        )
    MFA_ENCRYPTION_KEYS = [DEVELOPMENT_MFA_KEY]
for _key in MFA_ENCRYPTION_KEYS:
    try:
        Fernet(_key)
    except ValueError:
        raise ImproperlyConfigured(
            "MFA_ENCRYPTION_KEYS holds a value that is not a Fernet key (32 bytes, URL-safe "
            "base64): make one with Fernet.generate_key()."
        ) from None
if DEVELOPMENT_MFA_KEY in MFA_ENCRYPTION_KEYS and not (DEBUG or TESTING):
    raise ImproperlyConfigured("MFA_ENCRYPTION_KEYS holds the development key.")
# --- End of MFA encryption -----------------------------------------------------------------

SESSION_COOKIE_AGE = 12 * 60 * 60  # the absolute limit; idle limits are per role
SESSION_IDLE_SECONDS = {"patient": 30 * 60, "clinician": 15 * 60}
SESSION_WARNING_SECONDS = 2 * 60  # static/js/session.js offers to stay logged in this early
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_HTTPONLY = False  # theme.js reads it to save the theme choice

# Translations (README, "Translations"): each language named in its own words, as the
# language menu shows it. English is the source; locale/ holds the others.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("es", "Español"),
    ("pt-br", "Português (Brasil)"),
    ("de", "Deutsch"),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
# English dates and numbers as in Britain (day before month, 24-hour clock): config/formats.
FORMAT_MODULE_PATH = ["config.formats"]
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": (
            "django.contrib.staticfiles.storage.StaticFilesStorage"
            if DEBUG or TESTING
            else "whitenoise.storage.CompressedManifestStaticFilesStorage"
        )
    },
}

# WhiteNoise indexes STATIC_ROOT when its middleware starts, which every test client does;
# in development and tests it looks a requested file up instead.
WHITENOISE_AUTOREFRESH = DEBUG or TESTING

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", "Overlap <no-reply@overlap.invalid>")
if env("EMAIL_HOST"):
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = env("EMAIL_HOST")
    EMAIL_PORT = env_int("EMAIL_PORT", 587, minimum=1)
    EMAIL_HOST_USER = env("EMAIL_HOST_USER")
    EMAIL_HOST_PASSWORD = env("EMAIL_HOST_PASSWORD")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
elif DEBUG or TESTING or env_bool("DJANGO_EMAIL_TO_CONSOLE"):
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
else:
    # Invitation, password-reset and confirmation links are credentials: printed to the
    # console they would end up in the server's log.
    raise ImproperlyConfigured(
        "EMAIL_HOST is not set, so e-mail (with its single-use links) would be printed to "
        "the server log. Set EMAIL_HOST and the other EMAIL_ variables, or, only to try "
        "Overlap on your own machine, DJANGO_EMAIL_TO_CONSOLE=1 (make serve does)."
    )

# Security headers (SECURITY.md). Behind a TLS-terminating proxy set
# DJANGO_SECURE_PROXY_SSL_HEADER so Django knows the request was HTTPS.
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", not DEBUG and not TESTING)
if env_bool("DJANGO_SECURE_PROXY_SSL_HEADER"):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = 365 * 24 * 60 * 60
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SESSION_COOKIE_SECURE = not DEBUG and not TESTING
CSRF_COOKIE_SECURE = not DEBUG and not TESTING
X_FRAME_OPTIONS = "DENY"
SILENCED_SYSTEM_CHECKS: list[str] = []

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        # Bootstrap draws form controls with data: SVGs; MFA shows its QR code as one.
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
    }
}
PERMISSIONS_POLICY = (
    "accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), "
    "gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=(), "
    "interest-cohort=()"
)

# Every log line is one JSON object on standard error, with the request's id; unhandled
# errors carry their traceback as a list of frames, without exception messages that could
# quote health data (config/logging.py).
LOGGING: dict[str, Any] = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"request_id": {"()": "config.logging.RequestIdFilter"}},
    "formatters": {"line": {"()": "config.logging.OneLineFormatter"}},
    "handlers": {
        "stderr": {
            "class": "logging.StreamHandler",
            "formatter": "line",
            "filters": ["request_id"],
        }
    },
    "root": {"handlers": ["stderr"], "level": "WARNING"},
    "loggers": {
        # Django's own handlers print only with DEBUG; records reach the root handler.
        "django": {"level": "WARNING"},
        # 4xx answers are the site working as meant; 5xx are errors, with their traceback.
        "django.request": {"level": "ERROR"},
        "overlap.security": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
    },
}

# --- Background work and reminders ------------------------------------------------------
# Django's tasks API through the django-tasks backport. The database backend keeps jobs in
# the same database as everything else: `manage.py db_worker` runs them (make run starts
# one; docs/deploy.md runs several), claiming each with SKIP LOCKED on PostgreSQL and an
# exclusive transaction on SQLite. A job enqueued inside a transaction exists only if that
# transaction commits. Tests run every job at once, in the process that enqueued it.
INSTALLED_APPS += ["django_tasks", "django_tasks_db"]
TASKS = {
    "default": {
        "BACKEND": (
            "django_tasks.backends.immediate.ImmediateBackend"
            if TESTING
            else "django_tasks_db.DatabaseBackend"
        ),
    }
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3" and not TESTING:
    # The web server, the worker and the scheduler write to one SQLite file at once: take
    # the write lock when a transaction starts, and wait for it rather than fail. (Tests
    # share an in-memory database between threads, where this does not apply.)
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("transaction_mode", "IMMEDIATE")
    DATABASES["default"]["OPTIONS"].setdefault("timeout", 20)
# How often `send_reminders --loop` looks for due reminders, in seconds.
REMINDERS_POLL_SECONDS = env_int("OVERLAP_REMINDERS_POLL_SECONDS", 30, minimum=1)
# Links in the e-mail the worker sends start with this: no request tells it the site's
# address. By default the first allowed host over HTTPS.
SITE_URL = env("OVERLAP_SITE_URL").rstrip("/") or (
    "http://testserver"
    if TESTING
    else "http://127.0.0.1:8000"
    if DEBUG or not ALLOWED_HOSTS
    else f"https://{ALLOWED_HOSTS[0]}"
)
# Web Push (reminders as notifications, diary/push.py): the VAPID key pair that signs each
# message to a browser's push service, and a contact for the push services' operators. The
# private key is the base64url of the raw P-256 private number (or a PEM file's text); the
# public key the base64url of the uncompressed point (docs/deploy.md shows how to make
# them). Without both keys, push is not offered and reminders go by e-mail only.
WEBPUSH_VAPID_PUBLIC_KEY = env("OVERLAP_VAPID_PUBLIC_KEY").strip()
WEBPUSH_VAPID_PRIVATE_KEY = env("OVERLAP_VAPID_PRIVATE_KEY").strip()
WEBPUSH_VAPID_SUBJECT = env("OVERLAP_VAPID_SUBJECT") or (
    f"mailto:{DEFAULT_FROM_EMAIL.rpartition('<')[2].rstrip('>').strip()}"
)
# The push services a subscription may name (a host or its subdomains, over HTTPS): the
# worker posts to these only, never to an address a browser made up.
WEBPUSH_ALLOWED_HOSTS = env_list(
    "OVERLAP_WEBPUSH_HOSTS",
    "fcm.googleapis.com,updates.push.services.mozilla.com,push.apple.com,notify.windows.com",
)
WEBPUSH_ALLOWED_SCHEMES = ["https"]
# Seconds to wait for a push service before giving up on that message.
WEBPUSH_TIMEOUT_SECONDS = env_int("OVERLAP_WEBPUSH_TIMEOUT_SECONDS", 10, minimum=1)
# Which reminder went out or failed (ids only, never an address or health data).
LOGGING["loggers"]["overlap.reminders"] = {"level": "INFO"}
# Where to get urgent help, shown wherever a questionnaire answer asks for it (PHQ-9 item 9
# above zero): the operator's local numbers, one "who: number" per entry, separated by
# semicolons. Empty: an international default (diary/views/questionnaires.py).
URGENT_HELP_LINES = [
    line.strip() for line in env("OVERLAP_URGENT_HELP_LINES").split(";") if line.strip()
]

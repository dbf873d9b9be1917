"""Settings for Praxisdialog.

Every value comes from the environment with a working default (see .env.example),
so development, tests and production run the same code.
"""

import os
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlparse

import dj_database_url
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

# Importing the settings writes nothing: var/ and the generated key are made by
# praxisdialog.var_dir.prepare(), called by manage.py, wsgi.py and asgi.py.
from praxisdialog.var_dir import BASE_DIR, VAR_DIR, secret_key


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "")
    return int(value) if value.strip() else default


def env_rate_limits(name: str) -> dict[str, tuple[int, int, int]]:
    """Overrides as "scope=per_account/per_ip/seconds", comma-separated, for example
    "comment=8/30/600,report=10/20/3600"."""
    limits = {}
    for item in env_list(name, ""):
        scope, _sep, numbers = item.partition("=")
        per_account, per_ip, window = (int(part) for part in numbers.split("/"))
        limits[scope.strip()] = (per_account, per_ip, window)
    return limits


DEBUG = env_bool("DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY") or secret_key()
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", "")
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "rules.apps.AutodiscoverRulesConfig",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "django_tasks_db",
    "django_htmx",
    "praxisdialog.core",
    "praxisdialog.accounts",
    "praxisdialog.calls",
    "praxisdialog.contributions",
    "praxisdialog.discussion",
    "praxisdialog.moderation",
    "praxisdialog.notifications",
    "praxisdialog.events",
    "praxisdialog.network",
    "praxisdialog.insights",
    "praxisdialog.resonance",
    "praxisdialog.blog",
    "praxisdialog.pages",
    "praxisdialog.newsletter",
    "praxisdialog.privacy",
    "praxisdialog.console",
    "praxisdialog.practices",
    "praxisdialog.translation",
    "praxisdialog.search",
    "praxisdialog.api",
    "praxisdialog.demo",
    "ninja",
]

MIDDLEWARE = [
    # Outermost, so that it times the whole stack (core/metrics.py).
    "praxisdialog.core.metrics.MetricsMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "praxisdialog.core.middleware.RejectUnstorableTextMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    # Django's LocaleMiddleware without its path checks for language prefixes, which this
    # site's URLs do not have (core/middleware.py).
    "praxisdialog.core.middleware.LanguageMiddleware",
    "praxisdialog.core.middleware.OriginalTextMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "praxisdialog.privacy.middleware.AuditMiddleware",
    "praxisdialog.accounts.middleware.UserLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "praxisdialog.accounts.gate.GateMiddleware",
    "praxisdialog.accounts.middleware.StaffTwoFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Django's CSP middleware, with a policy without nonce written once (core/middleware.py).
    "praxisdialog.core.middleware.PolicyOnceMiddleware",
    "praxisdialog.core.middleware.PermissionsPolicyMiddleware",
    "praxisdialog.core.middleware.PrivatePagesMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "allauth.account.middleware.AccountMiddleware",
]

ROOT_URLCONF = "praxisdialog.urls"
WSGI_APPLICATION = "praxisdialog.wsgi.application"

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
                "praxisdialog.core.context_processors.site",
            ],
        },
    },
]

# Database: SQLite in var/ by default, tuned as docs/adr/0001-sqlite.md explains;
# PostgreSQL through DATABASE_URL with persistent connections.
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{VAR_DIR / 'praxisdialog.sqlite3'}",
        conn_max_age=600,
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": (
            "PRAGMA journal_mode=WAL;"
            "PRAGMA synchronous=NORMAL;"
            "PRAGMA foreign_keys=ON;"
            "PRAGMA busy_timeout=20000;"
        ),
    }
    DATABASES["default"]["TEST"] = {"NAME": os.environ.get("SQLITE_TEST_NAME") or None}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"

# Cache, shared by every worker (rate limits depend on it): a database table by default
# (created by a migration of core), Redis when REDIS_URL is set.
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": os.environ["REDIS_URL"],
        }
    }
    # Sessions read from the shared cache and written through to the database, so every
    # application server knows every session and a restart of Redis signs nobody out.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "praxisdialog_cache",
        }
    }

# Background work: the database queue of django-tasks-db and its worker
# (`manage.py db_worker`); TASK_BACKEND=immediate runs tasks at once (tests).
TASK_BACKEND = os.environ.get("TASK_BACKEND", "database")
TASKS = {
    "default": {
        "BACKEND": (
            "django.tasks.backends.immediate.ImmediateBackend"
            if TASK_BACKEND == "immediate"
            else "django_tasks_db.DatabaseBackend"
        ),
    }
}

AUTHENTICATION_BACKENDS = [
    "rules.permissions.ObjectPermissionBackend",
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
# As OWASP ASVS asks: length and a list of common passwords, no composition rules.

# Accounts: e-mail is the login; verification is mandatory before posting.
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_CHANGE_EMAIL = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_SIGNUP_FORM_CLASS = "praxisdialog.accounts.forms.SignupForm"
# Answers a known address with the same work as a new one (accounts/signup.py).
ACCOUNT_FORMS = {"signup": "praxisdialog.accounts.signup.SignupForm"}
ACCOUNT_ADAPTER = "praxisdialog.accounts.adapter.AccountAdapter"
ACCOUNT_USER_DISPLAY = "praxisdialog.accounts.adapter.user_display"
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https" if not DEBUG and SITE_URL.startswith("https") else "http"
ACCOUNT_PREVENT_ENUMERATION = True
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "calls:home"
ACCOUNT_LOGOUT_REDIRECT_URL = "calls:home"
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
# Staff and moderators must use two-factor login in production. Development (DEBUG) and
# the tests leave it off unless asked, and `make run` turns it off for the demo, so that
# the demo staff login and the other journeys need no authenticator app.
REQUIRE_STAFF_MFA = env_bool("REQUIRE_STAFF_MFA", not DEBUG)

# Internationalisation: German first; the interface speaks seven languages, two of them
# right to left (Django marks ar and fa as bidi). The switcher shows each in its own name.
LANGUAGE_CODE = "de"
LANGUAGES = [
    ("de", _("German")),
    ("en", _("English")),
    ("ar", _("Arabic")),
    ("fa", _("Persian")),
    ("uk", _("Ukrainian")),
    ("tr", _("Turkish")),
    ("ru", _("Russian")),
]
# The second catalogue replaces django-allauth's German "du" with "Sie"; the project's own
# catalogue comes first, allauth's after both.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "praxisdialog/accounts/allauth_locale"]
TIME_ZONE = "Europe/Berlin"
USE_I18N = True
USE_TZ = True
LANGUAGE_COOKIE_NAME = "praxisdialog_language"
# Dates in each language's own order (Django's formats, with a few of our own).
FORMAT_MODULE_PATH = ["praxisdialog.formats"]

WHITENOISE_USE_FINDERS = DEBUG or not env_bool("STATIC_MANIFEST", not DEBUG)
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
# Public uploads (blog images) only; served at MEDIA_URL, public prefixes only. Files for
# some people only (dossiers) live in PRIVATE_ROOT and leave through views that check
# permission (see core/storage.py).
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT") or VAR_DIR / "media")
PUBLIC_MEDIA_PREFIXES = ("blog/", "site/")
PRIVATE_ROOT = Path(os.environ.get("PRIVATE_ROOT") or VAR_DIR / "private")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private": {
        "BACKEND": "praxisdialog.core.storage.PrivateStorage",
        "OPTIONS": {"file_permissions_mode": 0o600, "directory_permissions_mode": 0o700},
    },
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if env_bool("STATIC_MANIFEST", not DEBUG)
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}


def mailer_from_url(url: str) -> dict:
    """The default mailer from EMAIL_URL: smtp://user:pass@host:port (?tls=true for
    STARTTLS, smtps:// for TLS), file:///path (one .eml a message), console:// or
    locmem://. Without EMAIL_URL, mail lands as .eml files in var/mail/."""
    parsed = urlparse(url)
    query = parse_qs(parsed.query)
    if parsed.scheme in {"smtp", "smtps"}:
        return {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {
                "host": parsed.hostname or "localhost",
                "port": parsed.port or (465 if parsed.scheme == "smtps" else 25),
                "username": unquote(parsed.username or ""),
                "password": unquote(parsed.password or ""),
                "use_ssl": parsed.scheme == "smtps",
                "use_tls": query.get("tls", ["false"])[0] == "true",
                "timeout": 20,
            },
        }
    if parsed.scheme == "console":
        return {"BACKEND": "django.core.mail.backends.console.EmailBackend"}
    if parsed.scheme == "locmem":
        return {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}
    path = unquote(parsed.path) if parsed.scheme == "file" and parsed.path else ""
    return {
        "BACKEND": "praxisdialog.core.mail.EmlFileBackend",
        "OPTIONS": {"file_path": path or str(VAR_DIR / "mail")},
    }


MAILERS = {"default": mailer_from_url(os.environ.get("EMAIL_URL", ""))}
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Praxisdialog <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

MESSAGE_STORAGE = "django.contrib.messages.storage.session.SessionStorage"
CSRF_FAILURE_VIEW = "praxisdialog.core.views.csrf_failure"

# Security: strict policy, no inline scripts, nothing from other hosts.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "object-src": [CSP.NONE],
}
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", False)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# How many proxies in front of the application servers append to X-Forwarded-For; rate
# limits per address then use the address the outermost of them saw. 0: REMOTE_ADDR.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
if env_bool("HTTPS", False):
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SESSION_COOKIE_NAME = "__Host-sessionid"
    CSRF_COOKIE_NAME = "__Host-csrftoken"
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    # Django gives its own loggers level INFO; without this every task's start and end
    # would reach the console through the root handler.
    "loggers": {"django.tasks": {"level": os.environ.get("LOG_LEVEL", "WARNING")}},
}

# /metrics for Prometheus (core/metrics.py): readable with "Authorization: Bearer
# <METRICS_TOKEN>" or from an address in METRICS_ALLOWED_IPS (addresses or networks,
# comma-separated, as core.ratelimit.client_ip sees the client). With neither, and for
# everyone else, /metrics answers 404. Several gunicorn workers add up their counts when
# PROMETHEUS_MULTIPROC_DIR (an environment variable, read by prometheus-client) is set.
METRICS_TOKEN = os.environ.get("METRICS_TOKEN", "")
METRICS_ALLOWED_IPS = env_list("METRICS_ALLOWED_IPS", "")

# Rate limits per account and address: overrides of the defaults in core/ratelimit.py.
RATE_LIMITS = env_rate_limits("RATE_LIMITS")

# Moderation: how many posts of a kind a new account has published before the next
# appears at once, and how many links a new account may put into one text.
MODERATION_PREMODERATE_CONTRIBUTIONS = env_int("MODERATION_PREMODERATE_CONTRIBUTIONS", 1)
MODERATION_PREMODERATE_COMMENTS = env_int("MODERATION_PREMODERATE_COMMENTS", 2)
MODERATION_NEW_ACCOUNT_MAX_LINKS = env_int("MODERATION_NEW_ACCOUNT_MAX_LINKS", 1)

# Newsletter: addresses per sending batch, the least time between two confirmation
# mails to one address (minutes), how long a confirmation link works (hours).
NEWSLETTER_BATCH_SIZE = env_int("NEWSLETTER_BATCH_SIZE", 500)
NEWSLETTER_RESEND_MINUTES = env_int("NEWSLETTER_RESEND_MINUTES", 10)
NEWSLETTER_CONFIRMATION_HOURS = env_int("NEWSLETTER_CONFIRMATION_HOURS", 48)

# Page sizes
CONTRIBUTIONS_PAGE_SIZE = 12
SEARCH_PAGE_SIZE = 20
# How many of the most recent matches of a query are ranked (praxisdialog/search/engines.py).
SEARCH_CANDIDATES = 1000
COMMENTS_PAGE_SIZE = env_int("COMMENTS_PAGE_SIZE", 20)
NETWORK_PAGE_SIZE = env_int("NETWORK_PAGE_SIZE", 20)

# Contributions
CONSENT_TEXT_VERSION = "2026-11-cc-by-4.0"

# Privacy: retention periods in days, the lifetime of a data export link in hours,
# and where the exports are built (outside MEDIA_ROOT: never served directly).
RETENTION_UNVERIFIED_DAYS = int(os.environ.get("RETENTION_UNVERIFIED_DAYS", "7"))
RETENTION_GUEST_DAYS = int(os.environ.get("RETENTION_GUEST_DAYS", "30"))
RETENTION_IP_DAYS = int(os.environ.get("RETENTION_IP_DAYS", "30"))
DATA_EXPORT_LINK_HOURS = int(os.environ.get("DATA_EXPORT_LINK_HOURS", "48"))
DATA_EXPORT_DIR = Path(os.environ.get("DATA_EXPORT_DIR") or VAR_DIR / "exports")

# Machine translation of what participants write: a LibreTranslate-compatible server
# (POST /translate, GET /languages) at TRANSLATION_URL, or DeepL's API when
# TRANSLATION_ENGINE is "deepl". Without TRANSLATION_URL nothing is translated.
TRANSLATION_URL = os.environ.get("TRANSLATION_URL", "").rstrip("/")
TRANSLATION_API_KEY = os.environ.get("TRANSLATION_API_KEY", "")
TRANSLATION_ENGINE = os.environ.get("TRANSLATION_ENGINE", "libretranslate")
# The name of the service the privacy policy gives, e.g. "LibreTranslate on our own server".
TRANSLATION_SERVICE_NAME = os.environ.get("TRANSLATION_SERVICE_NAME", "")
TRANSLATION_TIMEOUT = float(os.environ.get("TRANSLATION_TIMEOUT", "30"))

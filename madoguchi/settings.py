"""Django settings, read from the environment in this one place.

Every knob is a MADOGUCHI_* variable with a safe default for one machine:

MADOGUCHI_DATA_DIR        where the SQLite database, attachments and the generated secret live
                          (default: ./var under the current directory)
MADOGUCHI_DATABASE_URL    sqlite:///ABSOLUTE/PATH.sqlite3 (default: DATA_DIR/madoguchi.sqlite3)
                          or postgresql://USER:PASSWORD@HOST:PORT/NAME
MADOGUCHI_SECRET_KEY      Django's secret key (default: generated once into DATA_DIR/secret_key)
MADOGUCHI_DEBUG           1 for Django's debug pages (default: 0)
MADOGUCHI_ALLOWED_HOSTS   comma-separated host names (default: 127.0.0.1,localhost)
MADOGUCHI_TIME_ZONE       default time zone for users who have not chosen one (default: Asia/Tokyo)
MADOGUCHI_SECURE_COOKIES  1 to mark cookies Secure (set it behind HTTPS; default: 0)
MADOGUCHI_TRUSTED_PROXY   address of the reverse proxy whose X-Forwarded-Proto/-For are believed
                          (deploy/nginx.conf; default: 127.0.0.1; * for any, when only the
                          proxy can reach the web processes)
MADOGUCHI_LOGIN_FAILURES  failed sign-ins allowed per user name (and per address) within
                          MADOGUCHI_LOGIN_WINDOW seconds before sign-in is refused (default: 5, 900)
MADOGUCHI_PARSE_SECONDS   time one incoming mail may take to parse; a mail over it (or over
MADOGUCHI_PARSE_MEMORY_MB MADOGUCHI_PARSE_MEMORY_MB of memory) is stored raw (default: 5, 512)
MADOGUCHI_MAX_MESSAGE_MB  a mail larger than this on the IMAP server is not fetched whole: its
                          header is stored, it stays on the server, its page says so (default: 100)
MADOGUCHI_PUBLIC_URL      the address customers and the team reach this site at, for the links
                          in the satisfaction survey and in notification mails (default: where
                          `madoguchi run` or `madoguchi web` listens; surveys are held until set)
MADOGUCHI_SURVEY_DELAY    seconds after a person resolves a conversation before its satisfaction
                          survey may be mailed: the undo offered on resolving (default: 60)
MADOGUCHI_SURVEY_REQUESTS requests to the survey page (no login) allowed per client address,
MADOGUCHI_SURVEY_BAD_TOKENS and of those with an unknown token, within
MADOGUCHI_SURVEY_WINDOW   seconds, before it answers 429 (default: 30, 5, 600)
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path
from urllib.parse import unquote, urlparse

from django.utils.translation import gettext_lazy as _

PACKAGE_DIR = Path(__file__).resolve().parent


def _flag(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


DATA_DIR = Path(os.environ.get("MADOGUCHI_DATA_DIR", "var")).resolve()
ATTACHMENT_DIR = DATA_DIR / "attachments"


def _secret_key() -> str:
    from_env = os.environ.get("MADOGUCHI_SECRET_KEY")
    if from_env:
        return from_env
    path = DATA_DIR / "secret_key"
    if path.exists():
        return path.read_text().strip()
    DATA_DIR.mkdir(mode=0o700, parents=True, exist_ok=True)
    key = secrets.token_urlsafe(50)
    # O_EXCL: two processes starting at once must agree on one key.
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return path.read_text().strip()
    with os.fdopen(fd, "w") as handle:
        handle.write(key)
    return key


def _database(url: str | None) -> dict[str, object]:
    if not url:
        url = f"sqlite:///{DATA_DIR / 'madoguchi.sqlite3'}"
    parsed = urlparse(url)
    if parsed.scheme == "sqlite":
        path = unquote(parsed.path)
        if path not in (":memory:", "/:memory:"):
            # Mail is personal data: the directory and the database are the owner's alone
            # (SQLite gives the -wal and -shm files the database file's mode).
            Path(path).parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT, 0o600))
        return {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": path,
            "OPTIONS": {
                # WAL lets the worker write while the web process reads; IMMEDIATE takes the
                # write lock at BEGIN so two writers queue on busy_timeout instead of failing
                # with "database is locked" half-way through a transaction. 16 KB pages (set
                # when the file is created, before WAL) hold a typical mail in one or two
                # pages: a third of the write calls of 4 KB pages when importing.
                "init_command": (
                    "PRAGMA page_size=16384; PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; "
                    "PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000;"
                ),
                "transaction_mode": "IMMEDIATE",
            },
            "TEST": {"NAME": os.environ.get("MADOGUCHI_TEST_SQLITE_NAME") or None},
        }
    if parsed.scheme in ("postgres", "postgresql"):
        return {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": unquote(parsed.path.lstrip("/")),
            "USER": unquote(parsed.username or ""),
            "PASSWORD": unquote(parsed.password or ""),
            "HOST": parsed.hostname or "",
            "PORT": str(parsed.port or ""),
            "CONN_MAX_AGE": 60,
            "CONN_HEALTH_CHECKS": True,
            # No parallel query by default (MADOGUCHI_PG_PARALLEL_WORKERS to allow it):
            # with the visible mailboxes as a list the planner chose parallel walks of the
            # primary key that probed the search documents one conversation at a time
            # (`after:2026-09-01 返金` at 1,000,000 messages: 41,165 buffers for the facets'
            # thousand, a merge join without workers 25,110), and on a machine of a few
            # cores the web processes are the parallelism (session 13).
            "OPTIONS": {
                "options": "-c max_parallel_workers_per_gather="
                + str(int(os.environ.get("MADOGUCHI_PG_PARALLEL_WORKERS") or 0))
            },
        }
    raise ValueError(f"MADOGUCHI_DATABASE_URL: unsupported scheme {parsed.scheme!r}")


SECRET_KEY = _secret_key()
DEBUG = _flag("MADOGUCHI_DEBUG")
ALLOWED_HOSTS = [
    host.strip()
    for host in os.environ.get("MADOGUCHI_ALLOWED_HOSTS", "127.0.0.1,localhost").split(",")
    if host.strip()
]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_htmx",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",  # recovery codes
    "madoguchi",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "madoguchi.middleware.SecurityHeadersMiddleware",  # outermost: every response gets a CSP
    "madoguchi.middleware.ClientAddressMiddleware",  # events name the client's address
    "madoguchi.middleware.RequestMemoMiddleware",  # visible mailboxes read once a request
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",  # request.user.is_verified()
    "madoguchi.middleware.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "madoguchi.middleware.AgentPreferencesMiddleware",
    "madoguchi.middleware.RefuseNulMiddleware",  # after the language is chosen: a 400 in it
]

ROOT_URLCONF = "madoguchi.urls"
WSGI_APPLICATION = "madoguchi.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "django.template.context_processors.tz",
                "madoguchi.web.context.sidebar",
            ],
            "libraries": {
                "madoguchi_tags": "madoguchi.web.templatetags.madoguchi_tags",
                "approval_tags": "madoguchi.web.templatetags.approval_tags",  # wip-approval
                "outbound_tags": "madoguchi.web.templatetags.outbound_tags",  # wip-approval
                "satisfaction_tags": "madoguchi.web.templatetags.satisfaction_tags",  # wip-sla2
                "digest_tags": "madoguchi.web.templatetags.digest_tags",  # wip-sla2
                # s5-notify
                "notification_mail_tags": "madoguchi.web.templatetags.notification_mail_tags",
            },
        },
    },
]
# Form fields as Django draws them, but a single checkbox before its label (s5-ui).
FORM_RENDERER = "madoguchi.web.forms_renderer.FormRenderer"

DATABASES = {"default": _database(os.environ.get("MADOGUCHI_DATABASE_URL"))}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "/"

LANGUAGE_CODE = "ja"
LANGUAGES = [("ja", _("Japanese")), ("en", _("English"))]
LOCALE_PATHS = [PACKAGE_DIR / "locale"]
# English dates as the timeline writes them (2026-12-04 09:00), not "Dec. 4, 2026, 9 a.m.".
FORMAT_MODULE_PATH = ["madoguchi.formats"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = os.environ.get("MADOGUCHI_TIME_ZONE", "Asia/Tokyo")

STATIC_URL = "/static/"
STATIC_ROOT = DATA_DIR / "static"
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # whitenoise warns on every request otherwise
WHITENOISE_USE_FINDERS = True  # `make run` serves without a collectstatic step

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
SESSION_COOKIE_SECURE = _flag("MADOGUCHI_SECURE_COOKIES")
# Behind HTTPS the TLS ends at a reverse proxy that talks plain HTTP to us. waitress takes
# the scheme and the client's address from that proxy's X-Forwarded-Proto/-For (and
# drops those headers from anyone else), so Django sees https:// and the CSRF origin
# check passes, and sign-in throttling sees the real client address.
TRUSTED_PROXY = os.environ.get("MADOGUCHI_TRUSTED_PROXY", "127.0.0.1")
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "SAMEORIGIN"
SESSION_COOKIE_AGE = 60 * 60 * 12  # one working day; sign in again the next morning
# Failed sign-ins are Event rows (verb "login_failed"), so throttling holds across processes.
LOGIN_FAILURES = int(os.environ.get("MADOGUCHI_LOGIN_FAILURES", "5"))
LOGIN_WINDOW = int(os.environ.get("MADOGUCHI_LOGIN_WINDOW", "900"))
OTP_TOTP_ISSUER = "madoguchi"  # the name authenticator apps show beside the code
# Each incoming mail is parsed in a child process within this budget; a mail over it is stored
# raw and shown with a notice (actions/budget.py).
PARSE_SECONDS = float(os.environ.get("MADOGUCHI_PARSE_SECONDS", "5"))
PARSE_MEMORY_MB = int(os.environ.get("MADOGUCHI_PARSE_MEMORY_MB", "512"))
# A mail over this size (RFC822.SIZE, read before fetching) is not fetched into memory: only
# its header is stored, and the mail stays on the server (transport/imap.py).
MAX_MESSAGE_BYTES = int(os.environ.get("MADOGUCHI_MAX_MESSAGE_MB", "100")) << 20
# Seconds between refreshes of the folder counts, the badges and an idle queue (htmx polling).
LIVE_REFRESH_SECONDS = max(5, int(os.environ.get("MADOGUCHI_REFRESH_SECONDS", "30")))
# Links in mail to customers (the satisfaction survey) start with this (wip-sla2).
PUBLIC_URL = os.environ.get("MADOGUCHI_PUBLIC_URL", "http://localhost:8000").rstrip("/")
# True when MADOGUCHI_PUBLIC_URL is unset and PUBLIC_URL is only where this process listens
# (management/commands/web.py guess_public_url): good enough for the team's notification links
# on one machine, never for the survey mailed to customers.
PUBLIC_URL_GUESSED = False
SURVEY_DELAY_SECONDS = int(os.environ.get("MADOGUCHI_SURVEY_DELAY", "60"))
# The survey page needs no login: a limit per client address (actions/throttle.py, s5-notify).
SURVEY_REQUESTS = int(os.environ.get("MADOGUCHI_SURVEY_REQUESTS", "30"))
SURVEY_BAD_TOKENS = int(os.environ.get("MADOGUCHI_SURVEY_BAD_TOKENS", "5"))
SURVEY_WINDOW = int(os.environ.get("MADOGUCHI_SURVEY_WINDOW", "600"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": os.environ.get("MADOGUCHI_LOG_LEVEL", "INFO")},
}

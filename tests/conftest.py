"""Suite-wide set-up: tests under tests/mail and tests/quality are pure (no database).

The PostgreSQL pass of `make test` runs `-m "not pure and not browser"`.
"""

from __future__ import annotations

from pathlib import Path

import pytest

TESTS_DIR = Path(__file__).resolve().parent
PURE_DIRS = (TESTS_DIR / "mail", TESTS_DIR / "quality")
SHARED_DIR = TESTS_DIR.parent.parent / "shared"


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        path = Path(str(item.fspath))
        if any(parent in path.parents for parent in PURE_DIRS):
            item.add_marker(pytest.mark.pure)


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED_DIR.is_dir():
        pytest.skip("../shared is not beside the checkout")
    return SHARED_DIR


@pytest.fixture(autouse=True)
def _fresh_sla_setup() -> None:
    """The SLA calendars and policies are cached per process and forgotten on commit; a
    test's rolled-back policies must not be read by the next test in the same worker."""
    from madoguchi.actions import sla

    sla.forget_setup()


@pytest.fixture(autouse=True, scope="session")
def _public_url() -> None:
    """An address customers could open: with the default (http://localhost:8000) no
    satisfaction survey is mailed (walk 13 F20); and surveys without the minute's wait
    after resolving (the undo). Set once per session; the tests of those cases change them
    with pytest-django's `settings`, which puts these back."""
    from django.conf import settings

    settings.PUBLIC_URL = "https://support.example.test"
    settings.SURVEY_DELAY_SECONDS = 0


@pytest.fixture(autouse=True)
def _default_language() -> None:
    """Each test starts in the site's language: a request through the test client leaves
    the language it activated (the agent's) active in the worker's thread, and a later
    test calling an action directly would read its messages in that language."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)

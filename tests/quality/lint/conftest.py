from __future__ import annotations

from collections.abc import Callable

import pytest

from madoguchi.quality.lint import lint

RulesIn = Callable[..., set[str]]


@pytest.fixture
def rules_in() -> RulesIn:
    """The rule ids a draft triggers: what the agent sees highlighted."""

    def triggered(text: str, subject: str | None = None, lang: str = "auto") -> set[str]:
        return {finding.rule for finding in lint(text, subject=subject, lang=lang)}

    return triggered

"""The command-line contract other tools rely on (../shared/CONTRACT.md), checked by the
shared checker against this checkout's console script, as CI's clean clone has it."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CHECKER = ROOT.parent / "shared" / "tools" / "contract_check.py"

pytestmark = pytest.mark.pure


@pytest.mark.skipif(not CHECKER.exists(), reason="../shared is not beside this checkout")
def test_the_shared_contract_check_finds_no_problem() -> None:
    result = subprocess.run(
        [sys.executable, str(CHECKER)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "0 problems" in result.stdout

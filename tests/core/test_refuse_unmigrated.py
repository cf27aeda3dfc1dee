"""`madoguchi run`, `web` and `worker` refuse to start on a database without the latest
migrations (a web process used to answer every page with a 500, 「システム側で問題が発生
しました」): one line naming `madoguchi migrate`, a non-zero exit code, nothing served."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

from tests.support.servers import free_port

MADOGUCHI = str(Path(sys.executable).parent / "madoguchi")


def _madoguchi(data: Path, *argv: str) -> subprocess.CompletedProcess[str]:
    environment = {**os.environ, "MADOGUCHI_DATA_DIR": str(data), "MADOGUCHI_DEBUG": "0"}
    for name in ("MADOGUCHI_DATABASE_URL", "DJANGO_SETTINGS_MODULE"):
        environment.pop(name, None)
    return subprocess.run(
        [MADOGUCHI, *argv], env=environment, capture_output=True, text=True, timeout=300
    )


def test_it_refuses_to_serve_a_database_that_was_never_migrated(tmp_path: Path) -> None:
    port = str(free_port())
    for argv in (["web", "--port", port], ["run", "--port", port], ["worker"]):
        result = _madoguchi(tmp_path / "data", *argv)
        assert result.returncode != 0, argv
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, result.stderr
        assert "run `madoguchi migrate`" in lines[0] and f"`madoguchi {argv[0]}`" in lines[0]
        assert "serving" not in result.stdout and "running" not in result.stdout


def test_it_refuses_a_database_one_migration_behind_and_starts_once_migrated(
    tmp_path: Path,
) -> None:
    data = tmp_path / "data"
    assert _madoguchi(data, "migrate", "-v", "0").returncode == 0
    # As after an upgrade that brought new migrations (0025: the last before session 7).
    assert _madoguchi(data, "migrate", "madoguchi", "0025", "-v", "0").returncode == 0
    behind = _madoguchi(data, "worker", "--once")
    assert behind.returncode != 0
    assert re.search(r"lacks \d+ migration\(s\)", behind.stderr), behind.stderr
    assert "run `madoguchi migrate`" in behind.stderr
    assert _madoguchi(data, "migrate", "-v", "0").returncode == 0
    migrated = _madoguchi(data, "worker", "--once")
    assert migrated.returncode == 0, migrated.stderr

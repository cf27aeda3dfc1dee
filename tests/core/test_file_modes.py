"""The database, its WAL and the attachments are private to the user madoguchi runs as, under
a normal umask (issue 16, item 7): mail is personal data, other local users must not read it.
"""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

from madoguchi.actions.prepare import attachment_path, store_attachment

_OPEN_DATABASE = """
import django
django.setup()
from django.db import connection
with connection.cursor() as cursor:
    cursor.execute("CREATE TABLE probe (a)")
    cursor.execute("INSERT INTO probe VALUES (1)")
    import os, stat
    data = os.environ["MADOGUCHI_DATA_DIR"]
    for name in sorted(os.listdir(data)):  # while the connection is open: the WAL exists
        print(name, oct(stat.S_IMODE(os.stat(os.path.join(data, name)).st_mode)))
"""


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_it_creates_the_database_and_its_wal_readable_by_the_owner_only(tmp_path: Path) -> None:
    data = tmp_path / "data"
    environment = {
        **os.environ,
        "MADOGUCHI_DATA_DIR": str(data),
        "DJANGO_SETTINGS_MODULE": "madoguchi.settings",
    }
    environment.pop("MADOGUCHI_DATABASE_URL", None)
    output = subprocess.run(
        [sys.executable, "-c", _OPEN_DATABASE],
        env=environment,
        check=True,
        capture_output=True,
        text=True,
        preexec_fn=lambda: os.umask(0o022),
    ).stdout
    modes = dict(line.split() for line in output.splitlines())
    assert _mode(data) == 0o700
    for name in ("madoguchi.sqlite3", "madoguchi.sqlite3-wal", "madoguchi.sqlite3-shm"):
        assert modes[name] == "0o600", (name, modes)


def test_it_writes_attachments_readable_by_the_owner_only(tmp_path: Path) -> None:
    root = tmp_path / "attachments"
    previous = os.umask(0o022)
    try:
        sha256 = store_attachment(root, b"%PDF-1.4 estimate")
    finally:
        os.umask(previous)
    path = attachment_path(root, sha256)
    assert path.read_bytes() == b"%PDF-1.4 estimate"
    assert _mode(path) == 0o600
    directories = (root, path.parent.parent, path.parent)
    assert [_mode(directory) for directory in directories] == [0o700] * 3

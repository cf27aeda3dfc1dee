"""SQLite allows one worker per database; a killed worker does not block the next one."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from madoguchi.worker.locks import WorkerAlreadyRunning, file_lock


def test_a_second_worker_on_the_same_sqlite_database_is_refused(tmp_path: Path) -> None:
    lock = tmp_path / "db.sqlite3.worker-lock"
    with file_lock(lock, "db.sqlite3"):
        with pytest.raises(WorkerAlreadyRunning, match="another worker is already running"):
            with file_lock(lock, "db.sqlite3"):
                pass


def test_the_lock_of_a_killed_worker_is_free_again(tmp_path: Path) -> None:
    lock = tmp_path / "db.sqlite3.worker-lock"
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import fcntl, os, sys, time\n"
            f"fd = os.open({str(lock)!r}, os.O_RDWR | os.O_CREAT)\n"
            "fcntl.flock(fd, fcntl.LOCK_EX)\nprint('held', flush=True)\ntime.sleep(60)\n",
        ],
        stdout=subprocess.PIPE,
    )
    assert holder.stdout is not None and holder.stdout.readline() == b"held\n"
    with pytest.raises(WorkerAlreadyRunning):
        with file_lock(lock, "db.sqlite3"):
            pass
    holder.kill()
    holder.wait()
    with file_lock(lock, "db.sqlite3"):
        pass

"""Who may run: one worker per SQLite file; on PostgreSQL one fetcher per mailbox at a time."""

from __future__ import annotations

import fcntl
import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from django.db import connection

_ADVISORY_BASE = 0x6D61646F << 20  # "mado": keeps our lock keys apart from other apps'


class WorkerAlreadyRunning(Exception):
    pass


@contextmanager
def single_worker_lock() -> Iterator[None]:
    """SQLite has one writer: one worker per database file."""
    name = str(connection.settings_dict["NAME"])
    if connection.vendor != "sqlite" or "memory" in name:
        yield
        return
    with file_lock(Path(name + ".worker-lock"), name):
        yield


@contextmanager
def file_lock(path: Path, database: str) -> Iterator[None]:
    """An flock on `path`: the kernel releases it even when the process is SIGKILLed."""
    descriptor = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        fcntl.flock(descriptor, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        os.close(descriptor)
        raise WorkerAlreadyRunning(
            f"another worker is already running on {database}; SQLite allows one "
            "(use PostgreSQL to run several)"
        ) from None
    try:
        os.ftruncate(descriptor, 0)
        os.write(descriptor, f"{os.getpid()}\n".encode())
        yield
    finally:
        fcntl.flock(descriptor, fcntl.LOCK_UN)
        os.close(descriptor)


@contextmanager
def mailbox_lock(mailbox_id: int) -> Iterator[bool]:
    """On PostgreSQL, one worker at a time fetches a mailbox (a session advisory lock);
    the others skip it. SQLite runs one worker, so the lock is always held."""
    if connection.vendor != "postgresql":
        yield True
        return
    key = _ADVISORY_BASE + mailbox_id
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s)", [key])
        held = bool(cursor.fetchone()[0])
    try:
        yield held
    finally:
        if held:
            try:
                with connection.cursor() as cursor:
                    cursor.execute("SELECT pg_advisory_unlock(%s)", [key])
            except Exception:  # noqa: BLE001 - a lost connection has released it already
                pass

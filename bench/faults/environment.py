"""What the fault scenarios and transport benchmarks share: a fresh database (SQLite file, or
a new database on the PostgreSQL named by MADOGUCHI_DATABASE_URL), Dovecot and an SMTP sink
on loopback, a mailbox, and worker processes that can be started and SIGKILLed.

Import this before anything from Django: it sets the environment Django's settings read.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import secrets
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path[:0] = [str(REPO), str(REPO / "bench")]
MADOGUCHI = str(REPO / ".venv" / "bin" / "madoguchi")
ADDRESS = "support@example.test"


class Environment:
    def __init__(self, name: str, *, keep: bool = False) -> None:
        self.keep = keep
        self.dir = Path(tempfile.mkdtemp(prefix=f"madoguchi-{name}-"))
        self.database_name = ""
        base_url = os.environ.get("MADOGUCHI_DATABASE_URL", "")
        if base_url.startswith("postgres"):
            self.database_name = f"madoguchi_{name.replace('-', '_')}_{secrets.token_hex(4)}"
            self.admin_url = base_url.rsplit("/", 1)[0] + "/postgres"
            import psycopg

            with psycopg.connect(self.admin_url, autocommit=True) as admin:
                admin.execute(f"CREATE DATABASE {self.database_name}")
            url = base_url.rsplit("/", 1)[0] + "/" + self.database_name
        else:
            url = f"sqlite:///{self.dir / 'madoguchi.sqlite3'}"
        self.env = dict(
            os.environ,
            MADOGUCHI_DATA_DIR=str(self.dir),
            MADOGUCHI_DATABASE_URL=url,
            MADOGUCHI_SECRET_KEY=secrets.token_urlsafe(40),
            MADOGUCHI_LOG_LEVEL=os.environ.get("MADOGUCHI_LOG_LEVEL", "WARNING"),
            DJANGO_SETTINGS_MODULE="madoguchi.settings",
        )
        os.environ.update(self.env)
        subprocess.run([MADOGUCHI, "migrate", "-v", "0"], env=self.env, check=True)
        import django

        django.setup()
        from tests.support.servers import Dovecot, SmtpSink

        self.dovecot = Dovecot()
        self.dovecot.start()
        self.dovecot.add_user(ADDRESS, "imap-secret")
        self.sink = SmtpSink(deliver_to=self.dovecot)
        self.sink.start()
        self.workers: list[subprocess.Popen[bytes]] = []
        self.log = (self.dir / "worker.log").open("ab")
        self.mailbox = self.add_mailbox(ADDRESS, self.dovecot.port)

    @property
    def engine(self) -> str:
        return "postgresql" if self.database_name else "sqlite"

    def add_mailbox(self, address: str, imap_port: int):  # type: ignore[no-untyped-def]
        """A mailbox sending through the sink, its IMAP at `imap_port` on loopback."""
        from madoguchi.models import Mailbox
        from madoguchi.transport.credentials import encrypt_password

        return Mailbox.objects.create(
            name="サポート窓口",
            address=address,
            imap_host="127.0.0.1",
            imap_port=imap_port,
            imap_security="plain",
            imap_username=address,
            imap_password_encrypted=encrypt_password("imap-secret"),
            smtp_host="127.0.0.1",
            smtp_port=self.sink.port,
            smtp_security="plain",
            signature="株式会社サンプル サポート窓口",
            send_delay_seconds=0,  # no undo window: the replies are due at once
        )

    def start_worker(self, *arguments: str) -> subprocess.Popen[bytes]:
        process = subprocess.Popen(
            [MADOGUCHI, "worker", *arguments],
            env=self.env,
            stdout=self.log,
            stderr=self.log,
            start_new_session=True,
        )
        self.workers.append(process)
        return process

    def stop_workers(self) -> None:
        for process in self.workers:
            if process.poll() is None:
                process.send_signal(signal.SIGTERM)
                try:
                    process.wait(timeout=15)
                except subprocess.TimeoutExpired:
                    process.kill()
                    process.wait()

    def close(self) -> None:
        self.stop_workers()
        self.sink.stop()
        self.dovecot.close()
        self.log.close()
        from django.db import connections

        connections.close_all()
        if self.database_name:
            import psycopg

            with psycopg.connect(self.admin_url, autocommit=True) as admin:
                admin.execute(f"DROP DATABASE IF EXISTS {self.database_name} WITH (FORCE)")
        if not self.keep:
            shutil.rmtree(self.dir, ignore_errors=True)


def kill_during(
    start: Callable[[], subprocess.Popen[bytes]],
    progress: Callable[[], int],
    total: int,
    kills: int,
    rng: random.Random,
    timeout: float,
    workers: int = 1,
) -> tuple[list[subprocess.Popen[bytes]], list[int]]:
    """Run `workers` workers and SIGKILL one of them at `kills` random moments, restarting
    it each time.

    The moments are random points of progress (0 < p < total) plus a random few
    milliseconds, so they land in every phase: fetching, storing, parsing, sending,
    recording. Returns the running workers and the progress seen at each kill.
    """
    thresholds = sorted(rng.sample(range(1, total), kills))
    running = [start() for _ in range(workers)]
    seen: list[int] = []
    deadline = time.monotonic() + timeout
    for threshold in thresholds:
        while progress() < threshold and time.monotonic() < deadline:
            time.sleep(0.005)
        time.sleep(rng.uniform(0, 0.05))
        victim = rng.randrange(len(running))
        running[victim].kill()
        running[victim].wait()
        seen.append(progress())
        running[victim] = start()
    return running, seen


def wait_until(condition: Callable[[], bool], timeout: float, step: float = 0.2) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(step)
    return condition()


def kill_arguments(
    doc: str, count_name: str, count: int
) -> tuple[argparse.Namespace, random.Random, int]:
    """The options every kill scenario takes; returns them, the random source and its seed."""
    parser = argparse.ArgumentParser(description=doc.splitlines()[0])
    parser.add_argument(f"--{count_name}", type=int, default=count)
    parser.add_argument("--kills", type=int, default=10)
    parser.add_argument("--seed", type=int, default=None, help="repeat a run exactly")
    parser.add_argument("--timeout", type=float, default=600)
    parser.add_argument(
        "--workers", type=int, default=1, help="workers at once (PostgreSQL only: SKIP LOCKED)"
    )
    args = parser.parse_args()
    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    return args, random.Random(seed), seed


def report(result: dict[str, object], ok: bool) -> int:
    """Print the counts as one JSON line; the exit status says whether they are right."""
    result["ok"] = bool(ok)
    print(json.dumps(result, ensure_ascii=False))
    return 0 if ok else 1

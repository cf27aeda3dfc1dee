"""Load test: N web and N worker processes on PostgreSQL while mail arrives over IMAP and
replies leave over SMTP, with Locust simulating the agents (issue 15, item 3).

usage (from the repository, as root for Dovecot):
    MADOGUCHI_PG_PORT=15480 scripts/with-postgresql \\
        .venv/bin/python bench/load/run.py --web 2 --workers 2 --users 100 --minutes 10

What runs: Dovecot on loopback holding the shared mailbox, an aiosmtpd sink recording every
mail that leaves, `madoguchi web` × N (each its own process and port) and `madoguchi worker`
× N, a feeder delivering customer mail into the mailbox at --mail-rate messages a second,
and Locust (installed into .venv-load from bench/load/requirements.txt) with --users agents
who read queues, open conversations, search, write notes and reply, with think time.

What it prints: requests/s and p50/p95 per action (Locust's figures), errors, and the
mail checks that matter more than speed: every delivered mail stored exactly once (lost
and stored-twice counts), every reply the app accepted sent exactly once (replies sent
twice, by Message-ID at the sink).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import secrets
import subprocess
import sys
import tempfile
import threading
import time
import venv
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
LOAD_VENV = REPO / ".venv-load"
PASSWORD = "load-test-password"
sys.path.insert(0, str(REPO))


def _locust() -> Path:
    """Locust in its own virtualenv, so the application's stays as it is deployed."""
    binary = LOAD_VENV / "bin" / "locust"
    if not binary.exists():
        venv.create(LOAD_VENV, with_pip=True)
        requirements = REPO / "bench" / "load" / "requirements.txt"
        subprocess.run(
            [str(LOAD_VENV / "bin" / "pip"), "install", "-q", "-r", str(requirements)],
            check=True,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
    return binary


def _create_database(url: str) -> None:
    """scripts/with-postgresql gives an empty cluster: the database is made here."""
    from urllib.parse import urlparse

    import psycopg

    name = urlparse(url).path.lstrip("/")
    admin = url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin, autocommit=True) as connection:
        exists = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", (name,))
        if exists.fetchone() is None:
            connection.execute(f'CREATE DATABASE "{name}"')


def _seed(agents: int, imap_port: int, smtp_port: int, address: str) -> list[str]:
    """The team, the mailbox and the agents, each already signed in: returns their session
    keys. The test plays ten minutes of a working day, when agents signed in long ago; 100
    password checks at once (PBKDF2, on purpose slow) took the web processes minutes on a
    busy 2-core machine before any agent did any work."""
    import django

    django.setup()
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY
    from django.contrib.auth.hashers import make_password
    from django.contrib.auth.models import User
    from django.contrib.sessions.backends.db import SessionStore
    from django.core.management import call_command

    from madoguchi.models import Agent, Mailbox, Role, Team
    from madoguchi.transport.credentials import encrypt_password

    call_command("migrate", verbosity=0, interactive=False)
    team = Team.objects.create(name="負荷試験")
    mailbox = Mailbox.objects.create(
        name="負荷試験窓口",
        address=address,
        imap_host="127.0.0.1",
        imap_port=imap_port,
        imap_security="plain",
        imap_username=address,
        imap_password_encrypted=encrypt_password(PASSWORD),
        smtp_host="127.0.0.1",
        smtp_port=smtp_port,
        smtp_security="plain",
        confirm_before_send="never",
        send_delay_seconds=0,
        signature="負荷試験サポート",
    )
    mailbox.teams.add(team)
    password = make_password(PASSWORD)  # hashed once: 100 hashes took minutes of setup
    sessions = []
    for number in range(agents):
        user = User.objects.create(username=f"agent{number:03d}", password=password)
        agent = Agent.objects.create(user=user, role=Role.AGENT, display_name=f"担当 {number}")
        agent.teams.add(team)
        session = SessionStore()
        session[SESSION_KEY] = str(user.pk)
        session[BACKEND_SESSION_KEY] = "django.contrib.auth.backends.ModelBackend"
        session[HASH_SESSION_KEY] = user.get_session_auth_hash()
        session.create()
        sessions.append(str(session.session_key))
    return sessions


class Feeder(threading.Thread):
    """Customer mail delivered into the mailbox at a steady rate, each with its own id."""

    def __init__(self, dovecot: object, address: str, rate: float, first: int = 0) -> None:
        super().__init__(daemon=True)
        self.dovecot = dovecot
        self.address = address
        self.rate = rate
        self.delivered: list[str] = []
        self.first = first
        self.stopping = threading.Event()

    def deliver(self, number: int) -> None:
        from tests.support.servers import sample_mail

        message_id = f"<load-{number}@customer.example>"
        sender = f"customer{number % 700}@customer{number % 90}.example"
        raw = sample_mail(number, sender=sender, to=self.address, message_id=message_id)
        self.dovecot.deliver(self.address, raw)  # type: ignore[attr-defined]
        self.delivered.append(message_id)

    def run(self) -> None:
        number = self.first
        start = time.monotonic()
        while not self.stopping.is_set():
            self.deliver(number)
            number += 1
            delay = start + (number - self.first) / self.rate - time.monotonic()
            if delay > 0:
                self.stopping.wait(delay)


def _start(command: list[str], env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(command, env=env, stdout=log.open("wb"), stderr=subprocess.STDOUT)


def _wait_for_web(port: int, timeout: float = 300) -> None:
    import urllib.request

    deadline = time.monotonic() + timeout
    while True:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2)
            return
        except OSError:
            if time.monotonic() > deadline:
                raise SystemExit(f"web process on port {port} did not start") from None
            time.sleep(0.5)


def _checks(feeder: Feeder, sink: object, settle: float) -> dict[str, int]:
    from django.db.models import Count

    from madoguchi.models import Direction, Message, OutboxItem, OutboxState

    delivered = set(feeder.delivered)
    deadline = time.monotonic() + settle
    while True:  # the workers catch up with the last mail and the last replies
        stored = Message.objects.filter(direction=Direction.INCOMING, message_id__in=delivered)
        pending = OutboxItem.objects.exclude(state__in=[OutboxState.SENT, OutboxState.FAILED])
        if (stored.values("message_id").distinct().count() >= len(delivered)) and not (
            pending.exists()
        ):
            break
        if time.monotonic() > deadline:
            break
        time.sleep(2)
    stored_ids = set(stored.values_list("message_id", flat=True))
    twice = stored.values("message_id").annotate(n=Count("id")).filter(n__gt=1).count()
    sent_ids = sink.message_ids()  # type: ignore[attr-defined]
    missing = sorted(delivered - stored_ids)
    if missing:
        print("not stored:", ", ".join(missing[:10]))
    return {
        "mail delivered": len(delivered),
        "mail stored": len(stored_ids),
        "mail lost": len(delivered - stored_ids),
        "mail stored twice": twice,
        "replies accepted": OutboxItem.objects.count(),
        "replies sent": OutboxItem.objects.filter(state=OutboxState.SENT).count(),
        "replies failed": OutboxItem.objects.filter(state=OutboxState.FAILED).count(),
        "replies still queued": pending.count(),
        "mails at the SMTP server": len(sent_ids),
        "replies sent twice": len(sent_ids) - len(set(sent_ids)),
    }


def _cpu_seconds(root: int) -> float:
    """User + system CPU of a process and its descendants (the worker's parse children),
    from /proc: CPU time per request or mail means something on a busy machine too, where
    wall-clock figures do not."""
    parents: dict[int, int] = {}
    ticks: dict[int, int] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # ended meanwhile
        pid = int(stat.parent.name)
        parents[pid] = int(fields[1])
        ticks[pid] = int(fields[11]) + int(fields[12])  # utime, stime
    family, frontier = {root}, [root]
    while frontier:
        parent = frontier.pop()
        children = [pid for pid, ppid in parents.items() if ppid == parent]
        family.update(children)
        frontier.extend(children)
    return sum(ticks.get(pid, 0) for pid in family) / os.sysconf("SC_CLK_TCK")


def _server_errors(work: Path) -> int:
    """Errors the web and worker processes logged (a 500, a deadlock retried by the worker,
    a mail that failed): each is a bug a multi-process deployment would meet."""
    return sum(
        sum(1 for line in log.read_text(errors="replace").splitlines() if " ERROR " in line)
        for log in sorted(work.glob("web*.log")) + sorted(work.glob("worker*.log"))
    )


def _table(stats_csv: Path, web: int, workers: int, users: int, minutes: float) -> str:
    """Locust's figures per action, one row each, as the issue asks."""
    rows = list(csv.DictReader(stats_csv.open()))
    lines = [
        f"## {web} web, {workers} worker processes, {users} agents, {minutes:g} minutes",
        "",
        f"{'action':<18}{'requests':>10}{'req/s':>8}{'p50 ms':>8}{'p95 ms':>8}{'errors':>8}",
    ]
    for row in rows:
        name = row["Name"] if row["Name"] != "Aggregated" else "all"
        lines.append(
            f"{name:<18}{row['Request Count']:>10}{float(row['Requests/s']):>8.1f}"
            f"{row['50%']:>8}{row['95%']:>8}{row['Failure Count']:>8}"
        )
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--web", type=int, default=1)
    parser.add_argument("--workers", type=int, default=1)
    parser.add_argument("--users", type=int, default=100)
    parser.add_argument("--minutes", type=float, default=10)
    parser.add_argument("--mail-rate", type=float, default=10.0)
    parser.add_argument("--initial-mail", type=int, default=500)
    parser.add_argument("--keep", help="keep logs and Locust's CSV files in this folder")
    args = parser.parse_args()
    if not os.environ.get("MADOGUCHI_DATABASE_URL", "").startswith("postgresql"):
        print("run under scripts/with-postgresql (the load test measures PostgreSQL)")
        return 2
    locust = _locust()
    _create_database(os.environ["MADOGUCHI_DATABASE_URL"])
    work = Path(args.keep or tempfile.mkdtemp(prefix="madoguchi-load."))
    work.mkdir(parents=True, exist_ok=True)
    env = {
        **os.environ,
        "MADOGUCHI_DATA_DIR": str(work / "data"),
        "MADOGUCHI_SECRET_KEY": secrets.token_urlsafe(40),
        "MADOGUCHI_LOGIN_FAILURES": "100000",
        "MADOGUCHI_LOG_LEVEL": "WARNING",
        "DJANGO_SETTINGS_MODULE": "madoguchi.settings",
    }
    os.environ.update(env)

    from tests.support.servers import Dovecot, SmtpSink, free_port

    address = "load@example.test"
    processes: list[subprocess.Popen[bytes]] = []
    with Dovecot() as dovecot, SmtpSink() as sink:
        dovecot.add_user(address, PASSWORD)
        sessions = _seed(args.users, dovecot.port, sink.port, address)
        feeder = Feeder(dovecot, address, args.mail_rate)
        for number in range(args.initial_mail):
            feeder.deliver(number)
        feeder.first = args.initial_mail
        try:
            ports = [free_port() for _ in range(args.web)]
            madoguchi = str(REPO / ".venv" / "bin" / "madoguchi")
            for index, port in enumerate(ports):
                command = [madoguchi, "web", "--host", "127.0.0.1", "--port", str(port)]
                processes.append(_start(command, env, work / f"web{index}.log"))
            for index in range(args.workers):
                processes.append(_start([madoguchi, "worker"], env, work / f"worker{index}.log"))
            for port in ports:
                _wait_for_web(port)
            feeder.start()
            hosts = ",".join(f"http://127.0.0.1:{port}" for port in ports)
            load_env = {
                **env,
                "LOAD_HOSTS": hosts,
                "LOAD_PASSWORD": PASSWORD,
                "LOAD_AGENTS": str(args.users),
                "LOAD_SESSIONS": ",".join(sessions),
            }
            subprocess.run(
                [
                    str(locust),
                    "-f",
                    str(REPO / "bench" / "load" / "locustfile.py"),
                    "--headless",
                    "--users",
                    str(args.users),
                    "--spawn-rate",
                    "10",
                    "--run-time",
                    f"{int(args.minutes * 60)}s",
                    "--host",
                    f"http://127.0.0.1:{ports[0]}",
                    "--csv",
                    str(work / "locust"),
                    "--only-summary",
                    # Agents finish the task they are in (a reply being written) rather
                    # than drop requests the server goes on to carry out uncounted.
                    "--stop-timeout",
                    "90",
                ],
                env=load_env,
                check=False,
                stdout=(work / "locust.log").open("wb"),
                stderr=subprocess.STDOUT,
            )
            feeder.stopping.set()
            feeder.join()
            checks = _checks(feeder, sink, settle=300)
            web_cpu = sum(_cpu_seconds(process.pid) for process in processes[: args.web])
            worker_cpu = sum(_cpu_seconds(process.pid) for process in processes[args.web :])
        finally:
            for process in processes:
                process.terminate()
            for process in processes:
                try:
                    process.wait(timeout=60)
                except subprocess.TimeoutExpired:  # a worker stuck in a long batch
                    process.kill()
                    process.wait()
    checks["errors in the server logs"] = _server_errors(work)
    stats = {row["Name"]: row for row in csv.DictReader((work / "locust_stats.csv").open())}
    checks["failed requests (Locust)"] = int(stats["Aggregated"]["Failure Count"])
    if "reply" in stats:  # a reply refused with a reason (the conversation changed) is a 200
        reply = stats["reply"]
        checks["reply posts answered"] = int(reply["Request Count"]) - int(reply["Failure Count"])
    requests = int(stats["Aggregated"]["Request Count"])
    table = _table(work / "locust_stats.csv", args.web, args.workers, args.users, args.minutes)
    table += (
        f"\n\nCPU of the web processes: {web_cpu:.0f} s, "
        f"{1000 * web_cpu / max(requests, 1):.1f} ms a request; of the workers: "
        f"{worker_cpu:.0f} s, {1000 * worker_cpu / max(checks['mail stored'], 1):.1f} ms a mail "
        "(with sending and timers)"
    )
    table += "\n\n" + "\n".join(f"{name:<26}{value:>8}" for name, value in checks.items())
    print("\n" + table)
    (work / "table.txt").write_text(table + "\n")
    result = {
        "web": args.web,
        "workers": args.workers,
        "users": args.users,
        "minutes": args.minutes,
        "mail_rate": args.mail_rate,
        "actions": {
            ("all" if name == "Aggregated" else name): {
                "requests": int(row["Request Count"]),
                "rps": float(row["Requests/s"]),
                "p50": row["50%"],
                "p95": row["95%"],
                "errors": int(row["Failure Count"]),
            }
            for name, row in stats.items()
        },
        "checks": checks,
        "cpu_ms_per_request": 1000 * web_cpu / max(requests, 1),
        "cpu_ms_per_mail": 1000 * worker_cpu / max(checks["mail stored"], 1),
    }
    (work / "result.json").write_text(json.dumps(result, ensure_ascii=False, indent=1) + "\n")
    print(f"\nthis table: {work / 'table.txt'} (and result.json for bench/load/table.py)")
    print(f"logs and Locust's CSV files: {work}")
    problems = (
        checks["mail lost"]
        + checks["mail stored twice"]
        + checks["replies sent twice"]
        + checks["errors in the server logs"]
        + checks["failed requests (Locust)"]
    )
    return 1 if problems else 0


if __name__ == "__main__":
    raise SystemExit(main())

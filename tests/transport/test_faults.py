"""The fault scenarios of bench/faults, small: a killed worker and servers that go away.

The full sizes (2,000 mails and 300 replies with 10 kills each, a one-minute outage) run
from bench/faults/; these run the same scripts in separate processes, with their own
database (SQLite, or a new PostgreSQL database when the suite runs on PostgreSQL).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.support.servers import dovecot_available

FAULTS = Path(__file__).resolve().parents[2] / "bench" / "faults"

pytestmark = [
    pytest.mark.servers,
    pytest.mark.skipif(not dovecot_available(), reason="dovecot is not installed"),
]


def scenario(script: str, *arguments: str) -> dict[str, object]:
    completed = subprocess.run(
        [sys.executable, str(FAULTS / script), *arguments],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert completed.stdout.strip(), completed.stderr[-3000:]
    return json.loads(completed.stdout.strip().splitlines()[-1])


def test_every_mail_is_stored_exactly_once_however_often_the_worker_is_killed() -> None:
    result = scenario("fetch_kill.py", "--messages", "150", "--kills", "3")

    assert result["raw_stored"] == result["messages"] == 150, result
    assert result["message_ids_stored_twice"] == 0, result


def test_every_reply_is_delivered_exactly_once_however_often_the_worker_is_killed() -> None:
    result = scenario("send_kill.py", "--replies", "30", "--kills", "3")

    assert result["delivered_exactly_once"] == 30, result
    assert result["delivered_twice_or_more"] == 0, result


def test_the_worker_survives_servers_going_away_and_catches_up() -> None:
    result = scenario("outage.py", "--messages", "40", "--replies", "10", "--outage-seconds", "4")

    assert result["worker_alive_during_outage"] and result["worker_alive_at_end"], result
    assert result["mail_stored"] == 40, result
    assert result["delivered_exactly_once"] == 10, result
    assert result["delivered_twice_or_more"] == 0, result

"""A parse child keeps parsing while the storing process is busy and has not read its answers
(actions/budget.py): the import's children must not sit idle while a batch is written."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from mailmaker import make_mail

from madoguchi.actions.budget import _BEGUN, Budget, ParsePool


@pytest.mark.pure
def test_it_parses_every_mail_of_its_chunk_before_any_answer_is_read(tmp_path: Path) -> None:
    # 30 mails of 150,000 characters: their answers (some 13 MB) are far more than a socket's
    # buffer holds, so a child that sent them itself stopped after the first few mails.
    body = "ご請求の件でお問い合わせです。\n" * 9_000
    raws = [make_mail(message_id=f"<big{n}@example.jp>", body=body) for n in range(30)]
    with ParsePool(tmp_path, workers=1, budget=Budget(seconds=30)) as pool:
        ticket = pool.submit(raws)
        child = pool._children[0]
        deadline = time.monotonic() + 120
        while child.progress[_BEGUN] < len(raws) and time.monotonic() < deadline:
            time.sleep(0.05)  # the storing process busy elsewhere: nothing read meanwhile
        begun = int(child.progress[_BEGUN])
        prepared = pool.results(ticket)
    assert begun == len(raws)
    assert [item.parsed.message_id for item in prepared] == [
        f"<big{n}@example.jp>" for n in range(30)
    ]
    assert all(item.parsed.text.strip() == body.strip() for item in prepared)
    assert not any(item.parsed.defects for item in prepared)

"""Session 28 (a clean-clone CI run): a satisfaction survey whose random link token held
"___" was refused by the sending gate as an unfilled blank, and silently never sent. A run of
underscores or X's inside a link or an address is part of it; a {variable} inside one is not."""

from __future__ import annotations

import pytest

from madoguchi.actions import satisfaction
from madoguchi.actions.conversations import assign, set_status
from madoguchi.actions.satisfaction import send_satisfaction_surveys, set_satisfaction_survey
from madoguchi.models import SatisfactionSurvey, Status
from madoguchi.quality.lint.rules.placeholder_left import placeholders_in
from tests.web.conftest import World, make_conversation


def test_a_survey_whose_token_holds_underscores_is_sent(
    world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(satisfaction.secrets, "token_urlsafe", lambda _n: "Qk9___XXz-ab___c")
    set_satisfaction_survey(world.lead, world.support, enabled=True)
    conversation = make_conversation(world.support)
    assign(world.alice, conversation, world.alice)
    set_status(world.alice, conversation, Status.RESOLVED)

    assert send_satisfaction_surveys() == 1
    assert SatisfactionSurvey.objects.get(conversation=conversation).token == "Qk9___XXz-ab___c"


def test_blanks_inside_links_and_addresses() -> None:
    assert placeholders_in("詳細: https://docs.example.com/d/1a___Zx-XX-q/edit") == []
    assert placeholders_in("返信先 sales___desk@example.co.jp までお願いします。") == []
    assert placeholders_in("追跡: https://shop.example/orders/{order_id}") == ["{order_id}"]
    assert placeholders_in("お名前：____ 様 https://shop.example/") == ["____"]

"""Walk 24 H8: an admin could not tell from the mailbox page whether a reply carries the
mailbox's signature or the writer's own (tanaka's sent mail carried his). Both forms now say:
a personal signature takes the mailbox's place; the mailbox's is for whoever has none."""

from __future__ import annotations

import pytest

from tests.web.conftest import World


@pytest.mark.parametrize(
    ("language", "mailbox_says", "preferences_say"),
    [
        (
            "ja",
            "個人設定で自分の署名を登録している人の返信には、こちらではなくその人の署名が付きます。",
            "あなたの返信には、メールボックスの署名ではなくこの署名が付きます。",
        ),
        (
            "en",
            "A person who has their own signature in Preferences signs with theirs instead",
            "Your replies carry this one instead of the mailbox",
        ),
    ],
)
def test_both_forms_say_which_signature_a_reply_carries(
    world: World, language: str, mailbox_says: str, preferences_say: str
) -> None:
    admin = world.client(world.admin)
    mailbox = admin.get(f"/mailboxes/{world.support.pk}/", HTTP_ACCEPT_LANGUAGE=language)
    assert mailbox_says in mailbox.content.decode()
    agent = world.client(world.alice)
    preferences = agent.get("/preferences/", follow=True, HTTP_ACCEPT_LANGUAGE=language)
    assert preferences_say in preferences.content.decode()

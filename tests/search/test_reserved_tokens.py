"""No typed word reaches the reserved filter tokens of a conversation's document
(search/tokens.py, backends.FILTER_MARK): on PostgreSQL session 8 spelled them `zz…`, and
searching `zzstatusopen` listed every open conversation. Runs on either database."""

from __future__ import annotations

import pytest
from test_conversation_index import admin, found, threads  # noqa: F401

from madoguchi.actions.conversations import add_label, set_status
from madoguchi.models import Conversation, Label, Status

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "typed",
    [
        "zzstatusopen",
        "zzstatusnew",
        '"zzstatusopen"',
        "zzlabel{label}",
        "\u00a6sopen",
        "\u00a6l{label}",
        "\uffe4sopen",  # the full-width broken bar (NFKC folds it to U+00A6)
        "sopen",
    ],
)
def test_it_never_matches_a_filter_token_with_a_typed_word(
    threads: dict[str, Conversation],  # noqa: F811
    admin: object,  # noqa: F811
    typed: str,
) -> None:
    refund = threads["refund"]
    set_status(admin, refund, Status.OPEN)
    label = Label.objects.create(name="請求")
    add_label(admin, refund, label)
    assert found(admin, "返金 status:open label:請求", threads) == ["refund"]
    assert found(admin, typed.format(label=label.pk), threads) == []
    assert found(admin, "-" + typed.format(label=label.pk), threads) == found(admin, "", threads)

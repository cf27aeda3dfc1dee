"""Whom a reply's greeting names (mail/greeting.py)."""

from __future__ import annotations

import pytest

from madoguchi.mail.greeting import greeted_name, is_someone_known


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Hi Grace,\n\nThanks for writing.", "Grace"),
        ("Dear Ms. Wright,\nThank you.", "Wright"),
        ("Hello there,\nThanks.", None),
        ("Hi team,\nThanks.", None),
        ("田中様\n\nいつもお世話になっております。", "田中"),
        ("株式会社ミナト\n山本様\n\nお世話になっております。", "山本"),
        ("株式会社ミナト 山本様", "山本"),
        ("山本 花子 様", "山本 花子"),
        ("お客様\nいつも", None),
        ("ご担当者様", None),
        ("いつもお世話になっております。\n返金の件です。", None),
        ("Thanks for your mail.", None),
    ],
)
def test_it_reads_the_greeted_name(text: str, name: str | None) -> None:
    assert greeted_name(text) == name


@pytest.mark.parametrize(
    ("greeted", "known", "expected"),
    [
        ("Grace", ["Hannah Wright", "hannah wright"], False),
        ("Hannah", ["Hannah Wright"], True),
        ("Wright", ["Hannah Wright"], True),
        ("Bob", ["Robert Smith", "bob smith"], True),
        ("田中", ["山本 花子"], False),
        ("山本", ["山本 花子"], True),
        ("山本花子", ["山本 花子"], True),
        ("山本", ["Yamamoto Hanako"], True),  # no Japanese name known: no basis to doubt
        # An English greeting with a Japanese honorific names the person (walk 23).
        ("Okada-san", ["岡田 健", "ken.okada.1985"], True),
        ("Mori-sama", ["森 彩", "aya.mori"], True),
        ("Ueda-san", ["岡田 健", "ken.okada.1985"], False),
    ],
)
def test_it_knows_whether_the_name_is_in_the_thread(
    greeted: str, known: list[str], expected: bool
) -> None:
    assert is_someone_known(greeted, known) is expected

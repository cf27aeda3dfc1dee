"""The run-wise NFKC gives exactly what unicodedata gives."""

from __future__ import annotations

import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from madoguchi.mail.nfkc import nfkc

# Characters where normalising piece by piece could go wrong: half-width kana and their
# voiced marks, combining marks in both orders, Hangul jamo, full-width forms, ①, ㈱.
_TRICKY = (
    "ｶﾞﾟｱﾊﾟﾊﾞかは\u3099\u309aカe\u0301\u0327\u0323a\u030aÅ\u212b\ufb01①㈱（）！？ＡＢ１２"
    "～〜ー−－ｰ\u3000 \n가\u1100\u1161\u11a8한\U0001f600\U00020bb7\U0001d400ﬀ"
)


@settings(max_examples=500)
@given(st.text(alphabet=_TRICKY, max_size=40) | st.text(max_size=40))
def test_it_equals_unicodedata(text: str) -> None:
    assert nfkc(text) == unicodedata.normalize("NFKC", text)


def test_it_folds_japanese_mail_forms() -> None:
    assert nfkc("㈱テスト　ﾛｸﾞｲﾝ（①）ＩＤ") == "(株)テスト ログイン(1)ID"

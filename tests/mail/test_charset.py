from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from madoguchi.mail.charset import decode_bytes, decode_iso2022jp, decode_text_guess

NEC_AND_WAVE_DASH = b"\x1b$B-!-j!A!]\x1b(B"  # ① ㈱ ～ － in JIS byte pairs (CP50220)


def test_it_decodes_cp50220_extensions_that_strict_iso_2022_jp_rejects() -> None:
    assert decode_iso2022jp(NEC_AND_WAVE_DASH) == ("①㈱～－", 0)


def test_it_maps_the_wave_dash_family_alike_in_every_japanese_charset() -> None:
    expected = "～－"
    assert decode_bytes(b"\x1b$B!A!]\x1b(B", "iso-2022-jp").text == expected
    assert decode_bytes(b"\x81\x60\x81\x7c", "shift_jis").text == expected
    assert decode_bytes(b"\xa1\xc1\xa1\xdd", "euc-jp").text == expected


def test_it_reads_utf8_under_a_shift_jis_label_and_reports_it() -> None:
    decoded = decode_bytes("テスト".encode(), "Shift_JIS")
    assert (decoded.text, decoded.defect) == ("テスト", "labelled Shift_JIS but is UTF-8")


def test_it_replaces_bytes_it_cannot_place_rather_than_guessing_wildly() -> None:
    decoded = decode_bytes(b"Dij\x8aat", "iso-2022-jp")
    assert decoded.text == "Dij\ufffdat"
    assert decoded.defect is not None


def test_it_reads_gbk_characters_under_a_gb2312_label() -> None:
    assert decode_bytes("绩效管理".encode("gbk"), "gb2312").text == "绩效管理"


def test_it_guesses_unknown_bytes_in_order_utf8_cp932_euc_latin() -> None:
    assert decode_text_guess("返金".encode()) == "返金"
    assert decode_text_guess("返金をお願いします".encode("cp932")) == "返金をお願いします"
    assert decode_text_guess("返金をお願いします".encode("euc_jp")) == "返金をお願いします"
    assert decode_text_guess("Grüße".encode("latin-1")) == "Grüße"
    assert decode_text_guess(b"\x1b$B$3$s$K$A$O\x1b(B") == "こんにちは"


def test_it_reads_an_unknown_label_as_undeclared_text() -> None:
    decoded = decode_bytes("日本語".encode(), "x-unknown-charset")
    assert decoded.text == "日本語"
    assert decoded.defect is not None and "unknown charset" in decoded.defect


# The plain modes, the ones the general path handles (half-width kana, JIS X 0212, the
# 1990 update), and an escape of no known sequence.
_ESCAPES = [b"\x1b$B", b"\x1b$@", b"\x1b(B", b"\x1b(J", b"\x1b(I", b"\x1b$(D", b"\x1b&@\x1b$B"]
_ESCAPES.append(b"\x1b")


@given(
    st.lists(
        st.one_of(
            st.sampled_from(_ESCAPES),
            st.binary(max_size=8).map(lambda raw: raw.replace(b"\x1b", b"")),
        ),
        max_size=30,
    )
)
def test_it_converts_jis_runs_to_euc_alike_on_the_fast_path_and_the_general_one(
    pieces: list[bytes],
) -> None:
    from madoguchi.mail.charset import _JIS_RUN, _jis_run_to_euc, _jis_to_euc

    data = b"".join(pieces)
    assert _jis_to_euc(data) == _JIS_RUN.sub(_jis_run_to_euc, data)


def test_it_reads_windows_iso2022jp_switching_modes_on_every_line() -> None:
    line = b"Order 12345: " + NEC_AND_WAVE_DASH + b' \x1b(Jok\x1b$@$"\x1b(B\n'
    assert decode_iso2022jp(line * 200) == ("Order 12345: ①㈱～－ okあ\n" * 200, 0)

"""A hostile address header is read up to a limit, not parsed for minutes (fuzz finding:
a 4 MB To of repeated commented addresses kept the stdlib parser busy for 46–177 s)."""

from __future__ import annotations

from madoguchi.mail.headers import MAX_ADDRESS_HEADER, parse_addresses


def test_a_huge_address_header_is_cut_at_an_address_and_says_so() -> None:
    one = "Chris Jones <c@(Chris's host.)public.example>, "
    defects: list[str] = []
    addresses = parse_addresses(one * 100_000, defects)
    assert addresses and all(a.address == "c@public.example" for a in addresses)
    assert len(addresses) <= MAX_ADDRESS_HEADER // len(one) + 1
    assert any("only the first" in defect for defect in defects)


def test_an_ordinary_long_recipient_list_is_read_whole() -> None:
    header = ", ".join(f"Customer {n} <c{n}@example.jp>" for n in range(500))
    defects: list[str] = []
    assert len(parse_addresses(header, defects)) == 500
    assert defects == []

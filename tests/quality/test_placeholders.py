"""Template variables are filled by name only: data can never steer the rendering."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from madoguchi.quality.placeholders import fill_placeholders

pytestmark = pytest.mark.pure

HOSTILE = [
    "{tag:>150000000}",
    "{subject.__class__.__mro__}",
    "{agent_name.x}",
    "{customer_name[0]}",
    "{0}",
    "{}",
    "{{customer_name}}",
    "{customer_name!r}",
    "%(customer_name)s",
    "${customer_name}",
    "{customer_name}",
    "}{",
]


@pytest.mark.parametrize("hostile", HOSTILE)
def test_it_inserts_a_hostile_value_as_text_once(hostile: str) -> None:
    values = {"customer_name": hostile, "tag": "[#42]", "subject": "返金"}
    filled = fill_placeholders("{customer_name} 様 {tag} {subject}", values)
    assert filled == f"{hostile} 様 [#42] 返金"


def test_it_fills_known_variables() -> None:
    assert fill_placeholders("{a}-{b}-{a}", {"a": "1", "b": "2"}) == "1-2-1"


@pytest.mark.parametrize(
    "template",
    [
        "{tag:>150000000}",
        "{subject.__class__.__mro__}",
        "{agent_name.x}",
        "{subject[0]}",
        "{subject!r}",
        "{unknown}",
        "{ customer }",
        "{",
        "}",
        "{{subject}}x",
    ],
)
def test_it_leaves_anything_but_a_plain_known_name_as_written(template: str) -> None:
    values = {"tag": "[#1]", "subject": "件名", "agent_name": "佐藤"}
    filled = fill_placeholders(template, values)
    if template == "{{subject}}x":
        assert filled == "{件名}x"  # no escapes: a brace is just a brace
    else:
        assert filled == template


@given(st.text(), st.text())
def test_a_value_is_never_re_expanded(template: str, value: str) -> None:
    filled = fill_placeholders(template, {"v": value, "w": "{v}"})
    assert len(filled) <= len(template) + template.count("{") * (len(value) + 3)

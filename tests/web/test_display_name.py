"""No one can take a colleague's name: a display name may not equal, after NFKC and case
folding, another person's display name, full name or login (issue 16, finding 7)."""

from __future__ import annotations

import pytest

from madoguchi.models import Agent
from tests.web.conftest import World


def _set_name(world: World, name: str) -> str:
    world.client(world.bob).post(
        "/preferences/", {"display_name": name, "language": "", "time_zone": "", "signature": ""}
    )
    return Agent.objects.get(user=world.bob).display_name


@pytest.mark.parametrize(
    "taken", ["lead", "ＬＥＡＤ", " Lead ", "𝐥𝐞𝐚𝐝", "佐藤 アリス", "佐藤　アリス", "ｱﾘｽ"]
)
def test_it_refuses_another_persons_name(world: World, taken: str) -> None:
    Agent.objects.filter(user=world.charlie).update(display_name="アリス")
    assert _set_name(world, taken) == ""


def test_it_refuses_a_lead_s_full_name(world: World) -> None:
    world.lead.first_name, world.lead.last_name = "Hanako", "Suzuki"
    world.lead.save()
    assert _set_name(world, "hanako suzuki") == ""


def test_it_accepts_an_own_or_new_name(world: World) -> None:
    assert _set_name(world, "ボブ") == "ボブ"
    assert _set_name(world, "Bob") == "Bob"  # his own login, another spelling
    assert _set_name(world, "") == ""

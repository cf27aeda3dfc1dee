"""Japanese and English UI: the browser's language by default, the agent's choice first."""

from __future__ import annotations

from madoguchi.models import Agent
from tests.web.conftest import World, make_conversation


def test_it_speaks_japanese_to_a_japanese_browser(world: World) -> None:
    body = world.client(world.alice).get("/q/new/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "未対応" in body and "返信待ち" in body and "自分の担当" in body


def test_it_speaks_english_to_an_english_browser(world: World) -> None:
    body = world.client(world.alice).get("/q/new/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Waiting on customer" in body and "Mine" in body


def test_the_agents_choice_beats_the_browser(world: World) -> None:
    Agent.objects.filter(user=world.alice).update(language="en")
    body = world.client(world.alice).get("/q/new/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "Waiting on customer" in body


def test_times_are_shown_in_the_agents_time_zone(world: World) -> None:
    conversation = make_conversation(world.support)
    received = conversation.messages.get().received_at
    Agent.objects.filter(user=world.alice).update(time_zone="Europe/London")
    body = world.client(world.alice).get(f"/c/{conversation.pk}/").content.decode()
    from zoneinfo import ZoneInfo

    assert received.astimezone(ZoneInfo("Europe/London")).strftime("%Y-%m-%d %H:%M") in body


def test_preferences_change_the_language(world: World) -> None:
    client = world.client(world.alice)
    client.post("/preferences/", {"language": "en", "time_zone": "Asia/Tokyo"})
    assert Agent.objects.get(user=world.alice).language == "en"


def test_the_saved_message_is_in_the_language_just_chosen(world: World) -> None:
    # Walk 20 G14: "Preferences saved." on the Japanese page after choosing 日本語, and
    # 「設定を保存しました。」 on the English page after switching back.
    Agent.objects.filter(user=world.alice).update(language="ja")
    client = world.client(world.alice)
    page = client.post(
        "/preferences/", {"language": "en", "time_zone": "Asia/Tokyo"}, follow=True
    ).content.decode()
    assert "Preferences saved." in page and "設定を保存しました。" not in page
    page = client.post(
        "/preferences/", {"language": "ja", "time_zone": "Asia/Tokyo"}, follow=True
    ).content.decode()
    assert "設定を保存しました。" in page and "Preferences saved." not in page

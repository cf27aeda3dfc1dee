"""HTML mail is shown in a sandboxed frame, remote images blocked until allowed."""

from __future__ import annotations

from tests.web.conftest import World, make_conversation

HTML = '<p style="color:red">こんにちは</p><img src="https://tracker.example/p.gif"><script>x()</script>'


def test_remote_images_are_blocked_until_allowed(world: World) -> None:
    conversation = make_conversation(world.support, html=HTML)
    message = conversation.messages.get()
    client = world.client(world.alice)
    frame = client.get(f"/c/{conversation.pk}/m/{message.pk}/frame/")
    body = frame.content.decode()
    assert '<img src="https://tracker.example' not in body
    assert 'data-remote-src="https://tracker.example/p.gif"' in body
    assert "<script" not in body
    assert "img-src data:;" in frame["Content-Security-Policy"]
    assert "sandbox" in frame["Content-Security-Policy"]
    allowed = client.get(f"/c/{conversation.pk}/m/{message.pk}/frame/?images=1")
    assert '<img src="https://tracker.example/p.gif"' in allowed.content.decode()
    assert "https:" in allowed["Content-Security-Policy"]


def test_the_frame_element_is_sandboxed_and_offers_images(world: World) -> None:
    conversation = make_conversation(world.support, html=HTML)
    message = conversation.messages.get()
    body = (
        world.client(world.alice).get(f"/c/{conversation.pk}/m/{message.pk}/html/").content.decode()
    )
    assert 'sandbox="allow-popups allow-popups-to-escape-sandbox"' in body
    assert "allow-scripts" not in body and "allow-same-origin" not in body
    assert "?images=1" in body

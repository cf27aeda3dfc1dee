"""Attachments download with their real names and can never render in our origin."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from madoguchi.actions.prepare import store_attachment
from madoguchi.models import Attachment
from tests.web.conftest import World, make_conversation


def _attachment(world: World, tmp_path: Path, name: str, content_type: str, data: bytes) -> Any:
    conversation = make_conversation(world.support)
    return Attachment.objects.create(
        message=conversation.messages.get(),
        filename=name,
        content_type=content_type,
        size=len(data),
        sha256=store_attachment(tmp_path, data),
    )


def test_it_downloads_with_the_real_name(world: World, settings: Any, tmp_path: Path) -> None:
    settings.ATTACHMENT_DIR = tmp_path
    attachment = _attachment(world, tmp_path, "請求書 2026年1月.pdf", "application/pdf", b"%PDF")
    response = world.client(world.alice).get(f"/attachments/{attachment.pk}/")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF"
    disposition = response["Content-Disposition"]
    assert disposition.startswith("attachment;")
    assert "filename*=utf-8''%E8%AB%8B%E6%B1%82" in disposition
    assert response["X-Content-Type-Options"] == "nosniff"


def test_svg_and_html_never_render(world: World, settings: Any, tmp_path: Path) -> None:
    settings.ATTACHMENT_DIR = tmp_path
    for name, content_type in (("x.svg", "image/svg+xml"), ("x.html", "text/html")):
        attachment = _attachment(
            world, tmp_path, name, content_type, b"<svg onload=alert(1)></svg>" + name.encode()
        )
        response = world.client(world.alice).get(f"/attachments/{attachment.pk}/")
        assert response["Content-Type"] == "application/octet-stream"
        assert response["Content-Disposition"].startswith("attachment;")
        assert "sandbox" in response["Content-Security-Policy"]

"""A template is checked as agents will send it (walk 12, F-14: the team's own incident
template drew two reply-check warnings every time it was used, and the lead who wrote it
never saw them)."""

from __future__ import annotations

from madoguchi.models import Template
from tests.web.conftest import World

VAGUE_APOLOGY = (
    "{customer_name}様\n\n"
    "ご不便をおかけして申し訳ございません。\n"
    "近いうちに対応しますので、しばらくお待ちください。"
)
CLEAR = (
    "{customer_name}様\n\n"
    "CSVの取り込みで文字化けが起き、ご不便をおかけして申し訳ございません。\n"
    "原因は3.12版の文字コード判定の誤りで、12月10日に修正版を公開します。\n"
    "それまでは「CSV UTF-8」で保存したファイルをお取り込みください。\n"
    "今後は、リリース前にShift_JISのファイルでも取り込みを確かめる試験を加え、再発を防ぎます。"
)


def _save(world: World, body: str, name: str = "障害のお詫び") -> tuple[int, str]:
    data = {"name": name, "language": "ja", "kind": "reply", "body": body, "scope": "global"}
    client = world.client(world.admin)
    response = client.post("/templates/new/", data, HTTP_ACCEPT_LANGUAGE="ja", follow=True)
    return response.status_code, response.content.decode()


def test_saving_a_template_says_what_the_reply_check_will_say(world: World) -> None:
    status, page = _save(world, VAGUE_APOLOGY)
    assert status == 200
    template = Template.objects.get(name="障害のお詫び")
    # Saved, and the lead is back on the template with the points in front of them.
    assert "テンプレートを保存しました" in page
    assert "このテンプレートには返信チェックの指摘が 1 件" in page
    assert "近いうち" in page and "あいまい" in page
    edit = world.client(world.admin).get(f"/templates/{template.pk}/", HTTP_ACCEPT_LANGUAGE="ja")
    assert "近いうち" in edit.content.decode()


def test_a_clear_template_saves_without_a_word(world: World) -> None:
    status, page = _save(world, CLEAR, name="文字化けの回避")
    assert status == 200
    assert "テンプレートを保存しました" in page
    assert "返信チェックの指摘" not in page and "template-check" not in page

"""A reply started from a template is saved as a draft, as typing is (walk 13, F11): with no
key typed after inserting it, the reply was gone on return while colleagues saw 「作成中」."""

from __future__ import annotations

import re

from madoguchi.models import Draft, Template
from tests.web.conftest import World, make_conversation


def test_the_templated_reply_posts_itself_as_a_draft_and_comes_back(world: World) -> None:
    conversation = make_conversation(world.support)
    template = Template.objects.create(name="受付", body="{customer_name} 様\n確認いたします。")
    client = world.client(world.alice)

    box = client.get(f"/c/{conversation.pk}/template/", {"template": template.pk}).content.decode()
    textarea = re.search(r"<textarea[^>]*>", box)
    assert textarea is not None
    # Swapped in, it posts itself to the draft endpoint at once (htmx "load"), then on typing.
    assert f'hx-post="/c/{conversation.pk}/draft/"' in textarea.group(0)
    assert 'hx-trigger="load, input changed delay:1500ms"' in textarea.group(0)

    # What that post sends, the draft endpoint keeps, and the page restores it.
    text = re.search(r"<textarea[^>]*>(.*?)</textarea>", box, re.S)
    assert text is not None and "山田 太郎 様" in text.group(1)
    client.post(f"/c/{conversation.pk}/draft/", {"body": text.group(1)})
    assert "確認いたします。" in Draft.objects.get(conversation=conversation).body
    page = client.get(f"/c/{conversation.pk}/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "下書きを復元しました" in page and "確認いたします。" in page


def test_the_compose_box_on_the_page_does_not_save_on_load(world: World) -> None:
    conversation = make_conversation(world.support)
    page = world.client(world.alice).get(f"/c/{conversation.pk}/").content.decode()
    assert 'hx-trigger="input changed delay:1500ms"' in page
    assert not Draft.objects.filter(conversation=conversation).exists()

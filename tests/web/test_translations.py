"""The Japanese UI has no English left in it (issue 13, item 7).

Two nets: every message the code raises or flashes at a user goes through gettext (read
from the source, so a new action cannot forget it), and a crawl of every page a lead and
an admin can reach from the navigation, in ja, finds no run of English words in what the
page shows (text, titles, placeholders, labels). The error pages speak both languages.
"""

from __future__ import annotations

import ast
import re
from html.parser import HTMLParser
from pathlib import Path

from django.test import RequestFactory
from django.utils import translation
from django.views import defaults

from madoguchi.models import Agent, FaqEntry, Template
from tests.web.conftest import World, make_conversation

SOURCE = Path(__file__).resolve().parents[2] / "madoguchi"
# Exceptions and calls whose first text reaches a user's screen.
RAISED = {"ActionError", "ValidationError", "PermissionDenied"}
FLASHED = {"error", "success", "info", "warning", "add_message"}

# Three English words in a row: a sentence or a label left untranslated. Two-word runs
# are names in the test data ("Team A") and product words; one word is a brand or a code.
ENGLISH_RUN = re.compile(r"\b[A-Za-z][a-z']+(?:[ ,]+[A-Za-z][a-z']+){2,}\b")
SHOWN_ATTRIBUTES = {"title", "placeholder", "aria-label", "alt"}


def _untranslated_calls() -> list[str]:
    found = []
    for path in SOURCE.rglob("*.py"):
        if "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = (
                func.id
                if isinstance(func, ast.Name)
                else func.attr
                if isinstance(func, ast.Attribute)
                else ""
            )
            flashed = (
                isinstance(func, ast.Attribute)
                and isinstance(func.value, ast.Name)
                and func.value.id == "messages"
                and name in FLASHED
            )
            if name not in RAISED and not flashed:
                continue
            text = node.args[-1] if flashed and name != "add_message" else node.args[0]
            if flashed and name == "add_message" and len(node.args) > 2:
                text = node.args[2]
            literal = isinstance(text, ast.JoinedStr) or (
                isinstance(text, ast.Constant) and isinstance(text.value, str)
            )
            if literal:
                relative = path.relative_to(SOURCE.parent)
                found.append(f"{relative}:{node.lineno} {ast.unparse(text)[:80]}")
    return found


def test_it_never_raises_or_flashes_a_message_without_gettext() -> None:
    assert _untranslated_calls() == []


class _Page(HTMLParser):
    """What a reader sees on a page, and the links to follow."""

    def __init__(self) -> None:
        super().__init__()
        self.shown: list[str] = []
        self.links: list[str] = []
        self._hidden = 0
        # Elements marked as written in another language on purpose (the English survey
        # mail previewed on a Japanese page) are that language's text, not a UI string.
        self._foreign: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag in {"script", "style", "template"}:
            self._hidden += 1
        elif tag != "html" and not (values.get("lang") or "ja").startswith("ja"):
            self._foreign.append(tag)
            self._hidden += 1
        for name in SHOWN_ATTRIBUTES & values.keys():
            self.shown.append(values[name] or "")
        if tag == "a" and (values.get("href") or "").startswith("/"):
            self.links.append(values["href"] or "")

    def handle_endtag(self, tag: str) -> None:
        if tag in {"script", "style", "template"} and self._hidden:
            self._hidden -= 1
        elif self._foreign and tag == self._foreign[-1]:
            self._foreign.pop()
            self._hidden -= 1

    def handle_data(self, data: str) -> None:
        if not self._hidden:
            self.shown.append(data)


def _follow(href: str) -> bool:
    path = href.split("#", 1)[0]
    return bool(path) and not (
        path.startswith(("/static/", "/logout", "/admin/", "/attachments/"))
        or path.endswith((".csv", ".json", "/frame/", "/html/"))
        or "export" in path
    )


def _crawl(world: World, user_key: str, limit: int = 120) -> dict[str, list[str]]:
    user = getattr(world, user_key)
    client = world.client(user)
    english: dict[str, list[str]] = {}
    seen: set[str] = set()
    queue = ["/"]
    while queue and len(seen) < limit:
        href = queue.pop(0)
        path = href.split("#", 1)[0]
        if path in seen:
            continue
        seen.add(path)
        response = client.get(path, HTTP_ACCEPT_LANGUAGE="ja", follow=True)
        if "text/html" not in response.get("Content-Type", ""):
            continue
        page = _Page()
        page.feed(response.content.decode())
        runs = [run for text in page.shown for run in ENGLISH_RUN.findall(text)]
        if runs:
            english[path] = runs
        queue.extend(link for link in page.links if _follow(link) and link not in seen)
    assert len(seen) > 15, f"the crawl reached only {sorted(seen)}"
    return english


def _furnish(world: World) -> None:
    Agent.objects.filter(user__in=[world.lead, world.admin]).update(language="ja")
    make_conversation(world.support)
    make_conversation(world.support, subject="請求書の再発行", sender="hanako@shop.example")
    Template.objects.create(name="お詫び", body="{customer_name} 様\n\nご迷惑をおかけしました。")
    FaqEntry.objects.create(title="返金の期限", body="購入から30日以内です。")


def test_every_page_a_lead_reaches_speaks_japanese(world: World) -> None:
    _furnish(world)
    assert _crawl(world, "lead") == {}


def test_every_page_an_admin_reaches_speaks_japanese(world: World) -> None:
    _furnish(world)
    assert _crawl(world, "admin") == {}


def test_a_form_error_is_in_japanese(world: World) -> None:
    client = world.client(world.lead)
    response = client.post("/templates/new/", {"name": "", "body": ""}, HTTP_ACCEPT_LANGUAGE="ja")
    page = _Page()
    page.feed(response.content.decode())
    shown = " ".join(page.shown)
    assert ENGLISH_RUN.findall(shown) == []
    assert "このフィールドは必須です" in shown


def test_an_unknown_conversation_gets_a_styled_page_in_each_language(world: World) -> None:
    client = world.client(world.alice)
    ja = client.get("/c/987654/", HTTP_ACCEPT_LANGUAGE="ja")
    assert ja.status_code == 404
    assert "このページは存在しないか" in ja.content.decode()
    assert "受信トレイに戻る" in ja.content.decode()
    Agent.objects.filter(user=world.alice).update(language="en")
    en = client.get("/c/987654/", HTTP_ACCEPT_LANGUAGE="en")
    assert "This page does not exist" in en.content.decode()


def test_a_server_error_page_needs_nothing_but_the_language(db: object) -> None:
    request = RequestFactory().get("/")
    with translation.override("ja"):
        body = defaults.server_error(request).content.decode()
    assert "システム側で問題が発生しました" in body and "メールと下書きは保存されています" in body
    with translation.override("en"):
        body = defaults.server_error(request).content.decode()
    assert "Something went wrong on our side" in body


def test_a_stale_form_says_what_happened_in_japanese(world: World) -> None:
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(world.alice)
    response = client.post("/preferences/", {"language": "ja"}, HTTP_ACCEPT_LANGUAGE="ja")
    assert response.status_code == 403
    assert "フォームを送信できませんでした" in response.content.decode()


def test_the_open_link_is_not_the_open_status() -> None:
    with translation.override("ja"):
        assert translation.pgettext("link to a conversation", "Open") == "開く"
        assert translation.gettext("Open") == "対応中"


def test_the_reports_period_starts_on_a_start_date_not_a_sender(world: World) -> None:
    page = world.client(world.lead).get("/reports/", HTTP_ACCEPT_LANGUAGE="ja").content.decode()
    assert "開始日" in page and "差出人" not in page

"""Urgent first, triage reasons, the clarifying reply for a terse mail, and suggestions."""

from __future__ import annotations

from datetime import timedelta

from madoguchi.actions.assist import suggestion_index
from madoguchi.models import Conversation, FaqEntry, Template
from madoguchi.quality.triage import triage
from tests.web.conftest import World, make_conversation


def _triaged(world: World, subject: str, text: str, **kwargs: object) -> Conversation:
    conversation = make_conversation(world.support, subject, text, **kwargs)  # type: ignore[arg-type]
    result = triage(text, subject=subject)
    message = conversation.messages.get()
    message.triage = result.to_dict()
    message.save(update_fields=["triage"])
    conversation.urgency = result.urgency
    conversation.emotion = result.emotion
    conversation.terse = result.terse
    conversation.triage_score = result.score
    conversation.triage_reasons = list(result.reasons)
    conversation.save()
    return conversation


URGENT = "至急！本日からログインできず、業務が完全に止まっています。すぐに対応してください。"
CALM = "来月の請求書の送付先を変更したいです。お手すきの際にご案内ください。"


def _order(html: str, *subjects: str) -> list[int]:
    return [html.index(subject) for subject in subjects]


def test_sorting_by_urgency_puts_the_high_one_first(world: World) -> None:
    # Both within the response target: an overdue one would rank first (test_urgent_order).
    _triaged(world, "請求書の送付先", CALM, age=timedelta(hours=2))
    _triaged(world, "ログインできない", URGENT, age=timedelta(minutes=5))
    client = world.client(world.alice)
    oldest_first = client.get("/q/new/").content.decode()
    assert _order(oldest_first, "請求書の送付先", "ログインできない") == sorted(
        _order(oldest_first, "請求書の送付先", "ログインできない")
    )
    urgent_first = client.get("/q/new/?order=urgent").content.decode()
    calm_at, urgent_at = _order(urgent_first, "請求書の送付先", "ログインできない")
    assert urgent_at < calm_at
    assert 'class="badge triage-high"' in urgent_first


def test_urgent_pages_continue_where_the_first_stopped(world: World) -> None:
    for number in range(5):
        _triaged(
            world, f"件名{number}", CALM if number % 2 else URGENT, age=timedelta(hours=number)
        )
    client = world.client(world.alice)
    seen: list[str] = []
    url = "/q/new/?order=urgent"
    from madoguchi.web import assist_queries

    page = assist_queries.urgent_page(Conversation.objects.all(), None, size=2)
    while True:
        seen += [c.subject for c in page.conversations]
        if not page.next_cursor:
            break
        page = assist_queries.urgent_page(Conversation.objects.all(), page.next_cursor, size=2)
    assert sorted(seen) == [f"件名{n}" for n in range(5)]
    assert seen[:3] == ["件名4", "件名2", "件名0"]  # urgent ones, longest waiting first
    assert client.get(url).status_code == 200


def test_the_conversation_shows_why_it_is_urgent(world: World) -> None:
    conversation = _triaged(world, "ログインできない", URGENT)
    page = world.client(world.alice).get(f"/c/{conversation.pk}/").content.decode()
    assert "triage-high" in page
    for reason in conversation.triage_reasons:
        assert reason in page


def test_a_terse_angry_mail_gets_a_clarifying_reply_to_insert(world: World) -> None:
    conversation = _triaged(world, "", "キャンペーンの応募ができません！")
    assert conversation.terse
    panel = world.client(world.alice).get(f"/c/{conversation.pk}/assist/").content.decode()
    assert "data-assist-insert" in panel
    assert "山田 太郎 様" in panel
    assert "キャンペーン" in panel
    assert Template.objects.filter(kind=Template.Kind.CLARIFY).count() >= 5  # seeded once


def test_a_lead_edited_clarifying_template_is_used(world: World) -> None:
    conversation = _triaged(world, "", "キャンペーンの応募ができません！")
    world.client(world.alice).get(f"/c/{conversation.pk}/assist/")
    template = Template.objects.get(
        kind=Template.Kind.CLARIFY, name__startswith="[campaign]", language="ja"
    )
    template.body = "{customer}\n\n当社独自の文面です。\n{questions}"
    template.save()
    panel = world.client(world.alice).get(f"/c/{conversation.pk}/assist/").content.decode()
    assert "当社独自の文面です。" in panel


def test_a_clear_mail_gets_no_clarifying_reply(world: World) -> None:
    conversation = _triaged(world, "請求書の送付先", CALM)
    panel = world.client(world.alice).get(f"/c/{conversation.pk}/assist/").content.decode()
    assert "assist-clarify" not in panel


def test_suggestions_rank_the_matching_template_first(world: World) -> None:
    suggestion_index.clear()
    Template.objects.create(
        name="パスワードの再設定方法",
        body="{customer_name} 様\nパスワードの再設定は、ログイン画面からお手続きいただけます。",
    )
    Template.objects.create(
        name="請求書の再発行",
        body="請求書の再発行は管理画面の「請求」からダウンロードいただけます。",
    )
    FaqEntry.objects.create(
        title="解約の手続き", body="解約は契約更新日の30日前までにお申し出ください。"
    )
    conversation = _triaged(
        world, "パスワード", "パスワードを忘れてしまい、再設定の方法を教えてください。"
    )
    panel = world.client(world.alice).get(f"/c/{conversation.pk}/assist/").content.decode()
    first = panel.index("パスワードの再設定方法")
    assert first < panel.find("請求書の再発行") or panel.find("請求書の再発行") == -1
    assert "山田 太郎 様" in panel  # the template's variables are filled


def test_a_new_faq_entry_is_suggested_without_a_restart(world: World) -> None:
    suggestion_index.clear()
    conversation = _triaged(world, "領収書", "領収書の宛名を会社名に変更できますか。")
    client = world.client(world.alice)
    assert "領収書の宛名変更" not in client.get(f"/c/{conversation.pk}/assist/").content.decode()
    FaqEntry.objects.create(
        title="領収書の宛名変更",
        body="領収書の宛名は、管理画面の「請求情報」から変更いただけます。",
    )
    assert "領収書の宛名変更" in client.get(f"/c/{conversation.pk}/assist/").content.decode()


def test_charlie_sees_no_suggestions_for_a_conversation_not_his(world: World) -> None:
    Template.objects.create(name="パスワードの再設定方法", body="再設定はこちら")
    conversation = _triaged(world, "パスワード", "パスワードを忘れました。")
    assert world.client(world.charlie).get(f"/c/{conversation.pk}/assist/").status_code == 404


def test_sharing_only_the_companys_own_name_or_a_generic_word_suggests_nothing(
    world: World,
) -> None:
    # Walk 20 G15: "Charged twice this month?" was offered "GDPR: Data Processing Agreement"
    # for sharing "Tsunagu" (the company's name, in the mailbox's name), and a Japanese
    # question about merging duplicate customers 「データの保管場所」 for sharing 「データ」.
    suggestion_index.clear()
    world.support.name = "ツナグ サポート窓口"
    world.support.save(update_fields=["name"])
    FaqEntry.objects.create(
        title="GDPR: Data Processing Agreement",
        body="Tsunagu signs a data processing agreement with every customer in the EU.",
    )
    FaqEntry.objects.create(
        title="データの保管場所とセキュリティ",
        body="お預かりしたデータは国内のデータセンターで暗号化して保管しています。",
    )
    charged = _triaged(
        world,
        "Charged twice this month?",
        "Our card statement shows two charges of USD 290 from Tsunagu on the same day.",
    )
    merged = _triaged(world, "取引先の統合", "同じ取引先のデータが2件あります。まとめられますか。")
    client = world.client(world.alice)
    assert "GDPR" not in client.get(f"/c/{charged.pk}/assist/").content.decode()
    assert "データの保管場所" not in client.get(f"/c/{merged.pk}/assist/").content.decode()

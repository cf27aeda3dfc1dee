"""Set up the database a browser-test server runs on (run as a script, in its own process).

    python tests/browser/seed.py SETTINGS.json

The settings file says where Dovecot and the SMTP sink listen and which address a remote
image in the hostile HTML mail points to. The script migrates, loads the demo (for the
screenshots), then adds two teams that must not see each other's mail, with mailboxes
that the worker of `madoguchi run` fetches from Dovecot and sends through the sink.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
import time
from email.message import EmailMessage
from email.utils import formatdate
from pathlib import Path

PASSWORD = "browser-test-pw"
TEMPLATE_NAME = "返金手配のご連絡"
TEMPLATE_BODY = (
    "{customer_name} 様\n\n返金の手配が完了いたしました。3 営業日以内にご指定の口座へ入金されます。"
)
ATTACHMENT_SUBJECT = "見積書の件（チームA限定）"
SECRET_WORD = "zanzibarquokka"  # only in team A's mail: search must not find it for team B
HTML_SUBJECT = "HTMLメールの表示確認"
# A mailbox whose SMTP port refuses connections (nothing listens): the 送信失敗 banner.
REFUSED_ADDRESS = "refused@browser.test"
REFUSED_SUBJECT = "接続できない窓口への問い合わせ"
SLA_OVERDUE_SUBJECT = "ひと月前から返事を待っています"  # received 30 days ago: past any SLA
SLA_LEAD = "lena"  # lead of team A: the SLA folders and the reports
ADMIN = "mina"  # an administrator of no team: sees every mailbox
# 緊急度順 (test_urgency_order.py): a lead of a team of its own, whose queue holds only these.
URGENCY_LEAD = "nora"
URGENCY_ADDRESS = "urgency@browser.test"
URGENCY_SUBJECTS = {
    # name: (subject, text, days ago)
    "quote": ("お見積もりのお願い（C班）", "お世話になります。\n見積もりをお願いできますか。", 0),
    "overdue": ("先月の請求書について（C班）", "請求書の宛名を変更できますか。", 30),
    "outage": (
        "予約システムが表示されません（C班）",
        "本日9時から予約システムが表示されず、来店予定のお客様30組の予約が確認できません。",
        0,
    ),
    "calm": ("資料送付のお願い（C班）", "製品資料をお送りいただけますか。", 0),
}


def _mail(subject: str, sender: str, to: str, text: str, number: int) -> EmailMessage:
    message = EmailMessage()
    message["From"] = f"Customer {number} <{sender}>"
    message["To"] = to
    message["Subject"] = subject
    message["Date"] = formatdate(localtime=True)
    message["Message-ID"] = f"<browser-seed-{number}@customer.example>"
    message.set_content(text)
    return message


def hostile_html_mail(to: str, tracker: str) -> EmailMessage:
    """Script, an event handler and a remote image: each would call the tracker if allowed."""
    message = _mail(HTML_SUBJECT, "html@customer.example", to, "HTML only", 2)
    message.add_alternative(
        "<html><body><p>添付の画像をご確認ください。</p>"
        f"<script>fetch('{tracker}/script-ran')</script>"
        f'<img src="{tracker}/broken.png" onerror="fetch(\'{tracker}/onerror-ran\')">'
        f'<img src="{tracker}/remote-image.png" alt="logo">'
        f"<a href=\"javascript:fetch('{tracker}/link-ran')\">link</a>"
        "</body></html>",
        subtype="html",
    )
    return message


def main(settings_path: str) -> None:
    config = json.loads(Path(settings_path).read_text())
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "madoguchi.settings")
    import django

    django.setup()
    from django.contrib.auth.models import User
    from django.core.management import call_command

    from madoguchi.models import Agent, Mailbox, Role, Team, Template
    from madoguchi.transport.credentials import encrypt_password
    from tests.support.servers import free_port

    call_command("migrate", verbosity=0, interactive=False)
    call_command("demo", stdout=open(os.devnull, "w"))  # noqa: SIM115 - for the screenshots

    team_a = Team.objects.create(name="ブラウザA班")
    team_b = Team.objects.create(name="ブラウザB班")
    mailboxes = {}
    for key, team in (("support", team_a), ("sales", team_b)):
        address = config[f"{key}_address"]
        mailbox = Mailbox.objects.create(
            name="サポート窓口" if key == "support" else "営業窓口",
            address=address,
            imap_host="127.0.0.1",
            imap_port=config["imap_port"],
            imap_security="plain",
            imap_username=address,
            imap_password_encrypted=encrypt_password(config["imap_password"]),
            smtp_host="127.0.0.1",
            smtp_port=config["smtp_port"],
            smtp_security="plain",
            signature="株式会社サンプル サポート窓口",
        )
        mailbox.teams.add(team)
        mailboxes[key] = mailbox
    for name, display, team in (
        ("alice", "佐藤 アリス", team_a),
        ("bob", "鈴木 ボブ", team_a),
        ("charlie", "高橋 チャーリー", team_b),
    ):
        user = User.objects.create_user(name, f"{name}@staff.example", PASSWORD)
        agent = Agent.objects.create(user=user, role=Role.AGENT, display_name=display)
        agent.teams.add(team)
    # A lead of team A: approves replies and defines approval rules (wip-approval).
    lead = User.objects.create_user("lead_a", "lead_a@staff.example", PASSWORD)
    Agent.objects.create(user=lead, role=Role.LEAD, display_name="田中 リーダー").teams.add(team_a)
    # An administrator (no team): sees every mailbox; the bulk test's partial failure.
    admin = User.objects.create_user(ADMIN, f"{ADMIN}@staff.example", PASSWORD)
    Agent.objects.create(user=admin, role=Role.ADMIN, display_name="管理 ミナ")
    Template.objects.create(name=TEMPLATE_NAME, body=TEMPLATE_BODY)
    refused = Mailbox.objects.create(
        name="接続拒否窓口",
        address=REFUSED_ADDRESS,
        smtp_host="127.0.0.1",
        smtp_port=free_port(),
        smtp_security="plain",
        signature="株式会社サンプル",
        send_delay_seconds=0,  # the banner test times the failure, not the undo window
    )
    refused.teams.add(team_a)
    lead = User.objects.create_user(SLA_LEAD, f"{SLA_LEAD}@staff.example", PASSWORD)
    Agent.objects.create(user=lead, role=Role.LEAD, display_name="渡辺 レナ").teams.add(team_a)

    # Mail that the permission and HTML tests read, through the real import pipeline.
    support = config["support_address"]
    with_attachment = _mail(
        ATTACHMENT_SUBJECT,
        "quote@customer.example",
        support,
        f"見積書を添付します。社内コード {SECRET_WORD} をご確認ください。",
        1,
    )
    with_attachment.add_attachment(
        b"%PDF-1.4 secret quote\n", maintype="application", subtype="pdf", filename="見積書.pdf"
    )
    with tempfile.TemporaryDirectory() as folder:
        paths = []
        overdue = _mail(SLA_OVERDUE_SUBJECT, "late@customer.example", support, "まだですか。", 3)
        overdue.replace_header("Date", formatdate(time.time() - 30 * 86400, localtime=True))
        for number, message in enumerate(
            (with_attachment, hostile_html_mail(support, config["tracker"]), overdue)
        ):
            path = Path(folder) / f"{number}.eml"
            path.write_bytes(bytes(message))
            paths.append(str(path))
        call_command("import", *paths, mailbox=support, stdout=open(os.devnull, "w"))  # noqa: SIM115
        path = Path(folder) / "refused.eml"
        customer = "kato@refused.example"
        question = _mail(REFUSED_SUBJECT, customer, REFUSED_ADDRESS, "至急ご回答ください。", 3)
        path.write_bytes(bytes(question))
        quiet = open(os.devnull, "w")  # noqa: SIM115
        call_command("import", str(path), mailbox=REFUSED_ADDRESS, stdout=quiet)

        team_c = Team.objects.create(name="ブラウザC班")
        urgency = Mailbox.objects.create(
            name="緊急度確認窓口",
            address=URGENCY_ADDRESS,
            smtp_host="127.0.0.1",
            smtp_port=config["smtp_port"],
            smtp_security="plain",
        )
        urgency.teams.add(team_c)
        user = User.objects.create_user(URGENCY_LEAD, f"{URGENCY_LEAD}@staff.example", PASSWORD)
        Agent.objects.create(user=user, role=Role.LEAD, display_name="山本 ノラ").teams.add(team_c)
        # Colleagues of team C for the mention autocomplete (test_mention_ime.py).
        for name, display in (("hana", "佐藤 ハナ"), ("tom", "Tom Baker")):
            user = User.objects.create_user(name, f"{name}@staff.example", PASSWORD)
            Agent.objects.create(user=user, role=Role.AGENT, display_name=display).teams.add(team_c)
        paths = []
        for number, (subject, text, days) in enumerate(URGENCY_SUBJECTS.values(), start=10):
            mail = _mail(subject, f"c{number}@customer.example", URGENCY_ADDRESS, text, number)
            mail.replace_header("Date", formatdate(time.time() - days * 86400, localtime=True))
            path = Path(folder) / f"{number}.eml"
            path.write_bytes(bytes(mail))
            paths.append(str(path))
        call_command("import", *paths, mailbox=URGENCY_ADDRESS, stdout=quiet)


if __name__ == "__main__":
    main(sys.argv[1])

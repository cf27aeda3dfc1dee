"""Generated incoming mail for trend tests and bench/trends.py: steady topics plus one
planted spike (the app crashing after an update) in the last days of the window."""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from madoguchi.quality.trends import TrendMail

STEADY_TOPICS: dict[str, list[str]] = {
    "invoice": [
        "{greet}{month}分の請求書を再発行していただけますか。宛名は{company}でお願いします。",
        "{greet}請求書の宛名を{company}に変更したいのですが、どこで設定できますか。",
        "Could you resend the {month_en} invoice for {company}? I can't find it.",
    ],
    "password": [
        "{greet}パスワードを忘れてしまい、ログインできません。再設定の方法を教えてください。",
        "{greet}パスワード再設定のメールが届きません。迷惑メールも確認しました。",
        "I forgot my password and the reset email never arrives. Account: {name}@example.com",
    ],
    "export": [
        "{greet}問い合わせ履歴をCSVでエクスポートする方法を教えてください。",
        "How can I export all conversations to CSV for our monthly report?",
        "{greet}CSVエクスポートで日付の列が文字化けします。",
    ],
    "users": [
        "{greet}新しいスタッフを{n}名ユーザー追加したいです。上限はありますか。",
        "We want to add {n} new agents. Is there a seat limit on our plan?",
    ],
    "signature": [
        "{greet}担当者ごとに署名を設定することはできますか。",
        "Can each agent have their own email signature?",
    ],
    "refund": [
        "{greet}今月二重に請求されています。返金をお願いします。注文番号{number}です。",
        "I was charged twice this month (order {number}). Please refund the duplicate charge.",
    ],
    "hours": [
        "{greet}サポートの受付時間と、土日の対応について教えてください。",
        "What are your support hours? Do you answer on weekends?",
    ],
}
SPIKE_TOPIC = [
    "{greet}アップデート後にアプリが起動しなくなりました。起動するとすぐに落ちます。",
    "{greet}最新版にアップデートしたらアプリが起動直後にクラッシュします。",
    "After updating to version 5.2 the app crashes on launch. Reinstalling didn't help.",
    "Since the 5.2 update the app crashes immediately on startup on my phone.",
]
GREETINGS = ["", "お世話になっております。", "いつもお世話になっております。", "Hi, ", "Hello, "]
COMPANIES = ["株式会社ミナト", "合同会社さくら", "Northwind Ltd", "ヒノデ商事", "Greenleaf"]
NAMES = ["sato", "tanaka", "kim", "jensen", "moreau", "suzuki"]


def _fill(template: str, rng: random.Random) -> str:
    month = rng.randint(1, 12)
    return template.format(
        greet=rng.choice(GREETINGS),
        month=f"{month}月",
        month_en=datetime(2024, month, 1).strftime("%B"),
        company=rng.choice(COMPANIES),
        name=rng.choice(NAMES),
        n=rng.randint(2, 9),
        number=rng.randint(10000, 99999),
    )


def generate_mails(
    *,
    now: datetime,
    window_days: int,
    per_day: int,
    spike_per_day: int,
    spike_days: int,
    seed: int = 7,
) -> tuple[list[TrendMail], set[str]]:
    """Mails over `window_days`; the spike topic has 0–1 a day before the last `spike_days`
    days and `spike_per_day` a day in them. Returns the mails and the spike mails' keys."""
    rng = random.Random(seed)
    mails: list[TrendMail] = []
    spike_keys: set[str] = set()
    topics = list(STEADY_TOPICS.values())
    for day in range(window_days):
        day_start = now - timedelta(days=window_days - day)
        in_spike = day >= window_days - spike_days
        for index in range(per_day):
            at = day_start + timedelta(seconds=rng.randint(0, 86_399))
            text = _fill(rng.choice(rng.choice(topics)), rng)
            mails.append(TrendMail(f"d{day}-{index}", at, text))
        spike_count = spike_per_day if in_spike else rng.randint(0, 1)
        for index in range(spike_count):
            at = day_start + timedelta(seconds=rng.randint(0, 86_399))
            key = f"d{day}-spike{index}"
            spike_keys.add(key)
            mails.append(TrendMail(key, at, _fill(rng.choice(SPIKE_TOPIC), rng)))
    return mails, spike_keys

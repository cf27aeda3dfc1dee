"""Labels, reply templates and FAQ entries a support team accumulates (seeds/004: 課題を
テンプレート化して時間の無駄を削減する; よくある質問を整理する)."""

from __future__ import annotations

LABELS = {
    # name: colour
    "請求": "#2563eb",
    "不具合": "#dc2626",
    "要望": "#7c3aed",
    "解約": "#ea580c",
    "アカウント": "#0891b2",
    "セキュリティ": "#4b5563",
    "VIP": "#ca8a04",
}

# (name, language, kind, body). Variables: {customer_name} ({customer_first_name} for an
# English greeting), {agent_name}, {tag},
# {organization}, {subject}, {mailbox_name}.
TEMPLATES = (
    (
        "お問い合わせ受付（調査中）",
        "ja",
        "reply",
        "{organization}\n{customer_name}様\n\n"
        "お問い合わせいただき、ありがとうございます。{mailbox_name}の{agent_name}です。\n\n"
        "いただいた内容について、現在担当部署で確認しております。\n"
        "〇月〇日（〇）までに、確認の結果をご連絡いたします。\n\n"
        "お問い合わせ番号：{tag}\n引き続きよろしくお願いいたします。",
    ),
    (
        "CSV文字化けの回避方法（3.12不具合）",
        "ja",
        "reply",
        # What the team sends unchanged to every customer hit by the 3.12 bug: apology,
        # cause, what to do now, when the fix comes, what changes (walk 12, F-14: it drew
        # two reply-check warnings on every use).
        "{organization}\n{customer_name}様\n\n"
        "{mailbox_name}の{agent_name}です。\n"
        "CSVの取り込みで文字化けが発生し、ご不便をおかけして申し訳ございません。\n\n"
        "原因は、3.12版で、Excelで保存したCSV（Shift_JIS）の文字コードを正しく判定できなく"
        "なった不具合です。\n"
        "修正版（3.13）は今週金曜日に公開する予定です。"
        "それまでの間、以下の手順でお取り込みいただけます。\n"
        "1. Excelで「名前を付けて保存」を開く\n"
        "2. ファイルの種類で「CSV UTF-8（コンマ区切り）」を選ぶ\n"
        "3. 保存したファイルを取り込む\n\n"
        "公開した日のうちに、こちらからご連絡いたします。\n"
        "今後は、リリース前にShift_JISのファイルでも取り込みを確かめる試験を加え、"
        "再発を防ぎます。",
    ),
    (
        "障害のお詫びとご報告",
        "ja",
        "reply",
        "{organization}\n{customer_name}様\n\n"
        "このたびはサービスの障害によりご迷惑をおかけし、誠に申し訳ございませんでした。\n\n"
        "■発生日時：\n■影響：\n■原因：\n■対応：\n■再発防止策：\n\n"
        "今後とも変わらぬご愛顧を賜りますよう、お願い申し上げます。",
    ),
    (
        "請求書の再発行",
        "ja",
        "reply",
        "{organization}\n{customer_name}様\n\n"
        "請求書の再発行のご依頼、承りました。{mailbox_name}の{agent_name}です。\n"
        "ご指定の宛名で再発行した請求書を添付いたします。\n"
        "管理画面の「請求」→「請求書」からもダウンロードいただけます。",
    ),
    (
        "【確認】お困りの状況を教えてください",
        "ja",
        "clarify",
        "{customer_name}様\n\n"
        "お問い合わせいただき、ありがとうございます。{mailbox_name}の{agent_name}です。\n"
        "ツナグがうまく動かず、お困りのことと存じます。\n\n"
        "すぐにご案内できるよう、次の点を教えていただけますでしょうか。\n"
        "・どの画面で（例：ログイン、顧客一覧、CSVの取り込み）\n"
        "・どのような表示やエラーが出ているか（画面のキャプチャでも結構です）\n"
        "・いつ頃から起きているか\n\n"
        "分かる範囲で構いません。ご返信をお待ちしております。",
    ),
    (
        "【確認】ログインできない場合",
        "ja",
        "clarify",
        "{customer_name}様\n\n"
        "ログインできず、ご不便をおかけしております。{mailbox_name}の{agent_name}です。\n"
        "原因を特定するため、次の点を教えていただけますでしょうか。\n"
        "・ログインに使っているメールアドレス\n"
        "・表示されるメッセージ（「認証に失敗しました」など）\n"
        "・二段階認証をお使いかどうか",
    ),
    (
        "Acknowledgement (investigating)",
        "en",
        "reply",
        "Hi {customer_first_name},\n\n"
        "Thanks for reaching out, and sorry for the trouble. I'm {agent_name} from the "
        "Tsunagu support team.\n\n"
        "We're looking into this now and will get back to you with what we found by "
        "<day, time>.\n\nReference: {tag}\n\nBest regards,\n{agent_name}",
    ),
    (
        "Clarify: what exactly isn't working?",
        "en",
        "clarify",
        "Hi {customer_first_name},\n\n"
        "Thanks for letting us know, and sorry it isn't working for you. I'm {agent_name} "
        "from Tsunagu support.\n\n"
        "So that I can fix this quickly rather than guess, could you tell me:\n"
        "- which screen or feature (e.g. CSV import, login, invoices)\n"
        "- what you see (an error message or a screenshot helps a lot)\n"
        "- since when it happens\n\n"
        "Best regards,\n{agent_name}",
    ),
)

# (title, language, body)
FAQ = (
    (
        "CSVインポートで文字化けする",
        "ja",
        "ExcelのCSV（Shift_JIS）をそのまま取り込むと文字化けする場合は、"
        "「CSV UTF-8（コンマ区切り）」で保存し直してから取り込んでください。",
    ),
    ("CSVインポートの上限件数", "ja", "1回のインポートは10,000件まで、ファイルは20MBまでです。"),
    (
        "パスワードを忘れた",
        "ja",
        "ログイン画面の「パスワードをお忘れの方」から再設定メールを送信できます。"
        "届かない場合は迷惑メールフォルダをご確認ください。",
    ),
    (
        "二段階認証のスマートフォンを機種変更した",
        "ja",
        "貴社の管理者の方から、対象ユーザー名を添えて解除をご依頼ください。"
        "本人確認のため、管理者以外からのご依頼では解除できません。",
    ),
    (
        "ログインできない（認証に失敗しました）",
        "ja",
        "二段階認証のコードがずれている可能性があります。スマートフォンの日付と時刻を"
        "「自動設定」にしてから再度お試しください。",
    ),
    (
        "請求書の再発行・宛名の変更",
        "ja",
        "管理画面の「請求」→「請求先情報」で宛名を変更すると、再発行した請求書を"
        "ダウンロードできます。",
    ),
    ("領収書の発行", "ja", "管理画面の「請求」→「領収書」で期間を指定してPDFで発行できます。"),
    (
        "二重に請求された",
        "ja",
        "決済のリトライで二重に売上が計上されることがあります。サポート窓口にご連絡いただければ、"
        "確認のうえ重複分を返金いたします。",
    ),
    (
        "プラン変更と日割り計算",
        "ja",
        "ユーザー追加は日割りで翌月に合算、削除は月末までのご請求です。"
        "年額から月額への変更時は残り期間を月割りで返金します。",
    ),
    (
        "解約の手続きとデータの扱い",
        "ja",
        "「契約」→「解約の手続き」から月末まで受け付けます。解約後30日でデータは削除されるため、"
        "事前にCSVで書き出してください。",
    ),
    (
        "データの保管場所とセキュリティ",
        "ja",
        "データは国内データセンターに保管し、通信はTLS 1.2以上、保存データはAES-256で"
        "暗号化しています。ISO/IEC 27001を取得しています。",
    ),
    (
        "APIのレート制限",
        "ja",
        "APIキーごとに1分あたり600リクエストです。超えると429とRetry-Afterヘッダーを返します。",
    ),
    (
        "Webhookの署名検証",
        "ja",
        "X-Tsunagu-Signature は、受け取ったボディのバイト列そのものに対する HMAC-SHA256 です。",
    ),
    (
        "CSV import shows garbled Japanese",
        "en",
        'Save the spreadsheet as "CSV UTF-8 (Comma delimited)" before importing; '
        "Shift_JIS files from Excel are not detected correctly in release 3.12.",
    ),
    (
        "Setting up SAML SSO (Okta, Azure AD)",
        "en",
        "The ACS URL must match exactly, without a trailing slash. Send us a SAML trace if "
        'logins fail with "SAML assertion invalid".',
    ),
    (
        "Invoices in another currency / tax id on invoices",
        "en",
        "Billing currency (JPY, USD, AUD, EUR) and your tax id can be set under Billing > "
        "Billing profile; the next invoice uses them.",
    ),
    (
        "GDPR: Data Processing Agreement",
        "en",
        "Our DPA with the Standard Contractual Clauses is at tsunagu.example/legal/dpa; "
        "we countersign within five business days.",
    ),
    (
        "Exporting all data",
        "en",
        "Settings > Export creates a ZIP of contacts, activities and attachments; large "
        "accounts receive a download link by mail.",
    ),
)

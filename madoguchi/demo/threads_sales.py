"""The sales mailbox (見積, 導入相談, 紹介制度) that 営業チーム works, and a newsletter with an
open-tracking pixel that lands in the support mailbox (対応不要); a prize scam in 迷惑メール."""

from __future__ import annotations

from madoguchi.demo.spec import Thread, replied, said

THREADS = (
    Thread(
        "newsletter",
        "【クラウド業務ニュース】春の業務効率化セミナーのご案内",
        (
            said(
                "newsletter",
                8,
                """
いつもクラウド業務ニュースをご購読いただき、ありがとうございます。

今月のテーマは「問い合わせ対応の見える化」です。
共有アドレスの運用で起きがちな対応漏れと二重返信を防ぐコツを、
事例とともにご紹介するオンラインセミナーを開催します。

日時：来週木曜日 15:00〜16:00（オンライン・無料）
""",
                html="newsletter",
            ),
        ),
        status="no_action",
    ),
    # The sales mailbox, worked by 営業チーム.
    Thread(
        "sales_hikari",
        "ツナグ導入のご相談（30名規模）",
        (
            said(
                "sales_rep",
                28,
                """
ツナグ 営業ご担当者様

はじめてご連絡いたします。ヒカリ製作所 営業部の山口です。
現在、情報システム課でツナグを利用しておりますが、
営業部30名でも導入を検討しております。
営業向けの活用事例と、概算のお見積りをいただけますでしょうか。
""",
                html="tracking",
            ),
            replied(
                "takahashi",
                26,
                """
ご連絡いただき、ありがとうございます。
営業部での活用事例を2件ご紹介いたします。……（事例資料は別途お送りします）
30名でのご利用の場合、ビジネスプランで月額 49,500円（税込）が目安です。
""",
            ),
            said(
                "sales_rep",
                5,
                """
高橋様

資料ありがとうございます。社内で前向きに検討しております。
正式なお見積書をお送りいただけますでしょうか。
""",
                html="tracking",
            ),
        ),
        mailbox="sales",
        owner="takahashi",
        status="open",
        labels=("VIP",),
    ),
    Thread(
        "sales_renewal_aoba",
        "契約更新のお見積りについて",
        (
            said(
                "kimura",
                140,
                """
ツナグ 営業窓口 御中

青葉物流の木村です。来年度の契約更新にあたり、
ユーザー数を25名から30名に増やした場合のお見積りをお願いいたします。
""",
            ),
            replied(
                "sato",
                136,
                """
お見積りのご依頼、ありがとうございます。
30名でのお見積書を添付いたします。更新月の前月末までにお申し込みいただければ、
現在の単価のまま更新いただけます。
""",
                attachments=("quote_pdf",),
            ),
        ),
        mailbox="sales",
        owner="sato",
        status="resolved",
    ),
    Thread(
        "sales_quote_kamome",
        "見積",
        (said("kato", 18, "20ユーザーで見積ください。"),),
        mailbox="sales",
    ),
    Thread(
        "sales_partner_okada",
        "販売パートナー制度について",
        (
            said(
                "okada",
                70,
                """
Web制作の仕事でお客様にツナグを紹介することが多いのですが、
販売パートナー（紹介料）の制度はありますか。
""",
            ),
            replied(
                "sato",
                66,
                """
いつもご紹介いただき、ありがとうございます。
紹介パートナー制度がございます。概要資料をお送りしますので、
ご都合のよい日時にオンラインでご説明させてください。
""",
            ),
        ),
        mailbox="sales",
        owner="sato",
    ),
    Thread(
        "spam_prize",
        "【当選】プレゼントのお受け取りについて",
        (
            said(
                "prize",
                5,
                """
おめでとうございます！厳正な抽選の結果、あなたが当選しました。
下記のリンクから3日以内にお受け取り手続きをしてください。
""",
            ),
        ),
        status="spam",
    ),
)

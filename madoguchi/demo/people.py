"""Who is in the demo: our support team, the customer companies and their people.

The product the demo company sells is 「ツナグ顧客管理」 (Tsunagu CRM), a cloud CRM with
invoicing, CSV import and an API — the kind of B2B SaaS whose support desk madoguchi is for.
Company domains use the reserved `.example` top-level domain so that no reply typed in the
demo can ever reach a real company; the free-mail domains are real on purpose (they must
never become organisations).
"""

from __future__ import annotations

from madoguchi.demo.spec import JIS, SJIS, Agent, Person

DEMO_PASSWORD = "madoguchi-demo"
SUPPORT_ADDRESS = "support@example.com"
SALES_ADDRESS = "sales@example.com"

MAILBOXES = {
    # key: (name, address, teams, signature)
    "support": (
        "ツナグ サポート窓口",
        SUPPORT_ADDRESS,
        ("サポート1課", "English desk"),
        "ツナグ顧客管理 サポート窓口\nsupport@example.com / 平日 9:00〜18:00",
    ),
    "sales": (
        "ツナグ 営業窓口",
        SALES_ADDRESS,
        ("営業チーム",),
        "ツナグ顧客管理 営業窓口\nsales@example.com",
    ),
}

TEAMS = ("サポート1課", "English desk", "営業チーム")

# English replies are signed in English (mail/body.py picks the signature by the reply's
# language): without these the English desk's mail went out as "I'm 小林 エミ", unsigned.
MAILBOX_SIGNATURES_EN = {
    "support": "Tsunagu CRM Support\nsupport@example.com / weekdays 9:00-18:00 (JST)",
    "sales": "Tsunagu CRM Sales\nsales@example.com",
}
# ... and sent under an English name (walk 13 F20: From: ツナグ サポート窓口 on English mail).
MAILBOX_NAMES_EN = {"support": "Tsunagu CRM Support", "sales": "Tsunagu CRM Sales"}


def english_signature(english_name: str) -> str:
    return f"{english_name}\nCustomer Support, Example Inc. (Tsunagu CRM)\nsupport@example.com"


# The team's response targets (営業時間): a new team sees 期限間近 and 期限超過 at once.
SLA_POLICY = {
    "name": "標準（営業時間）",
    "first_response_minutes": 4 * 60,
    "next_response_minutes": 8 * 60,
    "resolution_minutes": 5 * 8 * 60,
}


def _signature(name: str, title: str = "カスタマーサポート") -> str:
    return (
        "━━━━━━━━━━━━━━━━━━━━\n"
        f"株式会社エグザンプル {title}\n{name}\n"
        "ツナグ顧客管理 サポート窓口 support@example.com\n"
        "TEL 03-0000-1234（平日 9:00〜18:00）\n"
        "━━━━━━━━━━━━━━━━━━━━"
    )


AGENTS: dict[str, Agent] = {
    agent.username: agent
    for agent in (
        Agent(
            "demo",
            "デモ 管理者",
            "Demo Admin",
            "管理者",
            "admin",
            ("サポート1課", "English desk", "営業チーム"),
            _signature("デモ 管理者"),
        ),
        Agent(
            "sato",
            "佐藤 美咲",
            "Misaki Sato",
            "佐藤",
            "lead",
            ("サポート1課", "English desk", "営業チーム"),
            _signature("佐藤 美咲", "カスタマーサポート リーダー"),
        ),
        Agent(
            "tanaka",
            "田中 健太",
            "Kenta Tanaka",
            "田中",
            "agent",
            ("サポート1課",),
            _signature("田中 健太"),
        ),
        Agent(
            "suzuki",
            "鈴木 花子",
            "Hanako Suzuki",
            "鈴木",
            "agent",
            ("サポート1課",),
            _signature("鈴木 花子"),
        ),
        Agent(
            "takahashi",
            "高橋 翔",
            "Sho Takahashi",
            "高橋",
            "agent",
            ("サポート1課", "営業チーム"),
            _signature("高橋 翔", "テクニカルサポート"),
        ),
        Agent(
            "kobayashi",
            "小林 エミ",
            "Emi Kobayashi",
            "小林",
            "agent",
            ("English desk", "サポート1課"),
            _signature("小林 エミ"),
        ),
    )
}

ORGANIZATIONS = {
    # domain: display name (the ingest names an organisation after its domain)
    "aoba-logistics.example": "青葉物流株式会社",
    "minato-fudosan.example": "株式会社みなと不動産",
    "sakura-dental.example": "さくら歯科クリニック",
    "hikari-seisakusho.example": "株式会社ヒカリ製作所",
    "hokuto-systems.example": "北斗システムズ株式会社",
    "iroha-pub.example": "株式会社いろは出版",
    "kamome-design.example": "合同会社かもめ設計",
    "midorigaoka.example": "学校法人 緑ヶ丘学園",
    "brightline.example": "Brightline Analytics Inc.",
    "koala-retail.example": "Koala Retail Pty Ltd",
    "nordwind.example": "Nordwind GmbH",
    "pinecrest.example": "Pinecrest Dental Group",
    "news.cloudgyomu.example": "クラウド業務ニュース（メールマガジン）",
}


def _company(name: str, company: str, department: str, phone: str, address: str) -> str:
    return (
        "--------------------------------------\n"
        f"{company}\n{department}\n{name}\n"
        f"TEL: {phone}\nMail: {address}\n"
        "--------------------------------------"
    )


def _en(name: str, title: str, company: str) -> str:
    return f"--\n{name}\n{title} | {company}"


PEOPLE: dict[str, Person] = {
    person.key: person
    for person in (
        # 青葉物流: the long-standing customer with several conversations (CSV, invoices).
        Person(
            "kimura",
            "木村 拓也",
            "kimura@aoba-logistics.example",
            salutation="青葉物流株式会社\n木村様",
            signature=_company(
                "木村 拓也",
                "青葉物流株式会社",
                "業務推進部",
                "045-000-1122",
                "kimura@aoba-logistics.example",
            ),
            mailer="Microsoft Outlook 16.0",
            html=True,
        ),
        Person(
            "ishii",
            "石井 直美",
            "ishii@aoba-logistics.example",
            salutation="青葉物流株式会社\n石井様",
            signature=_company(
                "石井 直美",
                "青葉物流株式会社",
                "経理部",
                "045-000-1130",
                "ishii@aoba-logistics.example",
            ),
            charset=JIS,
            mailer="Microsoft Outlook 14.0",
        ),
        Person(
            "ogawa",
            "小川 誠",
            "ogawa@minato-fudosan.example",
            salutation="株式会社みなと不動産\n小川様",
            signature=_company(
                "小川 誠",
                "株式会社みなと不動産",
                "営業部",
                "03-0000-4455",
                "ogawa@minato-fudosan.example",
            ),
        ),
        Person(
            "mori",
            "森 由紀",
            "mori@minato-fudosan.example",
            salutation="株式会社みなと不動産\n森様",
            signature=_company(
                "森 由紀",
                "株式会社みなと不動産",
                "総務部",
                "03-0000-4460",
                "mori@minato-fudosan.example",
            ),
            html=True,
        ),
        Person(
            "nakamura",
            "中村 恵子",
            "uketsuke@sakura-dental.example",
            salutation="さくら歯科クリニック\n中村様",
            signature="さくら歯科クリニック 受付 中村\nTEL 0422-00-3344",
            charset=SJIS,
            mailer="Becky! ver. 2.75.04",
        ),
        Person(
            "yoshida",
            "吉田 浩二",
            "yoshida@hikari-seisakusho.example",
            salutation="株式会社ヒカリ製作所\n吉田様",
            signature=_company(
                "吉田 浩二",
                "株式会社ヒカリ製作所",
                "管理部 情報システム課",
                "0276-00-5566",
                "yoshida@hikari-seisakusho.example",
            ),
            charset=JIS,
            mailer="Microsoft Outlook 15.0",
        ),
        Person(
            "hayashi",
            "林 大輔",
            "hayashi@hokuto-systems.example",
            salutation="北斗システムズ株式会社\n林様",
            signature=_company(
                "林 大輔",
                "北斗システムズ株式会社",
                "開発部",
                "011-000-7788",
                "hayashi@hokuto-systems.example",
            ),
            mailer="Thunderbird 115.9.0",
        ),
        Person(
            "inoue",
            "井上 さやか",
            "inoue@iroha-pub.example",
            salutation="株式会社いろは出版\n井上様",
            signature=_company(
                "井上 さやか",
                "株式会社いろは出版",
                "営業企画部",
                "03-0000-9911",
                "inoue@iroha-pub.example",
            ),
            html=True,
        ),
        Person(
            "kato",
            "加藤 亮",
            "kato@kamome-design.example",
            salutation="合同会社かもめ設計\n加藤様",
            signature="加藤",
        ),
        Person(
            "shimizu",
            "清水 文子",
            "jimu@midorigaoka.example",
            salutation="学校法人 緑ヶ丘学園\n清水様",
            signature=_company(
                "清水 文子",
                "学校法人 緑ヶ丘学園",
                "事務局",
                "042-000-2233",
                "jimu@midorigaoka.example",
            ),
            charset=JIS,
        ),
        Person(
            "sales_rep",
            "山口 隆",
            "yamaguchi@hikari-seisakusho.example",
            salutation="株式会社ヒカリ製作所\n山口様",
            signature=_company(
                "山口 隆",
                "株式会社ヒカリ製作所",
                "営業部",
                "0276-00-5570",
                "yamaguchi@hikari-seisakusho.example",
            ),
            html=True,
        ),
        # Free mail: individuals and sole proprietors, never an organisation.
        Person(
            "fujita",
            "藤田 美穂",
            "miho.fujita.shop@yahoo.co.jp",
            salutation="藤田様",
            signature="ハンドメイド雑貨 ことり舎\n藤田 美穂",
        ),
        Person(
            "okada",
            "岡田 健",
            "ken.okada.1985@gmail.com",
            salutation="岡田様",
            signature="岡田 健（フリーランス・Web制作）",
            html=True,
        ),
        Person(
            "matsumoto",
            "",
            "matsu-k.0312@docomo.ne.jp",
            salutation="お客様",
            charset=SJIS,
            mailer="docomo",
        ),
        Person(
            "sasaki",
            "佐々木 理恵",
            "rie.sasaki@gmail.com",
            salutation="佐々木様",
            signature="佐々木",
        ),
        Person(
            "kondo",
            "近藤 修",
            "kondo_osamu@yahoo.co.jp",
            salutation="近藤様",
            signature="近藤税理士事務所\n近藤 修",
        ),
        # English-speaking customers.
        Person(
            "sarah",
            "Sarah Chen",
            "sarah.chen@brightline.example",
            lang="en",
            salutation="Hi Sarah,",
            signature=_en("Sarah Chen", "IT Security Lead", "Brightline Analytics"),
            html=True,
            utc_offset=-7,
        ),
        Person(
            "mike",
            "Mike O'Brien",
            "mike@brightline.example",
            lang="en",
            salutation="Hi Mike,",
            signature=_en("Mike O'Brien", "Operations Manager", "Brightline Analytics"),
            utc_offset=-7,
        ),
        Person(
            "olivia",
            "Olivia Harris",
            "olivia.harris@koala-retail.example",
            lang="en",
            salutation="Hi Olivia,",
            signature=_en("Olivia Harris", "Finance", "Koala Retail"),
            html=True,
            utc_offset=10,
        ),
        Person(
            "jack",
            "Jack Nguyen",
            "jack@koala-retail.example",
            lang="en",
            salutation="Hi Jack,",
            signature="Jack",
            utc_offset=10,
        ),
        Person(
            "lukas",
            "Lukas Weber",
            "l.weber@nordwind.example",
            lang="en",
            salutation="Hi Lukas,",
            signature=_en("Lukas Weber", "Backend Engineer", "Nordwind GmbH"),
            mailer="Thunderbird 115.9.0",
            utc_offset=2,
        ),
        Person(
            "anna",
            "Anna Schmidt",
            "a.schmidt@nordwind.example",
            lang="en",
            salutation="Hi Anna,",
            signature=_en("Anna Schmidt", "Head of Customer Care", "Nordwind GmbH"),
            html=True,
            utc_offset=2,
        ),
        Person(
            "grace",
            "Grace Lee",
            "grace.lee@pinecrest.example",
            lang="en",
            salutation="Hi Grace,",
            signature=_en("Grace Lee", "Practice Manager", "Pinecrest Dental Group"),
            html=True,
            utc_offset=-5,
        ),
        Person(
            "tom",
            "Tom Becker",
            "tom.becker.dev@gmail.com",
            lang="en",
            salutation="Hi Tom,",
            signature="Tom",
            utc_offset=1,
        ),
        Person(
            "priya",
            "Priya Raman",
            "priya.raman@outlook.com",
            lang="en",
            salutation="Hi Priya,",
            signature="Priya",
            html=True,
            utc_offset=8,
        ),
        Person("newsletter", "クラウド業務ニュース", "news@news.cloudgyomu.example", html=True),
        # Spam that got past the upstream filter: an agent moved it to 迷惑メール.
        Person("prize", "当選事務局", "winner@lucky-prize.example"),
    )
}

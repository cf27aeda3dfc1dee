# patent = a patent attorney office: patent, design and trademark filings, office
# actions, renewals (annuities), warning letters; clients are firms and inventors.
from _common import S, D, M, CON, VAG, IMP, RWR, UNK, DIS, APO, PH, PUR

DOMAIN = "patent"

SENTENCES = [
    S("ja", "国内の特許出願にかかる費用は、明細書の作成を含めて35万円から45万円です。"),
    S("ja", "先行技術調査の結果は、ご依頼から10営業日以内に報告書でお送りします。"),
    S("ja", "出願前に展示会で発表されたのは、率直に申し上げて軽率でした。", CON),
    S("ja", "審査には相当の期間がかかります。", VAG),
    S("ja", "拒絶理由通知への対応には、別途いくらか費用が発生します。", VAG),
    S("ja", "発明者全員の住所を記入して返送してください。", IMP, RWR),
    S("ja", "出願が済むまでは、この発明を社外の人に話さないでください。新規性を失うと特許が取れなくなります。", IMP),
    S("ja", "特許になるかどうかは審査官次第ですので、わかりません。", UNK),
    S("ja", "競合他社の製品が侵害しているかどうかは、当事務所の知ったことではありません。", DIS),
    S("ja", "次回の打ち合わせまでに、試作品の写真をご用意いただけますか。", RWR),
    S("ja", "審査請求の期限は出願日から3年で、御社の場合は2026年9月14日ですので、その2か月前に改めてご連絡します。"),
    S("ja", "米国で権利になる見込みは現地代理人の意見を聞かないとお答えできないため、7月18日までに意見書を取り寄せてご報告します。"),
    S("ja", "中国での出願費用は現地の代理人に見積もりを依頼しており、来週金曜（14日）までにお知らせします。"),

    S("en", "The government filing fee for a US provisional application is $320 for a small entity, and our fee for preparing it is $2,800."),
    S("en", "Please sign the declaration and return it by 10 March, since the application cannot be filed without the inventors' signatures."),
    S("en", "The examiner's response could take some time.", VAG),
    S("en", "We can't say whether the claims will survive the opposition.", UNK),
    S("en", "Whether your licensee pays you on time isn't a patent matter.", DIS),
    S("en", "Could you send us your lab notebooks from 2022? They show when the invention was made, which may matter in the opposition."),
]

DRAFTS = [
    D("ja", "【ご確認のお願い】明細書案の確認期限は10月3日（金）です", """
株式会社タカツ精機 開発部 飯田様

青葉国際特許事務所の弁理士、桑原です。
「自動給紙装置」の特許出願について、明細書の案をお送りします。

発明の内容に誤りがないか、特に【0021】〜【0030】段落の動作説明をご確認いただき、10月3日（金）までにご返信いただけますでしょうか。
10月10日の展示会より前に出願を済ませないと、展示によって新規性が失われるおそれがあるためです。

修正点は、PDFに直接コメントを書き込んでいただく形で構いません。

青葉国際特許事務所 弁理士 桑原 亮
"""),
    D("ja", "意匠登録が認められました（登録第1789442号）", """
有限会社ミドリ工房 代表 中島様

青葉国際特許事務所の桑原です。
ご依頼いただいていた「折りたたみ式花台」の意匠が、本日付で登録となりましたのでご報告します。

1年分の登録料8,500円は、当所で納付を済ませております。
意匠権は登録日から最長25年間続き、毎年の登録料の納付期限の3か月前に、当所からご案内をお送りします。

登録証は特許庁から通常2〜3週間で届きますので、届いた日のうちに原本を郵送いたします。

青葉国際特許事務所 桑原
"""),
    D("ja", "商標出願のお見積り", """
株式会社〇〇 御中

青葉国際特許事務所の桑原です。
お問い合わせいただいた商標出願のお見積りをお送りします。

・区分：2区分（第30類、第43類）
・特許庁に納める印紙代：20,600円
・当所手数料：88,000円（税込）
・合計：108,600円

ご依頼いただける場合は、出願する商標の画像データをお送りいただけますか。ロゴの細部まで正確に出願書類へ載せるためです。

青葉国際特許事務所 桑原
""", PH),
    D("ja", "青葉国際特許事務所の桑原です", """
株式会社ノア電子 知財ご担当 松井様

いつもお世話になっております。
先日のセミナーにご参加いただき、ありがとうございました。
最近は生成AIに関する出願のご相談が増えており、当所でも専門のチームを立ち上げました。
来月には、改正法についての無料説明会も予定しております。

なお、御社の出願（特願2024-123456）について、特許庁から拒絶理由通知が届いております。
応答期限は11月25日で、対応方針をご相談したいので、今週中に30分ほどお時間をいただけますでしょうか。

青葉国際特許事務所 桑原
""", PUR),

    D("en", "Action needed by 12 May: choose countries for your PCT application", """
Dear Dr Moreau,

Your international (PCT) application reaches its 30-month deadline on 2 June, and we need your choice of countries by 12 May so that our foreign associates have time to file.

I've attached a table with estimated costs for each country you mentioned, from €3,100 (Canada) to €7,900 (Japan, including translation).

If you would like to talk it through, I'm free on Tuesday or Wednesday afternoon.

Kind regards,
Helen Park
Aoba International Patent Office
"""),
    D("en", "Our error on your invoice", """
Dear Mr Grant,

Thank you for pointing out that invoice INV-2291 charged you for two office actions when we only handled one. You are right, and I apologise.

The mistake happened because an office action for another client was logged against your matter number.

Kind regards,
Helen Park
Aoba International Patent Office
""", APO),
]

MAILS = [
    M("ja", "high", "anxious", False, "来週の展示会までに出願が間に合うでしょうか", """
青葉国際特許事務所 御中

はじめてご連絡いたします。工作機械の部品を作っている小さな会社の者です。
来週火曜日（18日）から米国シカゴの展示会に出展し、
新しく開発したクランプ機構を初めて公開する予定です。
社長から「特許はどうなっている」と聞かれて、まだ何も出願していないことに気づきました。

展示会の前に出願しておかないと権利が取れなくなると聞き、
どうしたらよいか分からず困っています。
今からでも間に合う方法はあるでしょうか。
図面と試作品の写真はすぐにお送りできます。

株式会社 三つ葉製作所 技術部 森下
"""),
    M("ja", "high", "angry", False, "貴所からのメールに他社の書類が添付されていました", """
青葉国際特許事務所 桑原様

本日午前に貴所からいただいたメールに、
弊社とは関係のない他社の未公開の出願書類（明細書案）が添付されていました。
ファイルは開いて中身を確認しただけで、すでに削除しております。

他社の書類が弊社に届いたということは、
逆に弊社の未公開の書類も、どこか別の会社に送られているのではないかと危惧しております。
弊社の案件について誤送信がなかったかどうか、本日中にご確認のうえご回答ください。
事実関係によっては、契約の見直しも検討せざるを得ません。

株式会社エルテック 知財部 部長 佐藤
"""),
    M("ja", "high", "neutral", False, "警告書が届きました", """
桑原先生

いつもお世話になっております。ミドリ工房の中島です。
本日、大阪の家具メーカーの代理人弁護士から内容証明郵便が届き、
当社の「折りたたみ式花台」が先方の意匠権を侵害しているので、
販売を中止し、２週間以内に回答するようにと書かれていました。

今月末には大口の取引先への出荷も控えています。
まず何をすべきか、ご相談させていただけないでしょうか。
書面はスキャンして添付いたします。

中島
"""),
    M("ja", "normal", "neutral", False, "店名の商標登録について", """
はじめまして。来年、地元で焼き菓子の店を開く予定の者です。
店名を決めたのですが、商標登録をしておいたほうがよいのでしょうか。
もし登録するとしたら、費用と期間の目安を教えてください。
"""),
    M("ja", "normal", "anxious", False, "費用の支払いについてのご相談", """
個人で発明をしている者です。
自作の釣り具について特許を取りたいのですが、
ホームページで費用を拝見して、払いきれるかどうか不安になりました。
年金暮らしなので、一度にまとまった金額を用意するのは難しいです。
分割でのお支払いや、費用を抑える方法はありますでしょうか。
"""),
    M("ja", "normal", "angry", False, "ご請求額について", """
青葉国際特許事務所 御中

先日いただいた請求書（No.2024-0587）の金額が、
3月にいただいたお見積りより6万円以上高くなっております。
特に追加のご説明もいただいておりません。

御所では、お見積りは参考程度のものという理解でよろしいのでしょうか。
差額の内訳をご説明いただけますか。

有限会社ハヤシ技研 林
"""),
    M("ja", "normal", "neutral", True, "特許", """
とれますか？
"""),
    M("ja", "low", "positive", False, "登録証の額装について", """
桑原様

このたびは特許登録のご連絡をいただき、ありがとうございました。
社内でも大いに喜んでおります。
社長が登録証を額に入れて応接室に飾りたいと申しておりまして、
登録証の原本のサイズを教えていただけますでしょうか。
登録証が届いてからで構いません。

株式会社タカツ精機 総務部 小田
"""),
    M("ja", "low", "neutral", False, "知財研修についての情報提供のお願い", """
お世話になっております。
来年度、社内の技術者向けに知財の研修を行うことを検討しています。
時期も内容もまだ何も決まっていないので、
貴所でこうした研修を引き受けていらっしゃるかどうかだけ、
お手すきの際に教えていただければ幸いです。
"""),
    M("ja", "normal", "neutral", False, "Fw: 本社移転に伴う住所変更の手続きについて", """
桑原先生

総務からの依頼を転送いたします。お手数ですがご対応をお願いいたします。

ノア電子 松井

-----Original Message-----
From: 総務部 西村
To: 知財 松井
件名: 本社移転に伴う住所変更の手続きについて

松井さん
来月1日付で本社が移転します（新住所：横浜市西区みなと１－２－３）。
会社名義の特許・商標の登録住所の変更手続きを、事務所さんにお願いしてください。
対象の一覧は添付のとおりです。
西村
"""),

    M("en", "high", "neutral", False, "Grace period question – paper published last June", """
Dear Ms Park,

Our research group published a paper describing our sensor design on 1 July last year. We now want to file a US patent application on it, and I understand the US gives a one-year grace period after the inventors' own disclosure.

If I've understood correctly, that means we have until 30 June – nine days from now. Is that right, and if so, what would you need from us this week to file in time? The draft of the paper and our lab notes are ready to send.

Best regards,
Prof. Arjun Mehta
"""),
    M("en", "high", "angry", False, "Annuity for EP 3 456 789 – third email", """
Dear Aoba team,

I have now emailed three times since March asking whether the annuity for EP 3 456 789 was paid. Your client portal still shows it as "pending", and nobody has answered.

This patent covers our main product line. If it lapses because your office failed to pay a renewal fee, we will hold you liable for the consequences.

I expect a written confirmation of payment, with the receipt from the EPO.

Regards,
Thomas Brandt
Head of Legal, Kessler Antriebstechnik GmbH
"""),
    M("en", "normal", "anxious", False, "Did my blog post ruin my chances?", """
Hi,

Last year I wrote a blog post about a gadget I'd been designing for holding bike lights. I'm not planning to file anything until I've built a proper prototype, probably next spring, but a friend told me that by writing about it publicly I may already have ruined my chances of getting a patent.

I'm really worried I've thrown away two years of work. Is that true?

Thanks,
Joe Reilly
"""),
    M("en", "normal", "neutral", True, "question", """
how long does it take
"""),
    M("en", "low", "neutral", False, "Renewal fees for next year – for budgeting", """
Dear Helen,

For our board's annual planning in November, could you send us a rough estimate of next year's renewal fees across our portfolio? No rush at all – any time in the next couple of months is fine.

Best,
Ingrid Solberg
CFO, Nordlys Instruments
"""),
]

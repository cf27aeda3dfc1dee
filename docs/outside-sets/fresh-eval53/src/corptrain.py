# corptrain = corporate training provider (企業研修: management, compliance and new-hire courses run on site or online)
from common import S, D, M
DOMAIN = "corptrain"

SENTENCES = [
    S("ja", "研修当日は受講者の方にノートPCをお持ちいただくため、参加者名簿を11月8日までにお送りいただけますか。"),
    S("ja", "受講後アンケートの集計結果は、研修の翌日から5営業日以内にPDFでお送りします。"),
    S("ja", "講師を追加で手配する場合は、それなりの費用がかかります。", "v"),
    S("ja", "受講者の理解度が低かったのは、御社の事前準備が足りなかったためと考えております。", "c"),
    S("ja", "日程の変更はお受けできません。", "d"),
    S("ja", "講師の都合で日程の変更はお受けできないのですが、同じ内容のオンライン回を12月5日に設けることはできます。"),
    S("ja", "今回の研修が助成金の対象になるかは、分かりかねます。", "u"),
    S("ja", "参加人数を、今週中にご確定いただけますでしょうか。", "r"),
    S("ja", "研修の効果がいつ頃現れるかについては、一概には申し上げられません。", "u"),
    S("ja", "請求書は研修を実施した月の末日で締め、翌月10日までに発行いたします。"),
    S("ja", "延期される場合は、できるだけ早めにご連絡いただけると助かります。", "v"),
    S("ja", "会場のプロジェクターはHDMI端子のみのため、講師には変換アダプタを持参させます。"),
    S("en", "Fill in the attendee list and return it.", "i r"),
    S("en", "The trainer will arrive around 8:30 to set up, so we'd be grateful for access to the room from 8:15."),
    S("en", "Honestly, most clients manage this step without any help.", "c"),
    S("en", "We'll get the revised slides over to you shortly.", "v"),
    S("en", "Whether this counts towards CPD hours is not something we can confirm.", "u"),
    S("en", "Complaints about the venue's catering should go to the venue, not to us.", "d"),
    S("en", "We don't yet know if the trainer can do a half day, but I'll have her answer for you by Thursday noon."),
]

DRAFTS = [
    D("ja", "【ご提出のお願い】11月14日 管理職研修の参加者名簿", """
株式会社東邦精機
人事部 人材開発課 谷口様

いつもお世話になっております。ラーニングデザイン社の西川です。

11月14日（金）の管理職研修について、参加者名簿のご提出をお願いしたく、ご連絡いたしました。
グループ演習の班分けと名札の準備に使いますので、11月7日（金）までに、添付の様式でお送りいただけますでしょうか。

様式には、氏名・所属・役職の3項目をご記入いただければ十分です。
当日の進行表は、名簿を受け取ってから3営業日以内にお送りします。

ラーニングデザイン株式会社
研修企画部 西川 直樹
"""),
    D("ja", "新入社員研修 実施のご案内", """
株式会社みなと物流
総務部 御中

いつもお世話になっております。ラーニングデザイン社の東です。

ご依頼いただいた新入社員研修の実施要項が固まりましたので、ご案内いたします。

日時：〇月〇日（〇）9:30〜17:00
会場：御社 本社3階 大会議室
対象：2025年度新入社員 24名
持ち物：筆記用具、名刺（お持ちの方）

昼食は各自でお願いいたします。ご不明点がありましたらご連絡ください。

ラーニングデザイン株式会社
東 理沙
""", "p"),
    D("ja", "Re: 先日の研修についてのご意見", """
株式会社北斗建設
総務部 長尾様

ラーニングデザイン社の西川です。
先日のコミュニケーション研修について、ご意見をお寄せいただきありがとうございました。

講師の説明が一方的だったとのご指摘については、講師本人とも共有いたしました。
ただ、演習での発言が少なかった点については、受講者の皆様の参加意欲の問題もあったかと存じます。

次回に向けて、演習の時間配分を見直したプログラム案を来週中にお送りします。

ラーニングデザイン株式会社
西川 直樹
""", "c"),
    D("ja", "コンプライアンス研修の実施報告書をお送りします", """
三和フーズ株式会社
法務部 岡本様

いつもお世話になっております。ラーニングデザイン社の東です。

10月22日に実施したコンプライアンス研修の実施報告書をお送りします（PDF、12ページ）。
受講者38名の確認テストの結果、平均点は100点満点中84点で、70点未満の方は3名でした。

70点未満の3名の方には、11月中にオンラインで30分の補講を行うことをご提案いたします。
ご希望でしたら、候補日を3つお送りします。

ラーニングデザイン株式会社
東 理沙
"""),
    D("en", "Apology for the late start on Tuesday", """
Dear Ms Clarke,

Please accept our apologies for Tuesday's negotiation workshop starting 40 minutes late. Your team had cleared their diaries for the day, and we know the delay cut into the role-play session.

Our trainer was travelling up that morning and her train was cancelled outside Reading.

From now on, any trainer delivering a session more than an hour's travel from home will stay nearby the night before, at our cost.

Kind regards,
Ben Morris
Client Services, Northlight Learning
""", "a"),
    D("en", "Your workshop materials for 3 December", """
Dear Mr Evans,

The participant workbooks for your 3 December session on giving feedback are attached as a print-ready PDF (24 pages, A4).

If you'd rather we printed them, we can post 30 copies to reach you by 28 November for £96 including delivery; just reply by 21 November and we'll send them.

Best regards,
Ben Morris
Client Services, Northlight Learning
"""),
]

MAILS = [
    M("ja", "high", "neutral", "明日の研修について（講師の到着時刻の確認）", """
ラーニングデザイン株式会社
研修企画部 西川様

お世話になっております。東邦精機の谷口です。

明日9時開始の管理職研修の件です。
先週お送りいただいた進行表では講師の方の到着が8時15分となっていますが、講師の方からの事前連絡がまだなく、
プロジェクターの接続端子（当社会議室はHDMIのみです）の確認もできておりません。

受講者40名は全国の拠点から出張で集まりますので、開始を遅らせることはできません。
本日17時までに講師の方の到着時刻と機材の確認をいただけますでしょうか。

東邦精機株式会社 人事部
谷口 直子
"""),
    M("ja", "high", "angry", "修了証の件（3回目のご連絡です）", """
西川様

9月のハラスメント防止研修の修了証について、9月30日、10月7日に続いて3回目のご連絡です。

監督官庁の監査で、全受講者分の修了証の写しを明日中に提出しなければなりません。
このことは前回のメールにも書きました。

「確認して折り返します」とお返事をいただいてから1週間、何の連絡もありません。
明日の午前中までにPDFで届かない場合は、上長とも相談のうえ、今後の契約を見直させていただきます。

三和フーズ株式会社 法務部
岡本
"""),
    M("ja", "high", "anxious", "昨日の研修中に体調を崩した受講者について", """
ラーニングデザイン株式会社 ご担当者様

昨日、貴社手配の外部会場で行われた新任リーダー研修で、受講者の一人（当社社員）が午後の演習中に倒れ、救急搬送されました。
幸い意識は戻りましたが、今も入院しています。

当日はかなり室温が高かったと他の受講者から聞いており、会場の空調の状態や、倒れた前後に講師の方がどう対応してくださったのかを知りたいです。
社内で労災の報告を進める必要があり、当日の経緯を本日中に整理しなければならないのですが、何から確認すればよいのか分からず困っています。

講師の方の記録など、分かる範囲で教えていただけないでしょうか。

みなと物流株式会社 総務部
藤井
"""),
    M("ja", "normal", "angry", "先日の研修の内容について", """
先日はありがとうございました。

率直に申し上げますと、1日30万円の研修として期待していた内容とはかなり違いました。
配布されたテキストの半分以上は、ネットで検索すれば出てくる一般論でしたし、事前のヒアリングでお伝えした当社の課題には、ほとんど触れていただけなかったように思います。

ヒアリングのあの1時間は何のためだったのでしょうか。

北斗建設 長尾
"""),
    M("ja", "normal", "neutral", "新入社員研修のお見積もりのお願い", """
ラーニングデザイン株式会社 御中

はじめてご連絡いたします。
株式会社グリーンテック総務部の原と申します。

来年4月入社予定の新入社員（15名程度）向けに、ビジネスマナーと報連相を中心とした2日間の研修を検討しております。
会場は当社の研修室を予定しています。

概算のお見積もりと、過去の実施例があればお送りいただけますでしょうか。

株式会社グリーンテック 総務部
原 亜紀
"""),
    M("ja", "normal", "anxious", "初めて研修の担当になりました", """
ラーニングデザイン社 東様

はじめまして。このたび人事に異動になり、来年の評価者研修の担当になった吉岡と申します。

前任者からは「毎年現場の反発が強い研修だ」と聞いていて、正直なところ、うまくまとめられるか不安です。
管理職の方々からどのような声が出やすいのか、御社で工夫されている点があれば教えていただけないでしょうか。

時期は来年の2月なので、まだ時間はあるのですが……。
よろしくお願いいたします。

吉岡
"""),
    M("ja", "normal", "neutral", "来月の件", """
来月の件、変更できますか？
""", terse=True),
    M("ja", "normal", "neutral", "請求書の送付先変更について", """
ラーニングデザイン株式会社
経理ご担当者様

いつもお世話になっております。
東邦精機の経理部 内田です。

１１月分以降の請求書は、人事部ではなく経理部宛てにお送りいただけますでしょうか。
送付先：〒４６０－０００８　名古屋市中区栄２－３－１　東邦精機株式会社　経理部　内田
PDFでの送付でも問題ございません。

よろしくお願いいたします。
"""),
    M("ja", "low", "positive", "研修のお礼", """
西川様

先週の管理職研修では大変お世話になりました。
受講後アンケートでは「明日から使える」という声が多く、9割以上の受講者が「満足」と回答していました。
特にケーススタディが当社の実態に近く、議論が盛り上がったのが印象的でした。

来年度も同じ形で実施できればと考えております。詳細は年明けにご相談させてください。

東邦精機 谷口
"""),
    M("ja", "low", "neutral", "来年度の研修カタログについて", """
お世話になっております。
来年度の研修計画を立てるにあたり、御社の研修カタログ（冊子）を2部お送りいただけますか。
計画の締め切りは3月なので、お手すきの際で構いません。

株式会社グリーンテック 総務部 原
"""),
    M("en", "high", "neutral", "Venue flooded - this afternoon's workshop", """
Hi Ben,

Our office kitchen flooded overnight and the training room is out of action - there's water across the floor and the electrics are off on that side of the building.

Your presentation-skills workshop is due to start at 1pm today for 25 people, several of whom have travelled in from other sites. Could the trainer run it at a nearby venue, or remotely, or do we need to cancel? I need to tell the group by 11.

Thanks,
Laura Pike
Office Manager, Dunmore Insurance
"""),
    M("en", "high", "anxious", "Certificates missing for Thursday's audit", """
Hello,

We've got a regulator audit on Thursday morning, and they'll want evidence that all front-line staff completed the anti-money-laundering course.

Your learning portal shows 12 of our people as "in progress", but I've checked with them and they all finished the final quiz last week - two of them sent me screenshots. If I can't show certificates for everyone, it goes down as a finding against us.

I'm not sure whether this is a portal glitch or something we did wrong. Can you help me get this straightened out before Thursday?

Kind regards,
Femi Adeyemi
Compliance Officer
"""),
    M("en", "normal", "angry", "Formal complaint about yesterday's facilitator", """
To whom it may concern,

I want to make a formal complaint about the facilitator on yesterday's leadership course. Twice he made jokes about older staff "not getting technology", in a room where several participants are in their sixties. Two of them came to me afterwards, upset.

We chose Northlight because of your stated values on inclusion. I would like to know what you intend to do about this, and I would not want this facilitator assigned to us again.

Regards,
Margaret Holt
Head of People, Carrow Foods
"""),
    M("en", "normal", "neutral", "Fwd: Tailoring the conflict-resolution course", """
Hi - forwarding this from my manager, who asked me to follow up. Replies to me are fine.
Nadia

---------- Forwarded message ---------
From: Sam Whitfield
Subject: Tailoring the conflict-resolution course

Hi,

We're interested in your one-day conflict-resolution course for about 18 team leaders in our call centre. Is it possible to swap the generic case studies for scenarios from our own customer calls? We'd supply anonymised examples. If so, does that change the price?

Thanks,
Sam
"""),
    M("en", "low", "positive", "Thank you for last week", """
Dear Ben,

A short note to say thank you for last week's sessions. The team are still quoting the "two-minute rule" at each other, which I take as a very good sign. We'll be in touch about a follow-up in the new year.

Best wishes,
Laura
"""),
]

# isocert = ISO management-system certification body (ISO 9001/14001/45001 audits)
from _h import s, d, m

DOMAIN = "isocert"

SENTENCES = [
    s("ja", "審査日程の変更は原則として30日前までのお申し出をお願いしており、今回は15日前のため変更手数料33,000円が発生します。同じ審査員で組み直せる候補日を3つ、明日までにお送りします。"),
    s("ja", "是正処置の内容が妥当かどうかは審査員が判断することですので、事務局からはお答えしかねます。", "D"),
    s("ja", "規格の要求事項を正しく理解されていれば、この不適合は防げたはずです。", "C"),
    s("ja", "登録証の発行には、判定会議のあと若干お時間をいただいております。", "V"),
    s("ja", "審査の前に、直近1年分のマネジメントレビューの議事録と、是正処置の一覧表を提出してください。", "IR"),
    s("ja", "審査費用は、サイトの数や従業員の規模によって前後いたします。", "V"),
    s("ja", "移行審査の具体的な日程は、認定機関からの通知がまだ届いておらず、現時点ではお伝えできません。", "U"),
    s("ja", "認定機関からの通知がまだ届いておらず、移行審査の日程は決まっておりません。通知が届いた日のうちに、遅くとも今月25日までには候補日をご連絡します。"),
    s("ja", "コンサルタントとの間のトラブルにつきましては、当機関としては関与いたしかねます。", "D"),
    s("ja", "認証機関は公平性の決まりにより特定のコンサルタントをご紹介できませんが、認定機関が公開している登録コンサルタントの一覧のページをお送りします。"),
    s("ja", "前回の審査でも同じご指摘を受けておられたかと存じますが。", "C"),
    s("ja", "サーベイランス審査は前回の審査から12か月以内に行う必要があるため、今年は11月14日までに終える必要がございます。"),

    s("en", "Certificates can't be backdated; what we can do is issue today and send a letter confirming the audit date, which most tender panels accept."),
    s("en", "Had you read the audit plan, you'd have seen the warehouse was in scope from the start.", "C"),
    s("en", "We'll come back to you on the transfer once things settle down here.", "V"),
    s("en", "We can't say whether the nonconformity will be downgraded.", "U"),
    s("en", "We won't be discussing the auditor's manner on the day.", "D"),
    s("en", "It may take a little while to find a replacement auditor, but you'll have a name and a confirmed date from us by Thursday noon."),
]

DRAFTS = [
    d("ja", "審査についてのご連絡",
      """株式会社ミヤコ精機
品質保証部 吉田 様

いつもお世話になっております。日本規格認証センターの村井です。

当センターでは今年度から、審査の記録をオンラインで共有できるシステムを導入いたしました。
審査員とのやり取りや是正処置の報告をブラウザ上で行えるようになり、多くのお客様から書類の郵送が減ったとのお声をいただいております。
また、来年1月には規格改訂に関するオンライン説明会も予定しております。

つきましては、来月の更新審査に向けて、品質マニュアルと直近の内部監査報告書を、
10月31日までに上記システムからご提出いただけますでしょうか。
審査員が事前に読んでおくことで、当日の審査時間を半日短くできます。

日本規格認証センター 村井
""", "F"),
    d("ja", "判定結果のお知らせと登録証の送付先のご確認",
      """株式会社ミヤコ精機
品質保証部 吉田 様

日本規格認証センターの村井です。
10月28日の判定会議で、御社のISO 9001更新審査の結果は「認証継続」と決定しました。

登録証は11月6日に発送いたします。前回は本社宛てにお送りしましたが、
今回も同じ送付先でよいか、11月4日までにご返信いただけますでしょうか。
ご返信がない場合は、前回と同じ本社総務部宛てにお送りします。

日本規格認証センター
審査部 村井 隆
"""),
    d("ja", "登録証の発行が遅れていることについて",
      """有限会社はなぶさ工業
代表取締役 北川 様

日本規格認証センターの村井です。
初回審査の登録証の発行が、ご案内していた日から大幅に遅れており、誠に申し訳ございません。

判定会議の委員の日程調整が当センター内で滞り、会議の開催が2週間遅れたことが原因です。
今後は、判定会議の日程を審査日の時点で仮押さえしておく運用に改めます。

日本規格認証センター 村井
""", "A"),

    d("en", "Apology: late start to your audit on 3 June",
      """Dear Ms Carter,

I'm sorry that our auditor arrived at your Leeds site 90 minutes late on 3 June, and that your team had to reorganise the day around it.

His train was cancelled, and he did not call your office because the phone number on his audit plan was your old one; we had not updated it after you told us about the change in April.

We've corrected the contact details on your file, and the audit time lost on the day has been added back at no charge: Mr Hale will return on 17 June from 9:00 to 10:30 to finish the purchasing and training records.

From this month, every audit plan is checked against the client's latest contact details the week before the visit, and auditors travelling by train are booked on a service arriving at least an hour early.

Kind regards,
Rebecca Moss
Client Services, Northern Certification Ltd
"""),
]

MAILS = [
    m("ja", "登録証の発行時期について",
      """日本規格認証センター
村井様

お世話になっております。株式会社ミヤコ精機の吉田です。
先月受けた初回審査の登録証ですが、発行はいつ頃になりますでしょうか。
実は、県の入札に参加する予定で、締切が来週金曜日（１１月１５日）です。応募書類に登録証の写しが必須となっています。
判定会議の結果がまだ届いていないため、間に合うのかどうか社内でも気をもんでいます。
間に合わない場合の代わりの書類があれば、それも教えていただけますと助かります。

吉田
""", "high", "anxious"),
    m("ja", "Re: Re: Re: 更新審査の日程について",
      """村井様

これで三度目のメールになります。
９月１０日、１０月２日と、更新審査の日程についてお尋ねしていますが、いまだにお返事がありません。
現在の登録証の有効期限は１１月３０日です。
主要な取引先からは、期限が切れた時点で取引条件を見直すと言われています。
日程が決まらない理由だけでも、今週中にお知らせください。

有限会社はなぶさ工業
北川
""", "high", "angry"),
    m("ja", "明日からの審査について",
      """日本規格認証センター 審査部 ご担当者様

明日・明後日の二日間、更新審査をお願いしている三和パッケージの原です。
品質管理責任者の堀が今朝、体調を崩して入院しました。命に別状はありませんが、少なくとも二週間は出社できません。
審査を受けるべきか延期すべきか、判断がつきかねています。
延期した場合、登録証の有効期限（来月１０日）を過ぎてしまうのではないかと思います。
審査員の方は今夜こちらに移動されると伺っていますので、それまでにご相談させてください。

三和パッケージ株式会社 総務部 原
""", "high", "neutral"),
    m("ja", "拠点追加に伴うお見積りのお願い",
      """お世話になっております。
来年４月に第二工場（埼玉県加須市、従業員約４０名）が稼働する予定で、
ISO 14001の認証範囲に加えたいと考えています。
追加審査の費用と、申し込みの締切があれば教えてください。

株式会社エコテック 環境推進室 渡部
""", "normal", "neutral"),
    m("ja", "先日の審査員の方について",
      """日本規格認証センター 御中

先週の更新審査を担当された審査員の方について、お伝えしたいことがあります。
現場の作業者への聞き取りの際、「こんなことも知らないのか」と声を荒げる場面が二度ありました。
作業者の中には入社一年目の者もおり、その後、審査が怖いと言って休んでいます。
審査で厳しくご指摘いただくことは当然と考えていますが、あの言い方が貴センターの方針なのか、伺いたいと思います。

大和化成株式会社 品質保証部長 井口
""", "normal", "angry"),
    m("ja", "初めての審査で不安です",
      """はじめまして。
社員２０名ほどの会社で、来月初めてISO 9001の審査を受けます。
コンサルタントの先生からは大丈夫と言われていますが、不適合がたくさん出たら認証がもらえないのではないか、
そうなったら社長に何と言えばいいのかと、正直夜も眠れません。
不適合が出た場合、その後どういう流れになるのか教えていただけますか。

有限会社ことぶき印刷 品質担当 安田
""", "normal", "anxious"),
    m("ja", "請求書の件", "先日の件、確認お願いします。", "normal", "neutral", True),
    m("ja", "認証マークの使い方について",
      """村井様

お世話になっております。
認証マークを当社のトラックの車体に入れることはできますか。
使い方の決まりがあれば教えてください。

株式会社ヤマト運輸機工 総務 小西
""", "normal", "neutral"),
    m("ja", "重大な不適合と軽微な不適合の違いについて",
      """お世話になっております。
来年の更新審査に向けて社内研修を企画しており、「重大な不適合」と「軽微な不適合」の違いを社員に説明したいと考えています。
判断の基準を説明した資料などがあれば、いただけないでしょうか。
研修は来年２月ごろの予定ですので、お手すきの時で構いません。

ミナト電装 品質課 竹内
""", "low", "neutral"),
    m("ja", "来年度からの請求書の宛名について",
      """日本規格認証センター 経理ご担当者様

来年４月に社名を「株式会社エヌ・ティ・ケイ」に変更する予定です。
４月以降の請求書の宛名を新しい社名にしていただくには、何か手続きが必要でしょうか。
まだ先の話ですので、分かる範囲で結構です。

日東金属工業 経理 松下
""", "low", "neutral"),

    m("en", "Certificate showing the new site",
      """Hi Rebecca,

Our largest customer is doing a supplier audit on Monday morning and has told us they need to see a certificate that includes our Doncaster site. Without it they'll move the Doncaster work to another supplier.

Your auditor visited Doncaster six weeks ago and said the updated certificate would follow within two weeks. We haven't had it, or any word on the technical review.

Could you tell me today whether it can be issued before Monday, or give me a letter we can show them instead?

Thanks,
Gareth Lewis
Quality Manager, Lewis Fabrications
""", "high", "neutral"),
    m("en", "Invoice 22-0918",
      """Hello,

Your invoice for our surveillance audit includes £340 of travel and hotel costs. Our quote said "all-inclusive", and the auditor lives 20 minutes from our site — I know, because he told us.

I'd like this corrected before we pay, and frankly I'd like to understand how it happened.

Dawn Mitchell
Finance Director, Pennine Plastics
""", "normal", "angry"),
    m("en", "Surveillance audit after staff changes",
      """Hello,

Our surveillance audit is booked for 9 October. Since the last audit, our quality manager has left and I've taken over her role alongside my own job. I'm worried I won't be able to answer the auditor's questions properly, and I don't want us to lose the certificate because of it.

Is there anything I should prepare in particular, or someone I could talk to beforehand?

Kind regards,
Imran Shah
Operations Lead, Shah Logistics
""", "normal", "anxious"),
    m("en", "Remote audit?",
      """Hi,

Would it be possible to do part of our next audit remotely? Two of our sites are small (fewer than five staff) and it seems a lot of travel for the auditor.

Thanks,
Laura
""", "normal", "neutral"),
    m("en", "Feedback and a question about 45001",
      """Dear Rebecca,

Just a note to say that Mr Hale's audit last week was the most useful we've had — thorough but genuinely helpful.

We're thinking about adding ISO 45001 some time next year. No rush at all, but when you have a moment, could you send me an outline of how the process and costs would work?

Best,
Helen Ward
""", "low", "positive"),
]

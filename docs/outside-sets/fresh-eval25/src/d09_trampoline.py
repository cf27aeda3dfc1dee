from common import s, d, m
DOMAIN = "trampoline"
MEANING = "indoor trampoline park (timed jump sessions, birthday parties, school groups, waivers)"

SENTS = [
    s("ja", "グリップソックスは安全のため全員着用をお願いしており、お持ちでない方は受付で300円で販売しています。"),
    s("ja", "小さなお子様は大きなお子様とぶつかると大ケガにつながるので、目を離さないでください。", "I"),
    s("ja", "ケガをされたのは、ルールを守られなかったからではないでしょうか。", "C"),
    s("ja", "誕生日パーティープランの料金は、人数によってはけっこう上がります。", "V"),
    s("ja", "骨折の治療費の補償については、担当者が不在のため私では判断できかねます。", "U"),
    s("ja", "駐車場での事故については施設の管理外ですので、対応いたしかねます。", "D"),
    s("ja", "入場は6歳以上で、身長110cm未満のお子様には保護者の方の付き添いが必要です。"),
    s("ja", "当日は混雑が予想されるため、ご予約時間の15分前までに受付を済ませていただけますか。"),
    s("ja", "誓約書は保護者の方が記入して持参すること。", "IR"),
    s("ja", "回数券の有効期限は、休館していた2週間分を延長し、新しい期限は6月30日となります。"),
    s("ja", "分かりにくいご説明で失礼いたしました。回数券はご購入日から6か月有効で、ご家族でしたら共有してお使いいただけます。"),
    s("ja", "ご来場の前に、オンラインで会員登録をしていただけますか。", "R"),
    s("ja", "貸切のご予約は、ご利用日の2か月前の1日から承っております。"),
    s("en", "Jump sessions run for 60 minutes, and you can check in up to 15 minutes early to sign the waiver."),
        s("en", "If your son had followed the court rules, he wouldn't have been hurt.", "C"),
    s("en", "Whatever happens in the parking lot is not something we deal with.", "D"),
    s("en", "Party prices may go up over the holidays.", "V"),
    s("en", "The foam pit's reopening is up in the air at the moment.", "U"),
    s("en", "Please bring grip socks or buy a pair at the desk for $3, since regular socks slip on the mats."),
]

DRAFTS = [
    d("ja", "誕生日パーティーのご予約確認（3月16日）", """
今井様

ジャンプパーク港北の佐野です。
お子様のお誕生日パーティーのご予約を、以下のとおり承りました。

日時：3月16日（土）13:00〜15:00（ジャンプ60分＋パーティールーム60分）
人数：お子様12名、保護者の方6名
料金：お子様おひとり2,750円、保護者の方は無料（ジャンプされない場合）
ケーキの持ち込み：可（冷蔵庫をご用意します）

参加されるお子様全員分の誓約書が必要になります。当日の受付時間を短くするため、3月14日までに保護者の方からオンラインでご提出いただけますでしょうか。

当日お会いできるのを楽しみにしております。
ジャンプパーク港北　佐野
"""),
    d("ja", "ご来場ありがとうございました", """
森下様

ジャンプパーク港北の佐野です。
先日はご家族でご来場いただき、ありがとうございました。
今月から、大人の方向けの「フィットネスジャンプ」クラスも始まりました。平日の夜19時から45分間、初めての方でも楽しめる内容です。
また、春休み期間は朝9時から営業しておりますので、ぜひご利用ください。

なお、先日お子様が足首をひねられた件で、施設の保険を使うために病院の領収書の写しが必要になります。3月末までにお送りいただけますでしょうか。保険会社への申請期限が4月10日のためです。

ジャンプパーク港北　佐野
""", "N"),
    d("ja", "団体利用のお見積もり", """
【学校名】
ご担当　【先生のお名前】様

ジャンプパーク港北の佐野です。
校外学習での団体利用について、お見積もりをお送りします。

人数：児童40名、引率6名
時間：10:00〜11:30（ジャンプ60分、休憩・説明30分）
料金：児童おひとり1,650円（団体割引後）、引率の先生は無料
合計：66,000円（税込）

誓約書は保護者の方の署名が必要なため、ご利用日の1週間前までに人数分を学校でおまとめいただけますでしょうか。

ジャンプパーク港北　佐野
""", "P"),
    d("en", "Foam pit closure — your Saturday party is unaffected", """
Hi Mel,

A quick heads-up about your party booking on Saturday 12 October: our foam pit will be closed that weekend while we replace the foam blocks.

Your party's jump time and room aren't affected, and because the pit is part of the party package, we've taken $40 off your balance, which is now $280. Everything else stays exactly as booked.

If you'd prefer to move to the following Saturday when the pit reopens, reply by Wednesday and I'll swap the slot at no charge.

Thanks,
Dee
Bounce Yard
"""),
]

MAILS = [
    m("ja", "昨日のパーティーで息子がケガをしました", """
ジャンプパーク港北　ご担当者様

昨日、息子（7歳）の誕生日パーティーでお世話になりました今井です。
遊んでいる途中で着地に失敗したらしく、帰宅後に左腕を痛がり、今朝になって手首がかなり腫れて動かせなくなっています。
これから整形外科に連れて行きますが、骨が折れていたらと思うと気が気ではありません。
施設の保険などがあれば、病院で何を伝えればいいのか、どこに連絡すればいいのか教えてください。

今井 真由美
""", "h", "ax"),
    m("ja", "明後日のパーティー予約が消えています", """
明後日（土）13時から20名で誕生日パーティーを予約している今村です。
念のため予約サイトを見たら、予約が「キャンセル済み」になっていました。
キャンセルした覚えはありません。
招待状はもう全員に送ってありますし、ケーキも注文済みです。
昨日から3回電話しましたが、誰も出ません。
どういうことなのか、今日中に説明してください。
""", "h", "an"),
    m("ja", "明日の遠足の予約人数について", """
ジャンプパーク港北　ご担当者様

いつもお世話になっております。ひかり保育園の園長、小松です。
明日10時からの遠足で、園児36名と保育士4名の計40名で伺う予定です。
ところが、本日届いた予約確認メールでは人数が「4名」となっておりました。
バスもすでに手配しており、明日の朝は予定どおり伺います。
本日中に40名での予約になっているかご確認いただけますでしょうか。

ひかり保育園　小松
""", "h", "ne"),
    m("ja", "回数券について", """
１０回券を買おうと思っているのですが、
兄弟（小3と小1）で１冊を一緒に使うことはできますか？
""", "n", "ne"),
    m("ja", "監視スタッフについて", """
日曜の午後に子どもと利用しました。
トランポリンのエリアにいた監視のスタッフの方が、ずっとスマートフォンを見ていました。
大きい子が小さい子のすぐ横で跳ねていても、誰も注意しませんでした。
安全のために監視員がいるのではないのですか。料金に見合う管理をしてください。
""", "n", "an"),
    m("ja", "音に敏感な子どもの利用について", """
小学2年の息子に発達の特性があり、大きな音や人の多い場所が苦手です。
本人はトランポリンが大好きなのですが、混んでいる時間に行くと、パニックになって他のお子さんに迷惑をかけてしまわないか心配です。
比較的すいている時間帯や、音楽の音量を下げている時間はありますか。
""", "n", "ax"),
    m("ja", "貸切ありがとうございました", """
佐野様

先週土曜日、子ども会の貸切で大変お世話になりました。
スタッフの皆さんが子どもたち一人ひとりに声をかけてくださり、保護者からも「来年もぜひ」という声ばかりでした。
来年も同じ時期にお願いしたいのですが、日程はいつ頃から押さえられますか。

若葉町子ども会　会長　戸田
""", "n", "po"),
    m("ja", "キャンセル", """
キャンセルでお願いします。
""", "n", "ne", True),
    m("ja", "大人向けのクラスの要望", """
子どもの付き添いで時々伺っています。
見ているうちに自分も跳んでみたくなりました。大人向けのクラスのようなものがあれば参加したいです。
今すぐというわけではないので、もし将来やる予定があれば教えてください。
""", "l", "ne"),
    m("ja", "ロッカーについて", """
先日利用した者です。楽しかったです。
ひとつ気になったのは、ロッカーの鍵が固くて子どもが開けられなかったことです。
次に行くのはたぶん夏休みなので、それまでに直っているとうれしいです。
""", "l", "ne"),
    m("en", "Daughter hit her head Saturday - now vomiting", """
Hello,

My daughter Ava (9) bumped heads with another child on the main court on Saturday afternoon. Your staff gave her an ice pack and she seemed fine. This morning she's been sick twice and says her head hurts.

We're on our way to the children's hospital now. The doctor will want to know exactly what happened - was an incident report written up? Could someone who was there call me on 555-0148 this morning?

Nicole Harper
""", "h", "ax"),
    m("en", "Scout group pricing", """
Hi,
I run a Scout troop of about 25 kids (ages 11-14) plus 5 leaders. Do you do group rates on weekday evenings? We'd be looking at sometime in November.
Thanks,
Owen
""", "n", "ne"),
    m("en", "Paid full price, half the park closed", """
We paid $96 for four tickets on Sunday. When we got there, the dodgeball court and the ninja course were both closed, and nobody mentioned it at check-in.

I'd like a partial refund. I'm not paying full price for half a park.

Rick
""", "n", "an"),
    m("en", "booking", """
hi do I need to do anything else
""", "n", "ne", True),
    m("en", "Adult night idea", """
Hi Bounce Yard,

Ever thought about an adults-only night? A few of us parents would happily come on a Friday evening. Just an idea for the future - nothing needed from you right now.

Jo
""", "l", "ne"),
]

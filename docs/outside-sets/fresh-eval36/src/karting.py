from common import *

DOMAIN = "karting"
MEANING = "レンタルカート場・ゴーカートサーキット / rental karting circuit"

SENTENCES = [
    S("ja", "走行前に必ず誓約書に署名してください。", I, R),
    S("ja", "ヘルメットのサイズが合わない場合は、受付でお申し出いただければ別のサイズと交換します。"),
    S("ja", "身長140cm未満のお子様は、安全ベルトの位置が合わないため、キッズカートのみのご利用となります。"),
    S("ja", "雨の日は走行枠が少し減ることがあります。", V),
    S("ja", "コースの規則はスタート前に説明しているので、聞いていなかったのはそちらの責任です。", C),
    S("ja", "ほかのお客様との接触については、当社は一切関与しません。", X),
    S("ja", "貸切プランは10名まで一律55,000円、11名以降は1名あたり4,800円が加算されます。"),
    S("ja", "タイム計測器の不具合の原因は、まだ分かっておりません。", U),
    S("ja", "ロッカーの鍵は帰る前に返しなさい。", I, R),
    S("ja", "運転免許をお持ちでない方も走行できますが、16歳未満の方は保護者の同意書が必要です。"),
    S("ja", "カートの部品についてはメーカーの回答が必要なため、当社からメーカーに問い合わせ、10日以内に結果をお知らせします。"),
    S("ja", "ご予約はWebのみで承っておりますが、お電話をいただいた場合でも、空き状況はその場でお伝えできます。"),
    S("ja", "表彰式は最終ヒート終了から15分後、2階のラウンジで行います。"),

    S("en", "We'd ask that all drivers arrive 30 minutes before their session.", R),
    S("en", "Your lap times should be emailed to you shortly.", V),
    S("en", "If you'd listened to the briefing, you wouldn't have spun out on turn three.", C),
    S("en", "Closed-toe shoes are required on track because loose sandals can slip off the pedals; we have loaner trainers at the desk if needed."),
    S("en", "We don't know when the junior karts will be back in service.", U),
    S("en", "We've reviewed the track camera from 3:40 pm; the marshal has been reminded to show a yellow flag sooner, and we've added a free session to your account."),
    S("en", "The Grand Prix package is £59 per driver and includes 10 practice laps, 12 qualifying laps and a 15-lap race."),
]

DRAFTS = [
    D("ja", "6月14日（土）貸切走行のご予約確定のお知らせ", """
株式会社ミヤコ物流　総務部　原田様

湾岸カートランドの西川です。
6月14日（土）13時〜15時の貸切走行のご予約が確定しましたので、内容をお知らせします。

・参加人数：24名
・内容：練習走行10分 → 予選 → 決勝（15周）→ 表彰式
・料金：貸切基本料55,000円＋追加14名×4,800円＝122,200円（税込）
・お支払い：当日受付にて、または6月10日までのお振込み

走行には動きやすい服装と、かかとのある靴が必要です。サンダルではペダルから足が外れやすいためです。ヘルメットとグローブは無料でお貸しします。
参加者の変更は前日の17時まで承ります。

湾岸カートランド　西川
"""),
    D("ja", "キッズカート体験会の参加について", """
山田様

湾岸カートランドの西川です。
7月21日（月・祝）のキッズカート体験会に、お子様（小学2年生）のお申し込みをいただきありがとうございます。

当日は10時に受付を開始し、10時30分から安全講習、11時から走行となります。
お子様の健康保険証のコピーを持ってきてください。
身長が110cmに届かない場合は、安全ベルトが合わないため、同乗走行に切り替えてのご案内となります。

当日お会いできるのを楽しみにしております。

湾岸カートランド　西川
""", I, R),
    D("ja", "5月18日の大会におけるタイム計測の不具合についてのお詫び", """
湾岸スプリントカップ　ご参加の皆様

湾岸カートランドの西川です。
5月18日（日）の大会で、決勝ヒートのラップタイムが一部記録されない不具合が起き、皆様にご迷惑をおかけしました。深くお詫び申し上げます。

原因は、前日に行った計測システムの更新で、2台のカートに付けた送信機が新しい設定に対応していなかったことでした。
当日の順位は、コース上のビデオ映像をもとに全車の周回を数え直して確定し、5月20日に公式サイトに掲載しました。決勝ヒートの参加費は全員分を返金いたします（5月末までにお振込み）。
今後は、計測システムを更新した場合、大会前日までに全車の送信機で試験走行を行い、記録を確かめてから大会を開催いたします。

湾岸カートランド　西川
"""),

    D("en", "Apology - timing failure in Saturday's endurance race", """
Dear drivers,

We're sorry that the timing system failed during the second hour of Saturday's endurance race.

The failure was caused by a firmware update pushed to the transponders on Friday evening, which we hadn't tested on a full grid.

From now on, any update will be tested on a spare kart over a full practice session before it goes anywhere near a race day.

Apologies again,
Redline Karting
""", AP),
    D("en", "Booking confirmed: Friday 20 June, 7 pm, 8 drivers", """
Hi Chloe,

Your booking is confirmed: Friday 20 June, 7 pm, Grand Prix package for 8 drivers, £472 paid in full.

We'll need everyone here by 6:30 pm for sign-in and the safety briefing; drivers who miss the briefing can't go on track, because it covers the flag signals. Closed-toe shoes are a must, since sandals can slip off the pedals.

Anyone under 16 needs a parent or guardian to sign the waiver. It can be done online beforehand at redlinekarting.example/waiver, which saves about ten minutes at the desk.

See you on the 20th,
Dan
Redline Karting
"""),
]

MAILS = [
    M("ja", "昨日の走行後、息子が首の痛みを訴えています", """
昨日（日曜）の14時の回に、小学５年の息子が走行しました。
コーナーでスピンして、タイヤバリアに軽くぶつかったと本人は言っています。
その時は平気そうでしたが、夜になってから首が痛いと言い出し、今朝は首を左に回せません。
今日これから整形外科に行くのですが、ぶつかった時の速度や状況など、スタッフの方の記録があれば教えていただけますか。
医師に説明したいので、午前中にお返事いただけると助かります。

石田 真由美
090-5512-8830
""", "high", "anxious"),
    M("ja", "明後日の貸切予約について（3通目）", """
株式会社アオバ商事の小池です。
明後日（金）18時から30名で貸切の予約を入れていますが、確認メールが一度も届いていません。
電話は何度かけても話し中か留守電で、メールもこれで3通目です。
予約が取れていないなら、今日中に別の会場を探さないと懇親会そのものが成り立ちません。
本日17時までに、予約が確定しているかどうかだけでも返事をください。
""", "high", "angry"),
    M("ja", "予約金の二重決済", """
本日15時から予約している山内です。
予約金22,000円をカードで支払ったのですが、カ−ド会社のアプリを見ると同じ金額が2件計上されています。
１件は取り消していただけますか。どちらも承認済みになっています。
当日受付で何か必要なものがあれば教えてください。
""", "high", "neutral"),
    M("ja", "誕生日パーティープランについて", """
来月、息子の10歳の誕生日に、お友達8人くらいで遊びに行きたいと考えています。
ホームページの誕生日プランで、キッズカートの走行回数と、ケーキの持ち込みができるかを教えてください。
土曜の午前中を希望しています。
""", "normal", "neutral"),
    M("ja", "受付スタッフの対応について", """
日曜日に子ども二人を連れて行きました。
身長制限のことを受付で聞いたら、若い男性スタッフに「看板も読めないんですか」と言われました。
子どもたちの前で、です。
確かに見落としたのはこちらですが、あの言い方はないと思います。
""", "normal", "angry"),
    M("ja", "初めて乗る娘について", """
小学３年の娘が、初めてキッズカートに乗る予定です。
とても怖がりなので、走っている途中で泣き出してしまったらどうしようと心配しています。
途中でやめることはできますか？その場合、料金はどうなりますか。
親が横で見ていられる場所はありますか。
""", "normal", "anxious"),
    M("ja", "予約の件", "変更できますか？", "normal", "neutral", True),
    M("ja", "Re: 領収書の宛名について", """
お世話になっております。
先日の領収書、宛名を「株式会社ミヤコ物流」でお願いしていたのですが、「ミヤコ物流株式会社」となっていました。
お手数ですが再発行をお願いできますか。元の領収書は返送します。

> 原田様
> 領収書を同封いたしました。ご確認ください。
> 湾岸カートランド　西川

ミヤコ物流　原田
""", "normal", "neutral"),
    M("ja", "先週の大会ありがとうございました", """
先週の市民カート大会、運営ありがとうございました！初めて出ましたが、とても楽しかったです。
来年も開催の予定はありますか？まだまだ先の話なので、決まったら教えてもらえれば十分です。
""", "low", "positive"),
    M("ja", "ライセンス講習の開催頻度", """
今すぐ受けるわけではないのですが、スポーツ走行用のライセンス講習は年に何回くらい開催していますか。
来年以降の参考にしたいです。
""", "low", "neutral"),

    M("en", "Stag do this Saturday - track 'closed'??", """
We booked 12 drivers for this Saturday at 2 pm (booking ref RK-5583), £708 paid in full back in March.
Your website now says the track is closed for maintenance on Saturday. Nobody has told us a thing. Three of the group are flying in from Dublin on Friday night for this.
I need to know today whether our session is going ahead, and if not, what you're offering.
Liam Doyle
""", "high", "angry"),
    M("en", "My son's wrist after today's 4pm session", """
Hi, my son Josh (14) came off at the hairpin in the 4 pm session today. The marshal checked him and said he was fine, but he's now saying his wrist is swollen and he can't grip properly.
We're heading to A&E. Did anyone write down what happened or see how he landed? The doctor might ask.
Sorry for the rushed email.
Karen Price
07911 223344
""", "high", "anxious"),
    M("en", "Corporate booking - October", """
Hello,
Forwarding the note below from our director. We're looking at a team event in October for about 20 people. Do you offer invoicing on 30-day terms, and is there a private room we could use for food afterwards?
Best regards,
Anita Shah
Office Manager, Northgate Analytics

-----Original Message-----
From: Mark Ellison
Subject: team thing

Anita - can you look into the karting place by the ring road for the october team day? ~20 ppl, somewhere to eat after would be good. no need to book yet, just get prices
""", "normal", "neutral"),
    M("en", "Arrive and drive?", """
Booked the 'arrive and drive' at 11. Got on track at 12:10. No explanation, no apology, just "busy today". Not what I paid for. Not impressed.
""", "normal", "angry"),
    M("en", "Café for non-drivers", """
Quick one - is the café open to people who aren't driving? Thinking of bringing my dad along to watch some time. Nothing booked yet.
""", "low", "neutral"),
]

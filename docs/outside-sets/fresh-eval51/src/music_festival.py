# music_festival = organiser of a two-day outdoor music festival (tickets, camping, shuttle buses, vendors)
# ja: ハルカゼ・フェス実行委員会   en: Riverbend Music Festival
from common import S, D, M

DOMAIN = "music_festival"

SENTENCES = [
    # --- ja ---
    S("ja", "雨天時に開催するかどうかは、前日の17時に公式サイトとアプリでお知らせします。", []),
    S("ja", "払い戻しの対象になるかどうかは、現段階ではお答えできません。", ["unknown_without_followup"]),
    S("ja", "チケットの名義変更はできないと規約に明記してありますので、よくお読みになってから購入してください。", ["condescending", "imperative"]),
    S("ja", "シャトルバスは9時台と10時台がもっとも混み、待ち時間は最大で40分ほどです。", []),
    S("ja", "テントサイトをご利用の方は、入場時にリストバンドを提示してください。", ["imperative", "request_without_reason"]),
    S("ja", "車いすでご来場の方は、事前にお申し込みいただけますか。", ["request_without_reason"]),
    S("ja", "車いすでご来場の場合、専用の駐車場と段差のないルートをご用意するため、8月1日までにフォームからお申し込みいただけますか。", []),
    S("ja", "開催中止の場合の交通費や宿泊費について、主催者として責任を負うものではありません。", ["condescending"]),
    S("ja", "熱中症対策として、会場内でも飲み物を1本200円で販売しております。", []),
    S("ja", "出演者の変更については、詳しいことを後日改めてお知らせします。", ["vague"]),
    S("ja", "追加公演の予定はわかりません。", ["unknown_without_followup"]),
    S("ja", "年齢確認のため、入場時に身分証をご提示いただきます。", []),
    S("ja", "落とし物については当方の担当ではございません。", ["dismissive"]),
    S("ja", "ご不安な点があれば、当日はインフォメーションテント（東ゲート横）に看護師が常駐しておりますので、いつでもお立ち寄りください。", []),
    # --- en ---
    S("en", "Refunds go back to the card you paid with within 10 business days of the cancellation notice.", []),
    S("en", "Honestly, checking the weather forecast before driving four hours to an outdoor festival is on you.", ["condescending"]),
    S("en", "Keep your wristband on for the whole weekend.", ["imperative", "request_without_reason"]),
    S("en", "Noise from the campsite at night isn't something we can do anything about.", ["dismissive"]),
    S("en", "We can't tell you yet whether Sunday will go ahead.", ["unknown_without_followup"]),
    S("en", "We'll decide about Sunday by 8 a.m. that morning, after the 6 a.m. storm forecast, and post it on the app and by email.", []),
    S("en", "Yes, you can bring a folding chair, as long as it stays behind the yellow line in front of the main stage.", []),
]

DRAFTS = [
    D("ja", "ハルカゼ・フェス事務局より", """
出店者各位

いつもハルカゼ・フェスにご協力いただき、ありがとうございます。
今年は過去最多の42店舗にご出店いただけることになり、実行委員一同、大変うれしく思っております。
昨年いただいたアンケートでは、出店エリアの日よけが足りないというご意見が多く、今年はテントを20張り増やしました。
会場周辺の道路は、当日の朝6時から交通規制がかかります。

なお、搬入許可証は8月18日（月）に発送します。許可証がないと会場の搬入口を通れないため、8月21日（木）までに届かない場合は、事務局（平日10時〜17時）までお電話いただけますでしょうか。

ハルカゼ・フェス実行委員会 事務局
""", ["purpose_not_upfront"]),
    D("ja", "日曜日公演の払い戻しについて", """
鈴木様

ハルカゼ・フェス事務局です。お問い合わせありがとうございます。
8月24日（日）の公演が荒天のため中止になった件について、払い戻しをご案内いたします。

日曜日の1日券と、2日通し券の日曜日分（9,000円）が払い戻しの対象です。
払い戻しは、ご購入時のクレジットカードに近日中に返金いたします。お客様側でのお手続きは必要ありません。

楽しみにしていただいていたなか、残念なお知らせとなりました。来年もお待ちしております。

ハルカゼ・フェス実行委員会 事務局
""", ["vague"]),
    D("ja", "【お詫び】8月23日 シャトルバスの大幅な遅れについて", """
8月23日（土）にご来場のみなさま

ハルカゼ・フェス実行委員会です。
8月23日の17時から20時にかけて、会場から駅へのシャトルバスが最大で2時間遅れ、多くの方を長い時間お待たせしてしまいました。暑いなか、本当に申し訳ございませんでした。

■原因
国道の事故渋滞でバスが会場に戻れなくなった際、迂回路の手配が遅れ、予定していた30台のうち12台しか運行できませんでした。

■当日と翌日の対応
20時以降は地元のタクシー会社に協力をお願いし、駅まで無料で送迎しました。翌24日は迂回路をあらかじめ決め、バスを40台に増やして運行し、最大の待ち時間は25分でした。

■来年に向けて
迂回路を2本、警察と協議してあらかじめ決めておき、遅れが30分を超えた時点で臨時のタクシーを出す手順を設けます。

23日にバスを待つ間に体調を崩された方や、自費でタクシーを使われた方は、このメールにご返信ください。状況をうかがったうえで、費用の払い戻しをご案内します。

ハルカゼ・フェス実行委員会
"""),
    D("en", "Your Riverbend 2025 weekend passes", """
Hi [Customer Name],

Thanks for buying two weekend passes for Riverbend Music Festival, 15-17 August.

Your wristbands will be posted on 28 July to the address on your order. They're already registered to your name, so if they haven't arrived by 8 August, let us know and we'll send replacements before the gates open.

Camping opens at noon on Friday 15 August, and the last shuttle from Millbrook station leaves at 11:30 p.m. each night.

See you by the river,
The Riverbend Team
""", ["placeholder_left"]),
    D("en", "Sunday cancelled: your $206 refund is on its way", """
Hi Marcus,

Your refund of $206 for the Sunday part of your two weekend passes was sent to your Visa
card ending 4417 today, and most banks show it within 5 business days.

I'm sorry your first three emails went unanswered. After the storm cancellation we received over 4,000 refund requests in two days, and emails sent to the old tickets@ address were landing in a folder no one was monitoring. That address now forwards to the main support inbox, and we've added two temporary staff to the refund team until the backlog is cleared.

Nothing else is needed from you. If the refund hasn't shown up by 30 July, reply to this email and I'll chase the bank myself.

Best,
Nina
Riverbend Music Festival
"""),
]

MAILS = [
    # --- ja ---
    M("ja", "中学生の息子と連絡がとれません", """
ハルカゼ・フェス　運営の方へ

中学２年の息子が友達３人と今日のフェスに行っています。
１４時半に「メインステージの前にいる」とLINEが来たきり、電話もLINEもつながりません。スマホの電池が切れたのかもしれません。
友達のお母さんとも連絡を取りましたが、そちらも同じ状況です。
今は１７時過ぎで、帰りのシャトルバスに乗る約束の時間を１時間過ぎています。

会場内で呼び出しをしていただくことはできますか。迷子の受付のような場所はどこにありますか。
服装は、黒いTシャツに白いキャップ、身長は160センチくらいです。

伊藤
""", "high", "anxious"),
    M("ja", "チケット代が二重に引き落とされています", """
２日通し券を２枚購入したのですが、カードの明細を見たら３２,０００円が２回引き落とされていました。
購入完了のメールは１通しか来ていません。
そのせいでカードの利用枠がいっぱいになり、明日フェスに行くための新幹線の切符が買えない状態です。
明日の朝には出発しないといけないんですが、どうしてくれるんですか。
余分に引き落とされた分を今日中にどうにかしてもらえないなら、カード会社に連絡します。

注文番号：HK-0823-44172
村田
""", "high", "angry"),
    M("ja", "出店者の搬入許可証が届いていません", """
ハルカゼ・フェス実行委員会　事務局御中

キッチンカーで出店予定の「タコス・ソル」の森です。
明日朝６時の搬入に必要な搬入許可証が、まだ届いていません。
ポストも宅配ボックスも確認しましたが、ありませんでした。

許可証がないと搬入口を通れないと伺っていますので、
代わりの方法（メールのPDFを印刷する、受付で受け取るなど）があれば教えてください。
今夜２２時まではこのアドレスを見ています。

タコス・ソル　森 一真
出店番号：F-17
""", "high", "neutral"),
    M("ja", "チケット", """
届いてないです
""", "normal", "neutral", True),
    M("ja", "車いすでの参加について", """
はじめまして。１０月のハルカゼ・フェスに家族で参加したいと考えています。
夫が車いすを使っているのですが、

１．車いすでも観覧しやすいエリアはありますか
２．会場の近くに車を停められる場所はありますか
３．多目的トイレはいくつくらいありますか

の３点を教えてください。
よろしくお願いいたします。

田口 美穂
""", "normal", "neutral"),
    M("ja", "台風が来そうですが開催されますか", """
こんにちは。来週末のフェスに福岡から飛行機で参加する予定です。
天気予報を見ていると、ちょうどその頃に台風が近づくかもしれないと出ていて、とても心配しています。

中止になった場合、チケット代は払い戻されるのでしょうか。
飛行機やホテルをキャンセルするかどうかの判断をいつまでにすればいいのか分からず、
ずっとそわそわしています。開催の判断はいつごろ出ますか。
""", "normal", "anxious"),
    M("ja", "落とし物（サングラス）について", """
お世話になります。
８月２３日（土）に参加した者ですが、会場でサングラスを落としてしまいました。
黒いフレームで、つるの内側に「K.S」と名前が彫ってあります。
サブステージ近くの芝生エリアで座っていたときに落としたと思います。
届いていたら、送っていただくことはできますか。送料はこちらで負担します。

佐藤 健
""", "normal", "neutral"),
    M("ja", "ヘッドライナー変更について", """
ヘッドライナーだった「ノースライト」の出演がなくなったと、今日公式サイトで知りました。
正直、このバンドを見るためだけにチケットを取ったので、かなりがっかりしています。
代わりの出演者の発表もないまま「チケットの払い戻しはいたしません」とだけ書かれているのは、あまりにも不誠実ではないでしょうか。
せめて払い戻しを受け付けるかどうか、もう一度検討していただけませんか。
""", "normal", "angry"),
    M("ja", "今年もありがとうございました！", """
今年も２日間、最高の時間をありがとうございました！
特に、ゴミの分別のところにいたスタッフさんたちが、暑い中ずっと笑顔で声をかけてくれていて、会場がすごくきれいでした。
来年も絶対に行きます。
""", "low", "positive"),
    M("ja", "来年のボランティア募集について", """
ハルカゼ・フェス事務局　御中

今年はお客さんとして参加しましたが、来年はボランティアスタッフとして関わってみたいと思っています。
来年の募集はいつごろから始まる予定でしょうか。

まだ１年近く先の話なので、急ぎません。
決まっていなければ、決まったころに教えていただけるだけで十分です。

中川 あかり
""", "low", "neutral"),
    # --- en ---
    M("en", "Campsite C is flooding", """
Hi,

We're in campsite C near the river and the water is coming up fast - it's over the path and into the first row of tents. There are families with small kids here and I can't find a single marshal; the info tent by gate 2 is closed.

Do we move, and where to? Is anyone coming? I'm emailing because the festival phone line just goes to voicemail.

Karen Holt, pitch C-41
""", "high", "anxious"),
    M("en", "Refund for cancelled Sunday - 4th attempt", """
To whoever reads this inbox,

I wrote on 2 July, 9 July and 16 July asking for the refund for the cancelled Sunday. Not one reply. That's $412 for two weekend passes, and your website still says "refunds will be processed automatically".

If I haven't had an answer from a real person by the end of this week, I'm filing a complaint with the state consumer protection office.

Marcus Bell
Order RB-22871
""", "high", "angry"),
    M("en", "Water bottles and food", """
Hi! Going to Riverbend for the first time. Can I bring my own refillable water bottle? And are we allowed to bring food into the arena, or only into the campsite?

Thanks,
Jas
""", "normal", "neutral"),
    M("en", "Silent disco + poster", """
Hi Riverbend team,

The silent disco on Saturday night was the best thing I've done all summer - will it be back next year? Also, is there any way to buy the festival poster online? I didn't get to the merch tent before it closed.

Tomás
""", "normal", "positive"),
    M("en", "App map feedback", """
Honestly, the map in your app was useless after dark - dark grey text on a black background. I spent twenty minutes walking in circles looking for the first-aid tent on Saturday night with a friend who'd cut her foot. She was fine in the end, but that should never happen. Sort it out before next year. No reply needed.

Ben
""", "low", "angry"),
]

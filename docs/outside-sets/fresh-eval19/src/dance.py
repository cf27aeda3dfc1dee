# dance = dance studio for children and adults (ダンス教室)
DOMAIN = "dance"

SENTENCES = [
    ("ja", "体験レッスンは11月の毎週土曜日10時からで、料金は1回1,000円です。", []),
    ("ja", "発表会の衣装代については、後日お知らせいたします。", ["vague"]),
    ("ja", "レッスンについていけないのは、練習量が足りないからだと思いますよ。", ["condescending"]),
    ("ja", "ついていけないと感じられる場合は、来月から始まる初級クラス（火曜19時）に移ることもできますので、一度ご相談させていただけますか。", []),
    ("ja", "月謝は毎月25日までに振り込むこと。", ["imperative", "request_without_reason"]),
    ("ja", "発表会に出るかどうか、今週中にお返事いただけますか。", ["request_without_reason"]),
    ("ja", "発表会の参加申し込みは、会場と衣装の手配の都合上、11月30日（日）までにお願いしております。", []),
    ("ja", "振替レッスンが取れないのは、皆さん同じ条件ですので。", ["dismissive"]),
    ("ja", "スタジオの床で足を痛められた件について、当スタジオに落ち度はございません。", ["condescending", "dismissive"]),
    ("ja", "来年度の月謝がいくらになるかは、まだ決まっておりません。", ["unknown_without_followup"]),
    ("ja", "来年度の月謝は12月の運営会議で決まりますので、12月20日までに会員の皆様にお知らせします。", []),
    ("ja", "お子さまが集中して踊れるように、レッスン中の見学は月1回の公開レッスン（第4土曜日）のみとさせていただいております。", []),
    ("en", "Our beginner salsa course runs for six Thursdays from 9 January, 7:30 to 8:30 pm, and costs £54 in total.", []),
    ("en", "Wear proper shoes next time.", ["imperative", "request_without_reason"]),
    ("en", "Could you bring flat shoes with a smooth sole next week? Trainers grip the sprung floor and make turns harder on your knees.", []),
    ("en", "Honestly, most people pick up the basic step in their very first lesson.", ["condescending"]),
    ("en", "We're not sure yet whether the showcase will go ahead.", ["unknown_without_followup"]),
    ("en", "Costume costs should be confirmed sometime next month.", ["vague"]),
    ("en", "Parking is the venue's issue, not ours.", ["dismissive"]),
    ('ja', 'けがを防ぐため、レッスンの前には必ず10分間ストレッチをすること。', ['imperative']),
    ('ja', '振替レッスンは月2回まで、同じ月の中であれば、ほかの曜日のクラスに参加していただけます。', []),
]

DRAFTS = [
    dict(lang="ja", subject="冬の発表会のご案内と参加申し込みのお願い",
         text="""保護者の皆様

ダンススタジオ・リズムの森です。
冬の発表会を下記のとおり開催しますので、参加されるかどうかを12月1日（月）までにお知らせいただけますでしょうか。衣装の発注と出演順の決定にこの日までの人数が必要なためです。

・日時：2月8日（日）13:00開演（出演者の集合は10:30）
・会場：△△市民ホール 大ホール
・参加費：8,000円（衣装代を含みます）

お申し込みは、レッスンの際に受付で申込書をお渡しいただくか、このメールに「参加」「不参加」とお子さまのお名前をご返信ください。

ダンススタジオ・リズムの森　代表 水野
""", labels=["placeholder_left"]),
    dict(lang="ja", subject="スタジオだより 12月号",
         text="""会員の皆様

ダンススタジオ・リズムの森です。
今年も残すところ1か月となりました。11月のハロウィンイベントには、120名を超える皆様にご参加いただき、ありがとうございました。当日の写真はスタジオの掲示板に貼っておりますので、ぜひご覧ください。

12月からは、新しく大人のジャズクラス（木曜20時）が始まります。また、年末年始は12月28日から1月4日までお休みをいただきます。

なお、1月分の月謝から、お支払い方法が現金から口座振替に変わります。口座振替の手続きには、同封の「口座振替依頼書」に記入・押印のうえ、12月15日（月）までに受付にご提出いただく必要があります。この日までに提出がない場合、1月分は現金でのお支払いとなります。

ダンススタジオ・リズムの森
""", labels=["purpose_not_upfront"]),
    dict(lang="ja", subject="クラス変更（キッズヒップホップ 水曜→金曜）のご確認",
         text="""大塚 様

ダンススタジオ・リズムの森の水野です。
ご依頼いただいたクラス変更を承りました。12月から、はるとくんは「キッズヒップホップ（金曜17:00〜17:50）」でのご受講となります。

月謝は変わらず7,700円で、11月の水曜クラスは最後の26日までご受講いただけます。金曜クラスの担当講師はAYAKA先生です。

ご不明な点がございましたら、このメールにご返信いただくか、受付でお気軽にお声がけください。

ダンススタジオ・リズムの森　水野
""", labels=[]),
    dict(lang="ja", subject="体験レッスンのご予約について",
         text="""高橋 様

ダンススタジオ・リズムの森の水野です。
体験レッスンのお問い合わせをありがとうございます。ご希望の「大人はじめてのジャズ」は、11月22日（土）15:00〜16:00の回にお席をご用意できます。

料金は1,000円で、当日受付でお支払いいただきます。動きやすい服装と、室内用の運動靴か靴下をお持ちいただければ大丈夫です。更衣室もございます。

この日時でよろしければ、このメールに「22日で」とご返信いただけますか。ご返信をいただいた時点でご予約が確定します。

ダンススタジオ・リズムの森　水野
""", labels=[]),
    dict(lang="en", subject="Missed classes and refunds",
         text="""Dear Mrs Adeyemi,

Thanks for letting us know that Tobi will miss the next three Saturday ballet classes while he recovers from his wrist injury. We hope he feels better soon.

We don't refund individual missed classes, but for absences of three weeks or more with a doctor's note, we carry the full value (£27 for three classes) over to next term. If you can email us a photo of the note, I'll add the credit to your account the same day and it will come off your January invoice.

If Tobi would like to come and watch a class while he can't dance, he's very welcome to sit in.

Best wishes,
Claire
Northside Dance Academy
""", labels=[]),
]

MAILS = [
    dict(lang="ja", subject="昨日のレッスン中の転倒について",
         body="""リズムの森 水野先生

キッズクラスに通っている小川ゆいの母です。
昨日のレッスン中に転んで頭を打ったと、迎えのときに先生から伺いました。
その時は本人も元気だったのですが、夜になって２回吐いて、今朝も頭が痛いと言っています。

これから病院に連れて行くつもりです。
先生方はその時の様子をご覧になっていましたか？どこをどのくらい強く打ったのか、
お医者さんに説明できるように、できるだけ詳しく教えていただけないでしょうか。

小川""",
         urgency="high", emotion="anxious", terse=False),
    dict(lang="ja", subject="発表会の衣装がまだ届きません",
         body="""水野先生

日曜日の発表会の衣装、スタジオ経由で９月に注文してお金も払っていますが、まだ届いていません。
他のお子さんはもう先週受け取っていると聞きました。

しかも昨日、ほかの保護者の方から「サイズが一つ小さいまま発注されているらしい」と聞きました。
娘は申込書に130と書いて出しています。
本番は3日後です。衣装がないと舞台に出られないんですよね？
いつ、何のサイズが届くのか、明日までに教えてください。

堀江""",
         urgency="high", emotion="angry", terse=False),
    dict(lang="ja", subject="娘の動画の削除について（再度のお願い）",
         body="""リズムの森 ご担当者様

11月4日に、スタジオの公式インスタグラムに投稿されている発表会の動画から、
娘の顔が映っている部分を削除してほしいとお願いしました。
入会時の書類で「写真・動画の公開は不可」に丸をつけて提出しています。

それから1週間経ちますが、動画はまだ公開されたままで、再生回数も増え続けています。
事情があって、娘の居場所を知られたくない相手がいます。
明日中に削除されない場合は、弁護士に相談させていただきます。

森下""",
         urgency="high", emotion="angry", terse=False),
    dict(lang="ja", subject="クラス変更の相談",
         body="""お世話になっております。
小学3年の息子が水曜日のキッズヒップホップに通っていますが、
来月から水曜日に塾が入ってしまいました。
金曜日か土曜日の同じレベルのクラスに空きはありますか？

大塚""",
         urgency="normal", emotion="neutral", terse=False),
    dict(lang="ja", subject="（件名なし）",
         body="来月から変更で",
         urgency="normal", emotion="neutral", terse=True),
    dict(lang="ja", subject="50代からでも大丈夫でしょうか",
         body="""はじめまして。
大人のジャズクラスに興味があるのですが、私は今年５５歳で、ダンスの経験はまったくありません。
若い方ばかりの中でついていけるのか、また、数年前に左ひざを痛めたことがあり、
激しい動きで悪化しないかも心配です。

見学だけでもさせていただくことはできますか。

高橋 和子""",
         urgency="normal", emotion="anxious", terse=False),
    dict(lang="ja", subject="月謝の支払い方法",
         body="""水野先生

いつもありがとうございます。
月謝の支払いですが、毎月現金で持っていくのが大変なので、
銀行振込に変えることはできますか？振込手数料はこちらで負担します。

大塚""",
         urgency="normal", emotion="neutral", terse=False),
    dict(lang="ja", subject="レッスンの開始時間について",
         body="""お世話になっております。
火曜19時からのポップスクラスに通っている者です。

ここ1か月、レッスンが時間どおりに始まったことが一度もありません。
先生が毎回10分ほど遅れて来られて、終わりの時間はそのままなので、実質50分のレッスンになっています。
仕事帰りに急いで駆けつけているこちらとしては、正直、月謝を払っている意味を考えてしまいます。
改善していただけるのでしょうか。

（会員番号 2231）""",
         urgency="normal", emotion="angry", terse=False),
    dict(lang="ja", subject="発表会ありがとうございました",
         body="""水野先生、AYAKA先生

日曜日の発表会、本当にありがとうございました。
人前で踊るのが苦手だった娘が、最後まで笑顔で踊りきる姿を見て、家族みんなで泣いてしまいました。
先生方が根気よく教えてくださったおかげです。

これからもよろしくお願いいたします。
お返事はお気になさらないでください。

小川""",
         urgency="low", emotion="positive", terse=False),
    dict(lang="ja", subject="来年の夏の集中レッスンについて",
         body="""こんにちは。
今年の夏休みに参加した集中レッスンがとても良かったので、来年も参加したいと思っています。
来年も開催される予定はありますか？日程が決まったら教えていただけると嬉しいです。
まだ先の話なので、決まってからで構いません。

大塚""",
         urgency="low", emotion="neutral", terse=False),
    dict(lang="en", subject="First dance lessons - instructor cancelled again",
         body="""Hi,

We booked a package of four private lessons to learn our first dance (a slow foxtrot) for our wedding next Saturday. Mark has now cancelled three of the four, each time on the morning of the lesson. We've had exactly one lesson.

We have six days left and we can't do more than the opening eight bars. We're honestly starting to panic. Is there another teacher who could fit in two or three sessions this week, evenings after 6? We'll come whenever you can do.

Sam & Jordan""",
         urgency="high", emotion="anxious", terse=False),
    dict(lang="en", subject="Classes",
         body="what time is it on tuesday",
         urgency="normal", emotion="neutral", terse=True),
    dict(lang="en", subject="Charged for spring term after cancelling",
         body="""Hello,

I emailed on 2 December to say Mia would not be continuing after the autumn term, and I got a reply from Claire confirming it. Today £135 for spring term was taken by direct debit anyway.

I'd like that refunded, and I'd like to know why a cancellation you confirmed in writing didn't stop the payment. This isn't the first admin mix-up this year.

Helen Gray""",
         urgency="normal", emotion="angry", terse=False),
    dict(lang="en", subject="Minimum age for ballet",
         body="""Hi there,

My daughter turns 3 in February. What's the youngest age you take for the pre-ballet class, and do parents stay in the room for the little ones?

Thanks,
Marta""",
         urgency="normal", emotion="neutral", terse=False),
    dict(lang="en", subject="Showcase!",
         body="""Just wanted to say the winter showcase was wonderful. The little ones in the snowflake number were adorable, and the adult tap group brought the house down. Thanks to all the teachers for the work that went into it.

See you in January!
Pete""",
         urgency="low", emotion="positive", terse=False),
]

# lash = eyelash extension salon (まつげエクステサロン)
DOMAIN = "lash"

SENTENCES = [
    ("ja", "施術後24時間は接着剤が固まりきっていないため、まつげを濡らさないようにしていただけますか。", []),
    ("ja", "施術後はまつげを濡らさないでください。", ["imperative", "request_without_reason"]),
    ("ja", "目が赤くなったのは、お客様の体質の問題だと思われます。", ["condescending"]),
    ("ja", "目の充血や痛みが続く場合は、グルーの成分が合っていない可能性があるため、本日中に眼科を受診していただけますか。診察料は当店で負担いたします。", []),
    ("ja", "次回のご予約は、少し先になってしまうかもしれません。", ["vague"]),
    ("ja", "キャンセル料は、前日のキャンセルで施術料金の50%、当日のキャンセルで100%です。", []),
    ("ja", "キャンセル規定はご予約の際にお伝えしておりますので、知らなかったというのは通りません。", ["condescending"]),
    ("ja", "持ちが悪いのはご自宅でのケアの仕方によるものですので、当店としては何とも申し上げられません。", ["condescending", "dismissive"]),
    ("ja", "グルーにどんな成分が入っているかは、メーカーに聞かないと分かりません。", ["unknown_without_followup"]),
    ("ja", "当日はアイメイクを落としてからご来店いただけますでしょうか。", ["request_without_reason"]),
    ("ja", "初めての方には、アレルギーの有無を確かめるため、施術の48時間前にパッチテストを受けていただいております。", []),
    ("ja", "担当スタッフを変えてほしいとのことですが、指名の変更はお受けしておりません。", ["dismissive"]),
    ("ja", "ご希望の120本のボリュームですと、所要時間は約90分、料金は8,800円です。", []),
    ("en", "Keep your lashes dry for 24 hours.", ["imperative", "request_without_reason"]),
    ("en", "Please keep your lashes dry for the first 24 hours, as the adhesive is still curing and water weakens the bond.", []),
    ("en", "Retention problems are almost always down to aftercare, so you may want to have a think about what you're doing at home.", ["condescending"]),
    ("en", "I can't tell you which brand of adhesive we used that day.", ["unknown_without_followup"]),
    ("en", "I've checked your booking: the £20 deposit was taken on 2 May and will come off today's total, so you'll pay £45 at the salon.", []),
    ("en", "Redness after a full set is normal, so there's no need to worry about it.", ["dismissive"]),
    ('ja', 'かゆみの原因はまだ分かりませんが、しばらくすれば治まると思います。', ['unknown_without_followup', 'vague']),
    ('en', 'Avoid oil-based cleansers for the first week, because oil breaks down the adhesive.', ['imperative']),
]

DRAFTS = [
    dict(lang="ja", subject="エクステが早く取れてしまった件のお詫び",
         text="""中村 亜美様

まつげサロン ルーチェの栗田です。
11月2日に施術したまつげエクステが3日ほどで半分近く取れてしまったとのこと、大変申し訳ございません。

11月9日（日）の14時から、担当を店長の私に替えて、無料でかけ直しをさせていただきます。ご都合が合わない場合は、このメールにご返信いただければ別の日時をご用意いたします。

今後は、施術の最後に別のスタッフが装着の状態を1本ずつ確認してから、お客様をお見送りすることにいたしました。

このたびはご期待に添えず、申し訳ございませんでした。

まつげサロン ルーチェ　栗田 彩
""", labels=["apology_incomplete"]),
    dict(lang="ja", subject="【ご予約確定】11月20日（木）13:00 まつげエクステ初回",
         text="""松井 奈々様

まつげサロン ルーチェの栗田です。
11月20日（木）13:00からのご予約が確定しましたので、お知らせいたします。

・メニュー：フラットラッシュ 100本（初回料金 6,600円）
・所要時間：約75分

初めての方には、グルーで目のかゆみや腫れが出ないかを確かめるため、施術の48時間前までにパッチテストを受けていただいております。11月17日（月）か18日（火）の営業時間内（10:00〜19:00）で、5分ほどご来店いただけるご都合のよい日時を、このメールへのご返信でお知らせいただけますか。

まつげサロン ルーチェ　栗田 彩
""", labels=[]),
    dict(lang="ja", subject="ご来店ありがとうございました",
         text="""石原 舞様

まつげサロン ルーチェです。
先日はご来店いただき、誠にありがとうございました。
新しいデザインはいかがでしょうか。お気に召していただけていれば嬉しいです。

エクステを長持ちさせるために、洗顔の際はまつげを強くこすらないようにしていただくと、持ちがよくなります。オイルの入ったクレンジングはグルーを弱めてしまうため、オイルフリーのものがおすすめです。

なお、次回11月28日（金）16:00のご予約ですが、担当の栗田が研修で不在となるため、同日の11:00か、翌29日（土）の16:00に変更していただけますでしょうか。11月21日までにご返信をいただけますと助かります。

まつげサロン ルーチェ
""", labels=["purpose_not_upfront"]),
    dict(lang="en", subject="Sorry about Saturday's double booking",
         text="""Hi Chloe,

I'm so sorry you arrived on Saturday for your 11 am infill and had to wait 40 minutes before we could see you.

This happened because our online booking system and the phone diary weren't synced that morning after a software update, so your slot was also given to a walk-in client.

We've refunded the full £38 for Saturday's infill to your card (it should show within 3 to 5 working days), and your next infill on the 23rd is on us.

The sync issue has been fixed with the software provider, and we now check the day's online and phone bookings against each other every morning at 9 am before we open.

Thanks for being so patient with us on the day.

Sofia
Lash Lab Camden
""", labels=[]),
    dict(lang="en", subject="Your lash lift appointment",
         text="""Hi Amber,

Thanks for booking a lash lift with us for Thursday at 2 pm!

Just so you know, we've had a small price change since you booked, so there may be a slight difference on the day. We'll also be sending your aftercare sheet over soon.

If you have any questions before Thursday, just reply to this email.

See you then,
Sofia
Lash Lab Camden
""", labels=["vague"]),
]

MAILS = [
    dict(lang="ja", subject="施術の翌日から目が腫れて開きません",
         body="""ルーチェさん

昨日の夕方にまつげエクステをしていただいた吉村です。
夜からまぶたがかゆくなり、今朝起きたら右目が腫れて、ほとんど開かない状態です。
涙も止まりません。

これはグルーのアレルギーでしょうか。エクステは外したほうがいいですか？自分で取っても大丈夫なのでしょうか。
今日の午前中に眼科に行こうと思うのですが、使ったグルーの名前を教えていただけないでしょうか。
とても怖いです。

吉村""",
         urgency="high", emotion="anxious", terse=False),
    dict(lang="ja", subject="明日が結婚式なのにキャンセルってどういうことですか",
         body="""今日15時からのブライダルメニューを予約している前川です。

先ほど「スタッフの都合により本日のご予約をキャンセルさせていただきます」というメールが届きました。
明日が自分の結婚式だということは、予約のときにも、先週の確認のお電話でもお伝えしています。

代わりの日時の案内もなく、このメール一通で終わりですか？
今日中にほかのスタッフで対応していただけるのか、すぐにお返事ください。
無理なら、ほかのお店を探すしかありません。

前川 ひかり
０９０−ｘｘｘｘ−ｘｘｘｘ""",
         urgency="high", emotion="angry", terse=False),
    dict(lang="ja", subject="回数券の返金について（2回目のお問い合わせです）",
         body="""お世話になります。
回数券（5回分、30,000円）を購入し、まだ4回分残っている佐藤です。

先月、オーナーが替わると聞き、回数券がこのまま使えるのか、使えない場合は返金してもらえるのか
10月3日にメールでお問い合わせしましたが、1か月たってもお返事がありません。
お電話もつながらない日が多く、お店がなくなってしまうのではないかと心配しています。

残りの24,000円がどうなるのか、教えていただけないでしょうか。

佐藤 みどり""",
         urgency="high", emotion="anxious", terse=False),
    dict(lang="ja", subject="予約日時の変更をお願いします",
         body="""こんにちは。
11月15日（土）11時に予約している山下です。
仕事の都合で、同じ日の16時以降か、翌日の日曜日に変更できますか？
メニューは前回と同じ、120本でお願いします。""",
         urgency="normal", emotion="neutral", terse=False),
    dict(lang="ja", subject="予約",
         body="予約取れますか",
         urgency="normal", emotion="neutral", terse=True),
    dict(lang="ja", subject="妊娠中の施術について",
         body="""はじめまして。
現在妊娠５か月なのですが、まつげエクステの施術を受けても大丈夫でしょうか。
以前ほかのサロンで、妊娠中は断られたことがあり、赤ちゃんに何か影響があるのかと
少し気になっています。
仰向けの姿勢が長いと苦しくなることもあるので、そのあたりも含めて教えていただけると嬉しいです。

小野""",
         urgency="normal", emotion="anxious", terse=False),
    dict(lang="ja", subject="1週間でほとんど取れました",
         body="""先週の土曜日につけていただいたエクステですが、
1週間でほとんど取れてしまいました。
言われたとおりオイルクレンジングも使っていませんし、うつぶせでも寝ていません。

今まで通っていたお店では3週間はもっていたので、
正直、技術の問題ではないかと思っています。
無料でつけ直していただけるのでしょうか。

三宅""",
         urgency="normal", emotion="angry", terse=False),
    dict(lang="ja", subject="フラットラッシュとボリュームラッシュの違い",
         body="""お世話になります。
次回、フラットラッシュかボリュームラッシュか迷っています。
仕事柄、あまり派手にならないほうがいいのですが、それぞれの仕上がりの違いと、持ちの違いを教えていただけますか。

長尾""",
         urgency="normal", emotion="neutral", terse=False),
    dict(lang="ja", subject="いつもありがとうございます！",
         body="""栗田さん

いつも素敵に仕上げていただいてありがとうございます♪
先日の同窓会で、まつげをすごく褒められました！

来年の母の誕生日に、ルーチェのギフト券を贈りたいと思っているのですが、
ギフト券の取り扱いはありますか？まだ半年以上先なので、次に伺ったときに教えていただくのでも大丈夫です。

今井""",
         urgency="low", emotion="positive", terse=False),
    dict(lang="ja", subject="眉のメニューの予定はありますか",
         body="""こんにちは。いつもお世話になっております。
最近、まつげと一緒に眉毛も整えてくれるサロンが増えていると聞きました。
ルーチェさんでも、今後眉のメニューを始める予定はありますか？

ちょっと気になっただけなので、特にお返事を急いではいません。

西田""",
         urgency="low", emotion="neutral", terse=False),
    dict(lang="en", subject="Swollen eyelids after yesterday's full set",
         body="""Hi,

I had a full set done yesterday at 4pm with Jess. This morning both my eyelids are puffy and itchy and my left eye is red and watering. The pharmacist said it looks like an allergic reaction and told me to see a doctor today.

I've got a GP appointment at 11:30. Can you tell me exactly which adhesive was used (brand and name) so I can tell the doctor? And should I get the extensions removed before then? I'm quite scared to touch them myself.

Laura""",
         urgency="high", emotion="anxious", terse=False),
    dict(lang="en", subject="Bridal lashes - you cancelled by TEXT?",
         body="""Hi,

I've just had a text saying my bridal lash appointment on Friday at 10 is "cancelled due to staff illness" with no new time offered. My wedding is on Saturday. I booked this in March and paid a £30 deposit.

I appreciate people get sick, but I'm now two days out with no lashes and no one has called me. I need to know today whether someone else at the salon can do Friday, or I have to find another salon with a free slot this week, which is not going to be easy.

Georgia""",
         urgency="high", emotion="angry", terse=False),
    dict(lang="en", subject="appointment??",
         body="you've cancelled on me AGAIN. so what now",
         urgency="normal", emotion="angry", terse=True),
    dict(lang="en", subject="Mascara with extensions?",
         body="""Hi! Quick question before my first set next week - can I still wear mascara on top of extensions, or does that ruin them? I wear it most days for work.

Thanks,
Nina""",
         urgency="normal", emotion="neutral", terse=False),
    dict(lang="en", subject="Gift vouchers",
         body="""Hello, do you sell gift vouchers? I'm thinking of getting one for my sister's birthday, but that's not until March so no hurry at all.

Thanks,
Rosie""",
         urgency="low", emotion="neutral", terse=False),
]

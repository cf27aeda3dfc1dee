# gps_tracker = location-tracker pendants/tags for children and elderly relatives, with an app
# ja: ミマモルGPS (株式会社ハルネット)   en: TrackPal
from common import S, D, M

DOMAIN = "gps_tracker"

SENTENCES = [
    # --- ja ---
    S("ja", "位置が更新されなかったのは、お客様が充電をされていなかったからに他なりません。", ["condescending"]),
    S("ja", "アプリの通知設定は取扱説明書の3ページに書いてありますので、まずはそちらを読んでください。", ["condescending", "imperative"]),
    S("ja", "端末の交換には少々お時間をいただきます。", ["vague"]),
    S("ja", "交換用の端末は本日発送し、明後日11月14日の午前中にお届けする予定です。", []),
    S("ja", "端末のシリアル番号をお知らせいただけますか。", ["request_without_reason"]),
    S("ja", "端末裏面のシリアル番号（英数字10桁）をお知らせいただけますか。番号から製造ロットを特定し、同じ不具合が出ているかを確認いたします。", []),
    S("ja", "GPSの精度が落ちる原因については、現時点ではお答えできかねます。", ["unknown_without_followup"]),
    S("ja", "屋内で位置がずれる件は現在メーカーと調査中で、11月21日（金）までに結果をご報告いたします。", []),
    S("ja", "お子様が位置情報を切ってしまう件は、ご家庭で話し合っていただく問題かと存じます。", ["dismissive"]),
    S("ja", "再起動してください。", ["imperative", "request_without_reason"]),
    S("ja", "SOSボタンの誤作動は仕様の範囲内ですので、特に気にされなくて大丈夫です。", ["dismissive"]),
    S("ja", "月額料金は1台あたり税込528円で、2台目以降は440円になります。", []),
    S("ja", "ご心配をおかけしております。バッテリーの減りが早い件は、アプリで位置の更新間隔を5分から15分に変えると、持ちがおよそ2倍になります。", []),
    S("ja", "見守りの対象がご高齢のお母様とのことですので、電池残量が20％を切った時点でご家族のスマートフォンに通知が届くよう、こちらで設定を変更しておきました。", []),
    # --- en ---
    S("en", "Charge the tag every night.", ["imperative", "request_without_reason"]),
    S("en", "As our FAQ clearly explains, the tag does not work indoors, so there was nothing unusual about your readings.", ["condescending"]),
    S("en", "The app update that fixes this should be out before long.", ["vague"]),
    S("en", "We've credited one month's fee ($9.99) to your account, and it will appear on your December statement.", []),
    S("en", "Could you tell us which phone model you use? Location alerts behave differently on some Android versions, and knowing yours helps us find the right fix.", []),
    S("en", "We haven't yet found why the alert was delayed, but our engineers are going through your tag's logs and I'll write to you by Thursday 5 p.m. with what they find.", []),
    S("en", "I'm sorry the alert reached you late on a day you were already worried; I've moved your account to our priority server, which sends alerts within 30 seconds.", []),
]

DRAFTS = [
    D("ja", "端末交換のご案内", """
〇〇様

いつもミマモルGPSをご利用いただき、ありがとうございます。サポート担当の森です。
お問い合わせいただいた端末の不具合について、交換品を発送いたしましたのでお知らせします。

・発送日：〇月〇日
・お届け予定：発送日の翌日午前中
・お問い合わせ番号：1840-2231-5567

お手元の端末は、同梱の返送用封筒で11月30日までにご返送いただけますと、端末代のご請求が発生しません。

ミマモルGPS サポートセンター 森
""", ["placeholder_left"]),
    D("ja", "ミマモルGPSより", """
佐々木様

いつもミマモルGPSをご利用いただきありがとうございます。
秋も深まり、日が暮れるのが早くなってまいりました。下校の時間が暗くなるこの季節は、見守りサービスへのご関心が高まる時期でもあります。
当社では今月、アプリの地図表示を改良し、建物の名前が読みやすくなりました。
これからも安心してお使いいただけるよう、サービスの改善に努めてまいります。

なお、ご登録のクレジットカードの有効期限が今月末で切れるため、このままでは12月分のお支払いができません。見守りが止まらないよう、11月25日までにアプリの「お支払い情報」から新しいカードをご登録いただけますでしょうか。

ミマモルGPS サポートセンター
""", ["purpose_not_upfront"]),
    D("ja", "【お詫び】10月14日の通知遅延について", """
ミマモルGPSをご利用の皆様

10月14日（火）15時10分から16時40分までの間、エリア外通知とSOS通知が最大25分遅れて届く障害が発生しました。ご心配とご不便をおかけしましたことを、深くお詫び申し上げます。

■原因
通知を送るサーバーの更新作業で設定に誤りがあり、処理が滞りました。

■対応
16時40分に設定を元に戻し、遅れていた通知はすべて送信済みです。位置情報の記録そのものは失われておりません。

■再発防止
今後、通知サーバーの更新は利用の少ない深夜2時から4時に限って行い、更新後30分間は担当者2名で通知の遅れを監視いたします。

ご不明な点は、このメールへの返信でお問い合わせください。

ミマモルGPS サポートセンター
"""),
    D("ja", "2台目の端末と料金について（ご回答）", """
山口様

お問い合わせありがとうございます。ミマモルGPSサポートの森です。
2台目の端末について、ご質問の2点にお答えします。

1. 同じアカウントで2台まとめて管理できます。アプリの「端末を追加」から、新しい端末の裏面にあるQRコードを読み取ると登録が終わります。
2. 2台目の月額料金は税込440円、端末代は税込4,980円です。

ご注文はアプリの「ショップ」から承っており、平日14時までのご注文は当日に発送いたします。

ミマモルGPS サポートセンター 森
"""),
    D("en", "Your replacement TrackPal tag", """
Hi {first_name},

Thanks for your patience while we looked into the battery problem with your tag.

Your replacement tag went out today by tracked post and should arrive by Thursday. The tracking number is RN 4471 9930 GB.

When it arrives, you can pair it from the app (Settings > Devices > Add tag), and it will pick up your existing safe zones automatically. You can keep the old tag; it doesn't need to come back to us.

Best wishes,
Sam
TrackPal Support
""", ["placeholder_left"]),
    D("en", "Your March and April charges have been refunded", """
Dear Ms Okafor,

I've refunded your March and April subscription charges ($9.99 each) to your card today; banks usually show the refund within 5 working days.

I'm very sorry that your three earlier emails went unanswered. They were filed in a billing queue that nobody was checking while a colleague was on leave, and I've moved everything from that queue into our main inbox. From this week every queue has a named backup person when its owner is away, so this shouldn't happen again.

About the tag itself: its log shows the SIM stopped connecting on 2 March. A new tag went out this morning by tracked post and should reach you on Friday. Once it's paired, your son's safe zones will carry over automatically.

If anything is still not right, reply to this email and it will come straight to me.

Kind regards,
Jordan Lee
TrackPal Support
"""),
]

MAILS = [
    # --- ja ---
    M("ja", "父の位置が更新されません", """
お世話になっております。ミマモルGPSを父（８２歳、認知症があります）に持たせている者です。

今朝７時ごろ散歩に出たまま戻らず、アプリの地図では９時１２分の「川沿いの公園」の表示から位置が動いていません。今、１１時半です。
警察には先ほど届けを出しました。

端末の電源が切れたのか、電波の届かないところにいるのか、そちらで最後に通信した記録を確認していただくことはできますか。
細かい履歴があれば警察の方にもお渡ししたいです。電話でもかまいませんので、どうかよろしくお願いします。

長尾 恵子
""", "high", "anxious"),
    M("ja", "Re: Re: SOSボタンの通知について（3回目）", """
10月2日、10月9日にも同じ内容でお問い合わせしていますが、いまだに一度もお返事をいただいていません。

娘がSOSボタンを押したのに、私のスマホに通知が来なかった件です。
結果的に娘は無事でしたが、通知が来ないのであれば見守りの意味がありません。
このまま回答がないようでしたら、解約と、これまでの月額料金の返金を求めます。

> 10月9日 送信
> 先日お送りした件、ご確認いただけましたでしょうか。
> 会員番号：MA-18822
""", "high", "angry"),
    M("ja", "明日の遠足に間に合いますか", """
いつもお世話になっております。
息子の端末が昨夜から、充電しても電源が入らなくなりました。
明日の朝8時に学校の遠足で出発し、班行動の間は端末を持たせるよう
先生からも言われています。

明日の朝までに代わりの端末を受け取る方法はありますか。店舗での受け取りなどでも構いません。

会員番号 MA-20417
高橋
""", "high", "neutral"),
    M("ja", "アプリ", """
アプリが開きません。
""", "normal", "neutral", True),
    M("ja", "料金プランの変更について", """
現在「ベーシック（月額528円）」を使っていますが、位置の更新間隔が短い「プラス」に変えたいと思っています。
月の途中で変えた場合、今月分の料金はどうなりますか。
また、変更はアプリからできますか、それとも電話が必要でしょうか。

よろしくお願いします。
""", "normal", "neutral"),
    M("ja", "学校の中にいるのに位置が外に出る", """
娘の位置が、学校の中にいるはずの時間に、たびたび学校から200mほど離れた国道沿いに表示されます。
そのたびに「エリア外に出ました」という通知が来て、心臓が止まりそうになります。
先生に確認すると、その時間は教室にいたそうです。

端末の故障でしょうか。このまま使い続けて本当に大丈夫なのか、不安でたまりません。
""", "normal", "anxious"),
    M("ja", "アプリの改悪", """
先週のアップデートのあと、地図が小さくなって、履歴を見るのに３回もタップしないといけなくなりました。
高齢の母でも使えるというのが売りだったはずですが、母はもう使い方がわからないと言っています。
いったい誰のための変更なんでしょうか。
元に戻す予定があるのかないのか、教えてください。
""", "normal", "angry"),
    M("ja", "端末の追加購入", """
下の子も来年小学校に上がるので、もう1台追加したいと考えています。
同じアカウントで2台を管理できますか？
2台目の月額料金と、端末代も教えてください。

山口
""", "normal", "neutral"),
    M("ja", "お礼", """
先日、夏祭りの人混みで孫とはぐれてしまったのですが、アプリで居場所がすぐにわかり、５分で見つけることができました。
正直に申しますと、最初は半信半疑で契約したのですが、本当に助かりました。
ありがとうございました。
""", "low", "positive"),
    M("ja", "来春のプランについて", """
いつもありがとうございます。
来年4月から息子が中学生になり、電車で通学することになります。
そのタイミングでプランの見直しを考えているのですが、通学の区間に合わせた見守り設定のようなものはありますか。

まだ先の話なので、お急ぎいただかなくて大丈夫です。お手すきのときにご回答ください。
""", "low", "neutral"),
    # --- en ---
    M("en", "A stranger can see my daughter's location", """
Hi,

My ex-husband's new partner told my daughter (9) today that she "always knows where she is". I checked the account and there's a third phone listed under "family members" that I never added - a Samsung named "K".

I don't know how it got there or how long it has been able to see her location. I've changed my password. Please remove every device except mine and my ex-husband's today, and tell me when that phone was added and by whom.

Priya Nair
""", "high", "anxious"),
    M("en", "Fourth email - billing AND dead tag", """
This is the fourth time I'm writing.

On 3 March I reported that my son's tag stopped reporting its location. You charged me for March and April anyway. Nobody has replied to a single email, and the chat bot just sends me back to the FAQ.

If I don't hear back from an actual person I will dispute both charges with my bank and cancel.

-- 
Grace Okafor
Account TP-55821
""", "high", "angry"),
    M("en", "tag", """
Hi, the tag isnt working again. Can you help?
Thanks
Lou
""", "normal", "neutral", True),
    M("en", "Sharing the map with my ex-wife", """
Hello,

My ex-wife and I share custody of our daughter, and we'd both like to see the tag's location on our own phones. Can two adults be on the same account, or does she need a separate login? And can I remove her access later if I need to?

Thanks,
Daniel
""", "normal", "neutral"),
    M("en", "New battery", """
Just wanted to say the new battery in the v3 tags lasts way longer - we're charging twice a week instead of every night. No need to reply, just thought you'd like to know.

Cheers,
Mel
""", "low", "positive"),
]

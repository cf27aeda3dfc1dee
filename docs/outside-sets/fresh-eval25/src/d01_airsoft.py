from common import s, d, m
DOMAIN = "airsoft"
MEANING = "airsoft (survival game) field: day games, private bookings, rental guns and goggles"

SENTS = [
    s("ja", "レンタル銃は18歳以上の方のみご利用いただけますので、当日は年齢の確認できる身分証をお持ちいただけますか。"),
    s("ja", "フィールドのルールは受付で毎回説明していますし、ホームページにも書いてありますよね。", "C"),
    s("ja", "ゴーグルは必ず持参してください。", "IR"),
    s("ja", "貸切料金には、別途少々の清掃費が加算されます。", "V"),
    s("ja", "雨の日に中止になるかどうかは、こちらでもわかりかねます。", "U"),
    s("ja", "プレイヤー同士のもめごとは当事者間で解決していただく決まりですので、こちらからお話しすることはございません。", "D"),
    s("ja", "BB弾はバイオ弾のみ持ち込み可としております。フィールドの土や山林を傷めないためです。"),
    s("ja", "レンタル装備は当日の朝に人数分を用意するため、ご予約の際に必要な数をお知らせいただけると助かります。"),
    s("ja", "定例会の参加費はお一人様4,500円、レンタル一式込みで7,000円です。"),
    s("ja", "先日もお問い合わせいただいた件ですね。改めて要点をまとめますと、雨の日も屋根付きエリアで開催し、中止の場合は前日18時までにメールでお知らせします。"),
    s("ja", "弾速チェックで基準を超えた銃はその日は使えませんので、事前にご自身で測っておくこと。", "I"),
    s("ja", "忘れ物の保管は30日間で、それを過ぎると処分になります。お心当たりがあれば今月20日までにご連絡いただけますか。"),
    s("ja", "初心者の方には少し難しいかもしれませんが、まずはご自分で調べてみてはいかがでしょうか。", "CD"),
    s("ja", "ナイトゲームの日程は、決まり次第なるべく早めにお知らせします。", "V"),
    s("en", "Bring your own face mask.", "IR"),
    s("en", "The rental package is $45 and includes a rifle, 2,000 BBs and a full-face mask."),
    s("en", "As our waiver states very clearly, injuries on the field are not our responsibility.", "C"),
    s("en", "We can't say whether the winter league will go ahead.", "U"),
    s("en", "Please chrono your gun at the safe zone before the first game so the marshals can confirm it's under 350 fps."),
    s("en", "Private bookings on Saturdays cost $10 more per player than on weekdays."),
    s("en", "Could you fill out the waiver online before Saturday?", "R"),
]

DRAFTS = [
    d("ja", "定例会ご予約の確認", """
{name}様

このたびはフィールド・ブラックウッドの定例会にお申し込みいただき、ありがとうございます。
ご予約内容を下記のとおり確認いたしました。

日時：〇月〇日（日）8:30受付開始
人数：3名（うちレンタル一式 2名）
料金：18,500円（当日受付でお支払い）

雨天の場合も屋根付きセーフティで開催いたします。中止の場合は前日18時までにメールでお知らせします。
当日お会いできるのを楽しみにしております。

フィールド・ブラックウッド 受付 杉本
""", "P"),
    d("ja", "フィールドだより", """
チーム・アイアンフォックス　森田様

いつもご利用ありがとうございます。ブラックウッドの杉本です。
先月から、フィールド東側に新しく市街地エリアを作っておりまして、バリケードの配置もかなり変わりました。
ナイトゲーム用の照明も増設し、冬場でも18時まで遊べるようになっています。
レンタル銃も電動ガンを10丁入れ替え、調子の良いものがそろいました。

ところで、来月15日の貸切の件ですが、参加人数が確定しましたら今週金曜までにお知らせいただけますでしょうか。
昼食のお弁当の手配を業者に締め切りまでに伝える必要があるためです。

またのご来場をお待ちしております。
フィールド・ブラックウッド　杉本
""", "N"),
    d("ja", "【お詫び】11/3定例会でのレンタル銃の不具合について", """
西村様

フィールド・ブラックウッドの杉本です。
11月3日の定例会で、お貸しした電動ガンが午前中に動かなくなり、ゲームを十分に楽しんでいただけなかったこと、心よりお詫び申し上げます。

点検したところ、バッテリーをつなぐコネクタの端子が摩耗しており、接触不良を起こしていたことが原因でした。
当日お支払いいただいたレンタル料3,000円は、本日ご指定の口座へ返金の手続きをいたしました。3営業日以内に入金される予定です。

今後は、レンタル銃をお渡しする前に全台の通電チェックを行い、コネクタは半年ごとに交換することにいたしました。

またのご来場の際には、気持ちよく遊んでいただけるよう準備してお待ちしております。
フィールド・ブラックウッド　杉本
"""),
    d("en", "Your booking for Saturday 14 June is confirmed", """
Hi Dan,

Your private booking is confirmed: Saturday 14 June, 9:00–16:00, Forest Zone, 16 players (8 with rental kits).

The total is $960; the $200 deposit you paid is already deducted, so $760 is due at check-in. Everyone will need to sign the online waiver before arrival, because we can't let anyone onto the field without it — here's the link: waiver.redlinefield.com

If your headcount changes, just reply to this email by Thursday noon and I'll adjust the rental kits.

See you on the field,
Priya
Redline Airsoft
""" ),
    d("en", "Sorry about Sunday", """
Hi Marcus,

I'm really sorry about what happened on Sunday. It shouldn't have been like that and I understand why your group was frustrated.

We've refunded the $90 for the two rental kits to your card this morning.

Thanks for your patience, and we hope to see you again soon.

Priya
Redline Airsoft
""", "A"),
]

MAILS = [
    m("ja", "貸切予約の件（返金と説明を求めます）", """
フィールド・ブラックウッド御中

10月26日に20名で貸切予約をしていた、チーム鷹の目の代表 石川です。
当日朝8時に全員で現地に着いたところ、受付の方から「予約が入っていない」と言われ、別の団体がすでにフィールドを使っていました。
遠方から車を出したメンバーもおり、結局そのまま帰ることになりました。

予約確認メールは手元に残っています（添付します）。
前払いした貸切料の8万円の返金と、なぜこうなったのかの説明を、今週金曜日までに書面でいただけますか。
期日までにご回答がない場合は、消費生活センターに相談するつもりです。

石川 拓海
""", "h", "an"),
    m("ja", "息子の目のことで", """
昨日の定例会に参加した高校2年の息子のことで連絡しました。
帰ってきてから右目が赤く、少し痛いと言っています。ゲーム中にゴーグルの隙間から弾が入ったかもしれない、とのことです。
ゴーグルはそちらでお借りしたものです。

眼科に連れて行こうと思いますが、今日は日曜で近所は休みで、どこに行けばいいのか…
保険のようなものには入っていますか？受診のときに何か書類が必要でしょうか。
どうしたらいいのか分からず、とても心配しています。

中川
""", "h", "ax"),
    m("ja", "明日の貸切　レンタル数の相違について", """
お世話になっております。株式会社ミナトテックの総務、松井です。
明日（11/9）の社内レクリエーションの貸切について確認させてください。

先日電話で「参加30名、うちレンタル一式15名」とお伝えしましたが、
本日届いた確認メールではレンタル10名分になっています。
明朝8時にバスで現地に着く予定のため、本日中に15名分で
確定していただけるかご返信をお願いします。

株式会社ミナトテック　総務部　松井
TEL 045-xxx-xxxx
""", "h", "ne"),
    m("ja", "初心者枠について", """
こんにちは。
12月の定例会の初心者枠に申し込もうと思っています。
初心者枠は何時から何時までで、経験者と同じフィールドで遊ぶのでしょうか？
あと、迷彩服は持っていないのですが、ジャージでも大丈夫ですか。
よろしくお願いします。
""", "n", "ne"),
    m("ja", "先日はありがとうございました！", """
先週土曜に友人4人で初めて参加しました。
スタッフの皆さんがルールを丁寧に教えてくださって、最後まで楽しく遊べました。
次は職場の仲間も誘って8人くらいで行きたいのですが、グループ割引のようなものはありますか？
来月中のどこかで行ければと思っています。
""", "n", "po"),
    m("ja", "受付の方の対応について", """
11/2に参加した者です。
受付でレンタルの説明を聞いたとき、担当の男性にずっとため口で話され、質問すると「さっき言いましたよね」と面倒くさそうに言われました。
お客として来ているのにあの態度はないと思います。
楽しみにしていたぶん、とても残念でした。スタッフの教育を見直してほしいです。
""", "n", "an"),
    m("ja", "女性ひとりでも参加できますか", """
はじめまして。サバゲーに興味があって、定例会に参加してみたいと思っています。
ただ友人に経験者がおらず、女性ひとりでの参加になります。
浮いてしまわないか、更衣室はあるのか、男性ばかりで怖くないか…など、行く前から不安になってしまって。
同じように一人で来る女性の方はいらっしゃいますか？
""", "n", "ax"),
    m("ja", "レンタル", """
レンタルの件です。変更できますか？
""", "n", "ne", True),
    m("ja", "フィールドへの要望", """
いつも楽しく遊ばせてもらっています。
ひとつ要望なのですが、セーフティエリアに日よけのテントがもう少しあると夏場は助かります。
すぐにどうこうという話ではないので、来年の夏までにご検討いただければうれしいです。
""", "l", "ne"),
    m("ja", "秋のナイトゲームについて", """
お世話になっております。
去年参加した秋のナイトゲームは、今年も開催予定でしょうか。
こちらもまだ予定を立てていない段階なので、日程が決まってから教えていただければ十分です。
""", "l", "ne"),
    m("en", "Deposit refund - third email", """
Hello,

This is my third email about the $600 deposit for our corporate event on 12 April, which YOU cancelled because of the flooding. I was told on the phone a refund would be processed "within a week". That was five weeks ago. Neither of my previous emails got a reply.

Our finance team closes the quarter this Friday and I have to account for this money. Please tell me when it will be back on our card.

Regards,
Helen Cho
Office Manager, Brightline Logistics
""", "h", "an"),
    m("en", "Is Saturday still on?", """
Hi,

I booked the field for my brother's bachelor party this Saturday (booking ref RL-2291, 14 people). Your website now shows the Forest Zone as "closed for maintenance" that day.

Half the group is driving in from out of state on Friday, so I need to know today whether we're still good, or whether you can move us to the other zone.

Thanks,
Josh
""", "h", "ne"),
    m("en", "Safety question - 14 year old", """
Hi there,
My son is 14 and desperately wants to try airsoft with his friends. I'm honestly a bit nervous about it - how much does it hurt, what protective gear is required, and is there an age limit or does a parent need to be present?
I'd rather know exactly what to expect before I say yes.
Thanks, Rachel
""", "n", "ax"),
    m("en", "hey", """
hey is the thing still on
""", "n", "ne", True),
    m("en", "Great day on Sunday", """
Just wanted to say thanks for Sunday. The marshals were brilliant with the new players and the games were well balanced.
One small suggestion for the future: a second water station near the bunker side would help on hot days. No need to reply, just passing it on.
Cheers,
Tom (Wolfpack)
""", "l", "po"),
]

# icerink = ice skating rink with lessons and party bookings (スケートリンク: 一般滑走・スケート教室・貸切)
from _common import S, D, M

DOMAIN = "icerink"

SENTS = [
    S("ja", "スケート靴のサイズが普段の靴と同じではないことくらい、ご存じかと思っていました。", "c"),
    S("ja", "レッスンを休まれたのはご自身のご都合ですので、振替をご希望されても困ります。", "cd"),
    S("ja", "製氷作業のため、毎時0分から15分までは滑走できません。"),
    S("ja", "貸し靴の刃の研ぎ直しには、少々お時間をいただきます。", "v"),
    S("ja", "お子さまには必ず手袋をはめさせてください。", "ir"),
    S("ja", "万一けがをされた際に保険の手続きに使いますので、リンクに入る前に受付でお名前のご記入をお願いします。"),
    S("ja", "次回のレッスンまでに、お子さまの身長と体重をお知らせいただけますか。", "r"),
    S("ja", "大会の出場枠がいつ発表されるかは、わかりません。", "u"),
    S("ja", "ロッカーに置き忘れた時計がどうなったかについては、お答えしようがありません。", "u"),
    S("ja", "リンクが寒いとのことですが、氷を張っている以上、仕方がありません。", "d"),
    S("ja", "一般滑走は大人1,400円、中学生以下900円で、貸し靴は別途500円です。"),
    S("ja", "転んだときに指をけがしないよう、お子さまには手袋をご用意いただけますか。"),
    S("ja", "大会の出場枠は連盟から10月初めに通知される予定で、届きしだい、その日のうちにご連絡します。"),

    S("en", "Wear gloves on the ice.", "ir"),
    S("en", "We don't know who left the rink gate open.", "u"),
    S("en", "Most parents manage to read the lesson timetable without help.", "c"),
    S("en", "Could you bring your daughter 15 minutes early on Saturday? The coach wants to check her skate fit before the badge test."),
    S("en", "Skate sharpening costs $8 and takes about 20 minutes while you wait."),
]

DRAFTS = [
    D("ja", "貸切のご予約内容のご確認（12月14日 16時〜）", """
あおぞら子ども会
代表 松井様

このたびは、みなとスケートリンクの貸切をご予約いただき、ありがとうございます。受付担当の長尾です。
12月14日（日）の貸切について、下記の内容でご予約を承りましたので、ご確認をお願いいたします。

日時：12月14日（日）16:00〜18:00
ご利用人数：〇〇名（子ども〇名、大人〇名）
料金：〇〇,〇〇〇円（貸し靴・ヘルメット込み）

当日は15時40分までに受付へお越しください。貸し靴のサイズ合わせに20分ほどかかります。

みなとスケートリンク 長尾
""", "P"),
    D("ja", "1月からのレッスン時間変更のお知らせ（土曜 初級クラス）", """
土曜 初級クラスの保護者の皆さま

みなとスケートリンク スケート教室担当の森です。
1月11日（土）から、初級クラスのレッスン時間を9:00〜9:50から9:30〜10:20に変更します。ご都合が合わない方は、12月20日までに受付またはこのメールでお知らせください。

朝いちばんの製氷作業に時間がかかるようになり、9時の開始では氷の状態が整わない日が続いたためです。
新しい時間帯に通えない方には、日曜 9:00〜9:50の初級クラスへの振替をご案内します。月謝（6,600円）は変わりません。

みなとスケートリンク スケート教室 森 千尋
TEL 045-7xx-2280
"""),
    D("ja", "ロッカーの故障についてのお詫び", """
田村様

みなとスケートリンクの長尾です。
11月23日に、ロッカー（No.48）が開かなくなり、お荷物の取り出しまで40分ほどお待たせしてしまいました。せっかくの休日に、大変申し訳ございませんでした。

鍵の内部の部品が摩耗して、回らなくなっていたことが原因でした。
当日は職員が合鍵で扉を開け、お預かりしていた100円硬貨はその場でご返金いたしました。
今後は、全ロッカーの鍵を月に1回点検し、動きの悪いものは早めに交換いたします。

またのご来場を、職員一同お待ちしております。

みなとスケートリンク 長尾
"""),

    D("en", "Your party booking on Saturday 8 February", """
Hi Mrs Dawson,

Thank you for booking Ethan's birthday party with us. Everything's confirmed for Saturday 8 February, 2 to 4 pm: one hour on the ice followed by an hour in the party room, for 12 children.

Could you let us know shoe sizes for the children by Wednesday? We set the rental skates aside the day before, so the kids can get on the ice straight away instead of queueing.

The total is $336, and the $100 deposit you've paid comes off that. The balance is paid on the day.

See you soon,
Lena
Party bookings, Northgate Ice Arena
"""),
]

MAILS = [
    M("ja", "昨日のレッスン中のけがについて", """
スケート教室ご担当者様

土曜日の初級クラスに通っている山下蒼の母です。
昨日のレッスン中に転んで左の手首を打ったそうで、帰宅後から痛がっていましたが、今朝見ると大きく腫れていました。
今から整形外科に連れて行きます。

レッスン中にどのような状況で転んだのか、その後どのような手当てをしていただいたのか、息子の説明ではよくわかりません。
病院で聞かれると思いますので、わかる範囲で今日中に教えていただけないでしょうか。
骨が折れていたらと思うと、心配でたまりません。

山下
""", "high", "anxious"),
    M("ja", "誕生日会の貸切予約について（2回お電話しています）", """
みなとスケートリンク 御中

今週土曜日（12/6）14時からの誕生日会の貸切について、予約金5,000円を11月20日に振り込みました。
ところが確認のメールも連絡もなく、火曜と水曜に電話した際も「担当が不在なので折り返します」と言われたまま、折り返しがありません。

子どもたちの家には、すでに招待状を配っています。
本当に予約が入っているのかどうか、明日中に必ずご回答ください。

大西
""", "high", "angry"),
    M("ja", "明日の校外学習の人数変更について", """
みなとスケートリンク 団体受付ご担当者様

いつもお世話になっております。北浜小学校 5年担任の福田です。
明日（2月5日）10時からの校外学習で伺う人数ですが、インフルエンザによる欠席が増え、児童82名から69名に変わりました。引率の教員は5名のままです。

貸し靴とヘルメットの準備数、および料金の変更をお願いできますでしょうか。
バスの出発が明朝8時30分のため、本日中にお返事をいただけると助かります。

北浜小学校 福田
""", "high", "neutral"),
    M("ja", "大人の初心者クラスについて", """
こんにちは。
40代で、スケートはほとんど
初めてです。大人向けの初心者クラスは
ありますか？平日の夜に通えるクラスがあれば、曜日と料金を
教えてください。
""", "normal", "neutral"),
    M("ja", "靴", """
ありますか
""", "normal", "neutral", True),
    M("ja", "ロッカーのお金が戻りませんでした", """
昨日ロッカーを使ったのですが、鍵を開けても100円が戻ってきませんでした。
受付の方に言ったら「そういうこともあります」と言われて終わりでした。
100円とはいえ、ああいう対応をされると、次に来る気がなくなります。

返金していただけるのか、ロッカーは直していただけるのか、教えてください。
""", "normal", "angry"),
    M("ja", "転んでから怖がるようになってしまいました", """
日曜日のキッズクラスに通っている娘（7歳）のことでご相談です。
先月のレッスンで大きく転んでから、氷に乗るのを怖がるようになってしまいました。
本人は「やめたくはない」と言うのですが、リンクの入口で泣いてしまうこともあり、このまま続けさせてよいのか迷っています。

同じようなお子さんはほかにもいますか。コーチの方にどう接していただけるのか、相談させてください。

高橋
""", "normal", "anxious"),
    M("ja", "レッスンの振替について", """
お世話になっております。
来週土曜（1/18）のレッスンを、学校行事のため休みます。
別の日に振り替えることはできますか。できる場合、空いている日を教えてください。

初級クラス 小野寺 結衣の父
""", "normal", "neutral"),
    M("ja", "バッジテスト合格しました！", """
森コーチへ

娘がバッジテストの4級に合格しました！
半年前は手すりから手を離すのもやっとだったのに、信じられません。
毎週、根気よく教えてくださって本当にありがとうございます。
これからもよろしくお願いします。

川口
""", "low", "positive"),
    M("ja", "夏の営業について", """
夏休みの期間も、一般滑走はやっていますか？
子どもと行ってみたいので、営業時間がわかれば教えてください。
まだ先の予定なので、わかり次第で大丈夫です。
""", "low", "neutral"),

    M("en", "Saturday warm-up booking released by mistake?", """
Hi,

Our skating club booked Rink 2 for the regional qualifier warm-ups on Saturday, 7-9 am. Today our coach got an automated email saying the booking was "released due to non-payment", but we paid the invoice on 3 January (I have the bank confirmation).

Twenty-two skaters are competing on Saturday afternoon and this is their only chance to warm up on competition-sized ice. Can you confirm the booking still stands?

Nadia Petrova
Secretary, Eastside Figure Skating Club
""", "high", "neutral"),
    M("en", "Refund for cancelled session", """
Hello,

We drove 40 minutes on Sunday for the 2 pm public session, only to find it cancelled for a hockey game. There was nothing on your website or social media. The lady at the desk shrugged and told us to "check next time".

I'd like the $34 we spent on advance tickets refunded, and frankly an explanation of why nobody thought to post a notice.

Greg Harmon
""", "normal", "angry"),
    M("en", "Son nervous about first lesson", """
Hi,

My son (9) starts the beginner course on Saturday. He has mild autism and struggles with loud, busy places, and I'm worried he'll melt down before he even gets on the ice and then never want to come back.

Would it be possible to arrive early so he can see the rink while it's quiet, or to meet the coach first?

Thanks so much,
Emma Lindgren
""", "normal", "anxious"),
    M("en", "Hockey skates for rent?", """
Hi, do you rent hockey skates as well as figure skates, or only figure? My teenagers prefer hockey ones.

Thanks,
Carlos
""", "normal", "neutral"),
    M("en", "Spring schedule", """
Hello, just wondering if the spring lesson schedule is out yet. No hurry, we're only thinking about it for April.

Kate
""", "low", "neutral"),
]

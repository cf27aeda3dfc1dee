# taiko = a taiko (Japanese drum) school: weekly classes for children and adults,
# trial lessons, showcases, performances booked by companies and weddings.
from _common import S, D, M, CON, VAG, IMP, RWR, UNK, DIS, APO, PH, PUR

DOMAIN = "taiko"

SENTENCES = [
    S("ja", "体験レッスンは毎週土曜の10時から11時半までで、バチは教室で無料でお貸しします。"),
    S("ja", "今月分の月謝の引き落としができなかったため、お手数ですが6月15日までにお振り込みいただけますでしょうか。"),
    S("ja", "前回もお伝えしましたが、構えは基本中の基本ですので、家でもちゃんと練習してください。", CON, IMP),
    S("ja", "発表会の衣装代はお一人4,500円で、6月の月謝と一緒に引き落とさせていただきます。"),
    S("ja", "法被のサイズを今週中に教えてください。", IMP, RWR),
    S("ja", "秋の振替レッスンを実施できるかどうかは、今のところ何とも申し上げられません。", UNK),
    S("ja", "ご自宅での練習音をめぐるご近所とのトラブルは、当教室の関知するところではございません。", DIS),
    S("ja", "途中で飽きてしまう時期はどのお子様にもありますので、次回から10分ごとに曲を変えて、楽しく続けられるよう工夫してみます。"),
    S("ja", "振替のご希望は前日18時までにお知らせください。それ以降ですと講師の手配が間に合わないためです。"),
    S("ja", "市民ホールの空き状況を問い合わせ中のため、6月3日（火）までに結果をご連絡します。"),
    S("ja", "貸出用の締太鼓は4台しかございませんので、ご希望の日付を事前にお知らせいただけますか。"),
    S("ja", "舞台に立つには保険の手続きが必要なため、次回のレッスンまでに保護者同意書にご署名のうえお持ちいただけますでしょうか。"),
    S("ja", "大太鼓のクラスに移っていただくのは、もう少し上達されてからになります。", VAG),
    S("ja", "講師との相性のお話については、こちらからお答えする立場にございません。", DIS),

    S("en", "Trial lessons are ¥2,000, and the fee is deducted from your first month if you join within two weeks."),
    S("en", "Bring your own sticks next week.", IMP, RWR),
    S("en", "The drums have to stay in the studio, but members can book the practice room for ¥500 an hour."),
    S("en", "There may be a small extra charge for the summer workshop.", VAG),
    S("en", "We have no idea yet whether the August showcase will go ahead.", UNK),
    S("en", "Complaints about the parking next door are not our concern.", DIS),
    S("en", "Because the studio floor is sprung wood, please wear soft-soled indoor shoes on Saturday."),
]

DRAFTS = [
    D("ja", "6月14日（土）発表会リハーサルの時間と場所のご案内", """
佐伯様

鼓心会 和太鼓スクールの森です。
6月21日（土）の発表会に向けたリハーサルの時間が決まりましたので、ご案内いたします。

・日時：6月14日（土）13:00〜15:00
・場所：南区民センター 多目的ホール
・持ち物：バチ、タオル、飲み物

会場の都合で12時45分より前には入館できませんので、ご注意ください。
ご都合が合わない場合は代わりに個別練習の枠をご用意しますので、6月10日までにお知らせいただけますか。

鼓心会 和太鼓スクール 森 真一
TEL 03-5555-0142
"""),
    D("ja", "ご退会手続き完了のお知らせ", """
大野様

鼓心会 和太鼓スクールの森です。
ご連絡いただいた退会のお手続きが、本日完了しました。
7月分以降の月謝の引き落としはございません。
お貸ししていた練習用のバチは差し上げますので、ご返却は不要です。

2年間、毎週欠かさず通ってくださり、本当にありがとうございました。
また太鼓を叩きたくなったときは、いつでも体験レッスンからお声がけください。

鼓心会 和太鼓スクール 森
"""),
    D("ja", "夏休み親子太鼓体験のご案内", """
〇〇様

いつも鼓心会をご利用いただきありがとうございます。
今年も夏休み親子太鼓体験を開催いたします。

日時：8月〇日（〇）10:00〜11:30
会場：本部教室（2階）
参加費：親子1組 3,000円

定員は12組で、先着順に受け付けます。
参加をご希望の場合は、このメールにご返信ください。

鼓心会 和太鼓スクール
""", PH),
    D("ja", "鼓心会より", """
川口様

鼓心会の森です。
梅雨に入り、湿気で太鼓の皮の張りが変わりやすい季節になりました。
教室でも毎朝、太鼓の音を確かめてから稽古を始めています。
先日は地域のお祭りにも出演し、たくさんの方に聴いていただきました。

ところで、川口様がお申し込みの中級クラスですが、木曜担当の講師が7月で退職するため、火曜か金曜のクラスへ移っていただくことになりました。
どちらがご都合よろしいか、6月20日までにお知らせいただけますか。

鼓心会 和太鼓スクール 森
""", PUR),

    D("en", "Your booking for the Beginners' Taiko Weekend", """
Hi {first_name},

Thanks for booking a place on our Beginners' Taiko Weekend on 12–13 July. Sessions run from 10am to 4pm on both days at the Riverside studio, and lunch is included.

Please wear loose clothing you can move in, as you'll be in a wide stance for most of the day. We provide all the drums and sticks.

If you have any injuries we should know about, just reply to this email so the instructor can adapt the exercises for you.

See you on the 12th,
Maya
Kodo Circle Taiko School
""", PH),
]

MAILS = [
    M("ja", "high", "anxious", False, "娘の法被がまだ届いていません（今週日曜の夏祭り）", """
森先生

いつもお世話になっております。小学3年の佐藤美羽の母です。
今週日曜（６／８）の夏祭りで美羽が演奏させていただく件ですが、
5月初めに注文した法被がまだ届いておりません。
土曜の朝にはリハーサルがあると伺っていて、ほかの子はみんな揃っているそうで、
本人も自分だけ違う服で出るのかと心配して泣いています。
発送状況だけでも教えていただけないでしょうか。

佐藤
"""),
    M("ja", "high", "angry", False, "Re: Re: 月謝の二重引き落としについて（3回目）", """
鼓心会 ご担当者様

5月分の月謝（8,800円）が二重に引き落とされている件で、
メールを差し上げるのはこれで3回目です。
5月12日、5月26日にもお送りしましたが、いずれもお返事をいただけていません。
通帳のコピーも再度添付いたします。
一体どなたが確認してくださっているのでしょうか。

大橋 和子

> 2024/05/26 21:14 大橋 和子 wrote:
> 先日お送りした件、いかがでしょうか。
"""),
    M("ja", "high", "neutral", False, "奥の大太鼓の台について", """
森さん

火曜夜クラスの坂口です。念のためお知らせしておきます。
昨夜の稽古の最後に、奥の大太鼓の台の右後ろの脚がぐらついていて、
私が叩いている最中に台ごと傾きました。
ボルトが一本抜けかけているように見えました。
明日の夕方は小学生クラスがあると聞いていますので、
それまでに一度見ていただいたほうがよいかと思います。

坂口
"""),
    M("ja", "normal", "neutral", False, "来週木曜の振替について", """
お世話になっております、木曜夜クラスの野村です。
来週の木曜（13日）は出張で参加できないため、
同じ週の火曜か土曜のクラスに振り替えていただくことはできますか。
どちらでも構いません。
よろしくお願いいたします。
"""),
    M("ja", "normal", "neutral", True, "太鼓", """
太鼓の件、どうなりました？
"""),
    M("ja", "normal", "angry", False, "体験レッスンでの講師の方の対応について", """
先週土曜日の大人向け体験レッスンに参加した者です。

リズムがうまく取れずに何度かやり直していたところ、
講師の方に笑いながら「それは才能の問題かもね」と言われました。
冗談のおつもりだったのかもしれませんが、周りの参加者の前で
そう言われてとても恥ずかしく、不快でした。

入会するつもりで伺ったのですが、正直いまは迷っています。
教室としてどうお考えなのか、お聞かせいただければと思います。

工藤 由美
"""),
    M("ja", "normal", "anxious", False, "息子の腕のだるさについてご相談", """
中学1年の井上蒼の母です。
先週から稽古の後に、息子が右腕がだるいと言っています。
痛いというほどではないようなのですが、成長期なので少し心配です。
打ち方のくせなどで負担がかかっているのでしょうか。
次回の土曜の稽古は、普段どおり参加させて大丈夫でしょうか。
"""),
    M("ja", "normal", "positive", False, "発表会ありがとうございました＆妹の入会について", """
森先生、先日の発表会ではありがとうございました！
娘が舞台の上であんなに堂々と叩けるなんて、家族みんなびっくりしました。
見ていた妹（５歳）も自分もやりたいと言い出しまして…
来月から妹も入会させたいので、申込書を送っていただけますか。
年少さんから入れるクラスがあればそちらでお願いします。

中島
"""),
    M("ja", "low", "neutral", False, "篠笛クラスについて", """
いつもありがとうございます。火曜クラスの長谷川です。
来年の春に大人向けの篠笛クラスができるかもしれないと伺いました。
まだ先の話だと思いますので急ぎませんが、
詳細が決まったら教えていただけるとうれしいです。
"""),
    M("ja", "low", "neutral", False, "更衣室について（ご意見）", """
ご意見として送ります。
更衣室のフックが足りず、上着を床に置いている人をよく見かけます。
次の備品の入れ替えのときにでも、検討していただければ十分です。
返信は不要です。

土曜午前クラス 岡
"""),

    M("en", "high", "anxious", False, "Friday team session – is it cancelled?", """
Hi,

I booked a team-building taiko session for 25 of my colleagues this Friday at 2pm (booking ref KC-2291). An hour ago I got an automated email saying the booking had been cancelled, but nobody at our end cancelled it.

Everyone has already arranged the afternoon off and our director is coming specially. Could you tell me whether the session is still going ahead? If the slot has gone, I need to know today so I can tell people.

Thanks,
Priya Nair
Office Manager, Halden Logistics
"""),
    M("en", "high", "angry", False, "Deposit for wedding performance – fourth email", """
To whoever reads this inbox,

This is my fourth email about the ¥50,000 deposit we paid in March for a taiko performance at our wedding. You cancelled on us in April, citing a scheduling conflict, and promised a full refund "within two weeks". It has now been seven weeks.

I have also tried calling twice and left messages. Nobody has called back.

I'm now speaking to the consumer affairs centre about this. I would rather not take it further, but that is up to you.

Daniel Ferreira
"""),
    M("en", "normal", "neutral", True, "class", """
hi is the thing still on
"""),
    M("en", "normal", "neutral", False, "Left-handed beginner", """
Hello,

I'm thinking of joining the Tuesday beginners' class next month. I'm left-handed – is that a problem when learning taiko, or do you teach everyone the same way?

Cheers,
Tom
"""),
    M("en", "low", "positive", False, "Sunday kids' workshop", """
Just wanted to say the kids' workshop on Sunday was brilliant. My son hasn't stopped drumming on the kitchen table since, which is slightly less brilliant :)

No need to reply!

Jen
"""),
]

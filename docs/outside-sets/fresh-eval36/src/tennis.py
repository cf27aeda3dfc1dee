from common import *

DOMAIN = "tennis"
MEANING = "テニススクール / tennis school (juniors and adults)"

SENTENCES = [
    S("ja", "振替レッスンは、欠席された週から4週間以内であれば何回でもご予約いただけます。"),
    S("ja", "上達が遅いのは、ご本人の練習量の問題です。", C),
    S("ja", "コーチの指導方針についてのご意見は、お聞きしかねます。", X),
    S("ja", "振替の空き枠は、そのうち出てくると思います。", V),
    S("ja", "ラケットのガット張りは、お預かりから中2日で仕上がり、料金は税込2,200円（ガット代別）です。"),
    S("ja", "月謝の引き落とし日は、口座振替の手続きに何日かかるか分からないため、申し上げられません。", U),
    S("ja", "雨天中止の判断は、開始の1時間前までにアプリでお知らせします。"),
    S("ja", "入会申込書に保護者の署名をして提出しなさい。", I, R),
    S("ja", "レッスンにはテニスシューズでお越しいただけますか。", R),
    S("ja", "クラス分けの基準を何度も聞かれても、これ以上説明することはありません。", C, X),
    S("ja", "体験レッスンは少人数制のため、定員になり次第締め切ります。"),
    S("ja", "夏休みの短期教室は、近々ご案内いたします。", V),
    S("ja", "お子様の怪我の状況を確認したいので、受診された病院名と診断内容を教えていただけますか。保険の手続きに必要になります。"),
    S("ja", "コートの予約キャンセルは前日の21時まで無料で、それ以降は1面1時間あたり1,100円を頂戴します。"),

    S("en", "Make-up lessons for the cancelled 4 March session are open for booking now, on 11, 13 and 18 March."),
    S("en", "Fill in the medical form.", I, R),
    S("en", "If your son practised between lessons, he'd have moved up a group by now.", C),
    S("en", "We're not sure when the indoor courts will reopen.", U),
    S("en", "Coaching decisions are final and we don't discuss them with parents.", X),
    S("en", "Your racket is restrung at 25 kg tension and ready for collection from reception after 4 pm today."),
    S("en", "We've moved Tuesday's squad to Court 3 because the floodlights on Court 1 are being repaired; the start time stays at 6:30."),
]

DRAFTS = [
    D("ja", "振替レッスンの空き状況（3月分）", """
菅原様

グリーンヒル・テニスアカデミーの大野です。
お問い合わせの振替レッスンについて、3月の中級クラスの空き状況をお知らせします。

3月11日（火）19:00　○
3月13日（木）19:00　×
3月16日（日）10:00　○
（○：空きあり　×：満席）

ご希望の日をご返信いただければ、こちらで予約をお取りします。
振替の期限は、欠席された3月4日から4週間後の4月1日までです。

グリーンヒル・テニスアカデミー　大野
"""),
    D("ja", "2月8日（土）ジュニアクラス休講のお詫び", """
ジュニアクラス　保護者の皆様

グリーンヒル・テニスアカデミーの大野です。
2月8日（土）10時からのジュニアクラスを、ご連絡もないまま休講としてしまい、誠に申し訳ございませんでした。寒い中、コートでお待ちいただいた皆様には、大変ご迷惑をおかけしました。

担当コーチが体調を崩し、当日朝の連絡が事務局に届いていなかったことが原因です。
当日の分は2月15日（土）の同じ時間に振替レッスンを行い、欠席されたご家庭には振替券をお渡しします。

今後ともよろしくお願いいたします。

グリーンヒル・テニスアカデミー　大野
""", AP),
    D("ja", "体験レッスンのご予約を承りました（4月6日（日）10時）", """
小西様

グリーンヒル・テニスアカデミーの大野です。
4月6日（日）10時からの初心者クラスの体験レッスンのご予約を承りました。

・時間：10:00〜11:20（受付は9:45から）
・料金：1,100円（当日受付でお支払い）
・持ち物：運動できる服装、飲み物、タオル

ラケットは無料でお貸しします。靴は、コートを傷めないよう、靴底が平らな運動靴でお越しいただくようお願いしております。

グリーンヒル・テニスアカデミー　大野
"""),

    D("en", "Kofi's move to the Green group from 6 May", """
Hi Mrs Adeyemi,

Good news: after Saturday's assessment, coach Sam is moving Kofi up from the Orange to the Green group, starting Monday 6 May.

Green runs on Mondays and Thursdays, 5:00 to 6:30 pm, on Courts 3 and 4. The term fee stays the same, as the extra half hour per session is covered by this year's junior development grant.

Kofi will need a full-size 27-inch racket for Green. If he doesn't have one, we can lend him one for the first month.

Best,
Rachel
Baseline Tennis Academy
"""),
    D("en", "Re: Concerns about Emma's group placement", """
Dear Mr Walsh,

Thank you for your email about Emma's group.

Group placements are decided by the coaching team and we don't discuss them with parents. Emma will stay in the Yellow group for the summer term.

The summer term timetable is attached.

Regards,
Rachel
Baseline Tennis Academy
""", X),
]

MAILS = [
    M("ja", "今日のレッスン中の熱中症について", """
ジュニアクラスの井上蒼の母です。
今日のレッスンの途中で、息子が気分が悪くなって座り込んだと、コーチから聞きました。
帰宅後も頭が痛いと言っていて、少し吐き気もあるようです。
これから夜間診療に連れて行こうと思うのですが、レッスン中にどのくらい水分をとっていたか、休憩はあったかなど、分かる範囲で教えていただけますか。
""", "high", "anxious"),
    M("ja", "退会後も月謝が引き落とされています（3回目の連絡）", """
8月末で退会届を提出しましたが、9月分・10月分の月謝（各12,100円）が引き落とされています。
9月に受付で伝え、10月にメールもしましたが、いずれも「確認します」のままです。
今回で3回目のご連絡になります。
返金していただける日を、はっきり教えてください。

会員番号 0422　森田
""", "high", "angry"),
    M("ja", "県ジュニア大会のエントリーについて", """
ジュニア選手クラスの佐野美咲の父です。
明後日の県ジュニア大会について、スクール経由でエントリーをお願いしていましたが、本日公開された出場選手一覧に娘の名前がありません。
大会事務局に確認したところ、追加エントリーの受け付けは本日17時までとのことです。
スクールから申し込みが出ているか、確認していただけますか。
""", "high", "neutral"),
    M("ja", "クラス変更の相談", """
成人初級クラス（火曜19時）に通っています。
仕事の都合で、来月から土曜午前のクラスに移りたいと思っています。
土曜の初級クラスに空きはありますか。

会員番号 1187　中嶋
""", "normal", "neutral"),
    M("ja", "レッスン開始時間について", """
毎回コーチが5分ほど遅れてコートに来て、そのぶん遅れて始まるのに、終わりはきっちり時間どおりですよね。
月謝は同じなんですよね？
一度ならともかく、ここ1か月ずっとです。
""", "normal", "angry"),
    M("ja", "60代初心者ですが大丈夫でしょうか", """
62歳で、テニスはまったくの初心者です。
数年前に膝を痛めたことがあって、走ったりするのに少し不安があります。
若い方に迷惑をかけないか、ついていけるかも心配です。
体験レッスンを受けてみたいのですが、シニア向けのクラスなどはありますか。
""", "normal", "anxious"),
    M("ja", "振替", "できますか？", "normal", "neutral", True),
    M("ja", "体験レッスン申し込み", """
体験レッスンを申し込みたいです。
・名前：小西 亮太
・年齢：３４歳
・経験：学生時代に軟式を３年
・希望：４月６日（日）１０時のクラス
よろしくお願いします。
""", "normal", "neutral"),
    M("ja", "来年の夏合宿について", """
今年の合宿は都合で参加できないのですが、来年の夏合宿の予定が決まったら教えていただけますか。
急ぎませんので、決まった時で大丈夫です。
""", "low", "neutral"),
    M("ja", "大野コーチにお伝えください", """
娘が昨日の市民大会で、初めて1回戦を勝ちました！
本人は帰りの車の中でずっとにこにこしていました。
いつも根気よく教えてくださる大野コーチのおかげです。よろしくお伝えください。
""", "low", "positive"),

    M("en", "Ellie's ankle after squad", """
Hi,
Ellie came home from squad tonight with a rolled ankle. Coach Mike apparently gave her an ice pack, but nobody rang me and she walked home on it. It's much more swollen now and she can't put weight on it.
She has the county trials on Saturday morning. Was she checked properly at the time? Should I be taking her for an X-ray tonight?
Claire Dawson
""", "high", "anxious"),
    M("en", "Switching from Wednesday to Thursday", """
Hello, could I move from Wednesday adult beginners to the Thursday class from next month? Same level. Happy to pay any difference.
Thanks,
Ian Forbes
""", "normal", "neutral"),
    M("en", "10-week term, 3 sessions cancelled", """
I paid £150 for a 10-week term. Three sessions have now been cancelled for "coach unavailable" with a few hours' notice and no make-ups offered.
So what exactly am I paying for? I'd like either the sessions back or a partial refund.
""", "normal", "angry"),
    M("en", "Cardio tennis!", """
Loved the cardio tennis session last night - best workout I've had in ages. Is there a Saturday morning one too? I'd sign up for the rest of the term.
Mel
""", "normal", "positive"),
    M("en", "Left-handers' clinic?", """
Any chance of a left-handers' clinic some time? There are four of us lefties in the Thursday group. No rush, just an idea for the future.
""", "low", "neutral"),
]

# mealkit = weekly meal-kit home delivery (食材キットの宅配)
DOMAIN = "mealkit"

SENTENCES = [
    ("ja", "次回のお届けは11月19日（水）の18時から20時の間で、献立は4品、合計5,480円です。", []),
    ("ja", "アレルギーの表示は商品ページに載っていますので、ご注文の前にご自分で確認していただくのが当然かと存じます。", ["condescending"]),
    ("ja", "えびは献立によって同じ調理ラインを使うことがあるため、えびを扱う週は自動でお届けを止める設定にいたしました。", []),
    ("ja", "保冷剤は次回のお届けの際に返却してください。", ["imperative", "request_without_reason"]),
    ("ja", "保冷剤は洗って繰り返し使っておりますので、次回のお届けの際に玄関先に出しておいていただけますか。", []),
    ("ja", "野菜が傷んでいたとのことですが、季節柄ある程度は仕方のないものですので。", ["dismissive"]),
    ("ja", "返金は、確認が取れしだい順次行います。", ["vague"]),
    ("ja", "お肉の量が少なかった理由は、工場に聞いてみないと分かりません。", ["unknown_without_followup"]),
    ("ja", "お肉の量が規定の200gより少なかった理由は工場に確認しており、明日11月14日の正午までにご報告いたします。", []),
    ("ja", "配達員が置き配できるよう、宅配ボックスの番号を教えていただけますか。", []),
    ("en", "Your box for the week of 18 November will arrive on Tuesday between 5 and 7 pm, with four recipes for two people.", []),
    ("en", "We can't guarantee any box is nut-free, because all our kits are packed in the same facility that handles peanuts and tree nuts.", []),
    ("en", "Your credit will be applied in due course.", ["vague"]),
    ("en", "We have no way of knowing why the courier left it at the wrong door.", ["unknown_without_followup"]),
    ("en", "Spoiled produce happens sometimes; that's just the nature of fresh food.", ["dismissive"]),
    ('ja', '解約の理由を差し支えない範囲で教えていただけると献立の見直しに役立てられますので、よろしければ下記のアンケートにご協力ください。', []),
    ('en', "If produce arrives damaged, a photo is all we need to credit you; there's nothing to send back.", []),
]

DRAFTS = [
    dict(lang="ja", subject="キットにお肉が入っていなかったことについてのお詫び",
         text="""青木 香織様

ごはん便の窓口担当、平野です。
11月12日にお届けしたキットに、「豚のしょうが焼き」用の豚肉（300g）が入っておらず、大変申し訳ございませんでした。夕食の準備の途中で気づかれたとのこと、さぞお困りになったことと存じます。

豚肉の代金を含む「豚のしょうが焼き」1品分の1,280円は、本日返金の手続きをいたしました。ご登録のカードに、5営業日ほどで反映されます。あわせて、次回11月19日のお届けに、同じ献立の食材一式を無料でお入れします。

今後は、箱を閉じる前に、献立表と中身を重量計で照合する工程を加え、足りないものがあれば箱が閉じられない仕組みにいたします。

このたびはご迷惑をおかけし、誠に申し訳ございませんでした。

ごはん便　お客様窓口 平野
""", labels=["apology_incomplete"]),
    dict(lang="ja", subject="12月のお届けから献立の数が選べるようになります",
         text="""ごはん便をご利用の皆様

ごはん便の平野です。
12月のお届け分から、1回にお届けする献立の数を、3品・4品・5品から選べるようになります。

料金は1品あたり1,370円のまま変わりません。今の4品コースをご利用の方は、何もなさらなければ4品のままお届けします。

12月の初回のお届けから変更される場合は、11月28日（金）までにマイページの「コース変更」から手続きをお願いいたします。食材の仕入れ数をこの日に確定するためです。

ごはん便
""", labels=[]),
    dict(lang="ja", subject="お届けが1日遅れたことについてのお詫び",
         text="""川村 智子様

ごはん便の平野です。
11月5日（水）にお届けする予定だったキットが、翌日の6日のお届けとなってしまい、誠に申し訳ございません。

11月4日の夜に倉庫の出荷システムが2時間止まり、その間に出荷するはずだった約300箱が翌日の便にまわったことが原因です。

遅れてお届けした分の代金5,480円は全額返金いたしました。あわせて、6日にお届けしたキットの食材は、すべて賞味期限に余裕のあるものであることを確認しております。

今後は、出荷システムが止まった場合でも手作業で出荷できるよう、紙の出荷リストを毎日前日のうちに印刷しておくことにいたしました。また、お届けが遅れる場合は、前日のうちにメールでお知らせします。

このたびはご迷惑をおかけし、申し訳ございませんでした。

ごはん便　お客様窓口 平野
""", labels=[]),
    dict(lang="en", subject="Done: next week's box is skipped",
         text="""Hi Marcus,

All sorted: your box for the week of 25 November is skipped, and you won't be charged for it. Your next delivery will be on Tuesday 3 December as usual.

If you'd like to skip December's first week too, you can do it yourself under "Upcoming deliveries" until midnight on the Wednesday before, or just reply to this email.

Enjoy your trip!
Jess
Customer Care, PrepCrate
""", labels=[]),
    dict(lang="en", subject="Your new delivery day starts next week",
         text="""Hi {{customer.first_name}},

Good news: from next week your PrepCrate box will arrive on Thursdays between 4 and 7 pm instead of Mondays, as you requested.

Your first Thursday delivery will be on 21 November. Your menu choices for that week are already saved, and the price stays at £44.95.

Happy cooking,
Jess
Customer Care, PrepCrate
""", labels=["placeholder_left"]),
]

MAILS = [
    dict(lang="ja", subject="卵不使用のはずのキットで息子にじんましんが出ました",
         body="""ごはん便 お客様窓口様

今夜、「卵不使用」と表示のある「鶏のつくね」のキットを調理して、6歳の息子に食べさせたところ、
30分ほどで顔と首にじんましんが出ました。息子は卵のアレルギーがあります。
いまから夜間診療をしている病院に向かうところです。

医師に説明するために、このキットに使われている材料をすべて教えていただけないでしょうか。
特に、つくねのつなぎに何が入っているのか知りたいです。
このメールを見られたら、下記の携帯にお電話ください。

佐野 090-xxxx-xxxx""",
         urgency="high", emotion="anxious", terse=False),
    dict(lang="ja", subject="母へのお届けがありません",
         body="""お世話になっております。
一人暮らしの母（８２歳）のために、毎週金曜日にキットを届けていただいている者です。

母は足が悪くて買い物に行けず、ごはん便の食材で週末の食事をまかなっています。
今日（金）の夕方になってもキットが届いていないと、母から電話がありました。
冷蔵庫にはもうほとんど何もないそうです。

明日の土曜日に届けていただくことはできますか。
私は遠方に住んでいてすぐには行けないので、どうしたらいいのかと…

注文者：木村 洋子（お届け先：木村 ハル）""",
         urgency="high", emotion="anxious", terse=False),
    dict(lang="ja", subject="入院中の請求について（三度目のご連絡です）",
         body="""ごはん便 御中

10月に入院したため、10月1日にマイページから定期便を「休止」にしました。
にもかかわらず、10月の3週分、合計16,440円がカードから引き落とされています。

10月20日と10月31日にこの窓口にメールしましたが、
自動返信が来るだけで、担当の方からの連絡は一度もありません。
休止の手続きをした画面の記録も残っています。

退院して請求を確認し、とても残念な気持ちです。
今週中に返金についてのご回答がなければ、カード会社に相談いたします。

会員番号 55821　松田 敏夫""",
         urgency="high", emotion="angry", terse=False),
    dict(lang="ja", subject="来週のお休み",
         body="""こんにちは。
来週は家族旅行で家を空けるので、11月26日のお届けをお休みにしたいです。
マイページで操作しようとしたら、締切を過ぎていると表示されました。
まだ間に合いますか？

川村""",
         urgency="normal", emotion="neutral", terse=False),
    dict(lang="ja", subject="今週の",
         body="今週のキット、また入ってなかった。どうなってんの",
         urgency="normal", emotion="angry", terse=True),
    dict(lang="ja", subject="妊娠中でも食べられますか",
         body="""いつも利用しています。
現在妊娠中で、来週の献立にある「サーモンのカルパッチョ」が気になっています。
生のサーモンは妊娠中に食べても大丈夫なのでしょうか。
加熱して作っても大丈夫な料理なのか、それとも別の献立に変えたほうがいいのか、
自分ではよく分からなくて不安です。

石井 彩""",
         urgency="normal", emotion="anxious", terse=False),
    dict(lang="ja", subject="人数の変更",
         body="""お世話になっております。
来月から子どもが離乳食を卒業するので、2人前のコースから3人前のコースに変えたいです。
料金がいくらになるかと、いつのお届けから変えられるかを教えてください。

大西""",
         urgency="normal", emotion="neutral", terse=False),
    dict(lang="ja", subject="また野菜が傷んでいました",
         body="""先月に続いて、今回も野菜が傷んでいました。
ほうれん草は半分溶けたようになっていて、トマトにもカビが生えていました。
写真を添付します。

先月は「今後気をつけます」というお返事でしたが、何も変わっていないということですよね。
今回の分は返金してください。次も同じなら解約を考えます。

竹内""",
         urgency="normal", emotion="angry", terse=False),
    dict(lang="ja", subject="子どもたちが大好きです！",
         body="""ごはん便のみなさま

先週の「ハンバーグ煮込み」、小学生の子どもたちが大喜びで、おかわりまでしていました。
野菜嫌いの次男も、キットの人参は残さず食べます。

このレシピカードをなくしてしまったのですが、もう一度いただくことはできますか？
次に注文するときに一緒に入れていただければ十分です。

大西""",
         urgency="low", emotion="positive", terse=False),
    dict(lang="ja", subject="ベジタリアン向けの献立について",
         body="""こんにちは。
家族に一人ベジタリアンがいるので、お肉やお魚を使わない献立がもう少し増えると嬉しいです。
今は週に1品あるかないかなので、来年以降でも増やしていただけたらと思い、ご意見としてお送りしました。

お返事はなくてもかまいません。""",
         urgency="low", emotion="neutral", terse=False),
    dict(lang="en", subject="Coeliac - wheat pasta swapped in without warning",
         body="""Hi,

I'm coeliac and my account is set to gluten-free. Last night's "GF chicken pesto" box came with ordinary wheat fusilli instead of the rice pasta, and the only note was a tiny sticker saying "ingredient substitution". I didn't notice until I'd eaten it and I've been ill all night.

Tomorrow's box has two more "GF" pasta recipes in it. I need to know before it's packed whether the same substitution has been made, and frankly how this got past anyone.

Beth Carey""",
         urgency="high", emotion="angry", terse=False),
    dict(lang="en", subject="Your email showed everyone's addresses",
         body="""Hello,

Your "Winter menu is here!" email this morning was sent with hundreds of customers' email addresses visible in the To field, mine included. People are already replying-all.

Does this mean our home addresses or payment details have also been exposed? I'd like to know what data was involved and what you're doing about it before the end of the day, because I'll need to decide whether to cancel my card.

Ruth Okoro""",
         urgency="high", emotion="anxious", terse=False),
    dict(lang="en", subject="Skip next week please",
         body="""Hi, we're away next week, can you skip the box for the week of the 25th? The app wouldn't let me, it says the cut-off has passed.

Thanks,
Marcus""",
         urgency="normal", emotion="neutral", terse=False),
    dict(lang="en", subject="Different address for one delivery",
         body="""Hello,

For the delivery on Thursday the 28th only, could the box go to my office instead of home? The address is Unit 2, Canal Wharf, Leeds LS11 5QR. There's a reception desk that's staffed until 6 pm. After that week it should go back to my home address as usual.

Thanks,
Owen""",
         urgency="normal", emotion="neutral", terse=False),
    dict(lang="en", subject="More vegan recipes?",
         body="""Hi PrepCrate team, I'd love to see more fully vegan recipes on the menu. At the moment there's one a week at most. Not a complaint, just a suggestion for next year's menus.

Cheers,
Anya""",
         urgency="low", emotion="neutral", terse=False),
]

# costume = stage and recital costume hire by post (舞台・発表会衣装のレンタル)
DOMAIN = "costume"

SENTENCES = [
    ("ja", "ドレスのレンタル料金は3泊4日で12,100円（税込み・往復送料込み）です。", []),
    ("ja", "サイズが合わないのは、採寸の仕方が間違っていたからだと思います。", ["condescending"]),
    ("ja", "サイズ表の寸法と実物にどれくらい差があるかを確かめたいので、ドレスを着た状態の写真を1枚お送りいただけますか。", []),
    ("ja", "返却は公演の翌日までに必ず発送すること。", ["imperative", "request_without_reason"]),
    ("ja", "次のお客様の公演に間に合わせる必要があるため、公演の翌日の17時までに、同封の返却用伝票で発送していただけますでしょうか。", []),
    ("ja", "小さなほつれ程度であれば、追加料金は少しで済みます。", ["vague"]),
    ("ja", "衣装のシミが落ちるかどうかは、クリーニングに出してみないと分かりません。", ["unknown_without_followup"]),
    ("ja", "ご希望の衣装が間に合うかどうかは前のお客様の返却しだいですので、こちらでは何とも言えません。", ["unknown_without_followup"]),
    ("ja", "衣装の到着が遅れたのは配送会社の都合ですので、当店ではどうにもなりません。", ["dismissive"]),
    ("ja", "ヘアアクセサリーは別料金になりますが、セットでお借りになるとお得です。", ["vague"]),
    ("ja", "本番の前に一度着てみて、サイズを確かめてください。", ["imperative", "request_without_reason"]),
    ("ja", "舞台用の衣装は、普通はもっと早く予約されるものですよ。", ["condescending"]),
    ("en", "The Victorian gown (size 12) is reserved for you from 6 to 9 March, and the hire fee is £85 including postage both ways.", []),
    ("en", "Measure your chest and waist and email them to us.", ["imperative", "request_without_reason"]),
    ("en", "Could you send us your chest and waist measurements? Our period costumes have very little stretch, so we'd like to check the fit before we post anything.", []),
    ("en", "There's a small cleaning charge if it comes back with makeup on it.", ["vague"]),
    ("en", "I honestly couldn't say whether the wig will be back in time.", ["unknown_without_followup"]),
    ("en", "Late returns are clearly explained in the terms you agreed to, so I'm surprised you're asking.", ["condescending"]),
    ("en", "Alterations aren't our concern once the costume has left the shop.", ["dismissive"]),
    ('ja', '少しでも不安な点があれば、発送前にサイズのご相談を承りますので、お気軽にお電話ください。', []),
    ('en', "A little make-up on the collar is completely normal after a show and won't cost you anything extra.", []),
]

DRAFTS = [
    dict(lang="ja", subject="【ご予約確定】発表会用ドレス（12月14日公演）",
         text="""山崎 様

衣装レンタル ステージドアの今村です。
発表会用ドレスのご予約が確定しましたので、内容をお知らせいたします。

・衣装：ロングドレス「ローズ」 ワインレッド 130サイズ
・お届け日：12月12日（金）午前中
・ご返却：12月15日（月）中に発送
・料金：12,100円（税込み・往復送料込み）

お届けの翌日までに一度ご試着いただき、サイズが合わない場合は13日（土）の12時までにご連絡ください。その日のうちに別のサイズを発送し、14日の朝までにお届けします。

衣装レンタル ステージドア　今村 真理
""", labels=[]),
    dict(lang="ja", subject="文化祭の劇の衣装（28着）のお見積もり",
         text="""市立北中学校
3年2組 担任 河野 先生

衣装レンタル ステージドアの今村です。
文化祭の劇「ロミオとジュリエット」の衣装28着について、お見積もりをお送りします。

・衣装：中世風の衣装 28着（男性役14着、女性役14着）
・期間：10月24日（金）お届け〜10月28日（火）ご返却
・料金：学校団体割引を適用して、合計92,400円（税込み・往復送料込み）

このお見積もりの有効期限は9月30日です。ご依頼いただける場合は、生徒さんの身長の一覧をお送りいただけますか。身長ごとに合うサイズを選んで、こちらで振り分けてからお送りいたします。

衣装レンタル ステージドア　今村 真理
""", labels=[]),
    dict(lang="ja", subject="ご返却の1日遅れについて（延滞料はかかりません）",
         text="""大森 様

衣装レンタル ステージドアの今村です。
台風で宅配便の集荷が止まり、ご返却が1日遅れるとのご連絡をありがとうございます。

天候による遅れですので、延滞料はいただきません。集荷が再開しましたら、同封の返却用伝票でお送りいただければ大丈夫です。次にこの衣装をお使いになるお客様の公演は来週末ですので、1日の遅れであれば問題ございません。

お気遣いいただき、ありがとうございました。

衣装レンタル ステージドア　今村 真理
""", labels=[]),
    dict(lang="ja", subject="衣装の発送日についてのご案内",
         text="""劇団こだま
制作 長尾 様

衣装レンタル ステージドアの今村です。
ご予約いただいた衣装15着は、現在クリーニング中のものが含まれているため、到着は近日中の予定です。

また、マント3着については丈のお直しが必要となり、若干の追加料金が発生いたします。

公演に間に合うよう準備を進めてまいりますので、引き続きよろしくお願いいたします。

衣装レンタル ステージドア　今村 真理
""", labels=["vague"]),
    dict(lang="en", subject="Your late return and the late fee",
         text="""Hi Mr Dunn,

Thanks for explaining what happened with the return. Because the post office receipt shows you sent the parcel on 10 March, the day it was due back, we won't charge the £15 late fee; the delay was on Royal Mail's side, not yours.

Your £50 deposit was released back to your card this morning and should show within three working days.

Best wishes,
Hattie
Curtain Call Costume Hire
""", labels=[]),
]

MAILS = [
    dict(lang="ja", subject="明日の劇の衣装のサイズが違います",
         body="""ステージドア 御中

先ほど届いた衣装ですが、注文したのは120サイズの「白雪姫」なのに、
届いたのは100サイズです。娘に着せてみましたが、腕も通りません。

明日の朝10時から幼稚園の発表会で、娘は主役です。
注文のときにも発表会の日にちはお伝えしてあります。
明日の9時までに正しいサイズを届けていただけるのか、今日中にはっきり教えてください。

山本 りえ""",
         urgency="high", emotion="angry", terse=False),
    dict(lang="ja", subject="公演用の衣装が届いていません（劇団こだま）",
         body="""ステージドア 今村様

劇団こだまの長尾です。
土曜日の公演用にお借りしている衣装15着ですが、本日木曜の夕方になっても届いていません。
追跡番号で確認したところ、なぜか隣の市の「市民会館」宛てに配達されたことになっています。
うちの劇場は「市民ホール」です。

明日の15時からゲネプロ（通し稽古）で、衣装を着て確認する予定でした。
配送会社に問い合わせても、差出人からの依頼でないと調べられないと言われてしまいました。
こちらでできることがあれば何でもしますので、どうか助けていただけないでしょうか。

劇団こだま 制作 長尾
090-xxxx-xxxx""",
         urgency="high", emotion="anxious", terse=False),
    dict(lang="ja", subject="保証金の返金について（3回目のお問い合わせ）",
         body="""ステージドア ご担当者様

10月5日に衣装を返却し、保証金20,000円の返金を待っております。
規約では「返却確認後7日以内に返金」とありますが、1か月以上経っても入金がありません。

10月20日と11月1日にもこちらのフォームからお問い合わせしましたが、
お返事をいただけていません。
返金していただけないのであれば、その理由を教えてください。

小林 美穂
予約番号 SD-30412""",
         urgency="high", emotion="angry", terse=False),
    dict(lang="ja", subject="2月の衣装の空き状況",
         body="""こんにちは。
2月23日（日）にピアノの発表会があり、小学４年生の娘のドレスをお借りしたいと思っています。
ホームページに載っている「ミントグリーンのドレス」の140サイズは、その日程で空いていますか？

大森""",
         urgency="normal", emotion="neutral", terse=False),
    dict(lang="ja", subject="サイズ",
         body="サイズって変えられます？",
         urgency="normal", emotion="neutral", terse=True),
    dict(lang="ja", subject="ファンデーションが付いてしまいました",
         body="""お世話になっております。
昨日の発表会で着用したドレスの襟元に、ファンデーションが少し付いてしまいました。
自分で拭き取ったりはしていません。
このまま返却して大丈夫でしょうか。それとも、追加のクリーニング代がかかりますか。

山崎""",
         urgency="normal", emotion="neutral", terse=False),
    dict(lang="ja", subject="返却が1日遅れそうです",
         body="""ステージドア様

台風の影響で、今日は宅配便の集荷がすべて止まっているそうです。
返却の期限は今日なのですが、明日の発送になりそうです。
延滞料がかかる場合は教えていただけますか。

大森""",
         urgency="normal", emotion="neutral", terse=False),
    dict(lang="ja", subject="見積書の発行をお願いします",
         body="""衣装レンタル ステージドア 御中

市立北中学校の河野と申します。
文化祭で劇をする3年2組の衣装をお借りしたく、校内の手続きのために見積書が必要です。
人数は28名で、日程は10月24日から28日を考えています。
学校宛ての見積書（PDF）を発行していただけますでしょうか。

市立北中学校 3年2組 担任 河野""",
         urgency="normal", emotion="neutral", terse=False),
    dict(lang="ja", subject="発表会、大成功でした！",
         body="""今村様

先日お借りしたドレス、本当にありがとうございました。
娘がステージに出た瞬間、会場から「かわいい！」という声が聞こえて、本人も大満足でした。
写真を1枚お送りしますね。

また来年もお願いしたいと思います。""",
         urgency="low", emotion="positive", terse=False),
    dict(lang="ja", subject="来年のカタログについて",
         body="""こんにちは。
今年はお世話になりました。
来年度の新しい衣装のカタログが出る予定はありますか？
もし冊子のカタログがあれば、出たときに1部送っていただけると嬉しいです。
いつ頃になるか分かれば、くらいの気持ちですので、ゆっくりで大丈夫です。

劇団こだま 長尾""",
         urgency="low", emotion="neutral", terse=False),
    dict(lang="en", subject="Lead's costume missing from box - show is tonight",
         body="""Hello,

Our box of 12 costumes for "Oliver!" arrived this morning, but Nancy's dress isn't in it. The packing list says it should be, item 7. We've searched the box twice.

The show opens tonight at 7, and our Nancy has nothing to wear that's remotely right. Is there any way to get it here, or a similar dress in a size 10, by 5 pm? We're a drama school about 40 minutes from you, so one of our parents could drive over to collect.

Yvonne Clarke
Head of Drama, Riverside Stage School
07xxx xxxxxx""",
         urgency="high", emotion="anxious", terse=False),
    dict(lang="en", subject="Late fee - I posted it on time",
         body="""Hi,

You've charged me a £15 late fee for the pirate costume. I posted it back on the 10th, which was the due date, and I have the post office receipt to prove it (attached). If Royal Mail took four days, that's hardly my doing.

I'd like the £15 back, please.

Steve Dunn""",
         urgency="normal", emotion="angry", terse=False),
    dict(lang="en", subject="Halloween availability",
         body="""Hi there,

Do you have any Ghostbusters jumpsuits available for the weekend of 26 October? We'd need four, adult sizes M and L. Could you also tell me the deposit?

Thanks,
Rick""",
         urgency="normal", emotion="neutral", terse=False),
    dict(lang="en", subject="Measurements for the Tudor dress",
         body="""Hello, I've attached my measurements for the Tudor dress. The hip figure is a bit bigger than your size chart's 14. Will it still fit, or is there a corset-style back that can be let out?

Many thanks,
Fiona""",
         urgency="normal", emotion="neutral", terse=False),
    dict(lang="en", subject="Buying ex-hire costumes?",
         body="""Hi, do you ever sell off older costumes? Our amateur dramatics group is slowly building up a wardrobe and we'd happily buy a few period pieces. Nothing specific in mind, and no rush.

Best,
Maureen""",
         urgency="low", emotion="neutral", terse=False),
]

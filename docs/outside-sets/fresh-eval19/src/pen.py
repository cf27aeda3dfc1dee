# pen = fountain pen shop and repair workshop (万年筆の販売・修理)
DOMAIN = "pen"

SENTENCES = [
    ("ja", "ペン先の調整は1本あたり3,300円で、お預かりから10日前後でご返送いたします。", []),
    ("ja", "修理の費用は分解してみてから決まりますが、それなりにかかると思います。", ["vague"]),
    ("ja", "インク漏れの原因を調べるため、漏れたときのインクの色と、ペンをどのように持ち歩いていたかを教えていただけますか。", []),
    ("ja", "修理品は元箱に入れて送ってください。", ["imperative", "request_without_reason"]),
    ("ja", "部品の在庫があるかどうかはメーカーの返事待ちで、いつ分かるかは未定です。", ["unknown_without_followup"]),
    ("ja", "部品の在庫はメーカーに確認中で、11月28日（金）までに回答をもらうことになっていますので、届きしだいその日のうちにご連絡します。", []),
    ("ja", "他店で購入されたペンの修理はお断りしております。", ["dismissive"]),
    ("ja", "他店でご購入のペンは当店では修理を承っておりませんが、メーカーの修理窓口（0120-318-552）であれば受け付けているとのことです。", []),
    ("ja", "書き味の好みは人それぞれですから、こちらで何かできることはございません。", ["dismissive"]),
    ("ja", "ご注文の限定色インクは、入荷しだい順次発送いたします。", ["vague"]),
    ("ja", "お手元にレシートか保証書が残っていれば、写真を撮ってこのメールに添付していただけますか。", ["request_without_reason"]),
    ("ja", "保証期間内かどうかを確かめるため、ご購入時のレシートか保証書の写真を添付していただけますか。", []),
    ("en", "A nib regrind is £28 and takes two weeks from the day we receive the pen.", []),
    ("en", "Could you flush the pen with plain water before posting it? Dried ink in the feed can hide the fault we're looking for.", []),
    ("en", "Any enthusiast would know that iron gall ink needs regular cleaning.", ["condescending"]),
    ("en", "We'll see what we can do about the price.", ["vague"]),
    ("en", "Vintage parts are hard to find, so I can't say whether we'll ever get one.", ["unknown_without_followup"]),
    ("en", "Our warranty doesn't cover that, so there isn't much more to discuss.", ["dismissive"]),
    ('ja', 'ご指摘のとおり、先日のご案内で修理期間を誤ってお伝えしておりました。正しくは3週間です。', []),
    ('en', "Your pen is third in the queue, so we'll start on it on Monday and it should be back with you by the following Friday.", []),
]

DRAFTS = [
    dict(lang="ja", subject="修理品の軸に傷がついてしまったことのお詫び",
         text="""島田 浩之様

万年筆工房 筆休めの瀬戸です。
修理でお預かりした万年筆の軸に、当方の作業中に細い傷をつけてしまいました。誠に申し訳ございません。

ペン先を外す際、軸を固定する治具の内側の保護材がすり減っており、金属部分が軸に直接当たったことが原因です。

傷は長さ約5mmで、研磨で目立たなくできる深さでしたので、島田様にお電話でご了承をいただいたうえで、11月12日に研磨と仕上げを行いました。修理代金4,400円は頂戴せず、本日11月13日に発送しております。

大切なお品物をお預かりしながらご迷惑をおかけしましたことを、心よりお詫び申し上げます。

万年筆工房 筆休め　瀬戸 和彦
""", labels=["apology_incomplete"]),
    dict(lang="ja", subject="インクの色違いでのお届けについてのお詫び",
         text="""野村 千尋様

万年筆工房 筆休めの瀬戸です。
ご注文いただいた「冬の湖（青緑）」ではなく、「夜の湖（紺）」をお届けしてしまい、大変申し訳ございません。

2色のボトルは形が同じで、ラベルの色だけが違うため、箱詰めの際に取り違えてしまったのが原因です。

正しい「冬の湖」は本日発送し、明後日11月14日に届く予定です。誤ってお届けした「夜の湖」は、お手数をおかけしないよう返送不要とさせていただきますので、よろしければお使いください。

今後は、同じ形のボトルを棚の別の段に分けて置き、箱詰めの際にバーコードで品番を読み取って確認することにいたしました。

このたびはご迷惑をおかけし、申し訳ございませんでした。

万年筆工房 筆休め　瀬戸 和彦
""", labels=[]),
    dict(lang="ja", subject="修理品の送り方について",
         text="""藤田 様

万年筆工房 筆休めの瀬戸です。
ペン先の修理のご依頼、ありがとうございます。下記の手順でお送りください。

1. インクを抜いて、水でよく洗ってください。
2. キャップをしっかり閉めて、緩衝材で包んでください。
3. 修理依頼書に症状を書いて、ペンと一緒に箱に入れてください。
4. 宅配便の元払いで送ってください。伝票の控えは捨てないでください。

到着しましたら、当日中にメールでお知らせいたします。

万年筆工房 筆休め　瀬戸 和彦
""", labels=["imperative", "request_without_reason"]),
    dict(lang="en", subject="From the workshop",
         text="""Dear Mr Fairbairn,

Your Parker 51 arrived safely on Tuesday. It's a lovely example, and the Cordovan Brown barrel has kept its colour very well.

On the bench, we found the sac had perished and hardened, which is why it would no longer fill. We've fitted a new sac and cleaned the hood and collector, and it now fills and writes well. While testing it, we noticed the nib's left tine is slightly misaligned, probably from an old drop, and the tip has worn flat on one side.

We can either leave the nib as it is (it writes, but with some scratchiness on upstrokes) or replace it with a period-correct medium nib for £65. Could you let us know which you'd prefer by Friday? We're holding the pen on the bench until we hear back.

Best regards,
Anna Kowalski
Inkwell Pen Repairs
""", labels=["purpose_not_upfront"]),
    dict(lang="en", subject="Your repaired Pelikan is on its way",
         text="""Dear Ms Hughes,

Your Pelikan M400 left our workshop this morning by Royal Mail Special Delivery (tracking number AB 1234 5678 9GB) and should reach you before 1 pm tomorrow.

We replaced the piston seal and adjusted the nib; the total of £42 was charged to your card today. If the pen doesn't fill or write as it should within three months, we'll look at it again free of charge.

Best regards,
Anna Kowalski
Inkwell Pen Repairs
""", labels=[]),
]

MAILS = [
    dict(lang="ja", subject="名入れの名前が違います",
         body="""筆休め ご担当者様

退職される上司へのお祝いとして、名入れの万年筆を注文した坂口です。
本日届いたのですが、名入れが「佐藤 浩一」になっています。
注文したのは「佐藤 浩二」です。注文確認メールにも正しく「浩二」と書いてあります。

送別会は明後日、金曜日の18時です。
それまでに正しいものが手元に届くのか、今日中にお返事をいただけますか。
間に合わないのであれば、ほかの贈り物を探さなければなりません。

坂口 まゆみ""",
         urgency="high", emotion="angry", terse=False),
    dict(lang="ja", subject="他の方の注文情報が届きました",
         body="""お世話になっております。
先ほど「ご注文内容の確認」というメールが届いたのですが、
私の注文ではなく、まったく知らない方のお名前、ご住所、電話番号と、購入された商品が書かれていました。

ということは、私の住所や電話番号も、どなたか別の方に送られている可能性があるのでしょうか。
どういう状況なのか、教えていただけないでしょうか。
届いたメールは削除せずに保存してあります。

会員番号 10482　上田""",
         urgency="high", emotion="anxious", terse=False),
    dict(lang="ja", subject="修理に出した父の万年筆について（3回目のご連絡です）",
         body="""筆休め 瀬戸様

9月10日に、亡くなった父の形見の万年筆を修理に出した大川です。
到着のご連絡もなく、9月末と10月中旬にメールでお尋ねしましたが、お返事はいただけていません。
追跡番号では、9月11日に御社に配達済みになっています。

金額の問題ではなく、ほかに代わりのない品です。
せめて、今どこにあるのかだけでも教えていただけないでしょうか。
正直、もう半分あきらめかけています。

大川 正人""",
         urgency="high", emotion="angry", terse=False),
    dict(lang="ja", subject="ピストンが動かなくなりました",
         body="""こんにちは。
5年ほど使っている吸入式の万年筆のピストンが、固くて回らなくなりました。
無理に回すと壊れそうなので、そのままにしています。

修理をお願いする場合、おおよその費用と期間を教えていただけますか。
メーカーはペリカンで、M800です。

池田""",
         urgency="normal", emotion="neutral", terse=False),
    dict(lang="ja", subject="ペン先",
         body="ペン先が割れた…どうしよう",
         urgency="normal", emotion="anxious", terse=True),
    dict(lang="ja", subject="左利きでも使いやすいペン先は？",
         body="""初めて万年筆を買おうと思っています。
左利きなのですが、左利きでも引っかかりにくいペン先の太さや種類はありますか？
予算は2万円くらいです。

お店に行って試し書きをしたいのですが、予約は必要でしょうか。

岡""",
         urgency="normal", emotion="neutral", terse=False),
    dict(lang="ja", subject="落としてペン先が曲がってしまいました",
         body="""はじめまして。
祖母から成人のお祝いにもらった万年筆を、昨日机から落としてしまい、
ペン先が横に曲がってしまいました。祖母は去年亡くなっていて、
私にとってはとても大事なペンです。

こういう状態からでも直していただけるものなのでしょうか。
もし直らなかったらと思うと、なかなか眠れませんでした。
写真を添付しますので、見ていただけますか。

北川 真由""",
         urgency="normal", emotion="anxious", terse=False),
    dict(lang="ja", subject="インクの在庫について",
         body="""瀬戸様

先月購入したペン、毎日楽しく使っています！書き心地が本当に最高です。
せっかくなので、ペンに合わせてインクも揃えたくなりました。

ホームページで売り切れになっている「山桜」は、次にいつごろ入荷しますか？
入荷したら2本買いたいです。

野村""",
         urgency="normal", emotion="positive", terse=False),
    dict(lang="ja", subject="ペンクリニックの予定",
         body="""お世話になっております。
去年参加したペンクリニックがとても勉強になりました。
来年も開催の予定があれば、日程が決まりしだい教えていただけますか。
特に急いでいるわけではありませんので、分かったらで結構です。

藤田""",
         urgency="low", emotion="neutral", terse=False),
    dict(lang="ja", subject="コンバーターの品揃えについて（要望）",
         body="""いつも利用させていただいております。
ひとつ要望なのですが、コンバーターの種類をもう少し増やしていただけると嬉しいです。
海外メーカーのペン用のものが、いつも在庫切れか取り扱いなしになっていて、
結局ほかのお店で買うことになってしまいます。

お返事は不要です。ご検討いただければ幸いです。""",
         urgency="low", emotion="neutral", terse=False),
    dict(lang="en", subject="£640 charged, order cancelled, no refund",
         body="""Hi,

I ordered the limited-edition Sailor KOP on Saturday. My card was charged £640 straight away. On Monday the order status changed to "Cancelled", with no email, no explanation, and no refund showing on my account.

That's most of my month's spending money sitting with you, and rent goes out on Friday. I'd like to know today when the refund will be sent, and what happened to the order.

Order #IW-20917
Callum Reid""",
         urgency="high", emotion="angry", terse=False),
    dict(lang="en", subject="nib",
         body="its scratchy. fix?",
         urgency="normal", emotion="neutral", terse=True),
    dict(lang="en", subject="Repair parcel not tracking",
         body="""Hello,

I posted my grandfather's Conway Stewart to you for repair on the 3rd, tracked. The tracking hasn't updated since "item received at sorting office" ten days ago. I know it's probably just the post, but I'm getting a bit nervous. Has anything arrived from me (name below), and is there anything I can do at my end?

Thank you,
Eleanor Marsh""",
         urgency="normal", emotion="anxious", terse=False),
    dict(lang="en", subject="Converter for a TWSBI Eco?",
         body="""Hi, does the Eco take a standard international converter, or is it piston-only? I'd like to use cartridges when travelling.

Cheers,
Dev""",
         urgency="normal", emotion="neutral", terse=False),
    dict(lang="en", subject="Great stand at the pen show",
         body="""Hi Anna,

I chatted to you at the pen show last weekend. Thanks for letting me try the Italian nibs, it was the highlight of the day for me. Will you be coming back next year? No need to rush a reply, I'll keep an eye on your newsletter.

Best,
Tomasz""",
         urgency="low", emotion="positive", terse=False),
]

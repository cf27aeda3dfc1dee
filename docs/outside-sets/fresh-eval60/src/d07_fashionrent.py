# fashionrent = clothing-rental subscription: monthly boxes of styled outfits, returns, buy-outs
# (ja: クローゼットリンク / en: Rotawear)
DOMAIN = "fashionrent"

SENTENCES = [
    ("ja", "次回のボックスは、11月25日（火）に発送いたします。", []),
    ("ja", "シミの状態によっては、クリーニング代をご請求することもございます。", ["vague"]),
    ("ja", "着用後はすぐに返送してください。", ["imperative", "request_without_reason"]),
    ("ja", "サイズが合わなかったとのこと、申し訳ございません。Mサイズのワンピースを本日発送しましたので、お手元のSサイズは同封の返送袋でお戻しください。送料はかかりません。", []),
    ("ja", "丈の感じ方は人それぞれですので、サイズのご相談にはお答えしておりません。", ["dismissive"]),
    ("ja", "お荷物が倉庫に届いていない以上、今どこにあるのかは私どもにも調べようがございません。", ["unknown_without_followup"]),
    ("ja", "ご友人の結婚式でお召しになるドレスとのことですので、前日の12月12日（金）までに確実に届くよう、速達便に切り替えました。", []),
    ("ja", "気に入ったアイテムは買い取ることもでき、価格もお得になっております。", ["vague"]),
    ("ja", "解約は、マイページの「プラン」画面から24時間いつでもお手続きいただけます。", []),
    ("ja", "何度もお問い合わせいただいておりますが、規約に書いてあるとおりです。", ["condescending", "dismissive"]),
    ("ja", "アプリが開かない原因は調査中ですが、12月1日（月）までに状況をメールでご報告します。", []),
    ("ja", "普段よくお召しになるブランドと、そのサイズを教えていただけますか。同じ「M」でもブランドによって身幅が5cmほど違うため、次回のお洋服選びの参考にいたします。", []),
    ("en", "Repairs beyond normal wear are charged at cost, and a loose hem of about 3 cm costs £6 to fix.", []),
    ("en", "Return the items in the bag they came in.", ["imperative", "request_without_reason"]),
    ("en", "We've moved your return date to Monday 9 December at no charge, since the courier missed your collection.", []),
    ("en", "I'm not able to say where your parcel is.", ["unknown_without_followup"]),
    ("en", "Styling advice isn't part of the service.", ["dismissive"]),
    ("en", "As our FAQ clearly states, swaps are only possible once per cycle, so please read it before writing in.", ["condescending"]),
]

DRAFTS = [
    ("ja", "返却期限を12月9日まで延長しました",
     """石原様

クローゼットリンク カスタマーサポートの宮田です。
集荷の業者が伺えなかったため、今回のお洋服の返却期限を、12月9日（月）まで延長いたしました。
延長による料金は一切かかりません。

あらためて集荷をご希望の場合は、マイページの「返却」から日時を選んでいただくか、
このメールにご希望の日時をご返信いただければ、こちらで手配いたします。
コンビニからの発送もご利用いただけます。

クローゼットリンク カスタマーサポート
宮田 ゆい
""", []),
    ("ja", "お届けしたボックスについて",
     """佐野様

クローゼットリンク カスタマーサポートの宮田です。
11月20日にお届けしたボックスに、別のお客様宛てのお洋服が入っていたとのこと、
ご連絡いただきありがとうございました。

確認したところ、倉庫で2件のボックスを同時に梱包した際、
中身を入れ替えたまま伝票を貼ってしまったことが原因でした。
佐野様宛てのお洋服は本日発送し、明日11月23日に届く予定です。
お手元のボックスは、同封した着払い伝票で返送をお願いいたします。

今後は、梱包のあとに伝票と中身のタグをスキャンして照合する工程を追加いたします。

クローゼットリンク カスタマーサポート
宮田 ゆい
""", ["apology_incomplete"]),
    ("ja", "クローゼットリンク通信 12月号",
     """クローゼットリンクをご利用の皆さま

今年もあと1か月となりました。
12月は忘年会やパーティーが続く季節。今月のボックスでは、
きれいめのニットやサテンのスカートなど、華やかなアイテムを多めにご用意しています。
スタイリストおすすめの着回し術も、アプリの特集ページで公開中です。

また、ご登録のクレジットカードの有効期限が今月で切れる方は、
12月20日までにマイページでカード情報を更新していただかないと、1月のボックスが発送できません。

来年もクローゼットリンクをよろしくお願いいたします。
""", ["purpose_not_upfront"]),
    ("ja", "ワンピースのサイズ交換について",
     """高田様

クローゼットリンク カスタマーサポートの宮田です。
お届けしたワンピースの丈が長すぎたとのこと、ご不便をおかけしました。

同じワンピースのSサイズに空きがありましたので、本日発送いたしました。明日11月27日に届きます。
お手元のMサイズは、同封の返送袋に入れて、12月3日までにポストへ投函していただけますか。
返送袋は送料込みのため、料金はかかりません。

次回からのお洋服選びのため、マイページの「サイズメモ」に「丈はひざ上を好む」と登録しておきました。
違っていた場合は、いつでも書き換えていただいて構いません。

クローゼットリンク カスタマーサポート
宮田 ゆい
""", []),
    ("en", "Your lost return parcel - I'm sorry",
     """Dear Ms Okonkwo,

I'm very sorry: you returned your October box on time and with proof of postage, and we still charged you a £180 "unreturned items" fee and sent you two reminder emails. That must have been both stressful and frustrating.

Here is what went wrong: the courier delivered your parcel to our old returns address, which closed in September, and our system marked the box as missing without anyone checking the courier's record.

The £180 was refunded to your card this morning and should appear within five working days. I've also added a free month to your subscription, and the reminder emails have stopped.

We've now set up a redirect from the old address, and any "unreturned" fee will be checked against the courier's tracking by a person before it's charged.

Kind regards,
Imogen Walsh
Customer Care, Rotawear
""", []),
    ("en", "Re: Swapping the green dress",
     """Hi Laura,

Thanks for your email. As our FAQ explains, and as we told you when you asked last month, swaps are only possible once per cycle, and you've already used yours.

The green dress fits most customers without any problem, so it may be worth trying it with a different style of shoe.

Best,
Rotawear Support
""", ["condescending", "dismissive"]),
]

MAILS = [
    ("ja", "土曜日の結婚式のドレスがまだ届きません",
     """クローゼットリンク様

友人の結婚式用に、パーティードレスのスポットレンタルを申し込みました。
12月11日（水）着の予定でしたが、今日12日になってもまだ届いていません。
アプリの配送状況は「発送準備中」のままです。

式は14日（土）の11時からで、他に着ていける服がありません。
13日中に届かないなら、今から別のものを買いに行かないといけないのですが、
どうなっているのか教えていただけますか。
仕事中もスマホを見られるので、メールでお返事をお待ちしています。

中村 彩花
""", "high", "anxious", False),
    ("ja", "解約後の請求について（4回目です）",
     """クローゼットリンク　ご担当者様

8月末に解約の手続きをしたはずなのに、9月、10月、11月と月額料金（9,800円）が引き落とされています。
10月から今回までに3回問い合わせフォームから連絡していますが、
自動返信以外、何の連絡もありません。

合計29,400円です。
今月中に返金の手続きをしていただけない場合は、カード会社に連絡して支払いを止め、
消費生活センターにも相談します。

会員ID：CL-302281
吉川 奈緒子

----- 以下、前回いただいた自動返信です -----
> お問い合わせありがとうございます。
> 内容を確認のうえ、3営業日以内に担当よりご連絡いたします。
> ※本メールは送信専用です。
""", "high", "angry", False),
    ("ja", "見覚えのない注文と住所変更",
     """カスタマーサポート様

本日、見覚えのない「お届け先住所の変更」と「スポットレンタルのご注文」の完了メールが届きました。
変更後の住所は、まったく知らない大阪の住所です。
私は東京在住で、今日はアプリにログインもしていません。

何者かにアカウントに入られている可能性があると思います。
登録しているクレジットカードが使われる前に、アカウントを止めていただけないでしょうか。
パスワードは先ほど変更しました。

会員ID：CL-118540
西村
""", "high", "neutral", False),
    ("ja", "届いた服について",
     """今回届いたニットですが、前に借りた人の香水の匂いがかなり残っていて、袖には毛玉もたくさんありました。
クリーニング済みと書いてありましたが、本当にしているのでしょうか。
月に9,800円払っていて、これはないと思います。
とても着られないので、すぐに返送しますが、この分の料金はどうなりますか。
""", "normal", "angry", False),
    ("ja", "ワインをこぼしてしまいました",
     """お世話になっております。
昨日、お借りしている白いブラウスに赤ワインをこぼしてしまいました。
すぐに水で叩いたのですが、うっすらとシミが残っています。
これ以上触らないほうがいいのでしょうか。
弁償になる場合、どのくらいの金額になるのか心配で、
返送する前に教えていただけると安心です。
本当に申し訳ありません。

宮本 真由
""", "normal", "anxious", False),
    ("ja", "プラン変更について",
     """現在、月3着のスタンダードプランを利用しています。
来月から月5着のプランに変更したいのですが、途中で変更した場合、
料金は日割りになりますか。それとも翌月からの切り替えでしょうか。

よろしくお願いします。
""", "normal", "neutral", False),
    ("ja", "サイズ",
     """サイズ違うんですが
""", "normal", "neutral", True),
    ("ja", "スタイリストの宮田さんへ",
     """いつも素敵なお洋服を選んでいただき、ありがとうございます。
今月届いた紺のジャケット、職場で何人にも褒められました！
自分では絶対に選ばない形だったので、新しい発見でした。
このジャケット、買い取りをお願いしたいのですが、どうすればよいでしょうか。

大西 香
""", "normal", "positive", False),
    ("ja", "喪服のレンタルについて",
     """ちょっとした質問です。
クローゼットリンクで、喪服やフォーマルのレンタルを始める予定はありますか。
今すぐ必要というわけではなく、あったら便利だなと思ったので。
ご検討いただければうれしいです。
""", "low", "neutral", False),
    ("ja", "アプリについての要望",
     """アプリの「お気に入り」が100件までしか登録できないようなので、
もう少し増やしていただけるとありがたいです。
あと、並び替えに「最近追加した順」があると便利だと思います。
いつかの更新のときにでもご検討ください。
""", "low", "neutral", False),
    ("en", "£180 'unreturned items' charge - I returned them",
     """Hi,

I've been charged £180 for "unreturned items" from my October box. I returned that box on 28 October and I have the Post Office receipt with the tracking number, which shows it was delivered on the 30th. I've sent you the receipt twice already.

That £180 has left me short for my rent, which goes out on Monday. I need this refunded, not "looked into". Please confirm by tomorrow that it's been reversed.

Adaeze Okonkwo
""", "high", "angry", False),
    ("en", "Possible damage to hem",
     """Hello,

I think I may have caught the hem of the navy midi skirt on my heel last night - there's a small section, maybe 3 cm, where the stitching has come loose. I haven't tried to fix it myself in case I make it worse.

Will I be charged for this? I'm a bit worried because I don't know how much these skirts cost. I'm happy to pay something reasonable, I just want to know what to expect before I send it back.

Thanks,
Hannah
""", "normal", "anxious", False),
    ("en", "Pausing over the summer",
     """Hi Rotawear,

I'll be travelling from mid-June to the end of August. Can I pause my subscription for those months rather than cancelling? And if so, would I keep my current monthly price when I restart?

Thanks,
Lucy Tran
""", "normal", "neutral", False),
    ("en", "box?",
     """where's the box
""", "normal", "neutral", True),
    ("en", "Loving it - petite idea",
     """Hello!

Six months in and I still get excited when the box arrives. Your stylists have a real knack for what I actually wear.

One idea for the future: a petite section. I'm 5'1" and trousers are always a bit long. No need to reply; just putting it out there.

Meera
""", "low", "positive", False),
]

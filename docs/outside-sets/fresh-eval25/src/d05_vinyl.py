from common import s, d, m
DOMAIN = "vinyl"
MEANING = "second-hand vinyl record shop with mail order and buy-in (appraisal) service"

SENTS = [
    s("ja", "盤質の表記はゴールドマイン基準に準じており、VG+は軽いスレはあるものの再生には影響しない状態を指します。"),
    s("ja", "到着時に割れていたとのことですが、こちらでは問題なく梱包して出荷しております。", "C"),
    s("ja", "返品の際は、元の梱包材をそのまま使って送り返してください。", "IR"),
    s("ja", "再入荷の予定は未定です。", "U"),
    s("ja", "買取価格は、盤の状態次第で多少上下します。", "V"),
    s("ja", "針飛びの原因がプレーヤー側か盤側かは現時点では判断できないため、盤をお預かりして、明後日までに再生検査の結果をご連絡します。"),
    s("ja", "何度お問い合わせいただいても、在庫がないものはございません。", "CD"),
    s("ja", "送料は、お届け先の地域によって若干異なります。", "V"),
    s("ja", "査定をご希望の枚数が100枚を超える場合は、ご自宅への出張買取もご利用いただけます。"),
    s("ja", "はじめてレコードを買われる方のために、針圧の合わせ方と盤の拭き方をまとめた説明書を同封しております。"),
    s("ja", "海外盤の取り寄せなんて、うちのような小さな店に言われましても困ります。", "D"),
    s("ja", "ご注文の3点のうち1点が品切れとなったため、残りの2点を本日発送し、品切れ分の代金は返金いたしました。"),
    s("ja", "帯の有無を確認したいので、お手元のレコードの写真を送っていただけますか。"),
    s("ja", "入金が確認できない場合、ご注文はキャンセル扱いとなります。三日以内に振り込むように。", "CI"),
    s("en", "Records are shipped in rigid mailers with the vinyl taken out of the sleeve to prevent seam splits."),
    s("en", "Seam splits are normal for a record this old, so that's not something we'd look at.", "D"),
    s("en", "Send the record back.", "IR"),
    s("en", "Restocks happen sometime next month.", "V"),
    s("en", "I don't know when we'll get more copies in.", "U"),
    s("en", "Please put your order number inside the return parcel so we can match it to your refund."),
    s("en", "You clearly didn't read the grading notes before ordering.", "C"),
]

DRAFTS = [
    d("ja", "【お詫び】ご注文商品の誤配送について", """
藤井様

レコードショップ円盤堂の青木です。
このたびはご注文と異なるレコードをお届けしてしまい、誠に申し訳ございません。

確認いたしましたところ、出荷の際に同じ日に発送した別のお客様の荷物と宛名ラベルを貼り違えたことが原因でした。
ご注文の「はっぴいえんど／風街ろまん」は本日、速達で発送いたしました（追跡番号：1234-5678-9012）。誤ってお届けした商品は本来のお客様へお届けするため、同封の着払い伝票でご返送いただければ幸いです。

今後は、宛名ラベルを貼る際に注文番号と商品を二人で照らし合わせてから梱包する手順に改めました。

ご迷惑をおかけしましたことを重ねてお詫び申し上げます。
円盤堂　青木
"""),
    d("ja", "盤の傷についてのお詫び", """
長谷川様

円盤堂の青木です。
お届けしたレコードに、商品説明にない大きな傷があったとのこと、大変申し訳ございませんでした。
本日、ご購入代金4,800円をご指定の口座へ返金いたしました。盤はお手元で処分していただいて構いません。
今後は出荷前の検品で、盤面をライトに当てて全面を確認するようにいたします。

今後ともよろしくお願いいたします。
円盤堂　青木
""", "A"),
    d("ja", "いつもありがとうございます", """
吉村様

円盤堂の青木です。いつもご利用いただきありがとうございます。
おかげさまで当店も開店15周年を迎え、今月は店頭で記念のセールを行っております。
最近はシティポップの人気がますます高く、海外からのお問い合わせも増えてまいりました。
年末には恒例の中古盤放出市も予定しておりますので、ぜひお立ち寄りください。

さて、先日お送りいただいた52枚の査定が終わり、合計で61,400円となりました。内訳は添付のとおりです。
この金額でよろしければ、12月10日までにご返信いただけますか。ご承諾をいただいてから振込の手続きに入るためです。

円盤堂　青木
""", "N"),
    d("en", "Sorry about your cracked record", """
Hi Ben,

Thanks for sending the photos, and I'm sorry the Blue Train LP arrived cracked — that's a horrible thing to open.

The mailer was crushed in transit: the corner damage in your photo matches what we see when a parcel is dropped on its edge.

I've refunded the full $62 including shipping to your PayPal this morning.

Best,
Nora
Groove Cellar Records
""", "A"),
    d("en", "Your trade-in offer: $410 for 37 records", """
Hi Frank,

We've finished grading the 37 records you brought in on Saturday, and we can offer $410 in cash or $490 in store credit. The itemised list with grades is attached.

If you'd like to accept, just reply with "cash" or "credit" by 15 November; after that we'll hold the records for another week before returning them to you, as our back room is nearly full.

Thanks for thinking of us,
Nora
Groove Cellar Records
"""),
]

MAILS = [
    m("ja", "注文の件、３回目のご連絡です", """
円盤堂　ご担当者様

１１月２日に注文し、同日に代金３８，０００円を振り込みました（注文番号 EB-20931）。
３週間たっても発送のご連絡がなく、これまでに２回メールでお問い合わせしましたが、お返事もいただけていません。

せめて、いつ発送していただけるのか、
それとも在庫がないのかだけでも教えてください。
在庫がないのであれば返金をお願いします。

山下
""", "h", "an"),
    m("ja", "査定に出したレコードの荷物が行方不明です", """
円盤堂さま

亡くなった父が集めていたレコード約80枚を、先週宅配便で査定に送りました。
今日、運送会社から「配送中に荷物の所在が分からなくなった」と電話があり、頭が真っ白になっています。
父が大事にしていたものなので、お金の問題ではなく、なんとか見つけたいです。
運送会社の調査の申し出は明後日までだそうで、
御社からも着荷していないことの証明など、何か出していただく必要があるのでしょうか。
どうすればいいのか教えてください。

大西 みどり
""", "h", "ax"),
    m("ja", "身に覚えのない注文確認メールについて", """
円盤堂　御中

お世話になっております。会員の森です。
本日午前3時ごろ、私の会員アカウントで3件の注文があったという確認メールが届きました。いずれも私は注文しておらず、
配送先も見知らぬ住所になっています。
アカウントにはクレジットカードを登録しています。

パスワードは先ほど変更しました。
つきましては、
・この3件の注文のキャンセル（発送前に止めていただきたい）
・登録カード情報の削除
を本日中にお願いできますでしょうか。注文番号は下記のとおりです。
EB-21544 / EB-21545 / EB-21546

森 隆之
""", "h", "ne"),
    m("ja", "在庫確認", """
大滝詠一の「ロング・バケイション」のオリジナル盤（帯付き）は在庫ありますか？
盤質がＶＧ＋以上なら購入したいです。
""", "n", "ne"),
    m("ja", "届きました！", """
円盤堂さま
ご注文の品、本日無事に届きました。
ＶＧ表記でしたが、針を落としてみたら驚くほどノイズが少なくて感激しています。
丁寧な梱包もありがとうございました。
同じアーティストの７０年代の盤が入荷したら、教えていただくことはできますか？
""", "n", "po"),
    m("ja", "盤質表記と違います", """
先週購入したレコードですが、盤質VG+と書いてあったのに、A面の2曲目からずっとパチパチとノイズが入ります。
目で見ても分かる傷が何本もあります。
表記があてにならないなら、通販で買う意味がありません。
返品して返金してもらえますか。送料はそちら持ちでお願いします。
""", "n", "an"),
    m("ja", "レコード", """
前に電話で話したやつ、まだありますか？
""", "n", "ne", True),
    m("ja", "査定の箱に入れてしまった１枚", """
お世話になります。昨日、査定をお願いするレコードを段ボール１箱お送りした者です。
送ったあとで気づいたのですが、売るつもりのなかった１枚（母の形見のジャズのレコードです）を一緒に入れてしまったようです。
もう査定が済んで売れてしまったらと思うと、気が気ではありません。
その１枚だけ取り置いて返していただくことはできますか？ 名前は佐藤です。
""", "n", "ax"),
    m("ja", "リスニング会の要望", """
いつもお店に寄らせてもらっています。
もし可能なら、お店の良いスピーカーで名盤を聴く会のようなイベントがあったら参加したいです。
ただの思いつきなので、いつか機会があればで大丈夫です。
""", "l", "ne"),
    m("ja", "店員さんの私語について", """
先日お店に伺ったとき、レジの店員さん同士が大きな声で他のお客さんの噂話をしていて、聞いていて気分が悪かったです。
好きなお店なので残念です。返事は結構ですが、一応お伝えしておきます。
""", "l", "an"),
    m("en", "Orders I didn't place", """
Hi,

Someone placed three orders on my account overnight, all shipping to an address in Ohio. I live in Oregon and I didn't place them. My credit card is saved on the account.

I've changed my password but I'm scared there's more I don't know about. Please stop those orders before they go out with this morning's mail. Order numbers: GC-5521, GC-5522, GC-5523.

Thanks,
Paula Nguyen
""", "h", "ax"),
    m("en", "Blue Note order - 12 days, no movement", """
I paid $310 on the 2nd for the Blue Note first pressing (order GC-5390). The tracking hasn't moved in 12 days. This is my third message and the first two went unanswered.

PayPal's dispute window closes on the 20th. Either I get the record or a refund before then, or I open a claim.

- Victor
""", "h", "an"),
    m("en", "Grading question", """
Hello, quick question about your grading - when you list something as VG+, does that refer to the vinyl only, or the sleeve too? Looking at a few of your Bowie listings.
Thanks,
Carl
""", "n", "ne"),
    m("en", "The Coltrane arrived!", """
Hi Nora,

The Coltrane LP arrived today and it's even better than described - barely a whisper of surface noise. Thanks for the careful packing too.

Do you also buy collections? My uncle has around 200 jazz records he wants to sell next year.

Best,
Ahmed
""", "n", "po"),
    m("en", "Record Store Day", """
Hey - are you planning anything for Record Store Day next year? Just curious, no need for a detailed answer now.
""", "l", "ne"),
]

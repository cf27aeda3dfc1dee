# butcher = butcher shop with chilled mail-order gifts (精肉店・食肉ギフト通販: in-store and chilled/frozen delivery)
from _common import S, D, M

DOMAIN = "butcher"

SENTS = [
    S("ja", "冷凍品を常温で置いておかれたのであれば、傷んだのはお客様の保管のしかたの問題です。", "c"),
    S("ja", "お届け日の指定欄がわかりにくかったとのご指摘を受けて、来月から注文画面の表示を改めます。"),
    S("ja", "ギフト用の化粧箱は、別途いくらか料金がかかります。", "v"),
    S("ja", "お盆の時期は、配送が遅れ気味になります。", "v"),
    S("ja", "届いたらすぐに冷凍庫に入れてください。", "ir"),
    S("ja", "のし書きのお名前は、漢字で正確に入力してください。", "ir"),
    S("ja", "お届け先の方のお電話番号を教えていただけますか。", "r"),
    S("ja", "配送のどの段階で温度が上がったのかは、当店ではわかりません。", "u"),
    S("ja", "仕入れ先の牧場名については、お答えできません。", "u"),
    S("ja", "脂身が多いとのことですが、和牛とはそういうものです。", "d"),
    S("ja", "すき焼き用の肩ロース500gは税込み5,940円、クール便の送料は全国一律1,100円です。"),
    S("ja", "お届けしたお肉が解凍された状態だったとのこと、誠に申し訳ございません。明日の午前中に、新しい商品をクール便で再送いたします。"),
    S("ja", "運送会社に温度管理の調査を依頼するため、届いた箱の外側とラベルの写真を撮っていただけますか。"),

    S("en", "A gift box adds a small charge to your order.", "v"),
    S("en", "Put the meat in the freezer as soon as it arrives, since the ice packs only keep it cold for about 24 hours.", "i"),
    S("en", "We can't say where in transit it thawed.", "u"),
    S("en", "If you'd chosen the chilled option like our site recommends, this wouldn't have happened.", "c"),
    S("en", "Fat content varies with the animal; that's not something we compensate for.", "d"),
    S("en", "Your order of four ribeyes ships on Thursday by overnight chilled courier and arrives Friday before noon."),
]

DRAFTS = [
    D("ja", "お届けしたお肉の解凍についてのお詫び（ご注文番号 N-20731）", """
石田 千代子 様

肉のやまもと 通販担当の山本 里美です。
8月12日にお届けした黒毛和牛のすき焼きセットが、解凍された状態で届いたとのこと、せっかくのお盆のお食事に間に合わせることができず、誠に申し訳ございません。

運送会社に確認したところ、配送の途中で中継センターの冷凍庫が一時停止し、約6時間、お荷物が常温に近い状態で保管されていたことがわかりました。
新しいすき焼きセットを8月14日の午前中に冷凍便でお届けするよう、本日手配いたしました。最初にお届けした商品は、お手数ですが処分していただいて構いません。代金の追加は一切ございません。
今後は、お盆と年末の繁忙期に限り、保冷剤を倍量入れた専用の保冷箱でお送りし、中継センターを通らない直行便を使うよう、運送会社と取り決めました。

ご不便をおかけいたしましたことを、重ねてお詫び申し上げます。

肉のやまもと 通販担当 山本 里美
TEL 0748-xx-2911（9時〜18時、水曜定休）
"""),
    D("ja", "【ご確認のお願い】お中元ギフト 5件のお届け先について", """
株式会社ミツワ設計
総務部 岡田様

いつもご利用いただき、ありがとうございます。肉のやまもと 通販担当の山本です。
ご注文いただいたお中元ギフト5件のうち、2件のお届け先のご住所が番地までしか入っておらず、このままではお届けできない可能性があるため、建物名と部屋番号を7月4日（金）までにお知らせいただけますでしょうか。

・山崎 様 ……「大阪市北区天満2-8」
・上田 様 ……「神戸市中央区港島中町4-1」

7月4日までにご連絡をいただければ、ご指定の7月10日のお届けに間に合います。
残りの3件は、ご指定どおり7月10日にお届けします。

肉のやまもと 山本
"""),
    D("ja", "年末のご注文受付についてのお知らせ", """
いつも肉のやまもとをご利用いただいている皆さまへ

年末のお届けのご注文は、12月20日（土）正午で締め切ります。12月28日〜30日のお届けをご希望の方は、それまでにご注文ください。

年末は運送会社の冷凍便の受付に上限があり、ご注文の数だけ枠を確保するため、締切を設けております。
締切後のご注文は、1月5日以降のお届けとなります。

店頭では12月31日の17時まで営業しております。

肉のやまもと
"""),

    D("en", "Replacement brisket on its way", """
Dear Mr Ortiz,

I'm sorry your brisket arrived partly thawed on Saturday. That's not the standard we hold ourselves to, especially for a family gathering.

The courier's temperature log shows the van's refrigeration unit failed for about four hours on the Friday-night route, so your parcel, and eleven others on the same van, warmed up in transit.

A replacement 5 kg brisket left us this morning and will reach you tomorrow (Wednesday) before 1 pm. There's no charge, and you don't need to send anything back.

We've now added a temperature indicator to every box, and the courier has agreed to check the refrigeration unit on each van before it leaves the depot.

Warm regards,
Danny Whitlock
Whitlock Family Butchers
"""),
]

MAILS = [
    M("ja", "法事の料理用のお肉が届いていません", """
肉のやまもと 御中

明日の正午から、母の一周忌の法事を自宅で行います。
その料理用に、6月5日にローストビーフ用のもも肉2kgを注文し、「本日6/13午前着」でお願いしていました。
しかし、もう夕方ですが届いていません。

お昼に店へお電話したときは「確認して折り返します」とのことでしたが、まだ連絡がありません。
親戚15人分の料理の段取りがすべて止まっています。今日中に届くのか、届かないなら代わりにどうしていただけるのか、すぐにお返事をください。

山口 由美子
""", "high", "angry"),
    M("ja", "届いたひき肉のにおいについて", """
肉のやまもと 様

昨日届いたハンバーグ用の合いびき肉を、今日の夕飯に使おうとしたところ、少し酸っぱいようなにおいがしました。
ただ、小学生の子ども2人と夫はすでに食べ終わってしまっていて……。
そのあとでにおいに気づき、残りは食べていません。

今のところ誰も体調は崩していませんが、このまま様子を見ていて大丈夫なのか、わからなくて怖いです。
同じ日に製造されたものでほかに問題は出ていませんか。保管は冷蔵庫で、賞味期限内です。

北村
""", "high", "anxious"),
    M("ja", "ご贈答品の配送先の誤りについて", """
肉のやまもと 通販ご担当者様

お世話になっております。ミツワ設計の岡田です。
本日7月10日着でお願いしたお中元のうち、取引先の「山崎様」宛てのギフトの送り状を確認したところ、郵便番号が1桁違っていました（当社の入力ミスです）。

正しくは 〒530-0041 です。
配送会社の追跡では、本日の午後に配達予定となっています。
冷蔵品のため、戻ってくると品質が心配です。配送途中で住所を訂正していただくことは可能でしょうか。

ミツワ設計 総務部 岡田
""", "high", "neutral"),
    M("ja", "お中元の注文について", """
お世話になります。
お中元で、取引先10社に同じ牛肉ギフトを送りたいと考えています。
送り先を一覧表にしてお送りすれば、まとめて注文できますか？
また、10件以上で割引などがあれば教えてください。

ミツワ設計 総務部 岡田
""", "normal", "neutral"),
    M("ja", "注文", """
土曜にとりに行きます
""", "normal", "neutral", True),
    M("ja", "ステーキ肉の脂について", """
先日、店頭で「赤身のステーキ用」とおすすめいただいたサーロインを買いました。
焼いてみたところ、半分近くが脂身でした。
赤身が好きだとはっきりお伝えして選んでいただいたのに、これでは何のために相談したのかわかりません。

次に伺ったとき、どう対応していただけるのか教えてください。
""", "normal", "angry"),
    M("ja", "離乳食にお肉を使いたいのですが", """
1歳の娘の離乳食に、お店の鶏ささみを使いたいと思っています。
ほかの食材と違って、お肉は初めてで、子どもに食べさせても大丈夫な状態なのか、鮮度や加熱のしかたなどがとても不安です。

ささみは何日くらいで使い切ればよいでしょうか。
冷凍しても大丈夫でしょうか。

原田
""", "normal", "anxious"),
    M("ja", "配送日の変更について", """
お世話になっております。
6月20日着で注文した焼肉セット（注文番号 N-19822）ですが、予定が変わったので、6月22日着に変更していただけますか。

松本
""", "normal", "neutral"),
    M("ja", "メンチカツ、最高でした", """
先日、お店で揚げたてのメンチカツをいただきました。
今まで食べたメンチカツの中でいちばんおいしかったです。
通販でも冷凍のものを売っていただけたら、遠方の両親にも送りたいです。
""", "low", "positive"),
    M("ja", "秋の新商品について", """
いつもありがとうございます。
以前、秋頃に「熟成肉」の商品を出す予定だとお店で伺いました。
発売時期が決まったら、ご案内いただけると嬉しいです。特に急いではいません。

松本
""", "low", "neutral"),

    M("en", "Invoice for my last order", """
Hi,

I've just checked the invoice for my order last week (ref W-5530). You charged me for 2.4 kg of sirloin, but the label on the pack says 1.9 kg. I assume your scales are more generous with the price than with the meat.

Could you refund the difference to my card? And maybe someone could have a look at how the weights get onto the invoice.

Faisal Karim
""", "normal", "angry"),
    M("en", "Mince smelled off", """
Hi,

We opened your beef mince tonight and it smelled a bit sour, but my husband had already cooked and eaten some before we noticed. It's in date and has been in the fridge the whole time.

He feels fine right now, but I don't know whether I should be worried, or whether other packs from the same batch have had problems. The use-by date is the 14th, batch 2241.

Thank you,
Jess Owens
""", "high", "anxious"),
    M("en", "Christmas order", """
Hi,

When do Christmas orders open, and do you deliver to the Lake District? We'd like a turkey crown and a rib of beef.

Thanks,
Helen
""", "normal", "neutral"),
    M("en", "order", """
same as last time please
""", "normal", "neutral", True),
    M("en", "Best sausages ever", """
Just a quick note to say the Cumberland sausages were a hit at our barbecue. Three people asked where we got them. We'll be back!

Mark
""", "low", "positive"),
]

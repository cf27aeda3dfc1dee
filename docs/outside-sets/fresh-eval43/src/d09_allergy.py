# allergy = allergen-free food mail order (アレルギー対応食品の通販)
DOMAIN = "allergy"

SJ = [
    ("このクッキーは、卵・乳・小麦を一切使わない専用工場で製造しており、同じラインでほかの食材を扱うことはありません。", ""),
    ("ご注文から発送までは2営業日で、お届けは発送の翌日です。", ""),
    ("アレルギーをお持ちであれば、ご注文前に原材料表示を確認されるのはご本人の責任です。", "C"),
    ("届いた商品の写真を撮って、このメールに返信してください。", "IR"),
    ("混入の有無を調べるため、残っている商品は捨てずに冷凍庫で保管してください。", "I"),
    ("ご注文の際は、備考欄にアレルゲンをすべてご記入いただけますでしょうか。", "R"),
    ("製造委託先の工場でほかに何が作られているかについては、お答えできません。", "U"),
    ("体調への影響については、食品の販売店としてお答えする立場にございません。", "D"),
    ("ロット12-Bのくるみ混入の検査は外部機関に依頼済みで、結果が出る11月29日にお電話でご報告します。", ""),
    ("賞味期限は、ある程度余裕をもたせてお届けしております。", "V"),
    ("冷凍便のため、お届け日のご指定は発送の3日前までにいただいており、今回のご注文は12月6日以降のお届けとなります。", ""),
    ("ネットの噂を気にされるのはご自由ですが、当社の商品とは関係ございません。", "CD"),
    ("お子様の体調が第一ですので、症状が続くようでしたら商品のことはお気になさらず、まず医療機関を受診なさってください。", ""),
    ("成分表の数値が前回と違う理由は、よく分かりません。", "U"),
]

SE = [
    ("Every batch of our oat bars is tested for gluten and comes in under 5 ppm, well below the 20 ppm legal limit.", ""),
    ("Your refund will show up in a few days.", "V"),
    ("Anyone managing a serious allergy should know to read the label before eating.", "C"),
    ("Do not open the replacement package until we call you.", "IR"),
    ("Kindly email us the batch number on the bottom of the tin.", "R"),
    ("We aren't able to tell you what else is made at the co-packer's facility.", "U"),
    ("I'm so sorry your son reacted; if you keep the packaging we can match the batch code, and our quality team will test that batch today and call you with the result by 6 p.m. tomorrow.", ""),
]

DJ = [
    ("【お詫び】米粉パンの原材料表示の誤りについて",
     """小林 様

アレルギー対応食品のはるのひ食堂、お客様窓口の大塚です。
11月20日にお届けした「米粉の食パン」のラベルで、原材料欄から「大豆」の表示が抜けておりました。大豆アレルギーのお子様がいらっしゃるとうかがっていたにもかかわらず、ご心配をおかけし、誠に申し訳ございません。

原因は、11月から大豆由来の乳化剤を含む材料に切り替えた際、ラベルのデータを更新していなかったことです。

同じ製造日の商品をご購入いただいたお客様全員にご連絡し、代金を返金いたしました。小林様には、大豆を使わない以前の配合で作った食パンを本日発送しております（代金は不要です）。

今後は、材料を変更する際に、品質管理の担当者がラベル原稿と配合表を照合し、承認しなければ出荷できない仕組みに改めました。

はるのひ食堂 お客様窓口
大塚 陽子
""", ""),
    ("いつもありがとうございます",
     """お客様各位

いつも「はるのひ食堂」をご利用いただき、誠にありがとうございます。
寒さが日ごとに増してまいりましたが、いかがお過ごしでしょうか。
この冬は、卵・乳不使用のクリスマスケーキを2種類ご用意し、12月1日からご予約を承ります。
米粉のシュトーレンも、昨年ご好評をいただいたため数量を倍に増やしました。

なお、11月10日〜15日にお届けした「かぼちゃのマフィン」の一部に、表示にない乳成分が含まれている可能性があることが分かりました。
乳アレルギーの方は、該当の商品を召し上がらないようお願いいたします。返金の手続きは追ってご案内いたします。

はるのひ食堂
""", "NV"),
    ("ご注文内容のご確認",
     """山口 様

はるのひ食堂です。ご注文ありがとうございます。

ご注文商品：【商品名】 × 2
特定原材料：卵・乳・小麦 不使用
お届け予定日：12月3日（水）

冷凍便でのお届けとなりますので、到着後はすぐに冷凍庫で保管していただくと、賞味期限（製造日から60日）までおいしく召し上がれます。

はるのひ食堂
""", "P"),
]

DE = [
    ("About your order of sunflower butter",
     """Hi Ms. Young,

We're very sorry that the jar of sunflower butter you received was missing its safety seal.

We've sent a replacement jar by express post today (tracking AU 5581 0023), and refunded the original $14.90 to your card.

From now on, every jar will be checked for an intact seal at the packing bench before it is boxed.

Kind regards,
Jordan
Safe Pantry Co.
""", "A"),
    ("Ingredients in the seed crackers",
     """Hi Daniel,

Thanks for asking about the seed crackers before ordering for your daughter.

They contain sunflower, pumpkin and flax seeds, and no sesame. They're made on a line that is also used for our sesame bars, so the label carries a "may contain sesame" warning. We clean the line fully between products and test each cracker batch, and the last 12 batches all came back below the detection limit, but if her allergist has advised strict avoidance, I'd suggest the plain rice crackers instead, which are made in a room where no seeds are handled.

Best,
Jordan
Safe Pantry Co.
""", ""),
]

MJ = [
    ("ケーキを食べた息子に発疹が出ています",
     """はるのひ食堂　ご担当者様

先ほど、御社の「卵不使用 ショートケーキ」を３歳の息子が食べたところ、15分ほどで口の周りと首に発疹が出て、咳もし始めました。
いま救急外来に向かっています。
医師に原材料と製造ラインの情報を見せたいので、卵が混入する可能性があるのか、ロット番号ごとの原材料を教えてください。
ロット番号は「H1118」です。
電話（母）：080-6621-3304

松本 彩
""", "high", "anxious", False),
    ("ピーナッツ不使用の商品にピーナッツが入っていました",
     """はるのひ食堂御中

「ピーナッツ不使用」と書かれたグラノーラの袋の中から、ピーナッツのかけらが３つ出てきました。
写真を添付します。
家族にピーナッツで過去にアナフィラキシーを起こした者がいるため、信じて買っていたのに、これでは命に関わります。
同じロットは今も販売されているのでしょうか。
今日中に販売を止めて、どう対応するのか説明してください。
誠意ある回答がなければ、保健所に通報します。

中田
""", "high", "angry", False),
    ("誕生日ケーキの配送日について",
     """お世話になっております。
今週土曜日（11月23日）の娘の誕生日会用に、卵・乳不使用のホールケーキを注文しました。
先ほど届いた発送案内を見ると、お届け予定日が「11月25日（月）」になっていました。
注文時には23日の午前着を指定しています。
誕生日会には娘のアレルギーを知っている友達も来るので、ほかに代わりのケーキが用意できません。
土曜日の午前中に届けていただく方法はありますか。

注文番号 HN-70341
青山 千秋
""", "high", "neutral", False),
    ("ごま不使用でしょうか",
     """はじめまして。
「米粉のバターなしクッキー」について、ごまは使われていますか。
また、同じ工場でごまを扱っているかどうかも教えてください。

井口
""", "normal", "neutral", False),
    ("また溶けた状態で届きました",
     """冷凍のピザを注文しましたが、今回も箱が濡れていて、中身が完全に解けた状態で届きました。
９月にも同じことがあって、そのときは「配送業者に注意します」と言われましたが、何も変わっていないようです。
アレルギー対応の冷凍食品はほかで買えないので頼っているのに、毎回これでは困ります。
返品と再送をお願いします。

注文番号 HN-69982
""", "normal", "angry", False),
    ("これって",
     """これって大丈夫なやつですか
""", "normal", "neutral", True),
    ("息子が小麦アレルギーと診断されました",
     """はじめてご連絡します。
先週、1歳の息子が小麦アレルギーと診断されました。
何を食べさせていいのか分からず、スーパーに行っても表示を見るだけで疲れてしまいます。
こちらの商品なら安心して食べさせられるのでしょうか。
1歳でも食べられるものがあれば教えていただきたいです。
長文すみません。

野村 美咲
""", "normal", "anxious", False),
    ("初めてケーキを食べられました",
     """はるのひ食堂の皆さま

卵と乳のアレルギーがある娘（5歳）が、御社のケーキで初めて誕生日ケーキを食べることができました。
「ケーキっておいしいね」と言ってくれて、親として涙が出ました。本当にありがとうございます。

これからは毎月1回、同じケーキを定期でお願いしたいのですが、定期便のような仕組みはありますか。

佐野 由香
""", "normal", "positive", False),
    ("米粉パンのリクエスト",
     """いつも購入しています。
米粉の食パンに、レーズン入りのものもあるとよいと思いました。
商品化を検討される際の参考までにお伝えします。お返事は不要です。
""", "low", "neutral", False),
    ("来年のカタログ",
     """お世話になっております。
紙のカタログを毎年いただいていますが、来年版はいつごろ届きますか。
今すぐ必要なものはないので、発行されたら送っていただければ十分です。

増田
""", "low", "neutral", False),
]

ME = [
    ("Reaction to your nut-free granola - need batch info for the ER",
     """Hi,

My son (11, severe tree-nut allergy) ate your "nut-free" honey granola about 40 minutes ago and broke out in hives, then his lips swelled. I used his EpiPen and we're in the ambulance on the way to Mercy General now.

The batch code on the bag is NF-2210-B. The doctors want to know whether this batch could contain almonds or cashews and what else is made on that line. Please call me on 612-555-0178 or email back as soon as you can.

Karen Liu
""", "high", "anxious", False),
    ("Tomorrow's school order hasn't shipped",
     """Hello Jordan,

I manage the allergy-safe lunch programme at Westfield Primary. Our standing order (42 frozen lunches, delivered every Thursday) usually ships on Tuesday, but the portal still shows "processing" and it's now Wednesday afternoon.

Those children can't eat the regular canteen food, and we have no other supplier that meets their requirements. Is there any way to get the lunches to us by 11:30 tomorrow? If not, I need to tell the parents this evening so they can pack lunches.

Regards,
Pauline Edwards
Westfield Primary School
""", "high", "neutral", False),
    ("\"Dairy-free\" chocolate",
     """Your website lists the dark chocolate buttons as "dairy-free". The packet that arrived today says "may contain milk" in small print on the back.

So which is it? I bought six packets on the strength of your website. I'd like either a refund or an honest product page, preferably both.

Martin Hughes
""", "normal", "angry", False),
    ("Switching my monthly box",
     """Hi there,

Could I switch my monthly box from the gluten-free bundle to the egg-free one from January? Same delivery address and day as before.

Thanks,
Olivia Grant
--
Olivia Grant | 07 3555 0166
""", "normal", "neutral", False),
    ("Thank you!",
     """Hi Safe Pantry team,

My daughter has been able to take your muesli bars to school camp for the first time - the first time she's gone anywhere without me packing a separate bag of "safe" food. I know it's just a snack to most people, but it meant a lot to her.

Thank you.
Claire
""", "low", "positive", False),
]

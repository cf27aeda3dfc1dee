# plush = stuffed-toy repair workshop (ぬいぐるみ修理: customers post in worn or torn plush toys for mending, re-stuffing, new eyes)
from common import S, D, M
DOMAIN = "plush"

SENTENCES = [
    S("ja", "お預かりしたうさぎのぬいぐるみは、綿の入れ替えと耳の縫い直しで税込み8,800円、約3週間でお返しします。"),
    S("ja", "作業が終わるまで、しばらくお待ちいただくことになります。", "v"),
    S("ja", "発送前に、ぬいぐるみをビニール袋に入れてください。", "i r"),
    S("ja", "元の生地が手に入らないのは当然のことですので、ご理解ください。", "c"),
    S("ja", "目のパーツが元と同じになるかは、やってみないと分かりません。", "u"),
    S("ja", "目のパーツは同じものが廃番のため、近い色の候補を3点撮影し、明後日までにお送りしますのでお選びください。"),
    S("ja", "発送中の破損については、配送業者にお問い合わせください。", "d"),
    S("ja", "大切な思い出のお品と伺っておりますので、作業前に全体の写真を撮影し、お返しの際に同封いたします。"),
    S("ja", "修理の内容によっては、料金が上がることがあります。", "v"),
    S("ja", "お届け日のご希望がある場合は、申込書の備考欄にご記入いただけますか。"),
    S("ja", "そういったご要望には、お応えしておりません。", "d"),
    S("ja", "洗濯表示のタグの写真も、あわせてお送りいただけますでしょうか。", "r"),
    S("ja", "中の綿が変色している理由は、当方では何とも申し上げられません。", "u"),
    S("ja", "お手数ですが、ほかのご依頼品と取り違えないよう、お名前を書いたメモを1枚、袋に入れていただけますか。"),
    S("en", "Wrap the bear in a plastic bag before posting it, because parcels often sit in damp sorting yards.", "i"),
    S("en", "Repairs usually take a few weeks.", "v"),
    S("en", "We'll photograph the bear as soon as it arrives and send you the pictures the same day, so you know it reached us safely."),
    S("en", "Lost parcels are a matter for the courier.", "d"),
    S("en", "We can't say whether the squeaker can be saved.", "u"),
    S("en", "The fur on his paws is thinner than the rest, so we'd suggest a patch; would you prefer a close match or a contrasting colour?"),
    S("en", "Could you pop a note with your name inside the parcel? Several bears arrive each day, and it helps us match each one to the right order."),
]

DRAFTS = [
    D("ja", "修理完了と返送のご案内（くまのぬいぐるみ）", """
松田 香織 様

ぬいぐるみ病院「ほころび」の宮崎です。
お預かりしていたくまのぬいぐるみの修理が終わりましたので、ご報告と返送のご案内をいたします。

作業内容は、中綿の入れ替え、右腕の付け根の縫い直し、鼻の刺しゅうのやり直しです。
作業前と作業後の写真を添付しましたので、仕上がりをご確認ください。

明日11月6日に、ゆうパックでお送りします（お届けは11月7日の午前の予定です）。
料金は、お見積もりどおり税込み12,100円で、お支払いは同封の振込用紙で11月末までにお願いいたします。

ぬいぐるみ病院「ほころび」
宮崎 遥
"""),
    D("ja", "ご返送の遅れについてのお詫び", """
佐々木 陽子 様

ぬいぐるみ病院「ほころび」の宮崎です。

お預かりしていたうさぎのぬいぐるみのご返送が、お約束の10月28日に間に合わず、大変申し訳ございませんでした。
楽しみにお待ちいただいていたところ、ご心配をおかけしました。

本日10月30日に発送し、明日の午前中にお届けの予定です。追跡番号は 1234-5678-9012 です。
今後は、お約束の日の3日前に作業の進み具合を確認し、遅れそうな場合はその時点でご連絡いたします。

ぬいぐるみ病院「ほころび」
宮崎 遥
""", "a"),
    D("ja", "お見積もりのご連絡", """
原田 恵美 様

ぬいぐるみ病院「ほころび」の宮崎です。
お送りいただいた写真をもとに、お見積もりをお出ししました。

作業内容：中綿の入れ替え、両耳の補修、首のリボンの交換
お見積もり金額：〇〇円（税込み）
作業期間：お預かりから約4週間

ご了承いただけましたら、このメールにご返信ください。発送方法をご案内します。

ぬいぐるみ病院「ほころび」
宮崎 遥
""", "p"),
    D("en", "Sorry - Barnaby's eyes", """
Dear Mrs Fletcher,

I'm very sorry: Barnaby came back to you with amber eyes instead of the dark brown ones you chose. I know how much his face matters to your son.

When we photographed the two options for you, the labels on the photos were swapped, and I sewed on the eyes that matched the wrong label.

We have already sewn a pair of the brown eyes onto a backing so you can see them, and if you post Barnaby back in the prepaid bag enclosed, we'll swap them within two days of arrival and return him by tracked post at no cost.

From now on, the photos we send for choices are labelled on the image itself, and the chosen part is set aside in a bag with the customer's name before the work starts.

With apologies,
Ellie
Mend & Stitch Toy Hospital
"""),
    D("en", "Re: Missing ribbon", """
Dear Mr Hughes,

Thank you for getting in touch about the ribbon from Mopsy's neck.

We've looked around the workshop and it isn't here. We can't say what happened to it.

Mopsy's repair itself went well, and we hope she's settling back in at home.

Best wishes,
Mend & Stitch Toy Hospital
""", "u"),
]

MAILS = [
    M("ja", "high", "anxious", "送ったぬいぐるみが戻ってきてしまいそうです", """
ほころび 様

先週、亡くなった息子が大事にしていたぬいぐるみを修理に送った青木です。
追跡を見ると「あて所に尋ねあたらず 差出人へ返送中」となっていて、
どうやら送り先の住所の番地を一つ書き間違えていたようです。

こちらの住所も古い家のほうを書いてしまったかもしれず、
返送されても受け取れないまま保管期限（明日まで）が過ぎてしまうのではないかと、気が気ではありません。
代わりのきかないものなんです。

そちらから郵便局に連絡していただくことはできますか。
それとも私が何かすればいいのでしょうか。

青木 由紀子
"""),
    M("ja", "high", "angry", "入院に間に合わせたいとお伝えしていたはずです", """
ほころび ご担当者様

娘が明後日から手術のために入院します。
不安がる娘にどうしても持たせたいので、11月10日までに必ず届くようにとお願いし、特急料金もお支払いしました。

ところが、今日になっても発送のご連絡がありません。
11月5日と昨日、2回メールをしましたが、お返事もいただけていません。

明日の午前中に届かなければ意味がありません。
今日発送していただけるのか、今日中に教えてください。

村井 さとみ
"""),
    M("ja", "high", "neutral", "返却されたぬいぐるみの中に縫い針が残っていました", """
ぬいぐるみ病院ほころび 御中

ひまわり保育園の園長、小松です。
先月、園のぬいぐるみ10体の修理をお願いし、昨日返却していただきました。

本日、そのうちのいぬのぬいぐるみを子どもが抱いたところ、「ちくっとする」と言うので確認すると、
胴体の中から縫い針が1本見つかりました。幸いけがはありませんでした。

残りの9体は、子どもたちが使わないよう職員室に保管しています。
ほかの9体の中に針が残っていないか、明日までに確かめる方法を教えていただけますか。
必要であれば、本日中に全てお送りします。

ひまわり保育園 園長 小松 典子
"""),
    M("ja", "normal", "neutral", "修理のお見積もりをお願いします", """
はじめまして。
30年ほど前から持っているねこのぬいぐるみの、しっぽがちぎれかけていて、全体的に綿もへたっています。
写真を3枚添付しましたので、お見積もりをお願いできますでしょうか。
大きさは高さ25センチくらいです。

前川 純子
"""),
    M("ja", "normal", "angry", "修理後の顔について", """
修理から戻ってきたくまを見て、正直、言葉を失いました。

目の位置が元より上になっていて、まるで別のくまです。
「お顔の印象を変えないように」と申込書にも書きましたし、写真も送りましたよね。
一体あの写真は何のためにお送りしたのでしょうか。

このまま受け入れることはできません。どうしていただけるのか、ご回答をお待ちしています。

大橋
"""),
    M("ja", "normal", "anxious", "宅配で送るのが不安です", """
こんにちは。
祖母の形見のぬいぐるみの修理をお願いしたいと思っています。

ただ、宅配で送っている間に、なくなったり、つぶれたりしないかと思うと、なかなか送る決心がつきません。
どのように梱包すれば安全でしょうか。
また、万一のときの補償はあるのでしょうか。

直接持っていくことができれば一番いいのですが、遠方なので難しいです。

片山
"""),
    M("ja", "normal", "neutral", "これ", """
これ直せますか？
""", terse=True),
    M("ja", "normal", "neutral", "支払い方法について", """
お世話になります。修理をお願いしている菅原です。
お支払いは、振込のほかにクレジットカードやコンビニ払いも使えますか。
受付番号は P-2024-0871 です。

菅原
"""),
    M("ja", "low", "positive", "ぴょん吉が帰ってきました", """
ほころびの宮崎さま

ぴょん吉、昨日無事に帰ってきました！
ふわふわになって、耳もしゃんとして、娘は一晩中抱きしめて寝ていました。
作業前の写真と見比べて、家族みんなで感動しています。

またお世話になることがあると思います。本当にありがとうございました。

佐々木
"""),
    M("ja", "low", "neutral", "来年の修理について", """
こんにちは。
子どもが来年の春に小学校に上がるので、そのタイミングで、
ずっと使っているくまを一度きれいにしてあげたいと思っています。
今すぐではないのですが、何か月前くらいに申し込めばよいでしょうか。

木下
"""),
    M("en", "high", "anxious", "Can Rabbit be back before Thursday's surgery?", """
Hi,

My daughter Poppy (6) is having heart surgery on Thursday morning and will be in hospital for at least a week. Her rabbit is with you for a repair - order MS-4471 - and she keeps asking whether Rabbit will be there when she wakes up.

Would it be possible to get him back to us by Wednesday, even if the repair isn't finished? I'll happily pay for courier delivery. I'm sorry to ask, I just don't know what else to do.

Claire Bennett
"""),
    M("en", "normal", "angry", "Musty smell after the repair", """
Hello,

Monty came back from you yesterday smelling distinctly of damp cellar. He didn't smell like that when he left here.

I'm sure your workshop is lovely, but I'd rather not pay £60 to have my son's bear returned smelling worse than it went. What do you propose?

Gareth Hughes
"""),
    M("en", "normal", "neutral", "Quote for re-stuffing", """
Hi there,

I have a 40cm teddy (1980s, no brand label) that has gone very flat. Could you give me a rough pirce for re-stuffing and a general clean? Photos attached.

Thanks,
Nicola
"""),
    M("en", "normal", "neutral", "price", """
How much?
""", terse=True),
    M("en", "low", "positive", "Thank you from Dot and me", """
Dear Ellie,

Dot the elephant arrived home this morning looking better than she has in thirty years. My mother made her for me in 1991, so you can imagine what it meant to see her whole again. Thank you for the care you took, and for the lovely photos of her "in surgery".

With gratitude,
Harriet
"""),
]

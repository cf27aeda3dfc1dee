# massagechair = maker of massage chairs selling direct, with delivery, installation and repair visits
# (ja: リラクシア / en: Kinetica Chairs)
DOMAIN = "massagechair"

SENTENCES = [
    ("ja", "搬入には設置場所までの通路幅が70cm以上必要です。お手数ですが、事前に廊下と階段の幅を測っていただけますでしょうか。", []),
    ("ja", "制御基板が一時的に固まっている可能性があるため、一度電源を抜き、1分ほど置いてから差し込み直していただけますか。", []),
    ("ja", "修理の担当者は、部品がそろった段階でお伺いする予定です。", ["vague"]),
    ("ja", "強さの調整方法は説明書の12ページに載っておりますので、まずはそちらを読んでからご連絡いただけますか。", ["condescending"]),
    ("ja", "お客様の体格ですと、故障の原因はそちらにあるかと存じます。", ["condescending"]),
    ("ja", "異音がどこから出ているのか、私どもでもまだ見当がついておりません。", ["unknown_without_followup"]),
    ("ja", "部品の取り寄せに2週間、修理作業に半日かかりますので、またお使いいただけるのは早くて11月28日（金）になります。", []),
    ("ja", "お子様が座面の下に手を入れないよう、ご注意ください。可動部に指が挟まるおそれがあるためです。", []),
    ("ja", "分割払いの残りを一括でお支払いいただく場合、手数料の一部が戻ってきます。", ["vague"]),
    ("ja", "ご購入から1年を過ぎておりますので、当社では対応いたしかねます。", ["dismissive"]),
    ("ja", "設置後は半日ほど室温になじませてからお使いになると、合皮のひび割れを防げます。", []),
    ("ja", "保証書を写真に撮って、メールで送ってください。", ["imperative", "request_without_reason"]),
    ("ja", "下取りの金額は査定する者の判断になりますので、私からは何とも申し上げられません。", ["unknown_without_followup"]),
    ("ja", "もみ玉の動きが左右で違うとのこと、ご不安な思いをさせてしまいました。明日10時に技術担当の岡から、状態をうかがうお電話を差し上げます。", []),
    ("en", "Our technician can come on Tuesday 3 December between 9 am and noon; if that doesn't suit, could you suggest two other mornings that week? We'll fit one in.", []),
    ("en", "Don't use the chair again until we've looked at it; a motor that sticks like that can pinch.", ["imperative"]),
    ("en", "Frankly, most customers manage to set the chair up without any help.", ["condescending"]),
    ("en", "The replacement motor left our Leeds depot this morning and should reach you by Thursday; I'll email the tracking number as soon as the courier scans it.", []),
    ("en", "The massage programmes were designed by our engineers, and we won't be changing them.", ["dismissive"]),
    ("en", "We don't have any information on why the heater cut out.", ["unknown_without_followup"]),
    ("en", "Please keep the original box until installation is complete.", ["request_without_reason"]),
]

DRAFTS = [
    ("ja", "修理訪問の日程のご提案",
     """小野寺様

リラクシア修理受付の宮下です。
背もたれが途中で止まってしまう件で、修理にお伺いする日程をご提案させてください。

次の3つの枠でしたら、技術担当がご自宅に伺えます。
・12月3日（水）13時〜15時
・12月4日（木）10時〜12時
・12月6日（土）10時〜12時

作業は1時間ほどで、保証期間内のため費用はかかりません。
ご都合のよい枠を、このメールへのご返信でお知らせいただけますか。
いずれも難しい場合は、ご希望の曜日と時間帯をお書き添えいただければ、改めて調整いたします。

リラクシア 修理受付
宮下 彩
0120-000-000（9時〜18時、年中無休）
""", []),
    ("ja", "リラクシアより",
     """森本様

いつもリラクシアをご愛用いただき、誠にありがとうございます。
朝晩の冷え込みが厳しくなってまいりましたが、いかがお過ごしでしょうか。

この冬、リラクシアでは新しいヒーター付きモデル「ぬくもりプレミア」を発売いたしました。
全国のショールームで体験いただけますので、お近くにお越しの際はぜひお立ち寄りください。
また、12月末まで、カバーのお手入れキットを半額でご提供しております。

なお、12月14日のお届けにあたり、搬入経路に段差や曲がり角があるかどうかを、
12月7日までにお知らせいただく必要がございます。経路によっては吊り上げ作業の手配が必要になるためです。

今後ともリラクシアをよろしくお願い申し上げます。

リラクシア 配送センター
""", ["purpose_not_upfront"]),
    ("ja", "お約束の時間に伺えなかったことのお詫び",
     """北村様

リラクシア修理受付の宮下です。
昨日11月21日、10時〜12時のお約束で修理に伺う予定が、ご連絡もせずに伺えず、
半日お待たせしてしまいました。本当に申し訳ございません。

原因は、当日朝に担当者の変更があった際、訪問予定の引き継ぎから北村様の件が漏れていたことでした。

本日、技術担当の岡がご連絡し、明日11月23日の10時に伺うお約束をいただきました。
部品はすでに手配済みで、当日中に修理を終えられる見込みです。
お詫びとして、今回の出張費3,300円はいただきません。

今後は、担当者を変更する際に訪問予定を一件ずつ読み合わせ、
前日夕方にお客様へ確認のお電話を入れる手順を全件で行うことにいたしました。

リラクシア 修理受付
宮下 彩
""", []),
    ("en", "Your Kinetica delivery window",
     """Hi {customer_first_name},

Good news: your Kinetica Zen 5 has left our warehouse and will be delivered on Thursday 12 December between 8 am and 1 pm.

Our two-person crew will carry the chair to the room of your choice, unpack it, and take the packaging away. Please make sure there's a clear path at least 75 cm wide, because the chair arrives in one piece and can't be taken apart for narrow doorways.

If you need to change the date, a reply to this email by Monday 9 December is all it takes, and we'll rebook you at no charge.

Kinetica Chairs Deliveries
""", ["placeholder_left"]),
    ("en", "Scratched armrest on your chair - our apology and next steps",
     """Dear Mr Lindqvist,

I'm sorry that your new chair arrived with a deep scratch along the left armrest. You paid for a new chair and should have received one in perfect condition.

Looking at your photos and our dispatch records, the scratch happened in our warehouse: the chair was moved on a forklift without its corner guards after a late change to the loading plan.

We've ordered a new left armrest panel, which arrives at our depot on 4 December. Our technician will fit it at your home on 6 December, in about 30 minutes, and there's nothing for you to pay. We're also happy to arrange a whole replacement chair instead, if you'd prefer that.

We've since changed the warehouse procedure so that corner guards go on at packing, not at loading, and the loading team now checks for them before any chair leaves the building.

Once again, my apologies.

Grace Mwangi
Customer Care Lead, Kinetica Chairs
""", []),
]

MAILS = [
    ("ja", "子どもの腕がはさまりました",
     """リラクシア お客様窓口様

本日夕方、6歳の息子が、作動中のチェアのふくらはぎ部分に腕を入れてしまい、
エアーで締め付けられて抜けなくなりました。
停止ボタンを押しても数秒止まらず、泣き叫んでいました。
いまは抜けていて、腕が赤くなっていますが骨は大丈夫そうです。

念のため今夜は電源を抜いています。
このまま使い続けても安全なのか、同じことが起きないのか、
明日も子どもが家にいるので、今日中に教えていただきたいです。

型番 RX-700
杉本
""", "high", "anxious", False),
    ("ja", "三度目の連絡です",
     """リラクシア お客様窓口 御中

11月2日、11月9日にメールでご連絡している件です。
強もみモードにしたところ首の付け根の動きが止まらなくなり、首を痛めて整形外科に通っています。
二度ともお返事がありません。

治療費のことも含めて、どなたが担当なのかだけでも今週中に返答をください。
このまま無視されるようでしたら、消費生活センターに相談するつもりです。

> 11/9 送信
> 先日の件、まだご返答をいただいておりません。

上田 和之
""", "high", "angry", False),
    ("ja", "分割払いの引き落としについて",
     """お世話になっております。
マッサージチェアを24回払いで購入した者です。

今月、分割代金の19,800円が同じ日に2回引き落とされていました。
そのため口座の残高が足りなくなり、明後日27日の家賃の引き落としができない状態です。
1回分を27日の朝までに戻していただくことは可能でしょうか。
難しい場合は、その旨だけでも明日中にお知らせいただけると助かります。

会員番号 00581123
渡部 恵
""", "high", "neutral", False),
    ("ja", "修理の日に誰も来ませんでした",
     """昨日、10時から12時の間に修理に来ると言われて、仕事を休んで待っていました。
結局、誰も来ないし電話もありませんでした。
休んだ分の給料は戻ってきません。
次の日程を決めてほしいのですが、また同じことにならない保証はあるんでしょうか。
土曜の午前しか空いていません。

北村
""", "normal", "angry", False),
    ("ja", "ペースメーカーを入れている父の使用について",
     """はじめまして。
実家の父（78歳）がペースメーカーを入れているのですが、
先月、弟が御社のチェアを実家にプレゼントしてしまいました。
父はまだ使っていませんが、使いたがっています。
説明書に「医師に相談」とあるのは見ましたが、具体的にどのような影響があるのか、
機械の中に磁石のようなものがあるのかなど、教えていただけますか。
次の診察は来月なので、それまで使わせてよいのか心配しています。

中川 由紀
""", "normal", "anxious", False),
    ("ja", "下取りについて",
     """リラクシア様

現在使用している他社のマッサージチェア（2017年購入）を、
御社の「ぬくもりプレミア」に買い替えたいと考えています。
下取りや引き取りのサービスはありますか。ある場合、費用や手順を教えてください。
家は2階で、エレベーターはありません。

よろしくお願いします。
浅野
""", "normal", "neutral", False),
    ("ja", "動かない",
     """動かない
""", "normal", "neutral", True),
    ("ja", "ありがとうございました＆カバーの追加",
     """先週、修理に来ていただいた岡さん、ありがとうございました。
とても丁寧に説明していただいて、母も喜んでいました。
チェアも新品のように静かになりました。

ついでにお聞きしたいのですが、座面のカバーを替え用にもう１枚ほしいです。
ベージュで、型番はRX-500です。注文はこのメールに返信すればよいですか？

坂口 美穂
""", "normal", "positive", False),
    ("ja", "引っ越し時の移設について（来春の予定です）",
     """お世話になります。
来年の4月頃に引っ越しを予定しています。まだ先の話で、急いではいません。

その際、マッサージチェアの移設（取り外し・運搬・設置）をお願いすることはできますか。
だいたいの費用を知っておきたいので、わかる範囲で教えてください。
旧居・新居とも市内です。

石井
""", "low", "neutral", False),
    ("ja", "ショールームについて",
     """年明けにでも、家族でショールームを見に行きたいと思っています。
名古屋のショールームは予約が必要でしょうか。
日程はまだ決めていないので、時間のあるときにご返信ください。
""", "low", "neutral", False),
    ("en", "Mum stuck in the chair",
     """Hello,

My mother is 84 and lives alone. Last night the Zen 3 she uses went fully reclined and then stopped responding, and she couldn't get herself up. She was there for about two hours until a neighbour heard her calling. She's not hurt, just very shaken.

The chair is still stuck flat and she's terrified of it now, but it's also where she usually sits with her bad hip. I'm driving up to her tomorrow morning. Can someone tell me today how to get the chair upright manually, and whether it's safe to leave it plugged in?

Claire Dempsey
Order KC-20817
""", "high", "anxious", False),
    ("en", "FOURTH email - broken chair",
     """This is the fourth time I've written since 14 November. The backrest motor failed three weeks after delivery and I have been sitting on a £2,300 piece of furniture that does nothing.

Your auto-reply says "within 48 hours". It has been nineteen days.

If I don't hear from a real person by Friday I'm filing a chargeback with my card company and leaving reviews everywhere I can.

J. Adeyemi
""", "high", "angry", False),
    ("en", "Delivery up a spiral staircase?",
     """Hi,

We're interested in the Kinetica Air but our flat is up a narrow spiral staircase (about 70 cm at its tightest). Before we order, could you tell us whether the chair comes in separate pieces or whether your crew has a way of getting it up? We're happy to send photos.

Thanks,
Sunita and Mark
""", "normal", "neutral", False),
    ("en", "noise",
     """Making the noise again
""", "normal", "neutral", True),
    ("en", "Love the chair + fabric question",
     """Hi Kinetica team,

We've had our Zen 5 for a year now and it's been worth every penny; my husband's back has never been better.

Not urgent at all, but do you sell replacement covers in other colours? We're redecorating next spring and the grey won't really go with the new room.

Best,
Aisha
""", "low", "positive", False),
]

from common import *

DOMAIN = "handyman"
MEANING = "便利屋・暮らしの困りごと代行 / handyman and odd-job services"

SENTENCES = [
    S("ja", "作業当日は、駐車スペースを1台分空けておいてください。", I, R),
    S("ja", "見積もりは無料ですが、出張費として別途少しいただく場合があります。", V),
    S("ja", "ご依頼の内容をきちんと書いていただかないと、こちらも対応のしようがありません。", C),
    S("ja", "家具の組み立ては1点あたり税込4,400円、作業時間は1時間前後です。"),
    S("ja", "エアコン室外機の移設は専門業者の仕事なので、うちでは関係ありません。", X),
    S("ja", "前回の作業で壁についた傷が当社によるものかどうかは、判断できかねます。", U),
    S("ja", "お伺いする前に、組み立てる家具の型番をお知らせいただけますか。部品の不足がないか、事前にメーカーへ確認するためです。"),
    S("ja", "草刈りで出た草の処分費は、量によって変わります。", V),
    S("ja", "棚板が外れた原因は、壁の中の下地に届いていなかったビスの長さにありました。当社の施工ミスですので、無償でやり直します。"),
    S("ja", "鍵をお預かりする場合は、紛失時の補償の対象にするため、預かり証に署名してください。", I),
    S("ja", "不用品の回収日は、3日（火）か5日（木）の午後からお選びいただけます。"),
    S("ja", "2階の雨どいの清掃は高所作業の安全基準を満たせないためお受けできませんが、対応できる専門業者を2社ご紹介できます。"),
    S("ja", "作業後のお支払い金額は、お見積もりの16,500円から変わりません。"),

    S("en", "Clear the area around the boiler before we arrive so the engineer can get the cover off.", I),
    S("en", "We'll try to get someone out to you sometime next week.", V),
    S("en", "Honestly, hanging a shelf is not something most people need help with.", C),
    S("en", "Our callout fee is £35, which covers the first 30 minutes on site."),
    S("en", "I've checked with Dan, who did the job: the tap washer was already perished, and he'll come back on Friday at 10 to replace it at no charge."),
    S("en", "Could you send a photo of the fence panel? It helps us bring the right size fixings so we don't need a second trip."),
    S("en", "Damage to the skirting is just normal wear and tear, so there's nothing for us to look at.", X),
]

DRAFTS = [
    D("ja", "網戸張り替えのお見積もり（3枚）", """
森本様

まごころ便利サービスの田村です。
お問い合わせいただいた網戸の張り替えについて、お見積もりをお送りします。

・網戸張り替え（掃き出し窓用）2枚：各3,300円
・網戸張り替え（腰窓用）1枚：2,750円
・出張費：無料（市内のため）
合計：9,350円（税込）

作業は1枚20分ほどで、ご在宅のまま進められます。
来週の月・水・金の午前からご都合のよい日をお選びいただけましたら、担当を手配いたします。

まごころ便利サービス　田村
"""),
    D("ja", "まごころ便利サービスです", """
今井様

いつもお世話になっております。まごころ便利サービスの田村です。
だいぶ寒くなってまいりましたが、お変わりなくお過ごしでしょうか。
この時期は、落ち葉で雨どいが詰まるご相談や、窓の結露対策のご相談が増えております。
当社でも、年末に向けて大掃除のお手伝いプランをご用意しました。窓まわり・換気扇・ベランダの3か所セットで、通常よりお得な料金となっております。
また、11月からはスタッフが2名増え、土日のご依頼にも対応しやすくなりました。

ところで、先日ご依頼いただいた物置の解体ですが、解体後の廃材を当社で処分するか、今井様のほうで自治体の粗大ごみに出されるかで、お見積もりの金額が変わります。
どちらになさるか、今週金曜までにお知らせいただけますでしょうか。

まごころ便利サービス　田村
""", PU),
    D("ja", "12月5日（木）10時　家具組み立ての日程確定のご連絡", """
小野様

まごころ便利サービスの田村です。
ご依頼の家具組み立ての日程が、12月5日（木）10時からに決まりましたのでお知らせします。

担当は佐野と私の2名で伺います。本棚2台とデスク1台で、作業はおよそ2時間半の予定です。
段ボールなどの梱包材はそのまま持ち帰りますので、まとめておいていただく必要はありません。

当日の朝、出発時に一度お電話を差し上げます。

まごころ便利サービス　田村
"""),

    D("en", "Quote for garden clearance at 18 Fern Road - £240", """
Hi Mr Okafor,

Thanks for showing me round on Tuesday. Here's the quote for clearing the back garden:

- Cutting back the overgrown hedge along the left fence (about 9 metres)
- Removing the old shed base and the pile of broken paving
- Taking everything to the licensed tip (we keep the receipt for you)

Total: £240, including disposal. It's a one-day job for two of us.

If you're happy to go ahead, we have Thursday 12th or Monday 16th free at the moment.

Cheers,
Gary
Fixit Friends
"""),
    D("en", "Sorry about the scratched floor", """
Dear Ms Hartley,

I'm very sorry about the scratch on your hallway floor after Thursday's visit. Our fitter, Lee, slid the new radiator across the boards instead of lifting it, which he shouldn't have done.

We've arranged for a floor repair specialist to come on Tuesday 9th between 9 and 11 am to fill and refinish the scratch, at our cost. You won't be charged for Thursday's callout either.

Again, apologies for the trouble.

Gary
Fixit Friends
""", AP),
]

MAILS = [
    M("ja", "台所の床下から水が", """
夜分にすみません。
台所のシンク下の配管から水が噴き出していて、床が水浸しになっています。
元栓の場所が分からず、タオルで押さえているだけの状態です。
賃貸の管理会社は営業時間外で、電話がつながりません。
今から来ていただける方はいらっしゃいますか。住所は緑町4-8-2　コーポ緑201です。

080-3311-9087　中島
""", "high", "anxious"),
    M("ja", "二重請求されています", """
先週水曜に換気扇の掃除をお願いした者です。
カードの明細を見たら、16,500円が2回引かれていました。
昨日の昼に電話して、担当の方から折り返すと言われましたが、今になっても連絡がありません。
いつ返金されるのか、今日中に回答をください。
吉岡
""", "high", "angry"),
    M("ja", "洗濯機の取り外しをお願いしたい（金曜中）", """
はじめてご連絡します。
明後日の土曜9時に引っ越し業者が来るのですが、ドラム式洗濯機の給水・排水ホースの取り外しは
自分でやるように言われました。
やってみたところ、給水栓が固くて回りません。
金曜の夕方までに来ていただくことは可能でしょうか。費用も教えてください。

西区　川口
""", "high", "neutral"),
    M("ja", "網戸の張り替えの見積もり", """
網戸の張り替えをお願いしたいです。
大きい窓が2枚、小さい窓が1枚です。猫がいるので、破れにくい網があればそれでお願いしたいです。
見積もりをいただけますか。よろしくおねがいしまs

山本
""", "normal", "neutral"),
    M("ja", "草刈りの件", """
先週土曜に草刈りをしてもらいましたが、家の裏側とブロック塀の際が全然刈れていませんでした。
料金は全額払っています。
「全部やっておきます」と言っていたのは何だったんでしょうか。
残りをやってもらえるのか、返事をください。
""", "normal", "angry"),
    M("ja", "鍵をお預けすることについて", """
実家の母（78歳）の家の電球交換と、換気扇フィルターの交換をお願いしたいと考えています。
母は日中デイサービスに行っていて不在のため、鍵をお預けすることになると思うのですが、
正直、他人に鍵を渡すのは少し不安です。
鍵の管理はどのようにされていますか。万一のときの補償などもあれば教えてください。
""", "normal", "anxious"),
    M("ja", "お願い", "来てもらえますか。", "normal", "neutral", True),
    M("ja", "本棚の組み立て、ありがとうございました", """
先日は大きな本棚の組み立てをありがとうございました。壁にもしっかり固定していただき、とても助かりました。
実は同じ本棚をもう１台買ったので、またお願いしたいです。
来週か再来週の土曜日は空いていますか？

藤井
""", "normal", "positive"),
    M("ja", "年末の大掃除の予約", """
まだ先の話ですが、年末の大掃除（換気扇とお風呂）をお願いしたいと思っています。
予約はいつ頃から受け付けていますか。分かったらで構いません。
""", "low", "neutral"),
    M("ja", "庭木の剪定", """
特に困っているわけではないのですが、庭の柿の木の剪定もお願いできるのでしょうか。
お願いできるなら、時期はいつでも大丈夫です。冬の間のどこかで。

柴田
""", "low", "neutral"),

    M("en", "Stair gate - fourth email", """
This is the fourth time I've written about this.

Your man fitted a stair gate at the top of our stairs on the 2nd. Yesterday it came away from the wall while my 18-month-old was leaning on it. Luckily my husband was right there.

The gate is now lying in the hallway and we have no way of blocking the stairs. I emailed on the 5th, 7th and 9th and have had nothing back.

I want someone here to fix it properly, and I want to know why it was screwed into plasterboard with no wall plugs.

Rachel Dunne
""", "high", "angry"),
    M("en", "Stockroom shelving sagging - flour delivery tomorrow 7am", """
Hi,

You put up the steel shelving in our café stockroom last month (invoice 2291). The top two shelves on the left bay have started bowing in the middle and one bracket has pulled partly out of the wall.

We've got 40 kg of flour and sugar arriving tomorrow at 7 am and nowhere else to store it. Could someone come and look at it today or first thing tomorrow?

Thanks,
Marco
Crumbs & Co, 3 Station Parade
""", "high", "neutral"),
    M("en", "Thursday wardrobe booking", """
Hello, I booked you for this Thursday at 2pm to put together a wardrobe. I've just found out I might not be home until 5 - work has changed my shift. I'm worried I'll lose the £20 deposit if I move it. Is there anything later in the day, or can I rebook without losing it? Sorry for the hassle.
Beth
""", "normal", "anxious"),
    M("en", "Fence painting quote", """
Could you quote for painting a garden fence? It's 12 panels, about 6ft high, one side only. We'd supply the paint (Cuprinol, sage green). Any time in the next month or so is fine.
- Hugh Bennett
42 Linden Avenue
""", "normal", "neutral"),
    M("en", "Squeaky floorboard", """
No rush at all on this. We've got a squeaky board on the landing that's been annoying us for years. Next time you're in the area, sometime in spring maybe, could you have a look? Price first please.
Thanks, Ann
""", "low", "neutral"),
]

from common import *

DOMAIN = "themepark"
MEANING = "遊園地 / amusement park"

SENTENCES = [
    S("ja", "年間パスポートの更新は、有効期限の1か月前から公式サイトで手続きできます。"),
    S("ja", "お忘れ物の保管期間は、お問い合わせから数日程度です。", V),
    S("ja", "身長制限は入口の看板に書いてありますので、それを見ればお分かりいただけたはずです。", C),
    S("ja", "アトラクションの運休の理由は、お答えできません。", U),
    S("ja", "入場ゲートの読み取りに時間がかからないよう、QRコードはあらかじめ画面に表示した状態でお越しください。"),
    S("ja", "ベビーカーの貸し出しは1日500円で、正面ゲート横のインフォメーションで受け付けています。"),
    S("ja", "雨天時の払い戻しは行っておりません。天気は当園のせいではありませんので。", X, C),
    S("ja", "再入場の際は、手の甲にスタンプを押してもらいなさい。", I, R),
    S("ja", "落とされたスマートフォンが見つかったかどうかは、こちらでは確認できません。", U),
    S("ja", "団体割引は、人数によっては多少お安くなります。", V),
    S("ja", "お子様が怖がられたとのこと、申し訳ございません。ジェットコースターの入口に揺れの強さの目安を掲示するよう、本日から準備を始めました。"),
    S("ja", "夜のイルミネーションは17時30分点灯、21時消灯です。"),
    S("ja", "購入履歴の画面を印刷してお持ちいただけますでしょうか。", R),

    S("en", "Our fast passes for Saturdays in August sold out 5 to 6 days ahead last year, so booking a week out is safest."),
    S("en", "Bring the printed ticket.", I, R),
    S("en", "Height limits for each ride are listed on the park map and at the ride entrance; the Comet needs 120 cm."),
    S("en", "Lost property is held for a limited period.", V),
    S("en", "We can't confirm whether a phone was handed in.", U),
    S("en", "I'm sorry the 90-minute wait spoiled your afternoon; the ride was running one train short after a sensor fault, and I've sent two fast-track vouchers to your email."),
    S("en", "Annual pass holders get 15% off food at all park restaurants except the Pier Grill."),
]

DRAFTS = [
    D("ja", "年間パスポート更新のご案内（有効期限：2月28日）", """
坂本様

みどりが丘ランド 年間パスポート事務局です。
坂本様の年間パスポートの有効期限は、2月28日（金）です。

更新をご希望の場合は、1月28日（火）から有効期限当日まで、公式サイトのマイページで手続きできます。
期限内に更新された場合は、通常9,800円のところ8,800円となります。
期限を過ぎた後は新規購入の扱いとなり、割引は適用されません。

みどりが丘ランド　年間パスポート事務局
"""),
    D("ja", "観覧車の運転停止についてのお詫び", """
渡辺様

みどりが丘ランド お客様相談室の上田です。
8月10日（日）15時ごろ、大観覧車が約30分間停止し、渡辺様ご家族をゴンドラ内でお待たせすることになりました。暑い中、大変な思いをおかけし、誠に申し訳ございませんでした。

当日ご利用いただいた入園券4名分の代金は、ご登録のクレジットカードに返金の手続きをいたしました。
今後は、停止時にゴンドラ内へ状況をお知らせする放送を5分おきに行うとともに、同様の停止が起きないよう設備の点検を強化してまいります。

みどりが丘ランド　お客様相談室　上田
""", AP),
    D("ja", "みどりが丘ランドより", """
市立北小学校　6年学年主任　大西先生

いつもお世話になっております。みどりが丘ランド団体営業課の三浦です。
この秋、園内に新しいアトラクション「スカイトレイン」がオープンしました。高さ15mを周回するコースで、小学生のお子様にも人気です。
また、11月からは夜間のイルミネーションも始まります。期間中は団体様向けに、17時以降の入園割引もご用意しています。
雨天時には、屋内施設「みどりドーム」もご利用いただけます。

さて、10月24日の遠足のご予約につきまして、当日の入園手続きに使う参加者名簿（児童・引率者の人数と、食物アレルギーのあるお子様の人数）を、10月17日までにご提出いただく必要があります。
様式は添付のとおりです。

みどりが丘ランド　団体営業課　三浦
""", PU),
    D("ja", "お忘れ物（ピンクの水筒）をお預かりしています", """
石井様

みどりが丘ランド インフォメーションセンターです。
お問い合わせいただいた水筒について、11月3日にメリーゴーラウンド付近で届けられたピンクの水筒（うさぎの絵柄、名前シール「いしい」付き）をお預かりしております。

お受け取り方法は、次のどちらかです。
○ 正面ゲート横のインフォメーションセンターでお受け取り（11月17日まで保管、入園券は不要です）
○ 着払いでのご郵送（ご住所をこのメールにご返信いただければ、翌日発送します）

みどりが丘ランド　インフォメーションセンター
"""),

    D("en", "We've found your daughter's teddy", """
Hi Mrs Clarke,

Good news: a small brown teddy with a red scarf was handed in at the Pirate Cove café on Sunday afternoon, and it matches your description.

We'll hold it at Guest Services by the main entrance until 30 September. You can collect it any day between 10 am and 6 pm without buying a ticket; the desk will only need your name. If you'd prefer, we can post it to you for £3.50 - if you send us your address, we'll reply with a payment link.

Best wishes,
Guest Services
Harbour Lights Pleasure Park
"""),
    D("en", "Apology for the Tidal Drop closure on Saturday", """
Dear Mr Evans,

I'm sorry that Tidal Drop closed for most of Saturday afternoon, when your son had been looking forward to it all week.

We've refunded the £18 you paid for the Fast Track wristband to your card; it should appear within 5 working days. We've also emailed you two free tickets for any date before 31 October.

We're reviewing our maintenance schedule so that this kind of closure doesn't happen on peak days.

Kind regards,
Sarah Lomas
Guest Experience Manager
""", AP),
]

MAILS = [
    M("ja", "ロッカーに母のインスリンを置いたままです", """
本日夕方まで遊びに行っていた者です。
正面ゲート付近のコインロッカー（番号は確か2の38）に、母のインスリンの入ったポーチを入れたまま、閉園後に気づきました。
明日の朝の分がそれしかありません。
今夜中か、明朝早くに取り出させていただくことはできないでしょうか。
電話は閉園後でつながりませんでした。

吉村
080-2244-6190
""", "high", "anxious"),
    M("ja", "土曜日のレストラン貸切予約について（3回目の連絡）", """
妻の誕生日のサプライズで、今週土曜18時から、園内レストラン「リーフ」の個室貸切を予約しています。
予約フォームから申し込んで以降、確認の連絡が一度も来ません。
メールはこれで3回目、電話も2回しましたが「担当から折り返す」と言われたまま、何もありません。
今日中に返事がなければ、別の店を手配します。友人も10人呼んでいますので。
""", "high", "angry"),
    M("ja", "購入確認メールに他人の個人情報が記載されていました", """
本日、オンラインでチケットを購入したところ、届いた確認メールに、私ではない方の氏名・電話番号・住所が記載されていました。
メールのスクリーンショットを添付します。
私の個人情報も、同じように他の方へ送られている可能性があるのではないかと思います。
調査のうえ、どう対応されるのかご連絡ください。

予約番号：MG-0412-8831
大塚
""", "high", "neutral"),
    M("ja", "修学旅行の団体見積もり", """
県立南高校の教務部の者です。
来年５月の修学旅行（２年生 約240名、引率教員12名）で、貴園の利用を検討しています。
団体料金の見積もりと、昼食の団体メニューがあれば、資料をお送りいただけますか。
候補日は５月20日〜22日のいずれかです。
""", "normal", "neutral"),
    M("ja", "雨の日でも楽しめる、とは？", """
公式サイトに「雨の日でも楽しめる屋内アトラクション多数」とあったので、雨予報の日にわざわざ行きました。
行ってみたら屋内施設の半分が「点検中」。
点検なら事前にサイトに書いておくべきでは？
入園料を返してほしいくらいです。家族４人、片道２時間かけて行ったんですが。
""", "normal", "angry"),
    M("ja", "音が苦手な息子の来園について", """
初めてご連絡します。10歳の息子に発達障害があり、大きな音や人混みが苦手です。
来月、家族で伺いたいと考えているのですが、途中でパニックになったらと思うと不安で…
イヤーマフの持ち込みや、列に並ばずに済む制度、静かに休める場所などはありますか。
""", "normal", "anxious"),
    M("ja", "チケット", "使えなかった", "normal", "neutral", True),
    M("ja", "年間パスポートの名義変更", """
年間パスポートを夫の名義で購入したのですが、実際に使うのは私です。
名義を変更することはできますか？
写真の登録もやり直す必要があるのでしょうか。
""", "normal", "neutral"),
    M("ja", "財布を届けてくださった方へ", """
先週の日曜に園内で財布を落とし、インフォメーションに届いていたと連絡をいただきました。
中身もそのままで、本当に感激しました。
届けてくださった方に直接お礼は言えないと思いますが、スタッフの皆さんにも感謝をお伝えしたくメールしました。
ありがとうございました。
""", "low", "positive"),
    M("ja", "来年のハロウィンイベント", """
来年のハロウィンイベントの日程は、もう決まっていますか？
家族の予定を立てたいだけなので、まだなら結構です。
""", "low", "neutral"),

    M("en", "Nut allergy - visiting tomorrow", """
Hi,
We're visiting tomorrow (Saturday) with our daughter, who is 8 and has a severe peanut and tree nut allergy (she carries two EpiPens).
Your website says the allergen menu is "available on request", but I can't find it anywhere. I need to know today whether any of the restaurants can do a safe meal, or whether I should pack all her food.
Thank you,
Hannah Morris
""", "high", "anxious"),
    M("en", "Double charge - 3rd email", """
I've now emailed three times (1st, 4th and 8th of this month) about being charged twice for our family tickets - £212 each time, booking HL-77120. The second charge is still on my statement.
Not one reply. Not even an automatic one.
I'd like this refunded and I'd like someone to actually write back to me.
Paul Jennings
""", "high", "angry"),
    M("en", "Picnics?", """
Hi, are we allowed to bring our own picnic into the park? And is there anywhere covered to eat if it rains? Coming in a couple of weeks with my sister's kids.
Thanks,
Dee
""", "normal", "neutral"),
    M("en", "Tickets", "Need to change the date", "normal", "neutral", True),
    M("en", "Carousel horses", """
Looks like the carousel horses have been repainted - lovely job, my little boy went round six times! Do you ever sell off the old horses? Purely curious, no need to hurry a reply.
""", "low", "positive"),
]

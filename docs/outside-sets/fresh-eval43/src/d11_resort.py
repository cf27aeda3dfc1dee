# resort = members-only resort club (会員制リゾートクラブ)
DOMAIN = "resort"

SJ = [
    ("年会費は132,000円（税込）で、毎年4月27日にご登録の口座から引き落とされます。", ""),
    ("繁忙期のご予約は、少々取りにくくなっております。", "V"),
    ("会員規約をお読みいただければ、ポイントの有効期限についてはすぐにお分かりになるはずです。", "C"),
    ("会員価格でのご精算に必要となりますので、チェックインの際に会員証をお見せいただけますか。", ""),
    ("本人確認ができなくなるため、登録時と同じお名前で予約してください。", "I"),
    ("退会のお手続きには、ご家族全員の同意書をご提出いただけますでしょうか。", "R"),
    ("来年の施設の改装時期については、今のところお答えできません。", "U"),
    ("近隣の工事の騒音は、当クラブの管理の及ぶところではございません。", "D"),
    ("改装の日程は1月末の取締役会で決まるため、2月5日までに会員の皆様へ書面でお知らせします。", ""),
    ("ご返金までには相応の期間をいただきます。", "V"),
    ("何度ご連絡いただいても、規約上お答えは変わりません。", "CD"),
    ("会員権の譲渡には名義変更料55,000円がかかり、書類がそろってから約3週間で手続きが完了します。", ""),
    ("ご希望の8月12日は満室ですが、同じ日程で伊豆の施設に2室空きがございますので、仮押さえしておきましょうか。", ""),
]

SE = [
    ("Your annual dues of $4,200 are due on 1 March, and you can pay by card or bank transfer.", ""),
    ("Members who take the time to read the points calendar rarely run into this.", "C"),
    ("A limited number of peak-week slots may open up later in the year.", "V"),
    ("Once we receive the signed transfer form, the membership moves to your daughter's name within 15 business days.", ""),
    ("Points from the old system carry over one-for-one, and you'll see them in the new app from 3 February.", ""),
    ("Could you send us a copy of your member card, front and back?", "R"),
]

DJ = [
    ("【お詫び】8月10日のご予約の重複について",
     """井上 様

リゾートクラブ潮騒 会員サービス課の田島です。
8月10日の軽井沢の施設で、井上様のご予約のお部屋に別の会員様のご予約が重なり、チェックインの際に長時間お待たせしてしまいました。楽しみにされていたご旅行の始まりに、大変申し訳ございませんでした。

当日は、同じ施設のスイートルームにご案内し、差額はいただいておりません。また、今回ご利用のポイント（2泊分 40,000ポイント）は全額お戻しいたしました。

今後は、前日の夕方に全室の予約状況を施設と本部で照合し、重複があれば前日中に会員様へご連絡する体制といたします。

リゾートクラブ潮騒 会員サービス課
田島 恵子
""", "A"),
    ("年末年始のご予約を承りました（箱根 12月30日〜1月2日）",
     """石田 様

リゾートクラブ潮騒 会員サービス課の田島です。
年末年始のご予約を、下記のとおり承りました。

施設：箱根 強羅
日程：12月30日（月）〜1月2日（木）3泊
お部屋：和洋室（最大5名）
ご利用ポイント：90,000ポイント（残り 62,000ポイント）

年末年始は夕食のご予約が早く埋まるため、館内レストランをご利用の場合は12月20日までにお知らせいただけますでしょうか。

リゾートクラブ潮騒 会員サービス課
田島 恵子
""", ""),
    ("会員権の名義変更に必要な書類",
     """小田 様

リゾートクラブ潮騒 会員サービス課の田島です。
ご子息様への会員権の名義変更について、必要な書類をご案内いたします。

・名義変更申請書（同封しております）
・新会員様の住民票（発行から3か月以内のもの）
・名義変更料 55,000円（税込）のお振込控え

書類がそろいましたら名義変更の審査を始めますので、同封の返信用封筒でお送りください。到着から約3週間で新しい会員証をお届けします。
手続きの途中でご不明な点があれば、会員サービス課（0120-118-330、平日10時〜17時）までお電話ください。

リゾートクラブ潮騒 会員サービス課
田島 恵子
""", ""),
]

DE = [
    ("Re: Points expiry - again",
     """Dear Mr. Feldman,

As explained in our previous two emails, points expire 24 months after they are issued. This is set out clearly in section 7 of the membership agreement you signed, which we would encourage you to read before contacting us again.

The 18,000 points issued in March two years ago expired on 31 March this year and cannot be reinstated.

Regards,
Member Services
Coral Bay Vacation Club
""", "C"),
]

MJ = [
    ("予約が入っていないと言われました",
     """潮騒　会員サービス課御中

たった今、熱海の施設のフロントに着いたところ、「ご予約が確認できない」と言われました。
2か月前に電話で予約し、確認番号（K-228104）も控えています。
80歳の母を連れて来ていて、外は雨です。
フロントの方は「本部に確認してください」と言うだけで、本部の電話は何度かけても話し中です。
今夜泊まれるのかどうか、すぐにフロントに連絡を入れてください。

会員番号 SZ-40771
長尾 裕子
""", "high", "angry", False),
    ("ポイントが勝手に使われています",
     """会員サービス課　ご担当者様

会員サイトにログインしたところ、身に覚えのない予約が2件入っていて、ポイントが180,000ポイント減っていました。
宿泊日は今週の金曜日と土曜日で、沖縄の施設です。私も家族も予約していません。
ログイン履歴を見ると、昨夜、見知らぬ端末からログインされていました。
このまま金曜日になったら、誰かが私の名前で泊まってしまうのでしょうか。
どうしたらいいのか分からず、とても不安です。

会員番号 SZ-31088
中西 典子
""", "high", "anxious", False),
    ("年会費の二重引き落としについて",
     """お世話になっております。
4月27日に年会費132,000円が引き落とされましたが、同じ日に同じ金額がもう一度引き落とされていました（通帳の写しを添付します）。
この口座からは5月10日に住宅ローンの引き落としがあり、このままでは残高が足りなくなります。
5月9日までに1回分を返金していただけるかどうか、ご確認いただけますか。

会員番号 SZ-25530
小川 浩
""", "high", "neutral", False),
    ("来月の予約",
     """お世話になります。
来月の連休（11月22日〜24日）に、那須の施設で2泊、大人2名・子ども2名で予約をお願いしたいです。
空きがあるかどうか教えてください。

会員番号 SZ-38862
古川
""", "normal", "neutral", False),
    ("最近の施設について",
     """十年以上会員を続けていますが、最近の白浜の施設はひどいものです。
大浴場は半分が「工事中」、レストランはビュッフェだけになり、部屋のエアコンは異音がしていました。
年会費は据え置きどころか上がっているのに、サービスは下がる一方ですね。
この調子なら、次の更新は見送らせていただこうと思っています。

会員番号 SZ-12004
藤本
""", "normal", "angry", False),
    ("予約の件",
     """予約の件、変えたいです
""", "normal", "neutral", True),
    ("会員権の相続について",
     """会員サービス課　御中

いつもお世話になっております。会員の小田と申します。
私も今年で82歳になり、最近は体調を崩すことも増えました。
私に万一のことがあった場合、会員権は息子に引き継げるのでしょうか。
手続きが分からないまま残された家族が困るのではないかと、気がかりでなりません。
今のうちにできる手続きがあれば教えていただけますか。

会員番号 SZ-00852
小田 清
""", "normal", "anxious", False),
    ("先日の滞在のお礼",
     """田島様

先週の伊豆の滞在では、娘の誕生日に合わせてケーキを用意していただき、本当にありがとうございました。
スタッフの皆さんが歌まで歌ってくださって、娘は大喜びでした。

また来年の同じ時期に伺いたいのですが、予約は何か月前から受け付けていますか。

会員番号 SZ-39210
石田
""", "normal", "positive", False),
    ("朝食メニューについて",
     """いつも楽しく利用しています。
軽井沢の施設の朝食ですが、和食の選択肢がもう少しあると嬉しいです。
次回の見直しのときにでも参考にしていただければ十分です。
""", "low", "neutral", False),
    ("沖縄の新施設について",
     """こんにちは。
会報で沖縄に新しい施設ができるかもしれないという記事を読みました。
もし実現するなら、開業時期や予約開始の時期が分かった段階で教えていただけると嬉しいです。
行くとしてもだいぶ先になると思うので、ゆっくりで大丈夫です。

会員番号 SZ-27419
""", "low", "neutral", False),
]

ME = [
    ("Fridge failed - father's insulin",
     """Hello,

We're in unit 14B at your Kaanapali property. The fridge stopped working some time overnight and it's now 29°C in the kitchen. My father is type 1 diabetic and his insulin pens have been in there since we arrived on Sunday. The pens say they must be kept below 30°C once opened and refrigerated before that.

The front desk says maintenance can come "this afternoon". We need somewhere cold for his insulin now, and to know whether it's still safe to use.

Carla Mendes, member 55210
""", "high", "anxious", False),
    ("Cancelled membership - still being charged (3rd email)",
     """To Member Services,

I cancelled my membership on 14 June; your letter of 20 June confirmed it. You have since charged my card $350 in July, August and September for "monthly maintenance".

I wrote on 5 August and 2 September and received nothing back. If these three charges are not refunded by 15 October, I will file a complaint with the state Attorney General's office and dispute the charges with my card issuer.

Richard Feldman
Former member 31904
""", "high", "angry", False),
    ("Week in July",
     """Hi,

We'd like to book a two-bedroom unit at Coral Bay for 12-19 July next year for 2 adults and 3 kids. How many points would that be, and when does booking for July open?

Thanks,
The Nguyens (member 48117)
""", "normal", "neutral", False),
    ("points??",
     """points??
""", "normal", "neutral", True),
    ("Suggestion for the app",
     """Hello,

It would be great if the member app showed how many points each stay would cost before you start a booking. Right now you have to go all the way to the last step to see it. Just a suggestion for a future update.

Best,
Helen Ward
""", "low", "neutral", False),
]

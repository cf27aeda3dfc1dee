# firesafety = fire-protection equipment inspection (消防設備点検: alarms, extinguishers, sprinklers in buildings)
from _common import S, D, M

DOMAIN = "firesafety"

SENTS = [
    S("ja", "点検日のご変更はこれで四度目になりますので、次はご予定をよく確かめてからご連絡いただけますか。", "c"),
    S("ja", "消火器の使用期限は本体側面のラベルに記載されており、お手元の6本は2026年3月までお使いいただけます。"),
    S("ja", "今週中に点検日をお決めいただけない場合、消防署への報告が遅れても当社は一切責任を負いません。", "c"),
    S("ja", "感知器の交換部品が入り次第、なるべく早めにお伺いします。", "v"),
    S("ja", "報告書の作成には、多少お時間をいただきます。", "v"),
    S("ja", "点検当日は、全室の鍵を管理人室に集めておいてください。", "ir"),
    S("ja", "点検中は非常ベルが何度か鳴りますので、入居者の方々に前もって知らせておいてください。", "i"),
    S("ja", "各テナントさまの営業時間を一覧にしてお送りいただけますか。", "r"),
    S("ja", "誤作動の原因は、正直なところよくわかりません。", "u"),
    S("ja", "ベルの音が大きすぎるとのことですが、そういう決まりですので。", "d"),
    S("ja", "消火器10本の交換費用は、本体代と古い消火器の廃棄費用を合わせて税込み68,200円です。"),
    S("ja", "誤作動の原因はまだ特定できておりませんので、明日の午前中に技術者がもう一度伺い、15時までに結果をお電話でお伝えします。"),
    S("ja", "消防署の立入検査で提示を求められることがありますので、点検報告書の控えは管理人室で保管していただけますか。"),
    S("ja", "避難はしごの交換部品は6月20日に届くため、同日の午後に取り付けに伺います。"),

    S("en", "We'll be back to replace the sensor at some point next week.", "v"),
    S("en", "Make sure every flat is unlocked on inspection day, because we can't test detectors behind a locked door.", "i"),
    S("en", "Please let residents know the alarm will sound during testing, so nobody calls the fire brigade by mistake."),
    S("en", "Nobody here can tell you what set the alarm off.", "u"),
    S("en", "Honestly, if you'd kept the extinguishers serviced, this wouldn't have failed.", "c"),
    S("en", "False alarms happen; it's not something we look into.", "d"),
    S("en", "The replacement control panel costs £1,240 including fitting, and we can install it on Wednesday morning."),
]

DRAFTS = [
    D("ja", "【日程のご相談】7月の消防設備点検（グランドメゾン桜台）", """
グランドメゾン桜台 管理組合
理事長 高田様

いつもお世話になっております。東和防災の小池です。
7月の定期点検の日程について、下記の候補日からご都合のよい日を6月20日（金）までにお知らせいただけますでしょうか。

・7月8日（火）9:00〜16:00
・7月10日（木）9:00〜16:00
・7月15日（火）9:00〜16:00

各住戸の感知器を点検するため、日程が決まりましたら入居者の皆さまへのお知らせ文（掲示用）を当社で作成し、点検の2週間前までにお届けします。
ご不明な点は、お気軽にご連絡ください。

東和防災株式会社
点検課 小池 浩之
TEL 03-3xxx-6402
"""),
    D("ja", "点検作業時の壁の破損についてのお詫び", """
ハイツ若葉 オーナー
佐藤様

いつもお世話になっております。東和防災の小池です。

6月5日の点検の際、当社の作業員が脚立を運ぶ途中で、2階廊下の壁紙を約30cmにわたって傷つけてしまいました。誠に申し訳ございません。
狭い階段で脚立を持ち替えたときに、脚立の先端が壁に当たったものです。

破損箇所は6月9日（月）に内装業者が張り替えを行い、費用は全額当社で負担いたしました。
佐藤様にも張り替え後の状態をご確認いただき、ありがとうございました。

重ねてお詫び申し上げます。

東和防災株式会社 小池
""", "A"),
    D("ja", "東和防災ニュース 6月号", """
お客様各位

梅雨の季節となりましたが、皆様いかがお過ごしでしょうか。
この時期は湿気の影響で、感知器の誤作動が増える傾向にあります。特に浴室の近くや、換気の悪い廊下に設置された感知器は注意が必要です。
また、当社では今月から新しく、住宅用火災警報器の電池交換サービスを始めました。

なお、先日の点検で不良となった誘導灯3台の交換工事について、お見積り（56,100円）の内容でよろしければ、7月の工事枠を確保するため、6月末までにご承認をお願いいたします。

東和防災株式会社
""", "F"),

    D("en", "Apology: alarm set off during Tuesday's test", """
Dear Mr Lawson,

I'm sorry that the building's alarm sounded for about 12 minutes during our inspection on Tuesday and that the fire brigade attended. I know several of your tenants had to leave their offices, and that's on us.

Our technician tested the main panel before confirming that the link to the monitoring centre had been switched to test mode. The monitoring centre therefore treated it as a real alarm.

I spoke to the station officer on Wednesday to explain, and the call-out has been recorded as a contractor fault, so there is no charge to you. We also sent a short note of explanation to each tenant on Wednesday afternoon.

From now on, our technicians must get verbal confirmation of test mode from the monitoring centre, and note the operator's name on the job sheet, before touching any panel.

With apologies,
Priya Shah
Service Manager, Beacon Fire Protection
"""),
    D("en", "Access for next week's inspection", """
Dear Ms Green,

We're looking forward to carrying out the annual fire alarm inspection at Rowan Court on Tuesday 17 June, from 9 am to about 3 pm.

As we have told your caretaker several times now, our technicians cannot test detectors in locked flats, so it really should not be necessary to explain this again. Could you arrange for the caretaker to have keys to all 24 flats on the day?

Kind regards,
Priya Shah
Beacon Fire Protection
""", "c"),
]

MAILS = [
    M("ja", "火災受信機の「故障」ランプについて", """
東和防災 御中

グループホームあおば（入居者9名）の施設長の野村です。
夕方から、事務所にある火災受信機の「故障」という黄色いランプがついたままになっています。
ボタンを押しても消えず、音も小さくピーピーと鳴り続けています。

夜間は職員が1名だけになり、入居者の方はほとんどが自力で避難できません。
この状態で火事が起きた場合に、警報がちゃんと鳴るのかどうかがわからず、職員一同とても心配しています。
今夜のうちに見ていただくことはできますでしょうか。

グループホームあおば 野村
TEL 0299-xx-4410
""", "high", "anxious"),
    M("ja", "点検報告書の送付について（立入検査 6/12）", """
小池様

いつもお世話になっております。ビル管理のサンライズ・プロパティの江藤です。
昨日、市の消防局から連絡があり、６月１２日（木）に「新栄ビル」の立入検査が入ることになりました。
当日は5月に実施していただいた点検の報告書を提示する必要があるのですが、まだ手元に届いておりません。

明後日の検査に間に合うよう、PDFでも結構ですので明日中にお送りいただけますでしょうか。

サンライズ・プロパティ 江藤
""", "high", "neutral"),
    M("ja", "スプリンクラーからの漏水について（2回お電話しています）", """
東和防災 ご担当者様

昨日点検していただいた1階テナント「カフェ・ルーエ」の店主です。
今朝店に来たところ、天井のスプリンクラーヘッドの周りから水が垂れていて、床が水浸しになっていました。

朝8時と10時にお電話しましたが、「担当者から折り返します」と言われたきり、何の連絡もありません。
今日は店を開けられず、ランチの予約も全部お断りしました。
点検の直後にこうなった以上、原因は御社の作業だと考えています。いつ来ていただけるのか、今日中にお返事をください。

カフェ・ルーエ 石原
""", "high", "angry"),
    M("ja", "消火器の交換費用について", """
いつもお世話になっております。
先日の点検で、製造から10年を過ぎた消火器が6本あると伺いました。
交換する場合の費用を、古い消火器の引き取りも含めて教えていただけますか。

メゾン中町 管理人 川村
""", "normal", "neutral"),
    M("ja", "点検", """
いつ？
""", "normal", "neutral", True),
    M("ja", "消防設備点検の義務について", """
はじめてご連絡いたします。
父から小さな雑居ビル（3階建て、テナント4件）を相続し、この春から管理をしています。
先日、テナントの方から「消防の点検はいつですか」と聞かれて、そういう義務があることを初めて知りました。
過去の点検記録がどこにあるのかもわからず、もし何年も点検していなかったら罰則があるのではないかと心配です。

まず何から始めればよいのか、点検をお願いする場合の流れを教えていただけますでしょうか。

井上 恭子
""", "normal", "anxious"),
    M("ja", "事前連絡のない点検について", """
東和防災 御中

昨日、入居者への事前のお知らせがないまま、作業員の方が各戸のインターホンを鳴らして点検に回られたと、複数の入居者から苦情が来ています。
在宅勤務中の方もいれば、小さなお子さんを寝かしつけていた方もいたそうです。

管理会社として入居者に説明しなければならない立場にもなってください。
次回からは、必ず2週間前までに掲示用のお知らせをいただけるようお願いします。

コーポ緑町 管理会社 ハウスリンク 松田
""", "normal", "angry"),
    M("ja", "点検日の変更のお願い", """
小池様

お世話になっております。
7月10日に予定していただいている点検ですが、建物の外壁工事と重なることがわかりました。
7月の後半で、別の日に変更していただくことは可能でしょうか。

グランドメゾン桜台 管理組合 高田
""", "normal", "neutral"),
    M("ja", "先日はありがとうございました", """
小池様

先日の点検の際は、入居者説明会にまでご出席いただき、ありがとうございました。
高齢の入居者の方から「消火器の使い方がやっとわかった」と喜ぶ声をいくつもいただきました。
来年もどうぞよろしくお願いします。

ハイツ若葉 佐藤
""", "low", "positive"),
    M("ja", "家庭用の古い消火器の処分について", """
業務とは関係のない個人的な質問で恐縮です。
実家の物置から、20年以上前の家庭用消火器が1本出てきました。
御社で引き取っていただけるのか、それともどこか別のところに出すべきなのか、お手すきの際に教えていただければ幸いです。
急ぎませんので、いつでも結構です。
""", "low", "neutral"),

    M("en", "Kitchen suppression system - tag expired", """
Hi,

I run the kitchen at The Granary. I've just noticed the service tag on our hood suppression system expired at the end of last month. Our insurer's inspector is coming on Friday at 10 am, and they've told us that without a current tag the kitchen can't operate under our policy.

Can one of your technicians service it before then? Thursday afternoon would be ideal, but we'll work around you.

Thanks,
Chef Liam O'Connor
The Granary, 14 Mill Lane
""", "high", "neutral"),
    M("en", "Is last year's certificate still valid?", """
Hello,

We're signing a lease renewal next month and the landlord's agent has asked for our fire alarm certificate. The one we have is from your inspection last April. I'm worried it won't count as current and that the renewal will be held up, and I really can't afford to lose this unit.

Does it expire after 12 months, and if so, how soon could you inspect?

Many thanks,
Zoe Whitaker
Whitaker Dental
""", "normal", "anxious"),
    M("en", "Mess left after inspection", """
Hello,

Your technician was at our office yesterday. He left dust and bits of ceiling tile on three desks and on our reception carpet, and didn't mention it to anyone. Our cleaner spent an hour on it this morning.

I'd like to know whether this is your normal standard, and I'd expect the cleaning cost to be taken off the invoice.

Martin Hale
Office Manager
""", "normal", "angry"),
    M("en", "3rd floor", """
Hi,

Following up on what your guy said when he was here. Can we go ahead with it or not? The tenant on 3 keeps asking me.

Thanks,
Rob
""", "normal", "neutral", True),
    M("en", "Thanks to Dev", """
Just a note to say your technician Dev was great on Monday - patient with our older residents and tidy too. Please pass on our thanks.

Margaret
Elmwood Sheltered Housing
""", "low", "positive"),
]

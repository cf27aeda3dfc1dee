# scikit = children's science-experiment kit subscription (科学実験キット定期便)
DOMAIN = "scikit"

SJ = [
    ("今月のキットには、クエン酸と重曹を使った入浴剤づくりの材料が入っていて、所要時間は約40分です。", ""),
    ("一部の実験では、保護者の方の付き添いがある程度必要になります。", "V"),
    ("対象年齢をご確認いただいていれば、お子様が難しいと感じることはなかったかと存じます。", "C"),
    ("薬品が目に入るおそれがあるので、実験中は必ず付属のゴーグルをつけさせてください。", "I"),
    ("解約をご希望の場合は、解約理由のアンケートにもご回答いただけますか。", "R"),
    ("割れた試験管は捨てずに取っておいてください。", "IR"),
    ("次回の配送日がずれた原因は、こちらでは把握できておりません。", "U"),
    ("他社製のキットのことは、弊社の知るところではございません。", "D"),
    ("リトマス紙の色が変わらなかったのは、付属の溶液が寒さで固まっていたためと考えられますので、新しい溶液を明日発送いたします。", ""),
    ("追加の材料は、1回分（重曹50gとクエン酸30g）まで無料でお送りできます。", ""),
    ("スライムが服についてしまったときは、お酢を小さじ1杯含ませた布で叩くと落ちやすくなります。", ""),
    ("乾電池が熱くなった理由については、メーカーでないとお答えしかねます。", "U"),
    ("成分表を本日メールに添付してお送りしましたので、かかりつけの先生に見ていただく際にお使いください。", ""),
]

SE = [
    ("Each box ships on the 5th of the month and includes three experiments for ages 8 to 12.", ""),
    ("Keep the magnesium strip away from your child until you've read the safety card, because it burns extremely hot.", "I"),
    ("We'd ask that you photograph the damaged box before opening it.", "R"),
    ("Replacement parts will be sent at some point next month.", "V"),
    ("Step 4 in the booklet has a printing error - the red wire goes to the shorter leg of the LED, not the longer one - and we've added a corrected card to all future boxes.", ""),
    ("We don't get involved in what children do with the kits after delivery.", "D"),
]

DJ = [
    ("【お詫び】11月号キットの内容物について",
     """保護者の皆様

サイエンスボックス事務局です。
11月号「結晶をつくろう」キットの一部に、説明書と異なる薬品（ミョウバンの代わりに食塩）が入っていたことが分かりました。ご迷惑をおかけし、誠に申し訳ございません。

原因は、梱包作業の際に、よく似た袋に入った材料を取り違えたことでした。
今後は、材料の袋ごとに色の異なるラベルを貼り、梱包の最後に重さで内容物を確認する工程を加えます。

サイエンスボックス事務局
""", "A"),
    ("12月号のお届けについて",
     """〇〇 様

いつもサイエンスボックスをご利用いただきありがとうございます。
12月号「△△をつくろう」のお届け予定日が決まりましたのでお知らせいたします。

お届け予定日：〇月〇日
配送業者：ヤマト運輸

お届け日時の変更は、マイページの「配送設定」からお手続きいただけます。

サイエンスボックス事務局
""", "P"),
    ("定期便のお休み（スキップ）について",
     """近藤 様

サイエンスボックス事務局の上野です。
1月号と2月号をお休みしたいとのご相談、承知いたしました。

2か月分のお休みは、マイページの「お届けスキップ」から1回ずつお手続きいただけます。1月号は12月20日、2月号は1月20日が手続きの締め切りで、それまでであれば料金は発生しません。
3月号からは自動でお届けが再開し、料金も3月分から通常どおり3,300円となります。

お手続きの画面が分かりにくい場合は、このメールにご返信いただければ、こちらで代わりに設定いたします。

サイエンスボックス事務局
上野 沙織
""", ""),
    ("「色が変わる液体」キットの成分について",
     """宮本 様

サイエンスボックス事務局の上野です。
10月号に入っている液体の成分についてご回答いたします。

液体の主な成分は、紫キャベツから抽出した色素と水で、pHは中性（7前後）です。目に入った場合はしみることがありますが、流水で15分ほど洗い流していただければ治まります。飲み込んでも害はない量ですが、念のため実験後はコップなどを洗ってからお使いいただけますと安心です。

成分表を添付いたしましたので、気になる点があればかかりつけの先生にも見ていただけます。

サイエンスボックス事務局
上野 沙織
""", ""),
]

DE = [
    ("Your gift subscription is set up",
     """Hi Mr. Duarte,

Your 6-month gift subscription for Sofia is set up. The first box goes out on 5 December and should arrive within 3 business days, so it will be there before the holidays.

Each box comes with a gift card showing your name. We don't include prices or invoices in gift boxes; your receipt is attached to this email instead.

If you'd like the first box to arrive on a specific day, reply with the date by 1 December and we'll time the shipment to match.

Happy experimenting,
Nina
Spark Lab Kits
""", ""),
]

MJ = [
    ("子どもが液体を飲んでしまいました",
     """サイエンスボックス　ご担当者様

いま、5歳の次男が兄の実験キットの小瓶（青いラベルの「B液」）を開けて、一口くらい飲んでしまいました。
本人は今のところ元気ですが、口の中が苦いと言っています。
B液の成分は何でしょうか。病院に連れて行くべきか判断したいので、成分が分かる方から連絡をいただけませんか。
電話：080-2235-6641

長谷部
""", "high", "anxious", False),
    ("解約したのに請求されています（2回目）",
     """9月末に解約手続きをして、解約完了のメールも受け取っています。
それなのに、今月カードに年額プランの39,600円が請求されていました。
10日前にも同じ内容を問い合わせましたが、返事がありません。
カードの支払日は今月27日です。それまでに返金の手続きをしていただけないなら、カード会社に不正請求として届けます。

会員番号 SB-44812
森下 直人
""", "high", "angry", False),
    ("学校行事用のキットが届いていません",
     """サイエンスボックス　法人窓口ご担当者様

お世話になっております。さくら台小学校の理科担当、中島です。
今週金曜日の「親子科学教室」で使う実験キット35セットを注文しておりますが、
配送状況を確認すると「配達遅延」となっており、到着予定日が表示されていません。
当日は保護者も含めて約70名が参加予定で、日程を変えることはできません。
木曜日の放課後までに学校に届く方法がないか、ご相談させてください。

さくら台小学校　中島 浩二
TEL 042-555-0183
""", "high", "neutral", False),
    ("お届け先の変更",
     """お世話になります。
12月号から、お届け先を実家の住所に変更したいです。
マイページで変更しようとしたのですが、住所欄が変えられないようでした。
変更先：〒321-0904 栃木県宇都宮市陽東2-5-8　中村方

会員番号 SB-38201
中村
""", "normal", "neutral", False),
    ("また部品が足りません",
     """先月に続いて、今月もモーターをつなぐ導線が入っていませんでした。
２か月連続です。子どもは楽しみにしていたのに、箱を開けて実験ができないと分かって泣いていました。
検品というものはされていないのでしょうか。
不足分を送ってください。

会員番号 SB-51190
""", "normal", "angry", False),
    ("今月の",
     """今月の、できないんですが
""", "normal", "neutral", True),
    ("卵アレルギーについて",
     """いつもありがとうございます。
娘に卵のアレルギーがあり、これまでのキットは成分表を見ながら親がチェックしてきました。
2週間後に届く予定の次の号「スーパーボールをつくろう」に、卵由来の成分は含まれていますか。
以前、別の会社の工作キットで肌が赤くなったことがあり、少し心配しています。

会員番号 SB-47733
吉田 真奈美
""", "normal", "anxious", False),
    ("火山の実験、大成功でした！",
     """事務局の皆さま

今月の火山の実験、息子が大喜びで、3回もやり直していました。
説明書も分かりやすく、親のほうが夢中になってしまいました。ありがとうございます。

ところで、来年から下の娘（6歳）も始めたいのですが、兄弟割引のようなものはありますか。
ある場合は、申し込み方法も教えてください。

会員番号 SB-40056
斉藤
""", "normal", "positive", False),
    ("テーマのリクエスト",
     """いつも楽しく使わせていただいています。
子どもが最近星に夢中なので、いつか天体観測をテーマにした号があったら嬉しいです。
リクエストとしてお伝えするだけですので、お返事は不要です。
""", "low", "neutral", False),
    ("海外への配送について",
     """お世話になっております。
再来年くらいに夫の転勤でシンガポールに住む可能性があります。
海外への配送に対応する予定があるか、分かる範囲で教えていただけますか。
まだ決まった話ではないので、お時間のあるときで大丈夫です。
""", "low", "neutral", False),
]

ME = [
    ("Battery pack swelling and hot",
     """Hi,

The battery pack from this month's "Build a Buzzer" kit is puffed up and too hot to hold, and there's a sharp chemical smell. My son had it connected for about ten minutes before he called me. I've unplugged it and put it on the patio on a ceramic plate, away from the house.

Is it safe to leave it there? Could it catch fire? We also have last month's pack in the kids' room - should I take that out too?

Laura Jennings
Account SL-20914
""", "high", "anxious", False),
    ("Price increase",
     """So the monthly price went from $29 to $35 and the first I hear of it is my bank statement. No email, nothing in the box, nothing on the account page.

I'd like to know when this was announced and why subscribers weren't told. If the answer is "it's in the terms", I'll be cancelling.

D. Kowalczyk
""", "normal", "angry", False),
    ("Gift subscription for my niece",
     """Hello,

I'd like to give my niece (she'll be 9) a 6-month subscription for her birthday on 18 December. Can the first box arrive before then, and can I make sure no prices are included in the package?

Thanks,
Luis Duarte
""", "normal", "neutral", False),
    ("Re: Missing thermometer",
     """Thanks for sending the replacement thermometer - it came yesterday. Unfortunately it's the Fahrenheit-only version and the worksheet uses Celsius. Is there a Celsius one, or should we just convert?

> From: Spark Lab Kits Support
> We've shipped a replacement thermometer for your October box.

Amy Chen
""", "normal", "neutral", False),
    ("Thank you from Room 12",
     """Hi Spark Lab team,

I teach a Year 4 class and used a few of your old kits for a science afternoon last week. The kids were completely absorbed - one of them asked if she could become a "crystal scientist". Thanks for making something that works so well in a classroom.

No reply needed, just wanted you to know.

Ms. Ortega
""", "low", "positive", False),
]

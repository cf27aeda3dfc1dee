# packaging = packaging-materials wholesaler (梱包資材の卸・通販: corrugated boxes, printed cartons, cushioning)
from _common import S, D, M

DOMAIN = "packaging"

SENTS = [
    S("ja", "お選びいただいた箱は内寸が商品より5mm小さかったため、ひと回り大きいK-90への交換を、送料当社負担で手配いたします。"),
    S("ja", "ご発注の数量を間違えられたのはそちら様ですので、返品の送料はご負担いただきます。", "c"),
    S("ja", "特注サイズの場合は、通常品よりも少し納期がかかります。", "v"),
    S("ja", "1,000枚以上まとめてご注文いただくと、単価が8％お安くなります。"),
    S("ja", "注文書には必ず品番を書いてください。", "ir"),
    S("ja", "納品書と現品の数をその場で確かめていただくため、荷受けのご担当の方に入口でお立ち会いいただけますか。"),
    S("ja", "次回のご注文から、FAXではなく専用フォームをご利用いただけますか。", "r"),
    S("ja", "緩衝材の値上がりがいつ落ち着くかは、わかりかねます。", "u"),
    S("ja", "箱の角が多少つぶれている程度でしたら、中身に影響はございませんので交換はいたしかねます。", "d"),
    S("ja", "他社さんの価格と比べられましても、当社としては何とも申し上げようがございません。", "d"),
    S("ja", "A4サイズの段ボール（品番K-120）は500枚で税抜き32,500円、ご注文から3営業日で出荷できます。"),
    S("ja", "印刷のかすれは版の摩耗が原因でしたので、版を作り直し、不良分の300枚は6月18日に無償で再納品します。"),
    S("ja", "トラックの荷台から直接お降ろしする形になるため、当日は入口前の駐車スペースを1台分空けておいていただけますか。"),

    S("en", "Custom sizes take 10 working days instead of the usual 5."),
    S("en", "Would you mind putting the PO number on every order from now on?", "r"),
    S("en", "We can't explain why the glue failed.", "u"),
    S("en", "With respect, anyone who ships glassware knows you need double-wall cartons.", "c"),
    S("en", "Crushed corners are cosmetic; we don't replace boxes for that.", "d"),
    S("en", "Could you confirm your loading-dock hours? Our driver comes in a 26-tonne truck and has to book a slot with the depot."),
    S("en", "Orders placed before 2 pm ship the same day from our Leicester warehouse."),
]

DRAFTS = [
    D("ja", "ロゴ印刷のかすれについてのお詫びと再納品のご案内", """
株式会社ナチュラルリーフ
通販事業部 岡本様

いつもお世話になっております。大和パッケージの吉井です。

5月30日に納品いたしましたロゴ入り化粧箱1,000枚のうち、一部でロゴの印刷がかすれておりました。ご迷惑をおかけし、誠に申し訳ございません。

原因を調べたところ、印刷機の版が摩耗しており、後半に刷った分のインクの乗りが薄くなっていたことがわかりました。
版を新しく作り直し、かすれのあった300枚分を刷り直しましたので、6月18日（水）午前に無償で再納品いたします。かすれのある箱は、再納品の際にドライバーが回収いたします。
今後は、500枚ごとに抜き取り検査を行い、版の交換時期も記録で管理してまいります。

重ねてお詫び申し上げます。

大和パッケージ株式会社
営業部 吉井 智
TEL 072-2xx-4418
"""),
    D("ja", "大和パッケージより", """
株式会社ナチュラルリーフ
岡本様

いつもお世話になっております。大和パッケージの吉井です。
先日は弊社の展示会にお越しいただき、ありがとうございました。
当日ご覧いただいた紙製の緩衝材は、おかげさまで多くのお客様から好評をいただいております。
プラスチック削減の流れもあり、今後さらに需要が伸びていくものと考えております。

ところで、来月分の化粧箱について、現在の紙の在庫では2,000枚までしかご用意できないため、残りの1,000枚を別の紙に変更してよいか、6月13日までにご判断をいただきたく存じます。

大和パッケージ 吉井
""", "F"),
    D("ja", "お見積書送付のご案内", """
株式会社ナチュラルリーフ
岡本様

いつもお世話になっております。大和パッケージの吉井です。
ご依頼いただいた宅配用段ボールのお見積りをお送りいたします。

品名：宅配60サイズ（品番T-60）
数量：2,000枚
単価：〇〇円
納期：ご発注から〇営業日

ご不明な点がございましたら、お気軽にお問い合わせください。

大和パッケージ 吉井
""", "P"),

    D("en", "Re: Split seams on the 40x30x30 cartons", """
Dear Mr Novak,

Thank you for sending the photos of the split cartons from your 2 June delivery.

We traced the problem to a batch of glue that was applied at too low a temperature on 28 May, so the seams didn't set fully. It affected 400 cartons, including all 150 in your order.

We dispatched 150 replacement cartons yesterday, and they'll arrive with you on Thursday. Our driver will collect the faulty ones at the same time, and we have credited the original cartons to your account.

We have also fitted a temperature alarm to the gluing line, so the line stops automatically if the glue drops below its working temperature.

Kind regards,
Sarah Mills
Customer Service, Midlands Packaging Supply
""", "A"),
    D("en", "Your order 55810: delivery on Wednesday 11 June", """
Dear Ms Ito,

Your order of 3,000 mailer boxes (order 55810) will be delivered on Wednesday 11 June between 8 am and 12 noon, on two pallets.

Could you make sure there's a forklift or pallet truck available? The pallets weigh about 400 kg each, so our driver can't unload them by hand.

If Wednesday morning doesn't suit, reply by Monday and we'll move the delivery to Thursday.

Best regards,
Sarah Mills
Midlands Packaging Supply
"""),
]

MAILS = [
    M("ja", "新商品発送用の箱が届いていません", """
大和パッケージ 吉井様

昨日お電話とメールで確認をお願いした件、まだお返事をいただけていません。
新商品の出荷用の化粧箱3,000枚が、約束の6月10日を過ぎても届いていません。

明日6月13日の朝から、予約いただいたお客様への一斉出荷が始まります。
箱がなければ出荷できず、予約客2,800名への発送が遅れます。その場合の損害については、改めてご相談させていただくことになります。

今日中に、いつ・何枚届くのかを必ずお知らせください。

株式会社ナチュラルリーフ 通販事業部 岡本
""", "high", "angry"),
    M("ja", "届いた箱のサイズが違うようです", """
お世話になっております。ハンドメイドアクセサリーのネットショップを運営している小川です。
本日届いた箱（品番K-88、300枚）ですが、注文したものより一回り小さく、商品を入れるとふたが閉まりません。

金曜日の夜から年に一度のセールを予定していて、すでにSNSで告知してしまっています。
このままでは発送ができず、どうしたらよいのかわからなくなっています。
正しいサイズの箱を、木曜日中に受け取ることはできますでしょうか。

Atelier Kotori 小川
""", "high", "anxious"),
    M("ja", "代金の二重振込について", """
大和パッケージ株式会社 経理ご担当者様

いつもお世話になっております。株式会社ミドリ商事の経理、堀内です。
5月分のご請求（請求書番号 Y-25-0531、480,000円）につきまして、当社の処理ミスにより6月2日と6月5日の2回、同じ金額をお振り込みしてしまいました。

大変お手数ですが、1回分（480,000円）を下記口座へご返金いただけますでしょうか。
当社の給与支払日が6月25日で、それまでに資金を戻しておく必要があるため、6月20日までにご対応いただけますと助かります。

三友銀行 本町支店 普通 1234567 カ）ミドリシヨウジ

ミドリ商事 経理部 堀内
""", "high", "neutral"),
    M("ja", "サンプルのお願い", """
ご担当者様

お菓子の製造販売をしております、菓子工房はるのです。
贈答用の箱を検討しており、カタログの品番G-12とG-15のサンプルを1枚ずつお送りいただくことは可能でしょうか。

〒630-8xxx 奈良市高畑町3-5 菓子工房はるの 春野
""", "normal", "neutral"),
    M("ja", "箱", """
前と同じで
""", "normal", "neutral", True),
    M("ja", "印刷の色について", """
吉井様

本日届いたロゴ入りの箱ですが、ロゴの緑色が色校正のときよりも明らかに黄色っぽくなっています。
色校正で確認したものと違うものが納品されるのであれば、何のために校正を出したのかわかりません。

使用開始は来月からなので、刷り直しが可能かどうか、また色が変わった理由をご説明ください。

ナチュラルリーフ 岡本
""", "normal", "angry"),
    M("ja", "初めての注文で迷っています", """
はじめまして。4月から個人で古着の通販を始めた者です。
段ボールの種類に「Aフルート」「Bフルート」などいろいろあって、どれを選べばよいのかわかりません。
洋服を1〜2着入れて送る程度なのですが、間違ったものを大量に買ってしまったらと思うと、なかなか注文に踏み切れずにいます。
おすすめのものを教えていただけますでしょうか。

古着屋 まるいち
""", "normal", "anxious"),
    M("ja", "納品時間帯の変更", """
いつもありがとうございます。
来週から倉庫の荷受け時間が変わり、9時〜12時のみとなります。
次回の納品から、午前中の時間帯でお願いできますか。

ミドリ商事 物流課 坂本
""", "normal", "neutral"),
    M("ja", "箱、とても素敵でした", """
吉井様

先週納品いただいた化粧箱、お客様からも「箱がかわいい」とたくさん声をいただいています。
細かい色の要望にも丁寧に付き合ってくださり、ありがとうございました。
ご返信は不要です。取り急ぎお礼まで。

菓子工房はるの 春野
""", "low", "positive"),
    M("ja", "環境配慮型資材のカタログについて", """
お世話になっております。
来年度から、梱包資材を少しずつ環境に配慮したものに切り替えていこうと考えています。
再生紙や紙製緩衝材のカタログがあれば、お時間のあるときにお送りいただけますか。
具体的な検討は秋以降になりますので、急ぎではありません。

ミドリ商事 購買部 竹内
""", "low", "neutral"),

    M("en", "Broken seals on liner delivery", """
Hello,

This evening's delivery of food-grade bin liners (order 55744, 12 cartons) arrived with the outer seal broken on 9 of the cartons. Under our food safety plan we can't use liners from opened cartons on the production line.

Our next shift starts at 6 am and we only have enough sealed stock for about two hours. If we run out, the line stops and we'll miss the supermarket collection at noon. I honestly don't know what to do here - can anything be delivered early tomorrow?

Rachel Green
Night Shift Supervisor, Fenland Foods
""", "high", "anxious"),
    M("en", "Quote 2291 again", """
Sarah,

This is the second quote in a row that uses last year's prices. I'm not sure what's happening in your pricing team, but it's getting hard to take these quotes seriously.

Please resend quote 2291 with current prices.

Mike Novak
Buyer, Tillman Glassware
""", "normal", "angry"),
    M("en", "Sample request", """
Hi,

Could you send us two samples each of your 200x150x100 and 250x200x100 mailer boxes? We're trying to decide which size to switch to.

-----Original Message-----
From: Anna Ito
Sent: 3 June
To: sales@midlands-packaging.example
Subject: Mailer sizes

> Hi, which of your mailers would fit a 180 x 140 x 90 mm candle jar with some padding?

---
Anna Ito | Wick & Wax Candles
Sent from my phone, please excuse typos

Delivery address: Unit 7, Brook Park, Derby DE1 3QX

Thanks,
Anna Ito
""", "normal", "neutral"),
    M("en", "Account statement", """
Hello,

Could you send me a statement of our account for January to June? Our auditors want to reconcile supplier balances at the end of the month.

Thanks,
Peter Chandler
Accounts, Tillman Glassware
""", "normal", "neutral"),
    M("en", "Recycled tape", """
Hi, just curious: do you stock paper tape made from recycled material? Not planning to order yet, but we're reviewing our packaging later in the year.

Cheers,
Jo
""", "low", "neutral"),
]

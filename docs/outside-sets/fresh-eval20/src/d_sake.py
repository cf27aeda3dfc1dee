# sake = a sake brewery that runs brewery tours with tastings and sells direct
# (online shop, gift orders, casks for ceremonies, some export and wholesale).
from _common import S, D, M, CON, VAG, IMP, RWR, UNK, DIS, APO, PH, PUR

DOMAIN = "sake"

SENTENCES = [
    S("ja", "酒蔵見学は1回45分で、試飲を含めてお一人1,500円です。"),
    S("ja", "20歳未満の方の試飲はお断りしているため、当日は年齢が確認できる身分証をお持ちいただけますか。"),
    S("ja", "日本酒は冷蔵保存が基本ですので、常温で置いておかれたのなら味が変わるのは当然です。", CON),
    S("ja", "限定酒は近日中に入荷する予定です。", VAG),
    S("ja", "20名を超える団体での見学は、ガイドを1名増やすため、お一人200円の追加料金をいただいております。"),
    S("ja", "試飲用のお猪口を人数分ご用意するため、見学の人数を前日までにお知らせいただけますか。"),
    S("ja", "届いたらすぐ冷蔵庫に入れてください。火入れをしていない生酒なので、常温だと3日ほどで風味が落ちます。", IMP),
    S("ja", "今年の新酒の出荷時期については、まだ何とも言えません。", UNK),
    S("ja", "ご注文の際に、お届け先の電話番号もご記入いただけますか。", RWR),
    S("ja", "ラベルにきちんと書いてありますので、お読みいただければお分かりになるかと思います。", CON),
    S("ja", "今回の瓶の破損は当蔵の梱包が不十分だったためで、同じ商品を明日出荷し、6月12日に到着する予定です。"),
    S("ja", "味の好みは人それぞれですので、「おいしくない」と言われましても困ります。", DIS),
    S("ja", "ギフト包装は1本につき330円で、のし紙は無料でお付けできます。"),

    S("en", "Tours run at 11am and 2pm on weekdays and end with a tasting of five sakes."),
    S("en", "Send a photo of the broken bottle.", IMP, RWR),
    S("en", "Sake isn't wine, and serving it ice-cold like that was never going to taste right.", CON),
    S("en", "Shipping to Canada will cost a bit more.", VAG),
    S("en", "I'm not sure whether our yeast starter is vegan.", UNK),
    S("en", "Because nama sake is unpasteurised, please keep it in the fridge and finish it within a month of opening."),
]

DRAFTS = [
    D("ja", "蔵見学のご予約（6月28日 11時・4名様）を承りました", """
小池様

白嶺酒造 蔵見学受付の藤原です。
6月28日（土）11時からの蔵見学を、4名様で承りました。

所要時間は45分、料金はお一人1,500円で、当日受付でお支払いいただきます。
20歳未満の方の試飲はお断りしているため、年齢を確認できる身分証をお持ちいただけますか。

蔵の中は夏でも15℃前後と涼しいので、羽織るものがあると安心です。
当日お会いできるのを楽しみにしております。

白嶺酒造 藤原
"""),
    D("ja", "白嶺酒造より", """
山岸様

いつも白嶺酒造のお酒をご愛飲いただき、ありがとうございます。
今年は雪解けが遅く、仕込み水がとても冷たかったおかげで、すっきりとした味わいの新酒に仕上がりました。
蔵の前の桜も、例年より一週間遅れて満開を迎えています。

さて、5月10日にご注文いただいた「純米吟醸 雪しずく」6本のうち、2本が在庫切れとなってしまいました。
先に4本だけをお送りするか、6月5日の再入荷を待って6本まとめてお送りするか、5月20日までにご返信いただけますでしょうか。

白嶺酒造 通信販売係 藤原
""", PUR),
    D("ja", "【白嶺酒造】ご注文商品発送のお知らせ", """
{customer_name} 様

このたびは白嶺酒造オンラインショップをご利用いただき、誠にありがとうございます。
ご注文の商品を本日発送いたしました。

ご注文番号：SH-240611-0087
配送業者：ヤマネ運輸（クール便）
お届け予定日：6月13日（木）

到着後は冷蔵庫で保管いただくと、できたての風味をお楽しみいただけます。

白嶺酒造 オンラインショップ
""", PH),

    D("en", "Your brewery tour on 9 March: meeting point and timing", """
Hello Mr Lindqvist,

Thank you for booking our English-language brewery tour for two on Saturday 9 March at 2pm.

Please meet us at the shop entrance (the one with the blue noren curtain) ten minutes before the start. The tour begins in the rice-polishing room, and we can't pause it once we're inside.

The tour lasts 60 minutes and ends with a tasting of five sakes. If either of you will be driving, let us know and we'll prepare non-alcoholic amazake instead.

Kind regards,
Emi Fujiwara
Hakurei Brewery
"""),
    D("en", "Re: Wholesale price list", """
Dear [Contact Name],

Thank you for your interest in stocking Hakurei sake at your restaurant.

I've attached our 2025 wholesale price list. The minimum order is 12 bottles, which can be mixed across labels, and shipping to the EU is a flat €60 per case.

Our distributor in your area is [DISTRIBUTOR], who can also arrange a tasting for your staff.

Best regards,
Emi Fujiwara
Hakurei Brewery
""", PH),
]

MAILS = [
    M("ja", "high", "anxious", False, "甘酒の成分について教えてください", """
白嶺酒造 御中

昨日そちらの直売所で「ノンアルコール」と書かれた甘酒を買い、
夕食の時に小学2年の息子に1杯飲ませました。
その後、顔が赤くなって少しふらつき、夜中に何度か吐きました。
今は落ち着いていますが、かかりつけの先生から
中に何が入っているか確認するよう言われました。
明日の朝9時に受診するので、それまでに原材料と
アルコールが本当に入っていないのかを教えていただけませんか。

小林 真由美
"""),
    M("ja", "high", "neutral", False, "鏡開き用の樽酒の配送日について", """
白嶺酒造 ご担当者様

お世話になっております。ホテル花月 宴会課の田村です。
６月１５日（土）の結婚披露宴で鏡開きに使う樽酒（４斗樽）を
5月20日にご注文しておりますが、まだ配送日のご連絡をいただいておりません。

会場への搬入は、前日14日の17時までにお願いしたく存じます。
それを過ぎると式場の準備に間に合わず、新郎新婦にもご説明ができません。
配送予定日と時間帯をお知らせいただけますでしょうか。

ホテル花月 宴会課 田村
"""),
    M("ja", "high", "angry", False, "オンラインショップ利用後の不正請求について", """
白嶺酒造 オンラインショップ 御中

6月2日に御社のオンラインショップで日本酒を2本購入しました。
その翌日から、私のクレジットカードに身に覚えのない海外の請求が3件、
合計で約12万円入っています。
このカードは普段ほとんど使っておらず、最近使ったのは御社のサイトだけです。

カード会社には連絡してカードを止めましたが、
御社のサイトから情報が漏れたのではないかと疑っています。
他にも同じ被害の方がいるのではありませんか。
調査の状況を、本日中に説明していただきたいです。

林
"""),
    M("ja", "normal", "neutral", False, "車いすでの見学について", """
こんにちは。7月に家族4人での蔵見学を考えています。
祖父が車いすを使っているのですが、
蔵の中は車いすのまま回れるでしょうか。
段差がある場合は、どの辺りか教えていただけると助かります。
"""),
    M("ja", "normal", "angry", False, "贈答用の一升瓶のラベルについて", """
先日、贈答用に大吟醸を1本注文しました。
届いた箱を開けたら、ラベルの端が破れていました。
贈り物だと注文時に書いたはずですが、出荷前に確認はされないのでしょうか。
このままでは先方にお渡しできないので、交換していただけますか。

　菅野
"""),
    M("ja", "normal", "anxious", False, "ノンアルコール甘酒について", """
妊娠中の妻へのちょっとしたプレゼントに、
そちらの米麹の甘酒を考えています。
「アルコール0%」とありますが、ごく微量でも入っていたら心配で…。
製造の途中で酒粕を使うことはないのか、
同じ工場でお酒を作っているのか、教えていただけますか。
"""),
    M("ja", "normal", "neutral", True, "注文", """
前と同じやつ2本
"""),
    M("ja", "normal", "neutral", False, "Fw: 請求書の発行について", """
白嶺酒造 ご担当者様

経理の者から下記の問い合わせがありましたので、転送いたします。
よろしくお願いいたします。

株式会社ミナト商事 総務部 竹内

---------- Forwarded message ----------
From: 経理部 佐野
Subject: 白嶺酒造さんの件

竹内さん
先月の取引先向け贈答品（白嶺酒造さん、3万3千円）ですが、
領収書しかなく、請求書がないと月末の処理ができません。
白嶺酒造さんに会社宛ての請求書を発行してもらえるか聞いてもらえますか。
佐野
"""),
    M("ja", "low", "positive", False, "蔵見学のお礼", """
先月、夫婦で蔵見学に伺った者です。
仕込み蔵の中の香りがとても印象的で、楽しい時間でした。
説明してくださった年配の蔵人の方にも、よろしくお伝えください。
また寄らせていただきます。
"""),
    M("ja", "low", "neutral", False, "秋の頒布会について", """
秋ごろに新酒の頒布会があると伺いました。
始まる時期や申し込み方法が決まったら、教えていただけますか。
まだ先の話なので、急ぎません。
"""),

    M("en", "high", "angry", False, "Refund for cancelled corporate tour – third time asking", """
Hello again,

This is the third time I've written about the ¥48,000 refund for the corporate tour you cancelled on 2 May. Each time I'm told it's "being processed".

It has now been five weeks. Our finance team needs this closed in this month's accounts, and frankly I'm tired of chasing it.

Please tell me the date the money will be sent and the account it's going to.

Gregor Albrecht
Event Coordinator, Novalis GmbH
"""),
    M("en", "normal", "anxious", False, "Nama sake is fizzy – safe?", """
Hi,

I opened one of the nama sake bottles I bought last week and it's slightly fizzy and a bit cloudy. I kept it in the fridge the whole time. Is that normal for unpasteurised sake, or has it gone off? I'd hate to serve it to my guests if it's bad.

Thanks,
Keiko (in Seattle)
"""),
    M("en", "normal", "neutral", False, "Shipping to Australia", """
G'day,

Do you ship to Australia? I know our customs can be fussy about alcohol. If you do, could you tell me the cost for six bottles and whether I'd pay duty on arrival?

Cheers,
Liam
"""),
    M("en", "normal", "neutral", True, "sake", """
is the one from the tour still available
"""),
    M("en", "low", "positive", False, "Loved the visit – autumn release?", """
We visited in April and loved every minute of it – the rice-polishing room was a highlight.

When does your autumn release usually come out? No rush at all, we're just starting to plan a trip for next year.

Best wishes,
Clare and Tom
"""),
]

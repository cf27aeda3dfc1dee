from common import s, d, m
DOMAIN = "perfume"
MEANING = "perfume-blending workshops and made-to-order fragrances (classes, corporate workshops, custom bottles by mail)"

SENTS = [
    s("ja", "オーダー香水は、ヒアリングから完成まで約4週間で、30mlで税込16,500円です。"),
    s("ja", "香りの好みは人それぞれですので、気に入らなかったと言われましても困ります。", "D"),
    s("ja", "ワークショップの開始10分前までに、会場へお越しください。", "R"),
    s("ja", "香りの持続時間は、肌質によってかなり違います。", "V"),
    s("ja", "アレルギーの原因になる成分が入っているかどうかは、今はお答えできません。", "U"),
    s("ja", "香水を直射日光の当たる場所に置いておけば、変質するのは当然ですよ。", "C"),
    s("ja", "処方を記録しておりますので、追加のご注文は処方番号をお伝えいただくだけで同じ香りをお作りできます。"),
    s("ja", "香りを正しく比べられなくなるので、当日は香りの強い化粧品や柔軟剤を使わないでください。", "I"),
    s("ja", "肌に合わない場合に備えて、お使いになる前に腕の内側で24時間のパッチテストをしていただけますか。"),
    s("ja", "ギフト用の包装をご希望の場合は発送が1日遅くなり、包装料は330円です。"),
    s("ja", "他店で購入された香水の成分については、お答えする立場にございません。", "D"),
    s("ja", "今後のワークショップの内容を見直すため、よろしければお帰りの際にアンケートをご記入いただけますと幸いです。"),
    s("ja", "精油の原液を扱うため、お子様連れでのご参加は12歳以上とさせていただいております。"),
    s("en", "Your custom blend recipe is saved under number P-2231, so reordering takes two minutes."),
    s("en", "Arrive ten minutes early.", "IR"),
    s("en", "Scent is subjective, so complaints about how a blend smells aren't something we handle.", "D"),
    s("en", "We don't currently know which of our oils contain linalool.", "U"),
    s("en", "Orders can take a while around the holidays.", "V"),
    s("en", "Leaving perfume in a hot car will ruin it; anyone could tell you that.", "C"),
    s("en", "Please do a patch test on your inner wrist before first use, since some essential oils can irritate sensitive skin."),
]

DRAFTS = [
    d("ja", "【お詫び】オーダー香水の発送遅れについて", """
杉浦様

香房ミュゲの平野です。
ご注文いただいたオーダー香水のお届けが、お約束の11月20日より遅れております。お待たせしてしまい、誠に申し訳ございません。

調香に使うイリスの精油が輸入元で品切れとなり、入荷が1週間遅れたことが原因です。
精油は昨日届き、本日調香を終えました。香りを落ち着かせる熟成に3日かかるため、11月28日（木）に発送し、29日（金）のお届けとなります。お詫びとして、送料（770円）はいただかずにお送りいたします。

今後は、オーダー香水で使う精油は常に2か月分の在庫を持つようにし、入荷の遅れがあった場合はその日のうちにお客様へお知らせいたします。

ご迷惑をおかけしましたことを、重ねてお詫び申し上げます。
香房ミュゲ　平野
"""),
    d("ja", "香りの件について", """
藤原様

香房ミュゲの平野です。
お届けした香水の香りが、ワークショップで試された香りと違うと感じられたとのこと、ご連絡ありがとうございます。

確認いたしましたところ、お客様のレシピのうち、ベルガモットの配合量を入力する際に桁を一つ誤っておりました。
正しい配合で作り直した香水を、本日発送いたしました。お手元の香水はご返送いただく必要はございません。
今後は、調香後に処方表と実際の計量記録を別のスタッフが照らし合わせてから発送するようにいたします。

引き続きよろしくお願いいたします。
香房ミュゲ　平野
""", "A"),
    d("ja", "ワークショップのお申し込みありがとうございます", """
{name}様

香房ミュゲの平野です。
「はじめての調香ワークショップ」へのお申し込み、ありがとうございます。

日時：{date}　14:00〜16:00
場所：香房ミュゲ アトリエ（表参道駅A2出口から徒歩5分）
料金：8,800円（30mlの香水1本つき）

香りを正しく感じ取っていただくため、当日は香水や香りの強いハンドクリームをお控えいただけますと幸いです。

香房ミュゲ　平野
""", "P"),
    d("ja", "法人向けワークショップのお見積もり（12月12日・25名様）", """
株式会社ネクサス　人事部　大森様

香房ミュゲの平野です。
12月12日（木）に御社で開催される社員向けワークショップについて、お見積もりをお送りします。

・講師2名の派遣、材料一式（30mlボトル×25本）：220,000円（税込）
・交通費：実費（都内の場合2,000円程度）
・所要時間：90分

会議室の換気の状態によって香りの感じ方が変わるため、当日お使いになるお部屋に窓があるかどうかを教えていただけますか。窓がない場合は、こちらで小型の換気扇をお持ちします。

香房ミュゲ　平野
"""),
    d("en", "Your workshop booking", """
Dear <<FirstName>>,

Thank you for booking our Introduction to Perfumery workshop on Saturday 15 March, 2–4 p.m., at our studio on Calder Street.

The fee of £65 includes all materials and a 30 ml bottle of the perfume you create. Please avoid wearing scent on the day, as it makes it harder to judge the notes you're blending.

We look forward to seeing you,
Atelier Verte
""", "P"),
]

MAILS = [
    m("ja", "香水をつけたら発疹が出ました", """
香房ミュゲさま

先週オーダーで作っていただいた香水を、昨日の夜に首元につけました。
今朝起きたら首に赤いぶつぶつが広がっていて、かゆみが強く、まぶたも少し腫れてきています。
これから皮膚科に行きますが、「何の成分が入っているか分かるものを持ってきて」と言われました。
レシピに使った精油の名前をすべて教えていただけますか。診察は午後2時からです。
このまま腫れがひどくなったらと思うと怖いです。

野村 さやか
""", "h", "ax"),
    m("ja", "引き出物用の香水の発送について（再度のお問い合わせ）", """
香房ミュゲ　ご担当者様

10月に、結婚式の引き出物として香水80本を注文した河合です。
式は今週の土曜日です。
11月末に発送とのことでしたが、まだ発送のご連絡がありません。
先週と今週の月曜日にもメールでお問い合わせしましたが、どちらにもお返事がありません。

金曜日の午前中に式場へ搬入しないと間に合いません。
発送の状況を、本日中にお知らせいただけますか。

河合 陽菜
""", "h", "an"),
    m("ja", "明日のワークショップの人数変更について", """
香房ミュゲ　平野様

お世話になっております。ネクサスの大森です。
明日13時からの社員向けワークショップですが、参加希望者が増え、15名から25名に変更させていただきたく存じます。
材料や講師の方の人数が足りるかどうか、ご確認いただけますでしょうか。
会場の準備の都合上、本日17時までにお返事をいただけますと幸いです。

株式会社ネクサス　人事部　大森
""", "h", "ne"),
    m("ja", "ワークショップの日程", """
１月にワークショップに参加したいと考えています。
土日の開催日と、料金を教えていただけますか。友人と２人で参加予定です。
""", "n", "ne"),
    m("ja", "リピート注文", """
平野さん

昨年作っていただいた金木犀の香水、使い切ってしまいました。
毎日つけていて、職場でもよく「いい香り」と言われます。本当に気に入っています。
同じ処方でもう一本お願いできますか？ 今回は50mlにしたいです。
""", "n", "po"),
    m("ja", "妊娠中の参加について", """
来月のワークショップに申し込んでいるのですが、先日妊娠がわかりました（今は8週です）。
精油の中には妊娠中に避けたほうがいいものがあると聞いて、参加しても大丈夫なのか心配になっています。
使う精油を選んだり、見学だけにしたりすることはできますか。
""", "n", "ax"),
    m("ja", "届いた香水が試作と違います", """
昨日届いたオーダー香水ですが、ワークショップで作った試作と明らかに香りが違います。
試作はもっと柑橘が強くて軽い香りだったのに、届いたものは甘くて重たいです。
16,500円も払ってこれでは困ります。作り直していただけるんですよね？
""", "n", "an"),
    m("ja", "香り", """
あの香り、もう一回作れますか
""", "n", "ne", True),
    m("ja", "香りの名前について", """
ワークショップで作った香水に名前をつけようと思っているのですが、
皆さんどんな名前をつけていますか？参考までに知りたいだけなので、お手すきのときで大丈夫です。
""", "l", "ne"),
    m("ja", "秋の新作ワークショップ", """
秋に新しいテーマのワークショップをされる予定はありますか？
まだ先の話なので、内容が決まってからご案内いただければ十分です。
""", "l", "ne"),
    m("en", "Tomorrow's workshop - the address is a car park", """
Hello,

Our team-building workshop with you is tomorrow at 2 p.m. for 18 people. The address on your confirmation (14 Dale Road) is a multi-storey car park; there's no studio there.

We've told everyone to meet at that address. Could you confirm the correct location today so I can send it round before people leave work?

Thanks,
Olivia Brandt
Office Manager, Sefton Design
""", "h", "ne"),
    m("en", "Nut allergy and carrier oils", """
Hi,

I'd love to order the Vanilla Musk blend for my sister, but she has a severe tree nut allergy. Some perfumes use almond oil as a base, don't they? I'm really nervous about getting this wrong. Could you tell me exactly what the carrier oil is?

Thanks,
Hannah
""", "n", "ax"),
    m("en", "Happy tears", """
Hi Atelier Verte,

The scent you made for my wife's birthday made her cry (happy tears!). She says it smells exactly like her grandmother's garden. Thank you.

Could you make a 10 ml travel bottle of the same blend? Her recipe number should be on file under Dawson.

James
""", "n", "po"),
    m("en", "Bottle arrived half empty", """
My order arrived this morning with the bottle half empty and the box soaked through. The cap wasn't screwed on properly.

That's £48 of perfume in the packaging. I'd like a replacement sent, not a voucher.

Claire M.
""", "n", "an"),
    m("en", "Gift vouchers", """
Hello, do you sell gift vouchers for the workshops? I'm thinking ahead to Christmas, so no hurry at all.
Thanks, Ruth
""", "l", "ne"),
]

# wagashi = a Japanese confectionery shop: fresh sweets for tea ceremonies, red-and-
# white buns for ceremonies and funerals, gift boxes, online and overseas orders.
from _common import S, D, M, CON, VAG, IMP, RWR, UNK, DIS, APO, PH, PUR

DOMAIN = "wagashi"

SENTENCES = [
    S("ja", "紅白まんじゅう（1箱10個入り）は3,240円で、50箱以上のご注文は5日前までに承ります。"),
    S("ja", "上生菓子は日持ちが当日限りのため、お受け取りの時間を決めていただいたうえで、その時間に合わせてお作りします。"),
    S("ja", "生菓子は冷えると固くなりやすいため、召し上がる30分前に冷蔵庫から出していただくと、やわらかさが戻ります。"),
    S("ja", "何度かお伝えしておりますが、のしの表書きはご注文の時にお決めいただかないと困ります。", CON),
    S("ja", "お名入れをする場合は、お渡しまで日数を少し余分にいただきます。", VAG),
    S("ja", "たくさんご注文いただける場合は、いくらかお値引きできるかもしれません。", VAG),
    S("ja", "お受け取りの際は注文の控えを持ってきてください。", IMP, RWR),
    S("ja", "原材料に卵が含まれるかどうかは、私どもではお答えいたしかねます。", UNK),
    S("ja", "甘すぎるというご意見は、好みの問題ですので。", DIS),
    S("ja", "配送中の型崩れについては、運送会社にお問い合わせいただく形になります。", DIS),
    S("ja", "ご注文の際に、召し上がる方のご年齢を教えていただけますか。", RWR),
    S("ja", "本日お届けした最中の数が足りなかったのは当店の箱詰めの誤りで、不足分の12個を明日10時までにお届けします。"),
    S("ja", "干菓子の木型は職人が手で彫っているため、新しい図柄をお作りする場合は2週間の期間と彫刻代11,000円を頂戴しています。"),
    S("ja", "お持ち帰りの際は箱を傾けないでください。上に載せた飾りが崩れてしまいます。", IMP),

    S("en", "Our gift box of 12 mochi is $36 and ships frozen by overnight courier every Monday and Tuesday."),
    S("en", "Could you tell us your pickup time? We make the mochi to order and want them as fresh as possible when you arrive."),
    S("en", "Mochi is meant to be eaten fresh, which our website explains very clearly.", CON),
    S("en", "Custom designs need a little more notice.", VAG),
    S("en", "I don't know if the red bean paste is made in a nut-free kitchen.", UNK),
    S("en", "We don't take feedback on our traditional recipes.", DIS),
    S("en", "Could you confirm the number of guests again?", RWR),
]

DRAFTS = [
    D("ja", "ご注文の紅白まんじゅうの数量の誤りについてのお詫び", """
株式会社みやび建設 総務部 堀様

菓匠 月見堂の店主、村井でございます。
本日の地鎮祭にお届けした紅白まんじゅうが、ご注文の80箱に対して70箱しかございませんでした。大切な式の日にご迷惑をおかけし、誠に申し訳ございません。

原因は、ご注文をお電話で承った際に私が「七十」と書き留めてしまい、復唱の際にも数を確かめなかったことです。
不足の10箱は本日15時に私が現場事務所へお届けし、その10箱分の代金32,400円は頂戴いたしません。

今後は、お電話でのご注文は必ずファクスかメールで内容をお送りし、数量をお客様にご確認いただいてからお作りいたします。

菓匠 月見堂 村井 正人
TEL 0258-55-0117
"""),
    D("ja", "お茶会用の上生菓子40個：お受け取りは11月3日 9時です", """
清水様

菓匠 月見堂の村井です。
11月3日のお茶会用の上生菓子40個のご注文を承りました。

・内訳：「初霜」20個、「紅葉」20個
・お受け取り：11月3日（月・祝）9:00、店頭にて
・代金：1個420円 × 40個 ＝ 16,800円

上生菓子はその日のうちに召し上がっていただくお菓子ですので、当日の朝6時から作り始め、お受け取りの時間に合わせてお渡しします。
お受け取りの時間を変更される場合は、仕込みの量を調整するため、11月1日までにお電話いただけますでしょうか。

菓匠 月見堂 村井
"""),
    D("ja", "お届けした栗羊羹について", """
小野様

菓匠 月見堂の村井です。
お届けした栗羊羹の賞味期限の表示が誤っていたとのこと、誠に申し訳ございません。
正しい賞味期限は11月20日でございます。
正しい期限を印字したラベルを、本日郵送いたしました。

菓匠 月見堂 村井
""", APO),

    D("en", "Your wedding favours: 150 boxes, delivery Saturday 8 June at 11am", """
Hi Olivia,

Your order of 150 wedding favour boxes (two sakura mochi each) is confirmed for delivery to The Orchard Barn on Saturday 8 June at 11am.

Mochi is at its best on the day it's made, so we'll make them fresh that morning. They'll keep at room temperature until 10pm; after that they start to harden.

The balance of $450 is due by 1 June, and I've attached the invoice.

Congratulations to you both!
Ken
Tsukimi Confectionery
"""),
    D("en", "About your dorayaki order", """
Hi Mr Bennett,

I'm so sorry that your dorayaki arrived squashed. That's not the standard we aim for.

We've sent a replacement box by express post today, and it should reach you tomorrow before noon.

Warm regards,
Ken
Tsukimi Confectionery
""", APO),
]

MAILS = [
    M("ja", "high", "anxious", False, "どら焼きの原材料を教えてください", """
月見堂様

今日の昼にそちらのお店で買った栗どら焼きを、4歳の娘が食べたところ、
口の周りが赤く腫れて、かゆがり始めました。
娘はくるみのアレルギーがありますが、
お店の表示にはくるみは書かれていなかったと思います。

今、小児科に向かっているところです。
お医者さんに伝えたいので、あのどら焼きに入っている原材料と、
同じ工場でくるみを使ったお菓子を作っているかどうかを教えてください。
電話がつながらなかったのでメールしました。

佐野 090-5555-0452
"""),
    M("ja", "high", "neutral", False, "明日の告別式の供養菓子の配達時間について", """
菓匠 月見堂 ご担当者様

お世話になっております。さくら典礼会館の大川です。
明日（15日）10時からの村上家告別式でお配りする供養菓子200個を、
先週ご注文しておりますが、配達の時間がまだ決まっておりません。

会葬者の方にお渡しする袋詰めの作業がありますので、
明日の朝8時30分までに会館へお届けいただく必要がございます。
配達の時間をご確認のうえ、お知らせいただけますでしょうか。

さくら典礼会館 大川
"""),
    M("ja", "high", "angry", False, "代金の二重引き落としについて（３度目のご連絡です）", """
菓匠 月見堂 御中

先月の法事用のまんじゅう代（２１，６００円）が、
クレジットカードから２回引き落とされている件で、ご連絡は今回が３度目です。
１回目はお店で直接お伝えし、２回目は先週メールをお送りしました。
「確認します」とおっしゃったきり、その後なんの音沙汰もありません。

長年ひいきにしてきたお店なので、こういう形でご連絡するのは残念です。
いつ返金していただけるのか、はっきりお答えください。

松浦 清子
"""),
    M("ja", "normal", "neutral", False, "お中元の注文の締切について", """
お中元に水羊羹の詰め合わせを10件ほど送りたいと思っています。
7月上旬に届けてもらうには、いつまでに注文すればよいでしょうか。
"""),
    M("ja", "normal", "angry", False, "お電話での対応について", """
先日、お電話で予約の内容を確認させていただいた際、
応対された方に面倒そうな声で「注文票を見ればわかるでしょ」と言われました。
注文票をなくしてしまったのはこちらの落ち度ですが、
あのような言い方をされるとは思いませんでした。
昔から好きなお店だっただけに、とても残念です。
"""),
    M("ja", "normal", "anxious", False, "糖尿病の父へのお菓子について", """
糖尿病で食事制限をしている父の誕生日に、
何か和菓子を贈りたいと思っています。
甘さ控えめのものや、糖質の少ないお菓子はありますか。
父が食べても大丈夫なのか分からず、迷っています。
"""),
    M("ja", "normal", "neutral", True, "予約", """
土曜いけますか
"""),
    M("ja", "normal", "positive", False, "結婚式のお菓子、好評でした！追加のお願い", """
村井様

先日の結婚式の引き菓子、ゲストの皆さんからとても好評でした！
「こんなにきれいなお菓子、食べるのがもったいない」と何人にも言われました。
本当にありがとうございました。

お礼に両家の親戚にも配りたいので、同じ詰め合わせを追加で30箱お願いできますか。
受け取りは来月のどこかで大丈夫です。

森 彩花
"""),
    M("ja", "low", "neutral", False, "初釜のお菓子の予約について", """
来年の初釜の時期に、上生菓子をお願いしたいと考えています。
予約はいつ頃から受け付けていらっしゃいますか。
急ぎませんので、分かったらで結構です。
"""),
    M("ja", "low", "angry", False, "ご意見", """
昔はもっと丁寧に作っていらっしゃったと思いますが、
最近のどら焼きは皮がぱさぱさで、あんこの味も変わりましたね。
今は機械で作っているのでしょうか。
もう買うことはないと思います。返事は不要です。
"""),

    M("en", "high", "anxious", False, "Order for tomorrow's consulate demonstration shows cancelled", """
Hello,

We are holding a tea ceremony demonstration at the Japanese Consulate tomorrow at 10am for 60 guests, and we ordered 70 seasonal sweets from you for it (order TK-1183), to be collected at 8am.

I've just checked the order page and it says "cancelled – payment failed". Our card was charged on Monday; I can see the payment on our statement.

Please can someone confirm whether the sweets are still being made for tomorrow morning? We have no alternative supplier at this point.

Yuki Hamilton
Japan Society, Eastfield
"""),
    M("en", "normal", "angry", False, "Hair in the gift box", """
I bought your 16-piece gift box to take to my in-laws on Sunday. When we opened it in front of everyone, there was a long hair stuck to one of the sweets.

It was humiliating. I'd expect better from a shop that charges $58 for a box of sweets.

Tanya Marsh
"""),
    M("en", "normal", "neutral", False, "Gelatin?", """
Hi, do any of your sweets contain gelatin? I'm vegetarian and wanted to order the summer selection box.

Thanks,
Priyanka
"""),
    M("en", "normal", "neutral", False, "40 pieces for a tea gathering", """
Hello,

Could I order 40 pieces of namagashi for a tea gathering on the 22nd of next month? A mix of two or three seasonal designs would be lovely. I'd collect in the morning.

Best,
Judith
"""),
    M("en", "low", "neutral", False, "Chestnut season", """
When do you usually start making kuri kinton? Just curious, as I'd like to try it this autumn.

Thanks,
Marco
"""),
]

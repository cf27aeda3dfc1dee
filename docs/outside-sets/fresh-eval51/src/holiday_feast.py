# holiday_feast = pre-ordered holiday feast boxes delivered for a fixed date
# (ja: New Year osechi by a restaurant; en: Thanksgiving/Christmas dinner boxes)
# ja: 料亭おせち「花むすび」   en: Harvest Table Kitchen
from common import S, D, M

DOMAIN = "holiday_feast"

SENTENCES = [
    # --- ja ---
    S("ja", "お届けは12月31日の午前中を予定しており、30日の夜に配送番号をメールでお知らせします。", []),
    S("ja", "配送状況についてはお答えしかねます。", ["unknown_without_followup"]),
    S("ja", "キャンセル料は時期によって若干かかります。", ["vague"]),
    S("ja", "12月15日まではキャンセル料はかからず、16日以降は代金の30％を頂戴します。", []),
    S("ja", "冷蔵庫で24時間かけて解凍してください。", ["imperative", "request_without_reason"]),
    S("ja", "冷凍のままお届けしますので、味と食感を保つため、冷蔵庫に移して24時間かけて解凍していただけますか。", []),
    S("ja", "配送中の破損については、運送会社の問題ですので当店では対応いたしません。", ["dismissive"]),
    S("ja", "年末は毎年注文が殺到しますので、早めに注文なさらなかったお客様にも原因がございます。", ["condescending"]),
    S("ja", "ご注文番号をお知らせください。", ["request_without_reason"]),
    S("ja", "アレルギー対応のおせちをご用意できるかどうかは、わかりかねます。", ["unknown_without_followup"]),
    S("ja", "えびアレルギーの方には、えびを使わない二段重（税込18,800円）をご用意しております。", []),
    S("ja", "お届け日の変更をご希望の場合は、お早めにご連絡ください。", ["vague"]),
    S("ja", "受け取りの際は、必ず在宅しているようにしてください。", ["imperative", "request_without_reason"]),
    S("ja", "到着が遅れましたこと、誠に申し訳ございません。代わりの品を本日中に発送し、31日の午前中にお届けします。", []),
    # --- en ---
    S("en", "Your turkey box will arrive sometime before Christmas.", ["vague"]),
    S("en", "Most of our customers manage to order before the cut-off, so I'm not sure what went wrong on your end.", ["condescending"]),
    S("en", "Please return the insulated cooler bag within two weeks.", ["request_without_reason"]),
    S("en", "Every box is packed on 22 December and delivered on the 23rd between 8 a.m. and 6 p.m.; you'll get a two-hour window by text that morning.", []),
    S("en", "Because the pies are baked the morning they ship, they'll keep at room temperature for two days, so there's no need to make room for them in the fridge.", []),
    S("en", "We don't respond to reviews about portion sizes.", ["dismissive"]),
]

DRAFTS = [
    D("ja", "おせちの遅配について", """
山田様

料亭おせち「花むすび」お客様窓口の小林です。
12月31日の午前中にお届けするお約束だったおせちが夕方になっても届かず、大切な年越しの準備にご迷惑をおかけしましたこと、誠に申し訳ございません。

当日は、配送を委託している運送会社の集荷センターで仕分けの機械が故障し、約300件の荷物が半日遅れておりました。
山田様のおせちは、当店のスタッフが車で直接お届けし、20時30分にお受け取りいただきました。代金の全額（税込29,800円）は、本日ご注文時のクレジットカードに返金いたしました。

花むすび お客様窓口 小林
""", ["apology_incomplete"]),
    D("ja", "ご注文内容の確認（おせち三段重）", """
〇〇 様

このたびは花むすびのおせちをご注文いただき、誠にありがとうございます。
ご注文の内容を確認いたしましたので、お知らせいたします。

・商品：おせち三段重「寿」（4〜5人前） 1セット
・お届け日：12月31日（水）午前中
・お支払い：クレジットカード（決済済み）
・ご注文番号：HM-2412-0873

お届け先やお届け日の変更は、12月20日まで、このメールへの返信で承ります。
冷凍便でお届けしますので、受け取り後は冷凍庫ではなく冷蔵庫に入れて、約24時間かけて解凍してからお召し上がりいただくと、いちばんおいしく召し上がれます。

花むすび お客様窓口
""", ["placeholder_left"]),
    D("ja", "えびの混入についてのお詫びとご返金のご報告", """
中島様

花むすび お客様窓口の小林です。
「えび抜き」でご注文いただいたおせちに、えびを使った料理が入っていたこと、心よりお詫び申し上げます。お子様のその後のご体調はいかがでしょうか。

調べましたところ、盛り付けの際に、えび抜きの注文票と通常の注文票が同じ台に重ねて置かれており、担当者が通常の献立で盛り付けておりました。
代金の全額（税込24,800円）は、本日返金の手続きを済ませました。受診された際の医療費も当店で負担いたしますので、領収書の写しをお送りいただけますでしょうか。金額を確認したうえで、5営業日以内にお振込みいたします。
来年からは、アレルギー対応のおせちを別の部屋で盛り付け、完成後に別の担当者が注文票と中身を照合してから箱を閉じるよう改めます。

このたびは本当に申し訳ございませんでした。

花むすび お客様窓口 小林
"""),
    D("ja", "法人様向け10セットのお見積もりと領収書の宛名について", """
株式会社北斗設計 総務部 松田様

花むすび 法人窓口の小林です。
おせち10セットのご注文について、お見積もりをお送りするとともに、領収書の宛名のご確認をお願いいたします。

■お見積もり
・おせち二段重「松」（2〜3人前） 10セット
・単価 税込16,200円 × 10 ＝ 162,000円
・10セット以上のご注文のため、送料（1か所あたり1,100円）は無料です

■領収書の宛名
「株式会社北斗設計」でよろしいでしょうか。宛名は発行後に変更できないため、発行前の12月15日までにご確認いただけますと助かります。

お届け先が社員の方のご自宅10か所に分かれる場合は、添付の表にお届け先をご記入いただければ、それぞれに発送いたします。

花むすび 法人窓口 小林
"""),
    D("en", "About the leaking gravy in your Christmas box", """
Dear Mrs Whitfield,

I'm so sorry that the gravy pot in your Christmas box leaked through the packaging and soaked the bread rolls and the trifle.

We've looked into what happened: on 22 December the machine that seals the gravy lids was set to too low a temperature for part of the morning, so about 40 lids didn't seal properly.

To stop this happening again, the sealing temperature is now checked and logged every hour, and every pot is turned upside down for ten seconds before it goes into a box.

Warm regards,
Ellen
Harvest Table Kitchen
""", ["apology_incomplete"]),
    D("en", "Christmas order: two boxes, one to your mother - confirmed", """
Hi Joanna,

Both Christmas boxes are booked: one to you in Portland and one to your mother in Eugene, each arriving on 23 December between 8 a.m. and 6 p.m.

Order details:
- 2 x Classic Christmas Dinner for 4, $179 each
- Delivery: free to both addresses
- Total charged: $358 (Visa ending 0921)

Your mother will get a text with a two-hour delivery window on the morning of the 23rd, so could you send us a mobile number for her? The driver also uses it to reach her if the building entrance is locked.

Thanks for coming back to us this year!
Ellen
Harvest Table Kitchen
"""),
]

MAILS = [
    # --- ja ---
    M("ja", "おせちがまだ届きません", """
花むすび 様

１２月３１日午前中指定で注文したおせちが、１６時を過ぎた今もまだ届きません。
お昼と１５時に電話しましたが、どちらもつながりませんでした。
配送番号で調べても「配達中」のまま動きません。

明日の元日は親戚が１２人集まることになっていて、このおせちを出す予定です。
今日中に届くのかどうか、届かないならどうしていただけるのか、すぐに教えてください。
年に一度のことなのに、本当に困ります。

注文番号：HM-2412-0551
山田 和子
""", "high", "angry"),
    M("ja", "えび抜きで注文したのに、えびが入っていました", """
花むすび　お客様窓口様

「えび抜き」で注文したおせちが今朝届いたのですが、二の重にえびの入った練り物が入っていました。
えびアレルギーの５歳の息子が一口食べてしまい、今、口のまわりが赤くなっています。
呼吸は苦しくないようで、これから休日診療所に連れて行くところです。

医師に伝えるために、その練り物にどのくらいえびが使われているのか、ほかの料理にもえびが入っていないか、教えていただけますか。
携帯にお電話いただいても構いません。

中島
""", "high", "anxious"),
    M("ja", "お届け先住所の変更をお願いします", """
お世話になっております。
注文確認メールを見直していたところ、お届け先の住所が引っ越す前の旧住所になっていることに気づきました。
ご案内では１２月２９日に発送とのことですので、その前に変更していただけないでしょうか。

注文番号：HM-2412-0932
旧住所：川崎市中原区小杉町１－４－７０２
新住所：川崎市高津区溝口３－１１－２　サンハイツ２０５

旧住所には今は別の方が住んでいるので、そちらに届いてしまうと受け取れません。
よろしくお願いいたします。
木村
""", "high", "neutral"),
    M("ja", "注文", """
キャンセルできますか
""", "normal", "neutral", True),
    M("ja", "重箱の返却について", """
お世話になります。
おせちの重箱は、食べ終わったら返却が必要でしょうか。
それとも、そのままいただいてよいものですか。
返却する場合は、洗ってから送ればよいのか教えてください。
""", "normal", "neutral"),
    M("ja", "冷凍おせちの解凍について", """
初めて冷凍のおせちを注文しました。
説明書に「冷蔵庫で解凍」とありますが、元日のお昼に食べたい場合、何日の何時ごろに冷凍庫から冷蔵庫に移せばいいのでしょうか。
早すぎて傷んでしまったり、遅すぎて凍ったままだったりしたらと思うと心配で…。
冷蔵庫がいっぱいになりそうなのも不安です。
お手数ですが教えてください。
""", "normal", "anxious"),
    M("ja", "写真と違いすぎます", """
今年初めてお願いしましたが、正直がっかりしました。
ホームページの写真では重箱いっぱいに詰まっていたのに、届いたものは隙間だらけで、品数も写真より明らかに少なかったです。
２万９千円も払ってこれかと、家族の前で恥ずかしい思いをしました。
来年からはもう頼みません。
一応、写真を送りますので、どういうことなのか説明はしてください。
""", "normal", "angry"),
    M("ja", "会社で10セット注文したいです", """
花むすび　ご担当者様

株式会社北斗設計　総務部の松田と申します。
社員への年末の贈り物として、おせちを１０セット注文したいと考えています。
領収書は会社名でいただけますか。
また、お届け先が社員の自宅１０か所に分かれる場合でも対応していただけるでしょうか。
""", "normal", "neutral"),
    M("ja", "今年もおいしくいただきました", """
花むすび　様

今年のおせちも家族みんなでおいしくいただきました。
特に、黒豆と伊達巻は毎年子どもたちの取り合いになります。
来年もまたお願いしたいと思います。ありがとうございました。

松本
""", "low", "positive"),
    M("ja", "来年の予約について", """
来年の年末分のおせちの予約は、いつごろから受け付けが始まりますか。
今年は気づいたときには売り切れていたので、来年は早めに申し込みたいと思っています。
まだ先のことですので、ご回答はいつでも構いません。
""", "low", "neutral"),
    # --- en ---
    M("en", "Turkey arrived warm - 14 guests tomorrow", """
Hi,

Our Thanksgiving box (order HT-88213) arrived at 7 p.m. tonight, four hours late. The ice packs had completely melted and the turkey is at 14°C on my meat thermometer. The sides feel warm too.

I'm hosting 14 people tomorrow at 2 p.m., including my mother, who's on chemotherapy. Is any of this safe to cook? If not, what are you going to do about it tonight - the shops close at 10.

Carol Whitfield
""", "high", "anxious"),
    M("en", "Christmas ham", """
The ham was dry, the cranberry sauce was missing, and half the side dishes had no labels, so we had no idea what was what or how long to heat them. We paid $189 for this and served most of it cold in the end.

I've been a customer for four years. This was not good enough.

R. Patel
""", "normal", "angry"),
    M("en", "Change pickup to delivery", """
Hello,

I ordered a Christmas dinner box for pickup on 23 December (order HT-90177). Is it possible to switch to home delivery instead? We live about 10 miles from your kitchen. Happy to pay the delivery fee.

Thanks,
Andrew Kim
""", "normal", "neutral"),
    M("en", "Two boxes this year!", """
Hi Harvest Table!

Your Christmas box was the best thing about last year's holidays - my kids still talk about the maple carrots. This year I'd like to order two: one for us and one sent to my mum in another city. Is that possible?

Joanna
""", "normal", "positive"),
    M("en", "Summer box idea", """
Just wondering whether you'd ever consider a summer barbecue box - ribs, slaw, that sort of thing. No rush at all, only an idea for the future.

Dee
""", "low", "neutral"),
]

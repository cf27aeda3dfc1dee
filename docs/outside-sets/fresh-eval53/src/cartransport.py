# cartransport = vehicle transport by carrier truck (陸送: moving private and dealer cars between cities, pickup and delivery)
from common import S, D, M
DOMAIN = "cartransport"

SENTENCES = [
    S("ja", "お引き取りは3月2日（月）の9時から12時の間で、ドライバーが伺う30分前にお電話します。"),
    S("ja", "納車は来週のどこかになる見込みです。", "v"),
    S("ja", "鍵はスペアも含めて全部用意しておいてください。", "i r"),
    S("ja", "届け先で一時的に必要になることがあるため、鍵はスペアも含めてすべてお預かりしております。"),
    S("ja", "車両の傷は引き取りの時点で写真に記録しておりますので、当社の責任ではございません。", "c"),
    S("ja", "積載車の手配状況は、現時点ではお答えできません。", "u"),
    S("ja", "燃料は少し入れておいていただければ大丈夫です。", "v"),
    S("ja", "料金は距離と車種で決まり、東京から福岡までの普通車で税込み64,900円です。"),
    S("ja", "フェリーの欠航による遅れについては、当社ではどうにもできません。", "d"),
    S("ja", "ご自分で書類をご用意できないのでしたら、代行オプションをお選びいただくしかありませんね。", "c"),
    S("ja", "お引き取りの際の車両の確認に使いますので、車検証の写しをFAXしてください。", "i"),
    S("ja", "陸送中の事故の補償範囲については、保険会社から回答がありしだいお伝えします。", "u"),
    S("ja", "雪で峠が通行止めになったため到着が1日遅れ、新しい到着予定は3月5日の午前です。"),
    S("ja", "工事のため、しばらくの間（3月1日〜15日）横浜営業所での車両の受け渡しができませんので、川崎営業所をご利用ください。"),
    S("en", "Remove all personal items from the car; our transit insurance doesn't cover them.", "i"),
    S("en", "Delivery will be sometime next week.", "v"),
    S("en", "The chips under the bumper were there at pickup, as our photos make perfectly clear, so this really isn't worth arguing about.", "c d"),
    S("en", "We can't confirm the truck's location.", "u"),
    S("en", "The truck is held up by the pass closure; the new arrival window is Friday between 2 and 5 pm, and the driver will call an hour ahead."),
    S("en", "We'd suggest leaving about a quarter tank of fuel, because the driver needs it to load and unload and we never refuel on the way."),
    S("en", "Only one key is needed for the journey, so you're welcome to keep the spare at home."),
]

DRAFTS = [
    D("ja", "お引き取り日時確定のお知らせ（3月2日 午前）", """
吉村 浩二 様

カーキャリー便の配車担当、杉本です。
お申し込みいただいた陸送（神奈川県藤沢市 → 福岡県福岡市、トヨタ プリウス）のお引き取り日時が決まりましたので、お知らせします。

お引き取り：3月2日（月）9時〜12時（ドライバーが30分前にお電話します）
お届け予定：3月5日（木）午前
料金：税込み64,900円（お引き取りの際に現金またはカードでお支払いください）

車検証は運行中に車内に備え付けておく必要があるため、当日は車内に入れたままにしていただき、鍵をドライバーにお渡しください。
ご都合が変わった場合は、前日の17時までにご連絡いただければ無料で日程を変更できます。

カーキャリー便 配車センター
杉本 亜美
"""),
    D("ja", "発送完了のお知らせ", """
堀 真由美 様

カーキャリー便です。
本日、お預かりしたお車（ホンダ N-BOX）を積載車に積み込み、出発いたしました。

お届け予定日：11月14日（木）14時〜17時
追跡番号：XXXX-XXXX

追跡番号は当社ホームページの「配送状況の確認」に入力すると、現在地の目安をご確認いただけます。

カーキャリー便 配車センター
""", "p"),
    D("ja", "カーキャリー便です", """
本田 聡 様

いつもカーキャリー便をご利用いただき、ありがとうございます。

当社は今春から四国と南九州への定期便を増便し、これまでより最大2日早くお届けできるようになりました。
また、ご依頼いただいたお客様の97％から「満足」とのご評価をいただいております。

ところで、お申し込みの際に車検証の写しが添付されておりませんでした。
車検証の写しがないとお車をお引き取りできないため、お引き取り日の3日前（4月9日）までに、このメールへの返信で画像をお送りいただけますでしょうか。

今後ともカーキャリー便をよろしくお願いいたします。
""", "f"),
    D("en", "Update on the scratch to your Audi", """
Dear Mr Blake,

We've finished looking into the scratch on the rear door of your Audi A4, delivered on 12 May.

Our driver's photos show the door was undamaged at collection. The scratch happened at our Doncaster depot, where the car was parked next to a loading bay overnight.

We've booked the repair at Kingsway Bodyshop, near you, for 20 May, at our cost, with a courtesy car for the day.

Cars now wait in the covered section of the depot, away from the loading bays.

Regards,
Sian Roberts
Customer Relations, Roadlink Vehicle Transport
""", "a"),
]

MAILS = [
    M("ja", "high", "neutral", "福祉車両の到着遅れについて", """
カーキャリー便 配車センター御中

お世話になっております。グループホームひだまりの事務長、加藤です。

先週お願いした車いす対応の福祉車両の陸送について、本日「到着が2日遅れて金曜日になる」とお電話をいただきました。
この車は入居者の方の通院送迎に使っており、うち1名は水曜と木曜に人工透析の予約があります。
代わりの車いす対応の車はこちらでは手配できません。

木曜の朝8時までに到着させる方法はないでしょうか。
難しい場合は、その旨を本日中にお知らせください。透析先と送迎の相談をしなければなりません。

グループホームひだまり 事務長
加藤 義男
TEL 0942-00-5566
"""),
    M("ja", "high", "angry", "納車日に車が届きません", """
カーキャリー便 様

本日届く予定だった車が、まだ届いていません。
今朝から3回電話をしましたが、「確認して折り返します」と言われたきり、夕方になっても折り返しはありません。

明日から転勤先の事業所に車で通勤しなければならないと、申し込みのときにもお伝えしました。
車がなければ明日は出勤できません。

今どこにあって、いつ届くのか。今夜中に連絡をください。

受付番号 CC-2403-1182
堀 真由美
"""),
    M("ja", "high", "anxious", "陸送中の事故について", """
カーキャリー便 ご担当者様

先ほど、陸送をお願いしている車のドライバーの方から電話があり、
高速道路で後ろから追突されて、積載車が事故に遭ったと聞きました。
電話が途中で切れてしまい、それ以上のことが分かりません。

ドライバーの方におけがはないのでしょうか。
それから、積まれていた私の車（父の形見のスカイラインです）がどうなっているのか、心配でたまりません。
保険の手続きなど、私の側で今すぐしなければならないことがあれば教えてください。

受付番号 CC-2403-0907
本田 聡
"""),
    M("ja", "low", "neutral", "旧車の陸送のお見積もり", """
はじめまして。
札幌から東京（世田谷区）まで、1972年式の車を陸送していただきたいと考えています。
自走はできますが、古い車なので、屋根付きの積載車を希望します。
料金の目安と、何日くらいかかるかを教えていただけますか。

時期は5月ごろを考えていて、日程はこちらの都合でいくらでも動かせますので、
お返事はお手すきのときで構いません。

石川
"""),
    M("ja", "normal", "angry", "届いた車の走行距離について", """
昨日、陸送を頼んだ車が届きました。
ところが、預けたときに比べて走行距離が310キロ増えていて、ガソリンもほとんど空です。
陸送というのは、積載車に載せて運ぶものだと思っていたのですが、違ったのでしょうか。

申し込みのときに「積載車で運びます」と言われたことは、メールにも残っています。
どういうことなのか、説明をお願いします。

吉村
"""),
    M("ja", "normal", "anxious", "初めて陸送をお願いするのですが", """
こんにちは。
4月から転勤で、車を大阪から仙台まで運んでいただきたいと思っています。

陸送を頼むのは初めてで、知らない方に鍵を預けることや、途中で傷がつかないかが少し不安です。
引き取りのときに、車の状態を一緒に確認していただけるのでしょうか。
万一傷がついた場合の補償についても教えていただけると安心です。

松井
"""),
    M("ja", "normal", "neutral", "明日", """
明日大丈夫ですか
""", terse=True),
    M("ja", "normal", "neutral", "支払い方法と領収書について", """
カーキャリー便 様

陸送の申し込みをした株式会社ＴＡＫＵＭＩ自動車の片岡です。
料金は請求書払い（月末締め翌月末払い）にしていただくことは可能でしょうか。
また、領収書は会社名宛てでお願いします。

受付番号ＣＣ－２４０３－１２０４
片岡
"""),
    M("ja", "normal", "positive", "無事に届きました（領収書のお願い）", """
カーキャリー便の皆様

昨日、車が無事に仙台に届きました。
ドライバーの方がとても丁寧で、引き取りのときも到着のときも、傷の確認を一緒にしてくださったので安心できました。
ありがとうございました。

ひとつお願いなのですが、転勤の費用として会社に精算するため、
領収書を「株式会社ミヤギ電設」宛てで発行し直していただけますか。
今月末の精算に間に合えば助かります。

松井
"""),
    M("ja", "low", "neutral", "来年の春の引っ越しについて", """
来年の3月末に、熊本から横浜へ引っ越す予定です。
その際、軽自動車を1台運んでいただくことになると思うのですが、
だいたいの料金と、いつ頃までに申し込めばよいかを教えてください。
まだ先の話なので、急ぎません。

田村
"""),
    M("en", "high", "anxious", "Car overdue - I need it for patient visits from Monday", """
Hello,

My car was due to be delivered to Aberdeen yesterday (booking RL-55291, collected from Leeds on Tuesday). The tracking page hasn't changed from "In transit" since Wednesday morning, and the phone line just rings out.

I'm a community nurse and I start a new rota on Monday doing home visits across rural Aberdeenshire. Without the car, several of my patients simply won't get their visits. I'm not sure whether I should be hiring a car or waiting.

Could someone please tell me where it is?

Fiona MacLeod
"""),
    M("en", "normal", "angry", "Your handling of my damage claim", """
Dear Roadlink,

Three weeks ago I reported a cracked wing mirror on my car, with photos taken the moment it came off your lorry. Since then I've been asked to send the same photos twice, told the claim was "with the insurer", and then told the insurer had never received it.

I'm not sure who is in charge of this, but it would be nice if someone were.

Nathan Blake
"""),
    M("en", "normal", "neutral", "Quote for a motorbike", """
Hi,

Do you also move motorbikes? I need a 2018 Triumph Bonneville taken from Bristol to Inverness, ideally some time in June. It's in running order.

Thanks,
Gary
"""),
    M("en", "normal", "neutral", "news?", """
Any news?
""", terse=True),
    M("en", "low", "neutral", "Moving to Belfast next year", """
Hello,

We're planning to move from Manchester to Belfast next summer. Do you cover Northern Ireland, and roughly what would it cost to move one small hatchback? Just gathering information for now.

Regards,
Anita
"""),
]

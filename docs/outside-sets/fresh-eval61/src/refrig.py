# refrig = commercial refrigeration maintenance (shops, restaurants, clinics)
from _h import s, d, m

DOMAIN = "refrig"

SENTENCES = [
    s("ja", "冷凍ストッカーの霜取りを三か月も放っておかれたのであれば、故障するのも無理のない話です。", "C"),
    s("ja", "コンプレッサーの交換となると、機種によっては結構な金額になります。", "V"),
    s("ja", "メーカーには本日付で膨張弁を発注しましたので、部品が入り次第、すぐに担当の者が伺って交換いたします。", "V"),
    s("ja", "メーカーが生産を終えた機種ですので、修理できるかどうかはこちらでは分かりかねます。", "U"),
    s("ja", "庫内温度の記録を、過去一週間分送ってください。", "IR"),
    s("ja", "庫内温度の記録を過去一週間分お送りいただけますか。温度が上がり始めた時刻が分かれば、霜の詰まりかガス漏れかを見分けられます。"),
    s("ja", "点検の回数は、御社の使い方であれば年2回、4月と10月で十分です。"),
    s("ja", "夜10時以降の出張修理は1件につき16,500円の割増がかかります。明朝8時以降であれば通常料金で伺えますので、どちらになさるかお知らせください。"),
    s("ja", "お見積書は、メーカーから部品の価格が出てからのご提出になります。", "V"),
    s("ja", "原因はまだ特定できていません。明日の午前中に冷媒の圧力を測り、正午までに結果と修理の方針をお電話でご報告します。"),
    s("ja", "明日は8時半に伺い、作業は2時間ほどの予定です。"),
    s("ja", "冷凍庫の扉は、技術者が着くまでなるべく開けずにおいていただけますか。閉めておけば、庫内の温度は4時間ほどは保てます。"),

    s("en", "Most of our customers keep their condenser coils clean and never run into this.", "C"),
    s("en", "We've put you on this week's round.", "V"),
    s("en", "The compressor is on back order with the manufacturer, and we don't have any information on when it will ship.", "U"),
    s("en", "I can't give you a firm price until the engineer sees whether the leak is in the evaporator, but the call-out is £95 and he can be there at 7 am tomorrow."),
    s("en", "Could you switch the unit to defrost for 30 minutes before the engineer arrives? That way he can reach the fan without waiting for the ice to melt."),
    s("en", "Your walk-in freezer's service contract covers parts and labour until 31 March, so Tuesday's gasket replacement won't be invoiced."),
    s("en", "Please don't restart the compressor until our engineer has checked it: it's running very hot, and restarting it now could burn out the motor, which would turn a £200 repair into a £1,400 one."),
]

DRAFTS = [
    d("ja", "3月4日の修理訪問の遅れについてお詫び申し上げます",
      """居酒屋 とりまる
店長 木村 様

北斗冷機サービスの青木です。
3月4日、製氷機の修理に午前中に伺うとお約束しながら、実際に伺ったのは15時過ぎでした。仕込みの時間に氷が使えず、ご迷惑をおかけして大変申し訳ございませんでした。

当日は別のお客様の冷凍庫の修理が長引いたうえ、その時点で御店にご連絡すべきところを、担当者が作業を優先してしまいました。
当日中に製氷機の修理は完了し、翌朝の製氷量も正常であることを確認しております。また、当日の出張費5,500円はご請求いたしません。

今後は、前の現場が予定より30分以上延びた時点で、事務所から次のお客様へ必ずお電話する運用に改め、全技術者に周知いたしました。

北斗冷機サービス株式会社
青木 誠
"""),
    d("ja", "冷凍ショーケース修理のお見積り",
      """スーパーやまびこ 駅前店
藤本 様

いつもお世話になっております。北斗冷機サービスの青木です。
先日点検した冷凍ショーケース（3号機）の修理のお見積りをお送りします。

・膨張弁の交換　部品代 18,700円（税別）
・冷媒の回収と再充填　〇〇円（税別）
・作業費 24,000円（税別）

作業は閉店後の21時から3時間ほどで、翌朝の開店には間に合います。
ご了承いただけましたら、ご希望の日をお知らせください。

北斗冷機サービス株式会社 青木
""", "P"),
    d("ja", "ご連絡",
      """株式会社みどり食品 工場総務課
石田 様

北斗冷機サービスの青木です。
4月の定期点検について、下記の2つの候補日のうち、ご都合のよい日をお知らせいただけますでしょうか。
冷凍庫を2時間ほど停止するため、前日の出荷量の調整が必要になると伺っており、早めに日を決めておきたいと考えております。

① 4月22日（火）13時～17時
② 4月24日（木）9時～13時

どちらも難しい場合は、別の日程を改めてご提案いたします。

北斗冷機サービス株式会社 青木
"""),

    d("en", "Your service visit is confirmed",
      """Hi {first_name},

Thanks for booking with Coldline Refrigeration. Your engineer, Mike, will arrive between 7:00 and 9:00 on Thursday 14 March to service the two reach-in fridges and the walk-in freezer.

Please make sure the engineer can get to the back of each unit; if he has to move stock it adds roughly 20 minutes per unit.

See you Thursday,
Coldline Refrigeration
""", "P"),
    d("en", "Why we can't just top up the gas on your cold room",
      """Dear Mr Novak,

You asked us to top up the refrigerant in your cold room without doing a leak test first. We can't do that: under the F-gas rules, a system that has lost gas must be leak-tested and repaired before it's recharged, and topping up alone would also mean paying for gas that leaks out again within weeks.

What we can do is send Mike on Tuesday at 8:00 with an electronic leak detector. Most leaks on units your age are at the flare joints and he can fix them on the spot; the test, the repair of up to two joints and the recharge come to £410 plus VAT.

If you'd like that slot, just let us know by Friday noon.

Kind regards,
Anna Webb
Coldline Refrigeration
"""),
]

MAILS = [
    m("ja", "冷凍ショーケースの温度",
      """北斗冷機サービス様

スーパーやまびこ駅前店の藤本です。閉店作業中に気づいたのですが、冷凍ショーケース（２号機）の温度表示がマイナス８度まで上がっています。
普段はマイナス２２度前後です。アイスと冷凍食品がおよそ８０万円分入っています。
いまは商品を奥の冷凍庫に移せるだけ移していますが、全部は入りません。
明日の開店は９時です。今夜どなたか来ていただけるか、お電話ください。

店舗直通 ０４８－５５５－０１９２
藤本
""", "high", "anxious"),
    m("ja", "製氷機の件、二度目のご連絡です",
      """昨日の朝と夕方、二度お電話しています。
「夕方までには伺います」と言われてお待ちしていましたが、結局どなたも来ませんでしたし、連絡もありませんでした。
製氷機は昨日の昼から止まったままで、今夜は４０名様の宴会が入っています。
氷は近所の酒屋さんから買って何とかしていますが、今日の１７時に間に合わないのであれば、ほかの業者さんにお願いします。

居酒屋 とりまる 木村
""", "high", "angry"),
    m("ja", "ワクチン保管用冷蔵庫について",
      """北斗冷機サービス
ご担当者様

いつもお世話になっております。さくら内科クリニック事務の岡本です。
ワクチン保管用の冷蔵庫ですが、今朝確認したところ庫内温度が８．６度になっていました（通常２～８度で管理しています）。
ドアはきちんと閉まっていました。
明日の午前中にインフルエンザの予防接種を３０名予約しています。
本日中に点検していただけるか、ご都合をお知らせください。ワクチンは現在、別の冷蔵庫に移しています。

さくら内科クリニック 岡本
""", "high", "neutral"),
    m("ja", "定期点検の日程変更のお願い",
      """青木様

いつもお世話になっております。
来月１５日に予定している定期点検ですが、その日に店内の改装工事が入ることになりました。
申し訳ありませんが、翌週のどこかに変更していただけますか。
候補日をいくつかいただければ、こちらで合わせます。

ベーカリー麦の穂 前田
""", "normal", "neutral"),
    m("ja", "ご請求書について",
      """北斗冷機サービス 御中

先日の冷蔵庫の修理のご請求書を拝見しました。
お見積りでは３万８千円と伺っていましたが、ご請求は６万２千円になっています。
追加の作業があったのであれば、作業の前に一言ご相談いただけるものと思っておりました。
さすがプロの方は、お客の財布の中身まで把握していらっしゃるのですね。
差額の内訳をお示しください。

カフェ ポプラ 横山
""", "normal", "angry"),
    m("ja", "冷凍庫の霜について",
      """お世話になっております。
最近、業務用冷凍庫の奥の壁に霜がびっしり付くようになりました。
温度は今のところマイナス１８度を保っていますが、壊れる前触れなのではと気になっています。
開店して半年で、買い替える余裕はとてもないので、早めに手を打っておけることがあれば知りたいです。

ラーメン 一心 小池
""", "normal", "anxious"),
    m("ja", "見積もり", "この前のやつ、どうなってます？", "normal", "neutral", True),
    m("ja", "先日はありがとうございました",
      """青木様

先日は日曜日の夜にもかかわらず、すぐに来ていただきありがとうございました。
おかげで月曜の朝の仕込みに間に合い、スタッフ一同ほっとしました。
ついでにお願いなのですが、厨房のもう一台の冷蔵庫もだいぶ古くなってきたので、
次に来られるときに点検と、買い替えた場合のお見積りもいただけますか。

洋食 つばめ亭 高田
""", "normal", "positive"),
    m("ja", "冷媒の漏えい点検の記録について",
      """北斗冷機サービス様

来年度から、フロンの簡易点検の記録の様式が変わると業界団体の会報で読みました。
漏えいが見つかったときの報告の仕方も変わるのでしょうか。
今の記録表のままで問題ないか、次の定期点検の際にでも教えていただければ十分です。

みどり食品 石田
""", "low", "neutral"),
    m("ja", "店舗改装時の入れ替えについて（再来年の予定）",
      """再来年の春に店舗の改装を予定しており、その際に冷蔵ショーケースを３台とも入れ替えるか検討しています。
まだ何も決まっていない段階ですが、だいたいどのくらいの費用を見込んでおけばよいか、ざっくりで構いませんので教えてください。
お時間のある時で大丈夫です。

酒のやまだ 山田
""", "low", "neutral"),

    m("en", "Walk-in cooler at 11°C",
      """Hi,

It's 4:15 on Friday afternoon and the walk-in cooler at our shop is reading 11°C. It's normally 2–3°C. The fan is running but the air coming out isn't cold.

There's about £6,000 of meat in there and we can't keep it above 5°C for long under our food safety plan. We don't have anywhere else to put it.

Can someone come out this evening?

Tom Griffiths
Griffiths Family Butchers
01632 960 584
""", "high", "anxious"),
    m("en", "Blast chiller - 4th email",
      """This is my fourth email since Monday about the blast chiller in our central kitchen. The first three got an automatic reply and nothing else.

We cook and chill around 400 school lunches a day. Without the chiller we can't get food down to temperature inside the 90-minute limit in our food safety plan, so since Tuesday we've been buying in sandwiches for every school at our own cost.

If nobody can tell me by tomorrow lunchtime when an engineer is coming, I'll call another company and we can discuss the service contract afterwards.

Sarah Keane
Catering Operations Manager, Northfield Schools Catering
""", "high", "angry"),
    m("en", "Quote for a second display case",
      """Hello,

We'd like a quote for supplying and installing a second chilled display case, same model as the one you fitted in June (Arctica 1250). It would go on the opposite wall, where there's already a socket.

Could you also let me know the lead time?

Thanks,
Nadia Rahman
Rahman's Deli
""", "normal", "neutral"),
    m("en", "fridge 2", "its doing the same thing as before again, can someone look", "normal", "neutral", True),
    m("en", "Thanks!",
      """Hi Anna,

Just wanted to say Mike did a great job on Tuesday - tidy, quick, and he explained what he'd found.

When is our next service due? No rush on this, just want to put it in the diary.

Cheers,
Ben
Harbour Fish Bar
""", "low", "positive"),
]

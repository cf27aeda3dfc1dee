# villa = holiday villa / cottage rental (貸別荘: self-catering houses in the mountains and by the sea, key boxes, cleaning between stays)
from common import S, D, M
DOMAIN = "villa"

SENTENCES = [
    S("ja", "チェックインは15時からで、鍵は玄関横のキーボックスに入っており、暗証番号は前日の18時までにメールでお送りします。"),
    S("ja", "清掃料金が、別途少しかかります。", "v"),
    S("ja", "ゴミは分別して、指定の場所に出してください。", "i r"),
    S("ja", "近隣の別荘から苦情が出ておりますので、22時以降は屋外で大きな声を出さないでください。", "i"),
    S("ja", "前回もお伝えしたとおり、ペットの同伴はお断りしております。", "c"),
    S("ja", "温泉の配管の故障がいつ直るかは、分かりません。", "u"),
    S("ja", "温泉の配管は明日10時に業者が点検しますので、復旧の見込みを昼までにお知らせします。"),
    S("ja", "周辺の飲食店については、当方ではお答えしかねます。", "d"),
    S("ja", "キャンセル料は、宿泊日の30日前から宿泊料金の50％、7日前から100％です。"),
    S("ja", "到着が遅れる場合は、前もって連絡をください。", "r"),
    S("ja", "布団の追加は、状況によってはお受けできない場合もございます。", "v"),
    S("ja", "雪の日は駐車場から玄関までが滑りやすいため、長靴をお持ちいただくと安心です。"),
    S("ja", "鍵を紛失された場合は、実費をいただきます。", "v"),
    S("ja", "薪ストーブは慣れないと火がつきにくいため、到着後に管理人がお伺いして、10分ほど使い方をご説明します。"),
    S("en", "Strip the beds before you leave.", "i r"),
    S("en", "There's a small cleaning fee for stays with pets.", "v"),
    S("en", "The hot tub is out of use until the technician's visit on Tuesday, so we've taken £40 off your stay for the days it's unavailable."),
    S("en", "We don't know when the road will reopen.", "u"),
    S("en", "Check-in is from 4 pm; if you arrive after 9, text us and we'll leave the porch light on for you."),
    S("en", "The last mile to the cottage is a single-track road, so allow an extra 15 minutes if you arrive after dark."),
]

DRAFTS = [
    D("ja", "チェックイン方法のご案内（12月28日〜31日 ご宿泊）", """
原 智子 様

森の貸別荘 こもれびの管理人、安藤です。
12月28日からのご宿泊に向けて、チェックインの方法をご案内します。

・チェックイン：15時以降（鍵は玄関横のキーボックスに入っています）
・キーボックスの暗証番号：前日27日の18時までにメールでお送りします
・駐車場：建物の正面に2台まで停められます

この時期は路面が凍結しますので、スタッドレスタイヤかチェーンのご用意をお願いします。
到着が21時を過ぎる場合は、暖房を入れておきますので、当日の17時までにお電話（0267-00-8080）をいただけますか。

森の貸別荘 こもれび
安藤 誠
"""),
    D("ja", "給湯器の故障についてのお詫び", """
吉田 健 様

森の貸別荘 こもれびの安藤です。

11月3日から5日のご滞在中、給湯器が止まり、2日目の夜にお湯が使えなかったこと、誠に申し訳ございませんでした。
寒い中、ご家族の皆様にご不便をおかけしました。

点検の結果、給湯器の部品が経年で劣化していたことが原因でした。
給湯器は11月7日に新しいものへ交換を済ませております。
また、ご不便をおかけした1泊分の料金（22,000円）をご返金いたしましたので、ご登録のカードの明細をご確認ください。

今後は、設備の点検を年1回から、冬の前と夏の前の年2回に増やし、古くなった機器は故障する前に交換してまいります。

森の貸別荘 こもれび
安藤 誠
"""),
    D("ja", "こもれびより", """
西田 亜紀 様

森の貸別荘 こもれびです。
こちらは紅葉が見頃を迎え、朝晩はすっかり冷え込むようになりました。
今年は暖炉の薪を地元の製材所から仕入れ、よく乾いたものをご用意しております。

さて、11月22日からのご予約について、予約金（宿泊料金の30％、19,800円）のお振込みがまだ確認できておりません。
11月1日までにご入金が確認できない場合は、規定によりご予約が自動でキャンセルとなりますので、お手数ですがご確認いただけますでしょうか。

皆様のお越しを心よりお待ちしております。

森の貸別荘 こもれび
""", "f"),
    D("en", "Your stay at Larchwood Bothy, 14-18 October", """
Dear Mr Grant,

Your booking at Larchwood Bothy for 14-18 October is confirmed, and the balance of £420 has been received.

The key safe code will be texted to you on the morning of the 14th. The last two miles are a gravel track; any car is fine, but please allow 15 minutes for that stretch.

If you'd like us to light the stove before you arrive, just reply with your expected arrival time.

Best wishes,
Morag
Larchwood Cottages
"""),
]

MAILS = [
    M("ja", "high", "neutral", "ベランダの手すりについて", """
こもれび 管理人様

本日から2泊でお世話になっている原です。
2階のベランダの手すりの根元がぐらついていて、手で押すと5センチほど動きます。
下は石の敷かれた庭で、高さは4メートルくらいあります。

今はベランダへの出入り口を閉めて、子どもたち（5歳と8歳）には近づかないように言っていますが、
明日も滞在するので、今日中に見ていただくか、立ち入りを防ぐ方法を教えていただけますか。

原 智子
"""),
    M("ja", "high", "angry", "暗証番号が届いていません", """
今、こもれびの玄関の前にいます。

キーボックスの暗証番号が、前日に届くはずなのに届いていません。
迷惑メールのフォルダも確認しました。
管理人さんの携帯に3回かけましたが出ませんし、留守電にも入れました。

外は雪が降っていて、1歳の子どもを連れています。もう20時です。
このメールを見たら、すぐに番号を送ってください。

予約番号 KM-1228-03
西田
"""),
    M("ja", "high", "anxious", "台風で高速が通行止めになっています", """
森の貸別荘 こもれび 様

明日11月2日から3泊で予約している吉田です。

台風の影響で、今夜から中央道が通行止めになると今ニュースで見ました。
明日の朝に出発する予定でしたが、道路が開かなければたどり着けません。

キャンセル料が前日100％だと伺っていて、3泊分で10万円近くになるので、どうしたらいいか困っています。
日程の変更など、何か方法はありますでしょうか。
今日中に決めないといけないと思うと、気持ちが落ち着きません。

吉田 健
"""),
    M("ja", "normal", "neutral", "小型犬の同伴について", """
こんにちは。
来年1月に2泊で利用を考えています。
体重4キロほどの小型犬を連れて行きたいのですが、ペット同伴が可能な棟はありますか。
可能な場合、追加料金や持ち物の決まりがあれば教えてください。

石田
"""),
    M("ja", "normal", "angry", "清掃の状態について", """
先週末に利用した者です。

到着したとき、キッチンのシンクに前の利用者のものと思われる食器が残っていて、
浴室の排水口には髪の毛が詰まっていました。
1泊3万円以上お支払いしている宿で、こういう状態に出くわすとは思っていませんでした。

写真を添付します。
清掃のチェックはどのようにされているのでしょうか。

小島
"""),
    M("ja", "normal", "anxious", "予約の確認メールが届きません", """
お世話になります。
3日前にホームページから12月20日〜22日の予約をしたのですが、確認のメールが届いていません。
クレジットカードの明細には予約金が引き落とされています。

予約がきちんと取れているのか分からず、家族にも予定を伝えられずに困っています。
確認していただけますでしょうか。

関口
"""),
    M("ja", "normal", "neutral", "空き", """
空いてますか？
""", terse=True),
    M("ja", "normal", "neutral", "領収書の宛名について", """
森の貸別荘 こもれび 様

先日は社員旅行で利用させていただきました、株式会社アオバ設計の総務、中西です。
領収書の宛名を「株式会社アオバ設計」としたものを、
PDFで再発行していただくことはできますでしょうか。

中西
"""),
    M("ja", "low", "positive", "楽しい3日間でした", """
安藤さん

先週末はお世話になりました。
暖炉の前で家族とゆっくり過ごせて、子どもたちは今でも「また森のおうちに行きたい」と言っています。
到着前に暖房を入れておいてくださったのも、とてもありがたかったです。

また冬に伺いたいと思います。

吉田
"""),
    M("ja", "low", "neutral", "来年の夏の予約開始時期", """
来年の8月の予約は、いつ頃から受け付けが始まりますか。
まだ予定は決まっていないので、始まる時期だけ分かれば十分です。

野口
"""),
    M("en", "high", "angry", "No heating, minus five, two toddlers", """
We arrived at Larchwood Bothy at 6 pm. The heating doesn't come on, the stove has no kindling, and it's minus five outside. I've called the number in the welcome pack twice and left a message.

We have two children under three with us and it's getting colder by the minute. I'd like someone to call me back tonight and tell me how to get heat into this house, or where we're meant to go instead.

Chris Grant
07700 900155
"""),
    M("en", "normal", "anxious", "Ring left in the bedside drawer?", """
Hello Morag,

We got home from Larchwood last night and I've just realised I can't find my late mother's wedding ring. I took it off before bed and I think I put it in the drawer of the bedside table on the left side of the main bedroom.

It isn't valuable in money terms but it means a great deal to me. Could someone have a look when the cottage is next cleaned? I've been turning the car and the bags upside down all morning.

Thank you,
Elaine Fraser
"""),
    M("en", "low", "neutral", "Dogs?", """
Hi, are dogs allowed at Birch Cottage? We have one well-behaved spaniel. Looking at three nights in April, but only loosely planning, so no hurry on this.

Thanks,
Tom
"""),
    M("en", "normal", "neutral", "Invoice for our team retreat", """
Hello,

Could you send an invoice addressed to Kestrel Analytics Ltd for our stay at the Steading on 3-5 September? Our finance team needs the VAT number shown.

Many thanks,
Priyanka Shah
"""),
    M("en", "low", "neutral", "Christmas next year", """
Hi,

When do you usually open bookings for Christmas week? We loved our stay and would like to come back for Christmas next year, but no plans are fixed yet.

Best,
Laura and Dev
"""),
]

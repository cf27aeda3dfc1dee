# wifi = portable Wi-Fi router rental for travellers (ポケットWi-Fiレンタル)
# Label codes (sentences/drafts): C condescending, V vague, I imperative,
# R request_without_reason, U unknown_without_followup, D dismissive,
# A apology_incomplete, P placeholder_left, N purpose_not_upfront.
DOMAIN = "wifi"

SJ = [
    ("説明書に書いてあるとおりに操作していただければ、本来つながらないはずはないのですが。", "C"),
    ("海外でのデータ超過分については、若干の追加料金をいただく場合がございます。", "V"),
    ("受け取りの際は、予約番号の画面を出して並んでいてください。", "IR"),
    ("現地の通信事業者側の問題かどうかは、こちらでは分かりかねます。", "U"),
    ("現地でSIMカードを購入された場合の設定については、当社ではお答えしておりません。", "D"),
    ("バッテリーが残り20%を切ったら、付属のモバイルバッテリーにつないでいただくと約3時間使い続けられます。", ""),
    ("端末の記録を確認しましたところ、9月14日の午前2時から通信が途絶えていましたので、その日の料金1,280円を返金いたします。", ""),
    ("紛失補償に加入されているかどうかで請求額が変わるため、お申し込み時に届いたメールの件名を教えていただけますか。", ""),
    ("代替機はDHLで本日発送し、現地時間の10月6日までにご滞在先のホテルのフロントへ届きます。", ""),
    ("通信速度が落ちた原因については、現時点では特定できておりません。", "U"),
    ("原因はまだ分かっていませんが、技術担当が端末のログを調べ、明日10月3日の17時までに結果をご連絡します。", ""),
    ("出発前に一度電源を入れて、お使いのスマホがルーターの電波を拾うかだけ確かめておいていただくと、現地で慌てずに済みます。", ""),
    ("お手数ですが、ご返却の際は充電ケーブルも必ず同封していただけますか。", "R"),
    ("ケーブルが不足していると1本1,650円の弁償になってしまうため、返却前に同封品リストと照らし合わせていただけると安心です。", ""),
]

SE = [
    ("Your router is reserved for pickup at Terminal 2, counter B, from 6:00 on 12 May.", ""),
    ("Return the device in the original pouch.", "IR"),
    ("Data used beyond your plan is billed at a small additional rate.", "V"),
    ("We can't tell you why the signal dropped in Lisbon.", "U"),
    ("Problems with your phone's own settings aren't something we deal with.", "D"),
    ("I can't see the cause from here yet, so I've asked our network team to pull the session logs and I'll write to you by Thursday 3 p.m. your time.", ""),
    ("Had you checked the coverage map before booking, this would never have come up.", "C"),
]

DJ = [
    ("【お詫び】ルーターの発送遅延について（ご予約番号 TW-58213）",
     """松岡 様

トラベルリンク カスタマーサポートの宮下です。
ご出発前の大切な時期に、ご予約のルーターがお手元に届かず、大変申し訳ございません。

原因は、当社倉庫で伝票を貼り間違え、松岡様のルーターが別のお客様の住所へ発送されていたことでした。

本日14時、成田空港第1ターミナルの当社カウンターで同じ機種をお受け取りいただけるよう手配いたしました。受け取り時にご予約番号をお伝えいただければ、追加のお支払いはございません。誤って届いたルーターは、配送業者に回収を依頼済みです。

今後は、出荷前に伝票と予約内容を2名で照合する手順を本日から全件で実施いたします。

ご旅行が良いものになりますよう、心よりお祈り申し上げます。

トラベルリンク カスタマーサポート
宮下 涼子
""", ""),
    ("受け取り場所変更のご確認",
     """〇〇様

いつもトラベルリンクをご利用いただきありがとうございます。
受け取り場所を羽田空港第3ターミナルに変更いたしました。

変更後の受け取り日：〇月〇日
受け取り時間：6:00〜23:00
カウンター：到着ロビー2階 Bカウンター

ご不明な点がございましたら、本メールにご返信ください。

トラベルリンク カスタマーサポート
""", "P"),
    ("トラベルリンク通信 11月号",
     """長谷川 様

いつもトラベルリンクをご利用いただきありがとうございます。
年末年始のご旅行シーズンに向けて、ヨーロッパ周遊プランの受付を開始しました。
昨年は12月だけで8,000台以上をご利用いただき、大変好評をいただいております。
新たに、韓国・台湾向けの容量無制限プランもご用意しました。

なお、10月28日にご返却予定だったルーター（予約番号 TW-55107）がまだ当社に届いておりません。
11月10日を過ぎると紛失扱いとなり、端末代金19,800円のご請求が発生してしまうため、お手元にございましたら、同封のレターパックでご返送いただけますでしょうか。

トラベルリンク カスタマーサポート
""", "N"),
    ("追加のモバイルバッテリーについて（ご回答）",
     """小野寺 様

トラベルリンクの宮下です。お問い合わせいただいた追加バッテリーについてご回答します。

ご予約中のプラン（ハワイ 7日間）に、モバイルバッテリー1台を追加できます。料金は7日間で770円（税込）で、ルーターと同じ箱に入れてお届けします。

追加をご希望の場合は、出荷準備の都合上、12月1日（月）までに本メールへ「バッテリー追加希望」とご返信いただけますでしょうか。

トラベルリンク カスタマーサポート
宮下 涼子
""", ""),
]

DE = [
    ("Your data overage charge",
     """Hi Ms. Carter,

I'm sorry about the overage charge of $86 that appeared on your card after your trip to Iceland.

I've refunded the full $86 to the card ending in 4410 today; it normally shows on your statement within 5 business days.

Thanks for your patience,
Dana
Roamly Support
""", "A"),
    ("Pickup confirmed: Heathrow T5, 8 June",
     """Hi Mr. Osei,

Your pocket router is ready for pickup at Heathrow Terminal 5, arrivals hall, desk 14, from 7:00 on 8 June. Please bring the booking reference RM-30218 with you so the desk can match the device to your plan.

The unit covers the UK, France and Belgium with 5 GB per day. If you decide to add the Netherlands, reply to this email before 6 June and I'll switch the plan at no extra cost.

Best,
Dana
Roamly Support
""", ""),
]

# (subject, body, urgency, emotion, terse)
MJ = [
    ("ルーターがまだ届きません",
     """本日１８時羽田発の便で出発します。
昨日届くはずのルーターがまだ届いていません。配送状況を見ても「準備中」のままです。
空港で受け取れるのでしょうか、それとも今日中に自宅に届くのでしょうか。
家を出るのが14時半なので、それまでにどうすればいいか教えてください。

予約番号 TW-60844
石田
""", "high", "anxious", False),
    ("三度目の連絡です",
     """パリに滞在中の者です。
昨日の夕方からルーターがまったくつながらず、一昨日と昨日にもメールしましたが返事がありません。
仕事の出張で、明日の午前中に取引先とのオンライン会議があり、資料の受け渡しもこの回線頼みです。
ホテルのWi-Fiは不安定で使い物になりません。
返事をいただけないなら、ほかの手段を自分で探すしかありませんが、その費用はそちらに請求させていただきます。

> 2回目のメール（10/7 21:04）
> ルーターの電源は入りますが、電波のマークが出ません。再起動も試しました。

堀江 孝
""", "high", "angry", False),
    ("カードの請求について",
     """お世話になります。
先月台湾旅行でルーターを借りた者です。
今朝カードの明細を見たら、御社から48,600円の請求が来ていました。
5日間のプランで3,900円と聞いていたので、何かの間違いではないかと思うのですが、
このまま引き落とし日の25日を過ぎてしまうと家計的にかなり厳しいです。
どうすればよいのか分からず困っています。

吉川
""", "high", "anxious", False),
    ("レンタル期間の延長",
     """お世話になっております。
現在ベトナムに滞在しており、帰国が2日延びて11月18日になりました。
レンタル期間を2日延長することは可能でしょうか。料金も教えてください。
返却は帰国日に空港のポストに入れる予定です。

予約番号：TW-61270
佐久間
""", "normal", "neutral", False),
    ("カウンターの対応について",
     """先日関西空港のカウンターでルーターを受け取った者です。
受付の男性スタッフに予約番号を伝えたところ、「それくらい自分で画面出しといてもらえます？」と言われました。
後ろに人が並んでいたので何も言いませんでしたが、客に対する態度ではないと思います。
ルーター自体は問題なく使えましたが、正直もう利用したくないと思っています。
""", "normal", "angry", False),
    ("返却の件",
     """返却の件　どうなってますか
""", "normal", "neutral", True),
    ("古いスマホでも使えますか",
     """はじめまして。
来月、生まれて初めて海外（イタリア）に行くことになりました。
スマホが5年前の機種なのですが、ルーターにちゃんとつながるのか心配です。
もし現地でつながらなかったら誰にも連絡がとれなくなるのではと考えると不安で…。
出発は12月8日です。機種はAQUOS sense3です。
よろしくお願いします。
""", "normal", "anxious", False),
    ("ありがとうございました＆領収書",
     """先週のオーストラリア旅行でお借りしました。
山の中でもしっかりつながって、家族全員で使えてとても助かりました！
ひとつお願いなのですが、会社の経費で精算したいので、会社名宛ての領収書を発行していただけますか。
宛名：株式会社ミナトデザイン
予約番号 TW-59931

大西
""", "normal", "positive", False),
    ("モンゴル向けプランの予定",
     """いつも利用させていただいています。
再来年あたりにモンゴルへ行きたいと考えているのですが、
モンゴルで使えるプランを今後出す予定はありますか？
まだ日程も何も決まっていないので、ただの興味としての質問です。
""", "low", "neutral", False),
    ("領収書の宛名変更のお願い",
     """お世話になっております。
８月に利用した分の領収書について、宛名を個人名から屋号「さくら工房」に変えて再発行していただくことはできますか。
確定申告は来年の３月なので、お手すきのときで構いません。

予約番号 TW-52218
桜井 美穂
""", "low", "neutral", False),
]

ME = [
    ("Pickup counter closed at Narita",
     """Hi,

I'm standing in Terminal 1 at Narita and the counter on my confirmation (South Wing, counter 7) is dark, with a sign saying it moved. Nobody at the information desk knows where. My flight to Bangkok starts boarding at 10:55, so I have about an hour and a half. I'm travelling for work and need the router for the whole week.

Booking RM-71840, name Julia Brandt.
Where do I go?

Julia
""", "high", "anxious", False),
    ("Still charged for a router I returned - 3rd email",
     """This is the third time I'm writing about this.

I returned the router on 2 March by the prepaid envelope (tracking JP 4481 2290 7713, delivered 4 March). You have now charged my card ¥38,000 as a "lost device". My statement closes on Friday and I am not paying for equipment you already have.

Nobody has answered my emails of 9 and 13 March. If I don't hear back before Friday I'll dispute the charge with my bank and leave it to them.

Kevin Marsh
""", "high", "angry", False),
    ("Change pickup airport?",
     """Hello,

I booked a router (RM-72105) for pickup at Narita on 20 July, but our flights changed and we now arrive at Kansai that morning. Can I collect it at Kansai instead? And can I still return it at Narita when we fly home on 2 August?

Thanks,
Priya Raman
""", "normal", "neutral", False),
    ("router",
     """doesnt connect. now what
""", "normal", "angry", True),
    ("Great service - one suggestion",
     """Hi there,

Just back from two weeks in Japan and the router was brilliant - worked on the trains, in the mountains, everywhere. Thank you!

One small idea: a USB-C cable in the box would be handy, since the included one only fits the older connector. No need to reply, just passing it on.

Cheers,
Tom
""", "low", "positive", False),
]

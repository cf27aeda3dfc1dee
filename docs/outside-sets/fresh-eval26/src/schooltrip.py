# schooltrip = school-trip travel agency (修学旅行, field trips, school tours abroad)
from ._h import s, d, m

DOMAIN = "schooltrip"

SENTS = [
    s("ja", "宿舎の部屋割り表は、出発の2週間前までに必ず提出すること。", "imperative", "request_without_reason"),
    s("ja", "キャンセル料は、参加人数によって多少変動いたします。", "vague"),
    s("ja", "アレルギーの情報は事前にお渡しした用紙に書いてありますので、読んでいただければ分かるはずです。", "condescending"),
    s("ja", "台風の進路しだいで行程がどうなるかは、現時点では申し上げられません。", "unknown_without_followup"),
    s("ja", "新幹線の座席は、2号車と3号車の計158席を確保済みです。", ),
    s("ja", "お子様の保険証のコピーを、出発の前日までに担任の先生へお渡しいただけますか。", "request_without_reason"),
    s("ja", "旅行先で病院にかかることになった場合に備えて、保険証のコピーを担任の先生にお預けいただけますか。", ),
    s("ja", "バスの座席の並びは学校さんで決めてください。当社は関係ありません。", "imperative", "dismissive"),
    s("ja", "ご返金は、手続きが済み次第順次行います。", "vague"),
    s("ja", "班別行動中のご連絡は、添乗員の携帯電話に直接いただければ24時間つながります。", ),
    s("ja", "見積もりが高いとのことですが、この内容なら相場どおりですので、他社と比べていただいても変わらないと思います。", "dismissive"),
    s("ja", "ご心配をおかけしております。台風の影響で2日目の行程を変える可能性があり、前日の15時に決定して学校様へお電話いたします。", ),
    s("ja", "何度お問い合わせいただいても、規定上お受けできないものはお受けできません。", "condescending", "dismissive"),
    s("en", "Hand in the signed permission slips by Friday.", "imperative", "request_without_reason"),
    s("en", "The coach company hasn't told us why the booking changed, so we can't say.", "unknown_without_followup"),
    s("en", "The final price may go up slightly depending on exchange rates.", "vague"),
    s("en", "If the school had returned the forms on time, this wouldn't be an issue.", "condescending"),
    s("en", "We've booked 42 rooms at the Hotel Arcadia in Florence for 14-16 October, with a teachers' room on each floor.", ),
    s("en", "Because the museum needs final numbers for its group rate, could you confirm how many pupils are coming by 20 September?", ),
]

DRAFTS = [
    d("ja", "行程表の記載内容の訂正について",
      """桜台中学校 学年主任 小川先生

みらい教育旅行の西村です。
先日お送りした修学旅行の行程表（第2版）で、2日目の清水寺の見学時間が「10:00〜11:00」となっておりましたが、正しくは「9:30〜10:30」です。

これは、拝観の団体枠が変更になった際、当方で行程表の該当箇所を直し忘れていたためです。
訂正した第3版を本メールに添付しましたので、保護者向けのしおりにはこちらをお使いください。
今後は、行程表をお送りする前に、手配内容の一覧と別の担当者が照合してからお送りいたします。

みらい教育旅行 西村
""", "apology_incomplete"),
    d("ja", "参加者名簿のご提出のお願い（10月6日まで）",
      """桜台中学校 学年主任 小川先生

みらい教育旅行の西村です。
修学旅行の参加者名簿を、10月6日（金）までにご提出いただきたく、ご連絡いたしました。
新幹線の団体乗車券と旅行保険の手続きに、生徒さん一人ひとりの氏名と生年月日が必要なためです。

ご提出いただく様式はこのメールに添付いたしました。欠席が決まっている生徒さんがいる場合は、備考欄にご記入いただければ保険の対象から外しておきます。

ご不明な点があれば、私の携帯（090-6612-4083）までお電話ください。

みらい教育旅行 西村
"""),
    d("ja", "保護者説明会の資料について",
      """桜台中学校 小川先生

みらい教育旅行の西村です。
来週の保護者説明会で配布する資料について連絡します。

説明会の3日前までに、参加人数を連絡してください。
資料の表紙には学校名を入れるので、正式な校名の表記を送ってください。
当日は開始30分前に会場の鍵を開けておいてください。

みらい教育旅行 西村
""", "imperative", "request_without_reason"),
    d("en", "A note from Fieldstone",
      """Dear Mr Hargreaves,

We hope the new term has started well at Kingsmead. It's been a busy summer here: we took over 2,000 pupils abroad and launched our new parent app, which lets families follow the group's itinerary in real time.

We're also delighted to say that the Florence trip is now fully booked with all 38 of your pupils, and the Uffizi group visit is confirmed for the morning of 15 October.

Two pupils still have no passport details on file. The airline closes its passenger list on 25 September, so could you send us their passport numbers and expiry dates before then?

With best wishes,
Rachel Stone
Fieldstone School Travel
""", "purpose_not_upfront"),
]

MAILS = [
    m("ja", "京都の宿から娘が発熱したと連絡がありました",
      """みらい教育旅行　ご担当者様

桜台中学校２年３組、藤田美咲の母です。
先ほど京都の宿舎の方から、娘が39度の熱を出して部屋で休んでいると電話がありました。
詳しいことを聞こうと添乗員さんの携帯にかけましたが、何度かけてもつながりません。
病院に連れて行っていただけるのか、私が迎えに行くべきなのか、今どうなっているのか分からず、仕事も手につきません。
東京から京都までは３時間ほどかかるので、迎えに行くなら今日の夕方には出なければいけません。
状況を教えてください。

藤田""", "high", "anxious"),
    m("ja", "出発５日前ですが書類が届いていません",
      """みらい教育旅行　西村様

桜台中学校の小川です。
１０月１６日出発の修学旅行について、新幹線の乗車券と宿舎の最終部屋割り確認書がまだ届いておりません。
９月末、１０月３日、１０月８日とお電話とメールで確認をお願いしておりますが、「確認して折り返します」とのお返事のまま、折り返しは一度もありません。
学年の教員は全員、保護者説明で何も答えられない状態です。
本日中に、いつ何が届くのかを書面でお知らせください。

桜台中学校　第２学年主任　小川""", "high", "angry"),
    m("ja", "そばアレルギーの生徒の昼食について",
      """みらい教育旅行　西村様

いつもお世話になっております。緑ヶ丘中学校の養護教諭、吉村です。
来週火曜から出発の修学旅行で、２日目の昼食が「そば打ち体験」となっていることに今気づきました。
２年生にそばアレルギー（アナフィラキシーの既往あり）の生徒が１名おります。
同じ会場で調理するだけでも危険な可能性があるため、この生徒の昼食と過ごし方について、会場と調整していただけますでしょうか。
出発前に保護者にも説明したいので、金曜日までにご回答をお願いします。

緑ヶ丘中学校　養護教諭　吉村""", "high", "neutral"),
    m("ja", "来年度の修学旅行のお見積り",
      """みらい教育旅行御中

青葉台小学校の教務主任、岡部と申します。
来年度の６年生の修学旅行（日光、１泊２日、児童約９０名）について、お見積りをお願いしたく連絡いたしました。
例年は６月上旬に実施しています。
校内で比較検討を行うため、２月末までに概算をいただけますと助かります。

青葉台小学校　教務主任　岡部""", "normal", "neutral"),
    m("ja", "追加費用の通知について",
      """修学旅行の保護者です。
昨日、子どもが持ち帰ったお知らせに「燃料費の高騰により1人あたり4,800円追加」と書かれていました。
申し込みのときには一切そのような説明はなかったはずです。
後からいくらでも追加できるのなら、最初の金額は何だったのでしょうか。
支払い期限はまだ先ですが、納得できる説明がほしいです。

２年保護者""", "normal", "angry"),
    m("ja", "夜の過ごし方について相談です",
      """お世話になります。来年２月のスキー教室に参加予定の小学５年生の保護者です。
息子は緊張すると夜中に目が覚めてしまい、ときどきおねしょをすることがあります。
本人はそれをとても気にしていて、参加をためらっています。
他の子に知られずに済むような配慮をしていただくことはできるのでしょうか。
まだ先の話ですが、早めに相談しておきたくてご連絡しました。

中山""", "normal", "anxious"),
    m("ja", "キャンセル",
      """キャンセルできますか""", "normal", "neutral", True),
    m("ja", "旅行代金の分割払いについて",
      """PTA会計の大森です。
保護者の方から、修学旅行の代金を２回か３回に分けて支払えないかという相談が何件か来ています。
学校経由の集金になると思いますが、分割での入金に対応していただくことは可能でしょうか。
可能であれば、その場合の締め日も教えてください。""", "normal", "neutral"),
    m("ja", "修学旅行のお礼",
      """西村様

先日の修学旅行では大変お世話になりました。
２日目の雨で行程が変わったときも、すぐに代わりの見学先を手配していただき、生徒たちは最後まで楽しそうに過ごしていました。
添乗員の方が夜遅くまで体調の悪い生徒に付き添ってくださったことも、保護者から感謝の声が届いています。
本当にありがとうございました。

桜台中学校　小川""", "low", "positive"),
    m("ja", "パンフレットの送付依頼",
      """こんにちは。
再来年度の行き先を学年で話し合い始めたところです。
御社で扱っている平和学習のコースのパンフレットがあれば、郵送していただけますか。
急ぐものではありませんので、お手すきのときで結構です。

東小学校　大塚""", "low", "neutral"),
    m("en", "Coach hasn't turned up in Rome - 38 pupils at the airport",
      """Rachel,

We landed at Fiumicino at 14:10. The coach to the hotel was supposed to meet us at Arrivals at 14:45. It's now 16:20 and there is no coach and no driver. The number on the voucher rings out, and the out-of-hours line went to voicemail twice.

I have 38 Year 9 pupils and four staff sitting on our suitcases. Check-in at the hotel closes for groups at 19:00 and we have a booked dinner at 19:30.

Please call me on +44 7700 900118 or sort out transport and tell me where to go.

Mark Hargreaves
Kingsmead School""", "high", "anxious"),
    m("en", "Extra £45 for insurance?",
      """Hello,

The latest letter about the Florence trip says parents must pay an extra £45 for travel insurance. This was never mentioned when we signed up and paid the £1,090. Some families at this school are stretched already and this kind of surprise isn't fair.

I'd like to understand why this wasn't included. The payment isn't due until next month, but I'm not paying it without an explanation.

Sarah Mitchell (parent, Year 9)""", "normal", "angry"),
    m("en", "Adding a visit",
      """Hi Rachel,

Would it be possible to add a visit to the Museo Galileo on the last morning? We'd need to be back at the coach by 12:00.

Thanks,
Mark""", "normal", "neutral"),
    m("en", "Deposit",
      """Hi, I've paid the £200 deposit for my son (Oliver Price, 9B) by bank transfer. Is there a way to check it arrived? Thanks, Dan Price""", "normal", "neutral"),
    m("en", "Feedback from the Berlin trip",
      """Hi,

No action needed - just feedback from our Berlin trip last month. The guides were excellent. The only thing I'd change is the hostel breakfast, which ran out before our group got there two days running. Something to think about for future groups.

Best,
Claire Bennett
Head of History, St Anne's""", "low", "neutral"),
]

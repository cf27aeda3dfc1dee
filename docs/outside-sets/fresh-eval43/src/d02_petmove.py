# petmove = pet relocation / pet transport, domestic and overseas (ペット輸送)
DOMAIN = "petmove"

SJ = [
    ("検疫書類の取得には、ある程度お時間をいただくことになります。", "V"),
    ("狂犬病の抗体検査が必要なことは、ご契約時に何度もご説明しているはずです。", "C"),
    ("輸送中に少しでも落ち着けるよう、普段使っている毛布をケージに入れておいてください。", "I"),
    ("出発の3日前までに、かかりつけの動物病院の連絡先をお送りいただけますでしょうか。", "R"),
    ("航空会社が夏季に短頭種を受け入れるかどうかは、弊社では把握しておりません。", "U"),
    ("ご自宅から空港までの移動中に起きたことは、弊社のサービス範囲外です。", "D"),
    ("シンガポールの輸入許可は審査に約30日かかるため、最短の出発日は11月20日になります。", ""),
    ("マイクロチップの番号が証明書と1桁違っていたので、病院に訂正をお願いし、本日午後に正しい証明書を受け取りました。", ""),
    ("そもそも14歳の犬を飛行機に乗せるというご判断に無理があったわけで、弊社がお答えする筋の話ではございません。", "CD"),
    ("ケージの大きさによっては、多少料金が上がることもございます。", "V"),
    ("お手持ちのケージは航空会社の規定より5cm大きいため、規定内のもの（幅70cm）を当日こちらでご用意でき、貸出料は3,300円です。", ""),
    ("輸送中の嘔吐を防ぐため、当日の朝ごはんは控えめにしてお連れいただけますか。", ""),
    ("到着空港の検疫所に確認したところ回答まで2営業日かかるとのことでしたので、水曜日の正午までに改めてご報告します。", ""),
]

SE = [
    ("Quarantine clearance usually takes a while.", "V"),
    ("The import permit costs NZ$245 and we pay it on your behalf, so it's already included in your quote.", ""),
    ("The health certificate has to be signed within 10 days of the flight, so the vet visit should fall between 18 and 24 May; shall I suggest two clinics near you that issue them?", ""),
    ("Because the airline needs the crate dimensions 14 days before departure, could you measure it and send us the height, width and length by 2 June?", ""),
    ("I don't yet know whether the Doha connection accepts pets in the hold; the airline's cargo desk has promised an answer by Wednesday, and I'll email you the same day.", ""),
    ("Luna landed in Auckland at 06:15 local time, and the quarantine officer confirmed she is eating and drinking normally.", ""),
    ("Anything about how the airline handled the crate is between you and the airline.", "D"),
]

DJ = [
    ("ココちゃんの到着遅れについて",
     """田村 様

ペットエクスプレス東京の鈴木です。
昨日は、ココちゃんの那覇到着が予定より5時間遅れ、ご心配をおかけして本当に申し訳ございませんでした。

遅れの原因は、羽田での乗り継ぎ便が機材点検のため欠航となり、後続の便に振り替えたことでした。
振り替えの間、ココちゃんは空調の効いた貨物上屋の動物専用室でお預かりし、当社スタッフが2時間おきに様子を確認しておりました。到着時の健康チェックでも異常はなく、お水もしっかり飲んでいたと現地スタッフから報告を受けております。
振り替えにかかった追加費用は、すべて当社で負担いたします。

今後ともどうぞよろしくお願いいたします。

ペットエクスプレス東京
鈴木 健太
""", "A"),
    ("ハワイへの輸送日程と事前のご準備について",
     """三浦 様

ペットエクスプレス東京の鈴木です。ハワイへの輸送日程が決まりましたので、ご準備いただきたいことと併せてお知らせします。

輸送日：2月14日（金）羽田 21:55発 → ホノルル 09:40着
お預かり：2月14日（金）17:00、ご自宅へお迎えに伺います

ハワイ州の規定で、到着の10日前までに検疫申請書の原本が州の検疫所に届いている必要があります。申請書は本日郵送しましたので、署名のうえ、同封の封筒で2月1日（土）までにご返送いただけますでしょうか。届き次第、当社から検疫所へ国際宅配便で送ります。

また、輸送の4時間前からは嘔吐を防ぐため食事を控えていただきますので、当日のお食事は12時までに済ませていただければ十分です。

ご不明な点は、このメールへのご返信でお気軽にお尋ねください。

ペットエクスプレス東京
鈴木 健太
""", ""),
    ("お見積もりのご案内",
     """前川 様

ペットエクスプレス東京の鈴木です。
イギリスへの猫2匹の輸送について、お見積もりのご依頼をいただきありがとうございます。

輸送費は、航空運賃・ケージ・現地での通関代行を含めて、数十万円程度を見込んでおります。
ケージは当社で2匹分ご用意いたしますので、お手持ちのものをお使いいただく必要はございません。
出発予定日は、血液検査の結果が出てから決めさせていただきます。

ペットエクスプレス東京
鈴木 健太
""", "V"),
]

DE = [
    ("Your pet's travel plan",
     """Hi {first_name},

Thanks for choosing PawPath. Here is the plan for Biscuit's move from Denver to Dublin.

Pickup: 9 September, 10:00, from your home address
Flight: DEN-ORD-DUB, arriving 10 September at 09:20
Arrival check: Dublin Airport Animal Reception Centre

Please keep the original health certificate with you; the Irish officers check the ink signature on arrival.

Best regards,
Marisol
PawPath Relocations
""", "P"),
    ("Apology for the mix-up with Pepper's crate label",
     """Hi Mr. and Mrs. Lindqvist,

I'm sorry that Pepper's crate left our Seattle facility labelled with the wrong destination, and for the anxious hours it caused you on Tuesday.

The cause was ours: our driver printed the labels for two pets going out the same afternoon and swapped them when fixing them to the crates. The airline caught the mismatch at check-in, and Pepper stayed with our handler the whole time.

We rebooked her on the Wednesday 13:05 flight at our cost, and she arrived in Anchorage at 17:40; you have the photo our handler sent at the arrival hall. We have also refunded the $180 airport transfer fee.

From this week every crate label is printed only after the handler scans the pet's microchip, so a label can no longer be matched to the wrong animal.

With apologies,
Marisol Vega
PawPath Relocations
""", ""),
]

MJ = [
    ("羽田で足止めになっています",
     """ペットエクスプレスさま

今日１３時に預けたうちの犬（フレンチブルドッグ、モモ）の便が欠航になったと航空会社から連絡がありました。
いま貨物の窓口にいますが、モモがどこに置かれているのか教えてもらえません。
外は３４度あって、短頭種なので暑さにとても弱いです。
振り替えがどうなるのか、それまでモモがどこでどう過ごすのか、すぐに分かる方に連絡をもらえませんか。
携帯：090-4412-8837

川上 由紀
""", "high", "anxious", False),
    ("書類の返却について（4回目）",
     """ペットエクスプレス東京　ご担当者様

9月初めにお預けした輸出用の書類一式（獣医師の証明書原本を含む）の返却をお願いしておりますが、
9/12、9/19、9/26と3回メールを差し上げても何のご回答もいただけていません。
オーストラリアの輸入許可は10月31日で期限が切れます。
原本がなければ再取得に数か月かかると聞いています。
このまま返却いただけないのであれば、弁護士に相談するほかないと考えています。

大森 誠
""", "high", "angry", False),
    ("お預かり中のミルについて",
     """先週から貴社の施設で出発待ちをしている猫のミルのことです。
昨日の夕方、スタッフの方から「ごはんをあまり食べていない」と聞きました。
今朝も食べていないようでしたら、丸２日近く食べていないことになります。
腎臓の持病があるので、とても心配です。
かかりつけの先生に診てもらうべきか、出発を延期すべきか、判断がつきません。
""", "high", "anxious", False),
    ("国内輸送のお見積もり",
     """お世話になります。
3月に福岡から札幌へ転勤になり、柴犬（8kg）を連れて行きたいと考えています。
飛行機での輸送をお願いした場合の費用と、必要な準備を教えていただけますか。
出発日は3月22日前後で調整中です。

野口
""", "normal", "neutral", False),
    ("請求書の「特別取扱料」とは？",
     """請求書を拝見しましたが、「特別取扱料　15,000円」という項目について、見積もりの段階では一言も説明がありませんでした。
後から勝手に料金を足されるのは、正直言って気分が悪いです。
何のための料金なのか説明してください。納得できなければ支払うつもりはありません。

岩崎
""", "normal", "angry", False),
    ("ケージの件",
     """ケージの件ですが、あれでいいですか？
""", "normal", "neutral", True),
    ("到着しました！",
     """鈴木さま

おかげさまで、ハナが無事にロンドンの新居に到着しました。
到着の写真まで送っていただいて、家族みんなで泣いてしまいました。本当にありがとうございました。
ひとつだけ、帰りの輸送（2年後の予定です）も御社にお願いできるのか、そのときの手続きの流れを教えていただけたら嬉しいです。

山本 さやか
""", "normal", "positive", False),
    ("高齢犬でも飛行機に乗れますか",
     """はじめてご相談します。
夫の海外赴任に伴い、来年の夏に13歳のミニチュアダックスを連れてドイツへ移ることになりそうです。
年齢的に長時間のフライトに耐えられるのか心配で、夜も眠れないほどです。
御社ではこれまでに高齢の犬を運ばれたことはありますか。どのような点に気をつければよいでしょうか。
""", "normal", "anxious", False),
    ("ご提案です",
     """いつもお世話になっております。
以前ハムスターの輸送をお願いした者です。
小動物用のケージの中に、かじっても安全な素材の仕切りがあるともっと安心だなと思いました。
今後の参考になれば幸いです。ご返信は不要です。
""", "low", "neutral", False),
    ("ウサギの輸送は扱っていますか",
     """お世話になります。
いま飼っているウサギを、いつか実家（沖縄）に連れて帰ることがあるかもしれないのですが、
御社でウサギの輸送も扱っているか教えていただけますか。
具体的な予定はまだまったくなく、何年か先の話ですので、お返事はいつでも結構です。
""", "low", "neutral", False),
]

ME = [
    ("Rex stuck in Frankfurt - connection missed",
     """Hello,

The airline just called me: the Frankfurt-Toronto leg that Rex (German shepherd, 38 kg) was booked on left without him because the transfer from the Lufthansa cargo area was late. They say he's in the animal lounge but can't tell me for how long, and the next flight with space for his crate size is on Thursday. It is Monday evening. He has never been away from us more than a night and he's on daily medication for his joints - the pills are in the crate pocket, but nobody there knows that.

Can your Frankfurt partner get to him tonight? My number is +1 416 555 0192.

Anna Kowalski
""", "high", "anxious", False),
    ("Quote for moving two cats to Lisbon",
     """Hi,

We're relocating from Chicago to Lisbon in late April and would like a quote for two cats (4.5 kg and 6 kg). Both are microchipped and have had their rabies shots. Could you tell us what the price includes and how far in advance we need to start the paperwork?

Thanks,
Daniel & Rosa
""", "normal", "neutral", False),
    ("Fwd: crate size",
     """Forwarding the airline's reply below. Does this mean we need a bigger crate? Our departure is 28 March, so there is still time to order one if so.

---------- Forwarded message ---------
From: Cargo Bookings <cargo@example-air.com>
Date: Tue, 4 Mar
Subject: RE: crate size

The crate as described (81 x 56 x 58 cm) does not allow the animal to stand with head erect. Please provide a series 500 crate.
""", "normal", "neutral", False),
    ("Your driver",
     """Your driver turned up ninety minutes late on Saturday, didn't call, and then told my wife she should "have the dog ready next time". The dog WAS ready. We'd been standing in the driveway with him for an hour.

The move itself went fine, but I expected a lot better for what we paid.

G. Hartley
""", "normal", "angry", False),
    ("Do you do birds?",
     """Hi there, quick question for the future - do you ever transport parrots internationally? We're thinking about a move to Canada maybe in a couple of years, nothing planned yet, just trying to find out what's possible.

Thanks!
Kim
""", "low", "neutral", False),
]

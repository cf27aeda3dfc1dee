DOMAIN = "seniormeal"
MEANING = "meal delivery with a welfare check for older people (高齢者向け配食サービス)"

S = [
    ("ja", "配達員がお声がけしてもお返事がなかった場合は、ご登録の連絡先にお電話し、つながらなければ地域包括支援センターへ連絡する決まりになっています。", []),
    ("ja", "刻み食への変更については、ケアマネジャーさんの指示書をお送りいただけますか。", ["request_without_reason"]),
    ("ja", "刻み食への変更にはケアマネジャーさんの指示書が必要です。飲み込みの状態に合わない形でお出しすると窒息のおそれがあるためで、届いた日の翌々日の夕食から切り替えます。", []),
    ("ja", "お母様が召し上がらなかったのは、味付けが合わなかったためかもしれません。来週から3日間、だしを効かせた減塩の献立に替えてみて、残り具合を配達員からご家族にお知らせします。", []),
    ("ja", "減塩食の塩分は、そのへんのお弁当よりはかなり控えめにしてあります。", ["vague"]),
    ("ja", "空の容器は洗って玄関の前に出しておいてください。", ["imperative", "request_without_reason"]),
    ("ja", "ご入院中は配達をお休みにして、退院日が決まりましたらお電話一本で再開できます。お休みのあいだの料金はかかりません。", []),
    ("ja", "献立にアレルゲンが入っていたかどうかは、調理を委託している工場のことですので、こちらではお答えのしようがありません。", ["unknown_without_followup", "dismissive"]),
    ("ja", "何度もお電話をいただいておりますが、お答えは前回と変わりません。", ["condescending", "dismissive"]),
    ("ja", "再開の時期については、また折を見てご相談させてください。", ["vague"]),
    ("ja", "玄関の鍵を開けておいていただく形は防犯上お受けできませんので、置き配用の保冷ボックスを無料でお貸しするか、配達時刻を17時から17時半の間に固定するか、どちらかをお選びいただけます。", []),
    ("ja", "請求書の宛名を旧姓のままお送りしてしまい、申し訳ございません。利用者名簿の変更が請求システムに反映されていなかったためで、本日正しい宛名で再発行し、今後は名簿を変えるときに請求システムも同時に更新する手順に改めました。", []),
    ("ja", "今月のご請求が多い理由は、担当者が不在のため本日はお答えできません。明日の午前10時に、担当者から直接お電話いたします。", []),
    ("ja", "腎臓病食は献立の幅が限られますので、飽きてしまうのは仕方のないことです。", ["dismissive"]),
    ("en", "I'm sorry your father's tray came without his thickened drink on Tuesday: it dropped off the packing list when his menu changed, the driver brought it round at 3, and every menu change is now checked against the packing list by a second person.", []),
    ("en", "We'll sort out the credit for the missed delivery when this month's invoices are reconciled.", ["vague"]),
    ("en", "Write your dad's allergies on the sheet on the fridge.", ["imperative", "request_without_reason"]),
    ("en", "Could you give us a second contact number for your mother, so the driver has someone else to ring if she doesn't come to the door?", []),
    ("en", "When the Christmas menu will be ready, I really can't say.", ["unknown_without_followup"]),
    ("en", "Portion sizes are set by head office, so they're not something we look at locally.", ["dismissive"]),
]

D = [
    ("ja", "【お詫び】1月20日の夕食配達の遅れについて",
     """田中 一郎 様（ご家族 田中 美香 様）

まごころ配食 桜台営業所の原です。
1月20日（月）の夕食のお届けが、いつもの17時から1時間半遅れの18時半になりました。お父様をお待たせし、ご家族にもご心配をおかけして、誠に申し訳ございませんでした。

当日は配達車1台がパンクし、その車の担当分を別の車に振り替えた際、田中様のお宅を配達順の最後に入れてしまったことが原因です。

当日19時に私からお父様にお電話し、お食事を召し上がったこと、体調にお変わりがないことを確認しております。

今後は、車両トラブルで配達が30分以上遅れる場合、その時点でご本人とご家族の両方にお電話することにいたしました。あわせて、ひとり暮らしの方のお宅は、振り替えの際も配達順を後ろにしない決まりを設けました。

まごころ配食 桜台営業所
原 由紀子
""", []),
    ("ja", "年末年始のお届けについて",
     """ご利用者様・ご家族様

いつも「まごころ配食」をご利用いただき、ありがとうございます。
年末年始のお届けについてご案内いたします。

〇月〇日（〇）から〇月〇日（〇）までは、調理工場がお休みのため、配達もお休みとなります。
お休みの前日に、冷凍のお弁当を3日分まとめてお届けしますので、傷まないよう冷凍庫に入れておいていただけますでしょうか。解凍は電子レンジで3分ほどです。

ご不明な点は、桜台営業所（0120-55-3812）までお問い合わせください。
""", ["placeholder_left"]),
    ("ja", "まごころ配食より",
     """田中 様

いつもご利用ありがとうございます。まごころ配食の原です。
先日は、お父様が配達員に手作りのお漬物を分けてくださったそうで、配達員も大変喜んでおりました。
最近は寒い日が続きますが、お父様は毎日お元気そうで、こちらも安心しております。
当営業所では、この冬から献立に郷土料理の日を設けることになりまして、利用者の皆さまにもご好評をいただいています。

ところで、お父様の契約が2月末で更新となりますので、継続されるかどうか2月14日までにお知らせいただけますでしょうか。

原
""", ["purpose_not_upfront"]),
    ("ja", "お父様の献立をたんぱく質調整食に切り替える件",
     """田中 美香 様

まごころ配食の原です。
お父様の献立を、3月3日（月）の昼食から、たんぱく質調整食（1食あたりたんぱく質15g以下）に切り替えます。

主治医の先生からの指示書を2月26日に受け取りました。
料金は1食あたり60円上がり、昼夕の2食で月に約3,600円の増額です。3月分のご請求から反映されます。

切り替え後の1週間は、配達員が食べ残しの量を記録してお知らせします。召し上がりにくい品があれば、管理栄養士が献立を調整するためです。

原 由紀子
""", []),
    ("en", "Missed lunch delivery on Tuesday",
     """Dear Mrs Patel,

Following your call, here is what happened with your mother's lunch on Tuesday. Our driver's van broke down on the ring road at 11:15, and the replacement van that took over his round missed your mother's address, because she had been added to the route only the week before and wasn't yet on the printed sheet.

We've credited Tuesday's lunch (£6.20) to your account, and the driver phoned your mother on Wednesday to check on her. From next week, if a meal can't be delivered for any reason, the office will call both her and you within the hour.

Regards,
Claire Dunn
Coordinator, Hearthside Meals
""", ["apology_incomplete"]),
]

M = [
    ("ja", "父が電話に出ません",
     """まごころ配食 桜台営業所 御中

田中一郎の娘の美香です。
今日の昼のお弁当の配達のとき、父はいましたか？
朝から何度電話しても出ず、私は大阪にいてすぐには行けません。
父は先月、家の中で転んでいます。
配達員の方がどんな様子だったか、分かり次第、携帯（090-1187-6634）に電話をください。""", "high", "anxious", False),
    ("ja", "母の食事にえびが入っていました",
     """まごころ配食 御中

吉村ハルの息子です。
母はえびのアレルギーで、契約の時にも書類に書きました。
今日の夕食の春巻きに、えびが入っていました。母は一口食べて、口の周りが赤くなり、今、救急外来に来ています。
何度もお伝えしたことなのに、どうしてこういうことになるのか。
明日以降の献立も同じことがないか、今夜中に確認して電話をください。
吉村 090-5532-1740""", "high", "angry", False),
    ("ja", "3日間お弁当が届いていません",
     """原さん

ケアマネジャーの斉藤です。
担当している山口トメさん（88歳、独居）のお宅に今日伺ったところ、月曜から3日間お弁当が届いていないとのことでした。
冷蔵庫にはほとんど何もなく、ご本人は買い物に行けません。
契約は続いているはずです。今日の夕食から届けていただけるか、すぐに折り返しをお願いします。
斉藤 080-3341-2290""", "high", "neutral", False),
    ("ja", "配達時間の変更",
     """来月から父がデイサービスに通うことになり、火曜と金曜は
16時半に帰ってきます。その2日だけ、夕食の配達を17時以降に
していただくことはできますか。よろしくおねがいしまs。

田中""", "normal", "neutral", False),
    ("ja", "おかず",
     """おかずが少ない""", "normal", "neutral", True),
    ("ja", "味付けについて",
     """母が最近、お弁当を半分ほど残すようになりました。
本人に聞くと「味がしない」と言います。
減塩は医師からの指示なので仕方ないのですが、このままだと痩せてしまうのではと心配です。
何か工夫の仕方はないでしょうか。""", "normal", "anxious", False),
    ("ja", "前回お願いした件",
     """先月、容器の回収を水曜日だけにしてほしいとお願いしましたが、今も毎日回収に来られています。
それ自体は困らないのですが、そのたびにインターホンが鳴り、母が玄関まで出ていくのが負担になっています。
お願いしたことがどうなったのか教えてください。""", "normal", "angry", False),
    ("ja", "料金の支払い方法",
     """今は毎月振込用紙で払っていますが、口座振替に変えたいです。
手続きの書類を送っていただけますか。""", "normal", "neutral", False),
    ("ja", "配達員の方へのお礼",
     """いつも配達に来てくださる佐々木さん、母の話し相手になってくださって、ありがとうございます。
最近は「今日は佐々木さんが来る日」と言って楽しみにしているようです。
ささやかですが、お礼を伝えたくてメールしました。""", "low", "positive", False),
    ("ja", "来年の献立についての希望",
     """献立のアンケートが来ていたので、こちらに書きます。
父は魚が好きなので、煮魚の日がもう少し増えると喜ぶと思います。
急ぎではありませんし、返信もいりません。""", "low", "neutral", False),
    ("en", "Meals left out in the heat",
     """Hello,

It was 31 degrees here today and Mum's chilled meals for the next three days were left on her doorstep at 11 instead of being put in the fridge, which is what we agreed. She found them at 4 and has already eaten one of them. She's 91 and had a stomach bug last month that put her in hospital.

Should she throw the others away? And should I be worried about the one she ate? Please ring me on 07700 900512; I'm two hours away and can't get there tonight.

Anita Patel""", "high", "anxious", False),
    ("en", "Wrong meals for a diabetic client",
     """Claire,

> Thanks for letting us know, Grace. I'll look into Mr Osei's desserts and get back to you.
> Claire (Mon 09:14)

For the second week running, Mr Osei's delivery included the standard dessert instead of the diabetic one. His blood sugar was 19 this morning and his GP is asking what he's been eating.

I flagged this to your office last Monday. He has diabetic desserts on his plan, and he's had the wrong ones on at least five days. I need a call from you today about what went wrong and what you'll change, before tomorrow's delivery.

Grace Mensah
District Nurse""", "high", "angry", False),
    ("en", "Adding a second meal",
     """Hi there, my father currently has lunch only. Could he also have an evening meal on weekdays from next month? What would the cost be? Thanks, Robert Hill""", "normal", "neutral", False),
    ("en", "Holiday",
     """We're away from the 3rd.""", "normal", "neutral", True),
    ("en", "A note of thanks",
     """Dear Hearthside team,

My aunt passed away peacefully last week. I wanted to thank you for the past three years. Your drivers were often the only people she saw on weekdays, and she spoke of them fondly. There's nothing we need from you; please pass on our thanks.

Warm regards,
Helen Frost""", "low", "positive", False),
]

# scaffold = scaffolding hire and erection for builders and homeowners (足場のレンタル・組立)
DOMAIN = "scaffold"

SENTENCES = [
    ("ja", "足場の組み立ては11月25日（火）の8時から始め、2階建てであれば1日で終わります。", []),
    ("ja", "近隣へのご挨拶は、施主様のほうで済ませておいてください。", ["imperative", "request_without_reason"]),
    ("ja", "組み立ての日は作業車で前の道路を30分ほどふさぐため、前日までにご近所の方へひと声かけていただけると助かります。挨拶用のチラシはこちらでご用意します。", []),
    ("ja", "雨の日は作業を中止しますので、工期は多少延びることがあります。", ["vague"]),
    ("ja", "レンタル期間の延長料金は、1日あたり税込み3,300円です。", []),
    ("ja", "足場の上に資材を置いたのはそちらの職人さんですから、当社の責任ではありません。", ["condescending"]),
    ("ja", "メッシュシートが破れた原因は、現時点では不明です。", ["unknown_without_followup"]),
    ("ja", "強風のあとの点検結果は、追ってご連絡します。", ["vague"]),
    ("ja", "騒音の苦情はご近所との問題ですので、当社は関わりません。", ["dismissive"]),
    ("ja", "騒音でご迷惑をおかけしている点は申し訳なく、解体の日は作業を9時から16時に限り、音の大きい作業の時間帯を書いたチラシを前日にご近所へお配りします。", []),
    ("ja", "道路使用許可が下りるかどうかは、警察次第なので分かりません。", ["unknown_without_followup"]),
    ("ja", "いいかげん、同じ質問を何度もされるのはやめていただけますか。", ["condescending"]),
    ("en", "The scaffold will be inspected every 7 days and after any high winds, and you'll get a copy of each inspection record by email.", []),
    ("en", "Move your car off the driveway by Monday.", ["imperative", "request_without_reason"]),
    ("en", "Please make sure nobody, including children, climbs the scaffold when our team isn't on site; the boards aren't tied down overnight and can shift.", []),
    ("en", "We can't tell you when the council will approve the licence.", ["unknown_without_followup"]),
    ('ja', '強風の日は足場に登らないでください。固定していない板が動くことがあり、大変危険です。', ['imperative']),
    ('ja', '近隣の方からのご意見はこちらで直接伺い、内容と対応を毎週金曜日に施主様へご報告いたします。', []),
    ('en', "I don't know yet why the sheeting tore, but our supervisor is inspecting it tomorrow morning and I'll email you his findings by 2 pm.", []),
]

DRAFTS = [
    dict(lang="ja", subject="足場の部材の落下について（ご報告）",
         text="""株式会社岩田ホーム
工事部 横山 様

株式会社みなと足場の森本です。
11月14日（金）15時ごろ、御社の大野様邸の現場で、解体中の足場から長さ1mの鋼管1本が落下し、隣家の駐車場に止めてあった乗用車のボンネットを傷つけました。けがをされた方はいらっしゃいません。

原因は、解体の手順で本来先に外すべき固定金具より前に、鋼管の連結を外してしまったことです。また、落下防止のネットを解体初日に外していたことも重なりました。

当日中に当社の責任者が隣家の方へ伺って状況をご説明し、車の修理費用は当社の保険で全額お支払いすることでご了承をいただきました。残りの解体作業は、11月17日（月）に落下防止ネットを張り直したうえで再開しております。

今後は、解体の作業手順書を現場ごとに作成して朝礼で読み合わせ、落下防止ネットは最後の段を外すまで残すことを全現場のルールとして徹底いたします。

株式会社みなと足場　工事課 森本 剛
""", labels=["apology_incomplete"]),
    dict(lang="ja", subject="外壁塗装用の足場のお見積もり（税込み198,000円）",
         text="""西岡 様

株式会社みなと足場の森本です。
ご依頼いただいたご自宅の外壁塗装用の足場について、お見積もりをお送りします。

・足場の面積：約260㎡（2階建て、4面すべて）
・金額：税込み198,000円（組み立て・解体・メッシュシート・1か月分のレンタルを含みます）
・1か月を超える場合：1日あたり税込み3,300円

組み立ての日程は、塗装屋さんの着工日の前日が一般的です。着工日が決まりましたら、その日付をお知らせいただけますか。こちらで前日に組み立てられるよう、職人を手配いたします。

株式会社みなと足場　工事課 森本 剛
""", labels=[]),
    dict(lang="ja", subject="現場の状況について",
         text="""有限会社高田工務店
高田 様

お世話になっております。株式会社みなと足場の森本です。
先日ご依頼いただいた駅前の3階建て店舗の件、現地の確認を11月6日に行いました。
前面道路は幅員が約5mで、歩道はありません。電線が建物から1.2mの位置を通っているため、電力会社に防護管の取り付けを依頼し、11月12日に取り付けていただけることになりました。
また、隣の建物との間が40cmしかないため、北側の面は単管足場で対応する予定です。

つきましては、道路使用許可の申請書に施主様のご署名が必要となりますので、11月10日（月）までに、同封の申請書にご署名をいただいて返送していただけますでしょうか。警察署の審査に1週間ほどかかるため、この日までに提出しないと、11月20日の組み立てに間に合いません。

株式会社みなと足場　工事課 森本 剛
""", labels=["purpose_not_upfront"]),
    dict(lang="ja", subject="【日程確定】足場の解体は12月3日（水）です",
         text="""西岡 様

株式会社みなと足場の森本です。
足場の解体の日程が12月3日（水）に決まりましたので、お知らせいたします。

作業は8時30分から16時ごろまでで、職人4名で伺います。解体の際は部材を下ろす音が続きますので、ご近所には前日までに当社からチラシを配ってご案内いたします。

当日は庭の植木鉢や物干しを、足場から1m以上離しておいていただけますでしょうか。部材を下ろすときに当たって壊してしまうおそれがあるためです。ご不在でも作業はできますので、ご在宅いただく必要はございません。

株式会社みなと足場　工事課 森本 剛
""", labels=[]),
    dict(lang="en", subject="Scaffold erection booked for your property",
         text="""Dear [Customer Name],

Thank you for choosing Kingsgate Scaffolding. Your scaffold is booked to go up on DD/MM, starting at 8 am, and should take one day.

Our team will need clear access to the front and side of the house, so could you move any cars and garden furniture at least 2 metres away from the walls the night before? That gives the crew room to lay the base plates safely.

The price, as quoted, is £1,450 including VAT for up to six weeks' hire.

Kind regards,
Paul Dempsey
Kingsgate Scaffolding
""", labels=["placeholder_left"]),
]

MAILS = [
    dict(lang="ja", subject="台風のあと足場が隣の家の方に傾いています",
         body="""みなと足場 様

外壁塗装のために足場を組んでいただいている西岡です。
昨夜の台風のあと、今朝見たら、北側の足場が隣の家のほうへ傾いていて、
シートが半分はがれて風でバタバタしています。
隣の家との間は１ｍもありません。

塗装屋さんは今日はお休みで、電話がつながりません。
このまま倒れたら隣の家の窓が割れてしまうのではと、気が気ではありません。
今日中に見に来ていただけないでしょうか。

西岡 090-xxxx-xxxx""",
         urgency="high", emotion="anxious", terse=False),
    dict(lang="ja", subject="本日の足場搬入が来ていません",
         body="""みなと足場 森本さん

岩田ホームの横山です。
今朝７時半搬入予定の足場材がまだ来ていません。現場には職人が１５人、朝から待機しています。
日当はこちら持ちです。

木曜日から雨の予報で、それまでに屋根の防水を終わらせないと、施主さんの家の中に雨が入ります。
配車の担当者にも電話しましたが「確認します」と言ったきり、1時間折り返しがありません。
何時に着くのか、はっきりした時間を教えてください。""",
         urgency="high", emotion="angry", terse=False),
    dict(lang="ja", subject="駅前の現場の足場について、警察から指導がありました",
         body="""みなと足場 森本様

高田工務店の高田です。
本日午前、駅前の店舗の現場に警察の方が来られ、足場が許可を受けた範囲より
歩道側に約50cm出ているとの指導を受けました。
明日の正午までに是正しなければ、道路使用許可を取り消し、工事を止めるよう言われています。

是正の作業を明日の午前中にお願いできますでしょうか。
警察の担当者の名前と連絡先は、下記のとおりです。

港南警察署 交通課 佐伯様（代表 03-xxxx-xxxx）

高田工務店 高田""",
         urgency="high", emotion="neutral", terse=False),
    dict(lang="ja", subject="足場の見積もりをお願いします",
         body="""はじめまして。
来年の春に自宅の屋根と外壁の塗装を予定しています。
木造２階建て、延床面積は約３５坪です。
足場のお見積もりをお願いしたいのですが、現地を見ていただく必要はありますか？

西岡""",
         urgency="normal", emotion="neutral", terse=False),
    dict(lang="ja", subject="足場",
         body="明日来れます？",
         urgency="normal", emotion="neutral", terse=True),
    dict(lang="ja", subject="職人さんのたばこについて",
         body="""みなと足場 ご担当者様

自宅の足場を組んでいただいている者です。
組み立ての日に、職人さんが庭でたばこを吸って、吸い殻をそのまま花壇に捨てて帰られました。
しかも10本以上です。家族にたばこを吸う者はいません。

作業していただいたことには感謝していますが、人の家の庭をなんだと思っているのでしょうか。
解体の日には同じことがないようにしていただきたいです。

（足場設置中の住宅　北区 山口）""",
         urgency="normal", emotion="angry", terse=False),
    dict(lang="ja", subject="レンタル期間の延長",
         body="""森本様

お世話になっております。岩田ホームの横山です。
大野様邸の現場ですが、内装の工程がずれ込んだため、外壁の仕上げも遅れております。
足場のレンタルを１週間（12月10日まで）延長させてください。
延長分の金額もあわせてお知らせいただけますと助かります。

横山""",
         urgency="normal", emotion="neutral", terse=False),
    dict(lang="ja", subject="留守中の防犯について",
         body="""こんにちは。
年末の12月28日から1月4日まで、家族で実家に帰省する予定です。
その間も足場は組んだままになると聞きましたが、足場を伝って2階の窓から泥棒に入られないか心配です。
ニュースでそういう話を見たことがあって…

何か対策はしていただけるのでしょうか。
それとも、こちらで何か用意しておいたほうがよいでしょうか。

山口""",
         urgency="normal", emotion="anxious", terse=False),
    dict(lang="ja", subject="アンケートの回答です",
         body="""先日の工事後に送っていただいたアンケートですが、用紙をなくしてしまったのでメールで回答します。

・職人さんの対応：満足
・作業の速さ：とても満足
・改善してほしい点：最初の電話のときの説明が少し分かりにくかった

以上です。返信は不要です。

西岡""",
         urgency="low", emotion="neutral", terse=False),
    dict(lang="ja", subject="中古の単管の販売はありますか",
         body="""お世話になります。
個人で家庭菜園用のビニールハウスを作ろうと思っており、
使わなくなった単管パイプやクランプを安く譲っていただけないかと思いご連絡しました。

作るのは来年の春なので、在庫が出たときにでも教えていただければ十分です。""",
         urgency="low", emotion="neutral", terse=False),
    dict(lang="en", subject="Break-in through first floor window - scaffold",
         body="""Hi,

Someone climbed your scaffold last night and got in through our first-floor bathroom window. The police have been and given us a crime number. They said the ladder left tied to the scaffold made it easy.

We're home tonight, but I'm really shaken and I don't want to go to bed with that ladder still there. Can someone come today to take the ladder away, or at least fit the alarm you mentioned when we booked?

Sarah Quinn
14 Holly Road""",
         urgency="high", emotion="anxious", terse=False),
    dict(lang="en", subject="Re: Re: Scaffold still up - 5 weeks after job finished",
         body="""Paul,

For the third time: the roofers finished on 2 October. I asked for the scaffold to be struck on 3 October, again on 14 October and again on 28 October. It is still up, and your invoices are still charging weekly hire.

I'm not paying another penny for hire after 3 October. If it isn't down by the end of this week, I'll have it removed myself and send you the bill.

> On 28 Oct, Paul Dempsey wrote:
> Sorry about the delay, we'll get a crew to you next week.

Graham Pike""",
         urgency="high", emotion="angry", terse=False),
    dict(lang="en", subject="Licence for pavement scaffold",
         body="""Hello,

The builder says the scaffold at the front of our house will cover part of the pavement. Do we need to apply to the council for a licence ourselves, or do you take care of that? Work is planned for March.

Thanks,
Imogen""",
         urgency="normal", emotion="neutral", terse=False),
    dict(lang="en", subject="Adding a loading bay",
         body="""Hi Paul,

On the Elm Street job, the bricklayers have asked for a loading bay on the second lift for the block deliveries. Can you add one, and what would it cost on top of the current hire?

Regards,
Jas
Site Manager, Fenwick Build""",
         urgency="normal", emotion="neutral", terse=False),
    dict(lang="en", subject="Question for next year",
         body="""Hi, we're thinking of re-roofing the garage sometime next summer. It's single storey. Do you do small jobs like that, or is it not worth your while? No rush, just planning ahead.

Cheers,
Ken""",
         urgency="low", emotion="neutral", terse=False),
]

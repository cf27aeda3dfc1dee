# linen = linen and uniform supply for restaurants, hotels and salons (リネンサプライ)
DOMAIN = "linen"

SENTENCES = [
    ("ja", "おしぼりの納品は毎週月曜と木曜の朝8時までに行い、同じ便で前回分を回収いたします。", []),
    ("ja", "汚れがひどいタオルについては、別途クリーニング代を頂戴する場合がございます。", ["vague"]),
    ("ja", "汚れたテーブルクロスは必ず別の袋に分けて入れること。", ["imperative", "request_without_reason"]),
    ("ja", "油汚れのついたクロスはほかのリネンに汚れが移ってしまうため、赤い袋に分けて入れていただけますか。", []),
    ("ja", "紛失したタオルの枚数は、倉庫で数え直してみないと分かりません。", ["unknown_without_followup"]),
    ("ja", "紛失したタオルの枚数は明日の朝の棚卸しで数え直し、11時までにメールでご報告します。", []),
    ("ja", "次回の納品から、ご希望どおりバスタオルを1日あたり60枚に増やします。", []),
    ("ja", "納品の時間は日によって多少前後します。", ["vague"]),
    ("ja", "数量変更のご連絡は、前の週の金曜日までにいただけますか。", ["request_without_reason"]),
    ("ja", "柔軟剤の香りが強いとのご意見ですが、ほかのお客様には好評ですので変える予定はございません。", ["dismissive"]),
    ("ja", "この条件でご納得いただけないのであれば、来月で契約を終了していただいても当社は構いません。", ["condescending"]),
    ("en", "We'll add 40 extra napkins to Friday's delivery for your private party, at the usual 22p each.", []),
    ("en", "Sign the delivery note every time.", ["imperative", "request_without_reason"]),
    ("en", "Could you sign the delivery note each time? It's our only record of how many items were dropped off, and it protects you if a count is ever disputed.", []),
    ("en", "Stained items will incur a small surcharge.", ["vague"]),
    ("en", "If your kitchen staff used the tablecloths as rags, the damage charge is hardly our fault.", ["condescending"]),
    ('ja', '数え間違いを防ぐため、回収袋には枚数を書いて出してください。', ['imperative']),
    ('ja', '制服のサイズ交換は契約上は年1回ですが、今回は入社されたばかりとのことですので、次回の納品で無料で交換いたします。', []),
    ('en', "I'm sorry the order was short; the missing 20 tea towels will be on tomorrow's van, which reaches you before 8 am.", []),
]

DRAFTS = [
    dict(lang="ja", subject="ご挨拶",
         text="""ホテル潮見
購買ご担当 小島 様

いつも大変お世話になっております。株式会社白波リネンの新井です。
このたび、11月から御社の配送を担当するドライバーが、これまでの宮田から中西に替わりました。中西は配送歴8年のベテランで、安心してお任せいただけると存じます。

また、当社では11月から新しい洗濯設備が稼働し、タオルの仕上がりがよりふんわりとしたものになりました。ぜひお手に取ってお確かめください。

なお、ホテル様の搬入口の工事に伴い、12月1日から回収袋の置き場所を裏口から地下駐車場の北側に変更させていただきたいと考えております。中西が迷わないよう、新しい置き場所で問題ないかどうか、11月20日（木）までにご返信いただけますでしょうか。

株式会社白波リネン　営業部 新井 聡
""", labels=["purpose_not_upfront"]),
    dict(lang="ja", subject="年末年始の納品日程のご案内",
         text="""{店舗名} 様

株式会社白波リネンの新井です。
年末年始の納品日程が決まりましたので、お知らせいたします。

・12月30日（火）：通常どおり納品
・12月31日（水）〜1月3日（土）：お休み
・1月4日（日）：通常どおり納品

お休み期間中のおしぼりとタオルが不足しないよう、12月30日の納品分を増やすことができます。増やされる場合は、必要な枚数を12月20日（土）までにお知らせいただけますか。当社の工場での仕上げがこの日に締め切りとなるためです。

株式会社白波リネン　営業部 新井 聡
""", labels=["placeholder_left"]),
    dict(lang="ja", subject="シミの残ったタオルを納品してしまったことについてのお詫び",
         text="""ホテル潮見
客室課 柴田 様

株式会社白波リネンの新井です。
11月10日の朝に納品したフェイスタオルのうち、22枚にシミが残ったままになっており、大変申し訳ございませんでした。客室の準備の時間にご迷惑をおかけしたことと存じます。

当日、洗濯工程のしみ抜き用の薬剤を自動で入れる装置が詰まっており、一部のタオルに薬剤が入らないまま仕上げてしまったことが原因です。

同日13時に、代わりのフェイスタオル30枚を臨時便でお届けし、シミのあったタオルは回収いたしました。11月分の請求から、この22枚分の料金を差し引かせていただきます。

薬剤を入れる装置は11月11日に部品を交換し、今後は毎朝の稼働前に薬剤の量が正しく出ているかを点検します。また、仕上げ後の検品で、白いタオルは全数を目で確認することにいたしました。

このたびは誠に申し訳ございませんでした。

株式会社白波リネン　営業部 新井 聡
""", labels=[]),
    dict(lang="en", subject="Apology for Tuesday's late delivery",
         text="""Dear Marco,

I'm sorry that Tuesday's delivery of chef's whites and kitchen cloths reached Trattoria Lucca at 11:40 instead of before 8 am. I know that meant your team started prep in yesterday's whites.

When we rearranged Tuesday's routes to fit in a new customer, our dispatcher put your order on the late-morning van instead of the early one.

We've credited Tuesday's delivery charge of £18 to your account, and we've added two spare sets of whites, free of charge, to your stock so your team has a buffer.

Apologies again for the disruption.

Kind regards,
Fiona Walsh
Account Manager, Crisp Linen Services
""", labels=["apology_incomplete"]),
    dict(lang="en", subject="Confirmed: 120 extra napkins for 14 December",
         text="""Hi Leah,

That's all confirmed: 120 extra white napkins will come with your regular delivery on Saturday 14 December, before 7 am.

They're charged at the usual 22p each, so £26.40 will appear on your December invoice. We'll collect them with the following Tuesday's pick-up, along with everything else.

Good luck with the Christmas party!

Kind regards,
Fiona Walsh
Account Manager, Crisp Linen Services
""", labels=[]),
]

MAILS = [
    dict(lang="ja", subject="今朝のタオルの納品がありません",
         body="""白波リネン 新井様

ホテル潮見の柴田です。
本日朝８時の納品予定だったバスタオルとフェイスタオルが、11時の時点でまだ届いていません。
配送センターに3回電話しましたが、誰も出ません。

本日は80室が満室で、15時からチェックインが始まります。
このままではお客様のお部屋にタオルを置けません。
何時に届くのか、すぐに分かる方から連絡をください。

ホテル潮見 客室課 柴田
直通 0557-xx-xxxx""",
         urgency="high", emotion="angry", terse=False),
    dict(lang="ja", subject="おしぼりの匂いとお客様の肌の赤みについて",
         body="""株式会社白波リネン ご担当者様

和食処 いろはの店長、江口です。
昨日納品されたおしぼりが、いつもと違う強い薬品のような匂いがしていました。
昨夜、このおしぼりで手を拭いたお子様のお客様が、手が赤くなってかゆいとおっしゃり、
ご家族が今日病院に行かれるそうです。

残りのおしぼりは使用を止めて、別にしてあります。
何か洗剤を変えたりしたのでしょうか。お子様のご家族にどうご説明すればいいのか、
今夜の営業で使うおしぼりはどうすればいいのか、とても困っています。

和食処 いろは 江口""",
         urgency="high", emotion="anxious", terse=False),
    dict(lang="ja", subject="白衣の追加について（保健所の立ち入りが11月18日にあります）",
         body="""白波リネン 新井様

お世話になっております。セントラルキッチン大和の工場長、石井です。

10月の終わりから、白衣の納品数が毎回10着ほど足りない状態が続いております。
そのため、一部の従業員が同じ白衣を2日続けて着用しております。

11月18日（火）に保健所の立ち入り検査が予定されており、衛生管理の項目で指摘を受けるおそれがあります。
それまでに、不足分を含めて1人2着ずつ（合計96着）そろえていただくことは可能でしょうか。
可否と納品日を、11月13日中にご回答いただけますと幸いです。

セントラルキッチン大和 工場長 石井""",
         urgency="high", emotion="neutral", terse=False),
    dict(lang="ja", subject="年末のテーブルクロスの追加",
         body="""新井さん

いつもありがとうございます。
12月は忘年会の予約が多く、テーブルクロス（白・大）をいつもより多く使いそうです。
12月1日から25日までの間、毎回の納品を30枚から50枚に増やしていただくことはできますか。

ビストロ・ソレイユ 倉田""",
         urgency="normal", emotion="neutral", terse=False),
    dict(lang="ja", subject="明日の分",
         body="足りないです",
         urgency="normal", emotion="neutral", terse=True),
    dict(lang="ja", subject="紛失タオルの請求について",
         body="""白波リネン 御中

10月分の請求書に「紛失タオル 35枚 × 220円」という項目が入っていますが、
当店では毎回の回収時に、ドライバーさんと一緒に枚数を数えて、伝票にサインをもらっています。
伝票の控えを見る限り、35枚も足りないということはありません。

何を根拠に請求されているのか分からず、このままでは支払いに応じられません。
そちらの集計の記録を見せてください。

ヘアサロン KOTO 店長 寺田""",
         urgency="normal", emotion="angry", terse=False),
    dict(lang="ja", subject="契約期間について教えてください",
         body="""はじめまして。
来月、小さなエステサロンを一人で開業する予定で、タオルのレンタルを検討しています。

契約期間の縛りや、途中で解約した場合の違約金はあるのでしょうか。
開業したばかりで、お客様がどのくらい来てくださるかまだ分からず、
もし思うようにいかなかったら…と考えると、長い契約を結ぶのが少し怖いです。

サロン・ド・ルナ 福島""",
         urgency="normal", emotion="anxious", terse=False),
    dict(lang="ja", subject="納品時間の変更のお願い",
         body="""お世話になっております。
12月から、店の開店時間が10時から11時に変わります。
それに合わせて、納品の時間を今の9時から10時ごろに遅らせていただくことは可能でしょうか。

ヘアサロン KOTO 寺田""",
         urgency="normal", emotion="neutral", terse=False),
    dict(lang="ja", subject="先日はありがとうございました",
         body="""新井様

先日の連休中、急にタオルが足りなくなった際、臨時便を出していただき本当に助かりました。
ドライバーの中西さんにもよろしくお伝えください。

今後ともよろしくお願いいたします。

ホテル潮見 客室課 柴田""",
         urgency="low", emotion="positive", terse=False),
    dict(lang="ja", subject="環境に配慮した洗剤の選択について",
         body="""白波リネン ご担当者様

当館では来年度から、環境への取り組みを強化する予定です。
リネンの洗濯に使う洗剤を、環境負荷の少ないものに変更するプランはございますか。
料金がどの程度変わるかも含めて、資料があればいただけると助かります。

来年4月からの検討ですので、年明け以降のご回答で問題ございません。

ホテル潮見 総務 小島""",
         urgency="low", emotion="neutral", terse=False),
    dict(lang="en", subject="Wrong colour linen for Saturday's wedding",
         body="""Hello,

This morning's delivery for the Harper wedding (150 guests, this Saturday) came with ivory tablecloths and napkins. The order, which I have in writing, was navy. The couple chose navy specifically to match the flowers, and the bride's mother has just seen the ivory and is not happy.

The tables are being dressed on Friday from 2 pm. Can you get navy to us by Friday at noon? I need to know today so I can tell the couple what's happening.

Beth
Events Manager, Oakfield Barn""",
         urgency="high", emotion="anxious", terse=False),
    dict(lang="en", subject="towels",
         body="need more from next week",
         urgency="normal", emotion="neutral", terse=True),
    dict(lang="en", subject="Invoice - 30 'lost' aprons",
         body="""Fiona,

Our October invoice charges us £195 for 30 "lost" aprons. We have never had more than 24 aprons on site at any one time. I'm not sure how we managed to lose 30 of them, but perhaps your warehouse could check its own shelves first.

Please send a corrected invoice.

Marco
Trattoria Lucca""",
         urgency="normal", emotion="angry", terse=False),
    dict(lang="en", subject="New account - café opening in January",
         body="""Hello,

We're opening a 30-seat café in Harrogate in mid-January and would like to set up an account for aprons, tea towels and cloth napkins. Could you send your price list and tell me what the minimum contract length is?

Thanks,
Ruth Ambler""",
         urgency="normal", emotion="neutral", terse=False),
    dict(lang="en", subject="Linen napkins - hemp option?",
         body="""Hi Fiona, a question for whenever you have a moment: do you offer hemp or organic cotton napkins? We're reviewing suppliers for sustainability next spring and it'd be good to know. Not needed before then.

Thanks,
Leah""",
         urgency="low", emotion="neutral", terse=False),
]

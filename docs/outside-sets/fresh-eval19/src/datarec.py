# datarec = data recovery service for HDD/SSD/SD cards (データ復旧サービス)
DOMAIN = "datarec"

SENTENCES = [
    ("ja", "診断の結果、磁気ヘッドの故障と分かりました。復旧費用は税込み88,000円、作業期間は5営業日です。", []),
    ("ja", "診断には少々お時間をいただきます。", ["vague"]),
    ("ja", "RAIDの構成を書き出して、このメールに貼り付けてください。", ["imperative", "request_without_reason"]),
    ("ja", "恐れ入りますが、パソコンをご購入された時期を教えていただけますか。", ["request_without_reason"]),
    ("ja", "復旧できるかどうかは、実際に開けてみないと何とも言えません。", ["unknown_without_followup"]),
    ("ja", "復旧できるかどうかはクリーンルームで開封して確かめる必要があり、明後日10月3日（木）の17時までに、可否と最終金額をお電話でお伝えします。", []),
    ("ja", "バックアップを取られていなかった点は、今後の教訓にしていただければと存じます。", ["condescending"]),
    ("ja", "動画が再生できない件は復旧とは別の問題ですので、当社では関知しておりません。", ["dismissive"]),
    ("ja", "スマートフォンのデータ復旧は当社の対象外です。", ["dismissive"]),
    ("ja", "iPhoneの復旧は当社では扱っておりませんが、対応している提携先（株式会社ミライラボ、電話03-6265-1193）をご紹介できます。", []),
    ("ja", "復旧したデータはご返却から30日間当社のサーバーに保管し、31日目に完全に消去いたします。", []),
    ("ja", "料金は容量によって多少変わります。", ["vague"]),
    ("en", "We've finished the scan: 94% of the Photos folder is readable, and we can ship the recovered files on a 1 TB drive by Thursday.", []),
    ("en", "Unplug the drive and stop using it.", ["imperative", "request_without_reason"]),
    ("en", "Please don't keep switching the drive on and off, because each spin-up can scratch the platters further.", []),
    ("en", "If you'd kept a backup, we wouldn't be having this conversation.", ["condescending"]),
    ("en", "The cost depends on the damage, but it's usually pretty reasonable.", ["vague"]),
    ("en", "We can't say what caused the failure.", ["unknown_without_followup"]),
    ('ja', 'データが上書きされるおそれがありますので、そのドライブにはもう何も保存しないでください。', ['imperative']),
    ('ja', 'ご心配をおかけしておりますが、ドライブは現在クリーンルームで作業中で、明日12時の時点の進み具合をお電話でお伝えします。', []),
    ('en', "Don't open the drive yourself: even a speck of dust on the platter can make the data unrecoverable.", ['imperative']),
]

DRAFTS = [
    dict(lang="ja", subject="ご依頼の件（受付番号 DR-2417）",
         text="""株式会社ナカノ設計
杉本 様

データリカバリー東京の大野です。
9月30日に宅配便にてお預かりした外付けHDD（3TB）は、10月1日の朝に当センターに到着し、同日午後に初期診断を行いました。
初期診断では、ディスクの回転音に異常があり、プラッタ表面に軽度の傷が確認されました。
その後クリーンルームでヘッドを交換し、10月2日の夜までにディスク全体の約82%の読み出しが完了しております。
残りの約18%は傷のある領域で、追加で読み出しを試みる場合は、さらに3営業日と追加費用33,000円（税込み）がかかります。
読み出しが済んだ82%には、「図面」「見積書」フォルダの大半が含まれております。

つきましては、①現在の82%で作業を終えてご返却する、②追加の読み出しを行う、のどちらにされるか、10月4日（金）までにご返信いただけますでしょうか。ご返信をいただいてから次の工程に進むためです。

データリカバリー東京　大野 拓也
""", labels=["purpose_not_upfront"]),
    dict(lang="ja", subject="【ご確認のお願い】お見積もり（税込み121,000円）へのご承認",
         text="""吉川 直人様

データリカバリー東京の大野です。
お預かりしているNAS（2台構成）の復旧作業について、お見積もりのご承認をお願いしたくご連絡いたしました。

・作業内容：2台のディスクの複製と、RAID構成の再構築
・費用：税込み121,000円（成功報酬。復旧できなかった場合は診断料を含めて0円です）
・期間：ご承認から7営業日

ご承認いただける場合は、このメールに「承認します」とご返信ください。作業は、ご返信を確認した当日から始めます。ほかの方法もご検討になりたい場合は、お電話（03-5812-4470、平日9〜18時）でもご相談を承ります。

データリカバリー東京　大野 拓也
""", labels=[]),
    dict(lang="ja", subject="データ復旧完了とご返却のご案内",
         text="""〇〇様

データリカバリー東京の大野です。
お預かりしていたSDカード（64GB）のデータ復旧が完了しましたので、ご返却についてご案内いたします。

復旧できたファイルは写真4,812枚、動画37本で、元のデータの約97%にあたります。
復旧したデータは新しいUSBメモリに保存し、元のSDカードとあわせて〇月〇日に発送いたします。

費用は事前にお伝えしたとおり税込み44,000円で、お支払いは代金引換となります。

データリカバリー東京　大野 拓也
""", labels=["placeholder_left"]),
    dict(lang="en", subject="We're sorry: your drive arrived with a cracked case",
         text="""Dear Mr Okafor,

I'm very sorry that your original drive reached you yesterday with its plastic enclosure cracked. I can see how alarming that must have been after everything it had already been through.

The recovered data was unaffected: it was shipped separately on the new USB drive, which you confirmed arrived intact. The cracked part is only the outer case; the disk itself had already been imaged and is no longer needed for your data.

I've ordered a replacement enclosure, which will be sent to you free of charge on Monday, and we have refunded the return-shipping fee of £12.50 to your card today.

From now on, every returned drive is shipped in a foam-lined box inside a second outer carton, and the packer signs off a photo of the packed box before it leaves.

With apologies again,
Grace Lindqvist
Customer Care, ClearSector Data Recovery
""", labels=["apology_incomplete"]),
    dict(lang="en", subject="Apology: your diagnosis was delayed by two days",
         text="""Dear Ms Bauer,

I'm sorry that the diagnosis of your laptop SSD, which we promised by Tuesday, will only be ready on Thursday.

The delay is our fault. Our clean-room air filters were due for their quarterly replacement this week, and we scheduled that work without moving the jobs already booked in, so no clean-room work could be done on Monday or Tuesday.

Your SSD went into the clean room first thing this morning, and I will email you the diagnosis and the fixed price by 5 pm on Thursday. Because of the delay, we have waived the £45 express-diagnosis fee you paid.

We have now moved filter replacements to Sunday mornings, when no customer jobs are scheduled, and our booking system will warn us if maintenance overlaps a promised date.

Kind regards,
Grace Lindqvist
Customer Care, ClearSector Data Recovery
""", labels=[]),
]

MAILS = [
    dict(lang="ja", subject="社内サーバーのデータが見られなくなりました",
         body="""データリカバリー東京 御中

株式会社丸山工務店の経理の田辺と申します。
今朝、事務所のファイルサーバー（NAS、ディスク4台）が起動しなくなり、
会計ソフトのデータと、今月分の給与計算のデータが開けません。

給料日が25日（3日後）で、24日の午前中には銀行に振込データを送らないと
従業員30名の給与が払えません。業者さんに聞いたところ、ディスクが2台同時に壊れているとのことです。

どのくらいで復旧できるのか、今日そちらに持ち込むことは可能か、教えていただけないでしょうか。
どうしていいか分からず、本当に困っております。

丸山工務店 経理 田辺 恵
TEL 048-xxx-xxxx""",
         urgency="high", emotion="anxious", terse=False),
    dict(lang="ja", subject="返却されたUSBメモリが届いていません",
         body="""お世話になっております。ひまわりクリニックの事務長の荒井です。

復旧したデータの入ったUSBメモリを10月7日に発送したと連絡をいただきましたが、
まだ届いていません。追跡番号を見ると「10月8日 配達完了」となっていますが、
受け取った職員はいませんし、受付にもポストにもありません。

中には患者さんの氏名や診療記録が入っています。暗号化はされているのでしょうか？
誰が受け取ったのかも分からないまま、もう2日経っています。
配送会社への調査依頼はそちらでされているんですよね？今日中に状況を教えてください。

ひまわりクリニック 事務長 荒井""",
         urgency="high", emotion="angry", terse=False),
    dict(lang="ja", subject="修士論文のデータが入ったSSD",
         body="""はじめまして。大学院生の木下と申します。

ノートパソコンのSSDが突然認識されなくなり、修士論文の原稿と実験データが取り出せなくなりました。
提出締切が今週の金曜日（１１月２２日）の正午で、大学のサーバーにあるのは
１か月前の古い版だけです。

学生でも払える金額なのか、金曜までに間に合う可能性はあるのか、
正直かなり動揺していて、何から聞けばいいのかもよく分かっていません。
パソコンごと送ればいいのでしょうか。

木下 翔""",
         urgency="high", emotion="anxious", terse=False),
    dict(lang="ja", subject="SDカードの復旧の見積もり",
         body="""こんにちは。
結婚式の写真が入ったSDカード（32GB）が、カメラで「カードエラー」と出て読めなくなりました。
カードに割れなどはありません。

・復旧の費用はおおよそいくらぐらいでしょうか
・送る時はケースに入れるだけでよいでしょうか

ご回答よろしくお願いいたします。
森田""",
         urgency="normal", emotion="neutral", terse=False),
    dict(lang="ja", subject="復旧",
         body="外付けのやつ見てもらえますか　いくら",
         urgency="normal", emotion="neutral", terse=True),
    dict(lang="ja", subject="診断料の請求について",
         body="""先日HDDの復旧をお願いした西村です。

結局「復旧不可」ということで返却されたのはまあ仕方ないとしても、
請求書に「診断料 5,500円」と入っているのは納得がいきません。
ホームページには大きく「成功報酬制・復旧できなければ0円」と書いてありますよね。

あれは何だったんでしょうか。説明をお願いします。

西村 隆""",
         urgency="normal", emotion="angry", terse=False),
    dict(lang="ja", subject="送るのは本体ごとですか？",
         body="""お世話になります。
デスクトップパソコン（自作機）のHDDからデータを取り出してほしいのですが、
送るのはパソコン本体ごとでしょうか、それとも中のHDDだけ外して送ればよいでしょうか。
HDDは２台入っていて、どちらにデータがあるのか分かりません。

よろしくお願いします。
松尾""",
         urgency="normal", emotion="neutral", terse=False),
    dict(lang="ja", subject="ありがとうございました！／データの消去について",
         body="""データリカバリー東京 大野様

先日は母の写真を復旧していただき、本当にありがとうございました。
亡くなった父の写真もたくさん出てきて、母が涙を流して喜んでいました。

ひとつ確認なのですが、そちらのサーバーに保管されているデータは、
いつ消去されるのでしょうか。消去されたら一言ご連絡いただけるとありがたいです。

吉岡 あゆみ""",
         urgency="normal", emotion="positive", terse=False),
    dict(lang="ja", subject="データ消去証明書の発行について",
         body="""ご担当者様

来年度（4月以降）に社内のパソコン約40台の入れ替えを予定しており、
廃棄前のデータ消去をお願いできる業者を探しております。

御社で消去証明書の発行は可能でしょうか。また、40台規模の場合のおおよその費用感を
教えていただけますと幸いです。まだ社内でも検討段階ですので、急ぎではございません。

株式会社トーワ物産 情報システム課 片山""",
         urgency="low", emotion="neutral", terse=False),
    dict(lang="ja", subject="作業中のデータの扱いについて（質問）",
         body="""こんにちは。
いま使っているHDDの調子が少し悪く、近いうちに御社にお願いするかもしれません。

ただ、中には家族の写真や日記など人には見られたくないものも入っていて、
作業の途中でスタッフの方に中身を見られたりしないか、少し心配しています。
どういう決まりで扱っているのか、教えていただけますか。

HDD自体はまだ動いているので、お返事はいつでも大丈夫です。""",
         urgency="low", emotion="anxious", terse=False),
    dict(lang="en", subject="Laptop dead - client files on it",
         body="""Hello,

My laptop won't boot and the SSD doesn't show up when I connect it to another machine. I run a small bookkeeping practice and the only up-to-date copy of my clients' year-end files is on that drive (yes, I know).

Three clients have filing deadlines on Monday and I can't submit without those files. I can drive the laptop to your lab today if that's faster than posting it. What's the earliest you could tell me whether the data is recoverable?

Sofia Marin
Marin Bookkeeping""",
         urgency="high", emotion="anxious", terse=False),
    dict(lang="en", subject="Re: Re: Re: Job #58812 - still waiting",
         body="""This is my fourth email.

You've had my drive for three weeks. Your website says "diagnosis within 48 hours". I was told on the 2nd that an engineer would call me "by Friday". Nobody called. Nobody answered the last two emails either.

I'd like a name, a phone number and a date, or my drive back.

> On 9 Oct, ClearSector Support wrote:
> Thanks for your patience. An engineer will call you by Friday with an update.

R. Osei""",
         urgency="high", emotion="angry", terse=False),
    dict(lang="en", subject="Phone dropped in the sea",
         body="""Hi, my Android phone went into the sea on holiday last week. It doesn't turn on at all now. Is this something you can recover photos from, and roughly what does it cost? I've kept it in a bag of rice since, if that matters.

Thanks
Ellie""",
         urgency="normal", emotion="neutral", terse=False),
    dict(lang="en", subject="Invoice for job 58904",
         body="""Hi,

Could you reissue the invoice for job 58904 with our company name (Birch & Vale Ltd) and VAT number GB 123 4567 89 on it? Our accounts team can't process it otherwise.

Many thanks,
Jonas Ek
Office Manager""",
         urgency="normal", emotion="neutral", terse=False),
    dict(lang="en", subject="Old drives",
         body="""Hi! Not a job, just curious: after you've finished with a broken drive and the customer doesn't want it back, do you recycle it somewhere or shred it? I've got a box of old ones at home and I'm wondering what to do with them. No rush at all.

Ben""",
         urgency="low", emotion="neutral", terse=False),
]

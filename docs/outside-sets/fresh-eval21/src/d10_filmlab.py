# filmlab = mail-order film developing and scanning lab (フィルム現像・スキャン)
from common import S, D, M

DOMAIN = "filmlab"

SENTENCES = [
    S("ja", "現像とスキャンの仕上がりは、フィルムの到着から7営業日です。"),
    S("ja", "現像の混雑状況によっては、仕上がりが遅れる場合がございます。", "vague"),
    S("ja", "ネガの傷は、撮影時かカメラ側の問題ではないでしょうか。当所の機械で傷がつくことはありません。", "dismissive"),
    S("ja", "傷の原因を調べるため、ネガを当所で拡大検査します。結果は3月15日（金）までにメールでお知らせします。"),
    S("ja", "なぜ一部のコマが真っ黒なのかは、私どもではわかりかねます。", "unknown_without_followup"),
    S("ja", "フィルムを送るときは、パトローネごと送ってください。", "imperative", "request_without_reason"),
    S("ja", "フィルムは光に当たると感光して写らなくなるため、巻き戻したパトローネのまま封筒に入れてお送りいただけますか。"),
    S("ja", "スキャンの解像度を上げる場合は、多少の追加料金がかかります。", "vague"),
    S("ja", "高解像度スキャン（6000×4000px）は、1本あたり880円の追加です。"),
    S("ja", "期限切れフィルムの写りについてクレームをいただいても、こちらとしては困ります。", "dismissive"),
    S("ja", "感度の設定はカメラ上部のダイヤルで変えられます。ISO400のフィルムでしたら「400」に合わせていただければ大丈夫です。"),
    S("ja", "データのダウンロード期限が過ぎると消えますので、早めに保存してください。", "vague", "imperative"),
    S("ja", "ネガの返送をご希望の場合は、送料370円で、スキャンデータの納品から3日以内に発送します。"),
    S("ja", "フィルムの入れ方を間違えると、こういうことはよくありますよ。初心者の方にはよくあることです。", "condescending"),
    S("en", "Mail the film in its canister.", "imperative", "request_without_reason"),
    S("en", "We can't tell why frames 12 to 18 came out blank.", "unknown_without_followup"),
    S("en", "Your negatives were posted back today by Royal Mail Tracked, reference TR 4418 2093 GB, and should arrive by Wednesday."),
    S("en", "Expired film is at your own risk, so complaints about colour casts aren't something we deal with.", "dismissive"),
    S("en", "Frames 1 to 3 are fogged, which usually happens when the camera back is opened before rewinding; the rest of the roll is fine and the scans are in your download folder."),
    S("en", "To check whether the light leak came from the camera or from our processor, could you send us the first and last frames? Our next run is Thursday, and I'll have an answer for you that afternoon."),
]

DRAFTS = [
    D("ja", "スキャンデータの送付先の誤りについてのご報告",
      "小島様\n\nフィルムラボ暗室舎の井口です。\n"
      "9月12日にお送りしたスキャンデータのダウンロード案内メールが、小島様ではなく別のお客様1名に届いておりました。\n\n"
      "原因は、注文番号の入力の際、担当者が隣の行の番号を選んでしまったことでした。\n\n"
      "誤って届いたお客様には連絡を取り、本日、データを開かずに削除していただいたことを確認しました。ダウンロード用のリンクも無効にし、小島様には新しいリンクを別途お送りしております。\n\n"
      "今後は、案内メールを送る前に、注文番号とお客様のお名前を2名で照合いたします。\n\n"
      "フィルムラボ暗室舎　井口",
      "apology_incomplete"),
    D("ja", "現像完了のお知らせ",
      "お客様各位\n\n＜担当者名＞です。\n"
      "ご依頼いただいたフィルムの現像とスキャンが完了しましたので、お知らせいたします。\n\n"
      "ご注文番号：＜注文番号＞\n本数：35mmカラーネガ　2本\nダウンロード期限：10月31日\n\n"
      "下記のリンクからスキャンデータをダウンロードできます。期限を過ぎるとデータは削除されますので、それまでに保存をお願いいたします。\n\n"
      "フィルムラボ暗室舎",
      "placeholder_left"),
    D("ja", "【お詫び】スキャンデータの色かぶりと再スキャンについて",
      "今井様\n\nフィルムラボ暗室舎の井口です。\n"
      "お送りしたスキャンデータが全体に緑がかった色になっており、大変申し訳ございませんでした。\n\n"
      "確認したところ、スキャナーの色補正の設定が、別のフィルム銘柄用のまま残っていたことが原因でした。\n\n"
      "正しい設定で36コマすべてを再スキャンし、本日、新しいダウンロードリンクをお送りしました。再スキャンの料金はいただきません。\n\n"
      "今後は、スキャンを始める前に、フィルム銘柄と補正設定が一致しているかを作業票で確認する手順を加えました。\n\n"
      "ご迷惑をおかけしたことを、重ねてお詫び申し上げます。\n\nフィルムラボ暗室舎　井口"),
    D("ja", "モノクロ増感現像のお見積もり",
      "加藤様\n\nフィルムラボ暗室舎の井口です。\n"
      "お問い合わせいただいたモノクロフィルムの増感現像（ISO400→1600）のお見積もりをお送りします。\n\n"
      "35mm モノクロ 増感現像：1本 1,320円（通常880円＋増感440円）\n3本で3,960円（税込）、スキャンは別途1本 660円です。\n\n"
      "増感現像はまとめて処理するため、毎週水曜の作業になります。月曜日までにフィルムが届けば、その週の金曜日に仕上がります。\n\n"
      "フィルムラボ暗室舎　井口"),
    D("en", "From the darkroom",
      "Hi Tom,\n\nIt's been a busy month here! We've just installed a second film scanner, which means we can now offer 16-bit TIFF scans on request, and we've started stocking our own house-brand black-and-white film.\n"
      "We're also running a darkroom printing workshop in November — places are limited.\n\n"
      "By the way, one of the three rolls you sent us last week (roll 2, Portra 400) was loaded into the camera without the leader attached properly and is partly fogged. "
      "We need you to tell us by Friday whether you'd like us to develop it anyway at no charge, or send it back undeveloped.\n\n"
      "Cheers,\nThe Darkroom Lab",
      "purpose_not_upfront"),
    D("en", "Your scans are ready to download (order 20931)",
      "Hi Amara,\n\nYour scans from order 20931 (two rolls of 35 mm colour) are ready to download from the link below.\n\n"
      "The link stays active for 30 days, until 14 November; after that, the files are deleted from our server, so do save them somewhere safe before then.\n\n"
      "Your negatives will be posted back tomorrow by tracked mail.\n\n"
      "Thanks,\nThe Darkroom Lab"),
]

MAILS = [
    M("ja", "父の最後のフィルムについて",
      "暗室舎様\n\n先月亡くなった父のカメラに入っていたフィルムを、9月2日に送りました。\n"
      "追跡では9月4日に「配達完了」となっていますが、今日お問い合わせフォームで確認したところ「未着」と表示されています。\n"
      "父が最後に旅行したときの写真で、フィルムはこれ1本しかありません。\n"
      "日曜日の四十九日の法要で、その写真を飾りたいと思っていました。\n"
      "どこかに紛れていないか、探していただけないでしょうか。\n\n斉藤 真由美",
      "high", "anxious"),
    M("ja", "他人の写真のダウンロードリンクが届きました",
      "今日届いたダウンロード案内のメールを開いたら、知らない人の写真が入っていました。\n"
      "ということは、私が送ったフィルムの写真も、どこかの他人に送られているということですよね。\n"
      "子どもの水着の写真も入っているんです。\n"
      "いったいどういう管理をしているんですか。私の写真が誰に送られたのか、リンクをすぐ止めたのか、今日中に説明してください。\n\n"
      "注文番号 31077　森",
      "high", "angry"),
    M("ja", "現像の進み具合について（入稿日が木曜です）",
      "お世話になっております。フォトグラファーの北村です。\n"
      "10月1日に120フィルム8本（ブローニー、カラーネガ）を送りました。注文番号は30562です。\n"
      "雑誌の入稿が木曜日の正午で、水曜日の夜までにスキャンデータが必要です。\n"
      "通常の7営業日だと間に合わないのですが、先に仕上げていただくことは可能でしょうか。追加料金はお支払いします。\n\n"
      "北村フォト　北村",
      "high", "neutral"),
    M("ja", "増感現像について",
      "ISO400のモノクロフィルムを1600で撮ってしまいました。\n"
      "増感現像をお願いすることはできますか？料金も教えてください。",
      "normal", "neutral"),
    M("ja", "スキャンの品質について",
      "届いたスキャンデータが、ほとんどのコマでほこりと細い線だらけでした。\n"
      "ネガを見ると線はないので、スキャナーの問題だと思います。\n"
      "1本2,000円以上払って、この仕上がりはないと思います。\n"
      "前回も同じことがあって我慢したのですが、さすがに2回目なので連絡しました。",
      "normal", "angry"),
    M("ja", "郵送中のX線検査が心配です",
      "来月の海外旅行で撮ったフィルムを、帰国後にそちらに送る予定です。\n"
      "空港の手荷物検査のX線で、フィルムがだめになってしまわないかが心配で、旅行の準備が手につきません。\n"
      "ハンドチェックをお願いしたほうがいいのでしょうか。",
      "normal", "anxious"),
    M("ja", "いつもきれいな仕上がりをありがとうございます",
      "いつもお世話になっております。\n"
      "先日の写真、色がとても自然で、家族にも好評でした。暗室舎さんにお願いしてよかったです。\n"
      "今度ブローニーのカメラを買ったので、120フィルムの料金表を送っていただけますか？",
      "normal", "positive"),
    M("ja", "",
      "届きました？",
      "normal", "neutral", True),
    M("ja", "TIFF形式のご要望",
      "いつも利用しています。\n"
      "将来的に、スキャンデータをTIFF形式でも受け取れるようになるとうれしいです。\n"
      "今のJPEGでも十分なので、今後の参考までに。",
      "low", "neutral"),
    M("ja", "モノクロの自家現像について",
      "来年あたり、モノクロだけ自分で現像してみようと考えています。\n"
      "現像タンクや薬品の販売はしていますか？\n"
      "まだ本当に考え始めた段階なので、急ぎではありません。",
      "low", "neutral"),
    M("en", "Re: Re: Re: Order 30118 - four rolls missing",
      "It's now a week since you told me that four of the nine rolls from the Harper wedding were 'lost during processing', and I've had no reply to two emails since.\n"
      "Those rolls were the ceremony and the first dance. My clients are devastated and their solicitor wrote to me yesterday. If this ends up in court, I will be naming your lab.\n"
      "I need a written account of what happened and whether the rolls can be recovered, by Friday.\n\n"
      "James Okoro\nOkoro Photography",
      "high", "angry"),
    M("en", "Negatives on loan - must be returned by 30 September",
      "Dear Darkroom Lab,\n\nWe sent you 14 historic glass-plate negatives on loan from the Harrow Local History Society for scanning (order 30402).\n"
      "Under our loan agreement they must be back with the Society by Monday 30 September, or we breach the agreement and lose access to the collection.\n"
      "Could you confirm the scans are done and the negatives will be shipped back, insured, by the 25th?\n\n"
      "Kind regards,\nDr Ellen Marsh\nCounty Archive",
      "high", "neutral"),
    M("en", "First time posting film",
      "Hi, this is the first time I'm sending film by post and I'm a bit nervous. These are photos from my grandmother's 90th and I can't redo them.\n"
      "Should I use tracked post? And do I need to pack the rolls in anything special so they don't get damaged?\n\nSophie",
      "normal", "anxious"),
    M("en", "Scan sizes",
      "What resolution are your standard and large scans for 35mm? I'd like to print a few at A3 and want to know which to order.\n\nThanks, Neil",
      "normal", "neutral"),
    M("en", "Re: Your scans are ready (order 31240)",
      "Scans arrived, thank you, they're perfect!",
      "low", "positive"),
]

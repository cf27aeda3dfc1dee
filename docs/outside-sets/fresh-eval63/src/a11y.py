"""a11y = web accessibility audit consultancy (WCAG / JIS X 8341-3 audits, test reports, remediation advice, training)."""
from _util import s, d, m

DOMAIN = "a11y"

S = [
    # --- ja ---
    s("ja", "読み上げソフトでの確認手順はマニュアルの3ページ目からですが、初めての方には分かりにくい書き方でしたので、画面の録画を添えた手順書を別にお送りします。", ""),
    s("ja", "そもそもアクセシビリティは後から足すものではなく設計の段階から考えておくべきものですので、今回のような手戻りはある意味避けられなかったかと思います。", "C"),
    s("ja", "指摘箇所を修正されたのは御社の制作会社さんですので、その後に別の不具合が出たことについては当方では責任を負いかねます。", "C"),
    s("ja", "修正後の再チェックは、ページ数にもよりますが、それほどお時間はかからないと思います。", "V"),
    s("ja", "試験結果の公開にあたっては、一定の期間を空けてから改めて確認されることをおすすめしております。", "V"),
    s("ja", "次回の診断までに、すべての画像の代替テキストを書き直しておいてください。", "IR"),
    s("ja", "色だけでエラーを伝えると色の見分けがつきにくい方には伝わらないので、必ず文字でもエラーの内容を表示するようにしてください。", "I"),
    s("ja", "お手数ですが、診断対象ページのURL一覧をスプレッドシートでいただけますでしょうか。", "R"),
    s("ja", "音声ブラウザの種類によって読み上げ方が変わる理由までは、当方でも正直つかみきれておりません。", "U"),
    s("ja", "利用者の方からのご意見とのことですが、JISの基準は満たしておりますので、特に追加でご対応いただく必要はないかと存じます。", "X"),
    s("ja", "その程度の色の違いで困る方はごく一部ですので、気にされなくて大丈夫です。", "X"),
    s("ja", "申し訳ございませんが、自動チェックツールの結果だけで「適合」と記載した証明書は発行しておりません。ツールで見つかる問題は全体の3割ほどにとどまるためです。人の目による確認を含む簡易診断であれば、5営業日・税込88,000円でお受けできます。", ""),
    s("ja", "この動画プレーヤーが字幕の読み上げに対応しているかはまだ確認できていないため、開発元に問い合わせ、12月19日（金）までに回答をお伝えします。", ""),
    s("ja", "キーボードだけで申込フォームを最後まで操作できるか、一度お試しいただけますか。マウスを使えない方がどこで止まってしまうかを、実際に体験していただくのが一番早いからです。", ""),
    # --- en ---
    s("en", "To be fair, this is covered in the first five minutes of any accessibility training.", "C"),
    s("en", "Fixing the PDFs takes about 20 minutes a page on average, so your 60 files of four to six pages come to roughly three weeks of work.", ""),
    s("en", "We'd steer you away from placeholder text as a field label, because it disappears as soon as someone starts typing and screen readers often skip it.", ""),
    s("en", "We'll also need admin access to your staging site.", "R"),
    s("en", "Whether that counts as a reasonable adjustment under the Act is frankly beyond us.", "U"),
    s("en", "The complaint came from a single user, so we'd suggest not reading too much into it.", "X"),
    s("en", "Our audit covers the 25 page templates you listed and costs $6,400; any template you add later is $240 each.", ""),
    s("en", "I can't tell you yet whether the site meets the June 2025 requirements, because two checkout pages were down during our test window; we'll retest them on Tuesday and send you the answer on Wednesday.", ""),
]

D = [
    d("ja", "試験結果報告書の記載誤りについてのお詫びと訂正版の送付",
      "一般社団法人みどり福祉会\n事務局　福田様\n\nユニバーサルリンクの大河内です。\n12月1日にお送りした試験結果報告書で、「お問い合わせフォーム」の判定を「適合」と記載していましたが、正しくは「不適合（2項目）」でした。誤った内容をお送りし、誠に申し訳ございません。\n\n原因は、報告書を作成する際、似た構成の別のお客様のフォームの判定結果を当社の担当者が誤って転記したことでした。\n\n訂正版の報告書を本メールに添付しております。不適合の2項目（入力エラーの通知方法、必須項目の表示）は、修正方法の例を付けて報告書の14ページにまとめました。ウェブサイトで試験結果を公開される前に、この2項目の修正をおすすめします。修正後の再確認は無償で行います。\n\n今後は、判定結果の転記をやめ、試験を行った担当者の記録から報告書を自動で作成したうえで、別の担当者が全項目を読み合わせる手順に改めました。\n\nご迷惑をおかけし、重ねてお詫び申し上げます。\n\n株式会社ユニバーサルリンク\n大河内 紗希\n", ""),
    d("ja", "アクセシビリティ診断のお見積もり（税込396,000円・30ページ）",
      "株式会社シオン旅行\nWeb担当　井上様\n\nユニバーサルリンクの大河内です。お問い合わせいただいた診断のお見積もりをお送りします。\n\n・対象：予約サイトの主要30ページ（ご指定のURL一覧のとおり）\n・基準：JIS X 8341-3:2016 レベルAA\n・内容：自動チェック、キーボード操作、読み上げソフト2種での確認\n・費用：税込396,000円\n・期間：着手から15営業日で報告書を納品\n\n1月13日（火）に着手する場合、1月30日（金）に報告書をお届けできます。\nこの日程で進める場合は、12月24日（水）までにご発注のご連絡をいただけますでしょうか。その日までにご連絡をいただければ、1月の担当者2名を確保できます。\n\n株式会社ユニバーサルリンク\n大河内 紗希\n", ""),
    d("ja", "診断結果のご報告：予約フォームに読み上げソフトで送信できない箇所が3点あります",
      "井上様\n\nユニバーサルリンクの大河内です。\n予約サイトの診断で、読み上げソフトを使う方が予約を完了できない箇所が3点見つかりましたので、報告書に先立ってお知らせします。\n\n1. 日付の選択カレンダーがキーボードで操作できない\n2. 「予約を確定する」ボタンに名前がなく、「ボタン」としか読み上げられない\n3. 入力エラーが画面上の赤い枠だけで示され、内容が読み上げられない\n\n3点とも、制作会社さんであれば1〜2日で直せる規模の修正です。修正方法の例を添付しました。\n正式な報告書は予定どおり1月30日（金）にお送りします。\n\n株式会社ユニバーサルリンク\n大河内 紗希\n", ""),
    d("ja", "診断日程の変更についてのお詫び",
      "福田様\n\nユニバーサルリンクの大河内です。\n12月10日（水）から予定していた診断の開始日を、12月17日（水）に変更させていただくことになりました。ご予定を組んでいただいていたところ、大変申し訳ございません。\n\n報告書の納品日は当初の予定どおり12月26日（金）とし、遅れが出ないよう担当者を1名増やして対応いたします。\n今後は、診断開始日の2週間前に担当者の予定を確定させ、その時点で改めて日程をお知らせするようにいたします。\n\nよろしくお願いいたします。\n\n株式会社ユニバーサルリンク\n大河内 紗希\n", "A"),
    d("en", "Your audit timeline",
      "Hi Laura,\n\nThanks for signing off the scope. Fieldwork will start on Monday 12 January and cover the 25 templates we agreed.\n\nWe'll get the report over to you once it has been through our internal QA after fieldwork wraps up. If you decide to add the mobile app later on, there'd be an extra fee for that in line with our standard day rate, and the timeline would move accordingly.\n\nBest,\nJoel\nClearpath Accessibility\n", "V"),
    d("en", "Retest results: 11 of 12 issues fixed",
      "Hi Laura,\n\nWe've finished the retest of your checkout pages. 11 of the 12 issues from the audit are now fixed.\n\nThe one that remains is the address lookup: when a screen-reader user picks an address from the list, focus jumps back to the top of the page, so they have to tab through the whole form again. I've attached a short screen recording and a code example of the fix.\n\nOnce your developers have changed it, if you send me the staging link, we'll check that one item within two working days, at no charge.\n\nBest,\nJoel\nClearpath Accessibility\n", ""),
]

M = [
    # --- ja ---
    m("ja", "Re: Re: 試験結果報告書の納品日について",
      "大河内様\n\n株式会社サトミ企画の石川です。\n12月3日、12月5日にもお尋ねしましたが、お返事がないため改めてご連絡します。\n\n12月10日納品とお約束いただいた試験結果報告書がまだ届いていません。\n県の入札の提出書類にこの報告書が必要で、提出期限は12月12日（金）17時です。書類が揃わなければ、入札に参加できません。\n\n報告書がいつ届くのか、本日中にお知らせください。\n\n> 12月10日に納品予定です。どうぞよろしくお願いいたします。\n\n石川 直樹\n", "h", "angry"),
    m("ja", "公開した試験結果に他社の情報が含まれていました",
      "大河内様\n\nいつもお世話になっております。整骨院グループの事務を担当しております野口です。\n\n昨日、御社からいただいた試験結果報告書をもとに、当院のサイトに「アクセシビリティ試験結果」のページを公開しました。\n今朝、患者さんから「別の会社の画面が載っている」とご連絡があり、確認したところ、報告書の付録のスクリーンショット3枚が他社の会員ページで、会員の方の氏名とメールアドレスがそのまま写っていました。\n\nページはいったん非公開にしましたが、公開していた約20時間のあいだに何人が見たのかは分かりません。\n当院として何をすべきなのか、その会社の方にはどう伝わるのか、考えがまとまりません。\n\n野口\n", "h", "anxious"),
    m("ja", "給付金申請フォームについて",
      "ユニバーサルリンク 大河内様\n\n北山市役所 福祉課の竹内です。\n12月1日に公開した物価高騰対策給付金のオンライン申請フォームについてです。\n\n視覚障害のある市民の方2名から、読み上げソフトで最後の「送信」ボタンまでたどり着けないと電話がありました。こちらでも確認したところ、確認画面のボタンが読み上げられませんでした。\n\n申請の受付は12月12日（金）で締め切りとなり、延長はできません。\n制作業者には連絡済みです。どこを直せばよいのか、制作業者に伝える内容を教えていただけますか。\n\n竹内\n", "h", "neutral"),
    m("ja", "JIS", "JISのやつ、うちも必要ですか", "n", "neutral", True),
    m("ja", "診断のお見積もりのお願い",
      "はじめてご連絡します。シオン旅行の井上と申します。\n予約サイトのアクセシビリティ診断をお願いしたく、お見積もりをいただけますでしょうか。\n対象は30ページほどで、来年の3月までに公開している試験結果を更新したいと考えています。\n", "n", "neutral"),
    m("ja", "「適合」のはずでは",
      "10月に診断していただき「適合」の報告書をいただいたサイトについて、利用者の方から「キーボードだけでは申込ができない」というご指摘を受けました。\n\n試しにやってみたら、本当にできませんでした。\nいったい何を診断していただいたのでしょうか。\n報告書をそのままサイトで公開してしまっているので、社内的にも非常に困っています。\n\nみどり福祉会　福田\n", "n", "angry"),
    m("ja", "小さなお店でも対応が必要でしょうか",
      "突然のご連絡失礼します。手作りの焼き菓子をネットで販売している個人事業主です。\n\n去年から法律が変わって、障害のある方への配慮が義務になったと聞きました。うちのような小さな店のサイトでも、対応していないと訴えられたりするのでしょうか。\n何から手を付ければいいのか分からず、ここ数日ずっと気になっています。\n費用もあまりかけられないのですが……\n", "n", "anxious"),
    m("ja", "利用者の方から嬉しい声が届きました",
      "大河内様\n\n8月に診断していただき、秋に修正を終えた当会のサイトについて、全盲の会員の方から「初めて自分ひとりでイベントに申し込めた」とお電話をいただきました。スタッフ一同、本当に嬉しかったです。ありがとうございました。\n\nそれで、来月の職員研修でアクセシビリティの基本を話していただけないかと思っています。1月下旬、1時間ほどでご検討いただけますか。\n", "n", "positive"),
    m("ja", "WCAG 3.0について",
      "急ぎの質問ではありません。\nWCAG 3.0が正式になるのはいつ頃になりそうか、今の見通しを教えてください。\n今すぐ何かを変えるつもりはなく、社内の勉強会で話題になったので聞いてみました。\n", "l", "neutral"),
    m("ja", "セミナー資料の件",
      "先月のオンラインセミナーに参加した者です。\n投影されていたチェックリストの資料をいただくことはできますか。\n社内で共有したいだけなので、年明けでも構いません。\n", "l", "neutral"),
    # --- en ---
    m("en", "Demand letter - ADA",
      "Hi Joel,\n\nThis morning we received a letter from a law firm in Los Angeles on behalf of a blind customer, alleging our online store violates the ADA because she couldn't complete a purchase with a screen reader. It gives us 14 days from 1 December to respond before they file, so we have until the 15th.\n\nYour audit in September covered the store and rated it 'substantially conformant'. I don't know if that helps us or not. Our lawyer wants to talk to whoever ran the audit this week.\n\nI'm honestly not sure what happens next, and the owners are asking me.\n\nLaura Benson\nOperations, Tidewell Outdoor\n", "h", "anxious"),
    m("en", "Your carousel fix broke our mobile site",
      "Hi,\n\nYour report flagged our homepage carousel as failing, and recommended the pause-button pattern in appendix C. Our agency implemented exactly that. On iOS Safari, the carousel now doesn't swipe at all.\n\nSo we've paid you for the audit, paid the agency to make your fix, and are now paying the agency again to undo it. I'd like someone to explain how the recommendation was tested.\n\nGreg\n", "n", "angry"),
    m("en", "PDFs and the app",
      "Hello,\n\nBefore we sign: does your standard audit include the PDFs linked from our site (about 60 of them) and our iOS/Android app, or would those be quoted separately?\n\nThanks,\nMeera\n", "n", "neutral"),
    m("en", "Kick-off date",
      "Hi Joel, any chance we could move the kick-off call from Monday the 15th to Wednesday the 17th? Same time works. Cheers, Laura\n", "n", "neutral"),
    m("en", "Thanks for the meetup talk",
      "Hi there,\n\nI really enjoyed your talk on focus order at the meetup last Thursday. No need to reply, but if the slides are online somewhere I'd love a link whenever you get a chance.\n\nBest,\nAnnie\n", "l", "positive"),
]

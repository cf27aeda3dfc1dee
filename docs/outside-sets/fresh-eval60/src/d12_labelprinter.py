# labelprinter = maker of small label printers (home and business), tape cassettes and the companion app
# (ja: ラベリオ / en: Tagwise)
DOMAIN = "labelprinter"

SENTENCES = [
    ("ja", "テープが詰まった場合は、カバーを開けてカセットを一度取り出し、先端の折れ曲がった部分をハサミで切ってから戻すと、たいていは直ります。", []),
    ("ja", "バッテリーの膨張は、お客様の充電のなさり方に原因があると考えられます。", ["condescending"]),
    ("ja", "膨らんだバッテリーは充電せず、そのまま元箱に入れて保管していただけますか。破裂や発火を防ぐためで、回収用の伝票を本日お送りします。", []),
    ("ja", "新しいOS用のドライバーは、準備ができ次第公開します。", ["vague"]),
    ("ja", "文字化けの原因は不明です。", ["unknown_without_followup"]),
    ("ja", "シリアル番号を教えてください。", ["imperative", "request_without_reason"]),
    ("ja", "他社のテープをお使いなら、当社に聞かれても困ります。", ["dismissive"]),
    ("ja", "出荷ラベルが印刷できず業務が止まっているとのことですので、代替機を本日15時の便で発送し、明日の午前中にお届けします。", []),
    ("ja", "修理期間は、症状によってまちまちです。", ["vague"]),
    ("ja", "アプリを最新版に更新してから、もう一度接続してください。", ["imperative", "request_without_reason"]),
    ("ja", "法人での大量購入の条件は私ではお答えできないため、法人営業部の担当者から明日12時までにお電話いたします。", []),
    ("ja", "ご不便をおかけしております。ご指摘の不具合は、12月8日に予定しているアプリの更新で修正いたします。", []),
    ("ja", "今回は特別に交換いたしますが、次からは有償になりますので、くれぐれもお気をつけください。", ["condescending"]),
    ("en", "Use genuine Tagwise tape only.", ["imperative", "request_without_reason"]),
    ("en", "I'm not sure why the labels are printing faint.", ["unknown_without_followup"]),
    ("en", "Discounts are available on larger orders.", ["vague"]),
    ("en", "You may have overlooked the fairly obvious setting called 'Label width'.", ["condescending"]),
    ("en", "We don't make a Linux driver, but the printer works with the open-source CUPS driver, and I've attached the settings other customers use.", []),
    ("en", "Printing over USB rather than Bluetooth should solve it, because the courier's label format is too big for the Bluetooth buffer.", []),
    ("en", "A replacement printer went out today by next-day courier; the tracking number is 7YT 4482 1093.", []),
]

DRAFTS = [
    ("ja", "LP-200のバッテリー膨張に関するお詫びと無償交換のお知らせ",
     """ラベリオ LP-200 をお使いのお客様へ

ラベリオ お客様センターです。
LP-200の一部で、内蔵バッテリーが膨らみ、本体の裏ぶたが浮き上がる事象が起きております。
ご心配とご不便をおかけし、誠に申し訳ございません。

原因は、2024年6月〜8月に製造した製品に使用したバッテリーの一部で、
充電を制御する部品に不良があり、満充電のあとも充電が止まらない場合があったことです。
現在までに発火の報告はございませんが、これまでに27件の膨張のご報告をいただいております。

対象は、本体裏のシリアル番号が「24F」「24G」「24H」で始まる製品です。
該当する製品は、充電をお控えいただき、ラベリオのサイトの専用フォームからお申し込みいただけますか。
新しいバッテリーに交換した本体を先にお送りし、お手元の製品は同梱の回収箱で引き取ります。
費用は送料も含めて一切かかりません。

今後は、バッテリーを含む部品の受け入れ時に、充電制御の試験を全数で行うことにいたしました。

ラベリオ お客様センター
0120-000-000（平日9時〜17時）
""", []),
    ("ja", "ラベリオをご愛用の皆さまへ",
     """ラベリオをご愛用の皆さま

いつもラベリオをご愛用いただき、ありがとうございます。
おかげさまで、ラベリオは発売から10年を迎え、累計出荷台数が100万台を突破いたしました。
これもひとえに皆さまのご支援のおかげです。

記念として、純正テープの詰め合わせセットを数量限定で発売しております。
オンラインショップで、ぜひご覧ください。

また、アプリ「ラベリオ Print」は1月31日をもって旧バージョン（3.x）の提供を終了します。
引き続きお使いいただくには、1月31日までにバージョン4へ更新していただく必要がございます。

今後ともラベリオをよろしくお願いいたします。
""", ["purpose_not_upfront"]),
    ("ja", "修理のお申し込みを受け付けました",
     """西岡様

ラベリオ 修理センターの大塚です。
LP-50（シリアル番号 23C-004817）の修理のお申し込みを受け付けました。

本日、佐川急便の集荷をご手配しております。明日11月27日の14時〜16時に、ご自宅に伺います。
梱包材は集荷の担当者が持参しますので、本体とACアダプターだけご用意いただければ大丈夫です。
テープカセットは修理に不要なため、お手元に残しておいていただけますか。紛失を防ぐためです。

修理品は、お預かりから5営業日以内にお返しします。
保証期間内のため、費用はかかりません。

ラベリオ 修理センター
大塚 まどか
""", []),
    ("en", "Re: Printer not printing",
     """Hi Gareth,

Thanks for getting in touch.

Turn the printer off, hold the feed button while switching it back on, and wait for the light to go green. Then send us a photo of the test label it prints.

Tagwise Support
""", ["imperative", "request_without_reason"]),
]

MAILS = [
    ("ja", "出荷ラベルが印刷できません（本日15時締め）",
     """ラベリオ　サポート様

ネットショップを運営しています。
今朝から、LP-200で配送ラベルを印刷しようとすると「用紙エラー」が出て、１枚も印刷できません。
テープを入れ直しても、電源を入れ直しても変わりません。

今日は出荷が１５０件あり、配送業者の集荷が１５時です。
それまでにラベルが出せないと、セールで注文してくださったお客様への発送が全部遅れてしまいます。
何か試せることがあれば教えてください。スタッフ総出で待っています。

ハンドメイド雑貨 つむぎ屋　高木
""", "high", "anxious", False),
    ("ja", "本体が膨らんで熱くなっています",
     """お世話になっております。
事務所で使っているラベリオ（LP-200）の裏ぶたが、数ミリ浮いています。
充電ケーブルを挿したままにしていたのですが、今朝触ったところ、かなり熱くなっていました。

ケーブルは抜いて、金属の机から離し、窓際の床に置いてあります。
事務所には同じ機種がもう２台あります。
このあとどう扱えばよいか、ほかの２台も使って大丈夫か、ご指示をいただけますでしょうか。

有限会社 山本設備　総務　青木
""", "high", "neutral", False),
    ("ja", "修理品がまだ戻ってきません",
     """ラベリオ修理センター様

11月1日に修理に出したLP-500が、３週間経ってもまだ戻ってきません。
「５営業日でお返し」とありましたが、11月12日と18日に問い合わせても、
「確認します」というお返事のあと、何の連絡もありません。

倉庫の棚札をこの機械で作っていて、ないと仕事になりません。
代わりの機械を貸していただくか、いつ戻るのかをはっきり教えてください。
これ以上待たされるなら、別のメーカーに切り替えます。

株式会社 丸一商会　物流課　井上
""", "high", "angry", False),
    ("ja", "テープの値段について",
     """ラベリオの純正テープ、高すぎませんか。
本体は安かったのに、テープが１本１５００円もして、しかも８ｍしかない。
結局テープ代で本体の何倍も払うことになっています。
他社のテープを使うと保証が切れるというのも、なんだか足元を見られている気がします。
もう少し何とかならないんでしょうか。
""", "normal", "angry", False),
    ("ja", "アプリに入れた住所データについて",
     """ラベリオPrintのアプリで、お客さんの住所録（300件ほど）を取り込んで宛名ラベルを作っています。
ふと気になったのですが、この住所データはラベリオさんのサーバーに保存されているのでしょうか。
個人情報なので、どこかに漏れたりしないか心配になってしまいました。
スマホの中だけに保存する設定などはありますか。

小さな花屋をしている者です
""", "normal", "anxious", False),
    ("ja", "テープ幅について",
     """LP-50を使っています。
24mm幅のテープは使えますか。使えない場合、24mm幅に対応している機種を教えてください。
""", "normal", "neutral", False),
    ("ja", "つながらない",
     """つながらないです。どうすればいいですか
""", "normal", "neutral", True),
    ("ja", "法人での購入について",
     """ラベリオのご担当者様

先月、事務所用にLP-200を１台購入しました。
ほかの部署でも使うことになり、法人で５台まとめて購入したいと考えています。
請求書払い（月末締め翌月末払い）で購入できる窓口はありますか。
あわせて、５台の場合の価格も教えていただけますと助かります。

株式会社 みどり会計　総務部　石川
""", "normal", "neutral", False),
    ("ja", "Mac用ソフトの要望",
     """Windows用のラベル作成ソフトはあるのに、Mac用がないのが残念です。
今はスマホのアプリで作っていますが、大量に作るときはパソコンのほうが楽なので。
いつか対応していただけるとうれしいです。急ぎません。
""", "low", "neutral", False),
    ("ja", "古い機種の処分について",
     """１０年ほど前に買ったラベリオ（型番は消えて読めません）が家にあります。
もう使わないので処分したいのですが、電池が入ったまま燃えないごみに出してよいのでしょうか。
時間のあるときにでも教えてください。
""", "low", "neutral", False),
    ("en", "Firmware update has bricked all six warehouse printers",
     """To Tagwise Support,

Last night your app pushed firmware 5.2 to the six TW-400 printers in our dispatch warehouse. Since then none of them will print; they just flash red. We have 400 orders that must be labelled and out by the 4 pm courier collection today, and it's already 10 am.

I've been on hold on your phone line for 45 minutes. I need either a way to roll the firmware back or replacement printers on a same-day courier. This is costing us real money by the hour.

Chris Norton
Operations Manager, Parcelwise Fulfilment
""", "high", "angry", False),
    ("en", "Is my printer a fake?",
     """Hi,

I bought a "Tagwise TW-100" from an online marketplace for about half the usual price. The box looks a bit different from the photos on your website and the charger feels very light. Now I'm worried it might be counterfeit, and I've read that fake chargers can be dodgy. I've stopped using it and unplugged everything for now, just in case.

Is there a way to check the serial number against your records? And if it is a fake, is there anything I can do?

Thanks,
Amy
""", "normal", "anxious", False),
    ("en", "tape?",
     """which tape do i need
""", "normal", "neutral", True),
    ("en", "Shipping labels from Shopify",
     """Hello,

Does the TW-200 print 4x6 inch shipping labels directly from Shopify, or only through your own app? I'm setting up a small online shop and trying to choose a printer.

Kind regards,
Rhys
""", "normal", "neutral", False),
    ("en", "Feature idea: label templates",
     """Hi Tagwise,

Would it be possible to save label templates in the app and share them with colleagues? We make the same five layouts every week. Just an idea for a future version, nothing pressing.

Best,
Nora
""", "low", "neutral", False),
]

# boardgame = board-game café with an online shop (ボードゲームカフェ・通販: table bookings, private hire, game sales)
from _common import S, D, M

DOMAIN = "boardgame"

SENTS = [
    S("ja", "ルールが複雑に感じられた場合は、ご来店時にスタッフが最初の1ゲームを一緒に遊びながらご説明します。"),
    S("ja", "ご予約の時間に遅れて来られたのはお客様の側ですので、延長料金は当然いただきます。", "c"),
    S("ja", "持ち込みのゲームには、少額の持ち込み料をいただいております。", "v"),
    S("ja", "通販の商品は、入荷し次第すぐに発送いたします。", "v"),
    S("ja", "コマやカードを1枚でもなくしたら、すぐに申し出てください。", "ir"),
    S("ja", "飲み物がこぼれるとカードが反って使えなくなるので、コップはテーブルの端に置かないでください。", "i"),
    S("ja", "次回ご来店の際に、身分証をお持ちいただけますか。", "r"),
    S("ja", "日本語版が再販されるかどうかは、こちらでもわかりません。", "u"),
    S("ja", "箱に小さなへこみがある程度なら、遊ぶ分には問題ないはずです。", "d"),
    S("ja", "ほかのお客様の声が大きいというご指摘ですが、そういうお店ですので。", "d"),
    S("ja", "平日は1時間600円、最大料金は1,800円で、ドリンクは1杯ずつのご注文制です。"),
    S("ja", "日本語版の再販は未定ですが、出版社に問い合わせておりますので、回答が届きしだい今週中にお知らせします。"),
    S("ja", "欠品していたカード2枚は出版社から取り寄せ中で、6月21日に届きしだいお送りします。"),
    S("ja", "20歳未満の方には深夜の時間帯のご利用をお断りしているため、次回ご来店の際は年齢のわかるものをお持ちいただけますか。"),

    S("en", "There's a small fee for bringing your own games.", "v"),
    S("en", "If you give the staff your booking name at the door, they'll take you straight to your table."),
    S("en", "No idea when the reprint is coming.", "u"),
    S("en", "It's a family game, so I'm surprised it gave you any trouble.", "c"),
    S("en", "Dented boxes happen in shipping and we don't replace them.", "d"),
    S("en", "Table fees are £5 per person for unlimited play, and we hold your table for 15 minutes past the booking time."),
]

DRAFTS = [
    D("ja", "貸切のご予約を承りました（6月20日 19時〜 30名様）", """
株式会社ノースブリッジ
総務部 藤田様

ボードゲームカフェ「サイコロ堂」の店長、浅野です。
6月20日（金）19時からの貸切のご予約を、下記の内容で承りました。内容に誤りがないか、ご確認をお願いいたします。

日時：6月20日（金）19:00〜22:00
人数：30名様
料金：1名様3,500円（ゲーム遊び放題、ソフトドリンク飲み放題、軽食付き）× 30名様 = 105,000円（税込）

人数が変わる場合は、軽食の準備がありますので、前日の15時までにお知らせいただけますか。
請求書は、ご指定の宛名で当日お渡しします。

当日は、ゲームの説明スタッフが2名つきますので、初めての方も安心してお楽しみいただけます。

サイコロ堂 浅野 健
TEL 06-6xxx-5150（13時〜23時）
"""),
    D("ja", "ご注文商品の不足パーツについて", """
中島様

ボードゲーム通販「サイコロ堂」の浅野です。
6月2日にお届けした「ドラゴンの宝石商」に、宝石コマが3個足りなかったとのこと、ご不便をおかけして申し訳ございません。

出版社に確認したところ、工場での箱詰めの際に、一部の商品で宝石コマの袋が1袋少なく入っていたことがわかりました。同じ時期に出荷された商品に、同様の不足があるとのことです。
不足分の宝石コマは、出版社から直接取り寄せ、本日6月9日に普通郵便で発送いたしました。2〜3日でお手元に届く見込みです。
今後は、この出版社の商品については、発送前に当店でパーツの数を確認してからお送りいたします。

このたびは、大変失礼いたしました。

サイコロ堂 浅野
"""),
    D("ja", "ご予約いただいた日曜のテーブルについて", """
木村様

サイコロ堂の浅野です。
6月15日（日）13時から4名様でご予約いただいていましたテーブルですが、当日は店内の空調工事のため、営業開始が15時に変わることになりました。
ご予定を変えていただくことになり申し訳ございませんが、15時以降のご来店、または別の日への変更が可能か、6月13日（金）までにお返事をいただけますでしょうか。

15時以降でしたら、ご予約の4名様分の席はそのまま確保しております。
別の日をご希望の場合は、ご都合のよい日時をお知らせください。

サイコロ堂 浅野
"""),

    D("en", "Your pre-order: Tides of Avalon (shipping 24 June)", """
Hi Ms Brennan,

Good news: your pre-order of Tides of Avalon has arrived from the publisher and will ship on Tuesday 24 June by tracked post. You should receive it on 25 or 26 June.

You don't need to do anything; the tracking number will come in a separate email once it's dispatched. If you're away that week, reply by Monday and we'll hold it in the shop for you to collect instead.

Thanks for your patience with the delay,
Ollie
Meeple & Mug
"""),
]

MAILS = [
    M("ja", "誕生日プレゼントの注文がまだ発送されていません", """
サイコロ堂 ご担当者様

6月1日に注文した「森のどうぶつレース」（注文番号 SK-10442）が、まだ発送されていません。
息子の誕生日が今週の日曜日で、そのプレゼントにするつもりで「在庫あり・翌日発送」と書いてあるものを選びました。

6月4日と6月6日に問い合わせフォームから連絡しましたが、どちらも返事がありません。
日曜日までに届かないのであれば、今日中にそう教えてください。ほかで買い直します。

中島
""", "high", "angry"),
    M("ja", "クレジットカードの請求が何度も来ています", """
先ほど、サイコロ堂さんの通販で1回だけ注文したのですが、カード会社から「サイコロ堂」名義で4,980円の利用通知が5回届きました。
注文完了の画面は1回しか出ていません。

カード番号が漏れているのではないかと不安で、カードを止めたほうがいいのかもわかりません。
何が起きているのか、教えていただけないでしょうか。

小池 明日香
""", "high", "anxious"),
    M("ja", "明日の貸切の件", """
サイコロ堂 浅野様

明日19時からの30名の貸切の件です。
先週お電話でお願いしましたが、まだ確認のメールが届いていません。
社内イベントとして参加者にはすでに案内を出しており、経理から「予約の確定がわかるものと請求書の宛名を、今日中に提出するように」と言われています。

予約が確定しているか、本日中にメールでお返事いただけますか。

株式会社ノースブリッジ 総務部 藤田
""", "high", "neutral"),
    M("ja", "6人で遊べるゲームについて", """
こんにちは。
今度、大学のサークルの6人でお店に伺いたいと思っています。
ボードゲームはほぼ初心者ばかりなのですが、6人で楽しめるおすすめのゲームはありますか？
""", "normal", "neutral"),
    M("ja", "予約", """
土曜って空いてる？
""", "normal", "neutral", True),
    M("ja", "購入したゲームの部品が足りません", """
先日、通販で「ドラゴンの宝石商」を購入しました。
家族で遊ぼうと箱を開けたところ、宝石のコマが説明書の数より3個足りませんでした。
楽しみにしていた子どもががっかりしてしまい、その日は遊べませんでした。

新品を買ってこれでは、正直がっかりです。不足分を送っていただけるのでしょうか。

中島
""", "normal", "angry"),
    M("ja", "忘れ物をしたかもしれません", """
昨日の夜、窓際の席で遊んでいた者です。
家に帰ってから、ベージュのポーチがないことに気づきました。
中に手帳と、母の形見の指輪が入っていて、もし見つからなかったらと思うと落ち着きません。

お店に届いていないか、確認していただけますでしょうか。

加藤
""", "normal", "anxious"),
    M("ja", "子ども連れでの来店について", """
小学2年生と5年生の子どもを連れて行きたいのですが、子ども料金わありますか？
また、子どもでも遊べるゲームわどのくらいありますか。
""", "normal", "neutral"),
    M("ja", "昨日はありがとうございました", """
昨日、初めて4人で伺いました。
ルールを説明してくださった店員さんがとても上手で、全員初心者だったのに3時間があっという間でした。
また絶対に行きます！
""", "low", "positive"),
    M("ja", "入荷してほしいゲームがあります", """
いつも楽しく遊ばせていただいています。
海外で人気の「Cascadia」というゲームがあるのですが、いつかお店に置いていただけたら嬉しいです。
ただの希望なので、お返事は不要です。
""", "low", "neutral"),

    M("en", "Order never arrived - gift for tomorrow", """
Hi,

I ordered "Tides of Avalon" on the 2nd as a leaving present for a colleague. The tracking has said "label created" for a week now. Her leaving do is tomorrow at 5 pm.

I emailed on Monday and Wednesday and got nothing back. I'd like to know today whether it's actually been sent, and if it hasn't, I want a refund so I can buy it somewhere else before tomorrow.

Rachel Brennan
""", "high", "angry"),
    M("en", "Left my daughter's inhaler at your cafe", """
Hello,

We were at the cafe yesterday evening (table by the window, family of four), and I think we left my daughter's blue asthma inhaler on the seat. It's her only reliever; the pharmacy can't replace it until her GP signs a new prescription, which could take days.

Could someone check whether it's been found? I can come to collect it as soon as you open.

Thanks,
Mei Chen
""", "high", "anxious"),
    M("en", "Game night for 8", """
Hi,

Can we book a table for 8 people next Friday from 7 pm? We'd like something cooperative if you have suggestions.

Thanks,
Jamal
""", "normal", "neutral"),
    M("en", "Gift vouchers", """
Hi,

Do you sell gift vouchers that can be used for both table fees and games from the shop? I'd like one for £40 for my brother's birthday next month. Can you post it, or do I need to collect it?

Thanks,
Aoife
""", "normal", "neutral"),
    M("en", "Thanks for Saturday!", """
Just wanted to say thanks to Priya for teaching us Wingspan on Saturday. We've now bought our own copy. See you again soon!

Tom & Lucy
""", "low", "positive"),
]

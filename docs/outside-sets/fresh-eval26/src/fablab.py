# fablab = makerspace / fab lab (3D printers, laser cutters, memberships, safety inductions)
from ._h import s, d, m

DOMAIN = "fablab"

SENTS = [
    s("ja", "レーザーカッターを使う前に、必ず安全講習を受けてください。", "imperative", "request_without_reason"),
    s("ja", "3Dプリンタの修理が終わるのは、もう少し先になりそうです。", "vague"),
    s("ja", "ノズルが詰まった原因は、正直なところこちらでもつかめておりません。", "unknown_without_followup"),
    s("ja", "材料費は月末にまとめてご請求します。PLAは1グラムあたり5円です。", ),
    s("ja", "そのデータ形式に対応しているかどうかは、こちらでは分かりかねます。", "unknown_without_followup"),
    s("ja", "作品の権利について当施設は一切責任を負いませんので、ご自身で判断してください。", "condescending", "imperative"),
    s("ja", "有毒な煙が出る素材もあるため、アクリル以外を切る場合は事前に材質をお知らせいただけますか。", ),
    s("ja", "持ち込みの材料の材質を、ご利用前にお知らせいただけますか。", "request_without_reason"),
    s("ja", "機械の操作に自信がない方は、そもそも会員登録をお控えいただいた方がよいかと存じます。", "condescending"),
    s("ja", "会員プランの料金は、来年3月まで据え置くことが決まっております。", ),
    s("ja", "作業台の予約は、ご利用日の前日18時までアプリから受け付けています。", ),
    s("ja", "ほかの会員さんとのトラブルは、当事者同士で解決していただくことになっています。", "dismissive"),
    s("ja", "故障の原因はメーカーに問い合わせ中で、回答が届く来週水曜までに修理の見込みをお知らせします。", ),
    s("ja", "キャンセル料は、少しかかります。", "vague"),
    s("en", "Clean the print bed after every job.", "imperative", "request_without_reason"),
    s("en", "The resin printer should be back in service soon.", "vague"),
    s("en", "We can't tell why your file won't slice.", "unknown_without_followup"),
    s("en", "If you had paid attention at the induction, you would know acrylic is the only plastic allowed in the laser.", "condescending"),
    s("en", "Arguments between members are not something staff get involved in.", "dismissive"),
    s("en", "Your membership moves to the evening plan (£35 a month) from 1 October, and your unused day passes stay valid until 31 December.", ),
]

DRAFTS = [
    d("ja", "安全講習（11月9日 14時）のご案内",
      """〇〇さん

ものづくり工房FabBaseの井上です。
レーザーカッターの安全講習のお申し込みをありがとうございました。日時が決まりましたので、ご案内します。

日時：11月9日（土）14時〜16時
場所：FabBase 1階 加工室
費用：2,200円（当日、受付でお支払いください）

講習では実際にアクリル板を切るため、髪の長い方はまとめられるもの、サンダル以外の靴でお越しいただけますでしょうか。作業中の事故を防ぐためです。
受講後すぐに、レーザーカッターの予約ができるようになります。

ものづくり工房FabBase 井上
""", "placeholder_left"),
    d("ja", "3Dプリンタ（2号機）の修理完了と予約再開のお知らせ",
      """会員の皆さま

ものづくり工房FabBaseの井上です。
故障で停止していた3Dプリンタ2号機の修理が完了し、本日10月21日（月）18時から予約を再開します。

故障の原因は、ヘッドの温度センサーの断線でした。センサーを新品に交換し、試験造形で正常に動くことを確認しています。
今後は、ヘッドまわりの配線の点検を月1回の定期点検の項目に加えます。
停止期間中に予約をキャンセルされた方には、お詫びとして1時間分の無料利用券をアプリに付与しました（12月末まで有効）。

ご不便をおかけしました。引き続きよろしくお願いいたします。

ものづくり工房FabBase 井上
"""),
    d("ja", "ロッカー契約の更新について（11月末で満了）",
      """長谷川様

ものづくり工房FabBaseの井上です。
ご利用中の収納ロッカー（No.12）の契約が、11月30日で満了となりますのでご案内します。

更新される場合は、11月25日までにアプリの「ロッカー」画面から更新ボタンを押していただければ、12月から6か月間（3,300円）延長されます。
更新されない場合は、ほかの会員さんの順番待ちがあるため、11月30日までに荷物を持ち帰っていただけますでしょうか。

ものづくり工房FabBase 井上
"""),
    d("en", "Your laser-cutter induction: Saturday 12 April, 10:00",
      """Hi Tom,

You're booked onto the laser-cutter induction on Saturday 12 April, 10:00-12:00, in the workshop on the ground floor. It costs £20, which you can pay at the desk.

You'll cut a small project during the session, so please wear closed shoes and tie back long hair; the bed moves fast and the laser can ignite loose material.

Once you've done the induction, you'll be able to book the laser in the app straight away.

See you then,
Kate
Forge Makerspace
"""),
]

MAILS = [
    m("ja", "3Dプリンタの電源を切り忘れたかもしれません",
      """FabBase　井上さん

会員の長谷川です。
昨夜２２時頃まで３Ｄプリンタ１号機を使っていたのですが、帰りに電源を切った記憶がありません。
ノズルが高温のまま一晩中置かれていたかもしれず、火事にならないか気になって仕方ありません。
今朝から出張で大阪にいて、戻れるのは明日の夜です。
開館時間（１０時）になったら、どなたかに確認していただけないでしょうか。

長谷川　090-3342-1190""", "high", "anxious"),
    m("ja", "試作品のデータが他の会員のSNSに上がっています",
      """FabBase　ご担当者様

株式会社ノイエの藤原です。
共用PCに一時保存していた弊社の試作品データ（特許出願前の部品です）が、別の会員の方のSNSに写真付きで投稿されているのを見つけました。
共用PCのデータは利用後に消えると聞いていたので、保存したままになっていたことも驚いています。
来週、出願の打ち合わせがあり、このまま公開されていると新規性を失うおそれがあります。
今日中に投稿の削除をその方にお願いしていただくとともに、共用PCにまだ残っているデータをすべて消していただけますか。

株式会社ノイエ　藤原""", "high", "angry"),
    m("ja", "明日のレーザーカッター予約が取り消されました",
      """井上さん

いつもお世話になっております。木村です。
明日１３時から４時間、レーザーカッターを予約していましたが、先ほど「故障のため予約を取り消しました」というメールが届きました。
明後日から始まる展示会のブースに使うパネル（２４枚）をその時間で切る予定でした。
ほかに使える機械や、提携先の工房などはありますか。
明日中に切れないと、展示会に間に合いません。

木村""", "high", "neutral"),
    m("ja", "会員登録について",
      """はじめまして。
３Ｄプリンタを使ってみたくて、会員登録を考えています。
平日の夜しか行けないのですが、夜間だけのプランはありますか。
また、初めてでも講習を受ければ使えるようになりますか。

大野""", "normal", "neutral"),
    m("ja", "作業台の使い方について",
      """井上さん

最近、夜の時間帯に作業台を使うと、前の人の削りかすやゴミがそのままになっていることが多いです。
先週スタッフの方に伝えましたが、「会員さん同士のマナーなので」と言われて終わりでした。
会費を払っている以上、最低限の管理はしていただきたいです。
何か対策を考えていただけますか。

長谷川""", "normal", "angry"),
    m("ja", "機械を壊してしまわないか心配です",
      """こんにちは。先月入会した者です。
講習は受けたのですが、一人でレーザーカッターを使うのがまだ怖いです。
何か間違えて機械を壊してしまったら、弁償しなければならないのでしょうか。
最初の何回かは、スタッフの方に見ていてもらうことはできますか。

森""", "normal", "anxious"),
    m("ja", "予約",
      """予約取れてますか？""", "normal", "neutral", True),
    m("ja", "領収書の宛名について",
      """お世話になっております。
先月分の利用料の領収書を、会社名（株式会社ノイエ）宛てで発行していただけますか。
アプリからダウンロードできる領収書は個人名になっているようです。

藤原""", "normal", "neutral"),
    m("ja", "おかげさまで完成しました",
      """井上さん

先日はレーザーカッターの使い方を丁寧に教えていただき、ありがとうございました。
母の誕生日に、木の名入れのプレートを作ってプレゼントしたところ、とても喜んでくれました。
次は３Ｄプリンタにも挑戦してみたいです。

森""", "low", "positive"),
    m("ja", "刺繍ミシンの導入について（ご提案）",
      """こんにちは。会員の大野です。
ひとつ提案なのですが、いつか刺繍ミシンを導入していただけたらうれしいです。
布小物を作る会員さんも増えているようなので、需要はあると思います。
すぐにというわけではありません。検討材料にしていただければ。""", "low", "neutral"),
    m("en", "Bandsaw guard broken - still being used",
      """Hi Kate,

I was in the wood shop this afternoon and the blade guard on the big bandsaw is cracked and won't stay down. A guy next to me nearly caught his fingers on the exposed blade while feeding a board through.

There's no sign on it and people are still using it. The Tuesday evening woodworking group starts at 6 and they'll be on it all night.

I've left a note on the machine but I don't have the authority to lock it out. Can someone deal with it before 6?

Sam""", "high", "neutral"),
    m("en", "Induction cancelled again",
      """Hi,

My laser induction has now been cancelled twice, both times the evening before, with a one-line email. I've paid £20 and rearranged my week both times.

I'm not in a rush to cut anything, but I'm starting to wonder why I'm paying for a membership I can't use. Can you at least give me a date that will actually happen?

Olu""", "normal", "angry"),
    m("en", "Storage locker",
      """Hello, are there any storage lockers free at the moment, and how much are they per month? Thanks, Kate M.""", "normal", "neutral"),
    m("en", "fixed?",
      """Is it fixed yet?""", "normal", "neutral", True),
    m("en", "Suggestion for the tool wall",
      """Hi all,

A small suggestion, whenever someone has a spare hour: could the hand tools on the wall get outline markings, so it's obvious when something hasn't been put back? Not a big deal, just an idea.

Lou""", "low", "neutral"),
]

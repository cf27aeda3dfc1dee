"""pcb = printed-circuit-board prototyping and assembly service (プリント基板の試作・実装)."""
from common import S, D, M

DOMAIN = "pcb"

SENTS = [
    # ja
    S("ja", "ガーバーデータの外形線が2本重なっているため、内側の線で加工してよいかご確認いただけますか。該当箇所の画像を添付いたします。"),
    S("ja", "部品表（BOM）を、Excel形式で出し直してください。", "I R"),
    S("ja", "部品表の型番と実装図の部品番号が3か所で一致していないため、Excel形式の部品表を再度お送りいただけますか。該当箇所には黄色で印をつけております。"),
    S("ja", "基板の反りが発生した理由については、こちらではわかりかねます。", "U"),
    S("ja", "基板の反りの原因はまだ確認中です。製造ラインのリフロー温度の記録を取り寄せており、14日（木）中に分析結果をお知らせいたします。"),
    S("ja", "特急対応の場合、別途それなりの費用がかかります。", "V"),
    S("ja", "特急対応の場合、通常料金に加えて1ロットあたり18,000円（税別）の割増料金がかかります。"),
    S("ja", "試作品は出来次第、近いうちに発送いたします。", "V"),
    S("ja", "部品の調達遅れは半導体市況によるもので、弊社の責任ではございませんので、その点はご理解ください。", "C D"),
    S("ja", "実装後の動作不良が回路設計と実装のどちらによるものかを切り分けるため、不良品を2枚お送りいただけますか。送料は弊社で負担します。"),
    S("ja", "発注前に、必ず弊社の設計ガイドラインを一読すること。", "I R"),
    S("ja", "同じご質問を何度いただいても、回答は変わりません。", "C"),
    S("ja", "支給部品は、基板1枚あたり2個ずつ予備を含めて送っていただけますでしょうか。", "R"),
    S("ja", "実装時の歩留まりで数個が失われることがあるため、支給部品は基板1枚につき予備を2個ずつ含めてお送りいただけますでしょうか。"),
    # en
    S("en", "Upload the corrected drill file before Friday.", "I R"),
    S("en", "Because the drill file and the board outline disagree by 0.2 mm, we need a corrected drill file before we can start panelising; if it reaches us by Friday noon we can still ship on the 18th."),
    S("en", "Honestly, any engineer should know that 0.1 mm traces are beyond a standard process.", "C"),
    S("en", "We have no idea why the boards failed functional test.", "U"),
    S("en", "We don't yet know why three boards failed functional test; our test engineer is looking at the X-ray images today and I will send you her findings by 5 p.m. tomorrow."),
    S("en", "Component availability is not our concern once you have approved the BOM.", "D"),
    S("en", "There may be a small surcharge for the gold finish.", "V"),
]

DRAFTS = [
    D("ja", "【ご回答のお願い】試作基板 J-2231 の部品代替について",
      """
株式会社ミライセンス
開発部 原田様

いつもお世話になっております。
ツクバ基板サービス 製造技術課の岩田でございます。

ご注文いただいた試作基板（J-2231）のうち、U5のレギュレータ（型番 TPS7A4700）が
メーカー欠品となっており、代替品を使用してよいかご判断をお願いしたくご連絡いたしました。

候補は、同じ端子配置で出力電流が同等の「LT3045」です（比較表を添付いたします）。
11月7日（木）17時までにご回答をいただければ、当初の予定どおり11月15日に出荷できます。
代替品を使わない場合は、メーカーの入荷予定が12月中旬のため、出荷もそれ以降となります。

お手数をおかけしますが、よろしくお願いいたします。

ツクバ基板サービス 製造技術課 岩田
"""),
    D("ja", "【お詫び】実装基板の部品実装漏れについて",
      """
株式会社ミライセンス
開発部 原田様

ツクバ基板サービスの岩田でございます。
10月28日にお届けした実装基板20枚のうち6枚で、C12（コンデンサ）が未実装のまま出荷されておりました。
評価のご予定を狂わせてしまい、誠に申し訳ございません。

原因は、実装機のフィーダーへの部品補充が遅れ、部品切れのまま実装が続いたことでした。
作業者が部品切れの警告を見落としていたことも確認しております。

該当の6枚は本日回収のうえ、C12を実装し、検査を行ったうえで11月2日に再出荷いたします。

ツクバ基板サービス 製造技術課 岩田
""", "A"),
    D("ja", "ツクバ基板サービスより",
      """
株式会社ミライセンス
開発部 原田様

お世話になっております。ツクバ基板サービスの岩田です。
弊社では今年度から、4層基板の標準納期を従来の10日から7日に短縮いたしました。
また、BGAのX線検査を全数で実施できる体制も整っております。
量産に向けた費用の試算も承っておりますので、お気軽にご相談ください。

なお、先日ご依頼の試作見積りは添付のとおりです。
有効期限が今月末のため、発注される場合はそれまでにご連絡いただく必要がございます。

ツクバ基板サービス 岩田
""", "N"),
    D("en", "Order 7781: we need your approval of the panel drawing by Tuesday",
      """
Hi Daniel,

Please could you approve or comment on the attached panel drawing for order 7781 by Tuesday 5 p.m.? We cannot order the stencil until the panel layout is fixed, and the stencil takes three days to arrive.

The only change from your original request is the addition of two 5 mm breakaway rails, which our pick-and-place machine needs to grip the panel. They add no cost.

If the drawing is fine, a one-line reply is enough.

Thanks,
Meera Joshi
Engineering, Quickturn Circuits
"""),
    D("en", "Re: Order 7781 - about the late shipment",
      """
Hi Daniel,

We're really sorry your boards are late. We'll do our best to get them to you as soon as we can.

Thanks for your patience,
Meera
""", "A V"),
]

MAILS = [
    M("ja", "量産基板の納期について（出荷に間に合いません）",
      """
ツクバ基板サービス 岩田様

ミライセンスの原田です。
量産分500枚の納期が11月末から12月20日にずれると連絡をいただきましたが、
弊社は12月10日にお客様（自治体）へ機器を納入する契約で、遅れた場合は違約金が発生します。
せめて半数の250枚だけでも12月5日までに出荷していただく方法はないでしょうか。
明日の社内会議で対応を決める必要があるため、本日中に可能性だけでもお知らせください。
""", "high", "anxious"),
    M("ja", "納品された基板から発煙しました",
      """
先ほど、納品いただいた電源基板（ロット P-0923）に通電したところ、
D3付近から煙が出ました。すぐに電源を切ったので怪我はありません。
同じロットの基板が48枚あり、そのうち30枚はすでに組み込んで顧客の工場に出荷済みです。
向こうでは明日から稼働予定と聞いています。
実装の向きなど、製造側で考えられる原因があれば教えてください。
""", "high", "anxious"),
    M("ja", "Re: Re: Re: 返金について",
      """
4回目の連絡です。
９月にキャンセルした注文（J-2088）の前払い金 86,400円が、まだ返金されていません。
毎回「経理に確認中」と言われますが、それから２週間音沙汰がありません。
個人で開発しているので、この金額は小さくありません。
いつ返金されるのか、日付を教えてください。
""", "high", "angry"),
    M("ja", "ガーバーデータの形式について",
      """
はじめてお願いする予定の者です。
KiCadで作成したデータなのですが、ガーバーデータはRS-274Xの形式で出力すれば大丈夫でしょうか。
ドリルデータの形式も指定があれば教えてください。
""", "normal", "neutral"),
    M("ja", "見積もり",
      """
見積もりまだですか
""", "normal", "angry", True),
    M("ja", "試作品の受け取りについて",
      """
いつもお世話になっております。
来週お送りいただく予定の試作基板ですが、弊社は11月3日～5日まで休業となります。
その期間にお届けになる場合は、6日以降に再配達していただくよう、配送業者への指定をお願いできますでしょうか。
""", "normal", "neutral"),
    M("ja", "基板の色について",
      """
お世話になります。
次回の試作では、レジストの色を緑から黒に変えたいと考えています。
黒の場合、料金や納期はどのくらい変わりますか。
発注は来月の予定です。
""", "normal", "neutral"),
    M("ja", "はじめての試作で不安です",
      """
大学で研究をしている者です。
基板の試作を外注するのがはじめてで、データの作り方が合っているのか自信がありません。
添付したデータを見ていただき、このまま発注して問題がないか確認していただくことはできますか。
研究費で支払う予定なので、もし作り直しになったらと思うと心配です。
発注は来月初めを考えています。

工学研究科 修士1年 小林
""", "normal", "anxious"),
    M("ja", "ウェブの見積もりフォームについて",
      """
見積もりフォームで基板サイズを入力すると、mm と inch の切り替えボタンが
スマホだと画面からはみ出して押せないようです。
パソコンからは問題なく使えるので、こちらは困っていません。
いつか直していただければ、というくらいの話です。
""", "low", "neutral"),
    M("ja", "いつも助かっています",
      """
今回も予定より１日早く基板が届きました。
毎回、梱包も丁寧で、データの不備も事前に指摘していただけるので本当に助かっています。
次の案件もまたお願いする予定です。
""", "low", "positive"),
    # en
    M("en", "Boards for trade show - courier lost them?",
      """
Hi Quickturn,

Our order 7804 (30 assembled boards) shows as delivered yesterday, but nobody here received anything and the courier photo shows a door that isn't ours. These are the demo units for our stand at Embedded World, which opens on Tuesday; we fly out Sunday morning.

Can you find out from the courier where they actually went, and if they can't be found, is there any way to rebuild at least 10 boards by Saturday?

Sofia
Hardware lead, Nimbus Sensors
""", "high", "anxious"),
    M("en", "2 layer or 4 layer?",
      """
Hey, first-time customer here. My design is a simple Arduino shield with some high-current motor traces. Would you recommend 2 layers with 2 oz copper, or going to 4 layers? No rush, I'm still tweaking the layout. Thanks!
""", "low", "neutral"),
    M("en", "Stencil",
      """
do I need the stencil??
""", "normal", "neutral", True),
    M("en", "Quote 3318 - questions",
      """
Hi Meera,

Thanks for the quote. Two questions before we place the order:
1. Does the price include the X-ray inspection for the BGA?
2. Could you hold the quoted price until the end of the month? Our purchase order takes about two weeks to go through.

Best,
Daniel Cho
""", "normal", "neutral"),
    M("en", "Still wrong",
      """
Second batch in a row with the connector J4 soldered on the wrong side. I flagged it on the last order and was told it had been "noted". Noted by whom? I'm reworking 40 boards by hand this weekend instead of seeing my kids.

If this happens a third time we'll take the work elsewhere.

Chris Mallory
""", "normal", "angry"),
]

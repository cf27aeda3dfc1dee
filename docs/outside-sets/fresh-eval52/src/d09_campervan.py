"""campervan = camper-van conversion and sales (キャンピングカー架装・販売), incl. after-sales service."""
from common import S, D, M

DOMAIN = "campervan"

SENTS = [
    # ja
    S("ja", "サブバッテリーの交換は、部品が揃っているため、11月9日（土）にお預かりすれば当日の16時にお渡しできます。"),
    S("ja", "架装の完成時期は、今のところ何とも申し上げられません。", "U"),
    S("ja", "架装の完成時期は、冷蔵庫の入荷待ちで未定です。メーカーから納期の回答が来る来週水曜日に、改めて完成予定日をお知らせします。"),
    S("ja", "ベッドの寸法は、ご契約時の仕様書のとおり幅128cm×長さ185cmです。念のため図面を改めて添付いたします。"),
    S("ja", "車検証のコピーを、今週中に送ってください。", "I R"),
    S("ja", "ナンバー変更の書類を作るため、車検証のコピーを今週中にお送りいただけますか。"),
    S("ja", "FFヒーターの取付は、車種によっては追加の加工費がかかることがございます。", "V"),
    S("ja", "FFヒーターの取付は、ハイエースの標準ボディであれば本体込み198,000円で、追加の加工費はかかりません。"),
    S("ja", "走行中の異音は、車両本体の問題ですので、ディーラーに相談してください。", "D I"),
    S("ja", "ご自身でサブバッテリーを交換されるのは難しいと思いますので、余計なことはなさらないでください。", "C"),
    S("ja", "ご納車までもうしばらくお待ちいただけますと幸いです。", "V"),
    S("ja", "ナンバーの登録に必要なので、納車前に保険の加入証明書を出してください。", "I"),
    S("ja", "以前の持ち主が付けた装備については、当社では一切わかりません。", "U D"),
    S("ja", "ポータブル電源は当社の取扱い商品ではないため保証はできませんが、接続に使うケーブルの規格はお調べできますので、型番をお知らせいただけますか。"),
    # en
    S("en", "We don't know when the pop-top roof parts will come in.", "U"),
    S("en", "The pop-top roof parts are due from Germany on the 14th; I'll ring you that afternoon to book the fitting."),
    S("en", "Read the handover pack before you call us again.", "I C"),
    S("en", "Send over the V5C logbook.", "I R"),
    S("en", "Habitation checks usually take a bit longer in spring.", "V"),
    S("en", "Condensation in the cab is just what happens in vans, so there's nothing we'd do about it.", "D"),
    S("en", "Your conversion is on schedule: the electrics are finished, the furniture goes in next week, and handover is booked for Saturday 22 June at 10 a.m."),
]

DRAFTS = [
    D("ja", "【ご依頼】納車前点検の立ち会い日のご相談",
      """
川村様

キャンパーズ・ワークスの西田です。
ご注文いただいたキャンピングカーの架装が完成しましたので、納車前点検の立ち会い日を決めさせていただきたく、ご連絡しました。

立ち会いでは、電装品の使い方とベッド展開の手順を実際にお試しいただきながらご説明します。所要時間は1時間半ほどです。

候補日：
・6月15日（土）10時
・6月16日（日）14時
・6月18日（火）10時

6月10日までにご都合のよい日をお知らせいただければ、その日に合わせて最終の洗車と給水タンクの清掃を済ませておきます。

キャンパーズ・ワークス 西田
"""),
    D("ja", "キャンパーズ・ワークスです",
      """
松井様

いつもお世話になっております。キャンパーズ・ワークスの西田です。
今年もキャンプシーズンがやってきました。
当社では今月から、ソーラーパネルの新しいモデルの取扱いを始めました。変換効率がこれまでより2割高く、曇りの日でも安定して充電できると好評です。
夏に向けて、網戸やサイドオーニングのご相談も増えています。

さて、お預かりしている車両の車検が6月30日で切れます。車検を当社で受けられるかどうか、6月10日までにお返事をいただけますでしょうか。

キャンパーズ・ワークス 西田
""", "N"),
    D("ja", "【お詫び】給水ポンプの不具合について",
      """
山下様

キャンパーズ・ワークスの西田です。
納車直後の旅行中に給水ポンプが動かなくなり、ご不便をおかけしましたこと、心よりお詫び申し上げます。

点検の結果、ポンプへの配線の端子が、取付時にしっかりと締め込まれていなかったことが原因でした。
本日、端子を新しいものに交換し、走行試験のうえで正常に動くことを確認いたしました。

山下様のお車は、明日の10時以降にお引き取りいただけます。

キャンパーズ・ワークス 西田
""", "A"),
    D("en", "Your van: handover on 22 June",
      """
Hi Alex and Jo,

Good news - your van will be ready to collect on Saturday 22 June. Handover takes about two hours, so please allow until lunchtime. We'll walk you through the electrics, gas, water and bed, and you'll drive it round the block with one of us before you leave.

Please bring your driving licences and proof of insurance on the day, as we're not allowed to release the van without them. The final balance of £[AMOUNT] is due before handover.

See you then,
Dan Hargreaves
Wildway Conversions
""", "P"),
]

MAILS = [
    M("ja", "旅行中にガス臭い",
      """
キャンパーズ・ワークス様

先月納車していただいたキャンピングカーで、今、長野のキャンプ場に来ています。
１時間ほど前から車内でガスのようなにおいがします。
コンロは使っていません。家族は全員車の外に出ています。
ガスの元栓は閉めましたが、このあとどうすればいいのかわかりません。
今夜は車中泊の予定でした。
""", "high", "anxious"),
    M("ja", "納車日に間に合わないと困ります",
      """
西田様

納車予定の６月２２日ですが、昨日いただいたお電話で「７月にずれるかもしれない」と言われました。
６月２８日からの北海道への家族旅行のために、フェリーをもう予約してあります（キャンセル料がかかります）。
契約のときに「６月中には必ず」と言われたので、この日程で決めました。
どうにかならないのか、明日までにお返事をください。
""", "high", "angry"),
    M("ja", "Re: Re: バッテリーの保証について",
      """
３回目の問い合わせになります。
５月に保証で交換していただいたサブバッテリーが、また充電できなくなりました。
前回、前々回とも「確認して折り返します」とのことでしたが、連絡はありません。
冷蔵庫にインスリンを入れて旅行しているので、電源が使えないのは困ります。
""", "high", "angry"),
    M("ja", "オプションの追加について",
      """
現在、架装をお願いしている者です（契約番号 CW-2219）。
サイドオーニングを追加したいのですが、今からでも間に合いますか。
追加の費用も教えてください。
""", "normal", "neutral"),
    M("ja", "中古車",
      """
中古ありますか
""", "normal", "neutral", True),
    M("ja", "見学の予約",
      """
はじめまして。
キャンピングカーの購入を考えていて、一度工房を見学させていただきたいです。
来月の週末のどこかで、見学はできますか。
""", "normal", "neutral"),
    M("ja", "冬の保管について",
      """
冬の間、キャンピングカーをほとんど使わないのですが、
給水タンクの水は抜いておいた方がいいのでしょうか。
来月には寒くなるので、それまでに準備したいです。
""", "normal", "neutral"),
    M("ja", "支払いのことで相談です",
      """
キャンピングカーの購入を決めたのですが、自営業で収入が安定しないため、ローンが通るか心配しています。
審査に落ちた場合、契約はどうなるのでしょうか。手付金は戻ってきますか。
夫婦で何年も貯金してきたお金なので、不安で夜も眠れません。
""", "normal", "anxious"),
    M("ja", "オーナーズミーティングについて",
      """
去年参加したオーナーズミーティングがとても楽しかったです。
今年も開催の予定はありますか。
決まってからで構いませんので、わかったら教えてください。
""", "low", "positive"),
    M("ja", "カタログの送付",
      """
カタログを郵送していただくことはできますか。
家族でゆっくり見て検討したいので、特に急ぎません。

〒３３０－０８４５
埼玉県さいたま市大宮区仲町２－１０
森 一郎
""", "low", "neutral"),
    # en
    M("en", "Water leaking into the electrics",
      """
Hi Dan,

We're on day two of our first trip in the van (we collected it from you last Friday). After last night's rain there's water dripping from the roof vent straight onto the leisure battery box, and the control panel keeps flashing and beeping. We've switched everything off at the isolator. We're in a field in Wales with our two kids and no hook-up.

What should we do? Is it safe to keep the fridge running from the gas?

Jo Pryce
""", "high", "anxious"),
    M("en", "Deposit",
      """
Hi, I paid a £2,000 deposit in January for a conversion slot in September. I've now heard a rumour that you're closing down. Is that true? What happens to my deposit if it is?

Kieran
""", "normal", "anxious"),
    M("en", "Bike rack",
      """
Hi there, can you fit a rear bike rack on to a VW T6.1 with a tailgate? Looking to get it done sometime in the spring. Thanks, Pete
""", "low", "neutral"),
    M("en", "Invoice query",
      """
Hello,

The invoice for my habitation check includes a £45 "consumables" line that wasn't on the quote. What does it cover?

Regards,
Helen Drake
""", "normal", "neutral"),
    M("en", "Awful handover",
      """
We drove four hours to collect our van on Saturday and it wasn't ready: no cushions, and the fridge wasn't even wired in. Nobody had bothered to call us. We've paid £48,000 for this. I want to know who is going to fix it and when.

Alex
""", "normal", "angry"),
]

DRAFTS += [
    D("ja", "ソーラーパネル増設のご相談について（別の方法のご提案）",
      """
平野様

キャンパーズ・ワークスの西田です。
ご相談いただいた屋根へのソーラーパネル2枚目の増設ですが、お車のポップアップルーフと干渉するため、屋根への取付はお受けできません。
ご期待に沿えず、申し訳ございません。

代わりに、次の2つの方法をご提案します。
1. 取り外し式のソーラーパネル（100W）を車外に置いて使う方法：部品代と配線工事で税込68,000円、作業は半日です。
2. 走行充電器を追加して、走行中の充電量を増やす方法：税込52,000円、作業は1日です。

1日に使われる電力量（冷蔵庫と照明で約600Wh）を考えると、停泊が多い平野様の使い方には1の方法が合っていると考えます。
どちらかに決まりましたら、作業日をご相談させてください。

キャンパーズ・ワークス 西田
"""),
]

# gascyl = industrial and beverage gas cylinder supply (CO2 for bars, argon for welders, lab gases)
from ._h import s, d, m

DOMAIN = "gascyl"

SENTS = [
    s("ja", "空になったボンベは、次の配送日までに店の外に出しておいてください。", "imperative", "request_without_reason"),
    s("ja", "炭酸ガスの値上げ幅は、若干になる見込みです。", "vague"),
    s("ja", "バルブの閉め忘れでガスが抜けたのであれば、それはお客様側の管理の問題です。", "condescending"),
    s("ja", "残量が分からないとのことですが、圧力計を見ていただければ誰でも分かるはずです。", "condescending"),
    s("ja", "配送ルートの変更により、来月から毎週火曜の午前（9時〜12時）のお届けとなります。", ),
    s("ja", "レギュレーターの不具合かどうかは、実物を見てみないと何とも言えません。", "unknown_without_followup"),
    s("ja", "転倒すると非常に危険ですので、ボンベは直射日光の当たらない場所に立てて、チェーンで固定していただけますか。", ),
    s("ja", "他社製のボンベについては、お答えできかねます。", "dismissive"),
    s("ja", "保証金は、ボンベの返却を確認した月の翌月末に、ご指定の口座へお振り込みします。", ),
    s("ja", "配送伝票の控えを、写真に撮って送っていただけますか。", "request_without_reason"),
    s("ja", "本日16時までに代わりのアルゴンボンベ2本をお届けし、不具合品はその場で回収いたします。", ),
    s("ja", "ガスの臭いがする場合は、火気を使わずに窓を開けてから、24時間受付の保安窓口にお電話ください。", ),
    s("ja", "ご希望の水曜配送は枠が埋まっておりますが、木曜の午前でしたら確保できます。", ),
    s("ja", "在庫状況は倉庫に確認しておりますが、いつお返事できるかは分かりません。", "unknown_without_followup"),
    s("en", "Check the regulator before calling us.", "imperative", "request_without_reason"),
    s("en", "The new cylinder rental charge will be slightly higher.", "vague"),
    s("en", "A driver will be with you between 1 and 3 p.m. today with two full 6 kg CO2 cylinders.", ),
    s("en", "Without seeing your pipework we have no idea why the beer is coming out flat.", "unknown_without_followup"),
    s("en", "We've added a spare cylinder to your standing order, with no rental charge until the end of the month.", ),
    s("en", "For safety, please keep the cylinders chained upright and away from the fryer until our driver collects them tomorrow morning.", ),
    s("en", "Leaks from your own tap lines are your problem, not ours.", "dismissive"),
]

DRAFTS = [
    d("ja", "【お詫び】10月7日の配送漏れについて",
      """居酒屋 灯 店主 新井様

北関東ガス商会の森です。
10月7日（月）にお届けする予定だった炭酸ガスボンベ（5kg×2本）をお届けできず、営業中に生ビールが出せなくなってしまいました。大変申し訳ございません。

原因は、配送担当が交代した際、新しいルート表に貴店の配送が転記されていなかったことです。
翌8日の朝9時にボンベ2本をお届けし、あわせて予備のボンベ1本を無償で置かせていただきました。7日の売上への影響につきましては、ご請求から生ビール相当分を差し引くかたちでご相談させてください。
再発防止として、ルート表を更新する際は旧担当と新担当が1件ずつ読み合わせ、配送前日に全件の件数を照合することにいたしました。

改めまして、ご迷惑をおかけしたことを深くお詫び申し上げます。

北関東ガス商会 営業課 森
"""),
    d("ja", "アルゴンガス配送遅れのお詫び",
      """有限会社タカノ溶接 高野様

北関東ガス商会の森です。
本日お届け予定だったアルゴンガスの配送が遅れ、作業に支障が出てしまいましたこと、心よりお詫び申し上げます。

原因は、当社の充填所でアルゴンの充填設備が点検のため半日停止していたことでした。
今後は、充填設備の点検日を事前にお得意様へお知らせし、その前日までに予備分を配送するようにいたします。

今後ともよろしくお願いいたします。

北関東ガス商会 営業課 森
""", "apology_incomplete"),
    d("ja", "ボンベ保管場所の確認のお願い（11月の定期点検）",
      """株式会社北辰工業 設備課 平野様

いつもお世話になっております。北関東ガス商会の森です。
法令に基づく高圧ガスの保管状況の定期点検を、11月12日（火）14時から行います。所要時間は30分ほどです。

点検では、ボンベ置き場の転倒防止チェーンと表示板を確認いたします。当日、置き場の鍵を開けていただけますよう、守衛所へお伝えいただけますでしょうか。
日程のご都合が悪い場合は、11月8日までにお知らせいただければ別の日をご提案いたします。

北関東ガス商会 営業課 森
"""),
    d("en", "About last Friday's missed delivery",
      """Dear Sam,

I'm sorry that your CO2 delivery didn't arrive on Friday and that you had to run the bar without draught beer on one of your busiest nights.

The cause was a van breakdown on the M6, which left the driver unable to complete the last six drops of his route. We also failed to ring ahead to warn you, which we should have done.

From now on, if a route is disrupted, the depot will phone every affected customer within an hour, so you can make other arrangements.

Regards,
Fiona Marsh
Meridian Gas Supply
""", "apology_incomplete"),
    d("en", "New delivery day for Harbour Fabrication from 3 March",
      """Hi Dev,

From Monday 3 March your argon and mixed-gas deliveries will move from Thursday to Tuesday mornings (7-10 a.m.), because we're merging two routes to cut emissions.

Your standing order stays the same: four 50-litre argon and two Argoshield cylinders a week, at the same price.

If Tuesday mornings won't work for your workshop, reply by 21 February and we'll look at a Wednesday slot instead.

Thanks,
Fiona Marsh
Meridian Gas Supply
"""),
]

MAILS = [
    m("ja", "地下の倉庫で気分が悪くなった店員がいます",
      """北関東ガス商会さま

居酒屋　灯の新井です。
今日の仕込み中に、地下の倉庫（ビールサーバー用のボンベを置いている所）に入った店員が、めまいがすると言って上がってきました。
ボンベの接続部分から「シュー」という小さな音がしています。
今は全員地下から出て、扉を開けてあります。
炭酸ガスが漏れているのでしょうか。このまま夕方の営業をしてよいのか、地下に入っても大丈夫なのか分かりません。
どうすればいいか教えてください。

新井　090-2231-7745""", "high", "anxious"),
    m("ja", "アルゴン切れでラインが止まっています",
      """北関東ガス商会　森様

タカノ溶接の高野です。
本日午前配送予定のアルゴン（7m3×4本）がまだ届いておらず、11時に最後の1本が空になりました。
現在、溶接ラインは2本とも止まっています。
明日朝一番で元請けに納める架台20台のうち、まだ8台が溶接前です。
今日の15時までに届けば残業で間に合いますが、それを過ぎると納期に間に合いません。
配送状況を教えてください。

有限会社タカノ溶接　高野""", "high", "neutral"),
    m("ja", "保証金の返金について（3回目の問い合わせ）",
      """北関東ガス商会 経理ご担当者様

8月末で閉店したカフェ・ルポの元店主、小西です。
閉店時にボンベ4本を返却し、保証金88,000円を返金していただく約束でした。
9月・10月と2回メールでお問い合わせしましたが、いずれも「手続き中です」とのお返事のみで、いまだに振り込まれていません。

閉店後の支払いが残っていて、このお金をあてにしていました。
いつ振り込まれるのか、日付を明記してご回答ください。

小西 由美""", "high", "angry"),
    m("ja", "配送先追加のお願い",
      """お世話になっております。居酒屋　灯の新井です。
来月１日に２号店（前橋市千代田町２－５－８）をオープンします。
こちらにも本店と同じく、炭酸ガス５kgを週１回配送していただけますか。
曜日は本店と同じ月曜日を希望します。

新井""", "normal", "neutral"),
    m("ja", "配達の方の駐車について",
      """今日の昼、御社の配送トラックが店の入口の真ん前に15分ほど停まっていて、お客様が出入りできませんでした。
声をかけたら「すぐ終わるんで」と言われただけです。
前にも同じことがありました。
ランチの一番混む時間帯です。ドライバーさんにきちんと伝えてください。

パン工房むぎ　上田""", "normal", "angry"),
    m("ja", "ボンベの扱いが不安です",
      """はじめまして。来月、小さなバーを開く予定の菅原です。
ビールサーバーの炭酸ガスボンベを御社でお願いしようと思っています。
ただ、ボンベを扱うのが初めてで、交換のときに爆発したりしないか正直怖いです。
開店前に、交換の仕方を一度教えていただくことはできますか。
また、保管で気をつけることがあれば教えてください。

菅原""", "normal", "anxious"),
    m("ja", "ボンベ",
      """ボンベ足りないです""", "normal", "neutral", True),
    m("ja", "請求書の品目について",
      """北関東ガス商会　ご担当者様

いつもお世話になっております。北辰工業の経理、桑原です。
９月分の請求書に「容器管理料」という項目が４本分入っていますが、今まで見たことがない項目です。
どういった費用なのか、ご説明いただけますでしょうか。
支払いは月末ですので、それまでにご回答いただければ結構です。

株式会社北辰工業　経理課　桑原""", "normal", "neutral"),
    m("ja", "来年のボンベの本数について",
      """森さん

いつもお世話になっております。灯の新井です。
来年の春から、生ビールの銘柄を一つ減らそうかと考えています。
その場合、ボンベの配送本数や保証金がどう変わるのか、一度教えていただけますか。
まだ決めたわけではないので、次に配送に来られたときの立ち話でも構いません。

灯　新井""", "low", "neutral"),
    m("ja", "ヘリウムガスの取り扱いについて",
      """はじめまして。自治会で夏祭りの担当をしている者です。
来年の夏祭りで、子ども向けに風船を配ろうという話が出ています。
ヘリウムガスのボンベを貸していただくことはできますか。
まだ１年近く先の話なので、おおよその費用だけでも分かれば助かります。

緑ヶ丘自治会　大橋""", "low", "neutral"),
    m("en", "Liquid nitrogen delivery missed - samples at risk",
      """Hi Meridian,

Our weekly liquid nitrogen delivery (Tuesday, 180 L dewar) didn't turn up today. The tracking just says "rescheduled".

The cryostore in Lab 3.14 holds cell lines from a four-year project. At the current level the store will drop below safe temperature by around midday tomorrow. If that happens we lose samples that can't be replaced.

Could you tell me today whether a delivery is possible first thing tomorrow morning?

Dr Ruth Ellison
Lab Manager, Department of Biosciences""", "high", "anxious"),
    m("en", "Still no CO2 - third call",
      """Fiona,

I've rung the depot three times since Monday. Each time I'm told the driver is "on his way". He isn't.

We've got no gas, so no draught beer, and Saturday is the cup final. We've sold 120 tickets for the screening. If there's no CO2 by Friday afternoon, I'm cancelling my account and buying from someone who picks up the phone.

Sam Kerr
The Anchor""", "high", "angry"),
    m("en", "Mixed gas for stainless",
      """Hi Fiona,

We're starting a contract welding stainless next quarter. Could you send me the price for your argon/CO2/oxygen mix, and tell me whether it comes in the same size cylinders as our current argon?

Thanks,
Dev""", "normal", "neutral"),
    m("en", "Tuesday",
      """Can you do Tuesday instead""", "normal", "neutral", True),
    m("en", "Low-carbon CO2?",
      """Hello,

This isn't time-sensitive, but we're putting together our sustainability report for next year and wondered whether any of your CO2 is captured or recycled rather than newly produced. If so, is there a certificate we could cite?

Best,
Lena
Fernhill Brewery""", "low", "neutral"),
]

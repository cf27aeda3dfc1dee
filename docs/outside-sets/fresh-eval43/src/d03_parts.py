# parts = electronic components distributor, B2B (電子部品商社)
DOMAIN = "parts"

SJ = [
    ("ご注文のSTM32F405RGT6は、メーカー在庫から1,000個を確保でき、11月12日に御社工場へ納品できます。", ""),
    ("代替品の単価は1個あたり142円で、現行品より18円高くなります。", ""),
    ("型番の末尾が違えば別の部品になることくらいは、設計をされている方ならご存じかと思いますが。", "C"),
    ("メーカーの次回入荷予定については、当社ではお答えできません。", "U"),
    ("他社でご購入された部品の不具合については、当社では一切関知いたしません。", "D"),
    ("発注書には必ず御社の社内品番も併記すること。", "IR"),
    ("恐れ入りますが、今後のご注文は専用の発注フォームからお送りいただけますでしょうか。", "R"),
    ("偽造品の混入を防ぐため、正規代理店経由のロットであることを示す証明書を、出荷時に同梱しております。", ""),
    ("長納期品のため、入荷までしばらくお待ちいただくことになります。", "V"),
    ("メーカーへの問い合わせは回答期限を11月8日（金）としておりますので、同日の夕方までにご報告いたします。", ""),
    ("納期の件は先週のメールにも書いてありますので、まずはそちらを読み直してください。", "CI"),
    ("ご指定のコンデンサは生産終了となりましたが、容量・耐圧・外形が同じ後継品がございますので、データシートを添付いたします。", ""),
    ("御社基板での不具合がこの部品に起因するものかどうかは、判断いたしかねます。", "U"),
    ("静電気による破損を防ぐため、開封は導電マットの上で行っていただくようお願いいたします。", ""),
]

SE = [
    ("We can ship 2,500 pieces from our Singapore warehouse today, which would reach your Penang plant on Thursday.", ""),
    ("Factory lead time on this part is currently 26 weeks, so an order placed today would ship in the first week of June.", ""),
    ("Send us the lot code printed on the reel label so we can trace it back to the manufacturer's batch.", "I"),
    ("Our system only picks up prices from orders placed through the portal, so could you resubmit it there? I've held the quoted price until Friday.", ""),
    ("Counterfeit concerns about parts you bought from brokers are not our business.", "D"),
    ("I'm not able to say whether the factory will restart production.", "U"),
    ("Frankly, any engineer should have checked the footprint before placing a 10k order.", "C"),
]

DJ = [
    ("納期回答：TPS54331DR 3,000個（ご注文番号 PO-2291）",
     """株式会社北辰エレクトロニクス
購買部 中西 様

いつもお世話になっております。東和電子の佐野です。
ご注文いただいたTPS54331DR 3,000個の納期をご回答いたします。

・2,000個：11月6日（木）出荷、11月7日（金）午前着
・1,000個：12月4日（木）出荷、12月5日（金）午前着

残り1,000個はメーカーの生産枠の都合で12月出荷となります。11月分だけで量産開始に足りない場合は、同等品のMP2359を1,000個、11月7日にお届けできますので、切り替えの可否を11月4日（火）までにお知らせいただけますでしょうか。

東和電子株式会社 営業二課
佐野 直樹
TEL 03-5521-4830
""", ""),
    ("ご連絡",
     """株式会社ミツワ製作所
資材課 御中

いつも大変お世話になっております。東和電子の佐野でございます。
昨今の半導体市況は、一時の逼迫から落ち着きを取り戻しつつあるものの、為替の影響や物流費の上昇が続いております。
当社におきましても、仕入れ先各社と継続的に協議を重ね、価格の維持に努めてまいりました。
皆様には日頃より格別のご高配を賜り、心より御礼申し上げます。

さて、メーカーからの通知を受け、来年1月出荷分より、マイコン3品番の単価を8%改定させていただくこととなりました。
改定後の単価表を添付いたしますので、ご承諾いただける場合は12月15日までに承諾書へのご捺印をお願いいたします。

東和電子株式会社 営業二課
佐野 直樹
""", "N"),
    ("誤出荷のお詫び",
     """株式会社北辰エレクトロニクス
品質保証部 森 様

東和電子の佐野です。
11月1日にお届けした抵抗器のリールが、ご注文の1kΩではなく10kΩであったとのこと、誠に申し訳ございません。

正しい1kΩのリール5本を本日の便で発送いたしました。明日午前中に御社受入口へ届きます。誤ってお届けしたリールは、同じ便のドライバーが回収いたします。

今後は出荷時に品番だけでなく定数表示もバーコードで照合し、同じ誤りが起きないようにいたします。

東和電子株式会社 営業二課
佐野 直樹
""", "A"),
]

DE = [
    ("RE: Allocation status for LM2596S-5.0",
     """Hello Ms. Tan,

Thanks for following up on the LM2596S-5.0 allocation.

The manufacturer has put this part on allocation for all distributors. We don't currently know when our next shipment will arrive or how many units we will receive.

Kind regards,
Owen Reid
Northgate Components
""", "U"),
    ("Your RMA RMA-40127 is approved",
     """Hello Mr. Greene,

Your return request RMA-40127 for 20 pcs of the MAX3232 transceivers is approved.

Please ship them back in the original ESD bags to our Reno returns dock by 30 November; the bags let our lab rule out handling damage before we test the parts. A prepaid UPS label is attached.

Once the parts arrive, our lab will test them within 5 business days and we will either replace them or credit your account, whichever you prefer.

Best regards,
Owen Reid
Northgate Components
""", ""),
]

MJ = [
    ("【再々送】ご注文品の未着について",
     """東和電子　佐野様

北辰エレクトロニクスの中西です。
昨日着でお約束いただいていたコネクタ（PO-2288、5,000個）がまだ届いていません。
昨日の午後と今朝、2回お電話しましたが、佐野様は外出中とのことで折り返しもいただけていません。

このコネクタがないと、明日の朝８時から予定している量産ラインが動かせません。
ライン停止となれば、出荷先への納期遅延のペナルティも発生します。
本日17時までに、確実な到着時刻をご回答ください。

北辰エレクトロニクス　購買部
中西 亮
""", "high", "angry", False),
    ("ロット証明書のご提出依頼",
     """東和電子株式会社
営業二課 佐野様

いつもお世話になっております。ミツワ製作所 品質保証課の岡田です。

弊社の顧客（自動車部品メーカー）から、9月に御社経由で購入したEEPROM（24LC256）の一部に、
刻印の書体が異なるものが混じっているとの指摘がありました。
今週金曜日の10時から顧客の監査があり、それまでに正規流通品であることを示す証明書とロットのトレース情報を提出する必要があります。
監査で説明できなければ、弊社の取引停止もあり得ると言われております。

対象ロット：2347A、2351C
ご対応可能かどうか、本日中にご一報いただけますと幸いです。

ミツワ製作所　品質保証課
岡田 里美
""", "high", "neutral", False),
    ("振込先変更のメールについて確認させてください",
     """佐野様

お世話になっております。北辰エレクトロニクス経理の藤井です。
先週「振込先口座変更のお知らせ」という件名で、御社名義のメールが届きました。
その案内に従い、昨日10月分のお支払い3,248,000円を新しい口座に振り込んでしまったのですが、
今日になって社内で「なりすましではないか」という話になり、不安になっております。
御社から本当にこのような案内を出されたのでしょうか。
もし違うのであれば、銀行に組戻しを依頼するのは早いほどよいと聞いていますので、ご確認をお願いできますでしょうか。

北辰エレクトロニクス 経理課
藤井 真由美
""", "high", "anxious", False),
    ("お見積もりのお願い",
     """お世話になっております。
下記のお見積もりをお願いいたします。

品番：SN74LVC1G08DBVR
数量：5,000個／10,000個の2パターン
希望納期：来年2月末

ミツワ製作所　資材課
田中
""", "normal", "neutral", False),
    ("リールのテープ破損について（3回目）",
     """佐野様

先日入荷したチップ抵抗のリールで、またキャリアテープの折れがありました。
7月、9月に続いて今回で３回目です。
毎回お詫びのメールはいただきますが、何が原因で、何を変えたのかは一度も説明がありません。
マウンターが止まるたびに段取り直しで30分はロスしています。
次回の出荷までに、原因と対策を書面でいただけないなら、他の商社への切り替えも検討します。

北辰エレクトロニクス 製造部
長岡
""", "normal", "angry", False),
    ("在庫",
     """在庫ありますか
""", "normal", "neutral", True),
    ("発注数量の間違いについて",
     """東和電子　佐野様

お世話になっております。ミツワ製作所資材課の新人の松井と申します。
本日お送りした注文書（PO-3310）で、数量を1,000個と書くべきところを10,000個と書いてしまったかもしれません…。
上司にまだ報告できておらず、どうしたらいいか分からなくなっています。
出荷は来週の予定と伺っていますが、今からでも数量の訂正はできますでしょうか。
ご迷惑をおかけして申し訳ありません。

松井
""", "normal", "anxious", False),
    ("先日の件、助かりました",
     """佐野さん

先週はレギュレータの件で、他社が軒並み「入荷未定」の中、2日で見つけていただき本当に助かりました。
おかげで試作を予定どおり進められています。ありがとうございました。

ついでのお願いで恐縮ですが、来年度の年間価格契約について、12月中に一度打ち合わせの時間をいただけますか。
候補日をいくつかいただければ合わせます。

北辰エレクトロニクス　購買部
中西
""", "normal", "positive", False),
    ("総合カタログ送付のお願い",
     """お世話になっております。
来年度版の総合カタログが出ましたら、1部郵送していただけますでしょうか。
部内の資料棚用ですので、発行されてからで構いません。

送付先：〒399-0702 長野県塩尻市広丘野村1820-3
株式会社ミツワ製作所　技術部　小林
""", "low", "neutral", False),
    ("RoHS適合証明書について",
     """東和電子　ご担当者様

お世話になっております。
昨年購入した部品（添付リストの12品番）について、RoHS適合証明書をいただけますか。
社内の書類を整理している一環で、監査などの予定があるわけではありません。
期限は特にありませんので、揃ったものから順次で結構です。

ミツワ製作所　品質保証課
岡田
""", "low", "neutral", False),
]

ME = [
    ("Line down - PO 88412 not delivered",
     """Owen,

You confirmed Tuesday delivery for PO 88412 (3,000 pcs of the 0.1uF 0402 caps). It's Wednesday noon and nothing has arrived. Our SMT line 2 has been idle since 7 a.m. and we have a customer shipment going out on Friday that depends on it.

I need a tracking number and a realistic arrival time within the next two hours, or I start buying from the broker market and sending you the difference.

Mike Alvarez
Production Planning, Brightline Controls
""", "high", "angry", False),
    ("Last-time buy for ATmega328P-AU - deadline tomorrow",
     """Hi Owen,

We only just found the manufacturer's end-of-life notice for the ATmega328P-AU in our spam folder. According to it, last-time-buy orders close tomorrow, 31 October, at 17:00 CET.

Our controller boards use this part and we have roughly 8 months of stock. We'd like to place an LTB order for 40,000 pcs. Can you confirm you can still get an order in before the cut-off, and what paperwork you need from us today?

Regards,
Sarah Whitfield
Purchasing, Halvorsen Marine Electronics
""", "high", "neutral", False),
    ("RMA request - MAX3232 failures",
     """Hi,

We found 20 pcs from lot 2419 of the MAX3232ECDR that fail at power-up (output stuck low). The rest of the reel tests fine. Could you issue an RMA so we can send them back for analysis?

Test report attached.

Thanks,
Jon Greene
QA, Brightline Controls
""", "normal", "neutral", False),
    ("Re: Order 88590",
     """Hi Owen,

I think I may have ordered the wrong package. I put SOIC-8 on order 88590 but our board uses the TSSOP version. This is my first month handling purchasing and I really don't want this to become a problem. Is it possible to change it before it ships next week?

> On 12 Nov, Northgate Components wrote:
> Thank you for your order 88590. Estimated ship date: 19 November.

Thank you,
Leah Brooks
""", "normal", "anxious", False),
    ("2025 line card",
     """Hello,

When your 2025 line card is out, could you send me a PDF? Nothing pending on our side - it's just for our supplier file.

Best,
Priya Nair
Sourcing, Halvorsen Marine Electronics
""", "low", "neutral", False),
]

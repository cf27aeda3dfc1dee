# sewing_factory = contract garment sewing (cut-and-sew OEM) for apparel brands and small labels
# ja: 丸山縫製株式会社   en: Lindell Sewing Works
from common import S, D, M

DOMAIN = "sewing_factory"

SENTENCES = [
    # --- ja ---
    S("ja", "仕様書の記載が曖昧だったため、今回の寸法違いは御社側の責任と判断しております。", ["condescending"]),
    S("ja", "量産分の納期は、生地が入荷してから数週間ほどです。", ["vague"]),
    S("ja", "量産分300着は、生地の入荷日から起算して18営業日で納品いたします。", []),
    S("ja", "パターンデータはDXF形式で再送してください。", ["imperative", "request_without_reason"]),
    S("ja", "当工場のCADでは他の形式を読み込めないため、パターンデータをDXF形式で再送いただけますでしょうか。", []),
    S("ja", "生地の縮率については、当方では何とも申し上げられません。", ["unknown_without_followup"]),
    S("ja", "小ロットのご依頼は基本的にお受けしておりませんので、ほかを当たってください。", ["dismissive", "imperative"]),
    S("ja", "この程度の縫い目のゆがみは業界では普通ですので、不良には当たりません。", ["dismissive"]),
    S("ja", "ご発注が遅れた場合の納期はお約束できかねますので、その点はご自身の責任でご判断ください。", ["condescending"]),
    S("ja", "検品で見つかった不良12着は、本日中に縫い直して明日の便で追加発送します。", []),
    S("ja", "ボタン付けの仕様について気になる点があれば、遠慮なくお聞かせください。", []),
    S("ja", "発注書に署名のうえ、返送をお願いします。", ["request_without_reason"]),
    S("ja", "タグ付けの工賃はまだ決まっておりません。", ["unknown_without_followup"]),
    S("ja", "ご指摘の縫い目のゆがみは当方の検品基準（1cmあたり2mm以内）を超えていましたので、該当の25着を無償で縫い直します。", []),
    # --- en ---
    S("en", "Every other brand we work with manages to send a complete tech pack the first time.", ["condescending"]),
    S("en", "Your samples will be ready fairly soon.", ["vague"]),
    S("en", "Your two samples will be finished on Wednesday and couriered to you the same afternoon.", []),
    S("en", "Could you send the approved sample back to us?", ["request_without_reason"]),
    S("en", "Please send the approved sample back to us; our line supervisors check every bulk garment against it.", []),
    S("en", "We have no idea whether the zip supplier can deliver by June, and frankly that's for you to chase.", ["unknown_without_followup", "dismissive"]),
    S("en", "Loose threads on a few hems? That happens with every order.", ["dismissive"]),
    S("en", "We're sorry the care labels went in upside down; we'll unpick and re-sew all 120 at our cost and have them back to you by 12 June.", []),
]

DRAFTS = [
    D("ja", "納品分の不良についてのお詫び", """
株式会社アトリエノラ 野村様

丸山縫製の丸山です。
このたびは、11月8日に納品したブラウス500着のうち、袖丈が左右で異なるものが120着見つかり、販売開始を前に多大なご迷惑をおかけしましたことを、心よりお詫び申し上げます。

不良の120着は本日すべて回収し、明後日11月12日の午前中までに、縫い直した良品をお届けします。あわせて、残りの380着も当工場で全数を再検品し、問題がないことを確認しました。

今後は、袖付けの工程のあとに左右の袖丈を測る検品を加え、その測定記録を納品書に添えてお渡しいたします。

丸山縫製株式会社 丸山
""", ["apology_incomplete"]),
    D("ja", "量産のお見積もりについて", """
[ブランド名] ご担当者様

丸山縫製の営業担当、井上です。
ご依頼いただいたシャツの量産のお見積もりをお送りします。

・数量：300着（S/M/L 各100着）
・加工賃：1着あたり2,350円（税別）
・納期：生地の入荷日から18営業日
・お見積もりの有効期限：12月20日

ご発注の際は、発注書をこのメールへの返信でお送りいただければ、生産の枠をお取りします。ご不明な点はいつでもお問い合わせください。

丸山縫製株式会社 井上
""", ["placeholder_left"]),
    D("ja", "発注書ご返送のお願い（12月3日まで・生産枠確保のため）", """
株式会社リネア 小西様

丸山縫製の井上です。
ワンピース200着の発注書に、ご署名のうえ12月3日（水）までにご返送いただけますでしょうか。12月8日からの生産枠を確保するために、署名済みの発注書が必要になります。

発注書はこのメールに添付しております。内容は先日合意した次のとおりです。
・品番 LN-2604 ワンピース 200着
・加工賃 1着3,100円（税別）
・納期 1月23日（金）

署名したPDFをメールでお送りいただいても、郵送でも構いません。

丸山縫製株式会社 井上
"""),
    D("ja", "生地の縮率テストの結果（洗濯後 縦2.5％・横1.0％）", """
有限会社ハナミズキ 高田様

丸山縫製の丸山です。
ご依頼の綿ローン生地の縮率テストが終わりましたので、結果をご報告します。

家庭用洗濯機で3回洗ったあとの縮率は、縦方向が2.5％、横方向が1.0％でした。
このままではパンツの股下が約2cm短くなるため、型紙の縦方向を2.5％伸ばして裁断することをおすすめします。型紙の修正は当工場で行い、費用はいただきません。

この方法で進めてよろしければ、11月20日までにお返事をいただけますか。その日までにお返事をいただければ、予定どおり12月の生産に入れます。

丸山縫製株式会社 丸山
"""),
    D("en", "Hello from Lindell", """
Hi Chloe,

Hope the autumn collection launch went well - we saw the photos from your pop-up and the linen shirts looked great on the rail.

It's been a busy few months here: we've added a second cutting table and trained two new machinists, so our lead times have come down across the board.

We also wanted to mention that our supplier is raising the price of the cotton twill you use by 12% from 1 February. If you confirm your spring order by 15 January, we can buy the fabric at the current price and hold it for you.

Cheers,
Tom Lindell
Lindell Sewing Works
""", ["purpose_not_upfront"]),
    D("en", "Sample 3 ready - please approve by Tuesday so bulk can start 2 June", """
Hi Aisha,

Your third sample (style AW-112, navy jacket) is ready, and we need your approval or changes by Tuesday 27 May so that bulk cutting can start on 2 June.

What changed since sample 2:
- Thread colour is now Gütermann 339 navy, matched to your swatch under daylight.
- Sleeves are 1.5 cm shorter, as you asked.
- Inside seams are now bound instead of overlocked.

Photos are attached, and the sample will reach you by courier on Friday. If you'd rather see it in person, you're welcome at the workshop any weekday from 9 to 5.

Best,
Tom Lindell
Lindell Sewing Works
"""),
]

MAILS = [
    # --- ja ---
    M("ja", "展示会用サンプルの発送について", """
丸山縫製 井上様

いつもお世話になっております。アトリエノラの野村です。
来週火曜日から始まる合同展示会に出すサンプル３型ですが、今週金曜日に届くとお聞きしていたものの、まだ発送のご連絡をいただけていません。

展示会の搬入は月曜日の午後で、そこに間に合わないと、今回の出展そのものが無駄になってしまいます。
ブースの出展料もすでに払っていて、バイヤーさんとの商談もいくつか入っています。
今どの工程まで進んでいるのか、いつ発送できそうか、教えていただけますか。本当に間に合うのか心配で眠れません。

アトリエノラ　野村
""", "high", "anxious"),
    M("ja", "納品分の袖丈不良について", """
丸山縫製株式会社　丸山様

昨日納品いただいたブラウス５００着を検品したところ、袖丈が左右で１cm以上違うものが１２０着ありました。
写真を添付します。

明後日から全国の取引先店舗で販売が始まり、すでに店頭用の納品日も決まっています。
このままでは売り場に穴が空きます。
正直なところ、前回も細かな不良があり、今回こそはと思っていただけに大変残念です。
明後日の朝までにどう対応していただけるのか、本日中にご回答ください。

株式会社アトリエノラ
生産管理　野村
""", "high", "angry"),
    M("ja", "生地が返送されてしまいました", """
丸山縫製 御中

株式会社リネアの小西です。
染色工場から御社へ直送した生地（反物８本）が、運送会社から「宛先不明」で染色工場に戻ってきてしまったと、今朝連絡がありました。
送り状の住所が旧工場のものだったようです。

生産開始が１１月１０日、百貨店への納品が１１月２０日で、これに遅れると売り場が取れません。
本日中に再配送の手配をしたいので、現在の正しい搬入先の住所と、受け取りの担当の方のお名前を教えてください。
""", "high", "neutral"),
    M("ja", "見積", """
シャツ300枚いくらですか
""", "normal", "neutral", True),
    M("ja", "新規のお取引のご相談", """
はじめてご連絡いたします。
都内でセレクトショップを営んでおります、ハナミズキの高田と申します。

オリジナルのワイドパンツを作りたいと考えており、御社のホームページを拝見してご連絡しました。
１型につき５０着程度からお願いすることは可能でしょうか。
生地はこちらで用意し、パターンは外注のパタンナーさんに作ってもらう予定です。

可能であれば、おおよその工賃と納期の目安を教えていただけますと幸いです。

有限会社ハナミズキ　高田
""", "normal", "neutral"),
    M("ja", "初めての発注で不安な点があります", """
丸山縫製　井上様

先日はお見積もりをありがとうございました。
社内で検討し、前向きに進めたいと考えているのですが、自社ブランドとして工場に発注するのが初めてで、分からないことだらけです。

・支払いは前払いになるのでしょうか
・もし不良が出てしまった場合、どこまで対応していただけるのでしょうか
・途中で仕様を変えたくなったら、追加の費用はかかりますか

基本的なことばかりで申し訳ありません。
初回で失敗するとブランドそのものが立ち行かなくなるので、不安で…。

株式会社ミモザ　今井
""", "normal", "anxious"),
    M("ja", "請求書の金額について", """
丸山縫製　経理ご担当者様

１０月分の請求書を拝見しましたが、加工賃がお見積もりより１着あたり８％高くなっています。
事前に何のご説明もいただいていません。
値上げをされるのであれば、発注前に言っていただくのが筋ではないでしょうか。
金額が変わった理由をご説明ください。

株式会社リネア　経理部　沢口
""", "normal", "angry"),
    M("ja", "縫製仕様書の書式について", """
井上さん

お世話になっております。ミモザの今井です。
次の型から、仕様書をこちらで作ろうと思っています。
御社で使いやすい書式（テンプレート）のようなものがあれば、いただけますか？
ExcelでもPDFでも大丈夫です。

よろしくお願いします。
""", "normal", "neutral"),
    M("ja", "来季もよろしくお願いします", """
丸山様

先シーズンにお願いしたコート、仕上がりがとてもきれいで、店頭でもお客様からの評判が上々でした。
縫製のおかげで値段以上に見えると、販売スタッフも喜んでいます。

来季もぜひお願いしたいと思っています。
詳しい型数や数量は年明けにご相談させてください。今は特にご対応いただくことはありません。

アトリエノラ　野村
""", "low", "positive"),
    M("ja", "工場見学について", """
丸山縫製株式会社　ご担当者様

いつもお世話になっております。ハナミズキの高田です。
いずれ社員を連れて、御社の工場を見学させていただくことはできますでしょうか。
時期は来年の春から夏ごろを考えていますが、まだ決まっていません。

急ぎの話ではございませんので、見学を受け付けていらっしゃるかどうかだけ、
お手すきのときに教えていただければ幸いです。
""", "low", "neutral"),
    # --- en ---
    M("en", "Boxes held at customs - launch is Saturday", """
Hi Tom,

The courier just called: all six cartons of our jackets are being held at customs because the commercial invoice you prepared lists HS code 6203 (men's) instead of 6204 (women's). They won't release them until we send a corrected invoice signed by the shipper.

Our launch event is Saturday and today is Wednesday. The courier says if the corrected invoice reaches them by noon tomorrow they can still deliver Friday.

Can you reissue and sign it today and send me the PDF? I'll forward it to the broker.

Aisha
Halden Studio
""", "high", "neutral"),
    M("en", "Wrong thread colour AGAIN", """
Tom,

Sample 3 arrived this morning and the topstitching is black, not navy. That's the third sample in a row with the wrong thread colour, even though it's written in bold on page 2 of the tech pack and I attached a physical swatch.

I'm starting to wonder whether anyone reads what we send. Can you tell me what is going on before we talk about a fourth sample?

Aisha
""", "normal", "angry"),
    M("en", "sizes", """
can you do bigger sizes
""", "normal", "neutral", True),
    M("en", "Quote request: 200 canvas aprons", """
Hello,

We run a small cafe group and would like a quote for 200 bib aprons in 10 oz cotton canvas (we'll supply the fabric), with an adjustable neck strap, two front pockets and a woven label we'll also supply. One size.

Could you give us a price per unit and a lead time? We'd like them for our new openings in September.

Thanks,
Ruth Brennan
Operations, Gather Coffee
""", "normal", "neutral"),
    M("en", "Fabric swatch card", """
Hi Tom,

Could you send us a swatch card of the fabrics you usually keep in stock? Just for ideas - we have nothing planned until next year, so whenever it's convenient.

Chloe
""", "low", "neutral"),
]

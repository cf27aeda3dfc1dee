# cosmeoem = cosmetics OEM manufacturer (化粧品OEM: formulation, prototypes, filling, labelling for small brands)
from _common import S, D, M

DOMAIN = "cosmeoem"

SENTS = [
    S("ja", "処方の変更を何度もご依頼いただいておりますが、そのたびに試作費が発生することはご理解いただいていますよね。", "c"),
    S("ja", "「ニキビを防ぐ」は医薬部外品でなければ使えない表現のため、その部分を外したラベル案を明日中にお送りします。"),
    S("ja", "最小ロットを下回る場合は、単価がかなり上がります。", "v"),
    S("ja", "安定性試験の結果は、もうしばらくお待ちください。", "v"),
    S("ja", "成分表示の原稿はWord形式で提出してください。", "ir"),
    S("ja", "容器が届かないと充填ラインを止めることになりますので、容器の納品日を今週中に決めてください。", "i"),
    S("ja", "販売予定の数量を、月別に出していただけますか。", "r"),
    S("ja", "香料の供給がいつ再開するかは、当社でもわかりません。", "u"),
    S("ja", "お肌に合わなかった原因については、こちらでは判断いたしかねます。", "u"),
    S("ja", "容器の色味の違いは許容範囲内ですので、これ以上の対応は考えておりません。", "d"),
    S("ja", "ご希望の価格では、そもそも化粧品のビジネスは成り立たないと思いますよ。", "cd"),
    S("ja", "試作は1処方あたり33,000円で、ご入金の確認後10営業日でサンプルをお送りします。"),
    S("ja", "香料メーカーからの回答が6月20日に届く予定のため、その日のうちに代替香料の候補をご提案します。"),
    S("ja", "全成分表示を作成するために、配合比率の最終版をご提出いただけますか。"),

    S("en", "The MOQ for tinted products is somewhat higher than for our standard range.", "v"),
    S("en", "Sign and return the formula approval sheet by Friday.", "ir"),
    S("en", "I can't tell you whether the preservative will pass the challenge test.", "u"),
    S("en", "The stability test fee of $850 is on page 2 of the quotation; I've attached it with the line highlighted."),
    S("en", "Colour drift within ΔE 2 is normal, and we won't be discussing a reprint.", "d"),
    S("en", "Could you send the artwork as a vector PDF? The printer can't enlarge a JPEG without blurring the ingredient list."),
    S("en", "Your 3,000-unit batch is scheduled to be filled on 8 July and shipped on 12 July."),
]

DRAFTS = [
    D("ja", "ロットNo.L2405のハンドクリームについて", """
株式会社ルミエール
商品企画部 青木様

いつもお世話になっております。コスメラボ東洋の田島です。

5月に出荷いたしましたハンドクリーム（ロットNo.L2405）の一部で、チューブの口元から中身がにじみ出ているとのご連絡を受けた件について、ご報告いたします。

当該ロットの在庫1,200本は、本日すべて出荷を止め、当社倉庫で保管しております。また、キャップの締め付けトルクを全数測定し直し、基準を下回った本数を確認しているところです。
今後は、キャップ締めの工程で、1時間ごとに締め付けトルクを測定・記録いたします。

ご迷惑をおかけしますが、どうぞよろしくお願いいたします。

コスメラボ東洋 田島
""", "A"),
    D("ja", "【日程のご確認】美容液の試作スケジュール（6月〜7月）", """
株式会社ルミエール
商品企画部 青木様

いつもお世話になっております。コスメラボ東洋の田島です。
先日お打ち合わせした美容液の試作について、下記のスケジュールで進めてよいか、6月13日（金）までにご確認をお願いいたします。

・6月16日：試作1回目（3処方）着手
・6月27日：サンプル発送
・7月11日：ご評価結果のご連絡（御社）
・7月14日：試作2回目 着手

試作1回目の費用は、3処方で99,000円（税別）です。
7月11日までにご評価をいただければ、当初ご希望の10月発売に間に合う見込みです。

コスメラボ東洋 田島 直子
TEL 03-6xxx-1207
"""),
    D("ja", "化粧水ボトルの色味について", """
株式会社ルミエール
青木様

いつもお世話になっております。コスメラボ東洋の田島です。
ご指摘いただいた化粧水ボトルの色味について、ご回答いたします。

容器メーカーに確認したところ、今回のボトルは色見本との差が許容範囲内に収まっているとの回答でした。
容器の色味は許容範囲内のため、これ以上の対応はいたしかねます。

引き続きよろしくお願いいたします。

コスメラボ東洋 田島
""", "d"),

    D("en", "Preservative change in batch B-0612", """
Dear Ms Laurent,

I'm writing about the face cream batch B-0612, which we filled last week with a different preservative from the one in your approved formula. I'm very sorry; this should never have left our production floor without your approval.

Our usual preservative supplier delayed a delivery, and our production planner substituted an alternative from stock without checking with our regulatory team or with you.

We have quarantined all 2,400 units, and we'll refill the batch with the approved preservative by 20 June at our cost. The refilled units will ship to your warehouse on 24 June, so your July launch date is unaffected.

Regards,
Thomas Reed
Account Manager, Northfield Cosmetics Manufacturing
""", "A"),
]

MAILS = [
    M("ja", "ロットL2411の美容液でかぶれたという連絡について", """
コスメラボ東洋 田島様

お世話になっております。ルミエールの青木です。
本日、当社のお客様2名から、美容液（ロットL2411）を使ったところ顔が赤く腫れた、という連絡がありました。1名は皮膚科を受診されたそうです。

同じロットはすでに約800本が店頭とECで販売されています。
販売を止めるべきか、今日中に判断しなければなりません。
当該ロットの製造記録と、使用した原料のロット番号を、本日中にいただくことはできますでしょうか。
ほかにもお客様に被害が出ていたらと思うと、気が気ではありません。

ルミエール 商品企画部 青木
""", "high", "anxious"),
    M("ja", "納品数の不足について（再三のご連絡）", """
田島様

6月2日、6月5日にもご連絡しておりますが、お返事がないため改めてお送りします。
6月1日に納品されたクレンジングバーム、発注5,000個に対して3,000個しか届いていません。

残りの2,000個は、6月14日から百貨店で開くポップアップストアの初回分です。
売場の準備は来週月曜から始まり、商品がなければ出店そのものを見直すことになります。
何がどうなっているのか、いつ届くのか、今週中にご回答ください。

合同会社ハナノネ 代表 柴田
""", "high", "angry"),
    M("ja", "台湾向け輸出書類について", """
田島様

いつもお世話になっております。
台湾向けに出荷したハンドクリームの件で、現地の輸入代理店から連絡がありました。
通関で「製造証明書」と「全成分の配合比率表」の提出を求められており、水曜日までに出せない場合は貨物が税関で留め置きになるそうです。

大変お手数ですが、火曜日中にPDFでいただくことは可能でしょうか。
書式は添付の見本のとおりです。

ルミエール 海外事業部 金子
""", "high", "neutral"),
    M("ja", "OEMのご相談", """
はじめてご連絡いたします。
オーガニックのヘアオイルを自社ブランドで作りたいと考えている、個人事業主の高野と申します。
御社にお願いする場合の最小ロットと、おおよその費用感を教えていただけますでしょうか。

高野 真由
""", "normal", "neutral"),
    M("ja", "(件名なし)", """
香りを変えたい
""", "normal", "neutral", True),
    M("ja", "試作品の香りについて（3回目）", """
田島様

3回目の試作品が届きましたが、今回も「ラベンダーを控えめに」という私たちの依頼とは逆に、むしろ香りが強くなっています。
毎回同じことをお伝えしているのに、なぜ試作のたびに違う方向へ進むのでしょうか。
このままでは、いつまでたっても処方が決まりません。

次の試作の前に、一度オンラインで打ち合わせをさせてください。

ハナノネ 柴田
""", "normal", "angry"),
    M("ja", "表示ラベルについて不安があります", """
田島様

お世話になっております。
初めて自社ブランドのスキンケアを販売するにあたり、ラベルの表示内容について不安があります。
「肌にやさしい」「ニキビを防ぐ」といった表現は使ってよいのでしょうか。
もし違反になって回収などになったら、小さな会社なので立ち直れないと思い、心配しています。

御社で表示のチェックまでしていただくことは可能でしょうか。

株式会社ミライ化粧品 代表 山中
""", "normal", "anxious"),
    M("ja", "請求書送付先の変更について", """
いつもお世話になっております。
7月分のご請求から、請求書の送付先を下記の経理担当に変更していただけますでしょうか。

株式会社ルミエール 経理部 三上
keiri@lumiere-example.jp

ルミエール 青木
""", "normal", "neutral"),
    M("ja", "発売から1か月のご報告", """
田島様

先月発売したハンドクリーム、おかげさまで初回生産分が完売しました！
レビューでも「べたつかないのにしっとりする」と評判で、処方を何度も一緒に調整していただいた甲斐がありました。
追加生産のご相談は、来月あらためてご連絡します。まずはお礼まで。

ルミエール 青木
""", "low", "positive"),
    M("ja", "ヴィーガン認証について", """
お世話になっております。
将来的な話なのですが、ヴィーガン認証を取得した商品を作ることは御社で可能でしょうか。
来年以降のラインナップの参考にしたいので、わかる範囲で結構です。急ぎません。

ハナノネ 柴田
""", "low", "neutral"),

    M("en", "Customer reaction - need batch records today", """
Hi Thomas,

Two customers have contacted us today about redness and swelling after using the night cream from batch B-0588. One of them went to A&E last night.

We need to decide today whether to pull the batch from our website and the three shops that stock it. Could you send the batch manufacturing record and the raw material lot numbers this afternoon?

I'm really worried there'll be more reports by tomorrow.

Camille Laurent
Founder, Maison Camille Skincare
""", "high", "anxious"),
    M("en", "Labels printed with wrong ingredient list", """
Thomas,

The 4,000 units of body lotion that arrived yesterday have the OLD ingredient list on the label, the one without the fragrance allergens we added in the reformulation. We can't legally sell them in the EU like that, and our retail launch with Harlow's is on Monday.

I signed off the new artwork on 12 May. I have the email. I need to know by end of today how you're going to fix this before Monday.

Camille Laurent
""", "high", "angry"),
    M("en", "Minimum order for lip balm", """
Hello,

We're a small brand looking to add a lip balm to our range. What's your minimum order quantity for a stock formula in your tubes, and roughly what would the unit price be at that quantity?

Best,
Rosa Delgado
""", "normal", "neutral"),
    M("en", "Sample payment - did it reach you?", """
Hi Thomas,

I paid the sample invoice (INV-3318, GBP 600) by bank transfer last Tuesday, but I haven't had a receipt or heard anything since. It's the first time I've paid a supplier abroad, and I'm worried I typed the IBAN wrong and the money has gone to a stranger's account.

Could you check whether it has arrived? I've attached the bank's transfer confirmation.

Thanks,
Rosa Delgado
""", "normal", "anxious"),
    M("en", "Fragrance-free options", """
Hi Thomas,

Not for this season, but we're thinking about a fragrance-free version of the night cream next year. Would that need a full new stability test, or can it reuse the existing data? Just for planning.

Camille
""", "low", "neutral"),
]

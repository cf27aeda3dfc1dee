# testkit = mail-order home medical test kits (blood, stool, STI, cholesterol) with web results
from ._h import s, d, m

DOMAIN = "testkit"

SENTS = [
    s("ja", "検体の到着から結果のご案内までは、いつもより少し長めにお時間をいただいております。", "vague"),
    s("ja", "採血量が足りなかったのは、説明書どおりに採取していただけなかったことが原因です。", "condescending"),
    s("ja", "検体がなぜ検査不能と判定されたのかは、検査機関からも説明がなく分かりかねます。", "unknown_without_followup"),
    s("ja", "再検査用のキットは本日発送いたしましたので、明日の午前中にお届けの予定です。", ),
    s("ja", "同意書に署名して、キットと一緒に送り返してください。", "imperative", "request_without_reason"),
    s("ja", "個人情報を守るため、ご本人確認として生年月日とご登録のメールアドレスをお知らせいただけますか。", ),
    s("ja", "ほかのお客様からは同じようなご指摘はいただいておりませんので、特に問題はないかと存じます。", "dismissive"),
    s("ja", "返送用封筒のご記入内容を、もう一度ご確認いただけますでしょうか。", "request_without_reason"),
    s("ja", "検査結果のPDFは、12月20日以降にマイページの「結果一覧」からダウンロードいただけます。", ),
    s("ja", "数値についてご心配な点は、提携クリニックの無料電話相談（平日10時〜18時）で医師に直接ご相談いただけます。", ),
    s("ja", "近日中に担当部署からご連絡を差し上げます。", "vague"),
    s("ja", "結果を見てどちらの病院を受診すべきかは、ご自身でお調べいただくことになります。", "dismissive"),
    s("ja", "「要再検査」の表示は病気と決まったという意味ではなく、採血量が少なかった場合にも表示されるものです。", ),
    s("en", "Results usually come back within a few days of the sample reaching us.", "vague"),
    s("en", "Please post the sample between Monday and Thursday, because samples that sit in the post over a weekend can't be tested.", ),
    s("en", "We're not in a position to discuss what your results mean.", "dismissive"),
    s("en", "Your replacement kit went out today by first-class post, so it should be with you by Wednesday.", ),
    s("en", "As our website makes perfectly clear, samples sent on a Friday may not be tested.", "condescending"),
    s("en", "We don't know why the lab rejected your sample.", "unknown_without_followup"),
    s("en", "To keep your results private, could you confirm your date of birth before we go through them?", ),
]

DRAFTS = [
    d("ja", "検査結果のご案内が遅れたことのお詫び",
      """小田様

ホームラボ検査センターの藤井です。
ご依頼いただいた脂質検査の結果のご案内が、お約束の日から4日遅れてしまいました。大変申し訳ございません。

遅れの原因は、検査機関へ検体を転送する際の便が、祝日の影響で1便運休になっていたことでした。
本日、結果をマイページに掲載いたしました。すべての項目で判定が出ており、再検査の必要はございません。

結果についてご不明な点がございましたら、提携クリニックの無料電話相談（平日10時〜18時）もご利用いただけます。

ホームラボ検査センター 藤井
""", "apology_incomplete"),
    d("ja", "キット返送期限（11月30日）のご案内",
      """株式会社ミナト精機 総務部 岡本様

いつもお世話になっております。ホームラボ検査センターの藤井です。
社員様向け大腸がん検査キットの返送期限が11月30日（木）に迫っておりますので、ご案内いたします。

本日時点で、120名様のうち84名様分の検体が到着しております。
未返送の36名様の一覧を添付いたしましたので、社内でお声がけいただけますでしょうか。期限を過ぎると検査機関での一括処理に含められず、個別の追加料金（1名2,200円）が発生するためです。

キットを紛失された方には、再送いたしますので氏名をお知らせください。

ホームラボ検査センター 法人担当 藤井
"""),
    d("ja", "検査結果掲載のお知らせ",
      """小田様

ホームラボ検査センターです。
ご依頼いただいた[検査項目名]の結果をマイページに掲載いたしました。

マイページ：ログイン後「結果一覧」からご確認いただけます。
結果の見方について医師に相談されたい場合は、提携クリニックの無料電話相談（平日10時〜18時）をご利用ください。

ホームラボ検査センター
""", "placeholder_left"),
    d("ja", "【お詫び】キット発送遅延について",
      """河合様

ホームラボ検査センターの藤井でございます。
ご注文いただいた性感染症検査キットの発送が2日遅れ、ご希望の日にお届けできませんでした。誠に申し訳ございません。

原因は、梱包資材の入荷が遅れたことに加え、その情報がご注文受付の画面に反映されていなかったことでした。
キットは本日午前に発送し、明日14日（水）午前中にお届けします。送料は当社で負担いたしました。
今後は、資材の在庫が3日分を下回った時点で受付画面にお届け予定日の変更を自動表示するよう、本日設定を変更いたしました。

プライバシーに配慮し、外箱には品名を記載しておりません。

ホームラボ検査センター 藤井
"""),
    d("en", "Your results are ready",
      """Hi {first_name},

Good news: your cholesterol test results are now in your account.

Log in and open "My results" to see them. Every result comes with a short explanation, and if anything is outside the normal range you can book a free 15-minute call with one of our nurses.

Best wishes,
The CheckPoint team
""", "placeholder_left"),
    d("en", "Your kit for the company wellbeing day (arriving Tuesday)",
      """Hi Sophie,

Your 40 finger-prick kits for the wellbeing day on Thursday 6 March left our warehouse this morning and will arrive on Tuesday 4 March by tracked courier.

Each kit contains its own prepaid return envelope. To make sure the samples reach the lab while they're still usable, could you ask staff to post them on Thursday or Friday, not over the weekend?

Results go straight to each employee; you'll get an anonymised summary about ten working days later.

Kind regards,
Tom Hughes
CheckPoint Home Tests, Business Team
"""),
]

MAILS = [
    m("ja", "マイページに他人の結果が表示されています",
      """ホームラボ検査センター御中

先ほどマイページにログインしたところ、「結果一覧」に私ではない方（女性のお名前）の性感染症検査の結果が表示されていました。
私の結果は見当たりません。
逆に、私の結果も誰か別の人に見られているのではないかと思うと、気が気ではありません。
どういう状態なのか、いま何が起きているのか、今日中に説明をお願いします。

画面のスクリーンショットは保存してあります。

河合""", "high", "anxious"),
    m("ja", "Re: Re: 検査キット未着の件（ミナト精機）",
      """ホームラボ検査センター 藤井様

ミナト精機総務の岡本です。
先週から２回ご連絡していますが、工場勤務者向けの１２０名分のうち、いまだ６０名分しか届いていません。
社内では今週金曜の朝礼で配布し、その日のうちに回収して返送する段取りで、従業員にも通知済みです。
配布できなければ日程を全部組み直しになり、安全衛生委員会への報告にも間に合いません。

残りがいつ届くのか、追跡番号と一緒に本日中にご回答ください。

> 岡本様
> 確認のうえ、改めてご連絡いたします。
> 藤井

岡本""", "high", "angry"),
    m("ja", "母の結果について教えてください",
      """はじめて問い合わせます。
先週、78歳の母が腎機能のキットで検査をしました。
今朝結果を見たら、クレアチニンという項目が赤字で、「できるだけ早く医療機関を受診してください」と書かれていました。
母は数日前から足のむくみがひどく、昨日からは息苦しいとも言っています。
今日は日曜でかかりつけが休みなのですが、救急に行くべきなのか、明日まで待ってよいのか分からずにいます。
どなたか相談できる方はいらっしゃいますか。

浅野""", "high", "anxious"),
    m("ja", "法人向けプランの見積もりについて",
      """ホームラボ検査センター 法人担当者様

社会福祉法人あおぞら会 事務局の西田と申します。
職員（約４５名）の年１回の健康チェックとして、血液検査キットの導入を検討しております。
・年１回、同時期に全員分を配布
・結果は個人にのみ通知し、法人には受検率だけを報告
このような運用が可能かどうか、また概算の費用を教えていただけますでしょうか。
来年度の予算に組み込むため、１月末までに資料をいただければ幸いです。

社会福祉法人あおぞら会　事務局　西田""", "normal", "neutral"),
    m("ja", "また容器が割れていました",
      """届いたキットの採血容器が、袋の中で割れていました。
前回注文したときもフタがゆるんでいて液漏れしていたので、これで２回目です。
別に急いでいるわけではないですが、正直、検査の精度まで大丈夫なのか疑いたくなります。
梱包の仕方をもう少し考えたほうがいいと思いますよ。
代わりを送ってもらえるなら送ってください。

坂口""", "normal", "angry"),
    m("ja", "金曜日に投函してしまいました",
      """お世話になります。
便検査のキットを、説明書をよく読まずに金曜日の夜にポストに入れてしまいました。
後から「土日をはさむと検査できない場合があります」と書いてあるのに気づき、心配になっています。
もし検査ができなかった場合、もう一度採取し直すことになるのでしょうか。
その場合、費用はかかりますか。

よろしくお願いします。
吉川""", "normal", "anxious"),
    m("ja", "（件名なし）",
      """結果が見れません""", "normal", "neutral", True),
    m("ja", "領収書の宛名を変更したいです",
      """いつもお世話になっております。
先月購入した検査キットの領収書を、会社の経費で精算したいので、
宛名を「株式会社ルーチェ」に変えて再発行していただけますか。
注文番号は HL-２０２４１１-３８２ です。
お手数をおかけしますが、よろしくお願いいたします。

宮本""", "normal", "neutral"),
    m("ja", "お礼",
      """ホームラボ検査センター様

先日こちらの大腸の検査キットを使ったところ「要精密検査」と出たので、近所の病院で内視鏡を受けました。
小さなポリープが見つかり、その場で取ってもらえました。先生からも、早く見つかってよかったと言われました。
仕事が忙しくて病院の検診にはずっと行けていなかったので、家でできる検査があって本当に助かりました。
ありがとうございました。

松井""", "low", "positive"),
    m("ja", "ビタミンDの検査はありますか",
      """こんにちは。
ビタミンDの値を調べる検査キットは扱っていますか？
今すぐ必要というわけではなく、冬になったら一度測ってみようかな、くらいの気持ちです。
もし今後出る予定があれば教えてください。

高木""", "low", "neutral"),
    m("en", "I can see someone else's results",
      """Hi,

I logged in tonight to check my blood test and the results page shows a different name, a different date of birth and a full set of results that definitely aren't mine. I've taken screenshots.

That means some stranger can probably see my results too, including my HIV test. I want to know who has access to my data and what you're doing about it, today. I'm also reporting this to the ICO unless I get a proper answer.

Marcus Bell
Order CP-55812""", "high", "angry"),
    m("en", "Fit-to-fly certificate - flight tomorrow morning",
      """Hello,

I posted my travel test sample on Monday with the priority return envelope, and your tracking shows it arrived at the lab yesterday at 9:40. The result still hasn't been released.

My flight to Singapore leaves at 10:15 tomorrow morning and the airline won't board me without the certificate. I'm travelling to see my father, who is in hospital there.

Is there anything at all you can do to get the result out tonight? I'm checking my inbox every ten minutes.

Thank you,
Aisha Rahman""", "high", "anxious"),
    m("en", "Can my son use the kit?",
      """Hi there,

My son is 15 and his GP suggested an iron test. Are your finger-prick kits suitable for someone his age, and would I need to register the kit in my name or his?

Thanks,
Claire""", "normal", "neutral"),
    m("en", "Worried about my cholesterol number",
      """Hello,

I got my results yesterday and my LDL is 5.1, which is marked as high. I've always thought of myself as fairly healthy and now I can't stop reading horror stories online.

Could a nurse explain what this actually means for me? I have a GP appointment in two weeks but I'd like to understand it before then.

Thanks,
Gareth""", "normal", "anxious"),
    m("en", "Packaging suggestion",
      """Hi,

Not urgent at all, just a thought: the kit comes with a lot of plastic. Have you considered a cardboard insert instead of the plastic tray? I'd happily pay a little more for it.

Keep up the good work,
Helen""", "low", "neutral"),
]

# freelance = freelance / crowdsourcing marketplace (クラウドソーシング仲介: clients post jobs, freelancers deliver, escrow payments)
from common import S, D, M
DOMAIN = "freelance"

SENTENCES = [
    S("ja", "報酬のお支払いは、検収完了日の翌月15日に、ご登録の口座へお振り込みします。"),
    S("ja", "本人確認書類を再提出してください。", "i r"),
    S("ja", "規約に書いてあるとおりですので、まずはご自身でお読みになってからご質問ください。", "c"),
    S("ja", "システム利用料は、案件の内容によって多少変わります。", "v"),
    S("ja", "クライアント様との個別のやり取りで生じたトラブルについて、当社は一切関知いたしません。", "d"),
    S("ja", "出金が反映されない原因については、現時点では分かりかねます。", "u"),
    S("ja", "出金が反映されない原因はまだ特定できていませんが、決済代行会社に照会しており、明日18時までに途中経過をご連絡します。"),
    S("ja", "恐れ入りますが、源泉徴収が必要かどうかを判定するため、ご契約の名義が個人か法人かをお知らせいただけますか。"),
    S("ja", "同じ内容で何度お問い合わせいただいても、回答は変わりません。", "c"),
    S("ja", "アカウント審査には、少しお時間をいただく場合がございます。", "v"),
    S("ja", "仮払い金は本日中にクライアント様へ返金する手続きを行い、カード明細への反映には2〜3営業日かかります。"),
    S("ja", "ご指摘の評価コメントは、利用規約第12条の禁止事項にあたるかを担当部署で確認し、結果を金曜日までにお知らせします。"),
    S("ja", "ご不便をおかけしますが、アカウント審査は通常2営業日で完了し、結果はメールでお知らせします。"),
    S("en", "Your payout was released on 3 June and normally reaches UK bank accounts within two working days."),
    S("en", "Upload a new copy of your ID.", "i r"),
    S("en", "We don't know why your withdrawal failed.", "u"),
    S("en", "Disputes between you and the client are outside our remit.", "d"),
    S("en", "As the help centre clearly explains, milestones have to be funded before any work starts.", "c"),
    S("en", "Our service fee may be slightly higher for cross-border contracts.", "v"),
    S("en", "Could you tell us the contract number, so we can find the milestone you mean?"),
]

DRAFTS = [
    D("ja", "出金の遅延についてのお詫びと対応のご報告", """
高橋 美咲 様

いつもワークブリッジをご利用いただき、ありがとうございます。
サポート担当の岡田です。

6月10日にご申請いただいた出金が予定日に反映されず、ご不便とご心配をおかけしたことを深くお詫び申し上げます。

原因は、当社が利用している決済代行会社側の処理で、6月12日分の振込データの一部が送信されていなかったことでした。
本日14時に該当する出金をすべて再処理し、高橋様の口座への入金（38,500円）が完了していることを確認しております。

今後は、振込データの送信件数と受付件数を毎日自動で照合し、差が出た場合はその日のうちに対象の方へご連絡する仕組みに改めました。

ご不明な点がございましたら、このメールにそのままご返信ください。

ワークブリッジ カスタマーサポート
岡田 翔
"""),
    D("ja", "評価の表示不具合についてのお詫び", """
佐野 健太 様

ワークブリッジ サポート窓口の石井です。

5月28日から31日にかけて、一部のワーカー様のプロフィールで、受け取った評価の平均点が実際より低く表示されておりました。
佐野様のプロフィールも対象となっており、ご迷惑をおかけし申し訳ございません。

評価を集計する処理に、取り消し済みの評価を含めてしまう誤りがあったことが原因です。
6月1日の午前に修正を行い、現在は正しい平均点（4.8）が表示されております。

引き続きよろしくお願いいたします。

ワークブリッジ サポート窓口
石井 由香
""", "a"),
    D("ja", "本人確認が完了しました", """
{name} 様

ワークブリッジをご利用いただき、ありがとうございます。

ご提出いただいた本人確認書類の確認が完了しました。
本日より、報酬の出金と、5万円以上の案件への応募がご利用いただけます。

出金の手数料は1回につき220円で、毎月15日までの申請分を同月25日にお振り込みします。

ワークブリッジ カスタマーサポート
""", "p"),
    D("en", "Your withdrawal of 12 March is now complete", """
Hi Daniel,

Your withdrawal of £640.00, requested on 12 March, reached your bank this morning (reference WB-88213). It was held for two extra days because our payment partner asked us to re-confirm the account name after you updated it on 10 March; nothing further is needed from you.

From now on, withdrawals to this account will follow the normal two-working-day schedule.

Best,
Priya
Gigwell Support
"""),
    D("en", "Hello from the Gigwell team", """
Hi Maria,

Spring is always a busy season on Gigwell, and this year we've welcomed more than 4,000 new clients in design and translation alone. We've also redesigned the workroom so that files, messages and milestones sit on one screen, and early feedback has been very positive.

Many freelancers have told us they'd like faster payouts, and we're working with our banking partner on same-day transfers later this year.

On a separate note, our records show your tax residency form expired last month. Could you submit a new one from Settings > Tax by 30 April? Without it we are required to withhold 30% of your US-sourced earnings.

Thanks for being part of Gigwell.

The Gigwell team
""", "f"),
]

MAILS = [
    M("ja", "high", "angry", "報酬未払いの件（3度目のご連絡です）", """
ワークブリッジ サポートご担当者様

5月分の報酬（案件ID 20931、62,000円）がいまだ振り込まれていません。
6月1日と6月5日にもこの窓口へ問い合わせていますが、「確認します」という自動返信のような返事が一度来たきりです。

> 担当部署にて確認のうえ、追ってご連絡いたします。
> ワークブリッジ サポート

追って、とはいつのことでしょうか。
こちらはこの報酬で今月の家賃を払う予定で、引き落としは25日です。
フリーランスにとって入金が遅れることがどういうことか、少し想像していただけないでしょうか。

今週中に入金日をはっきり教えてください。

木村 亮
"""),
    M("ja", "high", "anxious", "知らないログイン通知が来ています", """
お世話になっております。ワーカーとして登録している森です。

今朝6時ごろ「新しい端末からログインがありました（場所：シンガポール）」という通知メールが届きました。
私は日本から出ていませんし、その時間は寝ていました。
慌ててログインしたところ、出金先の口座が見覚えのない口座に変わっていました。

パスワードは変更しましたが、明日が月2回の出金締め日なので、売上の約14万円がそちらの口座に送られてしまわないか心配でたまりません。
どうしたらよいでしょうか。

森 沙織
"""),
    M("ja", "high", "neutral", "納品された画像素材について（明日の公開前の確認）", """
ワークブリッジ ご担当者様

株式会社ハナミズキ企画の広報、前田と申します。
先日、貴サイト経由で発注したバナー画像（契約番号 C-55102）について、ご相談です。

社内で確認したところ、納品された画像の一部が、有料の素材サイトに掲載されている写真とほぼ同じであることが分かりました。
当該バナーは明日6月20日の10時に公開するキャンペーンサイトで使う予定で、このまま使ってよいのか判断できずにおります。

ワーカーの方にはメッセージを送りましたが、まだ返信がありません。
契約上の扱いと、検収を保留できるかどうかを本日中に教えていただけますと助かります。

前田 智子
株式会社ハナミズキ企画 広報部
03-5555-0182
"""),
    M("ja", "normal", "neutral", "源泉徴収について", """
いつもお世話になっております。
個人でライティングの仕事を受けている者です。

クライアントによって、報酬から源泉徴収されている案件とされていない案件があるのですが、
これはクライアント側の設定によるものでしょうか。
確定申告のときにどちらの金額を書けばいいのかも分からず、教えていただけるとありがたいです。

ユーザー名：kaze_writer
"""),
    M("ja", "normal", "angry", "手数料の変更について", """
手数料が来月から20％になると今日知りました。
お知らせのページに小さく載っているだけで、メールも何もありませんでしたよね。

3年間、ほぼこのサイトだけで仕事をしてきましたが、こういうやり方をされると、正直もう他のサービスに移ろうかと思います。
利用者を大事にするつもりがあるのか、一度きちんと説明してもらえますか。
"""),
    M("ja", "normal", "neutral", "評価", """
評価って消せますか
""", terse=True),
    M("ja", "normal", "anxious", "はじめての契約で不安です", """
はじめまして。先週登録したばかりの大野です。

初めて提案が通り、クライアントさんから「では契約しましょう」と言われたのですが、
契約ボタンを押した後に何をすればいいのかよく分かっていません。
仮払いというのが済む前に作業を始めてしまって大丈夫なのか、
もし報酬がもらえなかったらどうしようと考えてしまい、まだ返事ができていません。

納期は来月末なので時間はあります。基本的なことですみません。

大野 ひかり
"""),
    M("ja", "normal", "neutral", "請求書の宛名変更のお願い", """
ワークブリッジ サポートセンター御中

いつも利用させていただいております。
株式会社ＳＯＲＡＴＯ 経理の平田です。

４月分から、請求書の宛名を「株式会社ＳＯＲＡＴＯ　制作部」から「株式会社ＳＯＲＡＴＯ」に変更したいのですが、
管理画面のどこから設定すればよいでしょうか。
過去分の再発行が必要かどうかもあわせて教えてください。

平田
"""),
    M("ja", "low", "positive", "先日はありがとうございました", """
サポートの山口様

先月、初めての納品でつまずいていたときに、丁寧に手順を教えていただいた川島です。
おかげさまで無事に検収していただき、同じクライアントさんから2件目のご依頼もいただきました。
本当にありがとうございました。

ひとつだけ要望なのですが、スマホアプリでも納品ファイルのプレビューができるとうれしいです。
お手すきのときに開発の方へお伝えいただければ十分です。

川島 奈々
"""),
    M("ja", "low", "neutral", "法人化した場合のアカウントについて", """
お世話になっております。
来年の春ごろに法人成りを考えているのですが、その場合、今の個人アカウントの評価や実績は法人アカウントに引き継げるのでしょうか。
まだ検討段階なので、急ぐ話ではありません。分かる範囲で教えていただければ結構です。

坂本 修
"""),
    M("en", "high", "anxious", "Escrow refunded to the client by mistake?", """
Hello,

I delivered the final files for contract #77420 on Monday and the client approved them on Tuesday. This morning the milestone shows as "Refunded to client" and my pending balance has dropped by $1,850.

The client says they didn't ask for a refund. That payment is what I was counting on for rent, which is due this Friday, and I honestly don't know what to do if it's gone.

Can someone look at this today, please?

Amara Osei
"""),
    M("en", "high", "angry", "Third message - account frozen, client delivery due tomorrow", """
This is my third message since Saturday. My account was frozen "for review" with no explanation and I can't get into the workroom.

I have a final delivery due to a client at 9am tomorrow, and if I miss it I lose the contract and probably the review that goes with it. Your automated replies keep telling me a specialist will be in touch. Nobody has been.

I'd like an actual person to unfreeze the account or at least tell me what the review is about, today.

Tomasz Nowak
-----
> On Sat, Gigwell Support wrote:
> Thanks for reaching out. A specialist will be in touch shortly.
"""),
    M("en", "normal", "neutral", "Adding a second skill category", """
Hi there,

I'm listed under Copywriting but I also do a fair amount of UX writing. Is it possible to appear under both categories, or do I need to choose one? I couldn't find the option in my profile settings.

Thanks,
Jun
"""),
    M("en", "normal", "neutral", "payment", """
payment?
""", terse=True),
    M("en", "low", "positive", "Loving the new invoice page", """
Just wanted to say the new invoice page is a big improvement - I can finally download everything for my accountant in one go. If you're collecting ideas, a filter by client would be the cherry on top. No rush at all, and thanks for the good work.

Cheers,
Hannah
"""),
]

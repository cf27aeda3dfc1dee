"""fooddeliv = restaurant food-delivery app/platform: orders, couriers, partner restaurants (フードデリバリーアプリ)."""
from common import S, D, M

DOMAIN = "fooddeliv"

SENTS = [
    # ja
    S("ja", "商品が届かなかったご注文（No. 448120）は、全額の2,860円を本日返金いたしました。カード会社によって、明細への反映まで最大で2週間かかります。"),
    S("ja", "配達員の到着が遅れた件については、道路状況によるものですので、当社としてはお詫びする立場にございません。", "C D"),
    S("ja", "配達員の対応についてのご指摘は、本人に事実を確認したうえで、11月20日までに結果をご報告いたします。"),
    S("ja", "アプリを一度削除して、入れ直してください。", "I R"),
    S("ja", "ログイン情報の不具合は、アプリを入れ直すと解消することが多いため、一度削除して再インストールをお試しいただけますか。注文履歴やクーポンは消えません。"),
    S("ja", "クーポンが使えなかった理由については、システムの詳細をお伝えできないため、ご説明いたしかねます。", "U"),
    S("ja", "返金はしばらくしてから反映されます。", "V"),
    S("ja", "アレルギーの情報は、注文画面の備考欄に書いていただかないと、店舗には伝わりません。ご注文前にご確認いただくべき点です。", "C"),
    S("ja", "ご利用の状況を確認したいので、注文番号をお知らせいただけますか。", ""),
    S("ja", "領収書の宛名を変更するには、ご登録のメールアドレスをお知らせいただけますでしょうか。", ""),
    S("ja", "本人確認のため、身分証明書の画像をアップロードしていただけますでしょうか。", ""),
    S("ja", "アカウントの利用停止の理由は、規約によりお伝えしておりません。", "U D"),
    S("ja", "ご登録の電話番号を、もう一度入力し直していただけますでしょうか。", "R"),
    # en
    S("en", "We've refunded the missing side dishes (£7.40) to your card; it usually shows within 3 to 5 working days."),
    S("en", "Delete the app and reinstall it.", "I R"),
    S("en", "We can't explain why your account was flagged.", "U"),
    S("en", "Your refund will be processed shortly.", "V"),
    S("en", "As we've already told you twice, couriers are independent contractors and not our responsibility.", "C D"),
    S("en", "Could you confirm the last four digits of the card you used?", "R"),
    S("en", "So that we can find the payment, could you confirm the last four digits of the card you used? We never need the full number."),
]

DRAFTS = [
    D("ja", "【ご報告とお詫び】11月8日夜のアプリ障害について",
      """
ハラペコ便をご利用の皆さま

11月8日（金）19時05分から20時40分まで、アプリで注文が確定できない障害が発生し、多くのお客様と加盟店の皆さまにご迷惑をおかけしました。誠に申し訳ございません。

■原因
同日18時に実施したサーバーの設定変更に誤りがあり、決済処理の接続数が上限に達したことが原因です。

■対応
20時40分に設定を元に戻し、復旧いたしました。
障害中に決済だけが完了し、注文が確定しなかった1,214件については、11月9日中にすべて全額を返金いたしました。対象のお客様には個別にメールでお知らせしております。

■再発防止
設定変更は、利用の少ない深夜帯に限って行うことといたしました。あわせて、決済の接続数を監視し、上限の8割に達した時点で担当者に自動で通知される仕組みを導入しました。

今後とも、ハラペコ便をよろしくお願いいたします。

株式会社ハラペコ便 カスタマーサポート
"""),
    D("ja", "加盟店様へのお知らせ",
      """
加盟店 各位

いつもハラペコ便をご利用いただき、ありがとうございます。
おかげさまで、今年の夏は前年の1.4倍のご注文をいただきました。
秋からはテレビCMの放映も始まり、新しいお客様の獲得にも力を入れております。
加盟店様のメニュー写真の撮影サービスも、引き続きご好評をいただいております。

なお、来年1月1日から手数料率を変更いたしますので、新しい契約書に12月15日までにご署名をいただく必要がございます。

株式会社ハラペコ便 加盟店サポート
""", "N"),
    D("ja", "ご注文商品の不足について",
      """
[お客様名]様

ハラペコ便 カスタマーサポートです。
ご注文の商品の一部が届いていなかったとのこと、ご不便をおかけして申し訳ございません。
不足していた「唐揚げ（5個）」の代金 580円を、ご登録のクレジットカードに返金いたしました。
返金は、カード会社の処理によって、明細への反映まで数日から2週間ほどかかる場合がございます。

ハラペコ便 カスタマーサポート
""", "P"),
    D("en", "Re: my order never arrived",
      """
Hi Kemi,

Thanks for reaching out. We checked the GPS on your order and it shows the courier at your address, so as far as we're concerned it was delivered.

If you disagree, take it up with the restaurant.

Dash Eats Support
""", "D I R"),
]

MAILS = [
    M("ja", "注文した料理にえびが入っていました",
      """
先ほどハラペコ便で注文したチャーハンに、えびが入っていました。
息子（５歳）はえびのアレルギーがあり、注文の備考欄にも「えび抜き」と書きました。
２口ほど食べたところで気がつき、今、口のまわりが赤くなってきています。
病院に連れて行きますが、お店にも同じことが起きないよう伝えてください。
どの店のどの商品かは注文履歴のとおりです（注文番号 448976）。
""", "high", "anxious"),
    M("ja", "アカウントが乗っ取られたかもしれません",
      """
さきほど、身に覚えのない注文の確認メールが３件届きました。
どれも知らない住所あてで、合計で１万２千円ほどです。
パスワードを変えようとしたら、メールアドレスも変更されていてログインできません。
カードが登録されたままなので、これ以上使われないか怖いです。
""", "high", "anxious"),
    M("ja", "配達員として登録していますが報酬が２か月払われていません",
      """
配達パートナーとして登録している者です。
９月分と１０月分の報酬（合計 184,300円）が、まだ振り込まれていません。
サポートに３回問い合わせましたが、毎回「確認中です」と言われるだけです。
家賃の支払いが遅れていて、このままでは生活できません。
""", "high", "angry"),
    M("ja", "領収書の発行について",
      """
会社の経費で精算したいので、先週の注文（2件）の領収書を発行していただけますか。
宛名は「株式会社サンライズ」でお願いします。
""", "normal", "neutral"),
    M("ja", "クーポン",
      """
クーポン使えないんですけど
""", "normal", "angry", True),
    M("ja", "料理が冷めていました",
      """
昨日の夜に注文したラーメンが、届いたときには完全に冷めていて、麺ものびきっていました。
配達に１時間以上かかっています。
お店も遠くないのに、どうしてこんなに時間がかかったのか教えてください。
正直、もう使う気がしません。
""", "normal", "angry"),
    M("ja", "加盟店の申し込みについて",
      """
駅前で小さなカレー屋を営んでいます。
ハラペコ便への出店を考えているのですが、手数料と、申し込みから掲載までの期間を教えていただけますか。
""", "normal", "neutral"),
    M("ja", "配達エリアについて",
      """
最近、郊外に引っ越しました。
前の家では毎週のように使っていたのですが、今の住所だと配達エリア外と表示されます。
エリアが広がる予定はありますか。いつかで構いません。
""", "low", "neutral"),
    M("ja", "お届け先の住所を間違えてしまいました",
      """
いま注文したばかりなのですが、お届け先を前の住所のままにしてしまいました。
まだお店で調理中の表示です。
今からでも住所を変えることはできますか。
注文番号 449102 です。
""", "high", "anxious"),
    M("ja", "配達員さんへのお礼",
      """
昨日の大雨の中、配達してくださった方が、料理が濡れないようにビニール袋を二重にしてくださっていました。
とてもありがたかったので、その方にお礼を伝えていただけるとうれしいです。
""", "low", "positive"),
    # en
    M("en", "Courier crashed outside my house",
      """
Hi,

Your courier just came off his scooter right outside my house delivering my order - he's sitting on the kerb, conscious, but his wrist looks broken and he's shaking. A neighbour has called an ambulance. He asked me to let the company know because his phone smashed. Order #DE-55830. Is there someone who can contact him or his family?

Lucy
""", "high", "anxious"),
    M("en", "Where's my food",
      """
order says delivered. it wasn't.
""", "normal", "angry", True),
    M("en", "Account closed for no reason",
      """
My account was deactivated yesterday with a message saying "violation of terms". I've used Dash Eats twice a week for two years and have never had a dispute. I have £43.50 of credit on the account. What exactly am I supposed to have done?

P. Harris
""", "normal", "angry"),
    M("en", "Promo code question",
      """
Hi, the welcome code I got from a friend says it's only valid for "new customers". I signed up last year but never ordered. Would it still work? Thanks!
""", "normal", "neutral"),
    M("en", "Feature idea",
      """
Not a complaint, just an idea whenever you have time: it would be great to be able to save "leave at the back door" as a default note instead of typing it every time. Thanks for a great app!

Dev
""", "low", "positive"),
]

DRAFTS += [
    D("ja", "アカウントの利用制限と解除の手続きについて",
      """
木下様

ハラペコ便 カスタマーサポートの上田です。
木下様のアカウントに利用制限がかかっている件について、理由と解除の方法をお知らせいたします。

11月2日の夜、短い時間に異なる3枚のクレジットカードで決済が試みられたため、不正利用を防ぐ仕組みが自動でアカウントを制限しました。
ご本人によるご利用であれば、本人確認が済みしだい制限を解除できます。

本人確認のため、アプリの「アカウント」→「本人確認」から、運転免許証などの写真をアップロードしていただけますでしょうか。
確認は通常24時間以内に完了し、解除されたらメールでお知らせします。

もしご本人に覚えのない決済であれば、このメールにご返信ください。カードの停止手続きのご案内をいたします。

ハラペコ便 カスタマーサポート 上田
"""),
]

DRAFTS += [
    D("en", "Sorry about your order",
      """
Hi Jamal,

We're sorry your order from Golden Dragon arrived with the wrong dishes last night. We know how frustrating it is to wait for dinner and then not get what you ordered.

We've refunded the full £26.80 to your card, and it should appear within 3 to 5 working days.

Enjoy your next order!
Dash Eats Support
""", "A"),
]

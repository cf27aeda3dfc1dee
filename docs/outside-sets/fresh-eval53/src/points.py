# points = loyalty points programme (共通ポイント: one card/app, points earned at partner shops, redeemed for goods, vouchers, miles)
from common import S, D, M
DOMAIN = "points"

SENTENCES = [
    S("ja", "ポイントの有効期限は最後にポイントが動いた日から1年間で、現在の残高3,420ポイントは来年4月30日まで有効です。"),
    S("ja", "失効したポイントは元に戻せませんので、ご了承ください。", "d"),
    S("ja", "期限のお知らせメールは毎月お送りしておりますので、見落とされたのはお客様のほうかと存じます。", "c"),
    S("ja", "提携店でのご利用分は、付与までに数日かかることがあります。", "v"),
    S("ja", "ご家族間でポイントを合算できるかどうかは、こちらでは分かりません。", "u"),
    S("ja", "ご家族間の合算は提携航空会社の規約によるため、先方に本日問い合わせており、3営業日以内にご回答します。"),
    S("ja", "第三者にログインされた可能性があるため、念のためパスワードを変更していただけますか。"),
    S("ja", "交換レートは、近いうちに見直す予定です。", "v"),
    S("ja", "年会費はかからず、退会もアプリの「設定」から1分ほどで手続きできます。"),
    S("ja", "その件はキャンペーン事務局の管轄ですので、当窓口ではお受けしておりません。", "d"),
    S("ja", "付与漏れの分は、レシートの画像を確認でき次第、手動で加算いたしますので、撮影した画像をこのメールに添付していただけますか。"),
    S("ja", "当然ながら、不正に使われたポイントは全額お戻しし、その手続きの手数料もいただきません。"),
    S("en", "Points from partner stores can take a while to appear.", "v"),
    S("en", "Points you earned on 12 May will show by 19 May at the latest; if they don't, reply here and we'll add them by hand."),
    S("en", "Expired points are gone, and there is nothing more to discuss.", "d"),
    S("en", "To stop anyone else spending your balance, we've frozen the card; could you confirm your date of birth so we can unlock it for you?"),
    S("en", "Naturally, you won't lose any points because of our outage: every expiry date that fell this week has been moved to 30 June."),
]

DRAFTS = [
    D("ja", "付与漏れの調査結果と、ポイント加算のご報告", """
井上 真理子 様

ミナトポイント会員センターの藤田です。
お問い合わせいただいた、5月3日のドラッグストア「くすりのミナト 港南店」でのお買い物分のポイントについて、調査の結果をご報告します。

店舗の端末が通信できない時間帯だったため、お会計の記録がポイントのシステムに届いておりませんでした。
本日、該当の420ポイントを加算し、アプリの履歴にも「手動加算」として表示されております。

有効期限は通常のポイントと同じく、最後のご利用日から1年間です。

ミナトポイント会員センター
藤田 大輔
"""),
    D("ja", "ミナトポイント事務局です", """
小林 雅人 様

いつもミナトポイントをご愛用いただき、誠にありがとうございます。
日ごとに暑さが増してまいりましたが、いかがお過ごしでしょうか。

この夏は、提携先のスーパー「マルヨシ」全店でポイントが2倍になるキャンペーンを7月中に実施いたします。
また、アプリのデザインも一新し、残高や有効期限がトップ画面で確認できるようになりました。

なお、小林様の会員情報には生年月日が登録されておりません。
誕生月の特典ポイント（500ポイント）をお届けするには登録が必要ですので、6月30日までにアプリの「会員情報」からご登録いただけますでしょうか。

今後ともミナトポイントをよろしくお願いいたします。

ミナトポイント事務局
""", "f"),
    D("ja", "ポイント交換時の二重引き落としについてのお詫び", """
渡部 聡 様

ミナトポイント会員センターの中川です。

6月2日にギフト券へ交換された際、ポイントが二重に差し引かれておりました。
ご迷惑をおかけし、誠に申し訳ございません。

本日、多く差し引いた3,000ポイントを返還し、残高が正しく戻っていることを確認しております。
また、同じことが起こらないよう、交換の処理が完了する前に同じ操作を受け付けない設定に変更いたしました。

今後ともよろしくお願いいたします。

ミナトポイント会員センター
中川 恵
""", "a"),
    D("en", "Your Loop points expire on [DATE]", """
Hi Rachel,

A quick reminder that 2,150 of your Loop points are due to expire. You can keep them by earning or redeeming any points before then - even a single coffee at a partner café counts.

If you'd like to use them now, 2,000 points gets you a £20 voucher for any of our 40 partner stores.

Best wishes,
Loop Rewards
""", "p"),
    D("en", "Points missing after last week's app update - our apology", """
Hi Sam,

We're sorry: after the app update on 14 May, points from your scanned receipts didn't appear in your balance, and we know you contacted us twice about it.

The update changed how receipts from partner supermarkets are read, and it rejected receipts printed before the change. We fixed the reader on 19 May and re-processed every receipt sent in the meantime; your 640 points were added this morning.

We now test new app versions against a set of real receipts from every partner before release, so this kind of gap is caught before it reaches you.

Thank you for your patience,
Dev
Loop Rewards Support
"""),
]

MAILS = [
    M("ja", "high", "anxious", "ポイントが勝手に使われています", """
ミナトポイント御中

先ほどアプリを開いたら、52,300ポイントあった残高が0になっていました。
履歴を見ると、昨夜の2時台に電子ギフトへ3回交換されています。私は交換していません。

このカードにはクレジットカードも登録しているので、そちらまで使われてしまうのではないかと気が気ではありません。
カードを止めるにはどうすればいいのでしょうか。電話窓口は朝9時からと書いてありました。

会員番号 6102-4471-8830
石田 和子
"""),
    M("ja", "high", "angry", "Re: Re: ポイント交換ができません", """
何度目の連絡になるでしょうか。

今日の23時59分で8,000ポイントが失効します。
昨日の昼から交換画面が「ただいま混み合っています」のままで、昨日と今朝の2回メールしていますが、届くのは自動返信だけです。

> お問い合わせありがとうございます。順次回答しております。

順次、を待っているうちに期限が切れます。
期限が切れたら、そちらの不具合で消えたポイントは戻してもらえるのですよね？
今日中に、戻すのか、交換できるようにするのか、どちらかをはっきり回答してください。

長谷川
"""),
    M("ja", "high", "neutral", "店舗端末でポイント付与ができない件", """
ミナトポイント 加盟店サポート ご担当者様

ベーカリー ひなた 西口店の店長、村上です。

本日の開店時から、レジでカードを読み取ると「通信エラー E-204」と表示され、ポイントの付与も利用もできない状態です。
端末の再起動は3回行いましたが変わりません。

当店は今日から3日間ポイント5倍の周年セールを行っており、お客様の大半がカードをお持ちです。
現在はお客様にレシートを保管していただくようお願いしていますが、レジ前でお待たせしてしまっています。
復旧の見込みと、後から付与する方法を教えてください。

加盟店番号 M-33018
ベーカリー ひなた 西口店 村上
TEL 045-000-1234
"""),
    M("ja", "normal", "angry", "交換レートの変更について", """
交換レートが今月から1ポイント＝0.8円になったとのこと、お知らせ拝見しました。

「より多くの特典をお届けするための改定」だそうですね。
どのあたりが「より多く」なのか、私の計算ではむしろ減っているのですが、教えていただけますか。

長年使ってきましたが、これを機にほかのポイントに切り替えることも考えています。
"""),
    M("ja", "normal", "neutral", "ポイントついてない", """
ポイントついてないんですが
""", terse=True),
    M("ja", "normal", "anxious", "退会の手続きを途中でやめたのですが", """
お世話になります。

アプリで退会の手続きを進めていたところ、「退会するとポイントはすべて失効します」と表示されたので、慌てて画面を閉じました。
最後の「確定」ボタンは押していないつもりですが、押してしまったかもしれません。

今はアプリを開くとログイン画面になってしまい、ポイント（たしか1万ポイントほど）が残っているのかどうか分からず不安です。
私のアカウントがどういう状態になっているか、確認していただけますか。

メールアドレスはこの送信元です。
佐藤 由美
"""),
    M("ja", "normal", "neutral", "家族のポイントを1つにまとめたい", """
いつも利用しております。
夫と私でそれぞれカードを持っているのですが、ポイントを一つのアカウントにまとめることはできますか。
まとめられる場合、手数料や必要な書類があれば押しえてください。

会員番号 6102-0093-5521
山本 恵子
"""),
    M("ja", "normal", "neutral", "引っ越しに伴う住所変更とカード再発行", """
ミナトポイント会員センター様

先月、大阪から福岡へ転居しました。
アプリで住所は変更できたのですが、プラスチックカードが
古くなって磁気が読めなくなっているので、新しい住所に再発行をお願いできますか。
再発行の手数料がかかる場合は教えてください。

松本 勇
"""),
    M("ja", "low", "positive", "誕生日ポイントありがとうございました", """
こんにちは。
今月誕生日で、500ポイントのプレゼントをいただきました。毎年ちょっとした楽しみになっています。ありがとうございます。

ひとつ提案ですが、誕生日ポイントの有効期限がひと月だけなのが少し短く感じます。
せめて3か月くらいあるとうれしいです。参考までに。

北村
"""),
    M("ja", "low", "angry", "アプリのデザイン変更について", """
今回のアプリのデザイン変更、正直なところ使いにくくなりました。
残高を見るだけで3回もタップしないといけませんし、文字も小さくなっています。
いったいどういう利用者を想定して作られたのでしょうか。

困って何かができないというわけではないので、返事は急ぎません。
ただ、古くからの会員の意見として、開発の方にきちんと伝えておいてください。

中島
"""),
    M("en", "high", "angry", "Voucher code invalid - booking held until 6pm today", """
Hi,

I redeemed 30,000 Loop points for a £300 travel voucher on Monday. The airline's site rejects the code as "invalid or already used". I've emailed twice since Tuesday and only had the automatic acknowledgement.

The airline is holding my booking until 6pm today, after which the fare goes up by about £180. If the code doesn't work by then, I'll expect Loop to cover the difference.

Voucher ref: LR-TRV-0093321
Olivia Grant
"""),
    M("en", "high", "anxious", "I think I typed my login into a fake site", """
Hello,

I got a text this morning saying my Loop points were about to expire, with a link. I clicked it and entered my email and password before I realised the site looked wrong.

I have about 48,000 points and my debit card is linked to the account for top-ups. I've changed the password but I'm worried someone has already got in. What else should I do? Can you lock the account until I know it's safe?

Thanks,
Geoffrey Palmer
"""),
    M("en", "normal", "neutral", "Merging two accounts", """
Hello,

I seem to have two Loop accounts - one from an old plastic card and one I created in the app. Could the points from the old one (about 3,200) be moved into the app account? Card number on the back of the old card is 4410 2291 0087.

Thanks,
Ines
"""),
    M("en", "normal", "angry", "Points from the petrol station, again", """
For the fourth month running, points from the Fuelway station on Kings Road haven't turned up. I keep every receipt, I keep sending them in, and every time someone adds them by hand and tells me it's been "escalated".

I'm beginning to think the escalation goes straight in the bin. Is anyone actually going to fix the link with that station, or shall I just stop using the card there?

D. Marsh
"""),
    M("en", "low", "neutral", "Donating points?", """
Hi - just curious, is there any way to donate points to a charity? I've got a few thousand I'm unlikely to use. Not in any hurry, whenever you get a chance.

Thanks,
Ruth
"""),
]

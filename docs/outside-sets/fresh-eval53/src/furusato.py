# furusato = hometown-tax donation portal (ふるさと納税ポータル: donors give to municipalities, receive gifts, claim tax deductions)
from common import S, D, M
DOMAIN = "furusato"

SENTENCES = [
    S("ja", "ワンストップ特例の申請書は、寄附した翌年の1月10日必着で、各自治体へ郵送していただく必要があります。"),
    S("ja", "返礼品は、準備ができ次第、順次発送されます。", "v"),
    S("ja", "申請書に個人番号カードの写しを添付してください。", "i r"),
    S("ja", "控除額の計算については、税務署にお尋ねください。", "d"),
    S("ja", "控除の上限額はサイト内のシミュレーターで目安を確認でき、源泉徴収票の金額を入力すれば2分ほどで算出されます。"),
    S("ja", "寄附の取り消しはできません。", "d"),
    S("ja", "寄附の取り消しは制度上できないのですが、お届け先の変更でしたら、本日中に自治体へ連絡いたします。"),
    S("ja", "受領証明書が届かない理由については、当サイトでは分かりかねます。", "u"),
    S("ja", "返礼品の内容は、寄附の前にご確認いただくのが普通かと存じます。", "c"),
    S("ja", "住所を変更したら、速やかに変更届を出しなさい。", "i r"),
    S("ja", "上限額を超えた分は自己負担になりますので、よく計算してからお申し込みいただくべきでした。", "c"),
    S("ja", "決済エラーの原因は調査中ですが、カード会社からの回答が2営業日以内に届く見込みで、届き次第ご連絡します。"),
    S("ja", "寄附金受領証明書は、寄附からおおむね1〜2か月で自治体から郵送されます。"),
    S("ja", "お申し込みの返礼品は11月25日に発送予定で、発送日の朝に追跡番号をメールでお送りします。"),
    S("en", "Check your spam folder.", "i r"),
    S("en", "We don't handle tax questions.", "d"),
    S("en", "Anyone who reads the FAQ would know the deadline is 31 December.", "c"),
    S("en", "The town ships this item in late November; your order is 212th in the queue, and we'll email you the tracking number the day it leaves."),
    S("en", "Because the one-stop form must reach the city by 10 January, please post it no later than 5 January."),
    S("en", "Shirahama Town posted your receipt on 2 February, so it should reach you by the 9th; if it hasn't, tell us and we'll ask the town to reissue it."),
]

DRAFTS = [
    D("ja", "ワンストップ特例申請書の受付状況のお知らせ", """
高田 美香 様

ふるさとミライ サポートデスクの永井です。
お問い合わせいただいた、ワンストップ特例申請書の受付状況について、各自治体に確認した結果をお知らせします。

・北海道白浜町：12月18日に受付済み
・長野県松川村：12月20日に受付済み
・宮崎県日向台市：まだ届いていないとのこと

日向台市への申請書は、1月10日必着です。
お手元に控えがあれば、念のため再送していただくと確実です。再送用の申請書は、マイページの「寄附履歴」からダウンロードできます。

ふるさとミライ サポートデスク
永井 俊
"""),
    D("ja", "返礼品の誤配送についてのお詫び", """
川口 翔太 様

ふるさとミライ サポートデスクの永井です。

ご寄附いただいた宮崎県日向台市の返礼品「黒毛和牛切り落とし 1kg」のかわりに、別の方の返礼品（マンゴー）が届いてしまい、大変申し訳ございませんでした。

自治体に確認したところ、出荷を担当する事業者が、送り状を貼り間違えたことが原因でした。
正しい返礼品は本日、冷凍便で発送しており、明後日の午前中にお届けの予定です。
お手元のマンゴーは、ご返送いただく必要はございません。

何卒よろしくお願いいたします。

ふるさとミライ サポートデスク
永井 俊
""", "a"),
    D("ja", "寄附金受領証明書の再発行の手続きについて", """
浜田 裕子 様

ふるさとミライ サポートデスクの永井です。
長野県松川村の寄附金受領証明書の再発行について、手続きをご案内します。

再発行は自治体が行うため、当デスクから本日、松川村へ依頼をお送りしました。
松川村からは、依頼を受けてから10日ほどで浜田様のご住所へ郵送すると回答をいただいています。

確定申告の期限（3月15日）には間に合う見込みですが、2月20日を過ぎても届かない場合は、このメールにご返信ください。こちらから自治体に確認いたします。

ふるさとミライ サポートデスク
永井 俊
"""),
    D("en", "Your donation to [Municipality] has been received", """
Hi Ben,

Thank you for your donation of ¥30,000, received on 14 November. The town will send your gift (Hokkaido scallops, 1 kg) in early December, and the donation receipt will follow by post within about two months.

If you're using the one-stop exception, the application form must reach the town by 10 January next year. You can download it from My Page > Donation history.

Best regards,
Furusato Mirai Support
""", "p"),
]

MAILS = [
    M("ja", "high", "anxious", "決済エラーになったのですが、寄附は完了していますか", """
ふるさとミライ サポート様

先ほど、12月30日の夜に、宮城県の町へ5万円の寄附を申し込みました。
カード決済の画面で「エラーが発生しました」と出たので、もう一度やり直したところ、
今度は完了画面になりましたが、カード会社のアプリを見ると5万円の利用が2件表示されています。

2回分寄附したことになっているのでしょうか。
今年の控除に入れたいので、年内に正しく完了しているかどうかを確認したいのですが、
年末でカード会社にも電話がつながらず、どうしたらいいのか分かりません。

申込番号：FM-2412-88120
小野寺 みゆき
"""),
    M("ja", "high", "angry", "溶けた状態で届いたカニについて（3回目）", """
12月26日に届いた返礼品のズワイガニが、冷凍便のはずなのに常温で、箱の中が水びたしでした。
においもしていて、とても食べられる状態ではありません。

27日に自治体に電話したら「ポータルサイトに連絡してください」と言われ、
こちらにメールしたら「自治体にお問い合わせください」という返信。
昨日もう一度メールしましたが、返事はありません。

29日の親戚の集まりのために選んだ品でした。
箱はまだ玄関に置いてあります。
どちらが対応してくださるのか、今日中にはっきりさせてください。

寄附番号 FM-2412-30418
山内
"""),
    M("ja", "high", "neutral", "掲載ページの寄附金額の誤りについて", """
ふるさとミライ 自治体サポート ご担当者様

いつもお世話になっております。日向台市 ふるさと納税係の岩田です。

本日10時に公開した返礼品「日向台マンゴー 2kg」のページで、寄附金額が30,000円のところ3,000円と表示されていることに気づきました。
確認した時点で、すでに約60件のお申し込みが入っています。

これ以上のお申し込みを止めるため、ページを直ちに非公開にすることはできますでしょうか。
すでに入ったお申し込みの扱いについても、ご相談させてください。
本日中にご連絡をいただけますと幸いです。

日向台市 企画課 ふるさと納税係
岩田 健一
0982-00-1111
"""),
    M("ja", "normal", "neutral", "Fwd: ワンストップの書き方", """
妻から聞かれたのですが、私も分からないので転送します。
回答はこのアドレス宛てで大丈夫です。

宮本 誠

---------- 転送メッセージ ----------
From: 宮本 由香
Date: 2024年12月2日
Subject: ワンストップの書き方

はじめてワンストップ特例を使います。
申請書の「寄附金額」の欄には、1つの自治体に2回寄附した場合、合計額を書けばよいのでしょうか。
それとも1回ごとに別の申請書が必要なのでしょうか。
"""),
    M("ja", "normal", "angry", "返礼品がまだ届きません", """
8月に寄附した桃が、いまだに届いていません。
サイトには「7月下旬〜9月上旬に発送」と書いてありましたが、今日は10月20日です。

もう桃の季節は終わっていると思いますが、来年の夏に届くのでしょうか。
せめて、いつ届くのか、届かないのかだけでも教えていただけますか。

寄附番号 FM-2408-11927
"""),
    M("ja", "normal", "anxious", "上限額を超えて寄附してしまったかもしれません", """
お世話になります。

今年、転職して年収が下がったのに、去年と同じ感覚で寄附を続けてしまい、
シミュレーターで計算し直したら、上限額を4万円ほど超えていそうです。

超えた分はまるまる損になってしまうのでしょうか。
今からでも取り消したり、何かできることはありますか。
家計が苦しいので、どうしたらいいのか不安です。

西村
"""),
    M("ja", "normal", "neutral", "届いてません", """
届いてません
""", terse=True),
    M("ja", "normal", "neutral", "返礼品の配送先変更のお願い", """
ふるさとミライ サポート様

先日、長野県松川村に寄附をした浜田です（寄附番号 FM-2411-50233）。
返礼品のりんごを、自宅ではなく祖母の家に送っていただくことはできますでしょうか。

送り先：〒３９９－３３０１　長野県下伊那郡松川村元大島１２３　浜田 トメ
発送予定は１２月上旬と伺っています。

浜田 裕子
"""),
    M("ja", "low", "positive", "りんごがとてもおいしかったです", """
ふるさとミライの皆様

松川村のりんご、昨日届きました。
蜜がたっぷりで、家族で取り合いになるほどおいしかったです。
同封されていた農家の方の手書きのお手紙にも、温かい気持ちになりました。

もし自治体の方に感想を伝える方法があれば、お礼を伝えていただけるとうれしいです。

浜田
"""),
    M("ja", "low", "neutral", "来年の寄附について", """
来年からサイトでポイントの付与がなくなるという話を聞いたのですが、本当でしょうか。
来年の寄附先を考える参考にしたいだけなので、急ぎではありません。
分かる範囲で教えてください。
"""),
    M("en", "high", "anxious", "Charged three times for one donation - rent payment on the 27th", """
Hello,

I made one donation of ¥120,000 to Hinatadai City on 22 December (donation no. FM-2412-77031). My card statement now shows three charges of ¥120,000, so ¥360,000 in total, and my card is at its limit.

My rent is paid from this card automatically on the 27th, and if it bounces I'll be charged a late fee and it may affect my visa renewal paperwork, which asks for payment history. I don't read Japanese well enough to deal with the card company's phone menu.

Could you check whether the extra two charges are real donations and cancel them?

Thank you,
Lukas Becker
"""),
    M("en", "normal", "angry", "Receipts only in Japanese", """
Hi,

Your website proudly offers an English version, and I appreciate that. It's a pity the English version stops exactly where things get important: the donation receipt, the one-stop form and every email from the municipalities are Japanese only.

I'm not asking for miracles. An English guide to filling in the one-stop form would do. Is that on anyone's list?

Ryan O'Connell
"""),
    M("en", "normal", "neutral", "One-stop form as a foreign resident", """
Hello,

I'm a permanent resident with a My Number card. For the one-stop exception, do I send a copy of the front and back of the card, or is there anything else required for non-Japanese nationals? I donated to two towns this year.

Thanks,
Mei Lin
"""),
    M("en", "normal", "neutral", "where", """
where is my gift
""", terse=True),
    M("en", "low", "positive", "The scallops were amazing", """
Just a note to say the Hokkaido scallops were the best we've ever had - we did them on the barbecue with butter and soy sauce. If the town ever wants a testimonial from a Canadian family in Osaka, we're happy to oblige!

Best,
The Tremblays
"""),
]

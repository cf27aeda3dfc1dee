# magsub = magazine subscription agency (print and digital, gift subscriptions)
from ._h import s, d, m

DOMAIN = "magsub"

SENTS = [
    s("ja", "最新号の発売日がいつになるのかは、出版社からも聞いておりません。", "unknown_without_followup"),
    s("ja", "解約は、次のお届け予定日の10日前までにマイページから手続きしてください。", "imperative"),
    s("ja", "住所変更のご連絡が遅れたのはお客様ですので、旧住所に届いた分については対応いたしかねます。", "condescending", "dismissive"),
    s("ja", "12月号は11月28日に発送し、12月1日までにお届けする予定です。", ),
    s("ja", "バックナンバーの在庫は、あまりございません。", "vague"),
    s("ja", "ご契約内容をお調べするため、お客様番号（8桁）をお知らせいただけますか。", ),
    s("ja", "請求書をよく読んでいただければ、二重請求ではないことはお分かりになると思います。", "condescending"),
    s("ja", "購読料は来年4月号から年額9,600円（現在は8,800円）に改定されますが、3月までにお申し込みの分は現在の料金のままです。", ),
    s("ja", "印刷の不具合は出版社の責任ですので、当社にお問い合わせいただいても困ります。", "dismissive"),
    s("ja", "届いた号が破損していた場合は、写真を撮ってこちらに送付すること。", "imperative", "request_without_reason"),
    s("ja", "破損した号の写真を1枚お送りいただければ、返送は不要で、新しいものを本日中に発送いたします。", ),
    s("ja", "カードは印刷所で刷るため、ギフト購読のメッセージカードの文面を今週中にお知らせいただけますでしょうか。", ),
    s("ja", "デジタル版が開けない原因はまだ特定できておりませんが、明日正午までに調査結果をお知らせします。それまではPDF版をこのメールに添付しておきますので、そちらでお読みいただけます。", ),
    s("en", "Your subscription renews automatically on 1 July at £42 for twelve issues.", ),
    s("en", "Send us a photo of the damaged copy.", "imperative", "request_without_reason"),
    s("en", "Your refund of £14.50 for the two issues we didn't send will reach your card within five working days.", ),
    s("en", "If you'd read the renewal email, you'd have known the price was going up.", "condescending"),
    s("en", "Refunds are processed in due course.", "vague"),
    s("en", "Missing cover gifts are down to the publisher, so there's nothing we can do.", "dismissive"),
]

DRAFTS = [
    d("ja", "定期購読の更新のご案内（1月31日まで）",
      """{name} 様

いつも「月刊 山と渓谷の暮らし」の定期購読をご利用いただき、ありがとうございます。ブックポスト定期便です。
ご契約中の定期購読が、3月号のお届けをもって満了となります。

引き続きご購読いただく場合は、1月31日までにマイページの「更新する」ボタンを押していただくだけで、4月号から12か月分（年額8,800円、送料込み）が自動で継続されます。
更新されない場合は、特にお手続きは必要ございません。

ブックポスト定期便 カスタマーセンター
""", "placeholder_left"),
    d("ja", "ブックポスト定期便からのお知らせ",
      """野口様

いつもブックポスト定期便をご利用いただき、ありがとうございます。
秋の読書シーズンに合わせ、10月から文芸誌・旅行誌を中心に取り扱いタイトルを40誌追加いたしました。
また、マイページのデザインを一新し、お届け予定日がひと目で分かるようになりました。
今後とも、暮らしに寄り添う雑誌選びのお手伝いをしてまいります。

なお、ご登録のクレジットカードの有効期限が今月末で切れるため、11月号の代金が決済できない状態です。11月号を予定どおり10月28日に発送するため、10月25日までにマイページで新しいカード情報をご登録いただけますでしょうか。

ブックポスト定期便 カスタマーセンター 原田
""", "purpose_not_upfront"),
    d("ja", "【お詫び】11月号の付録が入っていなかった件",
      """川村様

ブックポスト定期便の原田でございます。
お届けした「季刊 手しごと」11月号に、付録の型紙が同封されていなかったとのこと、大変申し訳ございません。

確認したところ、出版社から当社倉庫に届いた段階で、一部の冊子の付録が抜け落ちていたことが分かりました。当社の検品でも、付録の有無を確認する工程がございませんでした。
型紙は本日、出版社から取り寄せたものを別送いたしました。明後日にはお届けできる見込みです。
今後は、付録つきの号については入荷時に1冊ずつ付録の有無を確かめてから発送いたします。

ご不便をおかけしましたことを、重ねてお詫び申し上げます。

ブックポスト定期便 カスタマーセンター 原田
"""),
    d("en", "Pausing your subscription from May to August",
      """Hi Mr Novak,

As you asked, your subscription to The Field Naturalist is paused from the May issue to the August issue while you're travelling. Nothing will be sent or charged during that time.

Deliveries restart with the September issue, posted on 25 August. Your renewal date moves from 1 October to 1 February, so you still get all twelve issues you paid for.

If your plans change, just reply to this email and we'll restart sooner.

Best wishes,
Alice
Periodical Hub
"""),
    d("en", "Re: missing tote bag with the March issue",
      """Dear Ms Grant,

Thank you for your email.

The tote bag offer was run by the publisher, not by Periodical Hub, and we have no control over their promotional stock. We are therefore unable to help with missing gifts.

Your March issue was dispatched on 24 February as normal.

Kind regards,
Periodical Hub Customer Service
""", "dismissive"),
]

MAILS = [
    m("ja", "他の方の請求書が同封されていました",
      """ブックポスト定期便 御中

本日届いた１２月号の封筒に、私の請求書と一緒に、まったく知らない方の請求書が入っていました。
お名前、ご住所、電話番号、購読している雑誌名まで全部書いてあります。
ということは、私の請求書もどこか別の方のところに届いているのではないでしょうか。
住所を知らない人に知られていると思うと落ち着きません。
どういう状況なのか、今日中に教えてください。入っていた請求書はどうすればいいでしょうか。

杉本""", "high", "anxious"),
    m("ja", "解約したのにまだ引き落とされています",
      """ブックポスト定期便 ご担当者様

5月に電話で解約手続きをしました（担当の方のお名前も控えています）。
ところが6月、7月、8月と毎月4,400円が口座から引き落とされ続けています。
6月末と7月末にメールで問い合わせましたが、自動返信が届いただけで、その後は何の連絡もありません。

合計13,200円です。次の引き落とし日は今月27日です。
それまでに止めていただけないなら、消費生活センターに相談するつもりです。

岩崎 真理子
お客様番号 30448812""", "high", "angry"),
    m("ja", "身に覚えのない申し込みが5件あります",
      """お世話になります。
本日カード会社の明細を確認したところ、御社の定期購読の申し込みが５件、合計３万円あまり計上されていました。
私が申し込んだのは「月刊　園芸ライフ」１誌だけです。
カードの不正利用の可能性もあるので、カード会社にも連絡するつもりですが、御社側でも残りの４件の申し込みを止めていただけますか。
明日が締め日なので、本日中に対応していただけると助かります。

戸田　恭子
登録メール：toda.k@example.jp""", "high", "neutral"),
    m("ja", "住所変更",
      """お世話になっております。
来月１５日に引っ越しをするため、お届け先の変更をお願いします。
新住所：〒１８０-０００４　東京都武蔵野市吉祥寺本町３-１２-５　グリーンハイツ２０１
１月号から新住所でお願いできればと思います。

吉田　純""", "normal", "neutral"),
    m("ja", "また付録が入っていません",
      """ブックポスト様

「季刊 手しごと」の付録がまた入っていませんでした。これで今年２回目です。
付録目当てで定期購読しているので、付録が入っていないなら書店で買ったほうがましですね。
毎回こちらから連絡しないと送っていただけないのでしょうか。

川村""", "normal", "angry"),
    m("ja", "父の契約内容を確認したいです",
      """はじめてご連絡いたします。
８０歳になる父が、御社で雑誌の定期購読をしているようなのですが、本人がいくつ契約しているか覚えていません。
最近、家に届く郵便物が増えていて、ほかにもいろいろな契約をしているのではないかと家族で心配しています。
家族から契約内容を確認することはできますか。
必要な書類があれば教えてください。

三浦（長女）""", "normal", "anxious"),
    m("ja", "届いてない",
      """また届いてないんですけど。どうなってるんですか""", "normal", "angry", True),
    m("ja", "ギフト購読について",
      """はじめまして。
母の誕生日（３月）に、料理雑誌の１年分の定期購読をプレゼントしたいと考えています。
請求書は私宛てにして、母の住所に直接届けてもらうことはできますか？
メッセージカードを付けられるかどうかも知りたいです。

石田""", "normal", "neutral"),
    m("ja", "毎月楽しみにしています",
      """ブックポスト定期便の皆さま

「月刊　園芸ライフ」を購読して３年になります。
毎月きちんと発売日に届くので、ポストを開けるのが楽しみです。
先月は雨の日でしたが、ビニールで包んであって濡れずに済みました。細かな気づかいに感謝しています。
これからもよろしくお願いします。

戸田""", "low", "positive"),
    m("ja", "梱包材について（返信不要です）",
      """いつもありがとうございます。
ひとつご提案なのですが、雑誌を包んでいるビニールを紙の封筒に変えていただけると、ごみが減ってうれしいです。
雨の日のことを考えると難しいのかもしれませんが、ご検討いただければ。
お返事はいりません。

本田""", "low", "neutral"),
    m("en", "Cancelled in January, charged £180 in March",
      """Hello,

I cancelled my subscription on 9 January and received a confirmation email (reference PH-77120), which I've attached again.

On 1 March you took £180 from my card for an annual renewal. I wrote on 3 March and 10 March and got nothing but an automated reply.

I'd like the £180 refunded. If I don't have a proper response by Friday I'll ask my bank to reverse the payment.

Kind regards,
Diane Foster""", "high", "angry"),
    m("en", "Someone has changed my account details",
      """Hi,

I just got an email from you saying my delivery address and email address had been "successfully updated". I didn't change anything. When I try to log in, my password doesn't work any more.

My card is saved on that account. I'm worried someone is using it right now. What should I do, and can you lock the account?

Thanks,
Ben Oduya""", "high", "anxious"),
    m("en", "Pause while I'm away",
      """Hi there,

I'll be travelling from May to August. Is it possible to pause my Field Naturalist subscription for those months rather than cancel it?

Thanks,
Peter Novak""", "normal", "neutral"),
    m("en", "Damaged issue",
      """Hello, the April issue of Gardeners' Quarterly arrived with the cover torn and several pages creased - looks like it got wet. Could you send another copy? Subscriber no. 88213. Thanks, June""", "normal", "neutral"),
    m("en", "Love the new layout",
      """Just a quick note to say the redesigned Field Naturalist is gorgeous - the bigger photos are a real treat. No need to reply!

Alex""", "low", "positive"),
]

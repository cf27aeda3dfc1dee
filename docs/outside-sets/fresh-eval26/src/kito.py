# kito = shrine/temple ceremony booking office (prayers, groundbreaking rites, memorial services)
from ._h import s, d, m

DOMAIN = "kito"

SENTS = [
    s("ja", "初穂料は、お一人のご祈祷が5,000円、ご家族でのご祈祷が10,000円です。", ),
    s("ja", "地鎮祭の日取りは、六曜も含めてご自身でよく調べてから決めなさい。", "imperative", "condescending"),
    s("ja", "当日遅れて来られてご祈祷をお受けになれなくても、当方では責任を負いかねます。", "condescending"),
    s("ja", "ご祈祷の受付は9時から16時までで、所要時間は約20分です。", ),
    s("ja", "お子様のお名前の読み仮名を、申込書にご記入いただけますか。", "request_without_reason"),
    s("ja", "祝詞の中でお名前を読み上げますので、読み仮名もあわせてお知らせいただけますと幸いです。", ),
    s("ja", "当日の駐車場の混み具合については、こちらではわかりかねます。", "unknown_without_followup"),
    s("ja", "お守りの郵送は受け付けておりませんので、その件でこれ以上お問い合わせいただかなくて結構です。", "dismissive"),
    s("ja", "申込書は楷書で書いてください。", "imperative", "request_without_reason"),
    s("ja", "11月9日（土）10時30分のご予約を承りました。受付で初穂料をお納めいただくため、15分ほど早めにお越しいただけますと安心です。", ),
    s("ja", "法要のお布施の額は、お気持ちで結構です。", "vague"),
    s("ja", "お札を年内にお送りできるかどうかは、今のところ何とも言えません。", "unknown_without_followup"),
    s("ja", "雨天でも地鎮祭は予定どおり執り行いますので、テントの設営だけ施工会社様でご手配をお願いいたします。", ),
    s("en", "Arrive fifteen minutes early.", "imperative", "request_without_reason"),
    s("en", "The offering for a memorial service is whatever you feel is appropriate.", "vague"),
    s("en", "We cannot tell you whether photography will be allowed on the day.", "unknown_without_followup"),
    s("en", "Most visitors manage to find the main gate without needing directions.", "condescending"),
    s("en", "The purification ceremony on 12 April starts at 11:00 and lasts about 25 minutes; the offering is ¥10,000 per family.", ),
    s("en", "Since the priest reads each name aloud, could you send us the names with their pronunciation?", ),
    s("en", "I'm afraid we can't post amulets overseas, but the Kyoto Tourist Information Centre does, and I've attached their order form.", ),
]

DRAFTS = [
    d("ja", "地鎮祭のご予約確認（3月15日 10時）",
      """株式会社丸山工務店 △△様

白鷺神社 社務所でございます。
このたびは地鎮祭のご用命をいただき、ありがとうございます。下記の内容でご予約を承りました。

日時：3月15日（土）10時〜10時40分
場所：藤沢市鵠沼海岸3丁目 ご新築予定地
初穂料：30,000円（当日、神職にお納めください）
お供え物：神社でご用意いたします（別途10,000円）

テントと椅子は施工会社様でご準備いただいております。内容に誤りがございましたら、3月10日までにご連絡ください。

白鷺神社 社務所 宮田
""", "placeholder_left"),
    d("ja", "七五三ご祈祷の出欠確認のお願い（11月2日まで）",
      """佐々木様

白鷺神社 社務所の宮田でございます。
11月16日（土）11時の七五三ご祈祷について、ご参列の人数を確認させていただきたく、ご連絡いたしました。
昇殿いただける人数に限りがあり、席を用意するためです。

添付の確認票で、ご参列になる方の欄に〇をつけて、11月2日までにご返信いただけますでしょうか。
お写真の撮影は境内のどこでも自由にしていただけますが、本殿の中のみご遠慮いただいております。

ご不明な点がございましたら、社務所（0466-22-3310、9時〜16時）までお気軽にお問い合わせください。

白鷺神社 社務所 宮田
"""),
    d("ja", "お札の発送についてのお詫び",
      """岡田様

白鷺神社 社務所の宮田でございます。
ご依頼いただいた家内安全のお札を、お約束の12月20日までにお送りできず、誠に申し訳ございませんでした。

本日、お札を速達でお送りいたしました。明日23日にはお手元に届く予定です。送料は神社にて負担いたします。
今後は、郵送のご依頼をお受けした時点で発送日を台帳に記入し、毎朝その日の発送分を二人で確認いたします。

年の瀬のお忙しい時期にご心配をおかけいたしました。

白鷺神社 社務所 宮田
""", "apology_incomplete"),
    d("ja", "厄除けご祈祷の日程変更を承りました",
      """中川様

白鷺神社 社務所でございます。
ご連絡いただいた厄除けのご祈祷について、2月8日（土）14時から2月15日（土）14時への変更を承りました。

初穂料（5,000円）は当日受付でお納めいただく形のまま変更ございません。
当日は本殿横の受付にお越しいただき、お名前をお伝えください。

白鷺神社 社務所 宮田
"""),
    d("en", "Your memorial service on Sunday 20 October",
      """Dear Ms Tanaka-Reid,

Thank you for asking us to hold a memorial service for your grandmother, Fumiko Tanaka. This email confirms the details.

Date and time: Sunday 20 October, 10:00 to about 10:45
Place: Main hall, Jōkō-ji Temple (10 minutes' walk from Demachiyanagi Station)
Offering: ¥30,000, which can be paid in cash on the day

The chief priest will chant in Japanese and then say a few words in English. Family members may offer incense one by one, and we'll show everyone how before the service begins.

If more than ten people are coming, please let us know by 15 October so we can set out enough cushions and chairs.

With respect,
Kaori Matsuda
Temple office, Jōkō-ji
"""),
    d("en", "Booking confirmed: house blessing",
      """Dear Mr Andersen,

Thank you for booking a house blessing with Jōkō-ji. Our priest will visit your new home on [DATE] at 10:00. The blessing takes about 30 minutes and the offering is ¥20,000.

You don't need to prepare anything special. A small table near the entrance is helpful, as the priest will set out a portable altar on it.

With respect,
Kaori Matsuda
Temple office, Jōkō-ji
""", "placeholder_left"),
]

MAILS = [
    m("ja", "今週土曜の地鎮祭の件（丸山工務店）",
      """白鷺神社　社務所　宮田様

丸山工務店の丸山です。いつもお世話になっております。
今週土曜（15日）10時の地鎮祭ですが、先月電話でお願いした際に「後日確認の書面を送ります」と伺ったきり、まだ何も届いておりません。
施主様ご家族と近隣の方、合わせて30名ほどにすでにご案内済みで、テントの手配も終わっています。
当日神職の方に来ていただけるのか、念のため確認させてください。
もし予約が入っていなかったらと思うと、施主様に何とお詫びすればよいか…。
明日中にお電話かメールでお返事をいただけますと幸いです。

丸山工務店　丸山
TEL 0466-31-0092""", "high", "anxious"),
    m("ja", "七五三当日に受付してもらえなかった件",
      """社務所御中

11月3日に七五三のご祈祷を予約していた佐藤です。
当日、着物を着せて祖父母も連れて伺ったところ、「その時間の予約は入っていない」と言われ、結局ご祈祷を受けられませんでした。
予約の電話をしたときの日時と担当の方のお名前もメモしてあります。

その日のうちに電話でお伝えし、翌週にはメールも送りましたが、どちらも返事がありません。
着付けとヘアセットの費用もかかっていますし、子どもも楽しみにしていたのに、このまま何もなかったことにされるのでしょうか。
きちんとしたご説明をお願いします。

佐藤""", "high", "angry"),
    m("ja", "お宮参りの申込内容の訂正",
      """白鷺神社さま

明後日（日）１１時にお宮参りを予約している井上です。
予約フォームで、娘の名前の漢字を間違えて送っていたことに今気づきました。
×　井上　結奈
○　井上　結菜
ご祈祷の祝詞と授与品に名前が入ると伺ったので、当日までに直していただけますでしょうか。
お手数をおかけして申し訳ありません。

井上""", "high", "neutral"),
    m("ja", "厄払いの予約について",
      """はじめて連絡いたします。
来年が本厄なので、２月中に厄払いのご祈祷をお願いしたいと思っています。
土日で空いている日はありますか。夫婦２人で伺う予定です。
よろしくお願いいたします。

中川""", "normal", "neutral"),
    m("ja", "電話口での言い方について",
      """昨日、お守りの郵送について電話でお聞きした者です。
対応された方に「そんなことは普通しません」と笑いながら言われました。
遠方に住む親に送りたかっただけなのですが、神社の方にあのような言い方をされるとは思いませんでした。
郵送ができないならできないで構いません。言い方の問題です。

後藤""", "normal", "angry"),
    m("ja", "喪中の七五三について",
      """お忙しいところ失礼いたします。
今年の夏に祖父が亡くなり、家族は喪中です。
11月に娘の七五三のご祈祷をお願いするつもりでしたが、喪中にお参りしてよいものか、親戚に言われて急に不安になりました。
もし控えたほうがよいなら、時期をずらすことも考えています。
どのように考えればよいか、教えていただけますでしょうか。

木村""", "normal", "anxious"),
    m("ja", "予約",
      """予約したいです""", "normal", "neutral", True),
    m("ja", "商売繁盛祈願　参列者変更のご連絡",
      """白鷺神社　社務所御中

いつもお世話になっております。株式会社湘南フーズ総務部の青木でございます。
１月１０日（金）１４時に予約しております商売繁盛祈願ですが、参列者が８名から１２名に増えることになりました。
初穂料に変更がございましたらお知らせください。
また、社用車２台で伺う予定ですが、駐車は可能でしょうか。

何卒よろしくお願い申し上げます。

株式会社湘南フーズ　総務部　青木""", "normal", "neutral"),
    m("ja", "七五三のお礼",
      """白鷺神社の皆さま

先日は息子の七五三のご祈祷をありがとうございました。
神主さんが、緊張していた息子に優しく声をかけてくださり、最後まで泣かずにいられました。
境内の紅葉もきれいで、家族みんなのよい思い出になりました。
また初詣にお伺いします。

佐々木""", "low", "positive"),
    m("ja", "御朱印帳について",
      """こんにちは。
次にお参りするときに御朱印帳を購入したいと思っています。
色や柄は何種類くらいありますか？
特に日にちは決めていないので、お手すきのときに教えていただければ大丈夫です。""", "low", "neutral"),
    m("en", "Grandmother's memorial on Sunday - we received a cancellation email?",
      """Dear Jōkō-ji office,

My family and I are flying in from Vancouver tomorrow for my grandmother's memorial service at your temple this Sunday at 10:00. Nine of us are coming, including my 84-year-old grandfather.

An hour ago I received an automated email saying "Your reservation has been cancelled." I did not cancel anything. I've tried phoning but it's the middle of the night in Kyoto.

Please can you confirm whether the service is still going ahead? We board in about twelve hours.

Emi Tanaka-Reid""", "high", "anxious"),
    m("en", "Deposit refund - third request",
      """Hello,

In June we paid a ¥50,000 deposit for a blessing ceremony on 14 September. On 2 August your office emailed to say the main hall would be under repair and the ceremony was cancelled. Fine, these things happen.

I asked for the deposit back on 2 August, again on 19 August, and again on 1 September. Not one reply. It's a lot of money for us and it's starting to feel like you're hoping we'll give up.

Please confirm when the refund will be sent.

Lars Andersen""", "high", "angry"),
    m("en", "What to wear?",
      """Hi,

We have a family purification ceremony booked for 12 April. Is there a dress code? Would smart casual be OK, or should we wear something darker?

Many thanks,
Olivia""", "normal", "neutral"),
    m("en", "Nervous about doing it wrong",
      """Hello,

I'm British and my late husband was Japanese. I'd like to arrange a memorial service for him at the temple next spring, but I know almost nothing about what happens and I'm quite worried about getting the etiquette wrong in front of his relatives.

Is there someone who could explain the steps to me in English, or something I could read beforehand?

With thanks,
Margaret Ishida""", "normal", "anxious"),
    m("en", "Photos of the service",
      """Dear Ms Matsuda,

Could you tell us whether the temple allows family photos to be shared online if other visitors appear in the background? We'd like to make an album for relatives abroad, but there's no hurry; we'll put it together over the next few months.

Best regards,
Emi""", "low", "neutral"),
]

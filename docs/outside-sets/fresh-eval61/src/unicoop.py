# unicoop = university co-operative (大学生協): textbooks, meal plans, student insurance, travel desk, PCs
from _h import s, d, m

DOMAIN = "unicoop"

SENTENCES = [
    s("ja", "教科書の予約期間は終わっておりますので、あとはご自分で書店を回って探していただくしかございません。", "D"),
    s("ja", "新入生向けのパソコンは、大学の授業で使うソフトの動作確認が済んだ機種だけを扱っています。ほかのお店で買われたパソコンでも、4月の設定会には参加していただけます。"),
    s("ja", "保護者の方がそこまでご心配なさらなくても、学生さんご本人で十分できる手続きです。", "CD"),
    s("ja", "ミールカードの残高は、学生証を持って食堂のレジで確認すること。", "I"),
    s("ja", "出資金の返還の時期は毎年理事会で決めておりまして、今年の分はまだこちらにも知らされておりません。", "U"),
    s("ja", "出資金は、卒業年度の3月に返還のご案内を郵送し、5月末までに口座へお振り込みします。"),
    s("ja", "下宿のご紹介はいたしましたが、退去時の敷金のもめごとにつきましては当組合では責任を持てません。", "D"),
    s("ja", "申込書に押印して返送してください。", "IR"),
    s("ja", "ご注文の専門書は、出版社の在庫によってはお取り寄せに日数がかかることもございます。", "V"),
    s("ja", "卒業証明書は大学の窓口でしか発行できないため、生協ではお受けできません。事務棟1階の学務課で、平日9時から16時半まで即日発行しています。"),
    s("ja", "旅行センターで手配した航空券の変更ができるかどうかは、航空会社の判断になるため何とも申し上げられません。", "U"),
    s("ja", "学生証の写しを、申込書と一緒にお送りいただけますか。", "R"),
    s("ja", "ご注文の教科書3冊は、4月8日（月）から書籍部のレジでお渡しできます。"),
    s("ja", "ミールカードの残高は、生協アプリのトップ画面でいつでもご確認いただけます。"),
    s("ja", "パソコンの初期設定はご自身では難しいと思いますので、設定会への参加を強くおすすめします。", "C"),

    s("en", "Textbooks that have been written in can't be returned for a full refund, because we resell returns to other students; we can still buy them back at the end of term for 30% of the price."),
    s("en", "Would you mind bringing your student ID and the original receipt to the bookshop counter rather than the café till?", "R"),
    s("en", "The lab coats will be back in stock before too long.", "V"),
    s("en", "Thank you for sharing your views on the café's opening hours; we've noted them.", "D"),
    s("en", "The laptop insurance covers accidental damage anywhere in the world, spilled coffee included, and the £50 excess is the only thing you'd pay."),
    s("en", "We don't know yet whether the bookshop can stay open during the library works, because the university hasn't confirmed the schedule; we'll post the answer on the co-op website on 3 March."),
]

DRAFTS = [
    d("ja", "生協からのお知らせ",
      """新入生の保護者の皆様

このたびはご入学おめでとうございます。みなみ大学生活協同組合です。
生協では、4月から購買部を改装し、文房具や日用品の品ぞろえを大幅に増やしました。
食堂では、朝8時から100円の朝食を提供しており、学生さんの生活リズムづくりにお役立ていただいております。
また、新学期限定で、書籍部の教科書を5%引きでご購入いただけるクーポンを同封しております。

なお、学生総合共済にお申し込みいただいた方のうち、約40名の方の申込書に、保護者の方のご署名が抜けておりました。
ご署名がないと、4月1日からの保障が始まりません。該当する方には赤い封筒で申込書をお返ししておりますので、
ご署名のうえ3月25日必着でご返送いただけますでしょうか。

みなみ大学生活協同組合
""", "F"),
    d("ja", "教科書の配送誤りについてのお詫び",
      """経済学部1年 原田 悠真 様

みなみ大学生協 書籍部の今村です。
3月28日にお届けした教科書のセットに、ご注文の「ミクロ経済学入門」ではなく、別の学部の「マクロ経済学入門」が入っておりました。
授業の準備をされている時期に、ご迷惑をおかけして申し訳ございません。

セットを箱詰めする際、書名の似た2冊を同じ棚に並べていたため、作業者が取り違えたことが原因です。
正しい本は本日速達で発送し、明日の午前中に届きます。間違ってお届けした本は、同封の伝票で着払いにてご返送いただくか、4月の授業開始後に書籍部のレジへお持ちいただければ結構です。

今後は、書名の似た本を離れた棚に置き、箱詰めの後にバーコードで注文と照合してから発送いたします。

みなみ大学生協 書籍部 今村
"""),
    d("ja", "【3月20日（水）お届け】ご注文の新入生パソコンの配送日のお知らせ",
      """工学部 新入生 中村 陽太 様

このたびはご入学おめでとうございます。みなみ大学生協 パソコン窓口です。
新生活の準備でお忙しい時期かと存じます。大学のキャンパスも、春休みの間に図書館の改装が終わり、新入生の皆さんを迎える準備が整いつつあります。

ご注文いただいた新入生向けパソコンを、3月20日（水）の午前中にご実家へお届けします。

受け取りの際は、箱を開けずに保管しておいていただけますでしょうか。
4月3日の設定会で、生協の担当者と一緒に開封し、大学のネットワークの設定と授業で使うソフトの導入を行います。先に電源を入れてしまうと、一部のソフトの設定をやり直すことになり、当日の作業が30分ほど長くなります。

配送日のご都合が悪い場合は、3月15日までにこのメールにご返信ください。

みなみ大学生協 パソコン窓口
"""),

    d("en", "Your laptop insurance claim: what happens next",
      """Hi Lucas,

Thanks for reporting the coffee spill on your laptop. You're covered, and here's what happens next:

1. You can bring the laptop to the co-op service desk (Student Union, ground floor) any weekday between 10:00 and 16:00; there's no need to book.
2. We send it to the repairer the same day. Repairs take 5–7 working days; if it can't be repaired, we replace it with the same model.
3. While it's away, we'll lend you a laptop for free so you can keep up with coursework.

The only cost to you is the £50 excess, which you can pay at the desk by card.

Best,
Harriet
Co-op Insurance Desk
"""),
]

MAILS = [
    m("ja", "息子の入院と共済の手続きについて",
      """みなみ大学生協 共済ご担当者様

経済学部１年 原田悠真の母です。
息子が昨日、自転車で通学中に転倒し、鎖骨を骨折して大学病院に入院しました。
一人暮らしで、私は今、新幹線で向かっているところです。
病院からは、明後日の退院の日に入院費を精算するよう言われています。
学生総合共済に入っているはずなのですが、何をどこに出せばよいのか、退院までに間に合うのかが分かりません。

原田 恵子
０９０－５５５５－０２７１
""", "high", "anxious"),
    m("ja", "Re: パソコンがまだ届きません（２回目）",
      """パソコン窓口 御中

３月１５日にも問い合わせましたが、お返事をいただけていません。
２月に注文した新入生パソコンが、まだ届いていません。配送日のお知らせもありません。
授業は来週月曜日（４月８日）から始まり、初回からパソコンを使うと言われています。
ほかの新入生にはもう届いているようです。
注文が通っているのかどうかだけでも、今日中に教えてください。

工学部１年 中村 陽太
""", "high", "angry"),
    m("ja", "明日の帰国便の名前について",
      """生協 旅行センター 様

大学院の留学生のグエン・ティ・ランです。
旅行センターで予約していただいた明日の１４時のハノイ行きの便ですが、
さっき届いたeチケットの名前が「NGUYEN THI LAN」ではなく「NGUYEN THI LANG」になっていました。
パスポートと違うと乗れないと聞いたことがあります。
明日は朝１０時には空港に向かいます。直していただけますか。

Nguyen Thi Lan
""", "high", "neutral"),
    m("ja", "教科書の買い取りについて",
      """生協書籍部 様
前期に使った教科書を売りたいのですが、買い取りはいつ頃やっていますか。
書き込みがある本も買い取ってもらえますか。

文学部２年 岡本
""", "normal", "neutral"),
    m("ja", "食堂の値上げについて",
      """食堂の日替わり定食が、この春から３８０円から４６０円になりました。
ご飯の量は減ったように見えますが、きっと気のせいなのでしょう。
学生の生活を支えるための生協だと、入学の時の説明会で聞いた気がするのですが、これも気のせいでしょうか。
値上げの理由を、学生にも分かるように説明していただけると嬉しいです。

理学部３年 ある組合員
""", "normal", "angry"),
    m("ja", "下宿探しについて",
      """来月、娘の合格発表があります（合格していれば、春からそちらの大学に通います）。
地方から出てくるため、下宿を探さなければならないのですが、
ネットで「学生向け物件の詐欺」のような話を見て、不安になっています。
生協で紹介している物件は、どのような確認をされているのでしょうか。
合格発表の後、いつ頃から動けばいいのかも教えていただけると助かります。

遠藤 早苗
""", "normal", "anxious"),
    m("ja", "PC", "注文したPCまだ届かないんですけど？？", "normal", "angry", True),
    m("ja", "出資金について",
      """来月卒業します。
入学時に払った出資金は、卒業したらどうすれば返ってきますか？
手続きが必要なら、卒業式までに済ませておきたいです。

教育学部４年 藤原
""", "normal", "neutral"),
    m("ja", "共済の地震被害の保障について",
      """学生総合共済に入っています。
アパートの火災や地震で家財が壊れた場合も保障されるのでしょうか。
今のところ何の被害もなく、来年の更新のときの参考にしたいだけなので、お急ぎいただかなくて大丈夫です。

法学部２年 坂本
""", "low", "neutral"),
    m("ja", "卒業生より",
      """昨年卒業した者です。
在学中、食堂の「１００円朝食」に本当に助けられました。
今の学生さんのためにも、ぜひ続けてください。
特に返信は不要です。

２０２３年 理学部卒 今井
""", "low", "positive"),

    m("en", "Insurance certificate for my visa",
      """Hello,

I'm an international student (MSc Chemistry, student no. 23-11872). My visa extension appointment is on Thursday at 10 am and I must bring proof that I have health insurance until at least next September.

I bought the co-op student insurance in October and was told the certificate would be emailed, but it never arrived. If I don't have it on Thursday the appointment will be cancelled, and the next available one is after my current visa expires.

Could you send it, or anything else the immigration office will accept?

Thank you,
Wei Zhang
""", "high", "anxious"),
    m("en", "Book buyback offer",
      """You're offering me £4 for a textbook I bought from you in September for £62. It's in perfect condition and it's on this year's reading list.

So you'll buy it for £4 and sell it to a first-year for what, £50? Explain to me how that's a co-operative.

Sam Rowe
""", "normal", "angry"),
    m("en", "Meal plan top-up",
      """Hi, can I top up my meal plan from my parents' card, or does it have to be in my name? Thanks, Holly
""", "normal", "neutral"),
    m("en", "Laptop repair time",
      """Hello,

My laptop's screen has a line down the middle. It's under the co-op warranty. How long do repairs usually take? I've got coursework due in three weeks and want to know whether to hand it in now or after the deadline.

Thanks,
Leo
""", "normal", "neutral"),
    m("en", "Thanks from a graduate",
      """Hi all,

I graduated in July and wanted to say thanks for four years of help, especially the bookshop staff who always found the cheapest second-hand copies. No need to reply!

Nadia
""", "low", "positive"),
]

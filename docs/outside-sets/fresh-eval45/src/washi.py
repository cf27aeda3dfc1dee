# washi = handmade Japanese paper workshop (楮屋 / Kozoya), customers: artists, conservators, shoji fitters, schools
from common import s, d, m

DOMAIN = "washi"

SENTENCES = [
    s("ja", "手漉きのため、厚みには1枚あたり±0.02mm程度の差が出ます。"),
    s("ja", "大判の楮紙は乾燥に時間がかかるため、しばらくお待たせすることになります。", ["vague"]),
    s("ja", "修復にお使いになるのでしたら、もう少し勉強されてからご注文なさったほうがよろしいかと存じます。", ["condescending"]),
    s("ja", "見本帳を郵送いたしますので、ご住所をお知らせいただけますか。"),
    s("ja", "染めムラが出た原因については、正直なところわかりません。", ["unknown_without_followup"]),
    s("ja", "障子の張り方は、動画サイトでも見て覚えてください。", ["dismissive", "imperative"]),
    s("ja", "注文書の記入漏れが多いので、次からはよく確認してから送ってください。", ["condescending", "imperative"]),
    s("ja", "お見積もりを作成するため、必要な寸法と枚数を教えていただけますか。"),
    s("ja", "お送りしたサンプルを返送していただけますか。", ["request_without_reason"]),
    s("ja", "卒業証書用の紙を3月上旬に出荷するため、2月10日までに正式なご発注をお願いいたします。"),
    s("ja", "雁皮紙の次回の入荷時期は未定です。", ["unknown_without_followup"]),
    s("ja", "100枚以上のご注文は1割引きとなり、1枚630円でお受けしています。"),
    s("ja", "裏打ち用の薄美濃紙は、本日午後に在庫を確認したところ120枚ございました。"),
    s("en", "Handmade paper isn't meant for inkjet printers, which is something most people know.", ["condescending"]),
    s("en", "Please send us the sheet sizes, so we can check that they fit on our largest mould."),
    s("en", "Don't iron the sheets; the heat flattens the fibres and the texture won't come back.", ["imperative"]),
    s("en", "Kozo sheets in 60 × 90 cm are in stock and can ship tomorrow."),
    s("en", "Delivery overseas usually takes a while.", ["vague"]),
    s("en", "We're not sure which glue would suit your restoration, so we've asked our conservator and will email you her advice by Wednesday."),
    s("en", "What happens to the paper after it leaves our studio is not our concern.", ["dismissive"]),
]

DRAFTS = [
    d("ja", "卒業証書用紙のお見積もり",
      "[学校名]\n[ご担当者名]様\n\nお世話になっております。楮屋の今井です。\n"
      "卒業証書用の手漉き和紙（B4判、透かし入り）のお見積もりをお送りいたします。\n\n"
      "・250枚：187,500円（税込）\n・透かし型の製作費：33,000円（初回のみ）\n\n"
      "透かし型の製作に3週間かかりますので、3月の卒業式に間に合わせるには1月末までのご発注をお願いいたします。\n\n楮屋 今井\n",
      ["placeholder_left"]),
    d("ja", "修復用紙のご相談について",
      "国立文化財研究センター\n保存修復室　長谷川様\n\n楮屋の今井でございます。\n"
      "お問い合わせの巻子本の裏打ち用紙について、ご希望の厚さ（0.04mm）で漉けることを確認いたしました。\n"
      "試し漉きの紙を5枚、明日発送いたしますので、実際の作業で相性をお確かめいただけますでしょうか。\n"
      "結果をうかがってから、本漉きの枚数と納期（試し漉き確認後およそ3週間）を確定いたします。\n\n"
      "楮屋 今井 洋平\nTEL 0575-55-0188\n"),
    d("ja", "ご注文品の発送予定について",
      "原様\n\n楮屋の今井です。\nご注文いただいた染め和紙30枚の発送予定をお知らせいたします。\n"
      "梅雨の時期で染めた紙の乾燥に時間がかかっており、発送は近いうちになる見込みです。\n"
      "発送いたしましたら、追跡番号をメールでお送りします。\n\n楮屋 今井\n",
      ["vague"]),
    d("en", "Your order of kozo paper for the spring workshop",
      "Hi Emma,\n\nThanks again for choosing our paper for your printmaking workshop.\n\n"
      "Spring is a lovely season here in Mino; the river is high with snowmelt, which is wonderful for papermaking, "
      "and we've just finished a new drying shed. Our apprentice, Yui, made her first sheets of gampi last week too.\n\n"
      "We also wanted to mention that we're switching to plastic-free packing this year.\n\n"
      "Oh, and one thing: the 40 sheets you ordered in 'natural white' are out of stock, so if you'd like to switch to 'cream' instead, please let us know by Friday, otherwise we can only ship in May.\n\n"
      "Best,\nYohei Imai\nKozoya\n",
      ["purpose_not_upfront"]),
]

MAILS = [
    m("ja", "展示作品の紙が届いていません",
      "楮屋さま\n\n来週火曜から銀座のギャラリーで個展があり、そのための大判和紙（90×180）を10枚注文しました。\n"
      "先月の時点で「今月10日発送」と伺っていたのですが、まだ届いていません。\n"
      "これから制作して表装に出す時間を考えると、今週中に手元にないと展示に間に合いません。\n"
      "どうなっているのか、教えていただけますか。\n\n日本画 三浦 沙織\n",
      "high", "anxious"),
    m("ja", "Re: Re: Re: 卒業証書用紙の件",
      "今井様\n\n先週からこの件で3回メールしていますが、まだ透かしの校正が届いていません。\n"
      "卒業式の日程は変えられないことは最初にお伝えしたとおりです。\n"
      "このまま返事がなければ、別の業者に切り替えることも検討せざるを得ません。\n\n"
      "> 校正は今週中にお送りする予定です。\n\n市立第二中学校　教頭　石田\n",
      "high", "angry"),
    m("ja", "修復用の紙について",
      "楮屋　今井様\n\n保存修復室の長谷川です。\n先日いただいた試し漉きの紙で作業を始めたところ、\n予定より損傷が広がっている箇所が見つかりました。"
      "このままでは湿気の多い時期に入る前に処置を終えられず、料紙がさらに傷むおそれがあります。\n"
      "同じ紙をあと20枚、今月中にいただくことは可能でしょうか。\n\n国立文化財研究センター 長谷川\n",
      "high", "neutral"),
    m("ja", "障子紙の選び方",
      "はじめまして。古い家の障子を自分で張り替えようと思っています。\n"
      "破れにくいものと、光がきれいに透けるものだと、どちらがおすすめですか？\n猫がいるので破られないか心配です。\n"
      "サイズは幅94cmのロールで大丈夫でしょうか。\n\n野村\n",
      "normal", "neutral"),
    m("ja", "届いた紙が折れていました",
      "注文したのは平判の紙なのに、筒に丸めて送られてきて、\n開けたら角が3か所も折れていました。\n"
      "作品用に使うつもりだったので、これでは使えません。\n普通、平判の紙は平らなまま送るものではないのですか。\n交換してください。\n\n"
      "岡田\n",
      "normal", "angry"),
    m("ja", "インクジェットで印刷できますか",
      "楮屋　ご担当者様\n\n結婚式の招待状を御社の和紙で作りたいと考えています。\n家庭用のインクジェットプリンターで印刷できるでしょうか。\n"
      "紙詰まりしたり、にじんだりしないか不安で、式の準備がうまく進むか心配です。\n"
      "おすすめの厚さがあれば教えてください。\n\n吉田 あかね\n",
      "normal", "anxious"),
    m("ja", "紙", "あの紙ってまだありますか？\n", "normal", "neutral", True),
    m("ja", "請求書の送付先変更のお願い",
      "楮屋　御中\n\nいつもお世話になっております。株式会社和光表具の経理担当、村上です。\n"
      "４月から経理部門が移転しましたので、今後の請求書は下記の住所へお送りいただけますでしょうか。\n\n"
      "〒500-8833　岐阜市神田町2-5　和光ビル3F\n\n村上\n",
      "normal", "neutral"),
    m("ja", "工房見学のお礼",
      "今井様\n\n先日は工房を見せていただき、ありがとうございました。\n紙漉きの音と水の冷たさが忘れられません。生徒たちも目を輝かせていました。\n"
      "また機会があればぜひお願いします。\n\n美術部顧問 内田\n",
      "low", "positive"),
    m("ja", "来年度の予定について",
      "楮屋さん\n\n来年度も和紙の卒業証書を考えています。\n予算の申請が秋なので、それまでにざっくりした金額がわかれば十分です。\n"
      "急ぐ話ではないので、忙しくない時期にお返事ください。\n\n市立第二中学校 石田\n",
      "low", "neutral"),
    m("en", "Conservation job on hold",
      "Dear Mr Imai,\n\nWe're in the middle of repairing a flood-damaged 18th-century map for the county archive. "
      "The paper you sent last month has run out, the map is still damp, and mould will start within days if we can't finish the lining. "
      "Could you ship another 15 sheets of the same tengujo by air this week? We'll pay whatever the freight costs.\n\n"
      "Best regards,\nMiriam Cole\nCole Conservation Studio\n",
      "high", "anxious"),
    m("en", "Wrong paper - invitations printing tomorrow",
      "Hi,\n\nThe paper that arrived today is 'cream' not 'natural white'. Our printer is booked for tomorrow morning to print 200 wedding invitations and the wedding is in 3 weeks. "
      "I checked my order and I definitely chose natural white. What can you do before 9 am tomorrow?\n\nNadia\n",
      "high", "angry"),
    m("en", "Paper for sumi-e beginners",
      "Hello,\n\nI teach a small sumi-e class at our community centre. Which of your papers would you suggest for beginners, something that doesn't bleed too much but isn't too expensive? "
      "We'd need about 200 sheets a term.\n\nKind regards,\nJudith\n",
      "normal", "neutral"),
    m("en", "paper", "hi is the paper thing still on\n", "normal", "neutral", True),
    m("en", "Sizes for next year",
      "Hi Kozoya,\n\nI'm planning a bookbinding course for next spring. Do you cut sheets to custom sizes, or only sell the standard ones? Just gathering information for now.\n\nTom\n",
      "low", "neutral"),
]

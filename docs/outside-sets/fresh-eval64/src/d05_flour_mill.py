from _h import S, D, T, C, V, I, R, U, X, AP, PH, PU

DOMAIN = "flour_mill"
MEANING = "flour mill supplying bakeries, noodle makers and caterers / 製粉会社（パン店・製麺所向け業務用小麦粉）"

SENTENCES = [
    S("ja", "品質が変わったとのご指摘ですが、当社の検査では規格の範囲内に収まっておりますので、特に問題はないものと考えております。", X),
    S("ja", "新しいロットは吸水が少し低めですので、仕込み水を2%ほど減らしていただくと、これまでに近い生地になるはずです。", ),
    S("ja", "新麦への切り替え時期には、風味が若干変わることがございます。", V),
    S("ja", "新麦への切り替えは2月出荷分からで、灰分は0.02ポイントほど上がる見込みです。", ),
    S("ja", "袋に印字されたロット番号を書き写して、送ってください。", I, R),
    S("ja", "異物の混入経路を調べるため、残りの粉を袋ごと口を縛った状態で、着払いでお送りいただけますか。", ),
    S("ja", "値上げの幅は、まだ決まっておりません。", U),
    S("ja", "4月からの値上げ幅はまだ決まっていませんが、2月10日の取締役会で確定するので、その週のうちに書面でお知らせします。", ),
    S("ja", "お使いの配合表を送っていただけますでしょうか。", R),
    S("ja", "最小ロットは20袋からですが、10袋単位でのご注文は取扱店の丸栄商事さんでお受けしています。", ),
    S("ja", "納品は、次の便に空きが出たところで手配いたします。", V),
    S("ja", "そういったご要望に一件ずつお応えしていては、工場が回りません。", X, C),
    S("ja", "この粉は扱いに慣れた方向けですので、開業されたばかりのお店には正直おすすめしかねます。", C),

    S("en", "The new crop won't behave quite like last year's, so you may need to tweak your recipe a little.", V),
    S("en", "Send us the lot number off the sack.", I, R),
    S("en", "Our lab hasn't found anything different about that batch, so the slack dough remains a mystery for now.", U),
    S("en", "Most bakers adapt to the new crop without any fuss.", X),
    S("en", "This flour takes up more water than most, so for a first bake we'd suggest starting at 65% hydration and working up from there.", ),
    S("en", "The new-crop T55 comes in at 11.8% protein, 0.3 points down on last year, so we'd suggest cutting your water by about 2%.", ),
]

DRAFTS = [
    D("ja", "強力粉「はるかぜ」への異物混入についてのお詫び",
      "ベーカリー ひだまり 御中\n店主 大橋 様\n\n"
      "山本製粉 品質保証課の中田です。\n"
      "11月27日製造の強力粉「はるかぜ」（ロット HK1127B）に、ナイロン製の細い糸が混入していたとのご連絡をいただきました。"
      "お客様の信頼を損なう事態となり、心よりお詫び申し上げます。\n\n"
      "調査の結果、製粉工程の最終段にあるふるい機の網を固定するナイロンバンドが劣化して切れ、その繊維が製品に入ったことが分かりました。\n\n"
      "今後は、ふるい機の網とバンドを毎朝の始業前に目視で点検し、バンドは3か月ごとに新品に交換することといたしました。\n\n"
      "このたびは誠に申し訳ございませんでした。\n\n"
      "山本製粉株式会社 品質保証課 中田\n",
      AP),
    D("ja", "12月5日の納品遅れについてのお詫び",
      "そば処 喜楽 様\n\n"
      "山本製粉 営業部の西川です。\n"
      "12月5日朝にお届けするはずだったそば粉10袋が、お昼の営業に間に合わず、大変ご迷惑をおかけしました。申し訳ございません。\n\n"
      "原因は、当社の配送担当が配送ルートの変更を運送会社に伝え忘れ、喜楽様の分が別のルートの便に積まれていたことです。\n\n"
      "当日は11時40分に私が社用車で直接お届けしました。また、当日の仕込みが遅れた分として、今回の10袋の代金から1割を差し引いてご請求いたします。\n\n"
      "今後は、ルートを変更する際には変更後の納品先一覧を運送会社と突き合わせ、前日の夕方に全件の積み込みを確認してから出発するようにいたします。\n\n"
      "山本製粉株式会社 営業部 西川\n"),
    D("ja", "新年のご挨拶と今後の取り組みについて",
      "お取引先各位\n\n"
      "新年あけましておめでとうございます。旧年中は格別のお引き立てを賜り、厚く御礼申し上げます。\n\n"
      "昨年は北海道産小麦の作柄が平年を下回るなか、皆様のご理解のもと、安定した供給を続けることができました。"
      "本年は新しい石臼挽きのラインが稼働し、全粒粉の品揃えをさらに充実させてまいります。\n\n"
      "また、4月の価格改定に先立ち、各お取引先様の4月〜6月の予定使用量を1月23日までにお知らせいただくようお願いいたします。"
      "お知らせいただいた数量の範囲では、改定前の価格でご用意いたします。\n\n"
      "本年も変わらぬご愛顧のほど、よろしくお願い申し上げます。\n\n"
      "山本製粉株式会社 営業部\n",
      PU),
    D("ja", "【4月1日出荷分から】業務用小麦粉の価格改定のお知らせ",
      "お取引先各位\n\n"
      "山本製粉 営業部です。4月1日出荷分から、業務用小麦粉の価格を改定いたしますのでお知らせします。\n\n"
      "・強力粉（25kg）　6,850円 → 7,230円\n"
      "・準強力粉（25kg）　6,620円 → 6,980円\n"
      "・薄力粉（25kg）　6,300円 → 6,640円\n\n"
      "政府売渡価格が4月から5.8%引き上げられることによるものです。\n"
      "3月31日までにご注文いただき、3月中に出荷する分は現行価格のままです。"
      "ご不明な点は担当営業までお問い合わせください。\n\n"
      "山本製粉株式会社 営業部\n"),

    D("en", "Apology for the split sacks delivered on Tuesday",
      "Dear Ms Kowalski,\n\n"
      "I'm sorry that four of the sacks in Tuesday's delivery arrived split and that you had to clear "
      "flour off your loading bay before you could start the morning bake.\n\n"
      "The pallet was wrapped on our new stretch-wrapping machine, which had been set to a tension too low "
      "for 25 kg sacks, so the load shifted in the van.\n\n"
      "Four replacement sacks went out on yesterday's van at no charge, and we've credited the four damaged "
      "ones (£98.40) against your December invoice.\n\n"
      "The wrapper has been reset, and our dispatch team now test-tilts every pallet before it's loaded.\n\n"
      "With apologies,\nGareth Lewis\nCustomer Service, Bellstone Mill\n"),
    D("en", "Re: Extra order for the Christmas week",
      "Hi Tom,\n\n"
      "Thanks for the extra order for Christmas week - 30 sacks of the strong white on top of your usual 20.\n\n"
      "We should be able to get it to you sometime the week before, though there may be a small surcharge "
      "for the extra drop given how busy the vans are.\n\n"
      "Would you like to go ahead?\n\n"
      "Gareth\nBellstone Mill\n",
      V),
]

MAILS = [
    T("ja", "粉が届いていません（昨日から２回電話しています）",
      "山本製粉　営業部　西川様\n\n"
      "昨日の朝届くはずだった強力粉１５袋が、まだ届いていません。\n"
      "昨日の昼と夕方に電話して、「確認して折り返す」と言われたまま、何の連絡もありません。\n"
      "在庫はもう今日の仕込み分しか残っておらず、明日の朝は焼くものがありません。\n"
      "予約のパンもあります。明日の朝４時の仕込みに間に合うのかどうか、今日の夕方までにはっきり教えてください。\n\n"
      "ブーランジェリー麦穂　吉川",
      "high", "angry"),
    T("ja", "そば粉の混入の可能性について",
      "いつもお世話になっております。\n"
      "学校給食のパンを焼いている、みなみ製パンの品質担当の原です。\n"
      "今朝届いた準強力粉（ロット JK1203A）の袋の内側に、そば粉のような灰色の粉が付着しているのに気づきました。\n"
      "同じ日に御社でそば粉も製造されていたのでしょうか。\n"
      "この粉で明日の朝、市内の小学校６校分のパンを焼く予定で、そばアレルギーの児童も在籍しています。\n"
      "使ってよいかどうか判断ができず、困っています。今日の15時までにご回答いただけないでしょうか。",
      "high", "anxious"),
    T("ja", "麺が切れる件",
      "お世話になります。中華麺を作っている三好製麺の三好です。\n"
      "今月のロットに変わってから、麺が茹でているうちに切れやすくなりました。\n"
      "加水も配合も前と同じです。\n"
      "今週の土曜日にホテルの宴会で3,000食の納品があり、木曜日から仕込みに入ります。\n"
      "前のロットの粉が残っていれば、水曜日までに20袋送っていただけないでしょうか。難しければ、配合で調整できる点を教えてください。",
      "high", "neutral"),
    T("ja", "新規のお取引について",
      "はじめてご連絡いたします。長野県でピザの店を２店舗経営しております。\n"
      "現在使っているイタリア産の粉からの切り替えを考えており、"
      "御社の準強力粉のサンプルと、業務用の価格表をいただくことは可能でしょうか。",
      "normal", "neutral"),
    T("ja", "開業前の相談です",
      "来春、自宅の一角で小さなパン屋を開く予定の者です。\n"
      "御社の粉を使いたいのですが、ホームページを見ると最小ロットが20袋とあり、"
      "一人で焼く量だと使い切る前に古くなってしまうのではと心配しています。\n"
      "保管の仕方や、少量でも扱っているお店があれば教えていただけませんか。\n"
      "設備の借り入れもしているので、仕入れで失敗できず、毎日不安です。",
      "normal", "anxious"),
    T("ja", "価格改定について",
      "価格改定のお知らせ、拝見しました。\n"
      "昨年の秋にも上げたばかりで、半年でまた６％。うちのような小さな店には"
      "パンの値段にそのまま乗せることもできません。\n"
      "せめて３か月前に知らせてもらえれば準備もできたのですが。\n"
      "今回の改定の根拠を、もう少し具体的に説明していただけますか。\n\n"
      "パン工房こむぎ　森",
      "normal", "angry"),
    T("ja", "請求書の宛名の変更",
      "１月から法人化したため、請求書の宛名を「合同会社ひだまり」に変えていただきたいです。\n"
      "住所と電話番号は変わりません。",
      "normal", "neutral"),
    T("ja", "注文", "いつもの、来週も", "normal", "neutral", True),
    T("ja", "全粒粉が好評です",
      "山本製粉　西川様\n\n"
      "秋から使い始めた石臼挽きの全粒粉、お客様にとても評判がいいです。"
      "香りが全然違うと言って、わざわざ遠くから買いに来てくださる方もいます。\n"
      "ありがとうございます。\n\n"
      "ひとつだけ。この粉は来年以降も続けて作られる予定でしょうか。"
      "今すぐ困ることはないので、分かったときで結構です。\n\n"
      "パン工房こむぎ　森",
      "low", "positive"),
    T("ja", "工場見学について",
      "スタッフの研修として、来年度のどこかで工場見学をさせていただけないかと考えています。\n"
      "時期はまったく決まっておらず、受け入れをしているかどうかだけでも教えていただければ。\n"
      "お手すきのときにご返信ください。",
      "low", "neutral"),

    T("en", "Metal fragment - possibly from your flour",
      "Gareth,\n\nOne of our customers has just brought back a sandwich loaf with a thin sliver of metal "
      "baked into it, about 8 mm long. She found it before her son bit into it. Our metal detector "
      "didn't pick it up, and we can't find anything missing from our own equipment.\n\n"
      "All of this morning's bread was made from your strong white, batch SW-4471. We've got another "
      "300 loaves out in four cafés right now. I need to know whether to pull them, and whether you've "
      "had any other reports on that batch.\n\nPlease ring me - 07700 900422.\n\nLiz Harper\nHarper's "
      "Bakehouse",
      "high", "anxious"),
    T("en", "Price list",
      "Hello, could you send me your current trade price list for organic flours? We're a small "
      "café-bakery in Hebden Bridge using about six sacks a week.\nThanks, Naomi",
      "normal", "neutral"),
    T("en", "'Sustainable' sacks",
      "Lovely to see the new sacks are made of 'recyclable paper'. It would be even lovelier if they "
      "survived the journey from your van to my store room. That's five split this month. I'm told it's "
      "all part of saving the planet, so I'll try to think of the floor as compost.\n\nCan we go back "
      "to the old ones, or at least have the split ones credited?\n\nPete, Crumb & Co",
      "normal", "angry"),
    T("en", "Rye flour?",
      "Hi - do you have any plans to mill a light rye? We'd give it a go. Nothing urgent on our side, "
      "just interested for next year.\nCheers, Mo",
      "low", "neutral"),
    T("en", "Re:", "Same as last time but double?", "normal", "neutral", True),
]

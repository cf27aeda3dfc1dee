from _h import S, D, T, C, V, I, R, U, X, AP, PH, PU

DOMAIN = "agri_coop"
MEANING = "agricultural co-operative: crop collection and settlement, farm supplies, member services / 農業協同組合（営農・購買・出荷）"

SENTENCES = [
    S("ja", "申請書の書き方が難しいようでしたら、息子さんか娘さんに代わりに書いていただいても構いませんので。", C),
    S("ja", "今年の精算金のお振り込みは、例年より後ろにずれ込む見込みです。", V),
    S("ja", "今年の精算金は、昨年より10日遅い1月20日のお振り込みになります。", ),
    S("ja", "育苗ハウスの申込書に判を押して、窓口まで持ってきてください。", I, R),
    S("ja", "育苗ハウスは押印済みの申込書が届いた順に割り当てますので、2月末の締切までに窓口へお持ちいただけますか。", ),
    S("ja", "農薬の使用履歴を、出荷前にご提出いただけますか。", R),
    S("ja", "市場価格の動きは相場のことですので、組合でも読み切れないというのが正直なところです。", U),
    S("ja", "市場価格が下がった理由はまだつかめていませんが、全農の担当者に確認を取り、来週火曜の部会でご報告します。", ),
    S("ja", "ほかの組合員さんの中には、出荷の前日の夜に伝票を書いておくと当日の朝が楽だとおっしゃる方が多いです。", ),
    S("ja", "サルの被害への補助は役場の農林課が窓口ですので、担当の方のお名前と直通の番号をお伝えします。申請書は組合の窓口にも置いてあります。", ),
    S("ja", "トラクターの修理代がいくらになるかは、部品が届いてみないと何とも言えません。", U),
    S("ja", "肥料の共同購入は、締切が近づいたころに改めてお知らせします。", V),
    S("ja", "検査で規格外になった分は、加工用として1kgあたり45円で引き取ることができます。", ),
    S("ja", "部会で決まったことですので、個別のご意見はお受けしておりません。", X),

    S("en", "Our moisture meters are calibrated every week, so there's really no question of the readings being off.", X),
    S("en", "Patronage refunds will go out sometime in the spring.", V),
    S("en", "Would you drop your October scale tickets off at the office?", R),
    S("en", "Fertilizer prices haven't settled yet, so we'll post the spring price sheet on the first Monday of February and text it to you that day.", ),
    S("en", "If you'd read the delivery contract before signing, you'd have seen the drying charge.", C),
    S("en", "The seed order deadline is January 31, and anything ordered by then gets the 4% early-pay discount.", ),
    S("en", "Could you bring your October scale tickets when you come in? Two of your loads are missing from our system, and the tickets are the only record of the weights.", ),
]

DRAFTS = [
    D("ja", "年末の集荷日の変更について",
      "いちご部会 会員の皆様\n\n"
      "いつもお世話になっております。みどり野農協 営農センターです。\n"
      "年末年始の集荷日を、下記のとおり変更いたします。\n\n"
      "・12月30日（火）　通常どおり集荷\n"
      "・12月31日（水）〜1月2日（金）　集荷なし\n"
      "・1月3日（土）　午前のみ集荷（9時〜11時）\n\n"
      "市場の休市に合わせた変更です。31日以降に収穫したものは、予冷庫で3日までお預かりできます。"
      "預け入れを希望される方は、12月26日までに営農センターへお電話ください。\n\n"
      "みどり野農協 営農センター [担当者名]\nTEL 0299-00-4410\n",
      PH),
    D("ja", "【1月16日締切】経営所得安定対策の交付申請書のご提出について",
      "組合員各位\n\n"
      "みどり野農協 営農センターの小松です。\n"
      "経営所得安定対策の交付申請書を、1月16日（金）までに営農センターへご提出いただけますか。"
      "組合で取りまとめて町へ提出するため、この日を過ぎると今年度の交付に間に合わなくなります。\n\n"
      "申請書の「作付け品目」欄は、該当する品目に〇を付けていただくだけで結構です。"
      "昨年から面積が変わった方は、変更後の面積を右の欄にご記入ください。\n\n"
      "記入方法が分からない場合は、1月8日と9日の午後に窓口で記入相談会を開きますので、"
      "印鑑と昨年の申請書の控えをお持ちください。\n\n"
      "みどり野農協 営農センター 小松\nTEL 0299-00-4410\n"),
    D("ja", "ご報告",
      "組合員の皆様\n\n"
      "本年も残すところわずかとなりました。皆様には日頃より組合の事業にご理解とご協力を賜り、厚く御礼申し上げます。\n\n"
      "今年は夏の高温と9月の長雨で、米・野菜とも厳しい作柄となりましたが、皆様のご尽力により、"
      "出荷量は前年の96%を確保することができました。市場価格も後半は持ち直し、"
      "部会全体の販売額は前年並みとなる見込みです。\n\n"
      "また、新しい選果機の導入により、繁忙期の待ち時間は平均で40分短くなりました。\n\n"
      "つきましては、来年の作付け計画書を1月末までにご提出くださいますよう、お願い申し上げます。"
      "資材の共同購入の数量はこの計画書をもとに決めますので、未提出の方の分は確保できない場合がございます。\n\n"
      "来年もどうぞよろしくお願い申し上げます。\n\n"
      "みどり野農協 営農部\n",
      PU),

    D("en", "Your October grain settlement",
      "Hi Mr Lindqvist,\n\n"
      "Your settlement for the four corn loads you delivered in October has been paid by direct deposit "
      "today and should show in your account by Thursday.\n\n"
      "The total is $38,412.60: 6,120 bushels at the contract price of $4.31, less $1,941.60 in drying "
      "and shrink charges. The attached statement lists each load with its moisture reading and weight.\n\n"
      "If anything on the statement doesn't match your own tickets, I'm on 515-555-0188 and happy to "
      "go through it with you.\n\n"
      "Thanks,\nBeth Carlson\nPrairie Valley Co-op, Grain Desk\n"),
]

MAILS = [
    T("ja", "集荷場の予冷庫",
      "営農センター様\n\n"
      "東地区集荷場のいちご用予冷庫ですが、夕方6時に見たら温度計が11度になっていました。"
      "いつもは5度です。\n"
      "中には今日の午後に持ち込んだ6軒分、だいたい400ケースが入っています。\n"
      "明日の朝5時にトラックが来るので、それまでにこのままだと傷みが出ると思います。"
      "扉は閉まっていて、機械の音はしています。どこに連絡すればいいか分からないのでこちらに送りました。\n\n"
      "東地区　大塚",
      "high", "neutral"),
    T("ja", "精算金について（３回目）",
      "小松さん\n\n"
      "10月出荷分の精算金が、まだ振り込まれていません。\n"
      "11月の終わりに窓口で聞いて、先週も電話して、どちらも「確認します」で終わっています。\n"
      "今月25日に機械のローンと肥料代の引き落としがあって、精算金が入らないと残高が足りません。\n"
      "こっちは組合を信用して全量出荷しているんです。いつ入るのか、今度こそはっきり答えてください。\n\n"
      "西原　正夫",
      "high", "angry"),
    T("ja", "散布した農薬のことで相談です",
      "お世話になります。ほうれん草を作っている野口です。\n"
      "昨日ハウスに散布した殺虫剤のラベルを今見直したら、ほうれん草が適用作物に入っていませんでした。\n"
      "隣のハウスの小松菜用と取り違えたのだと思います。\n"
      "明日の朝に出荷する予定の分がそのハウスのものです。\n"
      "出荷を止めたほうがいいのか、検査をしてもらえるのか、どうすればいいのか分からずにいます。\n"
      "今夜は家にいますので電話でも構いません。0299-00-7781",
      "high", "anxious"),
    T("ja", "育苗ハウスの申し込み",
      "来年の春も育苗ハウスを１棟借りたいと考えています。\n申込書はどこでもらえまか。"
      "去年と同じく２月に申し込めば間に合うでしょうか。\n\n北地区　川上",
      "normal", "neutral"),
    T("ja", "部会の決定について",
      "先日の部会で、来年から箱代を組合員負担に戻すと決まったそうですね。\n"
      "出席できなかった私には一言の相談もなく、決まったという通知だけ届きました。\n"
      "ずいぶん民主的な部会だと感心しております。\n"
      "せめて、なぜそうなったのかの説明資料くらいは送っていただけないでしょうか。\n\n"
      "南地区　斉藤",
      "normal", "angry"),
    T("ja", "肥料の注文の変更",
      "購買課の方へ\n先週注文した化成肥料を、２０袋から１５袋に減らしてください。\n"
      "納品日は予定どおりで大丈夫です。　組合員番号　3318　宮本",
      "normal", "neutral"),
    T("ja", "確定申告の書類について",
      "今年の春から就農した林と申します。\n"
      "初めての確定申告で、組合から出荷の精算書や購買の明細をまとめてもらえると聞いたのですが、"
      "何をどこで頼めばいいのか分かりません。\n"
      "前職では会社がやってくれていたので、書類が足りなくて後から追徴される、みたいなことにならないか不安です。\n"
      "相談できる窓口や日程があれば教えてください。",
      "normal", "anxious"),
    T("ja", "請求書", "先月のやつ、あれ違ってない？", "normal", "neutral", True),
    T("ja", "土づくり研修会の資料",
      "先日の土づくり研修会に参加した者です。\n"
      "途中で抜けたため、後半で配られた土壌診断の申込用紙をもらいそびれました。\n"
      "診断を頼むのは来年の春の作付け前で構わないので、次に窓口へ行ったときに受け取れるよう、"
      "取り置いておいてもらえますか。",
      "low", "neutral"),
    T("ja", "直売所の出品ルール",
      "直売所に野菜を出している佐藤です。\n"
      "来年度、出品のルール（値札や袋の指定など）に変更があるかどうか知りたいです。\n"
      "変わる場合でも春からで間に合うので、決まったときに教えていただければ十分です。",
      "low", "neutral"),

    T("en", "Still no check for October beans",
      "Beth,\n\nThis is the third time I'm asking about the settlement for the soybeans I hauled in "
      "October. I called on the 18th and again last Tuesday, and both times I was told someone would "
      "call back. Nobody has.\n\nMy operating loan payment is due at the bank on the 15th and I was "
      "counting on that money. I'd like a straight answer on when it's being paid, and if it isn't, "
      "I'd like to know why.\n\nDale Hoffman",
      "high", "angry"),
    T("en", "Propane contract",
      "Hi, is the co-op doing pre-buy propane contracts for next winter again? If so, what was the "
      "deadline last year? We have two tanks on the home place.\nThanks, Marcy",
      "normal", "neutral"),
    T("en", "Taking over my husband's account",
      "Hello,\n\nMy husband Gary passed away in October. He handled all of our dealings with the "
      "co-op and I'm trying to understand what we have - there's grain in storage, a fuel account, and "
      "I think some equity. I don't know what needs to be transferred into my name or whether anything "
      "is about to be due, and I'm afraid of missing something important.\n\nIs there someone I could sit "
      "down with who could walk me through it?\n\nSusan Mraz",
      "normal", "anxious"),
    T("en", "Soil health field day",
      "Any chance of another soil health field day next summer? The cover crop plots last July were "
      "really useful. No hurry on an answer - just putting it on your radar.\n\nKen Tollefson",
      "low", "neutral"),
    T("en", "ticket", "Ticket 4471?", "normal", "neutral", True),
]

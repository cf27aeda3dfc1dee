from _h import S, D, T, C, V, I, R, U, X, AP, PH, PU

DOMAIN = "lubricants"
MEANING = "industrial lubricants distributor (hydraulic oils, greases, oil analysis, drum collection) / 工業用潤滑油の販売"

SENTENCES = [
    S("ja", "指定外のグリースを混ぜてお使いになったのであれば、不具合が出るのは当然かと存じます。", C),
    S("ja", "空のドラム缶の回収には、近いうちに伺う予定です。", V),
    S("ja", "空のドラム缶は、12月11日（木）の午前中に回収に伺います。", ),
    S("ja", "タンクローリーが構内に入れるよう、当日は門の前の車を動かしておいてください。", I),
    S("ja", "SDSの最新版を、各現場に配っておいていただけますか。", R),
    S("ja", "改訂で引火点の記載が変わったため、各現場の保管場所にあるSDSを最新版に差し替えていただけますでしょうか。", ),
    S("ja", "油の劣化が早い原因が機械側にあるのか油側にあるのかは、何とも申し上げられません。", U),
    S("ja", "劣化が早い原因を調べるため、使用中の油を500mlほど採取していただければ、当社の分析室で10日以内に結果をお出しします。", ),
    S("ja", "他社製品と混ぜた場合の不具合については、当社では一切責任を負いかねます。", C, X),
    S("ja", "来月以降の価格は原油相場次第のため、毎月25日に翌月分の価格表をお送りします。", ),
    S("ja", "当社の油で同じ症状が出たという例はこれまで聞いておりませんが、念のため同じロットをお使いのほかのお客様にも状況を確認いたします。", ),
    S("ja", "油種の選定は本来そちらの設備ご担当の方のお仕事ですので、もう少しご勉強いただいたほうがよろしいかと存じます。", C),
    S("ja", "次回からは、発注書に設備番号を書いてください。", I, R),

    S("en", "Unopened, this oil stays within its viscosity spec for five years from the fill date printed on the drum.", ),
    S("en", "Keep the drums off the ground, or rainwater will get in round the bungs.", I),
    S("en", "We've no way of knowing whether the contamination happened before or after delivery.", U),
    S("en", "Frankly, if your maintenance team had kept to the change intervals, the gearbox wouldn't have failed.", C),
    S("en", "If your engineers choose to top up with another brand, that's their decision, not ours.", X),
    S("en", "Your 20 drums of ISO VG 46 hydraulic oil are booked for Tuesday between 8 and 11, and the driver will need forklift access at bay 3.", ),
]

DRAFTS = [
    D("ja", "12月3日の納品内容の誤りについて",
      "株式会社三協工業 保全課 中島 様\n\n"
      "北斗オイル販売 営業二課の大西です。\n"
      "12月3日に納品したギヤ油について、ご報告いたします。\n\n"
      "ご注文はISO VG220でしたが、VG320を納品しておりました。"
      "倉庫の出荷担当が、同じメーカーの隣り合った品番を取り違えて積み込んだことが原因です。\n\n"
      "本日12月5日の午前中に、VG220の20Lペール缶6缶をお届けし、誤って納品したVG320を引き取りました。"
      "誤納品分のご請求は取り消しております。\n\n"
      "今後は、出荷前に品番とご注文書を別の担当者が照合し、照合者の印を納品書に押す手順といたします。\n\n"
      "北斗オイル販売株式会社 営業二課 大西\n",
      AP),
    D("ja", "油圧作動油の分析結果と交換のご提案（12月19日までにご判断ください）",
      "東和プレス工業株式会社 設備課 小池 様\n\n"
      "北斗オイル販売の大西です。11月28日にお預かりした250tプレスの作動油の分析結果が出ましたので、ご報告します。"
      "結論として、年内に全量交換されることをおすすめします。\n\n"
      "・全酸価：0.92 mgKOH/g（新油0.05、交換目安0.5を超過）\n"
      "・水分：820 ppm（目安500 ppm）\n"
      "・汚染度：NAS 11級（目安9級）\n\n"
      "水分が多いため、クーラーからの水の混入が疑われます。交換の際にクーラーの点検もあわせて行うと、再発を防げます。\n\n"
      "年末の長期休暇中（12月27日〜1月4日）に交換される場合、作動油の手配の都合で12月19日までにご発注いただく必要があります。"
      "見積書を添付しますので、ご検討いただけますでしょうか。\n\n"
      "北斗オイル販売株式会社 営業二課 大西\n"),
    D("ja", "ご案内",
      "お取引先各位\n\n"
      "平素は格別のお引き立てを賜り、誠にありがとうございます。\n"
      "このたび当社では、食品機械向けのNSF H1認証グリース「フードルーブEP2」の取り扱いを開始いたしました。"
      "耐水性に優れ、洗浄工程の多いラインでも長期間の潤滑が可能です。詳しくは添付のカタログをご覧ください。\n\n"
      "また、当社倉庫は12月29日から1月5日まで休業いたします。\n"
      "つきましては、年内にお届けが必要なご注文は12月20日までにいただけますようお願い申し上げます。"
      "あわせて、1月分の定期納品の数量に変更がある場合も、同日までにお知らせください。\n\n"
      "今後ともよろしくお願い申し上げます。\n\n"
      "北斗オイル販売株式会社\n",
      PU),

    D("en", "Apology - wrong grease delivered to your Leeds site",
      "Dear Mr Okoro,\n\n"
      "I'm sorry that last Thursday's delivery to your Leeds site contained EP1 grease instead of the "
      "EP2 you ordered, and that your fitters only spotted it after two bearings had been packed.\n\n"
      "The two products come in identical 18 kg kegs with only the label strip different, and our "
      "picker took the wrong one from an adjacent bay.\n\n"
      "We delivered the correct EP2 on Friday morning, collected the EP1, and credited the order in full. "
      "If the bearings packed with EP1 need to be repacked, we'll cover your fitters' time: if you can send us the hours, we'll credit them on your next invoice.\n\n"
      "We've moved EP1 and EP2 to separate aisles and added a barcode scan at dispatch, so a keg can't be "
      "loaded unless it matches the order line.\n\n"
      "Kind regards,\nClaire Booth\nAccount Manager, Northfield Lubricants\n"),
    D("en", "Some news from Northfield",
      "Hi all,\n\n"
      "2024 has been a big year for us. We opened our new warehouse in Wakefield in June, which means "
      "next-day delivery now covers most of West Yorkshire, and our oil-analysis lab has just passed its "
      "ISO 17025 audit.\n\n"
      "We've also added a range of biodegradable hydraulic fluids for customers working near waterways.\n\n"
      "With the price increase from our main refiner on 1 February, any orders placed at current prices "
      "need to be confirmed in writing by 17 January - after that, everything will be invoiced at the new "
      "rates.\n\n"
      "Thanks for your business,\nClaire Booth\nNorthfield Lubricants\n",
      PU),
]

MAILS = [
    T("ja", "作動油の納品について",
      "北斗オイル販売　大西様\n\n"
      "昨日納品予定だった油圧作動油（VG46、ドラム4本）がまだ届いていません。\n"
      "第2ラインのプレスが油不足で今朝から止まっていて、出荷前の部品が2,000個たまっています。\n"
      "取引先への納期は明日の午後です。\n"
      "今日の昼までに、せめて2本だけでも持ってきていただくことはできますか。\n\n"
      "東和プレス工業　設備課　小池",
      "high", "neutral"),
    T("ja", "Re: 誤納品の件（二度目のご連絡）",
      "大西様\n\n"
      "月曜日にお電話とメールでご連絡しましたが、まだ何のご返事もありません。\n"
      "御社が納品したギヤ油は注文と違う粘度で、それに気づかず減速機に入れた結果、"
      "コンベヤの減速機が焼き付きました。\n"
      "現在、代わりの減速機を手配中ですが、入るまで包装ラインの一部が止まっています。\n"
      "この損害について御社がどうお考えなのか、明日までに責任者の方から書面でご回答ください。\n\n"
      "株式会社三協工業　保全課長　中島\n\n"
      "> 納品書の品番をご確認いただけますでしょうか。",
      "high", "angry"),
    T("ja", "作業員の皮膚の炎症について",
      "お世話になっております。\n今日の午前中、切削油の交換作業をしていた作業員が、"
      "腕と首に赤い発疹が出て、かゆみを訴えています。\n"
      "先月から御社の新しい水溶性切削油に切り替えたばかりです。\n"
      "これから病院へ連れて行きますが、医師に成分を伝えたいので、SDSと、"
      "皮膚に付いた場合の処置について教えていただけないでしょうか。\n"
      "ほかの作業員にも同じ症状が出ないか心配です。\n\n"
      "有限会社ミツワ製作所　安全衛生担当　吉村",
      "high", "anxious"),
    T("ja", "見積もりのお願い",
      "新しく導入する射出成形機用に、油圧作動油の見積もりをお願いします。\n"
      "VG46、200Lドラム2本です。\n"
      "来月の設置に合わせて、1月15日ごろに納品していただけると助かります。",
      "normal", "neutral"),
    T("ja", "価格改定のお知らせについて",
      "価格改定のお知らせ、確かに受け取りました。\n"
      "１か月前に紙一枚で１２％の値上げ。さすが業界大手、お取引先への配慮が行き届いていらっしゃる。\n"
      "うちも長い付き合いのつもりでしたが、そう思っていたのはこちらだけだったようですね。\n"
      "他社の見積もりも取らせていただきます。\n\n"
      "丸井鉄工　丸井",
      "normal", "angry"),
    T("ja", "前任者からの引き継ぎについて",
      "今月から保全担当になった坂口と申します。\n"
      "前任者が急に退職してしまい、どの機械にどの油を使っていたのか、"
      "いつ何を注文していたのかがまったく分からない状態です。\n"
      "間違った油を入れて機械を壊したらと思うと怖くて、交換作業に手をつけられずにいます。\n"
      "御社の方で、これまでの納品履歴を出していただくことはできるでしょうか。",
      "normal", "anxious"),
    T("ja", "空ドラムの回収依頼",
      "空のドラム缶が8本たまりましたので、回収をお願いします。\n"
      "来週中であれば、いつ来ていただいても構いません。\n倉庫の裏に置いてあります。",
      "normal", "neutral"),
    T("ja", "至急", "電話ください", "normal", "neutral", True),
    T("ja", "講習会のお礼",
      "先日は、当社の若手向けに潤滑管理の講習をしていただき、ありがとうございました。\n"
      "「油の色とにおいで分かること」の話が特に好評で、さっそく点検表に項目を追加しました。\n"
      "またの機会があればよろしくお願いします。",
      "low", "positive"),
    T("ja", "生分解性の作動油について",
      "河川の近くで使う建設機械向けに、生分解性の作動油を検討しています。\n"
      "来年度の予算に入れるかどうかの検討段階で、すぐに導入する予定はありません。\n"
      "カタログと価格の目安を、資料としてお送りいただけますか。",
      "low", "neutral"),

    T("en", "Wrong grease on our food line?",
      "Claire,\n\nOur night shift has just noticed that the kegs delivered on Monday and used on the "
      "filling line are labelled EP2 general purpose, not the H1 food-grade we always order. They've "
      "been greasing the capper bearings with it for two shifts. Those bearings sit above open bottles.\n\n"
      "We've stopped the line and quarantined today's product, about 18,000 bottles. I need to know "
      "exactly what's in that grease so our QA team can decide what has to be destroyed, and I need "
      "the right product here before the 6 a.m. shift.\n\nMarek Novak\nProduction Manager, Dale Valley Juice\nT: 01423 555 0190\n\n"
      "This email and any attachments are confidential and intended solely for the addressee. If you "
      "have received it in error, please notify the sender and delete it. Dale Valley Juice Ltd, "
      "registered in England No. 04417720.",
      "high", "anxious"),
    T("en", "Quote for slideway oil",
      "Hi, can you quote for 4 x 20 L of ISO 68 slideway oil for our machining centres, delivered to "
      "our Huddersfield site? Standard lead time is fine.\nThanks, Paul",
      "normal", "neutral"),
    T("en", "PO numbers on invoices",
      "Hello again,\n\nOur accounts team has rejected your last three invoices because the PO number on "
      "them belongs to an order from last March. I'm starting to think it's "
      "a loyalty scheme: the longer we go unpaid, the more we appreciate you.\n\nCould someone fix the "
      "PO field so we can actually pay you?\n\nHelen Marsh, Purchasing",
      "normal", "angry"),
    T("en", "October spill - paperwork",
      "Hi Claire,\n\nFollowing up on the hydraulic oil spill in our yard back in October: the "
      "Environment Agency officer came out last week and has closed the file, so that's all settled. "
      "For our own records, could you send the SDS for the Hydrax 46 we were using at the time? "
      "Nothing hangs on it - any time before the year end is fine.\n\nRegards,\nSanjay Patel\n"
      "H&S Coordinator, Brindley Castings",
      "low", "neutral"),
    T("en", "Thanks for Friday",
      "Claire - thanks for getting those drums to us on Friday afternoon, it saved our weekend "
      "shutdown. While I've got you, could you price up the same again for our March shutdown?\nCheers, Lee",
      "normal", "positive"),
]

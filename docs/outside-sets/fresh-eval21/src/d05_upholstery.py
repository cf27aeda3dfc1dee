# upholstery = furniture reupholstering and chair/sofa restoration workshop (家具張替え・修理)
from common import S, D, M

DOMAIN = "upholstery"

SENTENCES = [
    S("ja", "ダイニングチェア4脚の座面張替えは、お選びいただいたBランクの生地で1脚8,800円、合計35,200円（税込）です。"),
    S("ja", "納期は工房の混み具合次第ですね。", "vague"),
    S("ja", "引き取りに伺う際は、椅子の上の物をどけておいてください。", "imperative", "request_without_reason"),
    S("ja", "当日はトラックを家の前に15分ほど停めますので、駐車できる場所があれば教えていただけますか。"),
    S("ja", "バネの交換が必要かどうかは、開けてみないと分かりません。", "unknown_without_followup"),
    S("ja", "座面を開けて確認し、バネ交換が必要な場合は作業前にお電話して、追加費用（1脚3,300円）のご了承をいただいてから進めます。"),
    S("ja", "こういう古い椅子は直しても長持ちしないので、買い替えたほうがいいですよ。", "dismissive"),
    S("ja", "お客様のような素人の方が接着剤で直そうとすると、かえって高くつきますよ。", "condescending"),
    S("ja", "ご依頼の生地が廃番になったため、近い色の生地見本を3点、本日郵送しました。"),
    S("ja", "古い釘の除去に手間がかかった場合は、その分を上乗せさせていただきます。", "vague"),
    S("ja", "前回の見積書に全部書いてあります。", "condescending"),
    S("ja", "ソファの染みが落ちるかどうかは、当社ではお答えしかねます。", "unknown_without_followup"),
    S("ja", "生地見本を返送してください。", "imperative", "request_without_reason"),
    S("en", "Reupholstering a wingback of that size takes four weeks from the day we collect it."),
    S("en", "The foam replacement will cost extra, depending on the density.", "vague"),
    S("en", "Clear the room before our van arrives, since the crew only has a 30-minute loading slot on your street.", "imperative"),
    S("en", "Frankly, a chair like that isn't worth saving, and it's not a job we'd take on.", "dismissive"),
    S("en", "Should you choose to ignore our care guide again, we won't be honouring the warranty.", "condescending"),
    S("en", "Could you send us a photo of the underside of the seat? The label there tells us who made the frame and what springs it uses."),
    S("en", "We can't say whether the stain will come out.", "unknown_without_followup"),
]

DRAFTS = [
    D("ja", "椅子工房ハリカエ　秋のご案内",
      "宮本様\n\nいつも椅子工房ハリカエをご愛顧いただき、ありがとうございます。\n"
      "朝晩が涼しくなり、家具の張替えを考える方が増える季節になりました。\n"
      "この秋は北欧の新しい生地を20種類入荷しており、工房の見本棚で実際に触っていただけます。\n"
      "また、11月には「椅子のお手入れ教室」を開催いたします。\n\n"
      "ところで、お預かりしているアームチェアの座面を開けたところ、木枠の一部に割れが見つかりました。"
      "補修（追加12,000円）を行うかどうか、10月10日までにご判断いただけますでしょうか。補修しない場合は、張替えのみで仕上げます。\n\n"
      "椅子工房ハリカエ　工房長　岩田",
      "purpose_not_upfront"),
    D("ja", "ソファのお届け日変更のお詫び",
      "坂本様\n\n椅子工房ハリカエの岩田です。\n"
      "11月2日にお届け予定だったソファが、予定どおりお届けできなくなりました。誠に申し訳ございません。\n\n"
      "ご指定いただいた生地の入荷が、メーカーの工場の機械故障により2週間遅れたためです。\n\n"
      "今後は、生地を発注した時点でメーカーに入荷日を書面で確認し、遅れの可能性があればすぐにお客様にお伝えするようにいたします。\n\n"
      "椅子工房ハリカエ　岩田",
      "apology_incomplete"),
    D("ja", "ダイニングチェア張替えのお見積もり",
      "青木様\n\n椅子工房ハリカエの岩田です。\n"
      "先日お写真をお送りいただいたダイニングチェア4脚の張替えのお見積もりをお送りします。\n\n"
      "・座面張替え（生地Bランク）　8,800円×4脚＝35,200円\n・ウレタン交換　2,200円×4脚＝8,800円\n・引き取り・お届け（市内）　無料\n合計　44,000円（税込）\n\n"
      "作業期間は、お引き取りから3週間です。\n"
      "このお見積もりでよろしければ、お引き取りの希望日を2〜3候補お知らせください。\n\n"
      "椅子工房ハリカエ　岩田"),
    D("ja", "3人掛けソファ張替えの費用と期間について",
      "近藤様\n\n椅子工房ハリカエの岩田です。\n"
      "3人掛けソファの張替えのご依頼、ありがとうございます。\n\n"
      "費用は、生地代によってある程度変わってきます。\n"
      "作業期間は、なるべく早く仕上げるようにいたします。\n\n"
      "ご不明な点がございましたら、お気軽にお問い合わせください。\n\n椅子工房ハリカエ　岩田",
      "vague"),
    D("en", "Your chairs are ready for delivery",
      "Dear [Customer Name],\n\nGood news: your four dining chairs are finished and ready to come home.\n\n"
      "We can deliver on Wednesday 6 November or Friday 8 November, between 9 am and 1 pm. Please reply with the day that suits you and we'll confirm the slot.\n\n"
      "The balance due on delivery is £312, payable by card or bank transfer.\n\n"
      "Best regards,\nHarlow Upholstery",
      "placeholder_left"),
    D("en", "Quote for your Ercol sofa",
      "Hi Ben,\n\nHere's the quote for re-covering your Ercol two-seater, as promised after Tuesday's visit.\n\n"
      "- New seat and back cushions (foam and feather wrap): £290\n- Covers in the green wool you chose, 6 m at £38/m: £228\n- Collection and delivery: free within 15 miles\nTotal: £518\n\n"
      "From collection, the work takes three weeks. If you're happy to go ahead, reply with a couple of dates that suit you for collection and we'll take a 30% deposit to order the fabric.\n\n"
      "Thanks,\nNell\nHarlow Upholstery"),
]

MAILS = [
    M("ja", "Re: Re: Re: 店舗用椅子の納品について",
      "株式会社ハリカエ　岩田様\n\n"
      "９月に引き取っていただいた店舗用の椅子２４脚の件です。\n"
      "「１か月で仕上がる」とのことでしたが、もう２か月になります。\n"
      "今月に入ってメールを２回、電話を３回しましたが、「確認して折り返します」のまま折り返しはありません。\n"
      "改装明けの営業再開は今週金曜日で、予約も入っています。椅子がなければ店を開けられません。\n"
      "木曜日の夕方までに納品できるのか、できないのか、今日中に返事をください。\n\n"
      "ビストロ　ラ・ポルト　オーナー　佐藤",
      "high", "angry"),
    M("ja", "ソファからホッチキスの針が出ていて子どもがけがをしました",
      "先月張り替えていただいたソファのことでご連絡します。\n"
      "座面の端から金属の針が飛び出していて、今朝４歳の息子が脚を切ってしまいました。\n"
      "血が出たので病院で消毒してもらい、大事には至りませんでしたが、ほかにも針が出ていないか心配です。\n"
      "子どもが毎日座るソファなので、今は座らせないようにしています。\n"
      "早く見に来ていただけないでしょうか。\n\n山口",
      "high", "anxious"),
    M("ja", "請求金額の誤りについて",
      "お世話になっております。\n昨日カードで決済した張替え代金ですが、請求額が352,000円になっていました。\n"
      "お見積もりは35,200円でしたので、桁が一つ違っているようです。\n"
      "この影響で、カードの利用枠がほぼいっぱいになってしまい、今週予定している支払いができなくなっています。\n"
      "差額の取り消しをお願いできますでしょうか。取り消しの手続きがいつ完了するかも教えてください。\n\n石田",
      "high", "neutral"),
    M("ja", "アンティークチェアの張替えの見積もり",
      "はじめまして。祖父の代から使っている木製のアームチェアの張替えをお願いしたく、ご連絡しました。\n"
      "座面は革張りで、ひび割れがひどい状態です。\n"
      "写真を３枚添付しますので、おおよその費用と期間を教えていただけますか。\n\n"
      "関",
      "normal", "neutral"),
    M("ja", "仕上がりについて",
      "昨日届いた椅子ですが、生地の柄が４脚ともバラバラの向きで張られています。\n"
      "打ち合わせのときに、ストライプを縦にそろえてほしいとあれほどお願いしたのに。\n"
      "正直がっかりしました。\n"
      "このままでは使えないので、どうするつもりか教えてください。",
      "normal", "angry"),
    M("ja", "元の木枠は残していただけますか",
      "先週お預けした曾祖母の椅子のことで、ずっと気になっていることがあります。\n"
      "張替えの際に、元の木枠の部品を新しいものに替えられてしまったりしないでしょうか。\n"
      "古い傷も含めて家族の思い出なので、できるだけそのまま残してほしいのです。\n"
      "心配しすぎかもしれませんが、一度確認させてください。",
      "normal", "anxious"),
    M("ja", "ありがとうございました＆追加のお願い",
      "岩田様\n\n先日張り替えていただいた椅子、まるで新品のようで家族みんな驚いています。\n"
      "祖母も「昔の色に戻った」と大喜びでした。\n"
      "それで、同じ生地で足置きのスツールもお願いしたいのですが、見積もりをいただけますか？\n"
      "サイズは幅４５×奥行３５×高さ４０cmです。\n\n菊地",
      "normal", "positive"),
    M("ja", "",
      "張り替えたいです",
      "normal", "neutral", True),
    M("ja", "生地見本をお願いします",
      "再来年に家を建て替える予定で、そのときソファの張替えもお願いしたいと思っています。\n"
      "生地見本を何枚か送っていただけますか？\n"
      "だいぶ先の話ですので、お手すきのときで全く問題ありません。",
      "low", "neutral"),
    M("ja", "ホームページについて",
      "いつもありがとうございます。\n"
      "ホームページの施工事例、とても参考になります。ひとつだけ、スマホで見ると写真が途中で切れてしまうようです。\n"
      "お時間のあるときに見ていただければと思います。",
      "low", "neutral"),
    M("en", "Recliner for our resident - mechanism locked",
      "Hello,\n\nYou recovered a riser recliner for one of our residents at Elmfield House last week. Since it came back, the riser mechanism locks halfway and won't lift.\n"
      "Mr Patel can't stand up from a normal chair without it, so at the moment he's having to stay in bed most of the day, which his physio is not happy about.\n"
      "Could someone look at it tomorrow? Our maintenance man says it's the cable you'd have disconnected to remove the cover.\n\n"
      "Sarah Lin\nDeputy Manager, Elmfield House",
      "high", "neutral"),
    M("en", "Deposit - fourth email",
      "I paid you a deposit of $1,800 on 4 March for the sectional. Since then: no fabric confirmation, no start date, and no reply to my last three emails or two voicemails.\n"
      "I want either a firm start date in writing or my deposit back by Friday 29 March. After that I'll be filing in small claims court and reporting you to the BBB.\n\n"
      "Greg Novak",
      "high", "angry"),
    M("en", "Will the linen survive two cats?",
      "Hi Nell,\n\nWe chose the oatmeal linen for the armchairs, but I've now read that linen snags easily, and we have two cats who love scratching.\n"
      "I'm worried we'll spend all that money and ruin it in a month. Is it too late to switch to something tougher? I don't mind waiting a bit longer for it.\n\nRuth",
      "normal", "anxious"),
    M("en", "Ottoman quote",
      "Hi, could you quote for re-covering a round leather ottoman, 60 cm across and 40 cm high? The leather is cracked but the frame is sound. I'd like a dark green velvet if you have one.\n\nThanks, Iqbal",
      "normal", "neutral"),
    M("en", "Footstool - next year",
      "Hello, I've got an old footstool I'd like redone at some point, but honestly there's no rush — probably next spring. Do you take bookings that far ahead, or should I just get in touch then?\n\nMary",
      "low", "neutral"),
]

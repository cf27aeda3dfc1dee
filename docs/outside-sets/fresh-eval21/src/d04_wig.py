# wig = medical and fashion wig maker and fitting salon (医療用ウィッグ・ウィッグサロン)
from common import S, D, M

DOMAIN = "wig"

SENTENCES = [
    S("ja", "抗がん剤治療が始まる2週間前までにご来店いただくと、脱毛が始まる前に長さや色を合わせておけます。"),
    S("ja", "カットの調整は、多少お時間をいただければ対応可能です。", "vague"),
    S("ja", "サイズが合わないのは、採寸のときにお客様が動かれたからではないでしょうか。", "condescending"),
    S("ja", "医療費控除の対象になるかどうかは、当店ではお答えできません。", "unknown_without_followup"),
    S("ja", "医療費控除の対象になるかは税務署の判断になりますので、お住まいの地域の税務署の電話番号をお調べして、明日中にメールでお送りします。"),
    S("ja", "ウィッグの洗い方は、付属の説明書を読んでください。", "imperative", "dismissive"),
    S("ja", "ご来店の際は、今お使いのウィッグもお持ちください。", "request_without_reason"),
    S("ja", "市の助成金の申請には当店の領収書と証明書が必要ですので、ご来店時に申請書の用紙をお持ちいただけますか。当店の記入欄を埋めてお返しします。"),
    S("ja", "そんなに気にされなくても、周りの人は誰も気づきませんよ。", "dismissive"),
    S("ja", "髪質の近い人毛ミックスは、在庫がなければ取り寄せに少々時間がかかります。", "vague"),
    S("ja", "前にもお伝えしましたが、ウィッグにドライヤーの熱風を当てるのはやめてください。", "condescending", "imperative"),
    S("ja", "ご注文のウィッグは10月3日（木）の午前中にお届けします。"),
    S("ja", "抜け毛が増えた理由は、当店ではわかりません。", "unknown_without_followup"),
    S("en", "Wash it in lukewarm water with the shampoo we supplied, as hot water can loosen the knots at the base."),
    S("en", "Stop using heat on it.", "imperative", "request_without_reason"),
    S("en", "Whether your insurer will cover it is not something we can answer.", "unknown_without_followup"),
    S("en", "I know this is a hard time; we can see you on Wednesday at 10:30 in our private room, and the fitting takes about an hour."),
    S("en", "Honestly, nobody will notice, so there's no need to worry about the hairline.", "dismissive"),
    S("en", "Custom colour matching adds ten working days to the standard three weeks."),
]

DRAFTS = [
    D("ja", "お届けが遅れていることのお詫び",
      "松本様\n\nウィッグサロン・ミモザの長谷川です。\n"
      "ご注文いただいた医療用ウィッグのお届けが、お約束の9月5日に間に合わず、大変申し訳ございません。\n\n"
      "本日、工場から完成品が届きましたので、9月9日（月）の午前中にお届けし、その場でサイズの最終調整をいたします。\n"
      "お待たせしたお詫びとして、ケア用品セット（シャンプー・スタンド）を無償でお付けします。\n\n"
      "今後は、工場からの出荷予定日を毎週確認し、遅れが分かった時点ですぐにお客様にご連絡するようにいたします。\n\n"
      "ウィッグサロン・ミモザ　長谷川",
      "apology_incomplete"),
    D("ja", "試着のご予約を承りました（10月12日 14時）",
      "{お客様名}様\n\nウィッグサロン・ミモザの長谷川です。\n"
      "10月12日（土）14時からの試着のご予約を承りました。\n\n"
      "個室でのご案内となり、所要時間は60分ほどです。\n"
      "お帽子やスカーフのままお越しいただいて大丈夫です。\n\n"
      "ご都合が変わった場合は、前日までにご連絡いただければ日時を変更いたします。\n\n"
      "ウィッグサロン・ミモザ　長谷川",
      "placeholder_left"),
    D("ja", "【お詫び】ウィッグの色違いについて",
      "原田様\n\nウィッグサロン・ミモザの長谷川です。\n"
      "お届けしたウィッグが、ご注文の「ナチュラルブラウン」ではなく「ダークブラウン」になっておりました。大変申し訳ございません。\n\n"
      "工場への発注書で、色番号を1番違いで記入していたことが原因でした。\n\n"
      "正しい色のウィッグは在庫がございましたので、本日発送し、明日の午前中にお届けします。"
      "お手元のウィッグは、同封の返送用封筒で送料当社負担にてご返送ください。\n\n"
      "再発防止のため、発注書を送る前に、お客様のカルテの色見本と発注書を2名で照合することにいたしました。\n\n"
      "このたびはご迷惑をおかけし、重ねてお詫び申し上げます。\n\nウィッグサロン・ミモザ　長谷川"),
    D("en", "News from Mimosa",
      "Dear Ruth,\n\nAutumn is here, and we've just added six new shades to our lightweight monofilament range, including two soft greys that many of our clients have been asking for.\n"
      "We've also redecorated our private fitting room, and we'd love you to see it next time you're in.\n"
      "Our stylist Jo is now offering free trims for existing clients on Tuesday mornings.\n\n"
      "By the way, the replacement base for your wig has arrived. We need you to come in for a 20-minute fitting before the 30th, or the maker's free-replacement offer expires.\n\n"
      "Warm wishes,\nMimosa Wig Studio",
      "purpose_not_upfront"),
    D("en", "We're sorry: your fitting on Tuesday was cancelled",
      "Dear Mrs Baptiste,\n\nI'm very sorry that you arrived for your fitting on Tuesday to find nobody there to see you.\n\n"
      "Our online booking system let your appointment through on a morning our studio was closed for staff training; the training date had been blocked in the diary but not in the booking system.\n\n"
      "I've rebooked you with our senior fitter, Jo, for Friday 18 October at 11:00, and we'll refund your taxi fare for Tuesday (please send me the receipt or just tell me the amount). "
      "The fitting itself will be free of charge.\n\n"
      "We now block closures in both systems and check them against each other every Monday, so this won't happen again.\n\n"
      "With apologies,\nClaire Hughes\nMimosa Wig Studio"),
]

MAILS = [
    M("ja", "注文したウィッグがまだ届きません",
      "ウィッグサロン・ミモザ様\n\n8月20日に医療用ウィッグを注文した松本です。\n"
      "9月5日に届くと伺っていましたが、まだ届いていません。\n"
      "抗がん剤の2回目が来週の火曜日で、もう髪が抜け始めていて、枕に毛がたくさん付いています。\n"
      "来週からは職場にも戻る予定で、ウィッグが間に合わなかったらと思うと不安でたまりません。\n"
      "いつ届くのか、今週中に分かるようであれば教えてください。\n\n松本 由紀子",
      "high", "anxious"),
    M("ja", "ウィッグをかぶると頭皮がかぶれて腫れてきました",
      "お世話になっております。\n先週購入したウィッグをかぶり始めてから、生え際と耳の上が赤くかぶれて、今朝は腫れて汁が出ています。\n"
      "治療中で免疫が落ちているので、主治医からは「傷口から感染すると怖い」と言われています。\n"
      "ネットの素材を教えていただけますか。明日の外来で主治医に見せたいので、今日中にお願いできると助かります。\n"
      "このまま使い続けていいのかも分からず、とても心配です。\n\n中川",
      "high", "anxious"),
    M("ja", "娘の結婚式用のウィッグのカットについて",
      "ミモザ　長谷川様\n\n今週土曜日の娘の結婚式でかぶるため、昨日ウィッグのカットをしていただきました。\n"
      "家に帰ってから見たところ、右側だけ前髪が２cmほど短く、左右がそろっていません。\n"
      "式は土曜の11時からで、当日は朝8時に美容院で着付けをします。\n"
      "金曜日のうちに直していただくことはできますでしょうか。何時でも伺います。\n\n前田 和子",
      "high", "neutral"),
    M("ja", "助成金の書類について",
      "市の医療用ウィッグ助成金を申請したいと思っています。\n"
      "申請書に「販売店の証明欄」があるのですが、これはそちらで記入していただけるものでしょうか。\n"
      "購入したのは7月で、領収書は手元にあります。\n"
      "申請の締め切りは来年の3月末です。",
      "normal", "neutral"),
    M("ja", "メンテナンスの件",
      "６週間前にメンテナンスに出したウィッグ、いつ戻ってくるんでしょうか。\n"
      "「３週間程度」と言われて預けたのに、その後一度も連絡がありません。\n"
      "こちらから電話したら「確認します」と言われたきりです。\n"
      "予備のウィッグがあるので今は何とかなっていますが、高いお金を払っているのにこの扱いはひどいと思います。",
      "normal", "angry"),
    M("ja", "人毛ウィッグのシャンプーについて",
      "こんにちは。人毛ミックスのウィッグを使っています。\n"
      "普段使っている自分のシャンプーで洗っても大丈夫でしょうか。それとも専用のものを使ったほうがいいですか？\n"
      "洗う頻度の目安も教えていただけるとうれしいです。",
      "normal", "neutral"),
    M("ja", "相談したいです",
      "スタッフの方の言い方がひどかった",
      "normal", "angry", True),
    M("ja", "サイズ",
      "サイズ変えたい",
      "normal", "neutral", True),
    M("ja", "お礼",
      "長谷川さん\n\n治療が終わって、ようやく自分の髪が５cmくらいまで伸びました。\n"
      "ウィッグを初めて試着した日、鏡を見て泣いてしまった私に、ずっと付き添ってくださったことを今でも覚えています。\n"
      "おかげで、一日も休まずに仕事を続けられました。本当にありがとうございました。\n\n"
      "お返事はいりません。お礼だけお伝えしたくて。\n\n中西 幸",
      "low", "positive"),
    M("ja", "夏用のウィッグについて",
      "来年の夏に向けて、通気性のいいウィッグを探しています。\n"
      "メッシュの部分が多いタイプはありますか？\n"
      "まだ先の話なので、カタログが出たころに教えていただければ大丈夫です。",
      "low", "neutral"),
    M("en", "Lily's wig - she starts school on Monday",
      "Hi,\n\nWe ordered a child's wig for our daughter Lily (9, alopecia) on 2 August. The tracking has said 'held at sorting centre' for eight days now.\n"
      "She starts at her new school on Monday and she's told us she won't go without it. She's been crying about it every night.\n"
      "Is there anything you can do to get it to us by Saturday, or lend her one to tide her over? We'll drive to the studio if that helps.\n\nAmira",
      "high", "anxious"),
    M("en", "Wrong colour - and I was told it wasn't",
      "I collected my wig last Thursday. In daylight it's clearly a shade or two redder than the sample I chose.\n"
      "When I said so at the studio, your stylist told me it was 'just the lighting' and that I'd get used to it. I won't.\n"
      "I paid £640 for this and I'd like it put right, not explained away.\n\nPatricia Moore",
      "normal", "angry"),
    M("en", "Storing a synthetic wig",
      "Hello, quick question: what's the best way to store my synthetic wig overnight? I've been leaving it on the polystyrene head, but the ends seem to be frizzing. Should I be using a stand instead?\n\nThanks, Joy",
      "normal", "neutral"),
    M("en", "change",
      "Can I change it",
      "normal", "neutral", True),
    M("en", "Thank you, Jo",
      "Dear Jo,\n\nI finished chemo last month and wanted to thank you for making the fittings so gentle. You never once rushed me.\n"
      "I'll probably pop in sometime next year to see about a shorter style while my own hair grows back, but there's no hurry.\n\nWith love,\nMargaret",
      "low", "positive"),
]

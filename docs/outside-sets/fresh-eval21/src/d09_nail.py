# nail = nail salon: gel nails, nail art, removal, bookings (ネイルサロン)
from common import S, D, M

DOMAIN = "nail"

SENTENCES = [
    S("ja", "ジェルが浮いてきたのはお客様の爪の状態によるものですので、保証の対象外です。", "condescending"),
    S("ja", "施術後1週間以内のリフトは無料でお直しします。次回のご予約の際に、その旨をお伝えいただけますか。"),
    S("ja", "デザインによっては、追加料金がかかります。", "vague"),
    S("ja", "フレンチにストーン10粒のデザインは、基本料金6,600円に1,100円の追加で、合計7,700円です。"),
    S("ja", "予約の時間に遅れないでください。", "imperative", "request_without_reason"),
    S("ja", "次のお客様のご予約があるため、15分以上遅れる場合は施術内容を短縮させていただきます。"),
    S("ja", "爪が割れやすい原因については、分かりかねます。", "unknown_without_followup"),
    S("ja", "赤みが出ているとのことですが、たぶん大丈夫だと思いますよ。", "dismissive"),
    S("ja", "赤みやかゆみが続く場合はジェルの成分が合っていない可能性があるため、皮膚科を受診していただけますか。オフの料金（2,200円）は当店で負担します。"),
    S("ja", "ストーンなどの材料を取り寄せるため、デザインの画像は3日前までに送っておいてください。", "imperative"),
    S("ja", "何回説明したら分かっていただけるんでしょうか。", "condescending"),
    S("ja", "空き枠が出たら、そのうちご連絡します。", "vague"),
    S("ja", "ネイルの持ちは人それぞれなので、何週間もつかはお答えできません。", "unknown_without_followup"),
    S("en", "Gel lifting after a week usually comes down to how the client treats her nails.", "condescending"),
    S("en", "Any redness should settle, so I wouldn't worry about it.", "dismissive"),
    S("en", "If the redness is still there on Monday, please send me a photo and I'll arrange a free removal and a referral to the dermatologist we work with."),
    S("en", "Nail art is extra, depending on the design.", "vague"),
    S("en", "Please arrive ten minutes early.", "request_without_reason"),
    S("en", "We have a 2:30 opening on Saturday with Mei; a gel infill takes about 75 minutes and costs £38."),
    S("en", "I can't tell you why some people react to gel.", "unknown_without_followup"),
]

DRAFTS = [
    D("ja", "サロン・ミュゲより",
      "吉田様\n\nいつもサロン・ミュゲをご利用いただき、ありがとうございます。\n"
      "秋らしいくすみカラーの新色が18色入荷しました。\n"
      "ボルドーやマスタードなど、今年は深めの色が人気です。\n"
      "インスタグラムでもデザイン例をご紹介していますので、ぜひご覧ください。\n\n"
      "ところで、10月5日（土）15時のご予約ですが、担当の井上が体調不良のためお休みをいただくことになりました。"
      "同じ日の17時に別のスタッフで施術するか、10月12日（土）15時に井上で施術するか、お選びいただけますでしょうか。\n\n"
      "サロン・ミュゲ",
      "purpose_not_upfront"),
    D("ja", "ご予約の確認（9月14日 土曜 11時）",
      "中村様\n\nサロン・ミュゲの井上です。\n"
      "9月14日（土）11時からのご予約を確認させていただくご連絡です。\n\n"
      "メニュー：ジェルワンカラー＋オフ\n所要時間：約90分\n料金：7,150円（税込）\n\n"
      "前回のデザインを引き続きご希望の場合は、色番号（前回は#218）をこちらで控えておりますので、そのままお越しください。\n"
      "ご都合が悪くなった場合は、前日18時までにご連絡いただければキャンセル料はかかりません。\n\n"
      "サロン・ミュゲ　井上"),
    D("ja", "ネイル後の赤みについてのご返信",
      "本田様\n\nサロン・ミュゲの井上です。\n"
      "施術後に指先の赤みとかゆみが出ているとのご連絡をいただき、ありがとうございます。ご不安なことと思います。\n\n"
      "ジェルの成分が肌に合っていない可能性がありますので、まずは皮膚科を受診していただけますでしょうか。受診の際は、お使いしたジェルの成分表（添付のPDF）をお持ちいただくと、診断がスムーズです。\n\n"
      "ジェルのオフは明日以降いつでも無料でいたします。受診費用も当店で負担しますので、領収書をお持ちください。\n\n"
      "サロン・ミュゲ　井上"),
    D("en", "Your appointment is confirmed",
      "Hi Sophie,\n\nYour appointment is confirmed for <<date>> at <<time>> with Mei.\n\n"
      "Treatment: BIAB infill with nail art on two fingers\nDuration: about 90 minutes\nPrice: £52\n\n"
      "If you need to cancel, let us know 24 hours ahead, as we keep a waiting list for weekend slots.\n\n"
      "See you soon!\nMuguet Nail Studio",
      "placeholder_left"),
]

MAILS = [
    M("ja", "ジェルオフのあと指が腫れてきました",
      "ミュゲさん\n\n一昨日ジェルをオフしていただいた右手の人差し指が、昨日から赤く腫れてきて、今日は爪の横に膿がたまっています。\n"
      "ずきずき痛んで、夜もよく眠れませんでした。\n"
      "オフのときに甘皮のあたりを削りすぎて少し血が出たので、そこからばい菌が入ったのかもしれません。\n"
      "病院に行ったほうがいいでしょうか。どこに行けばいいのかも分からなくて…。\n\n本田",
      "high", "anxious"),
    M("ja", "予約がキャンセルになっています",
      "サロン・ミュゲ様\n\n10月19日（土）13時にブライダルネイルの予約をしている大森です。\n"
      "今朝、「ご予約のキャンセルを承りました」というメールが届きましたが、キャンセルはしていません。\n"
      "翌日の20日が結婚式で、式場の前撮りもその日の朝に入っています。\n"
      "19日のどこかで施術していただけるように、予約を戻していただけますか。\n\n大森 彩",
      "high", "neutral"),
    M("ja", "カード決済が3回されています（2度目のご連絡）",
      "先週土曜日の施術代9,900円が、クレジットカードに3回請求されています。\n"
      "月曜日にメールでお伝えしましたが、返事がありません。\n"
      "カードの上限が低く、この件で今月の引き落としが通らなくなっています。\n"
      "2回分の取り消しがいつになるのか、明日中に連絡をください。\n\n"
      "> 月曜日に送ったメール：\n> 土曜の支払いが3回になっています。確認してください。\n\n鈴木",
      "high", "angry"),
    M("ja", "デザインの相談",
      "来週の予約の前に相談させてください。\n"
      "短い爪でもできるニュアンスネイルはありますか？\n"
      "仕事柄、あまり長さを出せないので、そのあたりも含めて提案していただけるとうれしいです。",
      "normal", "neutral"),
    M("ja", "昨日の施術について",
      "昨日施術していただいた者です。\n"
      "事前に画像を送ってお願いしたデザインと、全然違う仕上がりでした。\n"
      "施術中、担当の方がずっと私用の電話をしていて、終わってから「こんな感じでいいですよね」と言われ、言い返せませんでした。\n"
      "同じ料金を払っていて、この扱いはおかしいと思います。",
      "normal", "angry"),
    M("ja", "妊娠中のジェルネイルについて",
      "いつもお世話になっています。\n"
      "実は妊娠が分かりました。妊娠中にジェルネイルを続けても、赤ちゃんに影響はないでしょうか。\n"
      "においや、ライトの光のことなど、調べれば調べるほど分からなくなって不安です。\n"
      "次の予約は来月なので、それまでに教えていただければ大丈夫です。",
      "normal", "anxious"),
    M("ja", "ありがとうございました！",
      "先日は素敵なネイルをありがとうございました！\n"
      "職場でもたくさん褒められて、うれしくて何度も見てしまいます。\n"
      "次回は11月の第2土曜日あたりで予約したいのですが、空いていますか？",
      "normal", "positive"),
    M("ja", "",
      "取れた",
      "normal", "neutral", True),
    M("ja", "フットネイルについて",
      "来年の夏にフットネイルをお願いしたいと考えています。\n"
      "フットのメニューは通年でやっていますか？\n"
      "まだ先のことなので、お手すきのときにお返事いただければ十分です。",
      "low", "neutral"),
    M("ja", "店内のBGMについて",
      "いつも楽しく通っています。\n"
      "ひとつだけ、最近店内の音楽が少し大きめで、担当の方の声が聞き取りにくいことがあります。\n"
      "気になったのでお伝えしました。お返事は大丈夫です。",
      "low", "neutral"),
    M("en", "Blisters after gel - I'm on shift tomorrow",
      "Hi,\n\nI had a gel manicure with you on Saturday. Since last night the skin around four of my fingertips has come up in small blisters and it's weeping.\n"
      "I'm a theatre nurse and I can't scrub in with broken skin. I'm due on shift at 7 am tomorrow and there's nobody to cover me.\n"
      "What's in the gel? Do I need to get it taken off tonight? I'm really worried it'll get worse.\n\nKelly",
      "high", "anxious"),
    M("en", "40 minutes late, then rushed",
      "I arrived on time for my 11 o'clock on Saturday and wasn't seen until 11:40. Nobody apologised.\n"
      "Then the technician rushed the whole thing to catch up, and two nails had already chipped by Sunday evening.\n"
      "I've been coming to you for two years. I'd like to know whether this is how things are going to be now.\n\nLeanne",
      "normal", "angry"),
    M("en", "Gel removal price",
      "Hi, how much is a gel removal on its own, without a new set? I had them done elsewhere.\n\nThanks, Grace",
      "normal", "neutral"),
    M("en", "sat?",
      "can u fit me in",
      "normal", "neutral", True),
    M("en", "Gift vouchers",
      "Hello, do you sell gift vouchers? I'd like to get one for my sister's birthday in March. No hurry at all, just planning ahead.\n\nRebecca",
      "low", "neutral"),
]

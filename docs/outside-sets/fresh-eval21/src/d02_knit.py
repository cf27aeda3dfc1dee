# knit = yarn shop with knitting classes (毛糸店・編み物教室)
from common import S, D, M

DOMAIN = "knit"

SENTENCES = [
    S("ja", "同じロットの毛糸は、入荷しだいご案内します。", "vague"),
    S("ja", "ロット番号が違うと色がわずかに変わることがありますので、追加分は同じロット（A217）で3玉お取り置きしています。"),
    S("ja", "編み図の読み方は初回のレッスンで説明しましたよね。", "condescending"),
    S("ja", "編み目がそろわないのは、単純に練習が足りないからだと思います。", "condescending"),
    S("ja", "教室を欠席する場合は、前日までに連絡してください。", "imperative", "request_without_reason"),
    S("ja", "振替レッスンをご希望の場合は、前日の18時までにご連絡いただけますか。講師の人数を調整するためです。"),
    S("ja", "この毛糸が洗濯機で洗えるかどうかは、当店ではわかりません。", "unknown_without_followup"),
    S("ja", "洗濯機で洗えるかはメーカーに確認中です。回答が届きしだい、遅くとも15日（金）までにご連絡します。"),
    S("ja", "レッスン代とは別に、材料費が少しかかります。", "vague"),
    S("ja", "材料費は毛糸5玉と竹の輪針で2,860円（税込）です。"),
    S("ja", "正直なところ、この作品はお客様のレベルではまだ無理だと思います。", "condescending"),
    S("ja", "ほかのお店で買われた毛糸についてのご質問には、お答えしておりません。", "dismissive"),
    S("ja", "キットは10月8日（火）に発送し、翌日の午前中にお届けの予定です。"),
    S("ja", "次回は編み方の癖を一緒に直したいので、編みかけの作品を教室に持ってきてください。", "imperative"),
    S("en", "There may be a small charge for the pattern printout.", "vague"),
    S("en", "Bring your own needles to the first class.", "imperative", "request_without_reason"),
    S("en", "We don't answer questions about yarn bought elsewhere.", "dismissive"),
    S("en", "Please bring 4 mm needles to the first class; the starter project is sized for them and we only have a few spare pairs."),
    S("en", "I'm not sure why the dye ran, but I've sent the skein back to the mill and will email you their answer by Friday 9 May."),
    S("en", "Honestly, if you'd followed the pattern you wouldn't have run short of yarn.", "condescending"),
    S("en", "The course fee goes up from £90 to £96 next term, as our room hire has gone up."),
]

DRAFTS = [
    D("ja", "【お詫び】ご注文の毛糸の誤配送について",
      "村田様\n\n毛糸と教室の糸ぐるま、店主の大野です。\n"
      "ご注文の「メリノ並太・生成り」ではなく、「メリノ並太・グレー」をお送りしてしまいました。大変申し訳ございません。\n\n"
      "出荷の際に、棚の隣り合った色番号（0101と0110）を取り違えたことが原因です。\n\n"
      "正しい生成りの10玉を本日発送いたしました。明日の午後にはお手元に届きます。"
      "グレーの毛糸は同封の着払い伝票でご返送いただくか、よろしければそのままお使いください。\n\n"
      "ご迷惑をおかけいたしました。\n\n糸ぐるま　大野 咲",
      "apology_incomplete"),
    D("ja", "10月の初心者クラスの日程変更のお知らせ",
      "受講生の皆さま\n\n糸ぐるまの大野です。\n"
      "10月の初心者クラス（水曜午前）を、講師の都合により10月16日から10月23日に変更させていただくお知らせです。\n\n"
      "時間と場所はこれまでどおり、10時〜12時、2階の教室です。\n"
      "23日にご都合がつかない方は、同じ内容の土曜クラス（10月19日 14時〜）に振り替えられますので、10月14日までにご返信ください。\n"
      "ご不便をおかけしますが、どうぞよろしくお願いいたします。\n\n糸ぐるま　大野 咲"),
    D("ja", "作品展の出品作品の持ち込みについて（11月2日まで）",
      "山岸様\n\n糸ぐるまの大野です。\n来月の作品展へのご出品、ありがとうございます。\n\n"
      "出品する作品は、11月2日までに店に持ってきてください。\n"
      "あわせて、作品の名前と使った毛糸を書いた紙も付けてください。\n\n"
      "当日は10時から16時まで展示しております。\n\n糸ぐるま　大野 咲",
      "imperative", "request_without_reason"),
    D("en", "Your workshop place is confirmed",
      "Hi {first_name},\n\nThanks for booking a place on our Fair Isle weekend workshop on 12–13 October. Your place is confirmed.\n\n"
      "The workshop runs from 10 am to 4 pm both days, and lunch is included. All yarn is provided; you only need to bring 3.5 mm circular needles (40 cm), as that's what the hat pattern is written for.\n\n"
      "See you soon,\nAnna\nSpinning Wheel Yarns",
      "placeholder_left"),
    D("en", "Refund for the cancelled Tuesday class",
      "Hi Louise,\n\nI'm writing to let you know that we've refunded £18 for the Tuesday evening class we cancelled on 3 September; you should see it on your card within five working days.\n\n"
      "Sorry again for the short notice. Our tutor was ill, and we didn't have anyone free to cover the colourwork session. We've since trained a second tutor on colourwork, so an illness won't mean cancelling a class again.\n\n"
      "If you'd like to make up the session instead, there's space on Thursday 19 September at 7 pm, just reply and I'll put you down.\n\n"
      "Anna\nSpinning Wheel Yarns"),
]

MAILS = [
    M("ja", "注文確認メールに他の方の住所が載っています",
      "糸ぐるま様\n\n先ほど届いた注文確認メールの下のほうに、私ではない方のお名前、住所、電話番号が3名分載っていました。\n"
      "ということは、私の住所や電話番号も、ほかの方に送られているのではないでしょうか。\n"
      "子どもと二人暮らしなので、住所が知らない人に渡っていたらと思うと怖くて仕方ありません。\n"
      "どの範囲まで送られてしまったのか、今日中に教えていただけますか。\n\n佐野",
      "high", "anxious"),
    M("ja", "教室代が3回引き落とされています",
      "10月分の教室代16,500円が、同じ日に3回、口座から引き落とされていました。合計49,500円です。\n"
      "おかげで月末の家賃の引き落としに残高が足りません。\n"
      "家賃の引き落としは30日（明後日）です。それまでに2回分を返金してください。\n"
      "電話は何度かけても留守電でした。",
      "high", "angry"),
    M("ja", "作品展用の毛糸の発送状況",
      "いつもお世話になっております。編み物サークル「ひだまり」の代表の岡です。\n\n"
      "11月23日の市民文化祭に出品するブランケットのために、11月5日に「アルパカ極太・ロット同一で8玉」を注文しました（注文番号 20231105-088）。\n"
      "まだ発送のご連絡がなく、仕上げに1週間はかかるため、遅くとも15日には手元にないと間に合いません。\n"
      "発送日を教えていただけますでしょうか。\n\nひだまり　岡",
      "high", "neutral"),
    M("ja", "土曜クラスの空きについて",
      "こんにちは。\n土曜午後のかぎ針クラスに、12月から参加したいのですが、空きはありますか？\n"
      "月2回のコースと月1回のコースがあると聞きましたが、料金の違いも教えてください。\n\n藤原",
      "normal", "neutral"),
    M("ja", "先生の言い方について",
      "先週の木曜日の夜のクラスに出た者です。\n"
      "目を落としてしまったとき、先生にみんなの前で「またですか、それくらい家で練習してきてください」と言われました。\n"
      "月謝を払って習いに来ているのに、あの言い方はあんまりだと思います。\n"
      "ほかの生徒さんも気まずそうにしていました。\n"
      "このまま続けるかどうか考えています。",
      "normal", "angry"),
    M("ja", "赤ちゃんに使っても大丈夫でしょうか",
      "先日こちらで買ったメリノウールで、来年生まれる姪のおくるみを編もうと思っています。\n"
      "でも、ネットで「ウールは赤ちゃんの肌に刺激がある」と読んで、心配になってしまいました。\n"
      "肌が弱い子だったらどうしようと考えると、手が止まってしまって…。\n"
      "赤ちゃんに使っても大丈夫な毛糸でしょうか。",
      "normal", "anxious"),
    M("ja", "Re: ご注文ありがとうございました",
      "足りなくなりました",
      "normal", "neutral", True),
    M("ja", "ミトン完成しました！",
      "大野先生\n\n先月のワークショップで教わったミトン、ついに両手とも完成しました！\n"
      "親指の付け根が何度やってもうまくいかなかったのですが、先生に教わった方法で一発でした。本当にありがとうございます。\n"
      "次はセーターに挑戦したいので、1月からの通年クラスの申し込み方法を教えてください。\n\n"
      "> 11月のワークショップ「はじめてのミトン」にご参加いただきありがとうございました。\n\n中島",
      "normal", "positive"),
    M("ja", "夜のクラスの増設のご提案",
      "いつも楽しく通わせていただいています。\n"
      "ひとつ提案なのですが、仕事帰りに通える平日19時以降のクラスが増えると、同僚も誘いやすいです。\n"
      "今すぐどうこうということではなく、来年度の参考にしていただければうれしいです。お返事は不要です。",
      "low", "neutral"),
    M("ja", "ノルウェーの毛糸の取り扱い予定",
      "お世話になります。\n来年の秋冬に、ノルウェーの「ロイヤル」という毛糸を扱う予定はありますか。\n"
      "今年のセーターはもう別の毛糸で編み始めているので、来シーズンの参考までに伺いたいだけです。\n"
      "お時間のあるときで構いません。",
      "low", "neutral"),
    M("en", "Someone else's details on your checkout page",
      "Hi,\n\nWhen I went to pay for my order tonight, the checkout page showed another customer's name, address and the last four digits of their card, instead of mine.\n"
      "I closed it straight away, but now I'm scared my own card details might be showing up for someone else in the same way. I paid you with that card twice this month.\n"
      "Do I need to cancel my card tonight? Please tell me what's happened as soon as you can.\n\nNadia",
      "high", "anxious"),
    M("en", "Saturday class",
      "I've done three Saturday sessions of the 'sock knitting' course now and we still haven't touched a sock.\n"
      "Every week the tutor has us working on whatever the regulars want to do, and the beginners are just left to get on with it.\n"
      "I'd like someone to explain what I'm actually paying for.\n\nR. Doyle",
      "normal", "angry"),
    M("en", "Sizing on the Harbour cardigan",
      "Hello,\n\nI'm planning to knit the Harbour cardigan from your shop. My bust is 96 cm; should I go for size 3 or 4 if I want about 10 cm of ease? And how many skeins of the DK would that be?\n\nThanks,\nClaire",
      "normal", "neutral"),
    M("en", "which one",
      "Hi, which one do I need",
      "normal", "neutral", True),
    M("en", "Thank you for Sunday",
      "Dear Anna,\n\nThank you for such a relaxed workshop on Sunday. I'd never managed two colours at once before and I came home with a real hat!\n"
      "One small suggestion for next time: a printed chart in a bigger font would help those of us with older eyes.\n\nWarmly,\nBarbara",
      "low", "positive"),
]

from _h import S, D, T, C, V, I, R, U, X, AP, PH, PU

DOMAIN = "lingerie"
MEANING = "lingerie and bra-fitting shop (store fittings, alterations, mail order) / 下着・ブラジャーのフィッティング専門店と通販"

SENTENCES = [
    S("ja", "前回のフィッティングでお伝えしたサイズでご注文いただいていれば、このようなことにはならなかったかと存じます。", C),
    S("ja", "カップが浮くとのことですが、ほとんどは着け方によるものですので、商品側での対応は考えておりません。", C, X),
    S("ja", "肩ひもの付け替えは、工房の混み具合を見ながら順番に進めさせていただきます。", V),
    S("ja", "肩ひもの付け替えは、お預かりから10日前後でお渡しできます。仕上がり次第SMSでご連絡します。", ),
    S("ja", "ご返品の際は、タグを付けたまま送ってください。", I, R),
    S("ja", "衛生上の理由でタグを外した商品は再販できないため、ご返品の際はタグを付けたままお送りいただけますか。", ),
    S("ja", "一度、店頭での採寸をご予約いただけますでしょうか。", R),
    S("ja", "アンダーが前回から2cm以上変わっている可能性があるので、同じ型を選び直す前に、一度店頭で採寸させていただけないでしょうか。", ),
    S("ja", "ワイヤーが飛び出した原因については、こちらでは判断いたしかねます。", U),
    S("ja", "ワイヤーが飛び出した原因はまだ分かっておりませんが、メーカーに検品を依頼しましたので、20日までに結果をお知らせします。", ),
    S("ja", "サイズ交換は一回限りのため、どちらのサイズか迷われている場合は、ご注文の前に店頭かビデオ通話での無料採寸をご利用いただくと安心です。", ),
    S("ja", "ワイヤーが当たって痛いとのことですが、新しいうちは皆さんそう感じられるものですので。", X),
    S("ja", "同じ素材でかゆみが出たというご連絡は今回が初めてですが、念のため同じロットの在庫をすべて確認しています。", ),
    S("ja", "術後用のブラは医療機器ではないため保険の対象外ですが、医療費控除に使えるかどうかの確かめ方は、別途ご案内できます。", ),

    S("en", "As the size guide on every product page makes very clear, this range runs a band size small.", C),
    S("en", "Alterations normally take a few days, depending on how busy the workroom is.", V),
    S("en", "Return the set unworn with the hygiene strip still attached.", I, R),
    S("en", "We aren't able to say from here why the underwire came through.", U),
    S("en", "Our fitter measured you at 34D in March, but band sizes can shift within a few months, so a re-measure is free whenever you're passing.", ),
    S("en", "A new pair of straps costs £8 fitted and takes about a week; we'll text you when they're ready to collect.", ),
    S("en", "Could you send a photo of the care label inside the band? The batch number on it tells us which production run your bra came from.", ),
]

DRAFTS = [
    D("ja", "発送遅延のお詫び（ご注文番号 LN-20418）",
      "森田 由紀 様\n\n"
      "ランジェリー工房ミモザ オンラインショップの高野です。\n"
      "このたびはご注文の商品のお届けが遅れており、大変申し訳ございません。\n\n"
      "11月28日から倉庫の在庫管理システムを切り替えた際、一部のご注文で出荷の指示が止まっておりました。"
      "森田様のご注文もその中に含まれていたことが、本日の確認で分かりました。\n\n"
      "本日12月3日の午前中に速達でお送りしました。お問い合わせ番号は 4471-2290-1835 で、"
      "明日4日の午前中にお届けの予定です。\n\n"
      "ご不便をおかけしましたこと、重ねてお詫び申し上げます。\n\n"
      "ランジェリー工房ミモザ 高野\n",
      AP),
    D("ja", "お届けした商品のサイズ違いについてのお詫び",
      "佐伯 綾 様\n\n"
      "ランジェリー工房ミモザの高野です。\n"
      "ご注文と異なるサイズの商品をお届けしてしまい、誠に申し訳ございません。\n\n"
      "原因は出荷作業での取り違えです。D70とD75の同じ色の商品が隣り合った棚に置かれており、"
      "担当者がサイズ表記を読み違えたまま梱包しておりました。\n\n"
      "正しいD70の商品は本日速達でお送りしました。お手元の商品は、同封の着払い伝票でご返送いただければ結構です。"
      "お急ぎでなければ、商品が届いてからで構いません。\n\n"
      "再発を防ぐため、同じ型のサイズ違いは棚を分けて置くようにし、出荷前には別の担当者がサイズを読み上げて確認する手順を今週から始めました。\n\n"
      "お手数をおかけして申し訳ございません。\n\n"
      "ランジェリー工房ミモザ 高野\n"),
    D("ja", "お直し完了のお知らせ",
      "村上 様\n\n"
      "ランジェリー工房ミモザ 吉祥寺店の岩井です。\n"
      "お預かりしていたブライダルインナーのお直しが仕上がりましたので、お知らせいたします。\n\n"
      "ウエスト部分を2cm詰め、背中のホックを一段増やしております。\n"
      "〇月〇日までに店頭でお受け取りいただけますでしょうか。受け取りの際に一度ご試着いただき、"
      "気になる点があればその場で調整いたします。\n\n"
      "ランジェリー工房ミモザ 吉祥寺店 岩井\nTEL 0422-00-1187\n",
      PH),
    D("ja", "【ご返信のお願い】採寸のご予約日時",
      "田中 美穂 様\n\n"
      "ランジェリー工房ミモザ 吉祥寺店の岩井です。\n"
      "採寸のご予約日時を確定したいので、下の候補からご都合のよい枠をお知らせいただけますか。\n\n"
      "12月10日（水）　10:00　〇\n"
      "12月10日（水）　14:30　△（残り1枠）\n"
      "12月12日（金）　11:00　〇\n\n"
      "〇は空きあり、△は残りわずかの枠です。採寸とご試着で40分ほどかかります。\n"
      "ご希望の枠を12月8日（月）までにお返事いただければ、その日のうちに確定のご連絡をいたします。\n\n"
      "ランジェリー工房ミモザ 吉祥寺店 岩井\n"),

    D("en", "Your fitting on {appointment_date}",
      "Hi {first_name},\n\n"
      "Thanks for booking a fitting with Hartley & Rose. We've reserved a private room for you and "
      "set aside 45 minutes so there's no rush.\n\n"
      "If you're bringing a bra you already like, it helps to wear it on the day so our fitter can see what works for you.\n\n"
      "If you need to move the appointment, you can simply reply to this email.\n\n"
      "See you soon,\nThe Hartley & Rose team\n",
      PH),
    D("en", "Your altered nursing bras are ready to collect",
      "Dear Ms Okafor,\n\n"
      "Your two nursing bras are ready to collect from our Bath Street shop. We've shortened both "
      "straps by 2 cm and swapped the clips for the one-handed type you chose.\n\n"
      "The alteration came to £16, which you've already paid. We're open 9:30-5:30 Monday to Saturday, "
      "and we'll hold them for you until 20 December. If that's difficult, we're happy to post them "
      "for £3.50 instead.\n\n"
      "Kind regards,\nPriya\nHartley & Rose, Bath Street\n"),
]

MAILS = [
    T("ja", "術後用ブラの配送について",
      "お世話になっております。\n11月30日に術後用のフロントホックブラを2枚注文した井上と申します。\n"
      "注文番号はLN-20377です。\n\n"
      "乳がんの手術を受けて入院中で、明後日の金曜日に退院します。\n"
      "病院からは退院の日から締め付けの少ない専用のものを着けるように言われていて、"
      "家族に受け取ってもらうつもりでしたが、まだ発送のメールが来ていません。\n"
      "今から発送していただいて木曜日中に自宅（横浜市）へ届くかどうか、"
      "届かないなら店頭で受け取れるお店があるか教えていただけないでしょうか。\n"
      "このメールは病室から送っているので、返信はメールでお願いします。\n\n井上 恵子",
      "high", "anxious"),
    T("ja", "Re: Re: 二重の引き落としについて",
      "高野様\n\n"
      "三度目のご連絡になります。\n"
      "11/14に一度、11/21に一度、同じ内容でお問い合わせしていますが、"
      "「確認して折り返します」というお返事から先に進んでいません。\n\n"
      "同じ注文（LN-19952、12,980円）がカードから２回引き落とされたままです。\n"
      "カード会社の締めが今月15日なので、それまでに返金の手続きをしていただけないと"
      "カード会社に不正利用として申し出るしかないと考えています。\n"
      "担当の方のお名前と、いつ返金されるのかを今日中に教えてください。\n\n"
      "> 確認のうえ、改めてご連絡いたします。\n> ランジェリー工房ミモザ 高野\n\n柏木",
      "high", "angry"),
    T("ja", "お直しの受け取り日",
      "吉祥寺店　岩井様\n\n"
      "ブライダルインナーのお直しをお願いしている村上です。\n"
      "今週土曜日が挙式で、前日の金曜日17時までには受け取りたいのですが、"
      "仕上がりのご連絡をまだいただいていないので状況を確認させてください。\n"
      "金曜日に間に合わない場合は、土曜日の朝に式場（表参道）へ直接届けていただくことは可能でしょうか。\n\n村上 さやか\n090-0000-5512",
      "high", "neutral"),
    T("ja", "採寸の予約変更",
      "12日の11時に採寸の予約をしている田中です。\n"
      "仕事の都合で、同じ週の土曜日か日曜日の午後に変えていただくことはできますか。\n"
      "空いていなければ翌週でも構いません。\nシフトを今日中に出さないといけないので、今日中にお返事いただけると助かります。",
      "normal", "neutral"),
    T("ja", "先日の接客について",
      "先週の土曜日、吉祥寺店で採寸をしていただいた者です。\n\n"
      "試着室で「この年齢になると皆さん垂れてきますから」と二度言われ、"
      "ほかのお客さんにも聞こえる声で胸のサイズを読み上げられました。\n"
      "こちらはお金を払って相談しに行っているのに、なぜあんな言い方をされなければならないのでしょうか。\n"
      "商品自体は気に入っていたので残念です。\n"
      "お店としてどう考えているのか、お返事をいただけますか。",
      "normal", "angry"),
    T("ja", "中学生の娘のはじめての下着について",
      "はじめてメールします。\n"
      "中学1年の娘が、体育の着替えのときに友達と比べて恥ずかしいと言って、"
      "最近は体育のある日に学校へ行きたがりません。\n"
      "ちゃんとしたものを買ってあげたいのですが、私もどう選べばいいのか分からず、"
      "お店に連れて行っても本人が嫌がらないか心配です。\n"
      "ジュニア向けの採寸はしていただけるのでしょうか。"
      "男性の店員さんがいないか、ほかのお客さんから見えない場所で測ってもらえるのかも知りたいです。",
      "normal", "anxious"),
    T("ja", "交換", "サイズ交換したいです", "normal", "neutral", True),
    T("ja", "Fw: 返品先の住所",
      "妻の代わりに問い合わせます。\n下のメールの返品を送りたいのですが、"
      "送り先が店舗なのか倉庫なのか書かれていないので教えてください。\n\n"
      "---------- Forwarded message ---------\n"
      "From: ランジェリー工房ミモザ <shop@example.jp>\n"
      "件名: 返品受付のご案内\n\n"
      "返品を承りました。商品到着後、５営業日以内にご返金いたします。\n"
      "返送の際は同封の伝票をご利用ください。\n",
      "normal", "neutral"),
    T("ja", "ありがとうございました",
      "先月、吉祥寺店で岩井さんに採寸していただいた者です。\n"
      "何年もアンダーが合っていなかったことが分かって、今は肩こりがずいぶん楽になりました。\n"
      "本当にありがとうございました。\n\n"
      "ひとつだけ質問なのですが、いま使っているネイビーの型は、春に別の色が出る予定はありますか？\n"
      "急ぎではないので、決まったら教えていただければ十分です。",
      "low", "positive"),
    T("ja", "ポイントの有効期限",
      "会員ポイントが少し残っているのですが、有効期限はいつまででしょうか。\n"
      "しばらく買い物の予定はないので、分かる範囲で、いつでも構いません。",
      "low", "neutral"),

    T("en", "Charged three times",
      "Hello,\n\nI placed one order on Sunday night (HR-88213, £64) and my bank app shows three "
      "payments of £64 gone out. That's £192 I don't have - my rent leaves on Friday and there isn't "
      "enough in the account to cover it now. I'm really worried it will bounce.\n\n"
      "Can you tell me whether the two extra payments will go back before Friday, or if there's "
      "anything I need to do with my bank?\n\nThanks,\nJade",
      "high", "anxious"),
    T("en", "Third time lucky?",
      "So this is the third parcel from you this autumn with the right style in the wrong colour. "
      "I ordered black. I have now recieved nude, nude again, and today, a sort of mint.\n\n"
      "I'm sure the mint is lovely on someone. Do you want me to send this one back too, or shall I "
      "just start a collection?\n\nOrder HR-87904.\n\nM. Turner",
      "normal", "angry"),
    T("en", "Gift card question",
      "Hi there, can a gift card be used for a fitting appointment as well as products, or only for "
      "products? I'd like to buy one for my sister's birthday on the 21st.\nCheers, Tom",
      "normal", "neutral"),
    T("en", "Longline styles?",
      "Hello - just a thought rather than anything I need: do you ever plan to stock longline bras in "
      "the bigger cup sizes? I'd definitely buy one. No need to reply quickly, I'm only curious.\n\nAnne",
      "low", "neutral"),
    T("en", "order", "wrong size", "normal", "neutral", True),
]

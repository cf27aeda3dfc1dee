from _h import S, D, T, C, V, I, R, U, X, AP, PH, PU

DOMAIN = "zero_waste"
MEANING = "zero-waste bulk store: pay-by-weight dry goods and detergent refills, refill van and subscription / 量り売り・詰め替えの店"

SENTENCES = [
    S("ja", "容器は事前に洗って、乾かしてから持ってきてください。", I, R),
    S("ja", "水分が残っていると洗剤が分離したり穀物にカビが生えたりするので、容器はよく乾かしてからお持ちいただけますか。", ),
    S("ja", "量り売りの価格は、仕入れの状況によって多少変動いたします。", V),
    S("ja", "量り売りの価格は毎月1日に見直し、100gあたりの金額を店頭の黒板とホームページに掲示しています。", ),
    S("ja", "手荒れの件ですが、当店の洗剤は植物由来の原料のみですので、肌への影響はまず考えられません。", X),
    S("ja", "容器の重さの引き方はレジ横に貼ってありますので、毎回お聞きにならなくても大丈夫かと思います。", C),
    S("ja", "ナッツの産地が変わった理由は、仕入れ先からまだ聞いておりません。", U),
    S("ja", "ナッツの産地が変わった理由は仕入れ先に問い合わせており、返事が来る予定の金曜日にはお知らせできます。", ),
    S("ja", "定期便は、仕入れ先の状況が落ち着くまでお休みさせていただきます。", V),
    S("ja", "プラスチック容器をお使いになるのでしたら、わざわざ量り売りのお店に来ていただく意味はあまりないように思います。", C),
    S("ja", "詳しい成分表をご希望でしたら、ご自身でメーカーに問い合わせていただくほうが早いかと思います。", X),
    S("ja", "容器をお忘れの場合は、店内の紙袋を1枚10円でお使いいただけます。", ),
    S("ja", "前回のお買い物の分のポイントを付け直しますので、次回のご来店の際に前回のレシートをお持ちいただけますか。", ),
    S("ja", "洗剤が固まってしまった原因については、こちらでは判断がつきかねます。", U),

    S("en", "Prices on the bulk bins change from time to time.", V),
    S("en", "Weigh your jars at the counter before you fill them, so we can take their weight off the price.", I),
    S("en", "We're honestly not sure why the oat-milk concentrate separated.", U),
    S("en", "We've sold that laundry liquid for years and nobody else has come out in a rash.", X),
    S("en", "Jars need to be completely dry before filling, because even a few drops of water can make flour go mouldy within a week.", ),
    S("en", "Our refill van is on Hollins Road every other Thursday from 10 to 12, and the next visit is the 19th.", ),
    S("en", "Could you bring the lid with the bottle next time? We weigh them together for the tare, so without the lid the price comes out slightly high.", ),
]

DRAFTS = [
    D("ja", "定期便の誤配送についてのお詫び",
      "坂本 直子 様\n\n"
      "量り売りの店 はかりや の大塚です。\n"
      "12月6日にお届けした定期便に、ご注文の食器用洗剤ではなく洗濯用洗剤の詰め替えが入っておりました。"
      "ご迷惑をおかけして、誠に申し訳ございません。\n\n"
      "どちらも同じ形の1Lのガラス瓶に詰めており、瓶のラベルを貼る際に取り違えたことが原因です。\n\n"
      "正しい食器用洗剤は、本日12月8日の便でお送りしました。明日の午前中に届く予定です。"
      "誤ってお送りした洗濯用洗剤は、よろしければそのままお使いください。返送は不要で、代金もいただきません。\n\n"
      "今後は、詰めた直後にその場でラベルを貼り、出荷前にもう一人が中身のにおいと色、ラベルを確認してから箱に入れるようにいたします。\n\n"
      "はかりや 大塚\n"),
    D("ja", "年末年始の営業時間のお知らせ",
      "はかりや 会員の皆様\n\n"
      "いつもご来店ありがとうございます。年末年始の営業時間をお知らせします。\n\n"
      "・12月28日（日）まで　通常営業（10時〜19時）\n"
      "・12月29日（月）〜1月3日（土）　お休み\n"
      "・1月4日（日）から　通常営業\n\n"
      "年内最後の定期便は12月26日（金）のお届けです。1月分は1月9日（金）から順にお届けします。"
      "お休みの間の定期便の変更は不要です。\n\n"
      "はかりや 大塚\n"),
    D("ja", "Re: 洗濯用洗剤について",
      "石田 様\n\n"
      "はかりやの大塚です。お問い合わせありがとうございます。\n\n"
      "当店の洗濯用洗剤（詰め替え）を、生まれたばかりの赤ちゃんの肌着に使っても大丈夫かどうか、というご質問ですね。\n"
      "申し訳ありませんが、赤ちゃんの肌に合うかどうかについては、当店では分かりかねます。\n\n"
      "洗剤は100mlから量り売りしております。\n\n"
      "はかりや 大塚\n",
      U),

    D("en", "Sorry about your leaking refill",
      "Hi Mrs Whitfield,\n\n"
      "I'm so sorry the 5-litre washing-up liquid we delivered last week leaked all over your utility "
      "room floor. That's a horrible thing to come home to.\n\n"
      "We've refunded the £21 you paid for it, and we'll cover the cost of cleaning or repairing the floor - "
      "if you send us the bill or a quote, we'll pay it within a week.\n\n"
      "From now on, every container of liquid is checked by a second person before it goes into the van.\n\n"
      "Best wishes,\nJess\nThe Refill Larder\n",
      AP),
]

MAILS = [
    T("ja", "詰め替えてもらった瓶のことで",
      "今日の午後、お店で洗濯用洗剤を詰め替えてもらった者です。\n"
      "家で持参したジャムの空き瓶に入れてもらい、ラベルを貼らずに台所に置いていたら、"
      "２歳の娘がそれをなめてしまったようです。\n"
      "口の周りに付いていて、少し咳をしています。\n"
      "中毒110番に電話しようと思うのですが、成分を聞かれたら答えられません。"
      "どんな成分が入っているのか、今すぐ分かるものがあれば教えてください。",
      "high", "anxious"),
    T("ja", "定期便の引き落とし（二重）について、再度のご連絡です",
      "はかりや　ご担当者様\n\n"
      "9月から定期便の代金が毎月２回引き落とされています。\n"
      "10月末にメールで、11月半ばに電話でお伝えし、どちらも「確認します」と言われたまま、12月もまた２回引き落とされました。\n"
      "合計で１万２千円ほど余計に払っています。\n"
      "環境にやさしいお店だと思って応援していましたが、お客の財布にはあまりやさしくないようですね。\n"
      "もう何をどうお願いすればいいのか分かりませんが、返金していただけるのかどうか、それだけでもお返事をください。\n\n"
      "坂本",
      "high", "angry"),
    T("ja", "業務用洗剤が届いていません",
      "お世話になっております。駅前でカフェをやっている「ことり珈琲」です。\n"
      "毎月５日に届く業務用の食器洗浄機用洗剤が、今日になってもまだ届いていません。\n"
      "在庫は今日の閉店まででなくなります。\n"
      "明日の午前中に保健所の定期検査もあり、食器を洗えないと店を開けられません。\n"
      "今日中に取りに伺うこともできますので、在庫があるかどうか教えていただけますか。\n\n"
      "ことり珈琲　西田　080-0000-3317",
      "high", "neutral"),
    T("ja", "容器の持ち込みについて",
      "はじめて伺おうと思っています。\n"
      "タッパーやジッパー付きの袋でも量り売りしてもらえますか。\n"
      "それとも瓶でないとだめでしょうか。",
      "normal", "neutral"),
    T("ja", "値段について",
      "量り売りは包装がない分安くなるのだと思っていましたが、\n"
      "スーパーで同じ量のオートミールを買うより３割も高いのですね。\n"
      "容器を洗って持って行く手間まで込みでこのお値段とは、環境のためとはいえ、なかなかの心意気です。\n"
      "どうしてこの値段になるのか、一度説明していただけますか。",
      "normal", "angry"),
    T("ja", "洗剤で手荒れしたかもしれません",
      "先月から食器用洗剤を御社の量り売りのものに変えました。\n"
      "ここ１週間くらい、指の間が赤くなってひりひりします。\n"
      "もともと敏感肌で、この洗剤のせいなのか、冬の乾燥のせいなのか、自分では分かりません。\n"
      "使い続けてもいいのか、やめたほうがいいのか、どうしたらいいでしょうか。",
      "normal", "anxious"),
    T("ja", "重曹はありますか",
      "いつも店員さんが丁寧に量り方を教えてくださって、通うのが楽しみになっています。ありがとうございます。\n"
      "ひとつ質問ですが、掃除用の重曹も量り売りしていますか？\n"
      "今度伺うときに一緒に買いたいです。",
      "normal", "positive"),
    T("ja", "量り売りって", "量り売りって", "normal", "neutral", True),
    T("ja", "商品のリクエスト",
      "いつも利用しています。\nもし可能であれば、押し麦も量り売りで置いていただけるとうれしいです。\n"
      "特に急いではいないので、いつか入荷することがあれば、くらいの気持ちです。",
      "low", "neutral"),
    T("ja", "ワークショップについて",
      "お店の２階で、蜜蝋ラップ作りのワークショップをされていると聞きました。\n"
      "来年、機会があれば参加してみたいです。次の予定が決まったら、ホームページなどで見られますか。\n"
      "返信は急ぎません。",
      "low", "neutral"),

    T("en", "Our dog got out after your delivery",
      "Hi,\n\nYour refill van delivered to us at about 11 this morning (Fernbank Cottage, Hollins Road). "
      "When I got home at 12:30 the side gate was wide open and our dog, Biscuit, a small brown terrier, "
      "is gone. She's never got out before.\n\nCould you ask the driver exactly what time he left and "
      "whether he saw which way she went? We're out looking now and it'll be dark by 4. My number is "
      "07700 900565.\n\nClaire",
      "high", "anxious"),
    T("en", "Leaking container - third email",
      "Dear Refill Larder,\n\nThis is my third email about the 5-litre washing-up liquid that leaked over "
      "my utility room floor on 2 December. I sent photos on the 3rd and again on the 9th. No reply to "
      "either.\n\nThe liquid has lifted the vinyl, and a flooring fitter has quoted £380 to replace it. "
      "If I don't hear from you by Friday with a proposal, I'll file a claim through the small claims "
      "service.\n\nJanet Whitfield",
      "high", "angry"),
    T("en", "Shampoo refills",
      "hi do u refill shampoo into other brands bottles or do i have to buy one of yours first?? "
      "got a couple old pump ones at home\nthx liam\n\nSent from my iPhone",
      "normal", "neutral"),
    T("en", "Thank you!",
      "Just a quick note to say how much I love the shop. My bin bag has gone from two a week to one "
      "every fortnight since I started coming. If you ever stock loose tea one day, I'd buy it - no "
      "hurry at all.\n\nNadia",
      "low", "positive"),
    T("en", "Bank holiday hours",
      "Are you open on the late May bank holiday Monday? I'd like to come in with my big jars for a "
      "restock, and I need to plan the week tonight, so a quick answer today would be great.\nThanks, Olu",
      "normal", "neutral"),
]

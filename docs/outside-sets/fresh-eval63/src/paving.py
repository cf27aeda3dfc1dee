"""paving = driveway and car-park paving contractor (asphalt, concrete, resin, block paving)."""
from _util import s, d, m

DOMAIN = "paving"

S = [
    # --- ja ---
    s("ja", "施工後3日間はお車の乗り入れをお控えいただくようお伝えしておりましたが、翌日の朝には車を入れられたと伺っております。", "C"),
    s("ja", "アスファルトは夏場に柔らかくなるため、止まったままハンドルを切ると跡が残ることがあります。引き渡しのときに口頭でしかお伝えしていなかったので、お渡しする書面にも書き加えます。", ""),
    s("ja", "このお見積もりの金額は今週金曜までにご決断いただいた場合に限りますので、それを過ぎてからのご相談はお受けしかねます。", "C"),
    s("ja", "水たまりの部分は、表面を少し削って勾配をつけ直せば、それほど大がかりな工事にはならないかと思います。", "V"),
    s("ja", "追加の費用がどれくらいになるかは、掘ってみないことには何とも言えないところがありまして。", "U"),
    s("ja", "工事当日は朝8時までに車を道路に出しておいてください。", "IR"),
    s("ja", "仕上げたばかりの路面は熱を持っていてやけどのおそれがあるため、お子さんを裸足で上がらせないでください。", "I"),
    s("ja", "恐れ入りますが、境界のブロック塀がどちらの所有になっているか、登記簿でご確認いただけますでしょうか。", "R"),
    s("ja", "ひび割れの原因が地盤なのか施工なのかは、現時点では私どもにも判断がつきかねております。", "U"),
    s("ja", "お隣との境界の件は、私どもではなく当事者同士でお話しいただく事柄ですので。", "X"),
    s("ja", "申し訳ございませんが、最低気温が5℃を下回る日はアスファルトが十分に締まらないため施工をお引き受けしておりません。1月でしたら、予報で気温が上がる17日（土）を第一候補としてご提案します。", ""),
    s("ja", "路盤の下に古い浄化槽が残っているかどうかは12月16日（火）の試掘で確かめ、その日の夕方に写真を添えてご報告します。", ""),
    s("ja", "駐車場2台分（約30㎡）のアスファルト舗装は、残土処分を含めて税込462,000円、工期は2日間です。", ""),
    # --- en ---
    s("en", "We did explain at the survey visit that a drive laid on clay will always move a little, so I'm not sure what more we could have done.", "C"),
    s("en", "Sealing the joints is priced separately, in line with what most customers pay for a drive your size.", "V"),
    s("en", "Move the bins off the drive before Thursday.", "IR"),
    s("en", "Could you send us a photo of the water-meter cover on the pavement, so we can make sure the digger stays clear of the supply pipe?", ""),
    s("en", "We've no idea why the kerb stone tilted, and frankly it falls outside the job you paid for.", "UX"),
    s("en", "We can't lay resin-bound gravel over the old cracked tarmac, because the cracks come straight back through within a year; what we can do is plane off the top 40 mm first, which adds £680 to the quote.", ""),
    s("en", "Would you mind parking on the street on the 9th and 10th - the new surface needs 48 hours before it can take the weight of a car.", ""),
]

D = [
    d("ja", "駐車場舗装工事のお見積もり（税込462,000円）と工程のご案内",
      "大森様\n\n三協舗装の堀です。先日は現地調査にお立ち会いいただき、ありがとうございました。\nご依頼の駐車場2台分の舗装について、お見積もりと工程をお送りします。\n\n■ お見積もり\nアスファルト舗装 約30㎡（路盤工・残土処分を含む）　税込462,000円\n\n■ 工程（案）\n1月13日（火）既存の土間コンクリートの撤去・路盤づくり\n1月14日（水）アスファルト舗装・転圧\n1月16日（金）朝から車の乗り入れ可\n\n舗装した面は冷えて固まるまでに時間がかかるため、14日の作業後、16日の朝まではお車を入れずにお待ちいただけますでしょうか。その間の駐車場所として、近くのコインパーキング2日分（最大2,400円）は当社で負担いたします。\n\n工程は最低気温が5℃を下回る予報の日は避けて組んでおり、日程が動く場合は前日の15時までにお電話でお知らせします。\nこの内容でよろしければ、12月26日（金）までにご返信いただければ、1月13日からの工程で職人を確保いたします。\n\n三協舗装株式会社\n工事部　堀 大地\nTEL 0279-55-1180\n", ""),
    d("ja", "工事中にフェンスを破損した件のお詫び",
      "河野様\n\n三協舗装の堀でございます。\n12月2日の工事の際、お隣の境界フェンスの支柱を1本曲げてしまい、誠に申し訳ございませんでした。河野様から直接お隣様へご説明いただくことにもなり、ご心労をおかけしました。\n\nフェンスにつきましては、12月4日にお隣様のご了承をいただいたうえで、同じメーカーの支柱とパネルに交換を済ませております。費用はすべて当社で負担いたしました。\n\n今後は、境界から50cm以内で重機を動かす際には、必ず誘導員を一人つけ、フェンス側に緩衝材を立ててから作業を始めることといたしました。\n\nこのたびは大変申し訳ございませんでした。\n\n三協舗装株式会社\n堀 大地\n", "A"),
    d("ja", "Re: 駐車場のタイヤの跡について",
      "坂本様\n\nお問い合わせありがとうございます。三協舗装の堀です。\nお送りいただいた写真を拝見しました。\n\n引き渡しの際にお渡しした「舗装後のお願い」の紙にも、夏場はハンドルの据え切りを避けていただくよう太字で書いてありまして、今回の跡はまさにそこに書いてあるとおりの状態です。\n\n跡が付いた部分は、表面を温め直して転圧すればほぼ目立たなくなります。作業は1時間ほどで、費用は出張費込みで税込16,500円です。ご希望であれば、12月11日（木）か12日（金）の午前に伺えます。\n\n三協舗装株式会社\n堀 大地\n", "C"),
    d("en", "Greystone Driveways - December",
      "Hi Mr Patel,\n\nHope you've managed to stay dry this week - it's been a soggy one on site! The crew have just finished a big block-paved courtyard over in Harlow and they're pleased with how it's come out. We've also taken delivery of the new compactor, which should make things a lot quieter for the neighbours.\n\nOn your job, we still need to know which edging you'd like for the kerbs, charcoal or brindle. The supplier needs our order by Friday 12 December; if it goes in later, the earliest they can deliver is mid-January and your start date would move back by about three weeks.\n\nAll the best,\nDave\nGreystone Driveways\n", "F"),
    d("en", "Sorry about Tuesday's late start",
      "Dear Mrs Hughes,\n\nI'm sorry our crew turned up at 11:40 on Tuesday instead of 8:00 as promised, after you'd taken the morning off work to let them in.\n\nThe cause was a breakdown: the lorry carrying your sub-base stone lost its clutch on the A414, and while the crew were stuck with it, nobody in the office phoned you. That second part was our failure, not the lorry's.\n\nThe work is still on track to finish on Friday as planned. To make up for the lost morning, we've taken £150 off your final invoice.\n\nFrom this week, if a crew is going to be more than 30 minutes late, the office rings the customer before the original start time, and the driver's phone number goes on the confirmation text so you can reach them directly.\n\nAgain, my apologies.\n\nDave Morris\nGreystone Driveways\n", ""),
]

M = [
    # --- ja ---
    m("ja", "工事現場の鉄板について",
      "緑町二丁目の者です。\n\n御社が水道管の上を舗装し直している現場（コンビニの向かい）ですが、昨夜、道路にかぶせてある鉄板の1枚が端で5センチほど浮いた状態になっていました。\n今朝7時半ごろ、自転車の高校生がそこで前輪をとられて転び、ひじを擦りむいていました。\n\n現場には今日は誰もいないようで、看板の番号に電話しても留守電でした。\n夕方になると通学の自転車がまた増えます。\n\n近所に住む 篠田\n", "h", "neutral"),
    m("ja", "駐車場の出口がふさがっています",
      "堀様\n\n先日から駐車場の工事をお願いしている笹本です。\n\n今日の作業で、出口のところに重機と資材が置かれたまま、職人さんたちが帰ってしまいました。車が出せません。\n\n父は週3回人工透析に通っていて、明日は朝7時に家を出ないと予約の時間に間に合いません。タクシーも考えましたが、車いすごと乗れる車が明日の朝は手配できないと言われました。\n\n明日の朝までに車を出せるようにしていただけないでしょうか。電話は夜でも出られます。\n\n笹本 090-7731-6028\n", "h", "anxious"),
    m("ja", "Re: Re: 玄関前の排水について",
      "堀様\n\n10月に舗装していただいた玄関前の件で、これで3回目のメールです。\n\n雨が降ると玄関ポーチに向かって水が流れてきて、昨日の雨では土間まで水が入り、玄関に置いていた段ボールがびしょ濡れになりました。\n11月14日と11月28日にメールし、28日には「来週中に伺います」とお返事をいただきましたが、どなたもいらっしゃっていません。\n\n週末にまた雨の予報が出ています。\n\n> 来週中に担当が伺い、勾配を確認いたします。\n> 三協舗装 堀\n\n中井 孝之\n", "h", "angry"),
    m("ja", "（件名なし）",
      "この前のところ、また沈んできてる気がします。どうすればいい？", "n", "neutral", True),
    m("ja", "見積もりのお願い",
      "はじめまして。群馬県前橋市の戸田と申します。\n自宅の庭の一部（約4m×6m）を駐車スペースにしたいと考えています。\n今は砂利が敷いてあり、車は軽自動車1台です。\nコンクリートとアスファルトでどのくらい費用が違うのか、また工事に何日かかるのか知りたいです。\n来年3月までに終わればいいので、現地を見ていただける日を相談させてください。\n", "n", "neutral"),
    m("ja", "引き渡し1週間で跡がついた",
      "11月末に仕上げてもらった駐車場に、もうタイヤの跡がくっきり付いています。\n普通に車を停めて出しているだけです。\nこんなに簡単に跡が付くものなんでしょうか。正直、工事の仕上がりを疑っています。\n一度見に来ていただけますか。\n\n坂本\n", "n", "angry"),
    m("ja", "自宅の件ではお世話になりました（店舗駐車場のご相談）",
      "堀様\n\n先月は自宅の駐車場をきれいにしていただき、ありがとうございました。雨の日でも水たまりができず、家族みんな喜んでいます。\n\nそれで、私が営業している美容室（自宅から車で10分）の駐車場（車4台分、今は砂利）も同じようにお願いできればと思っています。\n店を閉めずに工事ができるかどうかも含めて、一度ご相談できますか。\n\nヘアサロン・ミモザ　浅田\n", "n", "positive"),
    m("ja", "御社の名前を出した業者が来ました",
      "突然のメールで失礼します。\n\n今日のお昼、「三協舗装の近くの現場でアスファルトが余ったので、安く駐車場をやります」という男性が家に来ました。\n御社のチラシを以前見たことがあったので、一瞬信じそうになりましたが、その場ではお断りしました。\n\n本当に御社の方だったのでしょうか。名刺はくれませんでした。\n一人暮らしなので、また来たらと思うと少し怖いです。\n\n神谷 和子\n", "n", "anxious"),
    m("ja", "ロードヒーティングについて",
      "来年の冬に向けての話なので、まだ先で大丈夫です。\n駐車場に融雪の設備（電熱線か温水か）を入れるとしたら、既存の舗装を剥がす必要がありますか。\nだいたいの考え方だけでも教えてもらえると助かります。\n", "l", "neutral"),
    m("ja", "先月の工事の際のトラックについて",
      "特に何かしてほしいというわけではありません。\n先月、近所で工事をされていたとき、御社のトラックが私の家の前で毎朝1時間近くエンジンをかけたまま停まっていました。\n排気ガスが窓から入ってきて、正直かなり不愉快でした。\n今後、ほかの現場でも気をつけていただければと思い、お伝えします。\n", "l", "angry"),
    # --- en ---
    m("en", "Wall hit by your lorry - now leaning over the pavement",
      "To whoever is running the job at number 14,\n\nAt about 8:15 this morning your stone lorry reversed into our front garden wall while turning. The wall is now leaning out over the pavement by roughly 10 cm, and two of the heavy coping stones on top have shifted and are sitting loose. That stretch of pavement is where people queue for the number 42 bus.\n\nYour driver looked at it, said 'someone will be in touch', and drove off. Nobody has been in touch. I've put our recycling bins in front of it, which I'm sure meets every safety standard going.\n\nK. Lindqvist\n12 Aldwick Close\n", "h", "angry"),
    m("en", "Deposit paid in October - no one has come",
      "Hello,\n\nI paid a deposit of £1,950 on 14 October for a resin drive, with work due to start on Monday 1 December. Nobody arrived on Monday or since. The mobile number on the quote has gone to voicemail for four days and the voicemail box is now full.\n\nI've just seen a review online saying another customer is in the same position. I'm a pensioner and that deposit was a good part of my savings. Could someone please tell me whether the job is still going ahead and whether my money is safe.\n\nMargaret Doyle\n17 Fenwick Road\n", "h", "anxious"),
    m("en", "Block paving or resin?",
      "Hi,\n\nWe're trying to decide between block paving and resin-bound gravel for a drive of roughly 40 m2. We've got a large dog who digs, and the drive slopes slightly towards the garage. Which would you recommend, and roughly what would each cost?\n\nThanks,\nOwen & Bea\n", "n", "neutral"),
    m("en", "the thing",
      "Hi, is it possible to do the thing we talked about? Thanks", "n", "neutral", True),
    m("en", "Still looking good",
      "Just a note to say the drive has come through its first hard frost without a single crack - the neighbours keep asking who did it. No need to reply!\n\nRegards,\nPhil Ashworth\n", "l", "positive"),
]

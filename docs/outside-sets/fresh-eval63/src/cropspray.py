"""cropspray = agricultural drone crop-spraying contractor (rice, wheat, soy; herbicide/fungicide application, spray records)."""
from _util import s, d, m

DOMAIN = "cropspray"

S = [
    # --- ja ---
    s("ja", "散布の当日は田んぼの水を落としておいていただくお約束でしたが、伺ったときには水が張ったままでした。", "C"),
    s("ja", "農薬の使用記録は農家さんご自身にも保管の義務がありますので、当社の散布記録の写しを毎回お渡しし、3年分はこちらでも保管しています。", ""),
    s("ja", "この日程でご了承いただけないのであれば、今年の散布はほかの業者さんにお願いしていただくほかありません。", "C"),
    s("ja", "風が落ち着いた日を選んで、こちらの段取りがつき次第伺います。", "V"),
    s("ja", "面積が１町歩を超える分については、別途いくらかご負担をお願いすることになります。", "V"),
    s("ja", "散布の前日までに、田んぼの周りの電気柵の電源を切っておいてください。", "IR"),
    s("ja", "散布後24時間は薬剤が葉に残っているため、その間は田んぼに入るのを控えていただけますか。", ""),
    s("ja", "お手数ですが、隣接する田畑の持ち主の方のお名前と連絡先を教えていただけますでしょうか。", "R"),
    s("ja", "隣の畑の葉が枯れた原因が今回の散布なのかどうかは、正直なところ私どもにも判断がつきません。", "U"),
    s("ja", "この薬剤がミツバチにどこまで影響するかはメーカーの資料にも載っておらず、何とも言えないところです。", "U"),
    s("ja", "ミツバチへの影響を気にされる方もいらっしゃいますが、登録どおりの使い方をしている以上、私どもとして特に考えることはございません。", "X"),
    s("ja", "申し訳ありませんが、風速が毎秒3mを超える日は薬剤が隣の畑に流れるおそれがあるため散布を行いません。予報では明朝5時台が風速1m前後ですので、その時間に伺います。", ""),
    s("ja", "隣の畑の葉の変色が散布によるものかどうかは、12月10日（水）に県の病害虫防除所へ葉を持ち込んで調べてもらい、遅くとも12月17日（水）までに結果をご連絡します。", ""),
    s("ja", "麦の除草剤散布は10aあたり税込2,750円で、5ha以上のご依頼では片道30km以内の移動費をいただきません。", ""),
    # --- en ---
    s("en", "As the pre-season letter said, marking the buffer zones is the grower's job, not ours.", "C"),
    s("en", "We'll be out your way in the next spell of decent weather.", "V"),
    s("en", "We'd also like the contact details of the beekeeper on your north boundary, so we can warn them 48 hours before we fly.", ""),
    s("en", "Whether any drift reached the organic plot is something we simply can't establish.", "U"),
    s("en", "The smell your neighbour noticed is normal for that product, so there's nothing for us to follow up.", "X"),
    s("en", "We won't spray within 50 metres of the school while pupils are on site, so your south field is booked for Saturday at 6 am, when the grounds are empty.", ""),
]

D = [
    d("ja", "来年度の水稲防除のご予約受付（1月31日締切）",
      "JAみなみ第三生産組合\n組合長　北村様\n\nアグリドローン北陸の坂井です。今年も防除をご依頼いただき、ありがとうございました。\n来年度（7月〜8月）の水稲防除のご予約受付を始めましたので、ご案内します。\n\n・料金：10aあたり税込2,420円（薬剤代は別途。今年から据え置きです）\n・ご予約の締切：1月31日（土）\n・お申し込み方法：同封の申込書に圃場の地番と面積をご記入のうえ、FAXまたはメールで\n\n締切を設けているのは、ドローンと操縦者の台数を2月中に確定させる必要があるためです。締切後のお申し込みも承りますが、散布日のご希望に添えない場合がございます。\n\nアグリドローン北陸\n坂井 雄大\nTEL 0766-54-2018\n", ""),
    d("ja", "11月20日の散布で隣接の有機圃場に薬剤が飛散した件について",
      "岡部様\n\nアグリドローン北陸の坂井でございます。\n11月20日に吉川様の麦畑で行った除草剤の散布で、隣接する岡部様の有機栽培のほうれん草畑に薬剤を飛散させてしまいました。大切に育てておられる畑にご迷惑をおかけし、誠に申し訳ございません。\n\n原因は、散布の途中で風向きが北西から西に変わったにもかかわらず、操縦者が風向計を確認せずに境界側の散布を続けたことです。\n\n12月1日に県の検査機関で残留検査を行い、境界から5mの範囲のほうれん草から薬剤の成分が検出されました。この範囲の約80㎡分の収穫物は当社で全量買い取り、出荷できなかった分の売上相当額（186,000円）をお支払いいたします。認証機関への報告書の作成にも、必要な資料はすべてご提供いたします。\n\n今後は、有機圃場に接する区画では境界から10mを散布しない緩衝帯とし、風速と風向を機体の画面で常に表示させ、毎秒3mを超えるか風向が変わった時点で自動的に散布を止める設定にいたしました。\n\n重ねてお詫び申し上げます。\n\nアグリドローン北陸\n坂井 雄大\n", ""),
    d("ja", "請求書の金額の誤りについて",
      "北村様\n\nアグリドローン北陸の坂井です。\n11月分の請求書で、麦の除草剤散布の面積を3.8haとして計算しておりましたが、正しくは3.2haでした。誤った請求書をお送りし、申し訳ございません。\n\n散布の記録から面積を転記する際に、隣の組合員の方の圃場の数字を取り違えてしまったことが原因です。\n\n正しい金額（税込88,000円）の請求書を本日郵送いたしました。先にお送りした請求書は破棄していただけますと幸いです。\n\nアグリドローン北陸\n坂井 雄大\n", "A"),
    d("ja", "Re: 麦の除草剤散布の日程について",
      "吉川様\n\nアグリドローン北陸の坂井です。お問い合わせありがとうございます。\n\n麦の除草剤の散布は、地面がある程度乾いていて、風が落ち着いている日を選ぶ必要があります。\n今週は雨の予報が続いておりますので、天候の具合を見ながら、近いうちに伺います。\n料金は前回とそれほど変わらない見込みです。\n\n引き続きよろしくお願いいたします。\n\nアグリドローン北陸\n坂井 雄大\n", "V"),
    d("en", "Your spring booking: 3 fields, 412 acres",
      "Hi Dale,\n\nThanks for getting your spring booking in early. Here's what we have down:\n\n- North, East and River fields, 412 acres in total\n- Burndown herbicide on the cover crop, window 16-27 March\n- $11.50 per acre, chemical supplied by you, total $4,738\n\nWe'll confirm the exact day 48 hours ahead, once we can see the wind forecast, because we don't fly above 10 mph. On River field we'll leave a 60-foot unsprayed strip along the creek, which the label requires for this product.\n\nIf the chemical won't be on the farm by 13 March, could you let us know by the 6th? We need it there at least three days before we fly so we can check the batch against your order, and otherwise we'd have to move you later in the window.\n\nBest,\nKara\nSkyTilth Crop Services\n", ""),
]

M = [
    # --- ja ---
    m("ja", "ほうれん草畑への農薬の飛散について",
      "アグリドローン北陸 御中\n\n有機栽培でほうれん草を作っている岡部と申します。\n11月20日に隣の吉川さんの麦畑で御社のドローンが除草剤をまいた日から、境界側のほうれん草の葉先が白く枯れてきました。\n\n自費で検査に出したところ、除草剤の成分が検出されました。\n12月12日（金）に有機JASの年次検査があり、このままでは認証の取り消しもありうると検査機関から言われています。\n\n吉川さんからは、御社に直接言ってくれと言われました。\n御社としての見解と、散布記録（薬剤名・散布時刻・風速）を、検査日までに書面でいただきたい。回答によっては法的な手段も考えています。\n\n岡部 信二\n", "h", "angry"),
    m("ja", "玉ねぎの畑に散布されたかもしれません",
      "坂井さん\n\n組合員の吉川です。\n昨日（12月7日）、麦畑の除草剤をお願いしましたが、今朝見に行ったら、麦畑の南側の玉ねぎの苗の畑（約20a）の苗が、全体にしおれて黄色くなっています。\n番地が並んでいるので、もしかしたら間違ってこちらにもかかったのではないかと思っています。\n\n何の薬剤をどれだけまいたのか分かれば、今日の午後、普及センターの方が見てくれることになっています。\n植え替えるなら今週中にやらないと間に合わないそうです。\n散布の記録を送ってもらえませんか。\n", "h", "anxious"),
    m("ja", "納屋に置いていったバッテリーについて",
      "アグリドローン北陸 坂井様\n\n北村です。\n先週の散布のあと、御社の方がドローンの予備バッテリーを4本、うちの納屋に置いていかれました（取りに来ると言っていました）。\n\nさっき納屋に入ったら焦げたような臭いがして、そのうちの1本がパンパンに膨らみ、触ると熱くなっていました。\n納屋には稲わらと軽油のタンクも置いてあります。\n\nとりあえず外のコンクリートの上に出しましたが、どう扱えばいいのか分かりません。\n\n北村 090-3318-2270\n", "h", "neutral"),
    m("ja", "請求書", "請求書、あれ合ってますか？", "n", "neutral", True),
    m("ja", "来年の水稲防除の予約",
      "坂井様\n\nいつもお世話になっております。高岡の中野です。\n来年も水稲の防除（２回）を\nお願いしたいと思います。\n面積は今年と同じ５．４haですが、１枚（約４０a）だけ、\n作付けを大豆に変えるかもしれません。\n決まりましたら改めてご連絡しますので、\nまずは枠を押さえていただけますか。\n", "n", "neutral"),
    m("ja", "請求面積について",
      "11月分の請求書が届きましたが、面積が3.8haになっています。\nうちの麦畑は全部で3.2haしかありません。\n\n去年も面積の間違いがあって直してもらったはずです。\n毎回こちらが気づかないといけないのでしょうか。\nきちんと確認してから送ってください。\n\n北村\n", "n", "angry"),
    m("ja", "来年の散布日程について（養蜂をしています）",
      "はじめてご連絡いたします。\n御社がいつも散布されている大門地区の田んぼの東側で、ミツバチを40群ほど飼っている者です。\n\n今年の8月、散布があったと思われる日の翌日に、巣箱の前に死んだ蜂がたくさん落ちていました。原因がそれかどうかは分かりません。\n来年は巣箱を避難させたいので、散布の日程を事前に教えていただくことはできるでしょうか。\nまた同じことが起きたらと思うと、今から気が重いです。\n\n養蜂 山岸\n", "n", "anxious"),
    m("ja", "散布記録の提出について",
      "お世話になっております。JAみなみの営農指導員の森田です。\n今年度の防除の散布記録（薬剤名、散布日、面積）を、組合員ごとにまとめていただけますか。\n1月末までにJAへ提出していただければ大丈夫です。\n", "n", "neutral"),
    m("ja", "ドローンの講習について",
      "将来的に自分でもドローン散布をやってみたいと思っています。\nどこかで講習を受けられるのでしょうか。\n今すぐというわけではなく、情報を集めている段階です。\n", "l", "neutral"),
    m("ja", "今年のお礼",
      "今年も防除ありがとうございました。\nドローンにしてから、夏場にホースを引っ張って歩かなくてよくなり、本当に体が楽になりました。\n来年もよろしく頼みます。返事はいりません。\n", "l", "positive"),
    # --- en ---
    m("en", "Dead bees after yesterday's spraying",
      "Kara,\n\nYou sprayed the Henderson place yesterday afternoon. This morning 30 of my hives on the shared fence line have dead and dying bees piled at the entrances - thousands of them.\n\nMy other 45 hives are two miles east, right next to the Miller farm, and the Millers tell me you're due to spray there at 6 tomorrow morning. If it's the same product, I need to know tonight so I can close up or move those hives, and I can't move 45 hives in the dark on my own.\n\nWhat did you put on the Henderson field?\n\nWalt Kowalski\n(555) 014-2270\n", "h", "anxious"),
    m("en", "Missed booking - again",
      "We were booked for fungicide on the 18th. Nobody showed, nobody called. Same thing happened in June. I rearranged my whole week around you twice this year.\n\nI've found another operator for the spring. What I want to know is why I've been invoiced a $150 'mobilisation fee' for a visit that never happened.\n\nRay Dunn\n", "n", "angry"),
    m("en", "Quote: cover crop termination, March",
      "Hi,\n\nCould you quote for terminating a cereal rye cover crop on about 400 acres in mid-March? Fields are flat, no overhead lines, and we'd supply the chemical.\n\nThanks,\nLinda Park\nPark Family Farms\n", "n", "neutral"),
    m("en", "New contact for invoices",
      "Hello,\n\nFrom January, please send invoices to our new bookkeeper, Amy Torres (accounts@riverbendfarm.example), instead of to me.\n\nThanks,\nDale\n", "n", "neutral"),
    m("en", "Drone certification question",
      "Hi, my son is thinking about getting certified to fly spray drones once he finishes college in a couple of years. Is there anything he should start doing now? Just curious, no rush at all.\n\nGlen\n", "l", "neutral"),
]

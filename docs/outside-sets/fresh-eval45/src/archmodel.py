# archmodel = architectural model making (スタジオ縮尺 / Studio Scale), clients: architects, developers, students
from common import s, d, m

DOMAIN = "archmodel"

SENTENCES = [
    s("ja", "1/100の外観模型は12月3日に完成し、同日中に御社まで車でお届けします。"),
    s("ja", "図面の変更が遅れた分、納期が延びるのは当然のことかと存じます。", ["condescending"]),
    s("ja", "植栽の表現を追加する場合は、別途若干の費用がかかります。", ["vague"]),
    s("ja", "最新の平面図をCADデータで送ってください。", ["imperative", "request_without_reason"]),
    s("ja", "コンペ用の模型の場合、規定外の寸法だと失格になるおそれがあるため、審査規定の寸法を事前にお知らせいただけますでしょうか。"),
    s("ja", "照明を組み込めるかどうかは、現段階では何とも申し上げられません。", ["unknown_without_followup"]),
    s("ja", "搬入時の破損は運送会社の問題ですので、そちらと直接やり取りなさってください。", ["dismissive"]),
    s("ja", "再三お伝えしているとおり、修正は2回までとなっております。", ["condescending"]),
    s("ja", "仕上がりのイメージを揃えるため、参考にされている写真があれば2、3枚お送りいただけますか。"),
    s("ja", "見積もりは後ほどお送りします。", ["vague"]),
    s("ja", "建築の専門でない方には縮尺の違いがわかりにくいかもしれませんが、1/50のほうが内部まで見せられます。", ["condescending"]),
    s("ja", "卒業制作の割引が使えるかどうかを確認し、明日の正午までにご回答します。"),
    s("en", "The model will be five days late because of the façade changes on 2 May; it will now be ready on 14 May."),
    s("en", "Email the final elevations.", ["imperative", "request_without_reason"]),
    s("en", "There'll be a modest surcharge for the acrylic base.", ["vague"]),
    s("en", "The 1:200 massing model will be ready for collection on 9 May after 2 pm."),
    s("en", "Because the judges measure the base, please confirm the maximum footprint in the competition brief before we cut it."),
    s("en", "If you're taking the model home by car, we can lend you a padded crate at no charge to protect the towers from bumps."),
]

DRAFTS = [
    d("ja", "ご挨拶",
      "株式会社杉浦建築設計事務所\n杉浦様\n\nいつも大変お世話になっております。スタジオ縮尺の松本です。\n"
      "朝晩の冷え込みが厳しくなってまいりましたが、皆様お変わりなくお過ごしでしょうか。\n"
      "弊社も今年で創業15年を迎え、これもひとえに皆様のおかげと感謝しております。\n"
      "先日は美術館の模型写真を雑誌に掲載していただき、スタッフ一同大変喜んでおりました。\n\n"
      "さて、来月納品予定の集合住宅の模型ですが、外壁の色指定がまだいただけておらず、今週金曜までに決まらないと塗装が間に合わない状況です。\n"
      "ご確認いただけますと幸いです。\n\nスタジオ縮尺 松本\n",
      ["purpose_not_upfront"]),
    d("ja", "【ご確認のお願い】外壁色の指定（11月21日まで）",
      "杉浦建築設計事務所　杉浦様\n\nお世話になっております。スタジオ縮尺の松本です。\n"
      "集合住宅の1/100模型の外壁色を、11月21日（金）までにご指定いただけますでしょうか。塗装と乾燥に1週間かかるため、それ以降ですと12月5日の納品に間に合わなくなります。\n\n"
      "色見本を3案（A：ウォームグレー、B：オフホワイト、C：サンドベージュ）添付しております。記号でお知らせいただければ十分です。\n\n"
      "スタジオ縮尺 松本 彩\n"),
    d("ja", "模型破損のお詫び",
      "株式会社アーバンデベロップ\n開発企画部　野口様\n\nスタジオ縮尺の松本です。\n"
      "本日納品した販売センター用の模型について、エントランス部分の庇が折れた状態でお届けしてしまいました。誠に申し訳ございません。\n"
      "庇は明日午前中に作り直し、午後2時に設置に伺います。\n"
      "今後は、突起部分を別梱包にして現地で取り付ける方法に改めます。\n\n"
      "ご迷惑をおかけいたしました。\n\nスタジオ縮尺 松本\n",
      ["apology_incomplete"]),
    d("ja", "お見積書のご送付（田村様邸 1/50住宅模型）",
      "大橋設計室\n大橋様\n\nお世話になっております。スタジオ縮尺です。\n"
      "ご依頼の住宅模型（1/50、内観あり）のお見積書を添付いたします。\n"
      "金額：264,000円（税込）／納期：図面確定から3週間\n\n"
      "内容をご確認のうえ、ご不明な点はお問い合わせください。\n\nスタジオ縮尺 見積担当\n",
      []),
    d("en", "Your competition model: base size needed by Tuesday",
      "Hi Priya,\n\nCould you send us the maximum base size allowed in the competition brief by Tuesday? The judges disqualify models that exceed it, and we need to cut the base on Wednesday to stay on schedule for your 28 March submission.\n\n"
      "Everything else is on track: the terrain is finished and the buildings are being painted this week.\n\n"
      "Thanks,\nAya Matsumoto\nStudio Scale\n"),
    d("en", "Broken model on delivery",
      "Dear Mr Okafor,\n\nWe're very sorry that the atrium roof of your 1:100 model arrived broken yesterday.\n\n"
      "The acrylic roof came loose because the inner foam block in the crate was too small for the model.\n\n"
      "We will be more careful next time.\n\n"
      "Kind regards,\nAya Matsumoto\nStudio Scale\n",
      ["apology_incomplete"]),
]

MAILS = [
    m("ja", "明日のプレゼンの模型について",
      "松本さん\n\n明日13時から施主へのプレゼンがあり、模型をお受け取りする予定でしたが、\n"
      "先ほど「塗装が乾かないので明後日になる」とのお電話をいただきました。\n"
      "このプレゼンで設計契約が決まるので、模型がないのは本当に困ります。\n"
      "未塗装の白模型の状態でもいいので、明日の11時までにお借りすることはできませんか。\n\n"
      "杉浦建築設計事務所　杉浦\n",
      "high", "anxious"),
    m("ja", "コンペ提出物の寸法について（3度目のご連絡です）",
      "スタジオ縮尺 ご担当者様\n\n先週の水曜と金曜にもメールしましたが、お返事がありません。\n"
      "コンペ要項では模型の台座は600×600mm以内と決まっているのに、いただいた図面では620mmになっています。\n"
      "このまま作られては失格です。作業を止めていただけているのか、それだけでも教えてください。\n\n"
      "設計事務所アトリエ・ノース　北村\n",
      "high", "angry"),
    m("ja", "販売センター模型の搬入日変更",
      "スタジオ縮尺 松本様\n\nアーバンデベロップの野口です。\n販売センターのオープンが前倒しになり、モデルルームの公開が今週土曜からになりました。\n"
      "模型の搬入を金曜の夕方までにお願いすることは可能でしょうか。\n"
      "設置スペースの寸法は前回お伝えしたとおりです。難しい場合は代替案を相談させてください。\n\n"
      "株式会社アーバンデベロップ 野口\n",
      "high", "neutral"),
    m("ja", "卒業制作の模型について質問です",
      "はじめまして、建築学科4年の者です。\n卒業制作の模型の一部（周辺の街並み）だけを外注することはできますか？\n"
      "1/500で、範囲は300m四方くらいです。\n予算があまりないので、だいたいの金額を教えてもらえると助かります。\n\n"
      "東都工科大学　建築学科　小野寺\n",
      "normal", "neutral"),
    m("ja", "請求金額について",
      "スタジオ縮尺様\n\n本日届いた請求書ですが、見積もりより4万円高くなっています。\n"
      "追加の説明は一切受けていません。\n何の費用なのか、納得のいく説明をしていただけますか。\n"
      "説明がないまま支払うつもりはありません。\n\n（株）オフィス・リンク 総務 宮田\n",
      "normal", "angry"),
    m("ja", "模型の保管方法",
      "先日は素敵な模型をありがとうございました。\n自宅のリビングに飾っているのですが、\nここ数日、屋根の部分が少し反ってきたように見えます。\n"
      "エアコンの風が当たっているせいでしょうか。このまま悪くなったらどうしようと気になってしまって。\n直し方や置き場所のアドバイスをいただけますか。\n\n"
      "吉川\n",
      "normal", "anxious"),
    m("ja", "お見積もりの件", "見積もりお願いします。\n", "normal", "neutral", True),
    m("ja", "Fw: 住宅模型の追加依頼",
      "松本様\n\n下記、施主からの要望です。内観用に屋根を取り外せる仕様に変更できるか、費用とあわせてご確認いただけますでしょうか。\n\n"
      "---------- 転送メッセージ ----------\nFrom: 田村 <tamura@example.jp>\n件名: 模型について\n\n"
      "屋根を外して中の間取りも見られるようにしてもらえませんか。家族に説明しやすいので。\n\n"
      "――――\n大橋設計室 大橋\n",
      "normal", "neutral"),
    m("ja", "お礼",
      "スタジオ縮尺の皆様\n\n先日納品いただいた美術館の模型、審査員の方から「模型の完成度が際立っていた」と言われました。\n"
      "おかげさまで一次審査を通過しました。本当にありがとうございました！\n\nアトリエ・ノース 北村\n",
      "low", "positive"),
    m("ja", "模型の写真の利用について",
      "松本様\n\n以前制作していただいた住宅模型の写真を、事務所のホームページに載せたいと考えています。\n"
      "撮影者のクレジット表記などの決まりはありますか。公開は来年の春ごろの予定なので、いつでも大丈夫です。\n\n"
      "杉浦\n",
      "low", "neutral"),
    m("en", "Model for Thursday's planning committee",
      "Hi Aya,\n\nThe planning committee hearing for the riverside scheme is on Thursday at 10 am, and the councillors have asked to see the physical model. "
      "The tracking shows the crate is still in your studio. If it isn't in Leeds by Wednesday evening we present with drawings only, which the developer thinks could cost us the vote.\n\n"
      "Can you confirm a courier today?\n\nTom Okafor\nOkafor Whitley Architects\n",
      "high", "anxious"),
    m("en", "Still waiting - invoice SS-0412",
      "Hello,\n\nI've emailed twice (12 and 19 Feb) and called once about being charged twice for the same model. "
      "£2,350 left our account two times. Nobody has replied. I'd like the duplicate refunded and an explanation.\n\n"
      "Regards,\nHelen Marsh\nFinance, Marsh & Lowe\n",
      "high", "angry"),
    m("en", "Scale question",
      "Hi,\n\nFor a small two-storey house, would you recommend 1:50 or 1:100 if we want people to see the furniture layout? "
      "And does the price roughly double at the larger scale?\n\nThanks,\nJoe\n",
      "normal", "neutral"),
    m("en", "model", "hi, is the model ready or not\n", "normal", "neutral", True),
    m("en", "Idea for next year",
      "Hi Studio Scale,\n\nNot urgent at all: we're thinking about commissioning a large city-block model for our 2026 anniversary exhibition. "
      "Could we have a chat sometime in the autumn about what's possible?\n\nBest,\nClara Benz\n",
      "low", "neutral"),
]

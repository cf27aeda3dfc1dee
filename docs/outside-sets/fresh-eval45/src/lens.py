# lens = optical lens grinding and coating (B2B job shop 東雲光学 / Shinonome Optical)
from common import s, d, m

DOMAIN = "lens"

SENTENCES = [
    s("ja", "ご注文の平凸レンズ200枚は11月14日に出荷し、翌日の午前中に到着する予定です。"),
    s("ja", "面精度の測定には多少お時間を頂戴しますので、結果はもう少々お待ちいただけますと幸いです。", ["vague"]),
    s("ja", "図面に公差の記載がなかったのはそちらの確認不足ですので、今回の再加工費はご負担いただきます。", ["condescending"]),
    s("ja", "コーティングが剥がれた原因については、現時点では当社でも判断がつきません。", ["unknown_without_followup"]),
    s("ja", "反射率の測定データを添付しますので、社内のご承認にお使いください。"),
    s("ja", "不良品は全数、着払いで送り返してください。", ["imperative", "request_without_reason"]),
    s("ja", "他社で研磨されたレンズの不具合についてはお答えする立場にありませんので、購入元にお問い合わせください。", ["dismissive"]),
    s("ja", "同じロットの在庫を確保いたしますので、ロット番号を控えていただいたうえでご連絡をお願いできますか。"),
    s("ja", "硝材の在庫が確保でき次第、近いうちに納期をお知らせします。", ["vague"]),
    s("ja", "キズの原因を調べるため、お手元のレンズを1枚、12月5日までにお送りいただけますでしょうか。返送料は当社が負担いたします。"),
    s("ja", "同じご質問には先週もお答えしておりますので、過去のメールをご確認ください。", ["condescending"]),
    s("ja", "測定結果は本日中には出ませんが、明後日の17時までに報告書をお送りします。"),
    s("ja", "ご希望の曲率半径では研磨中に割れるおそれがあるため、R25以上への変更をご検討いただけますでしょうか。"),
    s("en", "Your order of 50 aspheric lenses shipped today by DHL, tracking number 4839 2210 75."),
    s("en", "Any scratches should have been reported on the day of delivery, as our terms clearly state.", ["condescending"]),
    s("en", "Return the rejected parts to our Osaka plant.", ["imperative", "request_without_reason"]),
    s("en", "We'll get back to you with the interferometer results in a few days.", ["vague"]),
    s("en", "So that we can trace the coating batch, could you tell us the lot number printed on the box label?"),
    s("en", "We have no idea why the transmission dropped.", ["unknown_without_followup"]),
    s("en", "The revised drawing with the 0.5 mm chamfer is attached; once you approve it, grinding can start on Monday."),
]

DRAFTS = [
    d("ja", "φ25平凸レンズ コーティング不良のお詫びと対応について",
      "株式会社ミナト精機\n購買部 佐伯様\n\n東雲光学 品質保証課の藤井です。\n"
      "10月28日に納品したφ25平凸レンズ300枚のうち42枚に反射防止膜のムラがあり、御社の組立工程を止めてしまいましたこと、深くお詫び申し上げます。\n\n"
      "原因は、蒸着装置の膜厚センサーの校正がずれていたことでした。\n"
      "該当ロットを全数再検査し、良品と判定した258枚はそのままお使いいただけます。"
      "不良の42枚は再コーティングを済ませ、11月6日（水）に発送、7日午前に到着の予定です。\n\n"
      "再発防止として、センサーの校正を月1回から毎週に改め、出荷前検査に反射率の全数測定を加えました。\n\n"
      "このたびは大変ご迷惑をおかけいたしました。\n\n東雲光学株式会社 品質保証課\n藤井 恵\nTEL 048-555-0192\n"),
    d("ja", "納期遅延のお詫び",
      "有限会社アイテック 技術部 森本様\n\nいつもお世話になっております。東雲光学の岡です。\n\n"
      "ご注文いただいたシリンドリカルレンズ80枚の納品が、お約束の5月20日に間に合わず、大変申し訳ございません。\n"
      "研磨機の主軸ベアリングが摩耗し、5日間ラインを止めていたことが原因です。\n"
      "現在は別の研磨機に切り替えて加工を進めており、5月27日（火）に出荷できる見込みです。\n\n"
      "引き続きよろしくお願いいたします。\n\n東雲光学 営業部 岡\n",
      ["apology_incomplete"]),
    d("ja", "御見積書送付のご案内",
      "〇〇株式会社\n〇〇様\n\nお世話になっております。東雲光学 営業部の岡でございます。\n"
      "先日ご依頼いただきました非球面レンズ（試作10枚）の御見積書を添付いたします。\n\n"
      "・単価：38,000円（税別）\n・納期：ご発注から4週間\n・見積有効期限：〇月〇日\n\n"
      "ご不明な点がございましたら、お気軽にお問い合わせください。\n\n東雲光学株式会社 営業部 岡\n",
      ["placeholder_left"]),
    d("ja", "試作レンズの図面確認のお願い（4月18日まで）",
      "北辰メディカル株式会社\n開発部 川口様\n\nお世話になっております。東雲光学の岡です。\n"
      "内視鏡用試作レンズの修正図面をお送りしますので、4月18日（金）までに内容のご確認をお願いできますでしょうか。\n"
      "研磨用の治具を4月21日に手配するため、それまでに寸法を確定させる必要がございます。\n\n"
      "前回からの変更点は次の2点です。\n1. 外径公差を±0.02mmから±0.01mmに変更\n2. 面取りをC0.3からC0.2に変更\n\n"
      "ご不明な点があれば、お電話でも承ります。\n\n東雲光学株式会社 営業部 岡 直樹\n"),
    d("en", "Prototype quote: 20 fused-silica windows",
      "Dear Dr Lindqvist,\n\nThank you for your enquiry of 3 June. Here is our quote for the 20 fused-silica windows (Ø50 mm, 5 mm thick, λ/10, AR-coated at 1064 nm):\n\n"
      "- Unit price: EUR 142\n- Lead time: 5 weeks from your purchase order\n- Shipping to Uppsala: EUR 65, DAP\n\n"
      "If you need the windows before your July beamtime, we can cut the lead time to 3 weeks for a 15% surcharge.\n\n"
      "Best regards,\nKenji Oka\nSales, Shinonome Optical\n"),
    d("en", "News from Shinonome Optical",
      "Hi Marco,\n\nI hope the spring trade-fair season has been good to you. Our new 1.2 m coating chamber went live last month, "
      "and we've also moved our sales office to the second floor of the main building, so visitors now come in through the east gate.\n\n"
      "We had a busy quarter, with several new customers in the automotive LiDAR field. "
      "Our team will also be at Photonics West again next year.\n\n"
      "By the way, the drawing you sent for the cylindrical lenses shows two different centre thicknesses (4.0 mm and 4.2 mm). "
      "We can't start grinding until you tell us which one is right, and your slot on our machine is on Thursday.\n\n"
      "Cheers,\nKenji\n",
      ["purpose_not_upfront"]),
]

MAILS = [
    m("ja", "【再送】φ12レンズ外径不良の件",
      "東雲光学 岡様\n\n昨日お電話でもお伝えしましたが、改めて書面でご連絡します。\n"
      "本日午前に受け入れたφ12両凸レンズ500枚のうち、抜き取り50枚中11枚で外径が12.05mmあり、鏡筒に入りません。\n"
      "このため当社のカメラモジュール組立ラインは本日10時から停止しています。\n\n"
      "明日朝8時のライン再開に間に合うよう、代替品の手配状況を本日17時までにご回答ください。\n"
      "間に合わない場合、客先への出荷遅延のペナルティについてもご相談させていただくことになります。\n\n"
      "株式会社ミナト精機 購買部\n佐伯 拓也\n",
      "high", "angry"),
    m("ja", "検査成績書の件でご相談です",
      "東雲光学　ご担当者様\n\nお世話になっております。北辰メディカルの川口です。\n"
      "先月納品いただいた内視鏡用レンズの検査成績書がまだ届いておらず、\n"
      "PMDAへの申請書類に添付する必要があるのですが、提出期限が今週金曜（１４日）です。\n"
      "成績書が揃わないと申請自体が次のクールにずれ込み、上市が３か月遅れてしまいます。\n"
      "正直、社内でもかなり責められておりまして、どうしたらよいか困っています。\n"
      "PDFでも構いませんので、いつ頃いただけそうか教えていただけないでしょうか。\n\n"
      "北辰メディカル株式会社 開発部\n川口 由美\n",
      "high", "anxious"),
    m("ja", "試作品の配送状況について",
      "岡様\n\n明後日から幕張で開催される展示会用の試作レンズユニット（3台）ですが、\n"
      "追跡番号で確認すると昨日から「中継地で保管中」のまま動いていません。\n"
      "ブースの設営は明日の15時からで、それまでに届かないと展示する実機がない状態になります。\n"
      "運送会社への確認と、もし難しければ直接お持ちいただく可否をご検討いただけますか。\n\n"
      "テクノビジョン株式会社 広報 山崎\n携帯 090-5555-0143\n",
      "high", "neutral"),
    m("ja", "非球面レンズのお見積もり依頼",
      "東雲光学株式会社 営業部御中\n\n初めてご連絡いたします。株式会社ルミナス計測の三好と申します。\n"
      "分光器に使う非球面レンズ（φ30、材質S-LAH79、片面AR）を年間100枚程度で検討しております。\n"
      "図面を添付いたしますので、単価と納期の概算をご教示いただけますでしょうか。\n"
      "来月の社内会議で比較検討する予定です。\n\nよろしくお願いいたします。\n\n株式会社ルミナス計測 技術部 三好\n",
      "normal", "neutral"),
    m("ja", "請求書の宛名について（3回目）",
      "東雲光学 経理ご担当者様\n\nまた宛名が「ミナト製機」になっていました。\n"
      "これで3回目です。前回「次回から修正します」とのお返事をいただいたはずですが、\n"
      "御社ではお客様の社名を確認する仕組みがないのでしょうか。\n"
      "再発行をお願いします。支払いは再発行分が届いてから処理します。\n\n"
      "ミナト精機 経理部 小林\n",
      "normal", "angry"),
    m("ja", "ミラー研磨のご依頼品、届いていますでしょうか",
      "東雲光学さま\n\n個人で天体望遠鏡を自作している者です。\n先週の月曜日に、再研磨をお願いしたい20cmの主鏡をゆうパックでお送りしました。\n"
      "追跡では金曜に「お届け済み」となっていますが、その後ご連絡がないので少し心配になっています。\n"
      "父の形見の鏡で、ほかに替えがききません。\n割れたりしていないか、無事に着いているかだけでも教えていただけると安心です。\n\n"
      "中島 和夫\n",
      "normal", "anxious"),
    m("ja", "Re: レンズ", "レンズの件、どうなりました？\n", "normal", "neutral", True),
    m("ja", "Re: 図面の公差について",
      "岡様\n\nご回答ありがとうございます。もう1点だけ確認させてください。\n"
      "芯取り後の偏心は、レンズ単体での測定値という理解でよろしいでしょうか。\n"
      "それとも鏡筒に組んだ状態での値でしょうか。\n\n"
      "> 外径公差は±0.02mmで問題ございません。偏心については1分以内で\n> 管理しております。\n\n"
      "テクノビジョン 設計 高田\n",
      "normal", "neutral"),
    m("ja", "いつもありがとうございます",
      "岡さん\n\n先日の赤外用レンズ、社内評価で透過率が想定より2%も良く、開発チーム一同喜んでいます。\n"
      "無理なスケジュールに対応していただき本当に助かりました。\n"
      "来期も同じシリーズで量産を考えていますので、秋ごろに一度ご相談させてください。\n"
      "特に急ぎではありません。\n\n株式会社ルミナス計測 三好\n",
      "low", "positive"),
    m("ja", "総合カタログ送付のお願い",
      "東雲光学 御中\n\n大学の研究室で光学系の設計をしております。\n"
      "来年度の機材選定の参考にしたいので、総合カタログを1部郵送いただけますでしょうか。\n"
      "急ぎませんので、お手すきの際で結構です。\n\n〒980-0845 仙台市青葉区荒巻字青葉6-6\n東北理工大学 工学研究科 光計測研究室 佐々木\n",
      "low", "neutral"),
    m("en", "Third attempt: cracked Nd:YAG windows, order SO-7781",
      "Hello,\n\nThis is my third email about this. I wrote on 2 April and again on 9 April and have not had a single reply, not even an acknowledgement.\n\n"
      "Four of the ten windows we received show cracks at the edge after the first thermal cycle. "
      "I attached photos to both earlier emails. We paid in advance.\n\n"
      "If nobody at Shinonome can answer me, please tell me who can.\n\n"
      "> On 9 Apr, Rachel Kim wrote:\n> Following up on my email below. Could someone confirm receipt?\n\n"
      "Rachel Kim\nLab Manager, Halvorsen Laser Systems\n",
      "high", "angry"),
    m("en", "Lenses for our beamtime on the 14th",
      "Dear Mr Oka,\n\nOur group has a fixed beamtime slot at the synchrotron from 14 to 16 May, and the focusing lenses we ordered from you in March are essential for the setup. "
      "The order status page still says \"in production\". If they don't arrive by the 12th we lose the slot, and the next one is in eight months, "
      "which would mean a PhD student can't finish her thesis experiments on time.\n\n"
      "I'm really worried. Could you tell me honestly whether the 12th is realistic?\n\n"
      "Kind regards,\nDr Anna Lindqvist\nUppsala University\n",
      "high", "anxious"),
    m("en", "BK7 vs fused silica for the same drawing",
      "Hi Kenji,\n\nThanks for the quote last week. Before we decide, could you price the same drawing in N-BK7 instead of fused silica? "
      "Our application is visible only, so we may not need the better UV transmission.\n\n"
      "Same quantity (200 pcs), same coating.\n\nThanks,\nMarco Bellini\nOttica Bellini srl\n",
      "normal", "neutral"),
    m("en", "box", "got the box. these arent the ones?\n", "normal", "neutral", True),
    m("en", "Thank you",
      "Dear Shinonome team,\n\nJust a short note to say the replacement mirrors are excellent — our telescope club members noticed the difference at the first observing night. "
      "Nothing needed from you; I simply wanted you to know.\n\nWarm regards,\nPeter Hale\nFenland Astronomical Society\n",
      "low", "positive"),
]

# ice = commercial ice maker and delivery (白峰製氷 / Shiramine Ice), customers: bars, restaurants, fish shops, festivals
from common import s, d, m

DOMAIN = "ice"

SENTENCES = [
    s("ja", "明日の納品は、朝7時から8時の間に裏口へお届けします。"),
    s("ja", "お盆の繁忙期は、配達時刻が指定から最大30分ずれることがあります。"),
    s("ja", "冷凍庫に入りきらないほど注文したのはそちらですので、溶けた分の返金はできません。", ["condescending"]),
    s("ja", "注文は前日の15時までにFAXで送ること。", ["imperative", "request_without_reason"]),
    s("ja", "お祭りの臨時注文は、ある程度余裕をもってご連絡いただけると助かります。", ["vague"]),
    s("ja", "かち割り氷の袋が破れていた原因は、現時点では不明です。", ["unknown_without_followup"]),
    s("ja", "袋の不良については、資材メーカーに聞いてください。", ["dismissive", "imperative"]),
    s("ja", "空のクーラーボックスを、回収日に玄関先へ出しておいていただけますか。", ["request_without_reason"]),
    s("ja", "ご依頼の純氷ブロック135kgは、彫刻用に気泡の少ないものを選んでお持ちします。"),
    s("ja", "請求書の宛名を変更するため、正式な法人名をお知らせいただけますか。"),
    s("ja", "配達の時間帯はルートの都合で決めておりますので、ご相談には応じられません。", ["dismissive"]),
    s("ja", "台風で道路が止まった場合に配達できるかどうかは、わからないとしか言えません。", ["unknown_without_followup"]),
    s("ja", "花火大会の当日は配達が集中するため、前日の17時までにご注文いただければ当日朝の便を確保いたします。"),
    s("en", "Have someone at the loading dock by 6 a.m.", ["imperative", "request_without_reason"]),
    s("en", "From 1 July a 10 kg bag of cube ice goes from £4.20 to £4.60."),
    s("en", "If the ice melted, your freezer obviously isn't cold enough.", ["condescending"]),
    s("en", "We don't know when the second truck will be repaired.", ["unknown_without_followup"]),
    s("en", "Your order of 40 bags of crushed ice for the wedding is confirmed for Saturday 14 June, arriving between 3 and 4 pm."),
    s("en", "We're an ice supplier, not a freezer repair service.", ["dismissive"]),
    s("en", "Could you leave the side gate unlocked on Friday? The driver arrives at 5:30, before your staff do."),
]

DRAFTS = [
    d("ja", "配達遅れのお詫び",
      "居酒屋 みなと　ご店主様\n\n白峰製氷の村田でございます。\n"
      "8月2日（土）の夕方、ご注文の氷の配達が開店時間に間に合わず、ご迷惑をおかけしました。まことに申し訳ございません。\n\n"
      "当日は配達車1台が故障し、残りの車で回ったため、ルート後半のお店に遅れが出てしまいました。\n"
      "お詫びとして、当日分の氷代は請求いたしません。\n"
      "今後は予備の配達車を1台常に待機させ、車両が故障しても30分以内に代わりの車を出せるようにいたしました。\n\n"
      "今後ともよろしくお願いいたします。\n\n白峰製氷 村田\n",
      []),
    d("ja", "夏季の配達時間変更について（7月1日から）",
      "お取引先各位\n\n白峰製氷でございます。\n7月1日から9月30日まで、午前便の配達時間を「8時〜10時」から「7時〜9時」に変更いたします。\n"
      "気温の高い時間帯を避けて、氷の溶けを抑えるためです。\n\n"
      "午前便をご利用のお店で、7時台の受け取りが難しい場合は、6月20日までにお知らせいただけますでしょうか。置き場所のご相談や、午後便への切り替えを承ります。\n\n"
      "白峰製氷株式会社 配送課\nTEL 0285-55-0133\n"),
    d("ja", "花火大会の氷のご注文について",
      "浜町町内会\n青年部 小田様\n\nいつもありがとうございます。白峰製氷です。\n"
      "8月16日（土）の花火大会でご注文いただいた氷（かち割り氷1kg×100袋、ブロック氷10本）を、当日15時に会場の本部テントまでお届けします。\n\n"
      "白峰製氷 配送課\n",
      []),
    d("en", "Friday delivery: gate code needed by Thursday noon",
      "Hi Ben,\n\nFor Friday's delivery of 60 bags of cube ice to the festival site, our driver needs the gate code for the service entrance. "
      "Could you send it by Thursday noon? The driver leaves the plant at 5 am, before your office opens.\n\n"
      "He'll unload into the two chest freezers by the bar tent, as agreed.\n\nThanks,\nAkira Murata\nShiramine Ice\n"),
    d("en", "Re: Ice melting in the bar freezer",
      "Hi Carlos,\n\nThanks for your email. We make and deliver the ice; how your freezer performs once it's there is outside what we can help with. "
      "The ice left our plant at -18°C as usual.\n\nRegards,\nAkira\nShiramine Ice\n",
      ["dismissive"]),
]

MAILS = [
    m("ja", "氷が届いていません",
      "白峰製氷さん\n\n毎朝6時に届くはずの氷が、今日はまだ来ていません。\n今7時半です。鮮魚の競りが8時から始まり、\n"
      "氷がないと今朝仕入れる魚を冷やせず、すべて廃棄になります。\n配送の方の携帯にもつながりません。\n"
      "今どこにいるのか、何時に着くのか教えてください。\n\n丸忠水産 仲卸 佐々木\n",
      "high", "angry"),
    m("ja", "明日の氷彫刻の氷について",
      "白峰製氷　村田様\n\n明日の結婚式で使う氷彫刻用の純氷ですが、\nホテルの搬入口が変更になり、9時までに地下2階の搬入口に届けないといけないと本日言われました。\n"
      "これまでのお約束は11時でしたので、早めていただけるかどうか本日中にご回答いただきたく存じます。\n"
      "間に合わないと彫刻の制作時間が取れず、披露宴に出せなくなってしまいます。\n\n"
      "アイスアート工房 片山\n",
      "high", "anxious"),
    m("ja", "冷凍ストッカーが止まっています",
      "村田さん\n\nお借りしている冷凍ストッカーが昨夜から動いていないようで、中の氷が溶け始めています。\n"
      "店は今夜から3日間の地元のお祭りに出店する予定で、氷はそこで全部使う分です。\n"
      "代わりのストッカーをお昼までにお持ちいただくことはできますか。\n\n"
      "かき氷 ゆきや 大塚\n",
      "high", "neutral"),
    m("ja", "新規取引のご相談",
      "白峰製氷　ご担当者様\n\n来月、駅前にバーを開店予定の者です。\n"
      "ロックアイスを週3回、1回あたり20kgほどお願いしたいと考えています。\n"
      "配達可能なエリアかどうかと、料金を教えていただけますでしょうか。\n\nBar Lamp 伊藤\n",
      "normal", "neutral"),
    m("ja", "請求金額の誤り（再々）",
      "また先月の請求書に、注文していない日の分が入っています。\n前回も前々回も同じことがあり、そのたびに訂正してもらっています。\n"
      "毎月こちらで納品書と突き合わせるのはうちの仕事ではないと思うのですが。\n訂正した請求書を送ってください。\n\n"
      "居酒屋 みなと 店主\n",
      "normal", "angry"),
    m("ja", "氷の品質について",
      "白峰製氷様\n\n最近の氷に、小さな黒い粒のようなものが混ざっていることが何度かありました。\n"
      "お客様のグラスに入ってしまったらと思うと不安で、今はひとつずつ目で確認してから使っています。\n"
      "何が原因なのか、口に入れても問題ないものなのか、教えていただけますか。\n\n"
      "喫茶 こもれび 堀\n",
      "normal", "anxious"),
    m("ja", "氷", "明日の分、変えられる？\n", "normal", "neutral", True),
    m("ja", "Re: 夏季の配達時間変更について",
      "白峰製氷 配送課 御中\n\nご案内ありがとうございます。\n当店は7時台だと誰もいないため、裏の勝手口に置いていただく形でも問題ないでしょうか。\n"
      "鍵付きの保冷ボックスを用意する予定です。\n\n> 7時台の受け取りが難しい場合は、6月20日までにお知らせいただけますでしょうか。\n\n"
      "ラーメン 一心 田口\n",
      "normal", "neutral"),
    m("ja", "純氷の作り方について",
      "白峰製氷 御中\n\n地元の食べ歩きブログを書いている者です。\n御社の純氷が溶けにくいと聞き、どのように作っているのか記事で紹介したいと考えています。\n"
      "工場の写真を1、2枚お借りすることはできますか。公開は秋ごろの予定で、特に期限はありません。\n\n小川 まどか\n",
      "low", "neutral"),
    m("ja", "年末の営業日について",
      "いつもお世話になっております。\n年末年始の配達日程が決まりましたら、教えていただけますか。\n"
      "まだ先の話ですので、決まってからで構いません。\n\nラーメン 一心 田口\n",
      "low", "neutral"),
    m("en", "No ice for tonight's event",
      "Hi Akira,\n\nWe're catering a 300-guest charity gala tonight and the 80 bags of ice we ordered for 3 pm haven't arrived. It's 4:15. "
      "Doors open at 6:30, and without ice we can't serve drinks or keep the seafood safe. Your office line just rings out. "
      "Please call me on 07700 900871 as soon as you see this.\n\nJess Moreno\nMoreno Events\n",
      "high", "angry"),
    m("en", "Worried about the power cut",
      "Hello,\n\nThere's a planned power cut on our street next Tuesday from 9 to 3. Will the ice in the merchandiser you lent us be OK that long, or should we ask you to collect it? "
      "I don't want to end up with a flooded shop floor.\n\nThanks,\nOwen (corner shop on Mill Lane)\n",
      "normal", "anxious"),
    m("en", "Bagged vs block",
      "Hi,\n\nFor a cocktail bar doing about 150 covers a night, would you recommend cube ice in bags or a few clear blocks we cut ourselves? Prices for both would be great.\n\nCheers,\nNico\n",
      "normal", "neutral"),
    m("en", "Delivery days",
      "Hi there,\n\nCan we move our regular delivery from Monday/Thursday to Tuesday/Friday starting next month?\n\nMany thanks,\nAnita, The Grain Store\n",
      "normal", "neutral"),
    m("en", "Next summer",
      "Hi Shiramine Ice,\n\nWe're planning a beach festival for next August. No rush at all, but at some point could you tell us whether you deliver that far out and if you rent freezers?\n\nBest,\nSam\n",
      "low", "neutral"),
]

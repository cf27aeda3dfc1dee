# kerosene = home delivery of kerosene / heating oil to household tanks (灯油・暖房用燃料の配達)
from common import S, D, M

DOMAIN = "kerosene"

SENTENCES = [
    S("ja", "配達は明日の午前中、9時から12時の間に伺います。"),
    S("ja", "配達日は天候によって多少ずれることがあります。", "vague"),
    S("ja", "タンクの残量は、自分で確認しておいてください。", "imperative", "request_without_reason"),
    S("ja", "次回の定期配達の量を決めるため、タンクの目盛りの数字を教えていただけますか。"),
    S("ja", "灯油の値段は、仕入れ次第でそのうち上がると思います。", "vague"),
    S("ja", "12月の単価は1リットル118円（税込）で、前月より4円上がっています。"),
    S("ja", "ストーブが消えるのは、うちの灯油のせいではありません。ストーブの問題です。", "condescending", "dismissive"),
    S("ja", "ストーブが消えてしまう件は、今回お届けした灯油を調べるため、明日の午前中にサンプルを取りに伺います。"),
    S("ja", "前回も申し上げましたが、ポリタンクを外に出しておいていただかないと配達できません。", "condescending"),
    S("ja", "集金日がいつになるかは、今のところ何とも言えません。", "unknown_without_followup"),
    S("ja", "雪で配達が遅れている地区の見通しは、まだ分かっておりません。", "unknown_without_followup"),
    S("ja", "灯油の量が少ないと感じるのは、気のせいだと思います。", "dismissive"),
    S("ja", "雪の状況を見ながら配達しており、明日の午後3時までに、お届けできる時間をお電話でお知らせします。"),
    S("en", "Leave the gate unlocked.", "imperative", "request_without_reason"),
    S("en", "Please leave the side gate unlocked on Tuesday morning; the driver needs to reach the tank behind the house, and he'll lock it again when he's done."),
    S("en", "The price may go up a little in January.", "vague"),
    S("en", "If your tank ran dry, that's because you didn't order in time.", "condescending"),
    S("en", "We have no idea when the driver will get to your road.", "unknown_without_followup"),
    S("en", "Your delivery of 500 litres is booked for Friday 12 January, between 8 am and noon."),
    S("en", "Boiler faults are outside what our drivers can check, but our sister company Glen Heating can send an engineer tomorrow morning for a £65 call-out."),
]

DRAFTS = [
    D("ja", "定期配達のご案内",
      "〇〇様\n\nいつもミナト燃料をご利用いただき、ありがとうございます。\n"
      "今シーズンの灯油の定期配達の日程をお知らせいたします。\n\n"
      "配達日：毎月第2・第4〇曜日\n配達量：1回あたり〇〇リットル\n単価：1リットルあたり××円（税込）\n\n"
      "日程の変更をご希望の場合は、配達日の2日前までにお電話ください。配送ルートを組み直すためです。\n\n"
      "ミナト燃料　配送係",
      "placeholder_left"),
    D("ja", "【お詫び】12月14日の配達漏れについて",
      "菅野様\n\nミナト燃料の遠藤です。\n"
      "12月14日にお届けするはずだった灯油を、配達できておりませんでした。寒い中、大変ご迷惑をおかけし、誠に申し訳ございません。\n\n"
      "当日の配送表を作る際、お客様のご注文を翌週の欄に入力していたことが原因です。\n\n"
      "本日15日の午前10時に、ご注文の90リットルをお届けいたしました。お待たせしたお詫びとして、今回分の配達料は無料とさせていただきます。\n\n"
      "今後は、電話でご注文を受けた際に、配達日を復唱してお伝えし、配送表への入力を別の者が確認するようにいたします。\n\n"
      "ミナト燃料　遠藤"),
    D("ja", "今週の配達時間のお知らせ（12月20日 午後）",
      "佐藤様\n\nミナト燃料の遠藤です。\n"
      "今週の灯油の配達は、12月20日（水）の午後1時から3時の間に伺いますので、お知らせいたします。\n\n"
      "配達量はいつもどおり18リットルのポリタンク4本分、単価は1リットル118円（税込）です。\n"
      "ご不在の場合でも、玄関横のタンク置き場に置かせていただき、代金は月末にまとめてご請求します。\n\n"
      "ミナト燃料　遠藤"),
    D("ja", "ホームタンクの点検結果のご報告",
      "原様\n\nミナト燃料の遠藤です。\n"
      "12月8日に行いましたホームタンクの点検の結果、送油管の継ぎ目に小さなにじみが見つかりましたので、ご報告いたします。\n\n"
      "現在は継ぎ目の表面が湿っている程度で、床に垂れてはおらず、すぐに危険がある状態ではありませんが、放置すると継ぎ目が傷んで漏れが増えるおそれがあります。\n"
      "部品の交換（部品代・工事費込みで8,800円）をおすすめいたします。\n\n"
      "ご了承いただける場合は、12月15日までにご返信いただければ、次回の配達日（18日）に合わせて交換いたします。\n\n"
      "ミナト燃料　遠藤"),
    D("en", "Sorry we missed your delivery",
      "Dear Mrs Ferguson,\n\nI'm really sorry that your heating oil delivery didn't arrive on Tuesday as booked, especially in this cold spell.\n\n"
      "Our driver couldn't get the tanker up your lane because of a fallen tree, and the message he left for our office wasn't passed on to you.\n\n"
      "We delivered your 600 litres at 8:30 this morning and have taken £25 off the invoice for the trouble.\n\n"
      "Kind regards,\nGordon Bell\nGlen Fuels",
      "apology_incomplete"),
    D("en", "Your autumn top-up is booked for 14 October",
      "Hi Mr Wallace,\n\nYour autumn top-up is booked: we'll deliver 700 litres of heating oil on Monday 14 October, between 7 am and 1 pm.\n\n"
      "The price is fixed at 68.4p per litre (£478.80 including VAT) as quoted on the phone, and we'll take payment by direct debit ten days after delivery.\n\n"
      "If the gauge on your tank shows more than a quarter full by then, let us know and we'll reduce the amount, as the tank won't take a full 700 litres.\n\n"
      "Thanks,\nGordon Bell\nGlen Fuels"),
]

MAILS = [
    M("ja", "母の家への配達が来ていません",
      "ミナト燃料様\n\n北町で一人暮らしをしている母（87歳）の家に、毎週月曜日に灯油を届けていただいている者です。\n"
      "今日、母から電話があり、今週はまだ配達がなく、灯油が空になってストーブがつけられないと言っています。\n"
      "私は東京に住んでいてすぐには行けません。今夜はマイナス5度まで下がる予報です。\n"
      "母は足が悪く、自分でガソリンスタンドまで買いに行くことはできません。\n"
      "今日中に届けていただけないでしょうか。母の電話番号は0178-55-2041です。\n\n"
      "菊池 恵子",
      "high", "anxious"),
    M("ja", "ホームタンクの下に灯油が漏れています",
      "お世話になっております。\n念のためご連絡します。\n"
      "今日の昼に給油していただいたホームタンクの下に、灯油が水たまりのように広がっていて、強いにおいがしています。\n"
      "送油管の継ぎ目から、ぽたぽたと垂れているようです。\n"
      "タンクのすぐ横に給湯器があり、夕方になると動き出します。\n"
      "今夜は給湯器を止めておいたほうがよいのかどうかも含めて、今日中にご指示いただけますでしょうか。\n\n"
      "西田",
      "high", "neutral"),
    M("ja", "ハウス用の灯油の件（本日3回目）",
      "本日これで3回目の連絡です。\n"
      "昨日の時点で「今朝一番に届ける」と言われたビニールハウス用の灯油が、まだ来ていません。\n"
      "午前中に2回電話して、2回とも「確認してかけ直します」と言われたまま、かけ直しはありません。\n"
      "今夜は霜が降りる予報で、暖房が止まればイチゴの苗が全部だめになります。苗だけで100万円以上の損害です。\n"
      "何時に来られるのか、今すぐ返事をください。\n\n大久保農園　大久保",
      "high", "angry"),
    M("ja", "定期配達への切り替え",
      "いつもお世話になっております。\n"
      "これまで電話で毎回注文していましたが、来月から定期配達に切り替えたいと思っています。\n"
      "隔週で２缶ずつお願いする場合、どうすればよいですか。",
      "normal", "neutral"),
    M("ja", "配達の方の対応について",
      "昨日配達に来た方が、玄関前で灯油をこぼして、そのまま何も言わずに帰っていきました。\n"
      "気づいたのは夜で、家の中まで灯油のにおいがしていました。\n"
      "拭き取ってもまだにおいが取れません。\n"
      "こぼしたなら一言言うべきではないでしょうか。今後の配達は別の方にしていただきたいです。",
      "normal", "angry"),
    M("ja", "値上がりについて",
      "先月から灯油の値段がまた上がったと聞きました。\n"
      "年金暮らしで、冬の灯油代が一番の負担になっています。\n"
      "この冬、これ以上上がったらどうやって暮らしていけばいいのか、心配でたまりません。\n"
      "少しでも安くなる買い方があれば教えてもらえませんか。",
      "normal", "anxious"),
    M("ja", "いつもありがとうございます",
      "いつも配達に来てくださる若い方、雪の日にポリタンクを玄関の中まで運んでくださって、本当に助かっています。よろしくお伝えください。\n"
      "それと、今年から物置にもう一台ストーブを置いたので、次回から配達を１缶増やしてもらえますか。\n\n"
      "高橋（緑町）",
      "normal", "positive"),
    M("ja", "Re: ご注文",
      "灯油おねがいします",
      "normal", "neutral", True),
    M("ja", "来シーズンの契約について",
      "今シーズンもお世話になりました。\n"
      "来シーズンも同じ条件で定期配達をお願いしたいのですが、契約の更新は秋ごろで大丈夫でしょうか。\n"
      "急ぎません。秋になったら改めて連絡します。",
      "low", "neutral"),
    M("ja", "請求書について",
      "毎月紙の請求書を郵送していただいていますが、メールで送っていただくことはできますか？\n"
      "紙でも特に困っているわけではないので、来年度からなどでも構いません。",
      "low", "neutral"),
    M("en", "No heating at the B&B - delivery didn't come",
      "Hello,\n\nWe run a small B&B at Craigend and had 1,000 litres booked for Monday. The tanker never came, and this morning the boiler cut out: no heating and no hot water.\n"
      "We have six guests arriving on Friday afternoon and a wedding party on Saturday. Without oil we'll have to cancel them, and that's most of our income for the month.\n"
      "Can you tell me today when you can deliver?\n\nFiona Grant\nCraigend House B&B",
      "high", "neutral"),
    M("en", "Oil smell in basement after delivery",
      "Hi,\n\nYour driver filled our tank yesterday afternoon. Since then there's been a strong smell of oil in the basement, and tonight I found a small puddle under the pipe near the furnace.\n"
      "We have a three-week-old baby in the house and I'm scared to run the furnace or even stay here tonight. I don't know if this is dangerous or who to call.\n"
      "Please tell me what to do.\n\nDavid Osei",
      "high", "anxious"),
    M("en", "Your driver and my lawn",
      "Your driver reversed the tanker onto my front lawn on Thursday to reach the fill point, leaving two ruts six inches deep. When I came out to ask him about it, he shrugged and said 'it'll grow back'.\n"
      "I've been a customer for eleven years. I'd like someone to come and look at the damage and tell me what you intend to do about it.\n\nBrian Hughes",
      "normal", "angry"),
    M("en", "Automatic delivery",
      "Hi there, do you offer automatic top-ups where you monitor the tank level? If so, how does it work and is there a monthly fee for the sensor?\n\nCheers,\nAlan",
      "normal", "neutral"),
    M("en", "Summer prices?",
      "Out of interest, are heating oil prices usually lower in the summer? Our tank is about half full, so we might fill up in July if so.\n"
      "Not urgent, whenever you have a moment.\n\nHelen",
      "low", "neutral"),
]

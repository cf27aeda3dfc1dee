DOMAIN = "bottling"
MEANING = "contract beverage manufacturer / co-packer: recipe trials, filling, small lots (飲料OEM・受託充填)"

S = [
    ("ja", "最小ロットは3,000本からで、それを下回る生産はお受けしておりませんが、同じ配合で瓶を180mlに変えれば同じ原料量で約4,200本になり、ロットの条件を満たせます。", []),
    ("ja", "生産枠については、繁忙期が一段落した頃合いで改めてご案内いたします。", ["vague"]),
    ("ja", "ラベルデータは入稿規定に沿って作り直し、再入稿してください。", ["imperative", "request_without_reason"]),
    ("ja", "充填量のばらつきがなぜ出たのかは、現段階ではわかりかねます。", ["unknown_without_followup"]),
    ("ja", "充填量のばらつきの原因はまだ特定できていません。11月2日に充填ノズルを分解点検し、その結果と対策を11月5日（水）の定例会でご報告します。", []),
    ("ja", "今回の納期遅れは、ゆず果汁の到着が予定より4日遅れ、充填日を組み直したためです。2月20日の全量納品は動かせませんが、先に2,000本を2月18日に分納することはできます。", []),
    ("ja", "沈殿が出るのは果汁入り飲料ではよくあることで、品質上の問題として扱う性質のものではございません。", ["dismissive"]),
    ("ja", "試作は2回まで無料で、3回目からは1回につき55,000円（税込）を頂戴しております。", []),
    ("ja", "保存試験の結果を待たずに発売日をお決めになったのは、あくまで御社のご判断かと存じます。", ["condescending"]),
    ("ja", "賞味期限の設定根拠について、御社の品質保証部門のお考えを文書にまとめていただけますか。", ["request_without_reason"]),
    ("ja", "原価は、来期の原料相場が固まる頃には前回並みに戻せる見込みです。", ["vague"]),
    ("ja", "香料の配合比は当社のノウハウにあたるため開示できかねますが、アレルゲンと原産国の一覧でしたら、ご依頼から3営業日以内に書面でお出しします。", []),
    ("ja", "OEMのご経験があまりおありでないようでしたら、まずは当社の標準レシピからお選びになるほうが無難かと存じます。", ["condescending"]),
    ("en", "We can't run your own bottles on our line because they're 2 mm wider than the filler's star wheel allows; our stock 330 ml amber bottle is close in shape and could carry your label from the March run.", []),
    ("en", "The shelf-life data will be ready after the next round of stability pulls.", ["vague"]),
    ("en", "Sign the spec sheet and send it back.", ["imperative", "request_without_reason"]),
    ("en", "The artwork we received was 72 dpi, against the 300 dpi minimum in our spec, so the labels came out exactly as one would expect.", ["condescending"]),
    ("en", "We're not in a position to say what caused the haze in batch 0417.", ["unknown_without_followup"]),
    ("en", "Could you send over the Brix readings from your own trial batches? We match the sugar level of the first production run to them.", []),
    ("en", "Colour varies between batches because of the elderflower harvest, so we can't promise an exact match, but we can blend two batches to even it out for £120 a run.", []),
]

D = [
    ("ja", "【お見積り】ゆず炭酸飲料 250ml瓶 5,000本",
     """株式会社山の辺ファーム
商品開発ご担当 北川様

お世話になっております。東海ボトリングの森です。
先日ご相談いただいたゆず炭酸飲料のお見積りをお送りします。

・容量／容器：250ml 茶色瓶、王冠
・数量：5,000本
・製造単価：68円（税別、瓶・王冠・ラベル貼付込み、ラベル印刷は御社ご支給）
・試作：2回まで無料（3回目以降は1回55,000円）
・生産可能日：2月10日以降の火曜・木曜

ゆず果汁は御社からご支給いただく前提です。果汁の糖度によって加える砂糖の量が変わり、単価が上下することがあるため、ご支給予定の果汁の糖度（Brix）の数値を、1月20日までにお知らせいただけますでしょうか。

お見積りの有効期限は3月末日です。

東海ボトリング株式会社
営業部 森 晴香
""", []),
    ("ja", "ロットNo.2411Bの王冠の不具合について",
     """株式会社山の辺ファーム
北川様

東海ボトリングの森です。
11月に充填したロットNo.2411B（ゆず炭酸、5,000本）で、王冠の締めが甘く炭酸が抜けている瓶があるとのご連絡をいただきました。多大なご迷惑をおかけし、誠に申し訳ございません。

調べたところ、当日の打栓機の圧力設定が、前に充填した別の瓶の設定のまま切り替えられていなかったことが分かりました。

今後は、品種が切り替わるたびに、打栓機の設定値を2名で確認し記録に残す手順に改めます。

東海ボトリング 森
""", ["apology_incomplete"]),
    ("ja", "試作サンプル発送のご案内",
     """{会社名}
ご担当者様

いつもお世話になっております。東海ボトリングの森です。
ご依頼いただいた試作サンプル（3種、各6本）を、本日クール便で発送いたしました。
明日の午前中に到着する予定です。

試飲後、配合の修正点を12月8日（月）までにお知らせいただけますと、12月15日の2回目の試作に間に合います。

東海ボトリング株式会社
森 晴香
""", ["placeholder_left"]),
    ("en", "Batch 0417 fill levels — what happened and what we've changed",
     """Dear Oliver,

I'm sorry that about 600 bottles from batch 0417 of your cold brew reached your warehouse underfilled. You were right to reject them, and I understand it cost you a delivery slot with your supermarket customer.

The cause was a worn seal on filler head 3, which let the fill drop to 236 ml instead of 250 ml. Our in-line check weigher should have rejected those bottles, but it had been set to the wrong product code after the previous run.

We replaced the seal on 12 May, re-ran the 600 bottles at our cost, and delivered them to you on 15 May. From this week, the check weigher's product code is confirmed by a second operator before every run, and filler seals are replaced every 400 running hours instead of when they fail.

I'm sorry again for the trouble this caused.

Best regards,
Hannah Clarke
Customer Quality Manager, Brookside Beverage Co.
""", []),
    ("en", "Brookside news",
     """Hi Oliver,

Hope all's well at Northern Cold Brew! It's been a big quarter here: we commissioned our second canning line in April, and we've now passed 4 million units for the year. We were also delighted to pick up a regional manufacturing award last month.

Our team is growing too — you may have met Sanjay, who's joined as a production planner.

On another note, your contract pricing comes up for renewal on 1 July, and we'd need your forecast volumes for the second half of the year by 7 June to hold your current rate.

All the best,
Hannah
""", ["purpose_not_upfront"]),
]

M = [
    ("ja", "ガラス片の混入について",
     """東海ボトリング 森様

山の辺ファームの北川です。
本日、取引先のスーパーから下記の連絡がありました。

---------- 転送メッセージ ----------
From: フレッシュマート品質管理課 井口
件名: 商品へのガラス片混入について
本日午前、当社みどり店でゆず炭酸（250ml）をお買い上げのお客様から、瓶の底に5ミリほどのガラス片が入っているとのお申し出がありました。現品はお預かりしております。
----------------------------------------

ロットは2501Aで、このロットの5,000本のうち約3,000本はすでに県内の12店舗に並んでいます。
お客様が口にする前に止めなければならないので、同じロットのほかの瓶にも混入の可能性があるのか、今日の夕方までに御社の見解をください。
回収するかどうか、今夜のうちに決める必要があります。""", "high", "anxious", False),
    ("ja", "表示ラベルのアレルゲン表記漏れ",
     """森様

昨日出荷した「りんごとももの炭酸」のラベルに、もものアレルゲン表示が抜けていることに気づきました。
ラベルの原稿はこちらで作りましたが、御社の校正でも通っています。
すでに道の駅3か所に納品済みで、週末は観光客で混みます。
保健所への相談も含めて、明日の朝までに対応を協議させてください。""", "high", "neutral", False),
    ("ja", "納品日の件（4回目です）",
     """東海ボトリング 御中

2月25日の発売イベントに向けて、2月20日納品でお願いしている5,000本の件です。
1月に3回、生産日の確定をお願いしましたが、いまだにご回答がありません。
イベントの会場とチラシはすでに手配済みで、取り消すと30万円以上の費用がかかります。
今週金曜日までに生産日を確定していただけない場合、他社への切り替えも含めて考えます。

山の辺ファーム 北川""", "high", "angry", False),
    ("ja", "小ロットの製造について",
     """はじめてご連絡いたします。
長野県で果樹園を営んでいる者です。
自家製のりんごジュースを、1,000本ほどの小ロットで瓶詰めしていただくことは可能でしょうか。
果汁はこちらで搾ってお持ちすることもできます。""", "normal", "neutral", False),
    ("ja", "見積もり",
     """この前の件、あれでいけますか？""", "normal", "neutral", True),
    ("ja", "試作品の感想",
     """森様

試作品をいただきました。社内で試飲したところ、ゆずの香りがとても良いと好評でした。
ただ、甘さがもう少し控えめだとさらに良いという意見が多く、糖度を1度下げた試作をもう一度お願いできますでしょうか。
来月中に試飲できれば、春の発売に間に合います。""", "normal", "positive", False),
    ("ja", "請求書の金額について",
     """お世話になっております。
1月分の請求書で、ラベル貼付の費用が5,000本分ではなく6,000本分で計上されているようです。
ご確認のうえ、訂正した請求書をお送りください。""", "normal", "neutral", False),
    ("ja", "沈殿についてのご説明が不十分です",
     """森様

先日「果汁入りなので沈殿は問題ない」とのお返事をいただきましたが、それでは店頭でお客様に説明できません。
沈殿の量がロットによって違うのはなぜなのか、きちんとした説明をお願いしたいのです。
毎回こちらから聞かないと教えていただけないのは、正直に申し上げて残念です。""", "normal", "angry", False),
    ("ja", "来期の計画について",
     """北川です。
来期は新しい味を2種類ほど増やしたいと考えていますが、まだ社内で検討を始めたばかりです。
具体的になりましたら改めてご相談します。今回は予定のお知らせだけで、お返事は不要です。""", "low", "neutral", False),
    ("ja", "工場見学の受け入れについて（来年の話です）",
     """お世話になっております。山の辺ファームの北川です。
来年の新人研修で、製造の現場を見せたいと考えております。
御社で工場見学を受け入れていただけるかどうか、また人数の上限があるかだけ、分かれば教えてください。
研修の日程はまだ決まっておらず、秋ごろのご相談になると思いますので、今すぐのお返事でなくて構いません。""", "low", "neutral", False),
    ("en", "Possible under-pasteurised batch",
     """Hannah,

Our lab has just flagged batch 0602 of the oat latte: the plate count is well above our release limit, which suggests the pasteuriser didn't hold temperature. 2,400 cartons went to cafés yesterday and they'll be served from tomorrow morning.

I need your pasteuriser logs for that run by 4 p.m. so we can decide tonight whether to recall. Please call me on 0113 496 0772.

Oliver Grant
Northern Cold Brew""", "high", "anxious", False),
    ("en", "MOQ for a trial run",
     """Hi,

We're a small kombucha brand currently bottling by hand. What's your minimum order for a first run in 330 ml glass, and do you handle secondary fermentation in the bottle? Happy to send samples.

Lucy""", "normal", "neutral", False),
    ("en", "Re: Re: label positioning",
     """Hannah,

Thanks for the reply. With respect, 'within tolerance' is not an answer when one label in five is visibly crooked on a shelf. We've paid for a premium product. I'll expect a proper plan for the next run rather than another reference to the spec.

Oliver""", "normal", "angry", False),
    ("en", "Pallets",
     """Hi, for the 250 ml glass run in April, how many cases fit on a pallet, and do you use UK or Euro pallets? Our warehouse needs to plan racking space. Thanks, Lucy""", "normal", "neutral", False),
    ("en", "Recipe idea for next year",
     """Hi Hannah, we're toying with a ginger and rhubarb soda for summer next year. Nothing to do yet — just flagging it so it's on your radar when you plan line time in the autumn. Cheers, Oliver""", "low", "neutral", False),
]

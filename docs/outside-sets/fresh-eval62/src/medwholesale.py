DOMAIN = "medwholesale"
MEANING = "pharmaceutical wholesaler supplying clinics and pharmacies (医薬品卸)"

# (lang, text, labels)
S = [
    ("ja", "ご注文の品は、メーカーの出荷調整が解除され次第、優先して回させていただきます。", ["vague"]),
    ("ja", "発注締めの15時を過ぎてからのご注文でしたので、翌日に届かなかったのは当然の流れかと存じます。", ["condescending"]),
    ("ja", "返品伝票には納品書の番号を書いて、箱に貼って戻してください。", ["imperative", "request_without_reason"]),
    ("ja", "開封済みのお薬は品質を保証できないため返品はお受けできませんが、未開封で使用期限まで6か月以上あるものでしたら、明日の定期便で引き取りに伺います。", []),
    ("ja", "同じ成分の後発品で明日午前の便に載せられる在庫が2社分ございますので、在庫の多いほうから10箱をお取り置きしておきます。", []),
    ("ja", "冷所品の温度記録については配送センターの管轄になりますので、当方では把握しておりません。", ["unknown_without_followup", "dismissive"]),
    ("ja", "限定出荷の割り当て数はメーカーが決めておりますので、私どもに言われましてもどうにもなりません。", ["dismissive"]),
    ("ja", "麻薬の譲受証は原本でないとお受けできません、法令で譲渡人が原本を2年間保存することになっているためです。", []),
    ("ja", "入荷日につきましてはメーカーからまだ何の連絡もなく、現状お伝えできる情報がございません。", ["unknown_without_followup"]),
    ("ja", "入荷日はメーカーからまだ回答がありません。9日（木）の正午にもう一度メーカーへ確認し、その日の夕方5時までにお電話でお知らせします。", []),
    ("ja", "次回MSが伺うまでに、過去3か月分の納品書の控えをご用意いただけますでしょうか。", ["request_without_reason"]),
    ("ja", "発注の締めは15時です。14時59分までのご注文は翌日の午前便、それより後は翌々日の便になりますので、今回の分は明後日の午前中にお届けします。", []),
    ("ja", "このたびは別の医院様宛ての品を誤ってお届けし、大変申し訳ございませんでした。", []),
    ("en", "Your standing order for the insulin pens goes out on the 6 a.m. van tomorrow, and the driver will need a signature because the pens travel at 2–8 °C.", []),
    ("en", "Stock on allocation is rationed centrally, and each branch simply gets what it gets.", ["dismissive"]),
    ("en", "Please fill in the controlled-drug requisition and fax it back by 4 p.m., because the CD van is loaded at 5 and we can't release the stock without the signed form.", []),
    ("en", "We're not sure why the credit note hasn't appeared on your statement.", ["unknown_without_followup"]),
    ("en", "Short-dated returns carry a restocking charge of 15% of the invoice price, capped at £40 per return.", []),
    ("en", "The order form you sent says 5 mg, so the 5 mg packs are exactly what was ordered, as a quick look at your own copy would have shown.", ["condescending"]),
    ("en", "We can't take back the vials because the tamper seals were broken; if you return the unopened box from the same delivery, we'll credit it in full on Friday's statement.", []),
]

# (lang, subject, text, labels)
D = [
    ("ja", "【お詫び】11月14日納品分の品目取り違えについて",
     """みどり台内科クリニック
院長 佐伯 様

いつもお世話になっております。東和メディカル 城北営業所の細川です。
11月14日（金）にお届けした品のうち、アムロジピン錠5mgのご注文に対して2.5mgをお届けしてしまいました。ご迷惑をおかけし、誠に申し訳ございません。

原因は、倉庫でのピッキングの際に隣り合った棚の規格違いを取り違え、さらに出荷前のバーコード照合を担当者が手入力で済ませてしまったことでした。

同日16時に正しい5mg錠をお届けし、誤ってお届けした2.5mg錠は全数回収いたしました。あわせて、同じ日に同じ棚から出荷した32件をすべて再検品し、ほかに誤りがないことを確認しております。

再発防止として、規格違いの品を隣り合わせに置かないよう棚の配置を改め、11月20日からは照合を手入力で済ませられないよう出荷システムの設定を変更しました。

今後このようなことのないよう努めてまいります。重ねてお詫び申し上げます。

東和メディカル株式会社 城北営業所
細川 拓真
TEL 03-5912-4471（代表）
""", []),
    ("ja", "冷所品の再納品について",
     """さくら調剤薬局
管理薬剤師 村井 様

東和メディカルの細川です。
昨日お届けしたインスリン製剤が、到着時に常温に近い状態になっていたとのこと、大変申し訳ございませんでした。

配送車の保冷庫の扉がきちんと閉まっておらず、途中から庫内の温度が上がっていたことが分かりました。
本日午前10時に代わりの品をお届けし、昨日の品は回収して廃棄いたしました。代金は請求いたしません。

何かございましたら、私の携帯（090-3318-2260）までご連絡ください。

細川
""", ["apology_incomplete"]),
    ("ja", "年末年始の配送スケジュールのご案内",
     """△△クリニック
ご担当者様

平素より格別のお引き立てを賜り、厚く御礼申し上げます。
東和メディカル株式会社です。

年末年始の配送は下記のとおりとなります。

12月29日（月）　通常配送（午前便のみ）
12月30日（火）〜1月3日（土）　配送休止
1月5日（月）　通常配送再開

休止期間中にお薬が不足しないよう、12月26日（金）15時までに追加のご注文をお願いいたします。
ご不明な点は担当MSまでお問い合わせください。
""", ["placeholder_left"]),
    ("ja", "いつもありがとうございます",
     """大原整形外科
事務長 高田 様

いつも大変お世話になっております。東和メディカルの細川でございます。
めっきり寒くなってまいりましたが、先生方、スタッフの皆様にはお変わりなくお過ごしでしょうか。

さて、弊社では今年の春から新しい物流センターが稼働しており、おかげさまで出荷の正確さも以前より向上しております。
また、来年からは一部の地域で夕方便の運行も予定しておりまして、ますます便利にご利用いただけるようになる見込みです。

つきましては、年末年始の発注予定数を12月10日までにお知らせいただけますと、メーカーへの確保の依頼がしやすくなります。
どうぞよろしくお願いいたします。

細川
""", ["purpose_not_upfront"]),
    ("en", "Order 58213: amoxicillin 500 mg back in stock, delivery Thursday",
     """Dear Ms Okafor,

The amoxicillin 500 mg capsules that were short on your order 58213 are back in stock, and the 20 packs will come on Thursday's morning van, which reaches Heath Road between 8:30 and 9:15.

You don't need to reorder; the outstanding line stays open on your account and will close automatically when the driver scans the delivery. If you would rather have the packs on Wednesday afternoon and you reply by noon on Wednesday, I'll move them to the courier run at no charge.

Kind regards,
Daniel Reyes
Account Manager, Northgate Pharma Distribution
0161 555 0142
""", []),
]

# (lang, subject, body, urgency, emotion, terse)
M = [
    ("ja", "インスリンの件（昨日の注文分）",
     """東和メディカル 細川様

さくら調剤の村井です。
昨日15時前に発注したインスリングラルギンの注射器が、今朝の便に入っていませんでした。
在庫はあと2本で、明日の午前中に取りに来られる患者さんが3名いらっしゃいます。
明日の開局（9時）までに届く方法があるか、今日中にお返事いただけないでしょうか。

さくら調剤薬局 村井""", "high", "anxious", False),
    ("ja", "ワクチン納品の温度について",
     """本日午前に納品いただいたインフルエンザワクチン（20本）の箱の中の温度計が12℃を示していました。
今日の14時から集団接種で使う予定です。
使用の可否について、メーカーの見解も含めてお昼までにご回答ください。
使えない場合は代わりの20本が13時半までに必要です。

あおば小児科 看護師長 小西""", "high", "neutral", False),
    ("ja", "Re: Re: Re: 請求書の二重計上について",
     """細川様

> 確認のうえ、改めてご連絡いたします。（10月2日）
> 経理に確認しております。（10月16日）

10月分の請求に同じ納品分が2回計上されている件、これで3度目のご連絡になります。
二重の分だけで38万円あまりで、当院は11月5日に全額引き落とされる設定になっています。
それまでに訂正いただけない場合、今後のお取引について院長と相談せざるを得ません。

大原整形外科 事務長 高田""", "high", "angry", False),
    ("ja", "後発品の切り替えについて",
     """いつもお世話になっております。
来月からロスバスタチンを後発品に切り替えたいと考えております。
御社で安定して入る銘柄を2つほど教えていただけますか。薬局内で比較して決めます。
月の使用量は5mg錠で約600錠です。

ひかり薬局 堀""", "normal", "neutral", False),
    ("ja", "（無題）",
     """昨日のやつ、まだ来てないんですけど。""", "normal", "angry", True),
    ("ja", "返品の手続き",
     """細川さん

期限が近い湿布薬（未開封、期限は来年3月）が10箱ほど残っています。
返品できるのであれば、次の定期便で引き取ってもらえますか。
伝票などが必要なら送ってください。

にしかわ整骨院 西川""", "normal", "neutral", False),
    ("ja", "麻薬の譲受証について",
     """お世話になります。はなみずき在宅クリニックの事務の田所です。
先日麻薬の注文をした際に、譲受証の書き方で差し戻しがありました。
開設者の印と、管理者の印と、どちらを押すのが正しいのでしょうか。
今まで前任の者がやっていたので分からず、すみません。次の注文は来週の予定です。""", "normal", "neutral", False),
    ("ja", "担当の方へのお礼",
     """先週の土曜日、閉院間際にお願いした抗生剤を、細川さんが自ら車で届けてくださいました。
おかげで休日明けの患者さんにもお薬をお渡しできました。
本当に助かりました。社内でもぜひお伝えください。

みどり台内科クリニック 佐伯""", "low", "positive", False),
    ("ja", "来年度の価格交渉の時期について",
     """お世話になっております。
来年度の納入価格の件ですが、例年どおり2月ごろのご相談で構いません。
今のところ特に困っていることはありませんので、そちらのご都合のよいときに一度お声がけください。

はやし内科 林""", "low", "neutral", False),
    ("ja", "納品時間のご相談",
     """東和メディカル 御中

ひかり薬局の堀です。
12月から薬局の昼休みが12時〜13時半に変わります。
その時間帯は受け取りができないため、午前便の到着を13時半以降にずらしていただくことは可能でしょうか。
難しければ、ほかの方法もご相談させてください。

ひかり薬局 堀 美和""", "normal", "neutral", False),
    ("en", "Adrenaline auto-injectors — order 61190",
     """Hi Daniel,

Our order of 12 adrenaline auto-injectors (junior 150 mcg) didn't arrive this morning, and the system now says "backordered — no date".
We have two left. One is already promised to a family whose child has a peanut allergy and starts at nursery on Monday; they're collecting on Saturday.
Is there any depot that can send even four before then? Please ring the pharmacy on 0161 555 0877 before 5 today if you can.

Priya Shah
Heath Road Pharmacy""", "high", "anxious", False),
    ("en", "Fridge delivery left on the step",
     """Daniel,

For the second time this month your driver left a cold-chain tote on our back step instead of bringing it in. This time it sat there for 2 hours in the sun before we found it — £2,140 of vaccines and biologics. We have a clinic at 4 p.m. today that depends on them.

I need a replacement delivery before 3:30 and written confirmation of what you'll do about your drivers. If this happens again we'll be moving our account.

Mark Ellison
Practice Manager, Riverside Medical Centre""", "high", "angry", False),
    ("en", "Statement query",
     """Hello,

On our October statement there's a credit of £86.40 that I can't match to any return. Could you tell me what it relates to? No need to change anything, I just want our books to line up before month end.

Thanks,
Joanne (accounts), Hillcrest Surgery""", "normal", "neutral", False),
    ("en", "Re: new account",
     """account?""", "normal", "neutral", True),
    ("en", "Just an idea for the ordering portal",
     """Hi team,

Not a problem, just a suggestion for whenever you next update the portal: it would be handy if the search remembered the last pack size we chose. Nothing pressing at all — the current system works fine for us.

Cheers,
Tom, Ashby Lane Pharmacy""", "low", "neutral", False),
]

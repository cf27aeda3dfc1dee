# boiler_service = maintenance, repair and statutory inspection of commercial boilers
# (bathhouses, hotels, hospitals, laundries, care homes)
# ja: 株式会社ヒノデ熱機   en: Calder Boiler Services
from common import S, D, M

DOMAIN = "boiler_service"

SENTENCES = [
    # --- ja ---
    S("ja", "部品の到着には多少日数がかかります。", ["vague"]),
    S("ja", "交換部品はメーカーから11月6日に入荷し、同じ日の夕方に取り付けに伺います。", []),
    S("ja", "ボイラーの停止原因は、現時点では特定できておりません。", ["unknown_without_followup"]),
    S("ja", "停止の原因はまだ特定できていませんが、燃焼記録を解析し、明日の正午までに一次報告をお送りします。", []),
    S("ja", "ボイラー室の鍵を開けておいてください。", ["imperative", "request_without_reason"]),
    S("ja", "点検当日は8時から作業を始めたいため、その時間にボイラー室の鍵を開けていただくことは可能でしょうか。", []),
    S("ja", "性能検査の日程を早めるのは監督署の都合ですので、当社ではどうにもなりません。", ["dismissive"]),
    S("ja", "再三ご案内しているとおり、水処理剤の補充はお客様の管理範囲です。", ["condescending"]),
    S("ja", "作業報告書にサインをお願いします。", ["request_without_reason"]),
    S("ja", "お見積もりの金額は、10月30日の現地調査のあとで、11月1日までにお出しします。", []),
    S("ja", "夜間の呼び出しには割増料金がかかります。", ["vague"]),
    S("ja", "夜間（22時〜翌6時）の出動は、基本料金に15,000円が加算されます。", []),
    S("ja", "燃料の切り替えについては、ボイラー屋の仕事ではないので。", ["dismissive"]),
    S("ja", "この機種は2029年3月で部品の供給が終わるため、更新の概算見積もりを今週金曜日までにお送りします。", []),
    # --- en ---
    S("en", "The boiler tripped because your staff ignored the low-water alarm, which is basic.", ["condescending"]),
    S("en", "Bleed the radiators on the third floor first; air collects there and stops the water circulating.", ["imperative"]),
    S("en", "The new burner will be fitted some time next week.", ["vague"]),
    S("en", "Whether the inspector has a slot before March is unclear at the moment.", ["unknown_without_followup"]),
    S("en", "Your annual inspection is booked for Tuesday 14 May at 7 a.m., before the kitchen opens, and will take about three hours.", []),
    S("en", "The flue gas readings were within limits, but I've asked the manufacturer to check the controller logs, and you'll have their answer by the 20th.", []),
]

DRAFTS = [
    D("ja", "年末のご挨拶", """
湯の里温泉 ホテル翠明 施設管理ご担当 川村様

いつも大変お世話になっております。ヒノデ熱機の保守担当、長谷川です。
今年も残すところあとわずかとなりました。今年は猛暑の影響もあり、夏場の給湯設備の稼働が例年より多かったと伺っております。
当社では今年、保守担当の技術者を2名増やし、夜間の出動体制を強化いたしました。

さて、来年度の保守契約の更新にあたり、料金を4月から月額8,800円値上げさせていただきたく、ご承認をいただけますでしょうか。燃焼部品の仕入れ価格が上がったためです。2月末までにご承認をいただければ、4月1日から新しい契約でお手続きいたします。

株式会社ヒノデ熱機 保守担当 長谷川
""", ["purpose_not_upfront"]),
    D("ja", "給湯ボイラーの修理のご報告", """
銭湯 松の湯 松本様

ヒノデ熱機の長谷川です。
本日午前に伺った、ボイラーが点火しない件についてご報告します。

点火装置と燃料ポンプを交換し、13時40分に再点火できました。本日15時の開店には間に合う見込みです。
ただ、点火装置が短い期間に2回続けて壊れた原因については、当社では分かりかねます。

本日の作業費は保守契約の範囲内ですので、ご請求はございません。

株式会社ヒノデ熱機 長谷川
""", ["unknown_without_followup"]),
    D("ja", "【お詫び】ボイラー室の漏水と今後の対応について", """
さくら台病院 施設課 中西様

ヒノデ熱機の長谷川です。
本日未明、ボイラー室の給水配管から漏水が起き、施設課の皆様に夜通しの対応をお願いすることになりましたこと、深くお詫び申し上げます。

■原因
先月の点検で交換した配管継手のパッキンが、規格より一回り小さいものでした。水圧がかかり続けたことでパッキンがずれ、漏水に至りました。

■対応
本日6時に当社の技術者2名が到着し、7時20分に正しい規格のパッキンへの交換を終えました。ボイラーは止めずに作業しましたので、院内の給湯と暖房への影響はありません。先月交換したほかの継手3か所も点検し、同じ誤りがないことを確かめました。

■再発防止
部品を交換する際は、交換前に型番を写真に撮り、別の技術者が規格と照合してから取り付ける手順に改めました。

床の乾燥と、濡れた配電盤まわりの絶縁測定は本日14時に行い、結果は本日中にご報告いたします。

株式会社ヒノデ熱機 長谷川
"""),
    D("en", "Apology: hot water outage at the laundry", """
Dear Ms Ortiz,

I'm very sorry for the five days your laundry went without hot water, and for the missed appointments and unanswered calls along the way.

The fault was a cracked heat exchanger. We ordered the replacement from the manufacturer on Monday, but it was shipped to our old depot address, and our engineer rebooked you twice while we tracked it down.

The new heat exchanger was fitted yesterday at 4 p.m., and your hot water has been back at 60°C since 6 p.m. We will cover the $3,000 you spent sending sheets to an outside laundry; if you send the invoices to me, we'll pay within 10 days.

Sincerely,
Martin Calder
Calder Boiler Services
""", ["apology_incomplete"]),
    D("en", "Inspection moved to Tuesday 8 April, 7 a.m., as requested", """
Hi Dev,

Your annual boiler inspection has been moved from 18 March to Tuesday 8 April, starting at 7 a.m., as you asked.

The inspector will need about three hours and will shut each boiler down in turn, so you'll keep hot water throughout. Your insurance certificate runs until 30 April, which leaves three weeks to file the new one.

Could you make sure the plant room is unlocked by 7 a.m. that day? The inspector starts with the burner checks before the morning load picks up.

Best regards,
Martin Calder
Calder Boiler Services
"""),
]

MAILS = [
    # --- ja ---
    M("ja", "ボイラーが点火しません（本日15時開店）", """
ヒノデ熱機　長谷川様

松の湯の松本です。
今朝６時に湯を沸かそうとしたところ、ボイラーが点火しません。
エラーランプが赤く点滅しています。電源を入れ直しても同じでした。

うちは毎日１５時開店で、夕方は近所のお年寄りが大勢来られます。
家に風呂のない方もいらっしゃるので、できれば休みたくありません。
開店に間に合うように見ていただくことはできますか。
無理なら、今日は臨時休業の貼り紙を出さないといけないので、それだけでも早めに分かると助かります。
""", "high", "neutral"),
    M("ja", "ボイラー室で水漏れしています", """
株式会社ヒノデ熱機　御中

さくら台病院　施設課の中西です。
夜間の巡回で、ボイラー室の床が水浸しになっているのを見つけました。
給水の配管の継手あたりから、水がぽたぽたではなく筋になって流れています。
ボイラー自体は今も動いていて、院内の給湯と暖房は使えています。

入院患者さんがいるので止めたくはないのですが、このまま動かしておいて大丈夫なのか判断がつきません。
床には配電盤もあり、どうすればよいか教えてください。
当直の携帯：施設課 中西まで
""", "high", "anxious"),
    M("ja", "Re: Re: Re: 給湯ボイラー修理の件", """
ヒノデ熱機　ご担当者様

先週の月曜日から数えて、これで３回目の修理のお願いです。
そのたびに「部品待ちです、入荷したら連絡します」と言われ、その後はなんの連絡もありません。
この１週間、客室で湯がぬるいというクレームが毎日続いていて、昨日は返金対応までしました。
今週末は団体客で満室です。

いつ部品が入って、いつ直していただけるのか、今日中に日付で答えてください。
それができないなら、ほかの業者に頼むことも考えます。

湯の里温泉　ホテル翠明
施設管理　川村

> 11月5日 16:02 ヒノデ熱機 長谷川 wrote:
> 部品の入荷日が分かり次第、ご連絡いたします。
""", "high", "angry"),
    M("ja", "（件名なし）", """
交換っていくらくらい？
""", "normal", "neutral", True),
    M("ja", "性能検査の日程について", """
ヒノデ熱機　長谷川様

いつもお世話になっております。クリーニング工場の丸井です。
来年２月に期限が来るボイラーの性能検査について、日程の調整をお願いしたいです。
工場の稼働が少ない第２・第４土曜日だと助かります。
検査前の整備の日程も合わせて教えてください。
""", "normal", "neutral"),
    M("ja", "燃料代が急に増えています", """
お世話になっております。旅館さくらやの大塚です。
この３か月、お客様の数は去年と変わらないのに、重油の使用量が２割ほど増えています。
ボイラーの燃焼の効率が落ちているのではないかと心配しています。
このまま故障の前触れだったらどうしようかとも思っていて…。
次の定期点検を待たずに、一度見ていただいたほうがよいでしょうか。
""", "normal", "anxious"),
    M("ja", "先日の点検作業について", """
株式会社ヒノデ熱機　御中

先日の定期点検に来られた作業員の方についてです。
作業のあと、ボイラー室の床に油の付いた足跡がそのまま残されていて、こちらで掃除しました。
それに、点検の報告書もまだ届いていません。
毎月保守料を払っているのですから、最低限のことはきちんとしていただきたいです。

ビジネスホテル中央　支配人　石川
""", "normal", "angry"),
    M("ja", "ボイラー更新のご相談", """
ヒノデ熱機　ご担当者様

工場の蒸気ボイラーが設置から２２年経ち、更新を検討しています。
省エネの補助金を使いたいと考えているのですが、
補助金の申請に必要な書類の作成なども手伝っていただけるのでしょうか。
一度、打ち合わせのお時間をいただけますと幸いです。

株式会社オオタ食品　設備課　太田
""", "normal", "neutral"),
    M("ja", "更新工事のお礼", """
長谷川様

先月のボイラー更新工事、ありがとうございました。
今月のガス代の請求が届いたのですが、去年の同じ月と比べて２割近く下がっていて驚きました。
工事中も営業を止めずに済むよう段取りしていただき、本当に助かりました。

旅館さくらや　大塚
""", "low", "positive"),
    M("ja", "来年度の保守契約について", """
いつもお世話になっております。
来年度の保守契約について、点検の回数や内容を見直したいと考えています。
年度末（３月）までに社内で検討できればよいので、資料は年明けにいただければ十分です。
お急ぎいただく必要はありません。

ビジネスホテル中央　総務　青山
""", "low", "neutral"),
    # --- en ---
    M("en", "CO alarm in plant room twice this morning", """
Hello,

The carbon monoxide alarm in our boiler plant room went off at 6:40 and again at 7:15 this morning. We've shut the boiler down, opened the outside doors, and nobody is going into the room.

We're an assisted-living home with 60 residents and the building is now without heating or hot water. It's 4°C outside. We need an engineer to find out what's wrong and whether it's safe to restart.

Joan Mitchell
Facilities Manager, Elm Court
""", "high", "anxious"),
    M("en", "Five days without hot water", """
Martin,

Your engineer said Monday, then Wednesday, and since then nobody answers the phone. Our laundry has now gone five days without hot water. We're sending sheets to an outside laundry at $600 a day to keep our hotel clients supplied.

I want a date and time for the repair today, in writing, and I want to discuss who pays for the outside laundry.

Rosa Ortiz
Ortiz Linen Services
""", "high", "angry"),
    M("en", "Quote for annual service contract", """
Hi,

We have two gas-fired boilers (both Viessmann, installed 2016) serving a 40-unit apartment block. Could you quote for an annual service contract, including the yearly inspection and a 24-hour call-out option?

Regards,
Dev Patel
Property Manager
""", "normal", "neutral"),
    M("en", "Showing our new caretaker the basics", """
Hello,

We have a new caretaker starting next month. Could your engineer spend half an hour with him on the next service visit, showing him how to read the pressure gauge and top the system up? Happy to pay for the extra time.

Thanks,
Dev
""", "normal", "neutral"),
    M("en", "Heat-pump retrofit - sometime", """
Nothing pressing here: we're thinking about a heat-pump retrofit for the school in 2027 and would like to have a general chat with one of your engineers at some point about what's involved. Any time in the next few months is fine.

Gareth Lewis
Bursar, St Aidan's
""", "low", "neutral"),
]

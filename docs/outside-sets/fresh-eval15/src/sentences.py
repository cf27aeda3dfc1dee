import json
L={"C":"condescending","V":"vague","I":"imperative","R":"request_without_reason","U":"unknown_without_followup","D":"dismissive"}
JA = """
bee||ご注文の巣箱は12月9日（火）に発送し、翌日午前中にお届けの予定です。
bee||女王蜂は輸送中の温度管理が必要なため、お届け日時のご指定をお願いできますでしょうか。
stove||煙突掃除の作業時間はおよそ２時間、料金は税込み１８，７００円です。
stove||点検の結果、煙突内部に亀裂が見つかりましたので、安全のため修理が終わるまではストーブのご使用をお控えいただけますようお願いいたします。
escape||ご予約の変更は公演日の前日18時まで、マイページから手数料なしで承っております。
escape||原因はまだ特定できておりませんが、12月4日（木）の正午までに調査結果をメールでご報告いたします。
fm||放送枠の空き状況は現在確認中で、明日15時までに担当の佐藤からお電話いたします。
fm||原稿の最終確認のため、恐れ入りますが11月28日（金）までにご返信いただけますと、予定どおり12月1日から放送を開始できます。
tutor||体験授業は無料で、所要時間は60分です。
tutor||講師との相性を確かめていただくため、最初の２回は別々の講師が担当いたします。
bonsai||植え替え直後の黒松は根が落ち着くまで約3週間かかりますので、その間は肥料を控えていただくと安心です。
bonsai||枯れた原因はお写真だけでは判断しきれないため、園主が実物を拝見したうえで今週土曜日までにご連絡いたします。
scuba||体験ダイビングの前日は、安全のため飲酒を控えていただくようお願いしております。
scuba||器材レンタル料は1日4,400円で、ツアー代金とは別にお支払いいただきます。
kimono||お預かりした訪問着の染み抜きは、12月20日（土）に仕上がる予定です。
kimono||生地の状態によっては色が変わるおそれがあるため、作業前にお見積りとあわせて一度ご相談させてください。
drone||測量データの納品は、現地での飛行から5営業日後の12月12日を予定しております。
drone||飛行許可の申請に必要となりますので、対象地の住所と地番を教えていただけますでしょうか。
soba||教室で使うそば粉は北海道産で、1回の受講で約4人前をお持ち帰りいただけます。
soba||そばアレルギーの有無を事前に確認させていただきたく、恐れ入りますが申込フォームの該当欄にご記入をお願いいたします。
well||水質検査の結果は、採水日から10営業日以内に書面でお送りします。
well||ポンプの交換費用は、部品代と作業費を合わせて税込み132,000円となります。
arbor||台風で傾いた柿の木は倒れる危険があるため、明日の午前中に職人2名で伺い、支柱で固定いたします。
arbor||伐採した枝の処分費は、軽トラック1台分につき5,500円です。
bee||ご指摘のとおり、同梱の説明書の図に誤りがありました、大変申し訳ございません。
stove||ご不便をおかけして申し訳ございません、交換用のガスケットを本日発送いたしました。
escape||お子さま連れでもご参加いただけますが、途中に照明の暗い部屋がある点だけご留意ください。
fm||ご提示いただいたご予算の範囲で、平日夕方の20秒CMを月20回お流しするプランをご提案いたします。
tutor||現在ご希望の火曜夜に担当できる講師がおりませんが、木曜夜でしたら12月から開始できます。
bonsai||当園では海外発送を承っておりませんが、輸出検疫に対応している業者を2社ご紹介できます。
scuba||強風のため明日のボートダイビングは中止とさせていただき、ご返金か日程の振り替えかをお選びいただけます。
kimono||金彩の修復は当店では難しいのですが、提携している京都の工房にお取り次ぎすることは可能です。
drone||正直に申し上げると、現時点では雨天時に飛行できるかどうか判断できません、前日17時に気象情報を確認し、その時点でご連絡します。
soba||キャンセル料は、開催3日前から受講料の50%を頂戴しております。
well||ご心配をおかけしております、井戸水の濁りについては本日中に採水し、検査結果が出る12月8日にご報告します。
arbor||お見積りは無料で、現地調査にかかる時間は30分ほどです。
bee||本件は製造元に確認中のため、11月30日（日）までに回答をお送りいたします。
stove||お手数をおかけしますが、作業当日は煙突の真下にある家具を移動していただけると、養生の時間が短くなり作業代も抑えられます。
escape||誠に恐縮ですが、公演中の撮影は他のお客様へのネタバレにつながるため、ご遠慮いただいております。
fm||放送確認書はPDFで、毎月5日にお送りしています。
tutor||振替授業は月2回まで、前日20時までにご連絡いただければ無料で承ります。
bonsai||もみじの剪定は、落葉後の12月から2月にかけてが適しています。
scuba||Cカードの再発行には指導団体の規定で本人確認書類の写しが必要となりますので、ご用意をお願いいたします。
kimono||到着したお着物を拝見し、3営業日以内にお見積りをメールでお送りします。
drone||報告書の記載に誤りがあったことをお詫びいたします、修正版を本メールに添付いたしました。
soba||ご質問いただいた十割そばのつなぎ方については、講師の田中が次回の教室で実演いたします。
well||ご指定の12月3日は予定が埋まっておりますが、12月5日か6日でしたら午前中に伺えます。
arbor||作業中は落下物の危険があるため、お車を敷地の外に移動していただけますと助かります。
bee||スモーカーの燃料には、乾燥した麻布か専用の燃料ペレットをおすすめしています。
escape||団体割引は8名以上のご予約が対象で、お一人様500円引きとなります。
fm||申し訳ございません、ご指摘の件はまだ調べ切れておりません。営業部長にも確認し、水曜日の午後3時までにお電話でご報告します。
tutor||学習計画の見直しに使わせていただきたいので、次回の面談時に模試の成績表をお持ちいただけますか。
bonsai||発送時の梱包が不十分で鉢が割れてしまったとのこと、大変失礼いたしました、代わりの鉢を明日発送します。
scuba||耳抜きがうまくできないときは無理をせず、水中でインストラクターに合図をお願いします。
kimono||たとう紙が傷んでいる場合は、無料で新しいものにお取り替えします。
drone||測量範囲に隣地が含まれる場合は所有者様の了承が必要となるため、その点だけご確認をお願いいたします。
soba||次回の「年越しそば特別講座」は12月27日（土）10時からで、定員は12名です。
well||お送りいただいた動画を拝見しましたが、ポンプの異音の原因を特定するには現地確認が必要なため、明後日10時に技術者が伺います。
arbor||電線にかかっている枝の処理は電力会社の作業となるため、当社から連絡を入れ、日程を12月10日までにお知らせします。
stove||含水率の高い薪は煙突にタールがたまりやすいため、含水率20％以下の薪をお使いいただくことをおすすめします。
scuba||ご予約は確定しております、当日は8時30分に港の受付までお越しください。
bee||お問い合わせの件は私では判断できないため、養蜂担当の専門スタッフに確認し、明日中にご連絡いたします。
tutor||月謝の引き落とし日は毎月27日で、金融機関の休業日にあたる場合は翌営業日になります。
kimono||お急ぎの場合は、追加料金3,300円で仕上がりを1週間早めることができます。
bee|C|説明書に書いてあるとおりに設置していただかないと、蜂が逃げてしまうのは当然です。
stove|C|普通の方でしたら、煙突の掃除は毎年されているものだと思いますが。
escape|C|ルールをきちんと読んでいただいていれば、このような誤解は起きなかったはずです。
fm|C|広告の効果が出ないのは、御社の原稿の内容にも問題があると言わざるを得ません。
tutor|C|宿題をやってこないお子さまの成績が上がらないのは、当たり前のことかと存じます。
bonsai|C|水やりの基本すらご存じないようですので、まずは入門書をお読みになることをおすすめします。
scuba|C|ライセンスをお持ちなら、この程度の流れは問題なく潜れるはずなんですけどね。
kimono|C|保管状態が悪かったために出たシミですので、当店の責任ではございません。
drone|C|先日もご説明したとおりですので、何度も同じことを申し上げさせないでいただけますか。
soba|C|期限までにお支払いいただけない場合、今後のご予約はすべてお断りすることになりますので、ご承知おきください。
well|C|期限までにお返事をいただけないと、工事の順番が大幅に後回しになってしまいます。
arbor|C,D|お客様ご自身で枝を切られたことが原因ですので、こちらとしてはどうしようもございません。
bee|C|そもそも、この時期に分蜂が起きることは養蜂をされている方ならご存じのはずです。
escape|C|他のお客様は皆さん問題なくクリアされていますので。
tutor|C|何度も申し上げておりますが、振替は前日までというルールになっております。
scuba|C|体調管理はご自身の責任でお願いします、当然のことですが。
bee|V|巣箱の追加分は、近日中に発送できる見込みです。
stove|V|部品の取り寄せに少しお時間をいただきます。
escape|V|返金の手続きは、なるべく早く進めるようにいたします。
fm|V|放送時間帯によっては、料金が多少変わることがございます。
tutor|V|講師が決まり次第、追ってご連絡いたします。
bonsai|V|送料は地域によって若干異なりますが、それほど高くはなりません。
scuba|V|天候が回復しましたら、できるだけ早めに再開のご案内をさせていただきます。
kimono|V|染み抜きには追加料金がかかる場合もございますので、あらかじめご了承ください。
drone|V|解析にはそれなりの時間がかかりますので、しばらくお待ちいただけますと幸いです。
soba|V|材料費として、若干の実費を頂戴することがあります。
well|V|修理は、後日改めてお伺いする形になるかと思います。
arbor|V|伐採費用は木の大きさ次第ですが、だいたい数万円程度です。
bee|V|在庫が戻りましたら、そのうちご連絡いたします。
escape|V|新しいルームは、来年のどこかでオープンする予定です。
drone|V|追加の撮影は、多少の費用で対応可能です。
kimono|V|仕上がりは、年内にはおそらく間に合うかと思います。
bee|I|生体が弱りますので、届いたらすぐに箱を開けて中を確認してください。
stove|I|煙突が冷えていないと作業ができないので、前日の夜までに火を消しておくこと。
escape|I,R|開始時刻の15分前には必ず来てください。
fm|I|放送に間に合わなくなるので、原稿は金曜までに出してください。
tutor|I,R|欠席する時は、必ず電話で連絡しなさい。
bonsai|I|葉焼けしますから、鉢は直射日光の当たらない場所に置いてください。
scuba|I,R|当日はログブックを持ってきてください。
kimono|I,R|受け取りの際は、控えの伝票を見せてください。
drone|I|境界杭の位置がわからないと測量できないので、杭の場所を地図に書いて送ってください。
soba|I,R|エプロンと三角巾は各自で用意すること。
well|I,R|作業日は、敷地の門を開けておいてください。
arbor|I|見積もりが欲しいのでしたら、庭の写真を撮って送ってください。
bee|I|返品する場合は、元の箱に入れて着払いで送り返すこと。
escape|I,R|予約番号を確認してから、もう一度問い合わせてください。
tutor|I,R|入会金の振込みが済んだら、振込明細をメールで送ってください。
drone|I,C|納品データは届いてから一週間以内に確認してください、期限を過ぎたら修正には応じません。
bee|R|恐れ入りますが、ご購入時のレシートの写真をお送りいただけますでしょうか。
stove|R|お手数ですが、ストーブの製造番号をお知らせいただけますか。
escape|R|参加者全員のお名前と生年月日をご記入のうえ、ご返信をお願いいたします。
fm|R|御社の登記簿謄本をご提出いただけますでしょうか。
tutor|R|お子さまの通知表のコピーを、次回までにご用意いただけますでしょうか。
bonsai|R|一度、鉢ごと当園までお持ち込みいただけますか。
scuba|R|健康診断書のご提出をお願いいたします。
kimono|R|お着物をお送りいただく際は、たとう紙から出した状態でお願いいたします。
drone|R|工事の図面一式を、データでいただけますでしょうか。
soba|R|申込書に、勤務先のお電話番号もご記入をお願いいたします。
well|R|作業の日程が決まりましたら、近隣の方へのご挨拶をお願いできますか。
arbor|R|作業の前日に、もう一度お電話をいただけますでしょうか。
kimono|R|お手数ですが、一度店頭までお越しいただけますでしょうか。
bee|U|蜂が巣箱に入らない原因は、正直なところよくわかりません。
stove|U|異音の原因については、現在のところ不明です。
escape|U|システムの不具合かどうかは、こちらでも判断がつきかねます。
fm|U|聴取率のデータについては、当方では把握しておりません。
tutor|U|来年度の講師の配置はまだ決まっておりませんので、お答えできかねます。
bonsai|U|輸入された苗木の病気については、詳しいことはわかりかねます。
scuba|U|海況がいつ回復するかについては、何とも申し上げられません。
kimono|U|色が戻るかどうかは、やってみないとわからないとしか申し上げられません。
drone|U|誤差が出た理由については、現在調査中です。
soba|U|来年の教室の開催予定は未定です。
well|U|地下水の水位が下がった理由は、私どもにもわかりません。
arbor|U|保険の対象になるかどうかは、確認してみないと分かりません。
bee|U|ご質問の農薬の影響については、データがないため回答いたしかねます。
escape|U|返金の可否については、上の者に確認中でございます。
drone|U|法改正の影響がどの程度あるのか、現時点ではお答えしようがありません。
fm|U|担当者が不在のため、詳細はわかりかねます。
bee|D|他社製の巣箱については、サポート対象外です。
stove|D|薪の購入先については、当社ではお答えしておりません。
escape|D|謎の解き方に関するご質問にはお答えできません。
fm|D|他局の料金との比較については、お答えする立場にございません。
tutor|D|学校の宿題については、当塾の範囲外となります。
bonsai|D|ホームセンターでご購入された盆栽のことは、購入されたお店にお問い合わせください。
scuba|D|ご自身の器材の不具合は、メーカーへどうぞ。
kimono|D|他店で仕立てられたお着物のことは、当店ではわかりかねます。
drone|D|そういったご要望は承っておりません。
soba|D|ご自宅での打ち方はお教えしておりませんので、教室にご参加ください。
well|D,I|水道局の管轄ですので、そちらに聞いてください。
arbor|D|隣家との境界をめぐるトラブルについて、当社は関知いたしません。
bee|D|返品については、規約に記載のとおりです。
escape|D|その件は、以前にも回答済みです。
fm|D|放送内容へのご意見はお受けしておりません。
stove|D|設置から10年以上経った機種は、もう対応していません。
tutor|C,D|成績が上がらないのはご家庭での学習時間が足りないからで、それ以上は申し上げようがありません。
scuba|U,V|ツアーの再開時期はまだわかりませんので、またそのうちご確認ください。
soba|I,R|持ち物は、前日までにメールで確認しておいてください。
"""
EN = """
bee||Your replacement hive frames shipped today by UPS and should arrive on Thursday, December 4.
stove||The chimney sweep takes about two hours and costs $185 including tax.
escape||To keep the puzzles fresh for other teams, we ask guests not to take photos inside the rooms.
fm||We haven't yet found out why your ad aired at 6 a.m. instead of 8 a.m.; our traffic manager is checking the logs and I will email you the answer by 3 p.m. Friday.
tutor||Your son's first SAT session is confirmed for Tuesday, December 9 at 5 p.m. with Ms. Lee.
bonsai||We don't ship live trees overseas, but we can send seeds and tools, and I've listed two nurseries in Canada that carry similar junipers.
scuba||So that we can size your wetsuit correctly, could you tell us your height and weight?
kimono||Cleaning a silk furisode costs ¥16,500 and takes three weeks.
drone||I'm sorry the survey report had the wrong parcel number; a corrected version is attached.
soba||Class starts at 10:00 and finishes around 12:30, and you'll take home about four servings.
well||Our technician will arrive between 9 and 11 a.m. tomorrow to test the pump pressure.
arbor||Because the oak is leaning toward your roof, we've moved your removal up to this Saturday morning.
bee||I don't know offhand whether that mite treatment is safe during the honey flow, so I've asked our apiarist and will reply by Wednesday noon.
stove||Please keep the stove unlit for 24 hours before the visit so the flue is cool enough for us to work safely.
escape||You can move your booking free of charge up to 24 hours before the start time.
fm||Your invoice for November was sent on December 1 to the billing address on file.
tutor||Lessons cancelled with less than 24 hours' notice can still be rescheduled once a month at no charge.
bonsai||We're sorry the pot arrived cracked; a new one is going out tomorrow and you don't need to return the broken one.
scuba||Tomorrow's boat dive is cancelled because of 30-knot winds; you can choose a full refund or a seat on Sunday's trip.
kimono||We'll photograph the stain before treatment so you can compare before and after.
drone||The airspace authorization for the site near the airport usually takes 10 business days, so we've pencilled in December 18 for the flight.
soba||If you have a buckwheat allergy, please let us know before class, as flour dust gets everywhere in the studio.
well||The water test came back clear for bacteria; the full lab report is attached.
arbor||Stump grinding is an extra $120 per stump, and we can do it the same day.
bee||We can't refund opened packs of foundation wax, but we can exchange unopened ones within 30 days or give you a 15% credit on your next order.
escape||Thanks for telling us about the broken lock in Room 3 — it was fixed this morning.
tutor||I can't say yet which tutor will cover January, but I'll confirm by December 15.
scuba||For your safety, please bring your logbook so the instructor can check the date of your last dive.
kimono||Could you send a photo of the label inside the collar? It tells us the fabric and which solvent is safe to use.
drone||Our pilot will call you 30 minutes before arriving on site.
fm||Your 30-second spot will run 20 times a month in the weekday drive-time slot, at $1,400 per month.
well||I'm sorry about the muddy driveway we left; the crew will come back Friday at 8 a.m. to clean it and reseed the grass.
bee|C|If you had read the manual, you would know not to open the hive in the rain.
stove|C|Obviously, a chimney that hasn't been swept in five years is going to smoke.
fm|C|As we've already explained twice, the rates are not negotiable.
tutor|C|Frankly, improvement depends on your child actually doing the homework.
scuba|C|Any certified diver should know how to clear their own mask.
kimono|C|Unless you follow our care instructions, don't expect the colours to last.
drone|C|I'm not sure what part of "no flights in the rain" was unclear.
arbor|C|You should have called us before the branch fell, not after.
bee|V|We'll get the queens out to you as soon as we can.
escape|V|The refund should show up in a while.
fm|V|There may be a small additional fee for weekend slots.
bonsai|V|Shipping is a bit more for larger trees.
scuba|V|We'll let you know about rescheduling sometime soon.
well|V|Repairs will probably cost somewhere in the low thousands.
soba|V|We hope to add more classes in the near future.
drone|V|Processing the imagery takes some time, so the report will follow shortly.
escape|I,R|Arrive 15 minutes early.
tutor|I,R|Send me the worksheet by tonight.
kimono|I,R|Bring your receipt when you pick it up.
bonsai|I,R|Stop emailing this address and use the form.
well|I,R|Fill in the attached form and return it.
arbor|I|Move your car off the driveway before we come, our truck needs the space.
drone|I|Resend the files, they were corrupted.
stove|I,C|Read section 4 of the manual before calling us again.
bee|R|Could you please send us a photo of your invoice?
fm|R|Please provide your company's tax ID number.
tutor|R|Would you mind filling out the attached questionnaire?
scuba|R|Please email us a copy of your passport.
well|R|Could you let us know the name of the contractor who drilled your well?
soba|R|Kindly confirm your attendance by replying to this email.
kimono|R|We'd appreciate it if you could come to the shop in person.
bee|U|I'm not sure why the colony absconded.
stove|U|We don't know what's causing the smell.
escape|U|It's unclear whether the booking system charged you twice.
drone|U|We can't say whether the data can be recovered.
scuba|U|I have no information on when the boat will be repaired.
arbor|U|Whether insurance covers this is not something we can tell you at this point.
fm|U|I'm afraid I don't have the ratings for that time slot.
soba|U|We're still looking into what happened with your payment.
bonsai|D|We don't deal with trees bought elsewhere.
scuba|D|Equipment purchased online is not our responsibility.
tutor|D|Questions about school homework are outside the scope of our service.
well|D|That's a matter for the county, not us.
escape|D|We don't give hints by email.
kimono|D|Stains older than a year are not something we handle.
arbor|D|Disputes with your neighbour are not our concern.
fm|D|Complaints about other advertisers' content should go elsewhere.
stove|U,V|We have no idea when the parts will come in, so just check back later.
"""
out=[]
for lang,blk in (("ja",JA),("en",EN)):
    n=0
    for line in blk.strip().splitlines():
        d,lab,t=line.split("|",2)
        n+=1
        out.append({"id":f"s-{lang}-{n:03d}","lang":lang,"domain":d,"text":t,"labels":[L[c] for c in lab.split(",") if c]})
with open("../lint_sentences.jsonl","w") as f:
    for o in out: f.write(json.dumps(o,ensure_ascii=False)+"\n")
from collections import Counter
for lang in ("ja","en"):
    it=[o for o in out if o["lang"]==lang]
    print(lang,len(it),"clean",sum(not o["labels"] for o in it),Counter(l for o in it for l in o["labels"]))

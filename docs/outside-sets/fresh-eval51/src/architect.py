# architect = small architecture practice designing houses and extensions (fees, drawings, permits, site issues)
# ja: 森谷建築設計事務所   en: Morrow & Tan Architects
from common import S, D, M

DOMAIN = "architect"

SENTENCES = [
    # --- ja ---
    S("ja", "設計料は工事費の10％で、基本設計が終わった時点で半額をご請求します。", []),
    S("ja", "確認申請の審査には、それなりに時間がかかります。", ["vague"]),
    S("ja", "確認申請の審査は通常3〜5週間で、今回は1月20日に確認済証が下りる見込みです。", []),
    S("ja", "予算を抑えたいとのことですが、そもそも最初からこの規模でご計画されたのが無理だったのではないでしょうか。", ["condescending"]),
    S("ja", "敷地の測量図を送ってください。", ["imperative", "request_without_reason"]),
    S("ja", "建物の配置を決めるため、お手元に敷地の測量図があれば、コピーかPDFをお送りいただけますか。", []),
    S("ja", "隣地とのトラブルについては、設計事務所の関知するところではありません。", ["dismissive"]),
    S("ja", "地盤改良が必要かどうかは、今の段階では何ともわかりません。", ["unknown_without_followup"]),
    S("ja", "地盤調査は12月3日に行い、結果と改良の要否を12月10日までにご報告します。", []),
    S("ja", "ご要望が変わるたびに図面を直していては、いつまでたっても完成しませんよ。", ["condescending"]),
    S("ja", "追加の設計変更には、いくらか費用がかかる場合があります。", ["vague"]),
    S("ja", "工期の遅れについてのご心配は、施工会社に言っていただく話かと思います。", ["dismissive"]),
    S("ja", "住宅ローンの本審査に間に合うよう、12月20日までに見積書と図面一式をお渡しします。", []),
    S("ja", "ご予算の2,800万円に収めるため、外壁材を変える案と、床面積を4㎡減らす案の2つをご用意しました。", []),
    # --- en ---
    S("en", "The council's decision should come through at some point in the spring.", ["vague"]),
    S("en", "If you had told us about the easement at the start, we wouldn't be redrawing the plans now.", ["condescending"]),
    S("en", "Would you send us copies of the title deeds?", ["request_without_reason"]),
    S("en", "We can't predict how the conservation officer will react to the dormer.", ["unknown_without_followup"]),
    S("en", "Resale value isn't something we think about when we design.", ["dismissive"]),
    S("en", "The structural engineer's fee is a fixed $2,400, which we pass on at cost.", []),
    S("en", "So that the planner can check the roof height against the neighbours', could you send us two photos of the street taken from your front gate?", []),
]

DRAFTS = [
    D("ja", "森谷建築設計事務所です", """
石田様

森谷建築設計事務所の森谷です。
先日は寒いなか、現地までお越しいただきありがとうございました。
敷地に立ってみると、南側の隣家との距離が図面で見るよりも広く感じられ、冬でもリビングに十分な日差しが入りそうだと改めて感じました。
先日お話しした木製サッシの件は、メーカーのショールームが3月に新しくなるそうです。

ところで、確認申請の前に、外壁の色と屋根材を決めていただく必要があります。申請書類に材料の仕様を記入するためです。1月24日の申請に間に合わせるには、1月17日までにお決めいただけますでしょうか。候補は添付の資料にまとめてあります。

森谷建築設計事務所 森谷
""", ["purpose_not_upfront"]),
    D("ja", "確認申請の補正書類について（明後日の期限に向けた2点のお願い）", """
近藤様

森谷建築設計事務所の森谷です。
確認申請の補正指示への回答期限が明後日10月17日（金）のため、2点だけご協力をお願いします。

1. 地盤調査報告書の原本
  審査機関から、写しではなく原本の提出を求められました。明日10月16日の15時に、事務所の者がご自宅まで受け取りに伺ってもよろしいでしょうか。
2. 委任状への押印
  補正書類を当事務所が代理で提出するために必要です。同じく明日お伺いした際に、実印での押印をお願いできますか。

残りの補正（図面の修正3か所）は、当事務所で本日中に終えます。

森谷建築設計事務所 森谷
"""),
    D("ja", "土間収納の図面漏れについてのお詫びと修正図面の送付", """
原田様

森谷建築設計事務所の森谷です。
11月2日の打ち合わせでご要望いただいた玄関横の土間収納が、最新の図面から抜けておりました。二度目の漏れとなり、ご不信を抱かせてしまったことを深くお詫び申し上げます。

原因は、打ち合わせの記録を図面に反映する際に、担当者が一つ前の版の図面をもとに修正してしまったことにありました。
土間収納（幅1.8m・奥行0.9m）を加えた修正図面を、本日このメールに添付してお送りします。あわせて、これまでの打ち合わせ記録6回分と図面を突き合わせ、ほかに漏れがないことを確認しました。
今後は、図面をお送りする前に、打ち合わせ記録の要望一覧と図面を担当者とは別の者が照合し、照合済みの一覧を図面に添えてお送りします。

森谷建築設計事務所 森谷
"""),
    D("en", "Re: Builder hasn't fixed the window flashing", """
Dear Mr and Mrs Lin,

Thank you for your email and the photos of the water marks under the bedroom window.

The window detail in our drawings (sheet A-502) shows the flashing lapped under the weather barrier, which is the correct arrangement. How the builder chose to install it on site is between you and the builder, and it's not something our office can get involved in.

Our contract with you ended at practical completion in June, and the final certificate has already been issued.

Kind regards,
Morrow & Tan Architects
""", ["dismissive"]),
]

MAILS = [
    # --- ja ---
    M("ja", "見積書と図面を今週金曜までにいただけますか", """
森谷さん

お世話になっております。石田です。
銀行から、住宅ローンの本審査に必要な工事見積書と図面一式を、今週の金曜日までに出すように言われました。
それを過ぎると、今申し込んでいる金利の優遇が使えなくなり、総額で１００万円以上変わってしまうそうです。

先月の打ち合わせで「近いうちにお送りします」と伺ってから、まだいただけていません。
金曜日に間に合うのかどうか、とにかく心配です。見通しだけでも教えていただけると助かります。
""", "high", "anxious"),
    M("ja", "隣家から境界について抗議を受けて工事が止まっています", """
森谷建築設計事務所　森谷様

原田です。
３日前から何度かお電話とメールをしていますが、いまだにお返事がありません。

基礎工事の途中で、お隣の方から「境界を越えて基礎を打っている」と強く抗議され、工務店さんは工事を止めてしまいました。
お隣は弁護士に相談するとまで言っています。
工事が止まっている間も、仮住まいの家賃は毎月かかり続けています。

境界の位置を図面でどう決めたのか、設計者としてきちんと説明していただきたいです。
明日、お隣と工務店さんとで話し合いがあります。それまでに連絡をください。
""", "high", "angry"),
    M("ja", "確認申請の補正指示について", """
森谷様

お世話になっております。近藤です。
審査機関から確認申請について補正の指示が来ていると、工務店さん経由で聞きました。
回答の期限は明後日の１７日だそうです。
こちらで用意しないといけない書類があれば、今日か明日中に揃えますので教えてください。
地盤調査の報告書は手元にあります。

近藤
""", "high", "neutral"),
    M("ja", "図面", """
前のやつでお願いします
""", "normal", "neutral", True),
    M("ja", "新築の設計のご相談", """
森谷建築設計事務所　御中

はじめてご連絡いたします。
郊外に土地を探していて、いずれ平屋を建てたいと考えています。
まだ土地は購入していないのですが、その段階からご相談に乗っていただくことはできますか。
土地選びのアドバイスも含めて、初回の相談の流れと費用を教えていただけますでしょうか。

井上 夫婦
""", "normal", "neutral"),
    M("ja", "見積もりが予算を大きく超えてしまいました", """
森谷さん

先日いただいた工務店さんの見積もりが、最初にお伝えした予算より２割ほど高くなっていました。
子どもの教育費もあるので、これ以上ローンを増やすのは正直こわいです。
どこを削ればよいのか、そもそもこの計画を続けて大丈夫なのか、夫婦で眠れないほど悩んでいます。
一度ご相談させていただけないでしょうか。
""", "normal", "anxious"),
    M("ja", "また収納が図面から消えています", """
森谷さん

今日いただいた最新の図面を見たのですが、１１月の打ち合わせで「必ず入れてください」とお願いした玄関横の土間収納が、また消えています。
前回も和室の押し入れが抜けていて、直していただいたばかりです。
打ち合わせでお話ししたことが、どこまで図面に反映されているのか、もう信用できません。
ほかに抜けているところがないか、全部確認していただけますか。

原田
""", "normal", "angry"),
    M("ja", "設計料の支払い方法について", """
お世話になっております。
設計料のお支払いについて確認させてください。
契約書では「基本設計完了時に５０％、実施設計完了時に５０％」となっていますが、
実施設計分を２回に分けてお支払いすることは可能でしょうか。
""", "normal", "neutral"),
    M("ja", "住み始めて一年が経ちました", """
森谷さん

おかげさまで、新しい家に住み始めて一年が経ちました。
冬は南の窓からの日差しで、暖房をつけなくても昼間はぽかぽかです。夏の風通しも想像以上でした。
季節ごとに撮った写真を添付します。
もしよろしければ、事務所の作品集などに使っていただいても構いません。

石田
""", "low", "positive"),
    M("ja", "将来の二世帯化について", """
森谷様

以前に設計していただいた家のことで、いつかご相談したいことがあります。
１０年ほど先に、母と同居するために二世帯住宅へ改修できないかと考え始めています。
まだ漠然とした話で急いでいるわけではありませんので、
いずれ折を見てお話を伺えればうれしいです。
""", "low", "neutral"),
    # --- en ---
    M("en", "Revised elevations needed before Friday's appeal deadline", """
Hi both,

Our planning appeal has to be lodged by Friday at 5 p.m., and we still don't have the revised elevation drawings showing the lowered roofline. Without them the appeal can't go in, and our builder has told us that if we miss this round he'll give our March start slot to another client.

Could you tell us today whether the drawings will be ready by Thursday?

Thanks,
Ana & Felipe Ruiz
""", "high", "neutral"),
    M("en", "Kitchen island narrower again", """
Hello,

In the latest drawing set (rev F) the kitchen island is 900 mm wide. We agreed 1200 mm at the meeting on 14 October, and it was 1200 in rev E. This is the second time a detail has changed without anyone telling us.

Please explain what happened and check the rest of the set against our meeting notes.

Sarah Lin
""", "normal", "angry"),
    M("en", "Re:", """
ok so what now?
""", "normal", "neutral", True),
    M("en", "Small garden studio", """
Hi,

Do you take on small projects? We're thinking about a 15 m2 garden studio with a toilet, for working from home. A neighbour down the road had to take his down after the council objected, and I'm worried we'll make the same mistake - does something this size need planning permission?

Best,
Owen
""", "normal", "anxious"),
    M("en", "Landscape designer recommendation", """
No rush at all - could you recommend a landscape designer you've worked with? We're hoping to do the garden next spring, once the house is finished.

Thanks,
Ana
""", "low", "neutral"),
]

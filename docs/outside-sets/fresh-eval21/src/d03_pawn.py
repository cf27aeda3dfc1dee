# pawn = pawnshop: pledge loans, redemption, buying and selling second-hand goods (質屋)
from common import S, D, M

DOMAIN = "pawn"

SENTENCES = [
    S("ja", "質札をなくされたのはお客様の不注意ですので、再発行には手数料をいただきます。", "condescending", "vague"),
    S("ja", "質札の再発行手数料は550円で、ご本人確認のため運転免許証などをお持ちいただきます。"),
    S("ja", "査定額はおおよそ数万円程度になるかと思います。", "vague"),
    S("ja", "お預かりした時計が本物かどうかについては、現時点ではお答えできません。", "unknown_without_followup"),
    S("ja", "時計は鑑定士が本社で確認しておりますので、11月20日（水）までに結果をお電話でお伝えします。"),
    S("ja", "期限までにご来店いただけなければ品物は流れてしまいますが、それでもよろしいんですか。", "condescending"),
    S("ja", "身分証を持って来てください。", "imperative", "request_without_reason"),
    S("ja", "古物営業法でご本人確認が義務づけられているため、運転免許証か保険証をお持ちください。"),
    S("ja", "ほかの質屋さんの査定額がいくらだったかは、当店には関係ありません。", "dismissive"),
    S("ja", "利息のお支払いだけで期限を3か月延長できます。今回の場合、利息は4,200円です。"),
    S("ja", "ネットの相場と比べて安いとおっしゃられても、素人の方には分からない事情がありますので。", "condescending", "dismissive"),
    S("ja", "ご返済の際は、事前にお電話ください。", "request_without_reason"),
    S("en", "Your loan can be extended by 30 days for a fee of $18, paid in store or over the phone."),
    S("en", "Please bring your ticket when you come in; without it we have to fill in a lost-ticket declaration, which takes about 20 minutes."),
    S("en", "We can't tell you what the ring is worth until our appraiser has seen it; she's in on Tuesday, so I'll call you that afternoon with a figure."),
    S("en", "If you'd read your ticket, you'd know the due date was last week.", "condescending"),
    S("en", "What other shops offered you is frankly none of our concern.", "dismissive"),
    S("en", "For the same watch we can now lend up to $250, as the price of gold has risen since your last loan."),
    S("en", "No idea when the guitar will be back from the repairer.", "unknown_without_followup"),
]

DRAFTS = [
    D("ja", "お預かり品の期限のお知らせ",
      "お客様各位\n\n[店舗名]をご利用いただき、ありがとうございます。\n"
      "お預かりしている品物の期限が近づいておりますので、お知らせいたします。\n\n"
      "質札番号：第2093号\nお預かり品：腕時計（1点）\n期限：12月15日\n延長に必要な利息：△△円\n\n"
      "期限を過ぎますと品物は当店の所有となり、お返しできなくなります。延長をご希望の場合は、期限までにご来店のうえ利息をお支払いください。\n\n"
      "[店舗名]　店主",
      "placeholder_left"),
    D("ja", "丸福質店からのお知らせ",
      "石井様\n\nいつも丸福質店をご利用いただき、誠にありがとうございます。\n"
      "おかげさまで当店は今年で創業70年を迎えました。\n"
      "これを記念して、12月の1か月間、店頭の中古ブランドバッグをすべて1割引でご提供しております。\n"
      "年末のお買い物に、ぜひお立ち寄りください。\n\n"
      "また、お預かりしているカメラ（質札第1877号）の期限が12月3日となっております。"
      "利息6,300円のお支払いで3か月延長できますので、期限までにご来店いただけますでしょうか。\n\n"
      "丸福質店",
      "purpose_not_upfront"),
    D("ja", "ご持参いただいたネックレスの査定結果",
      "小川様\n\n丸福質店の三浦です。\n"
      "10月2日にお持ちいただいた18金のネックレスの査定結果は、お預かり（質入れ）で58,000円、お買い取りで64,000円です。\n\n"
      "重さは14.2グラムで、本日の金の買取相場をもとに計算しました。相場は毎日変わりますので、この金額は10月6日（金）の閉店時間（19時）まで有効です。\n\n"
      "どちらかに決められましたら、ご来店の前にお電話をいただけると、書類を用意してお待ちできます。\n\n"
      "丸福質店　三浦"),
    D("en", "Update on your loan payout",
      "Dear Mr Okafor,\n\nYour loan of $420 against the Canon camera was not paid into your account on Monday as we had said.\n\n"
      "Our bank transfer batch failed that morning because of an expired authorisation on our business account, and nobody noticed until Wednesday.\n"
      "The $420 was sent by same-day transfer at 10:15 this morning, and we have waived this month's interest of $12.\n"
      "We now check the payment report every morning before opening, so a failed batch will be caught the same day.\n\n"
      "Regards,\nDeb Rossi\nFirst Street Pawn & Loan",
      "apology_incomplete"),
    D("en", "Your loan on ticket 7731 is due on 14 June",
      "Hi Marcus,\n\nA reminder that the loan on your Fender guitar (ticket 7731) is due on Friday 14 June.\n\n"
      "To redeem it, the amount is $262.40 (loan plus interest). If you'd rather keep the loan going, paying the $22.40 interest extends it by 30 days; you can do that in store or over the phone with a card.\n\n"
      "If we don't hear from you by the 14th, the law lets us put the guitar up for sale after a 10-day grace period, so please get in touch before then if you want to keep it.\n\n"
      "Deb Rossi\nFirst Street Pawn & Loan"),
]

MAILS = [
    M("ja", "明日が期限の指輪について",
      "丸福質店様\n\n質札第2154号で、祖母の形見の指輪を預けている者です。\n"
      "期限が明日なのですが、先週から入院していて、お店に伺えません。\n"
      "退院は来週の予定です。このままだと指輪が流れてしまうのでしょうか。\n"
      "家族に代わりに行ってもらうことはできますか。何を持たせればいいのかも分からず、夜も眠れません。\n"
      "ご返信をお待ちしています。\n\n片山 みどり\n（病院からスマホで失礼します）",
      "high", "anxious"),
    M("ja", "買取代金の振込について（再々送）",
      "先月２８日にバッグを買い取っていただいた件です。\n"
      "「５日までに振り込みます」とのことでしたが、本日１２日になっても入金がありません。\n"
      "７日と１０日にもメールしましたが、どちらも返事がありません。\n"
      "今日中に支払わないといけないものがあって、その代金をあてにしていました。\n"
      "いつ振り込まれるのか、今日の15時までに電話をください。\n"
      "０９０−１２３４−５６７８\n森本",
      "high", "angry"),
    M("ja", "盗難品の時計がそちらのネット出品に出ています",
      "突然のご連絡失礼いたします。\n"
      "先月自宅から盗まれた腕時計（シリアル番号が一致しています）が、御社のオンラインショップに出品されているのを見つけました。\n"
      "警察には届け出済みで、受理番号は第318号、担当は北署の生活安全課です。\n"
      "出品ページには「本日23時まで」とあり、売れてしまうと行方が分からなくなってしまいます。\n"
      "販売をいったん止めていただけないでしょうか。必要であれば警察から御社にご連絡していただくこともできます。\n\n"
      "木下 隆",
      "high", "neutral"),
    M("ja", "カメラレンズの査定について",
      "お世話になります。\n使わなくなった一眼レフのレンズ（２本）の査定をお願いしたいです。\n"
      "箱と保証書はありますが、1本は前玉に小さな傷があります。\n"
      "持ち込みの場合、予約は必要でしょうか。また、必要な書類があれば教えてください。",
      "normal", "neutral"),
    M("ja", "査定のときの対応について",
      "昨日、母のブローチを持ち込んだ者です。\n"
      "査定額が思っていたより低かったので理由を聞いたら、担当の方に鼻で笑われ「嫌なら他に行けば？」と言われました。\n"
      "金額に納得できないのは仕方ないとしても、あの態度は客商売としてどうなんでしょうか。\n"
      "お店の方針としてあれが普通なのか、教えてください。",
      "normal", "angry"),
    M("ja", "郵便物について教えてください",
      "先週、家族には話さずに質入れをしました。\n"
      "期限のお知らせなどが自宅に郵便で届くのでしょうか。封筒にお店の名前が書いてあったらと思うと心配です。\n"
      "ちゃんと期限までには返すつもりです。\n"
      "変なことを聞いてすみません。",
      "normal", "anxious"),
    M("ja", "",
      "まだ間に合いますか",
      "normal", "neutral", True),
    M("ja", "先日はありがとうございました",
      "先日、期限延長の手続きでお世話になりました。\n"
      "仕事で期限を１日過ぎてしまったのに、事情を聞いて柔軟に対応してくださり、本当に助かりました。\n"
      "次回は忘れないようにしたいのですが、延長の手続きは電話でもできるのでしょうか。\n\n田村",
      "normal", "positive"),
    M("ja", "バッグの買取について（参考までに）",
      "来年の春に引っ越しを予定していて、そのときにブランドバッグを何点か手放そうかと考えています。\n"
      "状態が良ければ、どのくらいで買い取っていただけるものなのか、ざっくりでいいので知りたいです。\n"
      "今すぐ売るわけではないので、急ぎません。",
      "low", "neutral"),
    M("ja", "営業時間についての要望",
      "いつも利用させていただいております。\n"
      "平日は仕事で19時の閉店に間に合わないことが多いので、土曜日だけでも20時まで開けていただけると助かります。\n"
      "ご検討いただければ幸いです。返信は不要です。",
      "low", "neutral"),
    M("en", "Can't pay on Friday",
      "Hello,\n\nI have my late father's watch with you, ticket 6620, and the loan is due this Friday.\n"
      "I was laid off last week and I genuinely don't have the $310 right now. That watch is the only thing I have of his.\n"
      "Is there anything I can do so it doesn't get sold? I'm sick with worry about it.\n\nDaniel",
      "high", "anxious"),
    M("en", "Re: Re: Redemption paid - guitar still not released",
      "Third time asking.\n\nI paid the full redemption on ticket 8012 online on the 3rd. Ten days later your shop still says the guitar is 'on hold pending payment'.\n"
      "I have a gig on Saturday night and that's my only guitar. I've emailed twice and called once and nobody has got back to me.\n"
      "If it's not ready for me to pick up by Friday at 5, I'll be disputing the payment with my bank.\n\n"
      "> On 6 May, First Street Pawn wrote:\n> Thanks, we'll look into it.\n\nLeo",
      "high", "angry"),
    M("en", "Gold chain - what do I need to bring?",
      "Hi, I'd like to get a quote on a 22ct gold chain, about 30 g. Do I need an appointment, and what ID do you accept? I don't drive so I haven't got a licence.\n\nThanks, Sam",
      "normal", "neutral"),
    M("en", "Listing 4471 - condition of the lens",
      "Hello,\n\nYour website lists a 50mm f/1.4 lens (item 4471) as 'good condition'. Could you tell me whether there's any haze or fungus inside, and whether the aperture blades are dry? If so I'll come in on Saturday to look at it.\n\nCheers,\nPaul",
      "normal", "neutral"),
    M("en", "Vinyl records?",
      "Do you buy vinyl records? I've got about 200 LPs from the 70s I'll be clearing out when we move house in the spring. Not in any rush, just planning ahead.\n\nJoan",
      "low", "neutral"),
]

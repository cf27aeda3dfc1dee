# birds = pet bird shop with boarding and care advice (小鳥専門店)
DOMAIN = "birds"

SJ = [
    ("生後3週間のヒナには、4時間おきに1日4回の差し餌が必要です。", ""),
    ("お預かり料金は、鳥の種類によって若干異なります。", "V"),
    ("羽を噛む癖は、飼い主さんの接し方に原因があることがほとんどです。", "C"),
    ("店内にはほかの鳥もいて、驚いて飛び出してしまうことがあるため、ご来店の際は鳥をキャリーに入れてお連れいただけますか。", ""),
    ("体が冷えると一気に弱ってしまうので、今夜はケージを毛布で覆って25度以上を保ってください。", "I"),
    ("恐れ入りますが、ご来店の前にお電話をいただけますでしょうか。", "R"),
    ("どうして鳴かなくなったのかは、私どもには分かりかねます。", "U"),
    ("病気の診断は獣医師の領分ですので、当店ではお受けしておりません。", "D"),
    ("鳥を診られる動物病院は市内に2か所あり、今夜8時まで診療しているのは「こばと動物病院」（電話 045-331-2210）です。", ""),
    ("ヒナのお渡しは、もう少し大きくなってからになります。", "V"),
    ("ご予約のオカメインコは、体重が80gを超えて一人餌に切り替わった時点でお渡しでき、今の育ち方だと12月10日ごろの見込みです。", ""),
    ("小鳥を飼う以上、その程度のことは事前に調べておいていただくのが常識かと思います。", "C"),
    ("原因はまだ分かりませんが、明日の開店前に担当スタッフがお預かり中の様子を動画に撮り、午前11時までにお送りします。", ""),
]

SE = [
    ("Boarding is $12 a night for budgies and $18 for larger parrots, with fresh food twice a day.", ""),
    ("Most owners manage to notice when their bird stops eating.", "C"),
    ("Switch her to the pellet diet starting tomorrow.", "IR"),
    ("Our hand-reared cockatiels will be ready fairly soon.", "V"),
    ("I really couldn't say what's causing the feather loss.", "U"),
    ("What your neighbour's cat gets up to is not something we can get into.", "D"),
    ("If you can bring in a small sample of the seed mix you're using, we can check it for the moth larvae that often cause this.", ""),
]

DJ = [
    ("お預かりのご予約を承りました",
     """△△ 様

小鳥の店ことりや ○○店です。
年末年始のお預かりのご予約を承りました。

お預かり期間：12月29日〜1月3日（5泊）
お預かりする鳥：セキセイインコ 2羽
料金：1羽1泊1,200円 × 2羽 × 5泊 = 12,000円（税込）

お預けの際は、普段お使いのエサを5日分お持ちいただくと、エサが変わることによる食欲の低下を防げます。

小鳥の店ことりや
""", "P"),
    ("爪切りのご予約について",
     """原田 様

小鳥の店ことりやの若林です。
爪切りのご予約、11月16日（日）14時で承りました。

所要時間は10分ほどで、料金は550円です。鳥が落ち着いて過ごせるよう、普段お使いのキャリーに入れてお連れいただけますでしょうか。
当日ご都合が悪くなった場合は、前日までにこのメールへご返信いただければ、別の日時にお取り直しいたします。

小鳥の店ことりや
若林 悠
""", ""),
    ("お預かり中の脱走について",
     """坂口 様

小鳥の店ことりやの若林です。
昨日の夕方、お預かり中のピーちゃんが、ケージの掃除中に店内から外へ飛び出してしまいました。

原因は、掃除の際に店の入口の扉が開いたままになっていたことです。
昨夜から店のスタッフ3名で近所を探しており、交番と市の動物愛護センター、迷子の鳥の掲示板にも届け出をいたしました。本日も閉店後に捜索を続けます。
今後は、ケージの扉を開ける作業は入口を施錠した奥の部屋でのみ行うことといたしました。

何か分かりましたら、すぐにお電話いたします。

小鳥の店ことりや
若林 悠
""", "A"),
]

DE = [
    ("Sorry about Kiwi's clipped flights",
     """Hi Ms. Novak,

I'm so sorry - when you collected Kiwi on Sunday, you found her flight feathers had been trimmed during her stay, which you had not asked for.

That happened because her boarding card was placed on the wrong cage, and the groomer worked from the card on the cage next to her.

We have refunded the full boarding fee of $84, and our avian vet, Dr. Lee, has offered a free check-up for Kiwi this week to make sure she's comfortable while the feathers grow back (usually 6 to 8 weeks).

Sincerely,
Grace
Feather & Perch
""", "A"),
    ("Your conure is ready to go home",
     """Hi Mr. Ibarra,

Good news: Mango, the green-cheeked conure you reserved, is now fully weaned and eating pellets and vegetables on his own. He can go home with you any day from Saturday 9 November.

The balance due is $320. When you come in, please bring a travel carrier at least 30 cm long, because he will be more settled in a space he can turn around in. We'll send him home with a week's supply of his current food so you can switch him over gradually.

See you soon,
Grace
Feather & Perch
""", ""),
]

MJ = [
    ("先週購入したインコの様子がおかしいです",
     """ことりや様

先週の土曜日にそちらでセキセイインコのヒナを購入した者です。
今朝から羽を膨らませてじっとしていて、エサもほとんど食べていません。
ふんも水っぽく、昨日とは明らかに様子が違います。
近所の動物病院は鳥は診られないと言われてしまいました。
どこに連れて行けばいいか、今夜できることは何か、教えていただけないでしょうか。

竹内 菜々子
""", "high", "anxious", False),
    ("臨時休業で引き取れません",
     """今日の17時に預けていたオカメインコを引き取る約束をしていましたが、店に行ったら「臨時休業」の貼り紙があり、電話もつながりません。
明日の朝７時の便で福岡に引っ越します。飛行機の手続きもペット込みで予約済みです。
このままでは鳥を置いて行くことになります。
今夜中に引き取れるよう、連絡をください。
090-7788-1034

岡本
""", "high", "angry", False),
    ("お預かりのお願い（入院のため）",
     """ことりや　若林様

いつもお世話になっております。文鳥2羽でお世話になっている松田です。
昨夜、腹痛で救急搬送され、そのまま今日から1週間ほど入院することになりました。
一人暮らしで、家には文鳥が2羽いるだけです。エサと水は昨日の朝に入れたきりなので、明日の昼ごろにはなくなってしまうと思います。
合鍵を姉が持っていますので、姉に鳥をお店まで運んでもらい、退院までお預かりいただくことはできますでしょうか。

松田 和子
（姉の連絡先：070-3321-9085　松田 里美）
""", "high", "neutral", False),
    ("ケージの大きさについて",
     """お世話になります。
来月オカメインコをお迎えする予定です。
いま使っているセキセイ用のケージ（幅35cm）でも大丈夫でしょうか。
買い替えたほうがよければ、おすすめのサイズを教えてください。

吉岡
""", "normal", "neutral", False),
    ("メスだと聞いていたのですが",
     """3か月前にそちらで「メスです」と説明を受けて購入したコザクラインコですが、
先日病院で診てもらったら、オスだと言われました。
メス同士でペアにするつもりで購入したので、このままでは同じケージで飼えません。
「専門店だから安心」と思って選んだのですが、ずいぶんいい加減なのですね。
どう対応していただけるのか教えてください。

今村
""", "normal", "angry", False),
    ("インコの件",
     """インコの件、大丈夫ですか？
""", "normal", "neutral", True),
    ("はじめての旅行で家を空けます",
     """はじめまして。半年前から文鳥を飼っています。
来月、法事で2日間家を空けることになりました。
一人暮らしなので、その間誰もお世話できません。
エサと水を多めに入れておけば大丈夫なのか、それとも預けたほうがいいのか、
初めてのことで分からず不安です。アドバイスをいただけますか。

小西
""", "normal", "anxious", False),
    ("おかげさまで元気になりました",
     """若林様

先日は、ピッピが膨らんでいたときに病院を紹介していただき、本当にありがとうございました。
おかげさまで今はすっかり元気で、朝からよく鳴いています。

それで、そろそろ爪が伸びてきたので、爪切りの予約をお願いしたいです。
来週の土日のどこかで空いている時間はありますか。

森川
""", "normal", "positive", False),
    ("ペレットの取り扱いについて",
     """いつも利用させていただいております。
ラウディブッシュのペレット（小粒）を、今後お店で扱っていただけると嬉しいです。
今は通販で買っているので困っているわけではありません。いつか入荷されたらで構いません。
""", "low", "neutral", False),
    ("飼い方講座の予定",
     """お世話になっております。
以前お店で開かれていた「はじめての小鳥の飼い方講座」は、今後も開催される予定はありますか。
鳥を飼い始めるのはまだ先ですが、その前に一度受けてみたいと思っています。
開催が決まったらで大丈夫ですので、教えていただけると嬉しいです。
""", "low", "neutral", False),
]

ME = [
    ("Blood feather bleeding - won't stop",
     """Hi,

My cockatiel broke a blood feather on her wing about 20 minutes ago and it's still dripping. I've been pressing flour on it like a forum said, but there's blood on the cage floor and she's breathing with her mouth open. Our avian vet is closed on Sundays and the after-hours clinic said they don't see birds.

You sold her to us last year and I don't know who else to ask. Do I pull the feather? Is there anywhere open today?

Chris (503) 555-0147
""", "high", "anxious", False),
    ("Deposit for the macaw - fourth time asking",
     """Grace,

I paid a $1,200 deposit in June for a blue-and-gold macaw that was supposed to be ready in September. Since then the date has moved three times and my last three emails (15 Oct, 29 Oct, 8 Nov) have had no reply at all.

We move to Arizona on 2 December. Either I get a firm date before then or I want the $1,200 back by the end of this week. I'd rather not have to go through small claims, but I will.

Ray Donnelly
""", "high", "angry", False),
    ("Boarding over Christmas",
     """Hello,

Do you have boarding space for two lovebirds from 22 December to 2 January? They're used to being together in one cage - can they stay together? And do I bring their food or do you provide it?

Thanks,
Helen Park
""", "normal", "neutral", False),
    ("bird",
     """hey is mine ready?
""", "normal", "neutral", True),
    ("Bird talk at the library",
     """Hi Feather & Perch,

Our library runs a free talk series and a few members asked about pet birds. Would anyone from your shop be interested in giving a 30-minute talk sometime next spring? Dates are completely open.

Best,
Monica Reyes
Elm Street Library
""", "low", "neutral", False),
]

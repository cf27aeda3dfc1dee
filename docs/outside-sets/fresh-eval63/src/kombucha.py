"""kombucha = small kombucha brewery: online shop, monthly subscription box, wholesale to cafes."""
from _util import s, d, m

DOMAIN = "kombucha"

S = [
    # --- ja ---
    s("ja", "到着後に三日ほど玄関先に置かれていたと伺いましたが、冬場の常温で三日ほどなら本来は膨らまないはずですので、念のため瓶の製造日を確認させてください。", ""),
    s("ja", "年末は配送が混み合うため、次回分はふだんより2日遅い12月27日（土）着となります。", ""),
    s("ja", "定期便を途中で解約される場合は、所定の手数料を頂戴しております。", "V"),
    s("ja", "届いたらすぐに冷蔵庫に入れてください。", "IR"),
    s("ja", "瓶の中で発酵が進んで栓が飛ぶおそれがあるので、開ける前に冷蔵庫で半日以上冷やしていただけますか。", ""),
    s("ja", "空き瓶は洗ってからまとめてご返送をお願いいたします。", "R"),
    s("ja", "妊娠中の方が飲まれてよいかどうかは、私どもの立場では何とも言いかねるところです。", "U"),
    s("ja", "味が毎回少しずつ違うとのご指摘ですが、発酵飲料とはそういうものですので。", "X"),
    s("ja", "申し訳ありませんが、開封後の返品は衛生上お受けしておりません。未開封の2本については、12月15日（月）までにご連絡いただければ全額お返しします。", ""),
    s("ja", "ジンジャー味のロットごとのアルコール分は手元に記録がないため、醸造担当に測定結果を問い合わせ、12月11日（木）中にお返事いたします。", ""),
    s("ja", "卸価格は330ml瓶24本入りで1ケース8,640円（税別）、3ケース以上のご注文で送料は無料です。", ""),
    s("ja", "お手数ですが、膨らんでいる瓶の写真を撮っていただけますか。同じロットの出荷を止めるべきかどうか、その写真で判断したいと考えています。", ""),
    # --- en ---
    s("en", "There may be a modest restocking charge on cancelled wholesale orders.", "V"),
    s("en", "Honestly, how much sugar is left after fermentation changes from batch to batch, and we couldn't put a number on it.", "U"),
    s("en", "A bit of extra fizz in summer is just part of the deal with live cultures.", "X"),
    s("en", "Return the empty crates by the end of the month.", "IR"),
    s("en", "I can't swap the flavours in this week's box because it left our cold room on Tuesday, but I've set next week's to three ginger and three hibiscus.", ""),
    s("en", "I don't know yet whether the lemon balm batch will be ready for your reopening; I'll check the tank readings on Thursday morning and email you by noon.", ""),
]

D = [
    d("ja", "お届けした瓶が割れていた件について",
      "川端様\n\n発酵ティー工房ミズナラの安西です。\n12月3日にお届けした定期便で、6本のうち2本が割れた状態で届いたとのこと、大変申し訳ございません。お手元の箱や床まで汚してしまい、片付けのお手間もおかけしました。\n\n確認したところ、この週から箱の仕切りを紙製の新しいものに切り替えており、瓶の首の部分が仕切りより上に出てしまう寸法でした。輸送中に瓶同士が当たったものと考えております。\n\n割れた2本分を含め、同じ味の6本を本日12月5日に発送いたしました（お届けは12月7日午前の予定です）。今回の定期便の代金は請求いたしません。\n\n重ねてお詫び申し上げます。\n\n発酵ティー工房ミズナラ\n安西 千尋\n", "A"),
    d("ja", "年末年始の卸納品日のご案内（12月26日〜1月7日）",
      "カフェ・ノラ　御中\n大橋様\n\nいつもお取引いただきありがとうございます。ミズナラの安西です。\n年末年始の納品日が決まりましたので、お知らせします。\n\n・最終納品：12月26日（金）午前\n・年始初回納品：1月7日（水）午前\n・12月27日〜1月6日は醸造所が休業のため、納品・ご注文の受付を停止します\n\n休業中に在庫が切れないよう、12月26日納品分のご注文は12月22日（月）17時までにいただけますでしょうか。瓶詰めに3日かかるため、それ以降のご注文は1月7日の納品に回ることになります。\n\nご不明な点があれば、私の携帯（090-4418-2273）まで直接お電話ください。\n\n発酵ティー工房ミズナラ\n安西 千尋\n", ""),
    d("ja", "いつもありがとうございます",
      "大橋様\n\n朝晩すっかり冷え込むようになりました。\n当工房は今年で創業5年目を迎え、おかげさまで取り扱ってくださるお店も20店舗を超えました。\n秋に仕込んだ柚子の新作も、ご好評をいただいております。\n\nさて、原料の茶葉と瓶の仕入れ値が上がったことから、2月納品分より卸価格を1ケース8,640円から9,180円に改定させていただくことになりました。つきましては、2月以降も現在の本数でお取引を続けていただけるかどうか、1月10日までにお返事をいただけますと幸いです。\n\n今後ともどうぞよろしくお願いいたします。\n\n発酵ティー工房ミズナラ\n安西\n", "F"),
    d("en", "Your December box",
      "Hi {first_name},\n\nThanks for sticking with us through another month! Your December box ships on Monday the 8th and should reach you by Wednesday the 10th.\n\nThis month's line-up: two Hibiscus & Lime, two Ginger Root and two of our winter special, Smoked Pear. If you'd like to swap any of them, just reply to this email before Friday the 5th at 5 pm, since that's when we pack.\n\nCheers,\nBrightcap Kombucha\n", "P"),
    d("en", "Alcohol content and licensing for your deli",
      "Hi Ruth,\n\nThanks for checking before you put our bottles on your shelves.\n\nEvery batch of our kombucha is tested by an independent lab after bottling. This year all batches have measured between 0.2% and 0.4% alcohol by volume. In England, drinks at or below 0.5% ABV are not treated as alcohol for licensing purposes, so you don't need a premises licence to sell them.\n\nThe one thing that matters is storage: kombucha keeps fermenting slowly in the bottle, and a bottle left warm for days can go above 0.5%. Kept in your chiller and sold within the four-week best-before date, it stays in the tested range.\n\nI've attached the lab certificates for the three batches in your first order (lots 1128, 1131 and 1135). From now on, the certificate for each batch will come with the delivery note, so you'll always have the figure for whatever is on your shelf.\n\nBest,\nSam\nBrightcap Kombucha\n", ""),
]

M = [
    # --- ja ---
    m("ja", "届いた瓶の栓が",
      "今日の午後に定期便を受け取りました。\n箱を開けたら、6本のうち1本は栓が飛んで中身が箱の中にこぼれていて、もう1本は瓶の底にひびが入っていました。残りの4本もキャップが丸く盛り上がっています。\n\nとりあえず箱ごとベランダに出しましたが、冷蔵庫に入れていいのか、触っていいのかも分かりません。\n家に小学生の子が二人いて、夕方には帰ってきます。\nどうしたらいいでしょうか。\n\n沢口\n", "h", "anxious"),
    m("ja", "12/9 オープン分の納品",
      "カフェ・ソラリス　店長の井口です。いつも美味しいコンブチャをありがとうございます！\n2号店でもミズナラさんの柚子を看板にしたくて、12月9日（火）朝7時の新店オープンに合わせ、12月8日着で48本を注文しております（注文番号 W-20488）。\n\n本日12月7日の夕方時点で、追跡番号を見ると「配達店で保管中」のままで、配送業者に電話したところ「荷主からの指示待ち」と言われました。\nオープン初日のメニューはこちらの商品を前提に組んでおり、チラシも配布済みです。\n\n明日中に店に届く方法があるかどうか、ご確認いただけますか。\nオープンの朝にお客様に飲んでいただけるのを、スタッフ一同とても楽しみにしています。\n\nカフェ・ソラリス\n井口 晴美\n090-2231-4476\n", "h", "positive"),
    m("ja", "解約後の請求（3回目のご連絡です）",
      "１０月末に定期便の解約手続きをし、解約完了のメールも受け取っています。\nにもかかわらず１１月分、１２月分の３，９８０円がカードから引き落とされています。\n\n１１月１２日と１１月２６日にこちらのアドレスへお問い合わせしましたが、いずれも返信がありません。\n本日こうして3回目のメールを書いています。\n\nこれ以上返答がないようであれば、カード会社に支払い停止を申し出るつもりです。\n\n会員ID：mz-55012\n三上 和也\n", "h", "angry"),
    m("ja", "味", "味、変わりました？", "n", "neutral", True),
    m("ja", "定期便の変更",
      "お世話になっております。定期便を利用している今井です。\n次回（1月分）は帰省で家を空けるので、一回お休みにしたいです。\nあと2月からは柚子を2本→4本にして、ジンジャーを外してもらえますか。\nマイページから変更しようとしたら、スキップのボタンが見当たりませんでした。\nよろしくお願いします。\n", "n", "neutral"),
    m("ja", "妊娠中でも飲めますか",
      "はじめてメールします。\n先日妊娠がわかり、冷蔵庫に定期便のボトルが4本残っています。\nコンブチャにはアルコールが少し入っていると聞いて、飲むのをやめています。\n\nどのくらい入っているのか、妊娠中に飲んでも問題ない量なのか、知りたいです。\n調べれば調べるほど違うことが書いてあって、よくわからなくなってしまいました。\n飲まないほうがいいなら、定期便も止めたほうがいいのかなと思っています。\n", "n", "anxious"),
    m("ja", "ギフトでまとめて注文したいです",
      "いつも柚子のコンブチャを楽しみにしています！\n友人に配ったらとても好評だったので、年末のご挨拶用に10セットほど贈りたいと思っています。\n\n・3本入りのギフト箱はありますか\n・のしを付けてもらえますか\n・12月20日ごろに届くように送れますか\n\nお忙しい時期にすみません、よろしくお願いします。\n\n木下\n", "n", "positive"),
    m("ja", "また違う味が入っていました",
      "11月も10月も、ジンジャーを指定しているのにハイビスカスが入っていました。\nそのたびにお詫びのメールはいただきましたし、差額も返していただきました。それはありがたいのですが、今月もまた同じです。\n\nお詫びの言葉はもう結構なので、どうしたら指定どおりの味が届くのかを教えてください。\n\n長尾\n", "n", "angry"),
    m("ja", "砂糖不使用のものは",
      "来年のことで恐縮ですが、糖質を控えているので、砂糖を使わない（または極力少ない）タイプを出す予定があるか気になりました。\nなければないで大丈夫です。ご返信はいつでも構いません。\n", "l", "neutral"),
    m("ja", "ラベルについて",
      "新しいラベル、色がきれいで好きです。\nただ、賞味期限の数字がかなり小さくて、老眼の母が読めないと言っていました。\n次に印刷するときにでも考えていただければ。\n", "l", "neutral"),
    # --- en ---
    m("en", "Spiced Pear - nut allergy reaction",
      "Hello,\n\nI run the Corner Larder deli and we stock your bottles. This morning a regular with a tree-nut allergy drank a Spiced Pear from our fridge and reacted within minutes - lips swelling, needed her EpiPen. She's been seen by paramedics and is OK.\n\nThe label lists pear, cinnamon, clove, black tea. Your website's flavour page, though, says 'with a hint of almond'. Which is right?\n\nWe have 40 bottles of it on the shelf from Tuesday's delivery and normally sell around 30 a day. I've taken them off for now.\n\nRuth Adeyemi\nCorner Larder\n", "h", "anxious"),
    m("en", "Your 'account update' email",
      "On Monday I got an email from 'Brightcap Accounts' telling me my subscription payment had failed and linking to a page to re-enter my card. It had your logo and my order history on it, so I did it.\n\nThis morning my bank flagged a $389.00 charge from an electronics site in Latvia. The card's now cancelled.\n\nI'd like to know how whoever sent that got my name, address and past orders, and whether anyone else on your list has had the same email. It's forwarded below.\n\nMarcus Hale\n\n-------- Forwarded message --------\nFrom: Brightcap Accounts <billing@brightcap-renew.co>\nDate: Mon, 1 Dec 2025 08:14\nSubject: Action needed: payment failed\n\n> Dear Marcus,\n> We were unable to process your December subscription payment.\n> To avoid interruption, update your card details within 24 hours: https://brightcap-renew.co/account\n", "h", "angry"),
    m("en", "Pausing January",
      "Hi both,\n\nWe're away from 2 to 20 January, so could you skip the Janaury box? February onwards as normal.\n\nThanks!\nIsla\n", "n", "neutral"),
    m("en", "Starter kit as a present",
      "I've been brewing with your starter kit since the spring and it's the best thing I bought this year! I'd love to send one to my sister in Leeds as a Christmas present. Can it arrive by the 23rd, and is there a way to leave out the invoice so the price isn't in the box?\n\nMany thanks,\nAnjali\n", "n", "positive"),
    m("en", "Recycling the bottles",
      "Not urgent at all - are the bottle caps recyclable with the glass, or do they need to go separately? Our council's rules are a bit confusing.\n", "l", "neutral"),
]

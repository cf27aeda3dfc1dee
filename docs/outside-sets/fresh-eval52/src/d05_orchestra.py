"""orchestra = professional orchestra: season subscriptions, concert tickets, outreach (オーケストラ)."""
from common import S, D, M

DOMAIN = "orchestra"

SENTS = [
    # ja
    S("ja", "定期会員の座席は、来シーズンも今シーズンと同じ1階12列15番をご用意しております。"),
    S("ja", "公演当日の遅れてのご入場は、曲間のみとなることをチケットにも明記しております。", "C"),
    S("ja", "指揮者の変更については、団の決定ですので、払い戻しの対象にはなりません。", "D"),
    S("ja", "指揮者の変更は払い戻しの対象外となりますが、ご希望であれば同じシーズン内の別公演へ、追加料金なしでお振り替えいたします。"),
    S("ja", "再発行の申請書に記入して、郵送してください。", "I R"),
    S("ja", "アンコール曲の曲名は、担当者が休暇中のため、お答えできかねます。", "U"),
    S("ja", "アンコール曲の曲名は、楽譜担当が戻る19日（火）に確認し、同日中にご返信いたします。"),
    S("ja", "車いす席の追加は、空き状況によっては何とかなるかもしれません。", "V"),
    S("ja", "車いす席は各公演4席で、3月の定期公演は残り1席です。ご希望でしたら本日中にお席をお取りします。"),
    S("ja", "クラシックの演奏会では、楽章の間に拍手をしないのが普通です。", "C"),
    S("ja", "振替公演の日程は、近日中にホームページでお知らせする予定です。", "V"),
    S("ja", "ご来場の際は、受付で本人確認のできるものをご提示いただけますでしょうか。", "R"),
    S("ja", "会場の空調が寒かったとのことですが、ホールの管理は当団の管轄ではございません。", "D"),
    # en
    S("en", "Your four seats for the family concert on 9 March are in row F, and the tickets were emailed to you a moment ago."),
    S("en", "Sorry, but we don't know when the rescheduled date will be announced.", "U"),
    S("en", "We will let you know about the refund for the cancelled concert fairly soon.", "V"),
    S("en", "Arrive 30 minutes early.", "I R"),
    S("en", "We'd appreciate it if you could arrive 30 minutes early, as the school groups all enter through the same door and the queue can take a while."),
    S("en", "Frankly, if you can't sit through a symphony without checking your phone, perhaps a concert hall isn't the place for you.", "C"),
]

DRAFTS = [
    D("ja", "【ご案内】3月定期公演の開演時間変更について",
      """
定期会員 各位

東都フィルハーモニー管弦楽団 会員サービス係です。
3月15日（土）の定期公演の開演時間を、14時から15時に変更いたしますので、お知らせいたします。

ホールの舞台機構の点検日程が変更となり、午前のリハーサルの開始が遅れるためです。
開場は14時15分、終演は17時頃を予定しております。

ご都合が合わなくなった方は、3月8日までにご連絡いただければ、同シーズン内の別公演に振り替えいたします。
振替のご希望は、このメールへのご返信、または会員サービス係（03-5577-1020、平日10時～17時）で承ります。

東都フィルハーモニー管弦楽団 会員サービス係
"""),
    D("ja", "お詫び",
      """
石川様

東都フィルハーモニー管弦楽団 チケットセンターの宮本でございます。
先日の公演では、お席が二重に販売されており、ご着席いただけなかったとのこと、誠に申し訳ございませんでした。

当日の係員の対応にもご不快な思いをさせてしまいましたこと、重ねてお詫び申し上げます。
チケット代金 8,500円は、本日お支払いのクレジットカードへ返金の手続きをいたしました。

東都フィルハーモニー管弦楽団 チケットセンター 宮本
""", "A"),
    D("ja", "東都フィル 会員サービス係より",
      """
〇〇 〇〇様

いつも東都フィルハーモニー管弦楽団を応援していただき、誠にありがとうございます。
今シーズンも残すところあと2公演となりました。
3月の定期公演ではマーラーの交響曲第5番を取り上げ、首席指揮者が今シーズン最後の指揮台に立ちます。
団員一同、皆さまにお会いできるのを楽しみにしております。

来シーズンの定期会員の継続手続きは、2月末日が締め切りとなっております。

東都フィルハーモニー管弦楽団 会員サービス係
""", "P N"),
    D("en", "Your subscription renewal: one seat change needs your OK",
      """
Dear Dr Lindqvist,

We need your agreement to a small seat change before we can renew your subscription for next season.

Seat C14, which you have held for six seasons, is being removed so that we can widen the aisle for wheelchair access. We would like to move you to C12, two seats along in the same row, at the same price.

If you are happy with C12, there is nothing to do: we will renew automatically on 1 April. If you would prefer a different seat, reply by 25 March and I will send you the plan of what is free.

With thanks for your loyal support,
Ben Achebe
Subscriber Services, Northgate Symphony Orchestra
"""),
]

MAILS = [
    M("ja", "今夜の公演のチケットが届いていません",
      """
今夜19時開演の公演のチケットを、２週間前にネットで購入しました（注文番号 T-55821）。
電子チケットがメールで届くと書いてあったのですが、迷惑メールフォルダも含めて何も届いていません。
遠方の母を連れて、今夕の新幹線で東京に向かいます。
会場で入れてもらえるのか、どうすればいいのか教えてください。
""", "high", "anxious"),
    M("ja", "子どもが会場で迷子になったかもしれません",
      """
本日のファミリーコンサート終演後、
小学２年の息子とロビーではぐれてしまい、まだ見つかっていません。
ホールの係の方には伝えてありますが、楽団のスタッフの方にも探していただけないでしょうか。
青いトレーナーを着ています。私の携帯は 090-3311-7722 です。
""", "high", "anxious"),
    M("ja", "払い戻しの件（3回目）",
      """
中止になった１２月の公演の払い戻しについて、
これで３回目の問い合わせです。
前の２回とも返信がなく、電話も時間内につながりません。
チケットは４枚で、合計２６，０００円です。
このまま放っておかれるのであれば、消費生活センターに相談するつもりです。
""", "high", "angry"),
    M("ja", "定期会員の座席変更について",
      """
定期会員の前田と申します。
来シーズンから、もう少し舞台に近い席に移りたいと考えています。
座席の変更はどのような手続きになりますか。
""", "normal", "neutral"),
    M("ja", "学校公演の依頼について",
      """
市立第三中学校で音楽を担当している者です。
来年度の芸術鑑賞会で、オーケストラの学校公演をお願いできないかと考えています。
費用の目安と、申し込みの時期を教えていただけますでしょうか。
校内の検討会議が来月の中旬にあります。
""", "normal", "neutral"),
    M("ja", "座席",
      """
席どこですか
""", "normal", "neutral", True),
    M("ja", "昨日の公演でのマナーについて",
      """
昨日の定期公演で、私の前の列の方が演奏中ずっとスマートフォンで撮影をしていました。
係の方に伝えたのですが、結局休憩まで何も変わりませんでした。
せっかく楽しみにしていた公演が台無しです。
ああいう場合に、なぜ係の方がすぐに注意してくれないのか、説明をいただきたいです。
""", "normal", "angry"),
    M("ja", "障がいのある息子と一緒に行けますか",
      """
自閉症のある中学生の息子が、テレビで見てからずっとオーケストラを聴きたがっています。
ただ、演奏中に声が出てしまうことがあり、周りの方に迷惑をかけないか心配です。
出入りしやすい席や、そういう子どもでも参加しやすい公演はありますでしょうか。
行くとしたら来年の春ごろを考えています。
""", "normal", "anxious"),
    M("ja", "プログラムの誤植",
      """
先日の公演プログラムで、第２楽章の表記が「Adagietto」ではなく「Adagieto」になっていました。
些細なことですので、お返事は不要です。今後の参考までに。
""", "low", "neutral"),
    M("ja", "素晴らしい演奏をありがとうございました",
      """
昨日のブラームス、本当に素晴らしかったです。
特にホルンのソロには涙が出ました。
定期会員になって１０年になりますが、昨日の演奏は一番心に残りました。
団員の皆さまによろしくお伝えください。
""", "low", "positive"),
    # en
    M("en", "Tickets for tonight - wrong date on them",
      """
Hi,

I booked two tickets for tonight's Sibelius concert (booking NSO-40219) but the e-tickets that arrived say 14 February, which is next month. My husband and I are driving over two hours to get there and we leave at 4. Will we be let in with these, or do I need new tickets? I can't get through on the phone.

Thanks,
Carol Perkins
""", "high", "anxious"),
    M("en", "Accessible seating for my mother",
      """
Good afternoon,

My mother uses a walker and finds stairs difficult. We'd like to come to one of the spring concerts. Which seats have step-free access, and is there somewhere near the entrance to leave the walker?

Kind regards,
James Ellery
""", "normal", "neutral"),
    M("en", "Gift voucher",
      """
Do your gift vouchers expire? I'd like to buy one for my nephew's graduation in July - no hurry, just planning ahead.
""", "low", "neutral"),
    M("en", "Donation receipt",
      """
Hello,

I made a donation of £250 in December but haven't received a receipt for Gift Aid. Could you send one over? I'm doing my tax return at the end of the month.

Best,
Martin O'Hare
""", "normal", "neutral"),
    M("en", "Complaint about Saturday",
      """
To whom it may concern,

I have been a subscriber for eleven years. On Saturday the usher refused to let me back in after the interval because I had "the wrong ticket", which was the very same ticket I had shown on the way in. I stood in the foyer for the whole of the second half.

I would like an explanation and, frankly, an apology. I am seriously reconsidering my renewal.

Mrs P. Aldridge
""", "normal", "angry"),
]

DRAFTS += [
    D("en", "Your tickets for the Family Christmas Concert",
      """
Dear {FIRST_NAME},

Thank you for booking the Family Christmas Concert on Sunday 15 December at 3 p.m. Your e-tickets are attached; each one can be scanned from a phone or printed.

Doors open at 2.15 p.m. Children under 5 don't need a ticket but must sit on an adult's lap. Free booster cushions are available from the cloakroom.

We look forward to seeing you,
Northgate Symphony Orchestra Box Office
""", "P"),
]

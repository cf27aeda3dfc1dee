DOMAIN = "league"
MEANING = "amateur adult sports league operator: registration, fixtures, referees (社会人・草野球リーグ運営)"

S = [
    ("ja", "雨天中止の判断は、試合当日の朝6時半に、リーグのLINEとホームページで同時にお知らせします。", []),
    ("ja", "試合当日は、会場の駐車場を使わないでください。", ["imperative", "request_without_reason"]),
    ("ja", "順延になった試合の日程は、シーズン後半の空き具合を見ながら組み直します。", ["vague"]),
    ("ja", "没収試合としたのは規約第14条（試合開始時刻に9名揃わない場合）によるものです。該当箇所を抜き出して添付しますので、チームの皆さんへの説明にお使いください。", []),
    ("ja", "審判の判定に対する抗議は、当リーグでは受け付けておりません。", ["dismissive"]),
    ("ja", "審判の判定そのものは試合が成立した後に覆せない決まりですが、判定へのご意見は審判部に回し、5月18日の審判講習会で取り上げます。", []),
    ("ja", "登録選手を入れ替える際は、変更届に全員分の生年月日を必ず書いておくように。", ["imperative", "request_without_reason"]),
    ("ja", "登録料を返金できるかどうかは理事会が決めることですので、私には分かりかねます。", ["unknown_without_followup"]),
    ("ja", "グラウンドが使えなくなった理由は、市からまだ説明がありません。明日の朝、市の公園課に直接出向いて確認し、昼までにLINEでお知らせします。", []),
    ("ja", "チームの代表者が毎年入れ替わっているから、こうした手続き漏れが起きるのではないでしょうか。", ["condescending"]),
    ("ja", "来季は参加チームが多少増える見込みですので、試合数も調整になるかもしれません。", ["vague"]),
    ("ja", "スポーツ保険の加入状況を照合したいので、選手全員の氏名とフリガナを一覧にして、今月25日までにお送りいただけますか。", []),
    ("ja", "登録時に身分証の写しをお願いしているのは、35歳以上の部の出場資格を公平に確かめるためで、写しは確認後すぐに破棄しています。", []),
    ("ja", "次に同じことがあれば、チームごと来季の登録をお断りすることになりますよ。", ["condescending"]),
    ("en", "Your kit order will arrive closer to the start of the season.", ["vague"]),
    ("en", "The disciplinary panel sits on Wednesday 12 June at 7 p.m.; your player's hearing is second on the list, and you'll have the decision by email the next morning.", []),
    ("en", "Read the league handbook before emailing us.", ["imperative", "condescending"]),
    ("en", "Thanks for raising the refund for the rained-off games; we've noted it as feedback for the committee's end-of-season review.", ["dismissive"]),
    ("en", "Could you send over your squad's shirt numbers?", ["request_without_reason"]),
    ("en", "We don't yet know why your team dropped off the table; our web volunteer is checking the import tonight, and the corrected table will be up by 9 a.m. tomorrow.", []),
    ("en", "Hollow Lane has no floodlights, so from October your kick-offs move from 3 p.m. to 1:30 to finish before dusk.", []),
]

D = [
    ("ja", "春季リーグ 第3節（4月20日）の会場変更について",
     """春季リーグ 参加チーム代表者各位

ひがし野球連盟 事務局の村田です。
4月20日（日）の第3節3試合の会場を、市民球場から河川敷第2グラウンドに変更します。

市民球場の外野の芝の張り替え工事が、市の都合で2週間延びたためです。
試合の開始時刻（9時・11時半・14時）と対戦カードは変わりません。

河川敷第2グラウンドには駐車場が20台分しかないため、乗り合わせでのご来場にご協力いただけますでしょうか。場所の地図を添付します。

ひがし野球連盟 事務局
村田 和也
""", []),
    ("ja", "秋季リーグの登録締切について",
     """〇〇チーム 代表者様

ひがし野球連盟事務局の村田です。
秋季リーグの選手登録の締切が近づいてまいりましたので、ご案内いたします。

締切：8月31日（日）
登録料：1チーム 25,000円
提出物：選手登録表（最大25名）、スポーツ保険の加入証の写し

保険の加入証の写しは、試合中のけがの補償を確実にするために全チームにお願いしているものです。
ご不明な点は事務局までお問い合わせください。

村田
""", ["placeholder_left"]),
    ("ja", "ひがし野球連盟事務局より",
     """各チーム代表者様

いつもリーグの運営にご協力いただき、ありがとうございます。
今年は過去最多の32チームにご参加いただき、連盟としても大変うれしく思っております。
先日の開幕戦では地元のケーブルテレビの取材もあり、来季以降のさらなる盛り上がりが期待されます。
審判部でも新たに5名の審判員が加わり、体制がより充実しました。

さて、来月の代表者会議で規約改正の採決を行いますが、出欠を6月5日までにご返信いただけますでしょうか。定足数に達しないと採決ができないためです。

事務局 村田
""", ["purpose_not_upfront"]),
    ("en", "Sorry about Saturday's double-booked pitch",
     """Dear Chris,

I'm sorry that your Saturday match against Eastfield couldn't go ahead. Your team turned up, warmed up, and then had to leave because a youth tournament was already on the pitch. That was a wasted morning for 30 people, and it's on us.

The council had moved the youth tournament to Pitch 2 and emailed us on Thursday, but the message went to an old league address that no one checks, so we didn't know until your captain phoned.

Your match fee for that game will be refunded this week, and the fixture has been rescheduled for Saturday 26 April, 10 a.m., on the same pitch.

Best wishes,
Rachel Moore
League Secretary, Riverside Sunday League
""", ["apology_incomplete"]),
    ("en", "Playoff schedule update",
     """Hi all,

Just a quick note on the playoffs. Because of the weather, the semi-finals will probably be pushed back a bit, and we'll let you know the new dates in due course. There might be a small change to the match fee as well, depending on pitch availability.

Thanks for your patience,
Rachel
""", ["vague"]),
]

M = [
    ("ja", "試合中に選手が倒れました",
     """ひがし野球連盟 事務局様

ブルーウェーブの代表、石田です。
本日の第2試合の7回に、うちの捕手（52歳）が胸を押さえて倒れ、救急車で市民病院に運ばれました。
幸い意識はあり、今は検査中です。
スポーツ保険の請求に何が必要か、また病院から連盟の保険の証書番号を聞かれているので、今日中に教えてください。""", "high", "anxious", False),
    ("ja", "大会会場が二重予約になっています",
     """村田様

今週土曜の市長杯の会場、総合運動公園のA・B面ですが、公園事務所に確認したところ、同じ日に少年野球の大会が入っていると言われました。
こちらは16チーム、選手・関係者で300人近くが来る予定です。
連盟で取った予約がどうなっているのか、金曜の昼までにはっきりさせてください。
各チームへの連絡が間に合わなくなります。

市長杯実行委員 中川""", "high", "angry", False),
    ("ja", "登録料が2回引き落とされています",
     """事務局の方へ

チーム登録料25,000円が、私の口座から2回引き落とされていました。
チームの会計を私が立て替えている形で、今月は家賃の引き落としが迫っていて、5万円が一度に出ていくのは正直厳しいです。
2回目の分を返金していただけるのか、いつ戻るのか教えてください。

ファイターズ 会計 佐野""", "high", "anxious", False),
    ("ja", "新規チームの加入について",
     """はじめまして。
会社の同僚で野球チームを作ったので、来季からリーグに参加したいと考えています。
選手は14名で、平均年齢は30歳くらいです。
加入の条件と、登録料を教えてください。""", "normal", "neutral", False),
    ("ja", "日程",
     """次の試合いつですか""", "normal", "neutral", True),
    ("ja", "審判の判定について",
     """先日の試合で、明らかなアウトがセーフと判定され、それが決勝点になりました。
判定が覆らないのは分かっていますが、あの審判の方は先月の試合でも同じような判定をしています。
審判部で何らかの確認をしていただけないでしょうか。
このままでは選手たちもやる気を失ってしまいます。""", "normal", "angry", False),
    ("ja", "選手の追加登録",
     """シーズン途中ですが、選手を２名追加で登録したいです。
追加の登録料はかかりますか？
次の試合は再来週なので、それまでに登録できれば大丈夫です。""", "normal", "neutral", False),
    ("ja", "順位表の誤りについて",
     """ホームページの順位表ですが、5月11日の試合の結果が逆になっているようです。
うちが勝った試合なので、訂正をお願いします。
スコアブックの写真を添付します。""", "normal", "neutral", False),
    ("ja", "運営の皆さまへ",
     """今季もリーグを運営してくださり、ありがとうございました。
毎週の日程調整や審判の手配など、ボランティアでここまでやってくださるのは本当に頭が下がります。
来季もよろしくお願いします。""", "low", "positive", False),
    ("ja", "来季のユニフォーム規定について",
     """来季、チームのユニフォームを新調しようか考えています。
背番号の大きさや色について、リーグの決まりはありますか？
作るのは冬になってからなので、そのころまでに分かればいいです。""", "low", "neutral", False),
    ("en", "Cup final referee",
     """Dear Rachel,

We've just been told that the referee appointed for Sunday's cup final (2 p.m., Riverside Park) has withdrawn. We have sold 300 tickets and the county FA will only sanction the match with a qualified referee confirmed to them by noon on Saturday.

Could the league find a replacement and let the FA know before then? I'm reachable on 07700 900644 all weekend.

Regards,
Chris Walsh
Secretary, Eastfield Rovers""", "high", "neutral", False),
    ("en", "Still waiting on the appeal outcome",
     """Rachel,

Three weeks ago we lodged an appeal against the red card given to our keeper, and we were told we'd hear within seven days. We've heard nothing, despite two follow-up emails. Meanwhile he's sitting out his ban, which will be served in full by the time you decide. It's hard not to conclude that appeals are a formality.

Chris Walsh""", "high", "angry", False),
    ("en", "Joining next season",
     """Hello, a few of us from work would like to enter a team next season. We're a mixed group, mostly beginners. Is there a division that would suit us, and when does registration open? Cheers, Amira""", "normal", "neutral", False),
    ("en", "Kick-off",
     """is it on""", "normal", "neutral", True),
    ("en", "Thanks for a great season",
     """Just wanted to say thanks to you and the referees for a brilliant season. The new fixtures app made life so much easier. See you in September! — Dan, Old Boys FC""", "low", "positive", False),
]

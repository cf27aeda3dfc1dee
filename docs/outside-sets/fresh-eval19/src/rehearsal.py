# rehearsal = rehearsal and recording studio rental for bands (音楽スタジオ・リハーサルスタジオ)
DOMAIN = "rehearsal"

SENTENCES = [
    ("ja", "Aスタジオ（20畳）の料金は1時間2,750円で、平日の13時までは1時間1,980円になります。", []),
    ("ja", "機材の修理代は、内容によってはそれなりの金額になることもございます。", ["vague"]),
    ("ja", "予約の時間を過ぎたら、すぐに部屋を出てください。", ["imperative", "request_without_reason"]),
    ("ja", "次のご予約の方が機材を準備できるよう、終了時刻の5分前には片付けを始めていただけますか。", []),
    ("ja", "録音データが消えたのは、保存の操作をされていなかったからだと思います。", ["condescending"]),
    ("ja", "録音データが消えた原因はまだ分かっておらず、録音機の記録を業者に解析してもらっています。11月21日（金）までに結果をご報告します。", []),
    ("ja", "録音データが元に戻せるかどうかは、何とも申し上げられません。", ["unknown_without_followup"]),
    ("ja", "隣の部屋の音が聞こえるとのことですが、リハーサルスタジオとはそういうものですので。", ["dismissive"]),
    ("ja", "ドラムセットのお持ち込みもできますが、搬入口の予約が必要になりますので、前日までにご連絡いただけますか。", []),
    ("en", "Room 2 is free on Saturday from 2 to 5 pm; three hours at the weekend rate comes to £54, including the backline.", []),
    ("en", "Please switch the PA off at the wall when you leave, as the amps overheat if they're left on standby.", []),
    ("en", "We'll send the stems over in a bit.", ["vague"]),
    ("en", "It's a rehearsal studio; if you wanted silence next door, you booked the wrong place.", ["condescending", "dismissive"]),
    ("en", "I did explain the cancellation policy when you booked, and again last week.", ["condescending"]),
    ('ja', 'その件は当スタジオの担当ではないので、分かりかねます。', ['dismissive', 'unknown_without_followup']),
    ('ja', 'お返事が遅くなり、申し訳ございません。', []),
    ('en', "No idea, that's the landlord's department.", ['dismissive', 'unknown_without_followup']),
]

DRAFTS = [
    dict(lang="ja", subject="レコーディングのご予約確認（11月29日）",
         text="""ザ・サンセッツ
リーダー 吉田 様

スタジオ・ノクターンの北村です。
レコーディングのご予約が確定しましたので、内容をお知らせいたします。

・日時：11月29日（土）10:00〜18:00（8時間）
・部屋：レコーディングルームA
・担当エンジニア：〇〇
・料金：税込み52,800円（エンジニア料・ミックス1曲分を含みます）

当日は、楽器の搬入のため9:45からお部屋に入っていただけます。予約の変更は、エンジニアの手配の都合で11月25日までにお願いいたします。

スタジオ・ノクターン　北村 涼
""", labels=["placeholder_left"]),
    dict(lang="ja", subject="レンタル機材の料金についてのご回答",
         text="""宮崎 様

スタジオ・ノクターンの北村です。
お問い合わせいただいたレンタル機材の料金は、下記のとおりです。

・ギターアンプ（Marshall JCM2000）：1回 550円
・ベースアンプ（Ampeg SVT）：1回 550円
・シンセサイザー（Nord Stage 3）：1回 1,100円

いずれもスタジオのご予約と一緒にお申し込みいただければ、当日お部屋に設置しておきます。在庫が1台ずつのため、ご希望の場合はご予約の際にお知らせください。

スタジオ・ノクターン　北村 涼
""", labels=[]),
    dict(lang="ja", subject="ビルの建て替えと年間パスについてのご回答",
         text="""中山 様

スタジオ・ノクターンの北村です。
ビルの建て替えの時期と、年間パスの扱いについてご質問をいただきましたので、お答えいたします。

建て替えの時期については、現時点では当方でも分かりかねます。
年間パスの扱いも、今のところ決まっておりません。

今後ともスタジオ・ノクターンをよろしくお願いいたします。

スタジオ・ノクターン　北村 涼
""", labels=["unknown_without_followup"]),
    dict(lang="en", subject="Hello from SoundBox Studios",
         text="""Hi Jake,

Hope rehearsals for the tour are going well! We've had a busy autumn here. Room 3 has a brand-new Pearl kit and we've finally replaced the sofa in the lounge, which everyone is thrilled about.

We're also getting our acoustic panels upgraded across the building over the next few weeks, so you'll notice the rooms sounding tighter by Christmas.

Because of that work, Room 1 will be closed on Thursday 12 December, which is when your band has its regular 7 to 10 pm slot. Could you let us know by Monday whether you'd like to move to Room 2 at the same time or switch to Wednesday the 11th?

Cheers,
Leo
SoundBox Studios
""", labels=["purpose_not_upfront"]),
    dict(lang="en", subject="Sorry: your room was double-booked on Friday",
         text="""Hi Priya,

I'm really sorry that when your band arrived for your 8 pm slot on Friday, another group was already set up in Room 2 and you had to wait half an hour for Room 4.

It happened because we moved a regular booking from Thursday to Friday by hand in the diary, and our online booking page wasn't updated to show Room 2 as taken.

We've refunded Friday's £36 in full to your card, and your next three-hour session is free; just mention this email when you book.

Manual changes now go through the online system only, so the diary and the booking page can't disagree, and the duty manager checks the evening's bookings against the rooms at 5 pm every day.

Sorry again, and thanks for being so good-natured about it on the night.

Leo
SoundBox Studios
""", labels=[]),
]

MAILS = [
    dict(lang="ja", subject="今日の予約が消えています",
         body="""ノクターンさん

今日の14時から18時でBスタを予約していた「ペーパームーン」の吉田です。
今朝アプリを見たら予約が「キャンセル済み」になっていました。
こちらではキャンセル操作はしていません。

今夜19時からライブハウスで本番があって、今日がその前の最後の合わせです。
しかも、先週からお店のロッカーに預けているアンプとエフェクターを、17時までに取り出して会場に持って行かないといけません。
今日は店休日だと表示されているんですが、どういうことですか？
電話もつながりません。このメールを見たらすぐに連絡ください。

吉田 080-xxxx-xxxx""",
         urgency="high", emotion="angry", terse=False),
    dict(lang="ja", subject="予約サイトで他の人の電話番号が見えています",
         body="""お世話になっております。
先ほど予約サイトで空き状況を見ていたら、カレンダーの予約枠をクリックしたときに、
予約している他の方のお名前と携帯電話の番号が表示されました。
何件か試しましたが、どの枠でも同じように見えます。

私も以前予約しているので、自分の番号も誰かに見られているのではないかと心配です。
スクリーンショットを添付します。

山中""",
         urgency="high", emotion="anxious", terse=False),
    dict(lang="ja", subject="Cスタジオのアンプから焦げたにおいがしました",
         body="""スタジオ・ノクターン ご担当者様

本日15時から17時までCスタジオを利用していた西川です。
16時半ごろ、ベースアンプの裏から焦げたようなにおいと薄い煙が出て、直後にブレーカーが落ちました。
すぐに電源を抜いて、受付の方に声をかけましたが、アルバイトの方おひとりで
「店長に伝えておきます」とのことでした。

部屋は19時からも予約が入っているようです。
同じアンプを使って火が出たりしないか気になったので、念のためご連絡しました。

西川""",
         urgency="high", emotion="neutral", terse=False),
    dict(lang="ja", subject="平日昼間の料金について",
         body="""こんにちは。
平日の昼間に個人練習で使いたいのですが、個人練習の料金はありますか？
ドラムの練習で、週に２回、２時間ずつくらいの予定です。

井上""",
         urgency="normal", emotion="neutral", terse=False),
    dict(lang="ja", subject="Bスタ",
         body="Bスタ空いてる？",
         urgency="normal", emotion="neutral", terse=True),
    dict(lang="ja", subject="キャンセル料の請求について",
         body="""ノクターン 御中

11月15日の予約を、3日前の12日にアプリからキャンセルしました。
規約には「前日・当日のキャンセルは100%」と書いてあり、3日前なら無料のはずです。
ところが、登録しているカードに5,500円のキャンセル料が請求されていました。

キャンセルした日時の記録もスクリーンショットで残してあります。
返金していただけますよね？

大橋""",
         urgency="normal", emotion="angry", terse=False),
    dict(lang="ja", subject="機材リストをいただけますか",
         body="""お世話になります。
来月からバンドで定期的に利用したいと思っています。
各スタジオにあるアンプとドラムセットの機種を教えていただけますか。
ホームページの機材リストが2年前のままのようでしたので。

宮崎""",
         urgency="normal", emotion="neutral", terse=False),
    dict(lang="ja", subject="耳への影響について",
         body="""突然のメール失礼いたします。
中学2年の息子が、平日の放課後に御社の個人練習でドラムを叩いています。
毎日のように3時間ほど練習しているようで、最近「耳がキーンとする」と言うことがあり、
耳を悪くしてしまわないかと心配になりました。

スタジオで耳栓の貸し出しなどはしていますか。
また、ほかのお子さんはどのように対策されているのでしょうか。

中学生の母""",
         urgency="normal", emotion="anxious", terse=False),
    dict(lang="ja", subject="ロビーに自販機があると嬉しいです",
         body="""いつも利用させてもらっています。
小さな要望なのですが、ロビーに飲み物の自販機があると助かります。
近くのコンビニまで少し歩くので、休憩のたびに行くのが大変で。
ご検討いただけたら嬉しいです。返信はなくて大丈夫です。""",
         urgency="low", emotion="neutral", terse=False),
    dict(lang="ja", subject="デモ音源ありがとうございました",
         body="""北村さん

先日録っていただいたデモ、メンバー全員で聴きました。
自分たちの音とは思えないくらい良くなっていて、みんな大喜びです！
ライブハウスに送ったら、さっそく来年のイベントに呼んでもらえることになりました。

また録音をお願いするときはご連絡します。本当にありがとうございました。

ザ・サンセッツ 吉田""",
         urgency="low", emotion="positive", terse=False),
    dict(lang="en", subject="Stems for distribution - third time asking",
         body="""Leo,

I've asked twice, on the 4th and the 8th, for the final stems and the mastered WAVs from our session on 28 October. I was told both times "by the end of the week".

Our distributor needs the files by 9 am tomorrow or we lose the release slot we've been promoting for two months. I'm not interested in another "end of the week". Can you send a download link today, or tell me honestly if there's a problem with the files?

Megan
The Hollow Pines""",
         urgency="high", emotion="angry", terse=False),
    dict(lang="en", subject="Booking for Saturday",
         body="""Hi,

Could we book a room for a four-piece band this Saturday, somewhere between 12 and 6? Three hours would be fine. We'll need a bass amp and a full drum kit.

Cheers,
Tom""",
         urgency="normal", emotion="neutral", terse=False),
    dict(lang="en", subject="Left my pedal in Room 4?",
         body="""Hi, I think I left a Boss DD-3 delay pedal behind in Room 4 last night (we finished at 11). It's not a fortune but it was my first pedal and it's got my initials scratched on the back. Has anyone handed one in? I'm a bit gutted and slightly worried someone's walked off with it.

Thanks,
Rhys""",
         urgency="normal", emotion="anxious", terse=False),
    dict(lang="en", subject="Cymbals",
         body="""Hello! Do your drum kits come with cymbals, or should our drummer bring his own? And are there stands for them in every room?

Thanks,
Aisha""",
         urgency="normal", emotion="neutral", terse=False),
    dict(lang="en", subject="Room 3 is great",
         body="""Hey Leo, just to say the new kit in Room 3 sounds amazing, our drummer won't shut up about it. One small suggestion for whenever: a couple more hooks on the wall for cables would help. Nothing urgent at all.

Cheers,
Jake""",
         urgency="low", emotion="positive", terse=False),
]

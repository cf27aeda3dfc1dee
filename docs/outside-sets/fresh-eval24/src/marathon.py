# marathon = city marathon / road-race organising office (マラソン大会事務局: entries, bibs, results)
from _common import S, D, M

DOMAIN = "marathon"

SENTS = [
    S("ja", "エントリー規約に同意のうえでお申し込みいただいているのですから、今になって返金をと言われましても困ります。", "c"),
    S("ja", "ナンバーカードの付け方くらいは、同封の説明書をご覧になればおわかりいただけるかと思います。", "c"),
    S("ja", "関門の通過判定は各地点の制限時刻で行っており、25km地点の制限時刻は12時40分です。"),
    S("ja", "完走証の再発行には、所定の手数料がかかります。", "v"),
    S("ja", "手荷物は、スタートの少し前までにお預けください。", "v"),
    S("ja", "当日は受付でこのメールの画面を見せてください。", "ir"),
    S("ja", "計測チップが反応しないと記録が残らないため、シューズの紐に確実に結びつけてください。", "i"),
    S("ja", "エントリー時にご登録のメールアドレスを、念のため教えていただけますか。", "r"),
    S("ja", "コースの変更があるかどうかは、まだ何とも言えません。", "u"),
    S("ja", "給水所の紙コップが足りなかったとのことですが、ほかのランナーの方からは特に苦情は出ておりません。", "d"),
    S("ja", "大会が中止となった場合は、参加費から事務手数料1,500円を差し引いた額を、中止決定から30日以内に返金します。"),
    S("ja", "雨天時の実施判断は、前日18時に公式サイトとメールでお知らせします。"),
    S("ja", "記録の訂正には計測会社での照合が必要なため、ゴール地点の写真をお持ちでしたら添えていただけますか。"),
    S("ja", "ご本人の参加案内はがきをお持ちいただければ、ご家族の方による代理受付も可能です。"),

    S("en", "Your race pack will arrive sometime before the event.", "v"),
    S("en", "Pin your bib to the front of your shirt.", "ir"),
    S("en", "We can't say if the course will change.", "u"),
    S("en", "Headphones are only allowed in the wave 5 corral, so we can't make an exception, but you can switch to wave 5 at bib pickup."),
    S("en", "Complaints about the baggage tent aren't something we deal with.", "d"),
    S("en", "If the race is cancelled because of weather, we refund the entry fee minus a $12 processing fee within 30 days."),
    S("en", "Could you send the photo of the finish clock? The timing company needs it to correct your result."),
]

DRAFTS = [
    D("ja", "【重要】前日受付の時間が変更になりました（11月15日）", """
湘南みなとマラソン2025 にエントリーの皆さま

大会事務局です。11月15日（土）の前日受付の終了時刻を、19時から17時に変更いたします。17時までに会場へお越しになれない方は、大会当日6時30分からの当日受付をご利用ください。

会場の体育館で夜間の工事が入ることになり、施設側から利用時間の短縮を求められたためです。
ご予定を組み直していただく方には、ご不便をおかけし申し訳ございません。

当日受付の場所は、スタート地点横の白いテントです。ナンバーカード引換証（このメールの画面でも可）をご提示ください。

湘南みなとマラソン 大会事務局
受付時間：平日10時〜17時
"""),
    D("ja", "ナンバーカード番号のお知らせ", """
{runner_name} 様

湘南みなとマラソン2025へのエントリー、ありがとうございます。
あなたのナンバーカード番号は {bib_no} です。

ナンバーカードと計測チップは、11月15日（土）の前日受付でお渡しします。
ご本人確認のため、受付の際はこのメールの画面をご提示ください。

大会事務局
""", "P"),
    D("ja", "大会事務局より", """
ボランティアスタッフの皆さま

先日は大会説明会にご参加いただき、ありがとうございました。
今年は過去最多の1万2千人がエントリーし、沿道の応援も例年以上になりそうです。
昨年の大会では、給水所で声をかけてくださったボランティアの皆さまに、ランナーから多くの感謝の声が届きました。
今年も、ランナーの皆さまにとって忘れられない一日になるよう、一緒に盛り上げていければと思います。

さて、当日の配置表を作成するため、担当場所の希望を10月20日までに専用フォームからご提出ください。

大会事務局 ボランティア担当
""", "F"),
    D("ja", "記録訂正のご依頼について（10kmの部 ナンバー5127）", """
佐々木 健一 様

大会事務局です。記録訂正のご依頼をいただき、ありがとうございます。
ご指摘のとおり、ゴール時の計測に漏れがあったことを確認しましたので、公式記録を「52分08秒」に訂正いたしました。

フィニッシュライン上のマットの一部がゴール直前の人の流れでずれ、約3分間、通過したランナーの一部が計測されていなかったことが原因です。
訂正後の記録は公式サイトの記録検索にすでに反映されており、完走証も本日付で再発行して郵送いたしました。

ご心配とお手数をおかけし、申し訳ございませんでした。次回からは、マットの固定を強化し、ゴール付近に計測担当を常駐させます。

湘南みなとマラソン 大会事務局
"""),

    D("en", "Your refund request (bib 3318)", """
Dear Ms Carter,

Thank you for letting us know you can't run this year because of your injury - we hope the recovery goes well.

As you withdrew before 1 October, you are entitled to a refund of your entry fee minus the $12 processing fee. Your refund will be processed in due course.

If you'd rather defer your place to next year instead, just reply to this email and we'll switch it over.

Best wishes,
Harbour City Marathon team
""", "v"),
    D("en", "Apology: wrong finish times published on Sunday", """
Dear runners,

On Sunday evening we published half-marathon results that showed finish times about four minutes too slow for everyone who started in waves C and D. We're sorry; we know many of you were checking for a personal best.

The cause was a setting in the timing software: waves C and D were timed from the gun of wave A instead of from their own start.

The corrected results went live on Monday at 10 am, and certificates now show the right times. You don't need to do anything; if you already downloaded a certificate, simply download it again.

From next year, the timing company will check each wave's start time against the start-line camera before any results are published.

Apologies again,
Harbour City Marathon team
"""),
]

MAILS = [
    M("ja", "預けた荷物に薬が入っています", """
大会事務局さま

本日のフルマラソンに出場した者です。
手荷物預かりに預けたリュックを受け取らないまま、友人の車で帰ってきてしまいました。
リュックの中に、毎朝飲んでいる血圧の薬が入っています。明日の朝の分からもう手元にありません。

ナンバーは7741、リュックは紺色で、白いタオルを結んであります。
今日中に受け取りに行けるのか、もう会場は閉まっているのか、どうしたらよいか教えてください。

古川 正
携帯 080-xxxx-2290
""", "high", "anxious"),
    M("ja", "エントリー取消の通知について", """
大会事務局 御中

本日、「参加費の入金が確認できないためエントリーを取り消しました」というメールが届きました。
参加費は9月3日にクレジットカードで支払っており、カード明細にも請求が載っています。

このことは一昨日と昨日、問い合わせフォームから2回ご連絡しましたが、お返事がありません。
大会は今週の日曜日です。このまま出場できないのであれば、これまでの練習はいったい何だったのでしょうか。
取消が誤りであること、当日出場できることを、はっきりお知らせください。

エントリー番号 F-20577
岩田 浩二
""", "high", "angry"),
    M("ja", "リレーの部 メンバー変更について", """
事務局 ご担当者様

リレーの部にエントリーしている「チーム坂の上」の代表、長尾です。
メンバーの一人が先週末に足首を骨折し、出場できなくなりました。
要項に「メンバー変更は大会5日前の正午まで」とありますので、明日の12時が締切かと思います。

代わりの走者の氏名・生年月日などは下記のとおりです。この内容で変更手続きをしていただけますでしょうか。

新メンバー：森本 翔太（1994年3月2日生）
走る区間：第3区

長尾
""", "high", "neutral"),
    M("ja", "ペースランナーについて", """
はじめてフルマラソンに出ます。
４時間３０分のペースランナーは
いますか？ いる場合、スタートの
ブロックはどこになりますか。
よろしくお願いします。

iPhoneから送信
""", "normal", "neutral"),
    M("ja", "記録", """
違ってます
""", "normal", "neutral", True),
    M("ja", "トイレについて", """
今年の大会、スタート前のトイレの列が40分待ちでした。
結局スタートの号砲に間に合わず、最後尾から走ることになりました。
毎年アンケートに書いていますが、一向に改善される気配がないのはどういうことでしょうか。
参加費は年々上がっているのに、不満ばかりが残ります。
来年は本気で考えていただきたいです。
""", "low", "angry"),
    M("ja", "持病があっても参加できますか", """
大会事務局さま

2月の大会にエントリーを考えている58歳の者です。
3年前に不整脈の治療を受けており、今は主治医からも軽いジョギングは問題ないと言われています。
ただ、フルマラソンは初めてで、途中で具合が悪くなったときにどうなるのか不安です。

コース上に救護所やAEDはどのくらいありますか。また、申し込みの際に持病のことを書いておいたほうがよいのでしょうか。

坂田
""", "normal", "anxious"),
    M("ja", "参加賞Tシャツのサイズ変更", """
お世話になります。
エントリー時に参加賞TシャツをLで申し込みましたが、Mに変更できますでしょうか。
まだ変更の受付期間内でしたらお願いしたいです。

エントリー番号：H-10332
今井 奈央
""", "normal", "neutral"),
    M("ja", "ボランティアの皆さんへ", """
昨日のハーフの部を走った者です。
25km地点…じゃなくて、15km地点あたりで足がつってしまったとき、給水所の高校生ボランティアの方がすぐにスプレーを持ってきてくれて、おかげで完走できました。
名前も聞けなかったのですが、どうかよろしくお伝えください。
来年もまた走りに行きます！
""", "low", "positive"),
    M("ja", "完走証の再発行について", """
大会事務局 御中

いつもお世話になっております。
昨年の大会の完走証を紛失してしまいました。
会社の健康増進制度で提出が必要になり、今月末（6月30日）が提出期限です。
再発行をお願いできますでしょうか。手数料がかかる場合はお支払い方法も教えてください。

ナンバー 2208
渡辺 由紀
""", "normal", "neutral"),

    M("en", "Racing wheelchair hasn't arrived", """
Hi,

I'm entered in the wheelchair division on Saturday (bib W12). As arranged with your athlete services team, I shipped my racing chair through your logistics partner two weeks ago, to be delivered to the athlete hotel.

The tracking hasn't updated since it left the depot on the 3rd, and the hotel has nothing. I can't race in my day chair. If it isn't located by Thursday there's no way to get a replacement in time, and I'll have travelled across the country for nothing.

Is there anyone who can look into where it is?

Thanks,
Alex Moreno
""", "high", "anxious"),
    M("en", "Name on my bib", """
Hi,

You've printed my name as "Kathryn Smyht" on the bib that arrived today. Slightly impressive, given your form made me type it twice to confirm.

Can I get it reprinted before race day, or should I just bring a marker?

Kathryn Smyth
""", "normal", "angry"),
    M("en", "Deferral to next year", """
Hello,

I've been offered a work trip that clashes with race weekend. Is it possible to defer my entry to next year's race, and if so, is there a fee?

Regards,
Daniel Osei
""", "normal", "neutral"),
    M("en", "Parking near the start", """
Hi there,

Is there any parking near the start line, or should we plan to use the park-and-ride? We'll be coming with two kids who want to cheer at the start.

Thanks,
Ruth
""", "normal", "neutral"),
    M("en", "Great race!", """
Just wanted to say thank you for Sunday. The course was beautiful, the water stations were brilliantly run, and the crowd at mile 20 carried me home. First marathon and I'm already looking at next year.

Sophie
""", "low", "positive"),
]

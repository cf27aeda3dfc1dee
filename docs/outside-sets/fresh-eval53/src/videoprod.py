# videoprod = corporate video production company (映像制作: recruiting films, event openers, product videos; shoot, edit, deliver)
from common import S, D, M
DOMAIN = "videoprod"

SENTENCES = [
    S("ja", "初稿は撮影日から10営業日後の6月20日にお送りし、修正は2回まで料金に含まれております。"),
    S("ja", "修正が3回を超える場合は、追加費用が少し発生します。", "v"),
    S("ja", "出演者の方の肖像権の同意書を回収してください。", "i r"),
    S("ja", "公開後のトラブルを防ぐため、出演される社員の方の同意書を、撮影日までにご回収いただけますか。"),
    S("ja", "BGMの著作権がどうなっているかは、こちらではお答えできません。", "u"),
    S("ja", "ご指摘のカットは監督の意図どおりですので、専門外の方には分かりにくいかもしれません。", "c"),
    S("ja", "納品は月末頃になります。", "v"),
    S("ja", "絵コンテは確認済みのはずですので、今になって変更と言われても困ります。", "c"),
    S("ja", "ロゴデータはAI形式で送ってください。", "i r"),
    S("ja", "拡大しても粗くならないよう、ロゴはAI形式かSVG形式でお送りいただけますか。"),
    S("ja", "他社で撮影された素材の編集は、承っておりません。", "d"),
    S("ja", "字幕の英訳を外注した場合の費用はまだ分かりませんが、明日の午前中に見積もりを取り、15時までにお伝えします。"),
    S("ja", "音声のノイズが取りきれるかどうかは、何とも言えません。", "u"),
    S("ja", "撮影が雨で中止になった場合の振替日として9月19日と26日を押さえており、どちらも追加料金はかかりません。"),
    S("en", "Could you send over your brand guidelines?", "r"),
    S("en", "The first cut will be with you soon.", "v"),
    S("en", "As we explained at the kick-off, changes after picture lock cost extra, so this shouldn't be news to you.", "c"),
    S("en", "We don't know yet whether the drone shots are allowed.", "u"),
    S("en", "The drone permit application went in on Monday; the authority replies within five working days, and we'll tell you the outcome the same afternoon."),
    S("en", "How your team uses the video after delivery is your business, not ours.", "d"),
    S("en", "To keep the interview audio clean, could you book a quiet meeting room for the shoot?"),
]

DRAFTS = [
    D("ja", "【ご確認のお願い】採用動画 初稿（6月27日までにご返信ください）", """
株式会社みどり製薬
人事部 山下様

いつもお世話になっております。フレームワークスの制作担当、久保田です。
採用動画の初稿ができましたので、ご確認をお願いいたします。

視聴URL：https://example.com/review/mdr-0620（パスワードは別メールでお送りします）
尺：2分30秒

7月10日の公開に間に合わせるため、修正のご指示を6月27日（金）までにいただけますでしょうか。
ご指示は、動画の時間（例：1分12秒）とあわせて箇条書きでお送りいただけると、取り違えなく反映できます。
修正は2回まで料金に含まれております。

株式会社フレームワークス
久保田 亮
"""),
    D("ja", "納品データの音ズレについてのお詫び", """
株式会社北斗建設
広報部 長尾様

フレームワークスの久保田です。

昨日納品した会社紹介動画で、後半の社長インタビューの音声が映像より0.5秒ほど遅れておりました。
ご確認の手間をおかけし、大変申し訳ございません。

原因は、書き出しの際に、修正前の音声ファイルを参照したまま処理してしまったことでした。
本日、正しい音声で書き出し直したデータをお送りしましたので、差し替えをお願いいたします。
今後は、書き出したデータを納品前に別の担当者が最初から最後まで視聴して確認する手順を必須といたします。

株式会社フレームワークス
久保田 亮
"""),
    D("ja", "撮影当日の流れのご案内（9月12日）", """
株式会社グリーンテック
総務部 原様

フレームワークスの久保田です。
9月12日（金）の会社紹介動画の撮影について、当日の流れをお送りします。

8:30 スタッフ到着・機材搬入（正面玄関から入らせていただきます）
9:00〜11:30 工場内の撮影
13:00〜15:00 社員インタビュー（3名、各30分）
15:30 撤収

インタビューの声をきれいに録るため、会議室の空調を13時から15時の間だけ止めていただくことは可能でしょうか。
雨天でも屋内の撮影は予定どおり行い、屋外の外観カットのみ別日に撮影します。

株式会社フレームワークス
久保田 亮
"""),
    D("en", "Your conference opener - final files", """
Hi Jess,

The final version of your conference opening video is ready to download here: https://example.com/dl/ps-opener (link valid for 30 days).

You'll find two files: a 1080p MP4 for the venue's playback system and a 4K master for your archive. The venue's AV team asked for 16:9 with stereo audio, and both files match that.

If anything doesn't play on the venue's system at the tech check on Wednesday, call me on 07700 900612 and I'll re-export on the spot.

Best,
Tom
Brightcut Films
"""),
]

MAILS = [
    M("ja", "high", "angry", "テロップの社名の誤りについて", """
フレームワークス 久保田様

昨日納品いただいた会社紹介動画ですが、冒頭のテロップで当社の社名が「北斗建築」になっています。
正しくは「北斗建設」です。
この点は初稿のときにも二稿のときにも指摘しており、今回で3回目です。

この動画は明日10時からの株主総会の冒頭で上映します。
社名を間違えた動画を株主の前で流すわけにはいきません。

今日の18時までに修正版を送っていただけるのか、すぐにご回答ください。

株式会社北斗建設 広報部
長尾 真一
"""),
    M("ja", "high", "anxious", "公開した動画に映ってはいけない社員が映っています", """
フレームワークス ご担当者様

みどり製薬 人事部の山下です。

先週公開した採用動画の、社員食堂のシーン（1分05秒あたり）の奥に、ある社員が映り込んでいることが分かりました。
詳しくは申し上げられませんが、その社員は事情があって、所在を知られてはいけない状況にあります。
本人は撮影に同意しておらず、映っていることも今日知りました。

動画はすでに当社サイトと動画サイトに公開されています。
本人の身の安全に関わることなので、どうすればいいのか混乱しています。
該当部分を消した版を、今日中に作っていただくことはできますでしょうか。

山下 絵美
"""),
    M("ja", "high", "neutral", "明後日の撮影会場について", """
フレームワークス 久保田様

グリーンテックの原です。
明後日9月12日に撮影を予定していた第2工場ですが、本日設備の不具合が見つかり、12日は生産ラインを止めて点検をすることになりました。
そのため、工場内の撮影はできなくなりました。

インタビューの3名は予定どおり対応できます。
工場の撮影だけ別の日に移すか、全体を延期するか、本日中にご相談させていただけますか。
会社案内の公開日（10月1日）は変えられません。

株式会社グリーンテック 総務部
原 亜紀
"""),
    M("ja", "normal", "neutral", "商品紹介動画のお見積もり依頼", """
株式会社フレームワークス 御中

はじめてご連絡いたします。
キッチン用品メーカー、株式会社カトウの販促担当、加藤と申します。

新商品のフライパンの紹介動画（1分程度、ECサイトとSNS用）の制作をお願いしたいと考えております。
撮影はスタジオで、調理シーンを中心に想定しています。
概算のお見積もりと、制作期間の目安を教えていただけますでしょうか。

株式会社カトウ 販売促進部
加藤 美咲
"""),
    M("ja", "normal", "angry", "修正回数の数え方について", """
久保田様

追加費用のご連絡をいただきましたが、納得できません。
2回目の修正でお願いした内容が反映されていなかったので、もう一度同じ指示を出しただけです。
それを「3回目の修正」として追加料金を請求されるのは、さすがにおかしくありませんか。

見積書のどこに、そういう数え方をすると書いてあるのか教えてください。

株式会社カトウ 加藤
"""),
    M("ja", "normal", "anxious", "初めての動画制作で社内の説明が心配です", """
フレームワークス 久保田様

先日はお打ち合わせありがとうございました。
実は、当社で外部に動画を発注するのは初めてで、私が社内の取りまとめをすることになりました。

経営陣からは「費用に見合う効果があるのか」と厳しく聞かれそうで、
どのように説明すればよいのか、正直不安です。
他社様の事例で、公開後の反響などをご紹介いただける資料があれば、拝見できないでしょうか。

株式会社グリーンテック 原
"""),
    M("ja", "normal", "neutral", "データ", """
データください
""", terse=True),
    M("ja", "normal", "neutral", "請求書の分割について", """
フレームワークス 経理ご担当者様

お世話になっております。みどり製薬 人事部の山下です。
採用動画の制作費ですが、社内の予算の都合で、撮影費と編集費の2通に分けて請求書を発行していただくことは可能でしょうか。
合計金額に変更はございません。

山下
"""),
    M("ja", "low", "positive", "動画の反響について", """
久保田様

先月公開した会社紹介動画ですが、採用説明会で流したところ、学生さんから「雰囲気が伝わった」という声を多くいただきました。
社員の間でも評判がよく、自分の部署も撮ってほしいという声まで出ています。
素敵な動画をありがとうございました。

北斗建設 長尾
"""),
    M("ja", "low", "neutral", "創業50周年の動画について", """
お世話になっております。
当社は再来年に創業50周年を迎えるため、記念の動画を作りたいという話が出ています。
時期も内容もまだ何も決まっていないのですが、どのくらい前から準備を始めるのが一般的か、参考までに教えていただけますか。

株式会社カトウ 加藤
"""),
    M("en", "high", "neutral", "Download link expired - opener plays at 9am tomorrow", """
Hi Tom,

Our AV team has just tried to download the conference opener from the link you sent last month, and it says the link has expired. The conference opens at 9am tomorrow with that video, and the venue needs the file loaded on their system by 6pm today for the tech check.

Could you re-send a working link this afternoon?

Thanks,
Jess Parker
Events, Parkside Software
"""),
    M("en", "normal", "anxious", "Copyright claim on our product video", """
Hi Tom,

We've just had a copyright claim on YouTube against the product video you made for us, apparently for the background music. The video is still up but it says the claimant may take further action.

I don't really understand what this means for our channel, or whether we've done something wrong. We used the track you licensed, as far as I know. Could you take a look and tell me whether I should be worried?

Thanks,
Olu
"""),
    M("en", "normal", "angry", "Charge for the 'extra' revision", """
Tom,

You've invoiced us £450 for a third round of revisions. The third round only existed because two of our second-round notes were not applied. Asking for the same change twice is not a new revision.

I'd like the charge removed. I'm happy to go through the notes line by line if that helps.

Jess
"""),
    M("en", "normal", "neutral", "move", """
Can we move it?
""", terse=True),
    M("en", "low", "neutral", "Ideas for next year's recruitment video", """
Hi Tom,

We're starting to think about a new recruitment video for next autumn. Nothing's been budgeted yet, but could you send over two or three examples of similar work you've done? Whenever you have a moment.

Best,
Olu
"""),
]

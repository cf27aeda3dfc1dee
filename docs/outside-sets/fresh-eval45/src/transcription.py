# transcription = audio transcription and meeting-minutes service (ことのは速記 / Kotonoha Transcripts)
from common import s, d, m

DOMAIN = "transcription"

SENTENCES = [
    s("ja", "90分の音声の文字起こしは、ケバ取りありで3営業日以内に納品いたします。"),
    s("ja", "音質が悪いのは録音されたそちらの問題ですので、聞き取れない箇所が多くても料金は変わりません。", ["condescending"]),
    s("ja", "話者の名前と役職をまとめて送ってください。", ["imperative", "request_without_reason"]),
    s("ja", "特急（翌営業日納品）の場合は、通常料金の1.5倍となります。"),
    s("ja", "録音データは納品から30日後に削除いたしますので、必要な場合はそれまでにダウンロードをお願いします。"),
    s("ja", "話者の聞き分けができていない理由は、担当者が不在のためわかりません。", ["unknown_without_followup"]),
    s("ja", "発言の中身が正しいかどうかについてのご指摘は、当社の業務の範囲外です。", ["dismissive"]),
    s("ja", "納品形式は、Word、テキスト、字幕用のSRTからお選びいただけます。"),
    s("ja", "追加分のお見積もりは、後日お送りします。", ["vague"]),
    s("ja", "社外秘の会議とのことですので、弊社から秘密保持契約書をお送りします。ご署名のうえご返送いただけますでしょうか。"),
    s("ja", "方言の多い音声に対応できるかどうかは、やってみないとわかりません。", ["unknown_without_followup"]),
    s("ja", "英語の部分は対象外です。", ["dismissive"]),
    s("ja", "専門用語の一覧があれば、表記ゆれを防げますので、共有いただけると助かります。"),
    s("en", "Upload the audio again.", ["imperative", "request_without_reason"]),
    s("en", "Turnaround is usually pretty quick.", ["vague"]),
    s("en", "If you had used a proper microphone, we wouldn't have so many inaudible sections.", ["condescending"]),
    s("en", "Speaker identification isn't part of what we do.", ["dismissive"]),
    s("en", "Your 45-minute interview will be delivered as a Word file by 5 pm on Thursday."),
    s("en", "We're unable to comment on accuracy.", ["unknown_without_followup"]),
    s("en", "Since the recording includes patient names, could you confirm that you have consent to share it? We can only process medical audio once that's in place."),
]

DRAFTS = [
    d("ja", "議事録納品遅れのお詫び",
      "株式会社東邦ホールディングス\n総務部 小西様\n\nことのは速記の山口でございます。\n"
      "11月12日の取締役会の議事録について、お約束の15日に納品できず、大変申し訳ございませんでした。\n\n"
      "担当者が体調不良で休み、引き継ぎの連絡が社内で行き届いていなかったことが原因です。\n"
      "本日16日の10時に、議事録（Word形式）をお送りいたしました。今回の料金からは特急対応分を差し引いております。\n\n"
      "今後は、案件ごとに主担当と副担当の2名を置き、納期の前日に副担当が進み具合を確認する体制に改めました。\n\n"
      "ことのは速記 山口 千尋\n"),
    d("ja", "文字起こしのお見積もり（インタビュー音声3本）",
      "佐藤様\n\nことのは速記の山口です。お問い合わせありがとうございます。\n"
      "インタビュー音声3本（合計約150分）の文字起こしのお見積もりは次のとおりです。\n\n"
      "・ケバ取りあり：1分あたり200円 × 150分 ＝ 30,000円（税別）\n・納期：音声をお受け取りしてから4営業日\n\n"
      "ご依頼いただける場合は、このメールにご返信ください。音声のアップロード用URLをお送りします。\n\nことのは速記 山口\n"),
    d("ja", "音声データ紛失について",
      "小西様\n\nことのは速記の山口です。\n"
      "お預かりしていた株主総会の音声データの一部が、社内のサーバー移行の際に失われていたことが判明いたしました。\n"
      "バックアップから復元を試みたところ、約20分を除いて復元できております。\n"
      "今後は、サーバー移行の前に全データの照合を行う手順を追加いたします。\n\n"
      "ことのは速記 山口\n",
      ["apology_incomplete"]),
    d("en", "Quick update",
      "Hi Laura,\n\nHope the conference went well! It sounded like a great programme. "
      "Our team has been busy this month with a lot of academic interviews, and we've just brought on two new Spanish transcribers, which we're excited about.\n\n"
      "On your panel recordings: track 3 cuts off after 12 minutes. If you have a backup, could you send it over so we can include it? Otherwise we'll deliver tracks 1–2 and the first 12 minutes of track 3 on Friday.\n\n"
      "Cheers,\nChihiro\n",
      ["purpose_not_upfront"]),
    d("en", "Your transcripts for {PROJECT_NAME} are ready",
      "Hello,\n\nThe transcripts for your project are ready to download here: {DOWNLOAD_LINK}\nThe link expires in 14 days.\n\n"
      "Kotonoha Transcripts\n",
      ["placeholder_left"]),
]

MAILS = [
    m("ja", "裁判に提出する反訳書について",
      "ことのは速記　ご担当者様\n\n弁護士の依頼で、録音データの反訳書をお願いしている者です。\n"
      "裁判所への証拠提出の期限が今週金曜日で、弁護士からは木曜の午前中までに反訳書が必要と言われています。\n"
      "注文時には「水曜納品」と伺っていましたが、まだ届いていません。\n"
      "本当に間に合うのか不安でたまりません。進み具合を教えていただけますか。\n\n"
      "河合\n",
      "high", "anxious"),
    m("ja", "誤って別の会社の議事録が届きました",
      "ことのは速記 御中\n\n本日届いた議事録のファイルを開いたところ、当社ではなく、まったく別の会社の取締役会の議事録でした。\n"
      "役員の報酬や人事の話まで書かれています。\nということは、当社の議事録も別の会社に送られている可能性があるのではないですか。\n"
      "どこに送ったのか、本日中に確認して報告してください。\n\n株式会社東邦ホールディングス 総務部 小西\n",
      "high", "angry"),
    m("ja", "明日の記者会見の速報用文字起こし",
      "山口様\n\nお世話になっております。\n明日14時からの記者会見の文字起こしですが、会見の終了後２時間以内に全文をウェブに掲載することになりました。\n"
      "当初は翌日納品でお願いしていましたが、当日の16時半までに納品していただくことは可能でしょうか。\n\n"
      "広報部 井上\n",
      "high", "neutral"),
    m("ja", "料金について質問",
      "はじめまして。\n大学の研究でインタビューを８本（各６０分ほど）録音しました。\n"
      "学生向けの割引はありますか。また、方言（津軽弁）が多いのですが対応できますか。\n\n"
      "弘前学院大学 大学院 木村\n",
      "normal", "neutral"),
    m("ja", "納品物の品質について",
      "山口様\n\n先日納品いただいた座談会の文字起こしですが、発言者の名前が半分近く入れ替わっています。\n"
      "こちらで一から聞き直して直すことになり、丸一日かかりました。\n"
      "これでは外注している意味がありません。料金についてご説明をいただけますか。\n\n"
      "編集部 長谷部\n",
      "normal", "angry"),
    m("ja", "音声の取り扱いについて",
      "ことのは速記様\n\nカウンセリングの記録音声の文字起こしを検討しています。\n"
      "相談者のプライバシーにかかわる内容なので、作業される方が内容をどこまで見るのか、\nデータがどこに保存されるのかがとても気になっています。\n"
      "情報の管理方法を教えていただけますか。\n\n心理相談室 ひなた 中島\n",
      "normal", "anxious"),
    m("ja", "Re: ご依頼の件", "あれ、どうなってますか。\n", "normal", "neutral", True),
    m("ja", "定期契約について",
      "お世話になっております。\n毎月の定例会議（９０分）の議事録作成を、年間契約でお願いすることはできますか。\n"
      "今は都度依頼しているので、まとめたほうが安くなるのであれば検討したいです。\n\n広報部 井上\n",
      "normal", "neutral"),
    m("ja", "ありがとうございました",
      "山口様\n\n祖父の戦争体験の録音を文字にしていただき、ありがとうございました。\n聞き取りにくい方言まで丁寧に起こしてくださり、家族みんなで読んで泣きました。\n"
      "本当に感謝しています。\n\n河原\n",
      "low", "positive"),
    m("ja", "来年度の予算について",
      "ことのは速記　ご担当者様\n\n来年度の予算を組むにあたり、議事録作成の年間の概算をいただけますか。\n"
      "会議は月２回、各２時間程度です。年明けの予算会議までに分かればよいので、お急ぎいただかなくて大丈夫です。\n\n"
      "市民活動センター 事務局 伊東\n",
      "low", "neutral"),
    m("en", "Transcript needed for tribunal on Monday",
      "Hi,\n\nI'm representing myself at an employment tribunal on Monday at 10 am, and the judge has ordered me to provide a transcript of the recorded meeting by Friday 4 pm. "
      "I uploaded the file on Tuesday and paid for the 48-hour service, but I haven't received anything. If I miss the deadline the recording may be excluded. "
      "Please tell me where it is.\n\nDaniel Price\n",
      "high", "anxious"),
    m("en", "Names spelled wrong AGAIN",
      "Hi Chihiro,\n\nFor the second month running, half of our board members' names are misspelled in the minutes, even though I sent you the list. "
      "I had to fix 40 instances by hand. What exactly am I paying for?\n\nLaura Fischer\nCompany Secretary\n",
      "normal", "angry"),
    m("en", "Timestamps",
      "Hello,\n\nCan you add timestamps every 30 seconds to the transcripts? We need them to sync with video editing software. Is there an extra charge?\n\nKind regards,\nMei\n",
      "normal", "neutral"),
    m("en", "Podcast transcripts",
      "Hi there,\n\nI run a weekly podcast (about 50 minutes per episode). Would you offer a monthly rate for four episodes? We publish on Fridays, so delivery by Thursday would be ideal.\n\nThanks,\nJordan\n",
      "normal", "neutral"),
    m("en", "Archive formats",
      "Hi team,\n\nFor a project we might start next year, can you deliver transcripts as XML following the TEI guidelines? It's only exploratory, so answer whenever suits.\n\nProf. Alice Monroe\n",
      "low", "neutral"),
]

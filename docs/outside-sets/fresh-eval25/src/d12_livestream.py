from common import s, d, m
DOMAIN = "livestream"
MEANING = "event live-streaming production (webinars, shareholder meetings, galas: cameras, switching, streaming URLs, archives)"

SENTS = [
    s("ja", "配信URLは本番の3日前までにお送りし、前日の17時からのテスト接続にご参加いただけます。"),
    s("ja", "回線が落ちたのは会場のWi-Fiが原因で、当社のミスではありません。", "C"),
    s("ja", "登壇資料はPDFで送ってください。", "IR"),
    s("ja", "視聴者数が多い場合は、料金が多少上がる可能性があります。", "V"),
    s("ja", "アーカイブの編集がいつ終わるかは、現時点では未定です。", "U"),
    s("ja", "アーカイブ動画の字幕は、編集作業が混み合っているため、納品から5営業日以内にお届けします。"),
    s("ja", "カメラを増やしてほしいとのことですが、当日になって言われても無理なものは無理です。", "CD"),
    s("ja", "登壇者の方のマイクテストを行いたいので、開演30分前にステージ袖へお越しいただけますか。"),
    s("ja", "画質が悪いと感じられるのは視聴者側の回線の問題ですので、うちは関係ありません。", "D"),
    s("ja", "素材のご提出は、できるだけ早くお願いします。", "VR"),
    s("ja", "Zoomの使い方くらいは、事前に覚えておいていただかないと困ります。", "C"),
    s("ja", "ご請求金額は、撮影3時間・カメラ2台・スイッチャー1名で198,000円（税別）です。"),
    s("ja", "海外からの視聴については、配信プラットフォームの仕様まで確認できておらず、何とも申し上げられない状況です。", "U"),
    s("en", "We'll send the stream key 48 hours before the event and run a full test with your speakers the day before at 4 p.m."),
    s("en", "Upload the slides to the shared folder.", "IR"),
    s("en", "The stream dropped because your venue's internet is weak, which is not our fault.", "C"),
    s("en", "I don't have a date for the highlights yet because the edit depends on your speakers' approvals; I'll send you a delivery date by Monday."),
    s("en", "I can't tell you yet whether captions will work in the replay.", "U"),
    s("en", "Please finalise the speaker list by Wednesday, because our graphics team builds the name captions from it."),
]

DRAFTS = [
    d("ja", "配信について", """
株式会社オルカ　経営企画部　千葉様

ライブキャストの今野です。
先日はお打ち合わせのお時間をいただき、ありがとうございました。
当日の会場は天井が高く、音の響きがよいので、登壇者の声もきれいに届くと思います。
カメラは3台で、正面・引き・登壇者アップの構成を予定しております。

ところで、登壇者4名分のスライドデータを、明日の18時までにお送りいただけますでしょうか。スイッチャーに取り込んで、切り替えの練習をしておくためです。

引き続きよろしくお願いいたします。
ライブキャスト　今野
""", "N"),
    d("ja", "【お詫び】11月22日の配信中断について", """
株式会社オルカ　経営企画部　千葉様

ライブキャストの今野です。
11月22日の決算説明会の配信が、14時12分から14時41分までの29分間中断いたしました。株主の皆様にご覧いただく大切な場で、多大なご迷惑をおかけしましたことを深くお詫び申し上げます。

原因は、当社が持ち込んだ配信用エンコーダーの熱による停止でした。予備機への切り替え手順が当日のスタッフに共有されておらず、復旧に時間がかかりました。
中断した部分は、当日のうちに録画から編集したアーカイブ動画を公開しております。また、今回の制作費198,000円のうち、配信運用費の66,000円はご請求いたしません。

今後は、エンコーダーを常に2台並行で動かして瞬時に切り替えられる構成とし、現場スタッフ全員で事前に切り替えの訓練を行ってまいります。

このたびは誠に申し訳ございませんでした。
ライブキャスト　今野
"""),
    d("ja", "配信URLと当日のスケジュールのご案内（12月5日 オンラインセミナー）", """
一般社団法人みどり会議　事務局　堀内様

ライブキャストの今野です。
12月5日（木）のオンラインセミナーの配信URLと、当日のスケジュールをお送りします。

視聴者用URL：https://live.example.jp/mdr1205
登壇者用URL：別途、登壇者の皆様へ個別にお送りします

12:30　スタッフ集合・機材設営
13:30　登壇者の方の接続テスト
14:00　配信開始
16:00　配信終了

視聴者用URLは、参加申込者の方へ12月3日までに事務局からお送りいただけますでしょうか。前日に送ると迷惑メールに振り分けられる例が多いためです。

ライブキャスト　今野
"""),
    d("ja", "お見積もりの送付（ハイブリッド株主総会）", """
株式会社カナメ　総務部　大橋様

ライブキャストの今野です。
6月26日の株主総会のライブ配信について、お見積もりを添付いたします。

合計は税別385,000円で、カメラ3台、音声卓、配信エンジニア2名、事前リハーサル1回を含んでおります。
質疑応答でオンラインの株主様からの質問を受け付ける場合は、質問を読み上げる司会の方の席をご用意いただく必要があるため、会場の配置図をいただけますと、席の位置をご提案できます。

ご検討のほど、よろしくお願いいたします。
ライブキャスト　今野
"""),
    d("en", "Re: Playback stuttering for remote viewers", """
Hi Greg,

Thanks for passing on the viewer complaints from last night's town hall.

Our stream went out at a steady 6 Mbps the whole evening, so if some people saw stuttering, that's down to their own connections and isn't something we can look into. We'd suggest telling them to use a better network next time.

The recording will be in your shared folder by Friday.

Best,
Nina
Streamline Events
""", "D"),
]

MAILS = [
    m("ja", "昨日の配信の中断について（再三のご連絡です）", """
ライブキャスト　ご担当者様

株式会社オルカの千葉です。
昨日の決算説明会のライブ配信が、途中で30分近く止まりました。
株主の方から「肝心のところが見られなかった」という問い合わせが、今朝から何件も来ています。
本日中に株主向けの経緯説明を公表しなければなりませんが、原因が分からないため書けずにいます。

昨日の夜から担当の今野さんに何度もお電話していますが、まったくつながりません。
本日15時までに、原因と経過をまとめたものをお送りください。

株式会社オルカ　経営企画部　千葉
""", "h", "an"),
    m("ja", "今夜19時の配信　登壇者の接続テストについて", """
ライブキャスト　今野様

お世話になっております。みどり会議の堀内です。
今夜19時からのオンライン配信の件で確認させてください。
登壇者のうちお一人（ロンドン在住の先生）の接続テストがまだ済んでおらず、
登壇者用のURLも先生のところに届いていないようです。
先生の側は現地時間の朝になりますので、こちらの時間で本日16時までには
URLをお送りしたいと考えています。ご対応いただけますでしょうか。

一般社団法人みどり会議　事務局　堀内
""", "h", "ne"),
    m("ja", "有料配信のURLがSNSに出回っています", """
ライブキャスト　今野様

明日の有料オンライン公演（チケット3,500円、約1,200枚販売済み）の視聴URLが、
さきほどSNSに投稿されているのを見つけました。すでに何百回も共有されています。
このままでは、チケットを買っていない人でも見られてしまうのではないでしょうか。
URLを変えることはできるのか、変えた場合は購入者にどう知らせればいいのか…
明日の本番までに何をすればいいのか分からず、手が震えています。

劇団くじら座　制作　松田
""", "h", "ax"),
    m("ja", "配信のお見積もり依頼", """
株式会社カナメ総務部の大橋です。
来年6月の株主総会を、会場とオンラインのハイブリッドで開催したいと考えております。
カメラ3台程度での配信をお願いした場合の概算をいただけますでしょうか。
""", "n", "ne"),
    m("ja", "配信のお礼とアーカイブについて", """
今野様

先日のオンライン公演、無事に終わりました。
映像がとてもきれいで、「劇場で観ているみたいだった」という感想をたくさんいただきました。スタッフ一同、本当に感謝しています。
アーカイブ配信用に、カーテンコールの部分を少し長めに残した版も作っていただくことはできますか。

劇団くじら座　松田
""", "n", "po"),
    m("ja", "はじめてのライブ配信で不安です", """
はじめてご相談します。
来月、地域のお祭りのステージをライブ配信したいと考えているのですが、私たちは配信の経験がまったくありません。
当日に映像が止まったり、音が出なかったりしたらどうしようと、今から心配でたまりません。
どんな準備をしておけばいいのか、教えていただけますか。
""", "n", "ax"),
    m("ja", "アーカイブの納品が遅れています", """
今野様

11月のセミナーのアーカイブ動画ですが、「1週間以内に納品」とのお約束だったのに、もう2週間たっています。
その間、何のご連絡もありません。
参加者から「いつ見られるのか」と聞かれるたびに、こちらが謝っています。
いつ納品していただけるのか、はっきりさせてください。

みどり会議　堀内
""", "n", "an"),
    m("ja", "見積もり", """
見積もりお願いします。
""", "n", "ne", True),
    m("ja", "来年度の予算について", """
来年度の予算取りのために、年4回程度のセミナー配信をお願いした場合のおおよその金額を知りたいです。
予算の締めは２月なので、それまでにいただければ十分です。
""", "l", "ne"),
    m("ja", "配信画面のデザインについての感想", """
先日の配信、ありがとうございました。
一点だけ感想ですが、画面下の字幕の文字がもう少し大きいと、年配の方にも見やすいと思いました。
次回お願いするときの参考にしていただければ。
""", "l", "ne"),
    m("en", "Gala stream Saturday - donations not showing", """
Hi Nina,

Our charity gala streams this Saturday. During yesterday's test, the donation overlay stopped updating, and our finance lead says three test donations of $50 each aren't showing in the payment dashboard either.

If real donations go missing on the night, that's money for the children's ward we can't get back. Could you check whether the overlay and the payment link are actually connected, and tell me by tomorrow noon?

Thanks,
Priya Shah
Events Coordinator, Hope Street Foundation
""", "h", "ax"),
    m("en", "quote", """
Quote pls
""", "n", "ne", True),
    m("en", "Camera operator at our awards night", """
Your camera operator stood in the middle aisle for most of the night. Three of our guests complained they couldn't see the stage, and one of them was a sponsor.

We paid for a professional crew. I expect this to be addressed before we consider booking you again.

Daniel Reyes
""", "n", "an"),
    m("en", "YouTube and LinkedIn at the same time?", """
Hi,

Can you stream to YouTube and LinkedIn Live simultaneously? We have a product launch in about six weeks and want to reach both audiences.

Thanks,
Ben
""", "n", "ne"),
    m("en", "Weddings?", """
Hello,

Do you stream weddings? Ours is in June 2027, so this is very much early research.

Thanks,
Amelia
""", "l", "ne"),
]

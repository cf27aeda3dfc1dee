from common import s, d, m
DOMAIN = "storebgm"
MEANING = "background-music streaming service for shops, cafés and restaurants (B2B subscription, in-store players)"

SENTS = [
    s("ja", "配信が止まった原因につきましては、現在のところ不明です。", "U"),
    s("ja", "契約プランの変更は、管理画面の「プラン」タブからいつでも行えます。変更内容は翌月1日から反映されます。"),
    s("ja", "著作権の手続きは店舗様側のご責任ですので、当社にお問い合わせいただいても困ります。", "CD"),
    s("ja", "受信機の電源を一度抜いて、30秒後に差し直してください。", "IR"),
    s("ja", "受信機の電源を入れ直すと通信がつなぎ直されますので、お手数ですが電源プラグを抜き、30秒ほどおいてから差し直していただけますか。"),
    s("ja", "チャンネルの追加には、若干の追加料金がかかります。", "V"),
    s("ja", "これまでに三度ご案内しておりますが、解約は前月末までのお申し出が必要です。", "C"),
    s("ja", "音量のムラについては仕様ですので、対応の予定はございません。", "D"),
    s("ja", "請求書の宛名を変更される場合は書面の差し替えが必要になるため、新しい宛名とご送付先をお知らせいただけますか。"),
    s("ja", "新しい受信機は近いうちに発送いたします。", "V"),
    s("ja", "契約番号を記入のうえ、申込書を返送しなさい。", "IR"),
    s("ja", "店舗での再生状況を確かめたいので、お手すきの際に今流れている曲名を一つ教えていただけますか。"),
    s("ja", "オフラインでも再生できるかどうかは、私どもでは分かりかねます。", "U"),
    s("ja", "設定の手順が分かりにくく、申し訳ございません。どの画面で止まったかを教えていただければ、次の操作をお電話でご案内します。"),
    s("en", "Our library is refreshed every Monday, and the new playlists show up in your dashboard by 10 a.m."),
    s("en", "If you unplug the player for 30 seconds and plug it back in, it will reconnect and download today's schedule; could you try that and tell me what the screen shows?"),
    s("en", "Nobody here seems to know why your Sunday schedule skipped.", "U"),
    s("en", "If your staff had followed the setup guide, this wouldn't have happened.", "C"),
    s("en", "Licensing for live performances is outside what we do, so we can't help you there.", "D"),
    s("en", "The replacement unit should reach you in a few days.", "V"),
    s("en", "Please send a photo of the label on the back of the player so we can check which model you have."),
]

DRAFTS = [
    d("ja", "【お詫び】11月18日の配信停止について", """
カフェ・ミモザ　佐伯様

いつもサウンドフロアをご利用いただき、ありがとうございます。サポート担当の岡です。
11月18日（月）の午前9時から11時40分まで、全国の店舗で音楽の配信が止まり、開店準備の時間帯にご不便をおかけしました。誠に申し訳ございません。

原因は、配信サーバーの証明書の更新作業が予定どおり行われず、受信機からの接続がすべて拒否されたことでした。
同日11時40分に証明書を更新して配信を再開し、停止時間に相当する分として、11月分のご利用料金から1日分（330円）を差し引いてご請求いたします。

今後は証明書の期限を自動で監視し、期限の30日前と7日前に担当者全員へ通知が届く仕組みに改めました。

ご迷惑をおかけしましたことを重ねてお詫び申し上げます。

株式会社サウンドフロア　サポート　岡
"""),
    d("ja", "配信停止についてのお詫び", """
ベーカリー麦の穂　店長　村上様

サウンドフロアの岡です。
昨日の朝、店内で音楽が流れなくなったとのこと、ご迷惑をおかけして申し訳ございませんでした。

調べましたところ、麦の穂様の受信機に配信している設定データに誤りがあり、再生スケジュールが読み込めなくなっていたことが分かりました。
本日午前中に設定データを正しいものに差し替え、遠隔で受信機を再起動いたしました。現在は通常どおり再生されていることを確認しております。

引き続きよろしくお願いいたします。
サウンドフロア　岡
""", "A"),
    d("ja", "店舗追加のお手続きについて（ご案内）", """
株式会社ルーチェ　店舗運営部　高木様

お世話になっております。サウンドフロアの岡です。
お問い合わせいただいた新店舗（吉祥寺店）の追加について、お手続きの流れをご案内します。

1. 管理画面の「店舗」から「店舗を追加」を選び、店舗名と住所をご入力いただきます（5分ほどで終わります）。
2. 入力後、受信機を1台発送します。お届けは入力日から4営業日以内です。
3. 月額料金は1店舗あたり3,300円（税込）で、開店月は日割りで計算いたします。

開店日が決まりましたら、その1週間前までにお知らせいただけますか。開店日に合わせて再生スケジュールを事前に設定しておくためです。

サウンドフロア　岡
"""),
    d("en", "News from SoundFloor", """
Hi Amira,

Autumn is here, and our curators have just released four new seasonal playlists — "Harvest Acoustic", "Rainy Window", "Low-Key Jazz" and "Fireside". Many café owners tell us "Rainy Window" works especially well in the late afternoon.

We've also improved the scheduling screen, so you can now drag and drop playlists across the week.

By the way, the card on file for Café Lumen expired last month and your October payment didn't go through. If it isn't updated by 30 October, your players will stop streaming.

Enjoy the new music!
The SoundFloor Team
""", "N"),
    d("en", "Your lunch and dinner schedules are set up", """
Hi Marco,

As you asked, I've set up two schedules for Trattoria Nonna: "Bright Italian" from 11:00 to 15:00 and "Evening Strings" from 17:30 to 22:30, Tuesday to Sunday. The player will stay silent on Mondays when you're closed.

You don't need to do anything on your side; the player picks up the new schedule at midnight tonight. If you'd like to adjust the volume by time of day as well, reply with the levels you want and I'll add them.

Best,
Jonah
SoundFloor Support
"""),
]

MAILS = [
    m("ja", "昨日から音楽が流れません（2回目の連絡です）", """
サウンドフロア　サポート御中

昨日の朝から受信機のランプが赤く点滅し、店内に音楽がまったく流れていません。
昨日の10時すぎにフォームから問い合わせましたが、受付の自動返信以外、何の連絡もありません。

うちは美容室で、BGMがないと店内の会話が筒抜けになり、お客様からも「今日は静かですね」と言われる始末です。
今日も11時から予約が詰まっています。
どうすれば直るのか、せめて今日の開店までに教えてください。

ヘアサロン　ルポ　代表　北村
""", "h", "an"),
    m("ja", "新店舗の受信機が届いていません", """
お世話になっております。株式会社ルーチェの高木です。

来週月曜（12/2）にオープンする吉祥寺店の受信機ですが、まだ届いておりません。
11/20に管理画面から店舗追加の手続きをしており、4営業日以内とのご案内でした。
発送済みであれば追跡番号を、未発送であれば今週金曜までに届く手段があるかを
ご教示いただけますでしょうか。

内覧会が土曜にあるため、それまでに設置しておきたいと考えております。

株式会社ルーチェ　店舗運営部　高木
""", "h", "ne"),
    m("ja", "今月の引き落としが二重になっています", """
サウンドフロア　ご担当者様

先ほど銀行の通帳を確認したら、12月分の利用料（5店舗分で16,500円）が2回引き落とされていました。
小さな会社で、今月は年末の仕入れもあって資金繰りがぎりぎりなんです。
月末に家賃の引き落としがあるので、それまでに1回分を戻していただけるのかどうか、とても心配しています。
何か手続きが必要でしょうか。

有限会社はらだ屋　原田　恵子
""", "h", "ax"),
    m("ja", "店舗追加の手続きについて", """
いつもお世話になっております。
来年3月に2号店を出す予定です。
追加の契約は今の契約にまとめられますか？それとも別契約になりますか？
請求書を1枚にまとめられるとありがたいです。
""", "n", "ne"),
    m("ja", "広告の音声が多すぎます", """
契約しているカフェ・ミモザの佐伯です。

最近、曲と曲のあいだに御社のサービスの宣伝音声が入るようになりました。
1時間に3回も4回も流れます。契約したときは「広告なし」と聞いていたはずです。
お客様の前で他社の宣伝を流しているようなもので、正直かなり不愉快です。
すぐに止めるか、止められないなら理由を説明してください。
""", "n", "an"),
    m("ja", "ＪＡＳＲＡＣの件で教えてください", """
こんにちは、居酒屋を経営している者です。
知り合いの店に、著作権の団体から「店内の音楽の使用料を払っていますか」という手紙が来たと聞きました。
うちは御社のサービスで音楽を流しているのですが、これで大丈夫なんでしょうか？
自分で何か申請しないといけないのか、知らないうちに違反していたらどうしようと気になってしまって。
よろしくお願いします。
""", "n", "ax"),
    m("ja", "季節のプレイリスト、好評です", """
サウンドフロア　岡様

いつもお世話になっております。
秋のプレイリストに切り替えてから、お客様から「この曲なんですか」と聞かれることが増えました。スタッフにも好評です。
実は系列のベーカリー2店舗にも導入を考えておりまして、3店舗まとめた場合のお見積もりをいただけますでしょうか。
年明けの導入を考えています。

カフェ・ミモザ　佐伯
""", "n", "po"),
    m("ja", "Re: お問い合わせの件", """
先月の件、どうなりました？

> サウンドフロア サポートです。
> お問い合わせありがとうございます。担当者より改めてご連絡いたします。
""", "n", "ne", True),
    m("ja", "クリスマスのチャンネルについて", """
要望です。
クリスマスの時期だけ使えるチャンネルがあったらいいなと思っています。
今年に間に合わなくても全然かまいませんので、いつか検討していただければ。
""", "l", "ne"),
    m("ja", "解約しましたが一言だけ", """
先月で解約した雑貨店の者です。
最後にひとつだけ言わせてください。受信機が止まったとき、返事が来るまで3日かかりました。
その間ずっと無音で営業していました。
もう解約済みなので返信はいりませんが、同じ思いをする店がないよう改善してください。
""", "l", "an"),
    m("en", "Leeds store opening Saturday - player not activated", """
Hi,

Our new store in Leeds (account LD-0418) opens this Saturday at 9am. The player arrived yesterday, but the screen just says "Licence not activated" and won't stream anything. I've restarted it twice.

Today is Thursday and our shopfitters hand over the keys tomorrow evening, so I really need this working by Friday. Can someone activate it or tell me what's missing?

Thanks,
Owen Price
Store Operations, Fennick & Co
""", "h", "ne"),
    m("en", "Overcharged for 12 locations", """
To whoever reads these,

Your invoice for November charged us for 12 locations. We have four. That is £1,080 taken from our business account for eight shops that do not exist.

I wrote about this on the 3rd and again on the 10th and have not had a single reply. I'd like the overcharge returned, or I'll be cancelling and reversing the payment through the bank.

Sandra Kowalski
Kowalski Bakeries
""", "h", "an"),
    m("en", "PRS letter - are we covered?", """
Hello,

We just received a letter from PRS for Music asking whether we have a licence for the music played in our café. We've been using your service for two years and I always assumed that was included.

Is it? Do we need a separate licence? I'm worried we've been doing something wrong all this time and might owe money.

Thanks,
Laila
Honeycomb Café
""", "n", "ax"),
    m("en", "Different music for lunch and dinner", """
Hi team, is it possible to schedule one playlist for lunch service (11-3) and a different one for dinner (5:30-10:30)? We're a restaurant and the vibe is quite different. Can't find it in the app.
Marco
""", "n", "ne"),
    m("en", "Jazz channel idea", """
Hi,
Small idea rather than a request: a proper late-night jazz channel would be lovely for wine bars like ours. Nothing pressing at all, I just thought I'd mention it in case it's on your list.
Best, Theo
""", "l", "ne"),
]

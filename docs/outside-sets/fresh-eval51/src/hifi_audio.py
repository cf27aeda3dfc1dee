# hifi_audio = specialist hi-fi audio shop (amplifiers, speakers, turntables; repair, trade-in, listening room)
# ja: サウンドハウス・ソラ   en: Sable Audio
from common import S, D, M

DOMAIN = "hifi_audio"

SENTENCES = [
    # --- ja ---
    S("ja", "アンプの修理見積もりは、お預かりしてから数日でお出しします。", ["vague"]),
    S("ja", "修理見積もりは、お預かりから5営業日以内にメールでお送りします。", []),
    S("ja", "スピーカーケーブルのプラスとマイナスを逆に繋いでいたのでは、音が悪くなって当たり前です。", ["condescending"]),
    S("ja", "下取り価格はその時々の相場によりますので、何とも申し上げられません。", ["unknown_without_followup"]),
    S("ja", "購入から10年以上経った製品ですので、当店でお力になれることはありません。", ["dismissive"]),
    S("ja", "保証書と購入時のレシートを持参してください。", ["imperative", "request_without_reason"]),
    S("ja", "保証期間内かどうかを確認するため、ご来店の際は保証書かレシートのどちらかをお持ちいただけますか。", []),
    S("ja", "高級機に慣れていない方には、この設定は少し難しいかもしれません。", ["condescending"]),
    S("ja", "真空管は取り寄せになり、メーカーに在庫があれば2週間、なければ約2か月かかります。", []),
    S("ja", "異音の原因はわかりませんでした。", ["unknown_without_followup"]),
    S("ja", "その程度のノイズは故障ではありませんので、気にせずお使いください。", ["dismissive"]),
    S("ja", "輸送中の破損を防ぐため、お持ち込みの際は購入時の箱に入れるか、毛布などで包んでいただけると安心です。", []),
    # --- en ---
    S("en", "Anyone who has set up a turntable before would know to adjust the tracking force.", ["condescending"]),
    S("en", "Unplug the amp right away so the blown capacitor doesn't damage your speakers.", ["imperative"]),
    S("en", "Room acoustics are a matter of taste, so we'd rather not get into that.", ["dismissive"]),
    S("en", "We've no idea why the left channel keeps dropping out.", ["unknown_without_followup"]),
    S("en", "The hum is most often a ground loop, so could you try the amp with only the turntable connected and tell us whether it's still there? That tells us whether to look at the amp or the cabling.", []),
    S("en", "The trade-in value for your speakers is $640, and the quote is valid until 30 November.", []),
    S("en", "Unfortunately we no longer stock parts for that model, but the manufacturer's service centre in Leeds still repairs it, and I've attached their contact details.", []),
]

DRAFTS = [
    D("ja", "修理品の配送事故について", """
田中様

サウンドハウス・ソラ 修理担当の岡本です。
11月5日に発送したプリメインアンプが、配送業者の中継センターで行方がわからなくなっていた件について、ご報告いたします。

配送業者によると、中継センターで荷札がはがれ、宛先不明の荷物として保管されていたとのことです。
昨日、業者の倉庫で現物を確認し、外装と本体に傷がないことを当店の技術者が点検しました。本日あらためて発送し、11月14日の午前中にお届けします。
今後、修理品をお送りする際は、荷札に加えて箱の側面にも宛名を直接書き、追跡番号を発送当日にお知らせいたします。

サウンドハウス・ソラ 修理担当 岡本
""", ["apology_incomplete"]),
    D("ja", "サウンドハウス・ソラです", """
中川様

サウンドハウス・ソラ 店長の吉岡です。
先日は当店の秋の試聴会にお越しいただき、ありがとうございました。
当日は真空管アンプの聴き比べに多くの方が参加され、スタッフ一同うれしく思っております。
冬には、1月18日（土）にアナログレコードの試聴会も予定しております。

ところで、中川様からお預かりしているスピーカーの修理見積もりが出ております。ウーファーのエッジ交換で、2本で税込38,500円です。このまま修理を進めてよろしければ、12月10日までにご返信いただけますか。部品を年内に確保するには、その日までに発注する必要があります。

サウンドハウス・ソラ 吉岡
""", ["purpose_not_upfront"]),
    D("ja", "下取り代金のお振込みの遅れについてのお詫び（本日お振込みしました）", """
木下様

サウンドハウス・ソラの吉岡です。
下取りいただいたスピーカーの代金128,000円を、お約束の10月31日から2週間以上お振込みできておらず、さらに3回いただいたメールへのお返事も遅れましたこと、心よりお詫び申し上げます。

原因は、当店の経理担当者が交代した際に、木下様のお振込み予定が引き継ぎの一覧から漏れていたことでした。
本日11月17日の午前中に、ご指定の口座へ128,000円をお振込みいたしました。行き違いがないよう、ご入金をご確認いただけますでしょうか。
今後は、下取りのお振込み予定を店長と経理の2名で毎週確認し、期日を過ぎたものがないかを照合いたします。

大変ご迷惑をおかけいたしました。

サウンドハウス・ソラ 店長 吉岡
"""),
    D("en", "Re: Turntable sounds distorted", """
Hi Greg,

Thanks for sending over the photos of your turntable setup.

Looking at them, the distortion is coming from the tracking force: the counterweight is set to about 0.5 g, and your cartridge needs 2 g. To be honest, this is covered on page 4 of the manual, so it's something most owners sort out themselves before they need to contact us.

The fix is to balance the arm so it floats level, set the counterweight dial to zero, and then turn the whole weight until the dial reads 2.0. The anti-skate dial should be set to 2 as well.

If it still distorts after that, we're happy to take a look in the shop; bench checks are free.

Best,
Ravi
Sable Audio
""", ["condescending"]),
    D("en", "Your turntable is repaired and ships tomorrow", """
Dear Mr Alvarez,

Your Thorens turntable is repaired and will ship tomorrow (Wednesday) by insured courier, arriving Thursday before noon.

I owe you an apology: the repair took seven weeks instead of the two we quoted, and the call-backs you were promised never happened. The replacement motor we ordered arrived faulty, and while we waited for a second one, your job dropped off our call-back list because it was marked "waiting for parts". I've since changed how we track repairs so that every open job gets a status call from us every Friday, whether or not there's news.

We've waived the $85 labour charge, so you'll only pay for the motor ($64). The invoice is attached.

With apologies again,
Ravi Mehta
Sable Audio
"""),
]

MAILS = [
    # --- ja ---
    M("ja", "修理品が配送中に行方不明になっています", """
サウンドハウス・ソラ　岡本様

修理をお願いしていたプリメインアンプの件です。
１１月５日に発送したとご連絡をいただきましたが、１週間経っても届かず、追跡番号で調べると「調査中」のままです。
配送業者に電話したところ、中継センターで荷物の所在が分からなくなっていると言われました。

あのアンプは亡くなった父が３０年以上大切に使っていたもので、代わりのきかないものです。
このまま見つからなかったらと思うと、気が気ではありません。
そちらからも配送業者に確認していただけないでしょうか。

田中 浩二
""", "high", "anxious"),
    M("ja", "下取り代金がまだ振り込まれていません（３回目の連絡です）", """
サウンドハウス・ソラ 御中

１０月２０日に下取りに出したスピーカーの代金１２８,０００円について、
「１０月３１日までに振り込みます」と言われていましたが、今日で２週間過ぎてもまだ入金がありません。
これまで１１月４日と１１月８日にメールでお問い合わせしましたが、どちらにもお返事がありません。

こちらは、その代金を充てて新しいアンプの支払いをする予定でした。
いつ振り込んでいただけるのか、本日中に日付をはっきりお知らせください。

木下 直樹
""", "high", "angry"),
    M("ja", "スピーカーから焦げたにおいがしました", """
お世話になっております。
昨年そちらで購入したアクティブスピーカー（左側）から、さきほど焦げたようなにおいと、うっすら煙が出ました。
すぐに電源を切ってコンセントも抜き、今は煙も出ていません。

このまま置いておいても火が出たりしないか、
同じアンプにつないでいた右側のスピーカーやプレーヤーは使っても大丈夫か、教えてください。
修理の手続きもお願いしたいです。

購入者：森本 恭子
""", "high", "neutral"),
    M("ja", "修理", """
音がでない
""", "normal", "neutral", True),
    M("ja", "試聴のお願い", """
サウンドハウス・ソラ 様

ブックシェルフ型のスピーカーを探しています。
今週か来週の土曜日の午後に、試聴室で３機種ほど聴き比べさせていただくことは可能でしょうか。
候補は店頭の展示リストにあった B-12、Aria 5、KX-3 です。
手持ちのCDを２枚ほど持っていきたいと思っています。

松井
""", "normal", "neutral"),
    M("ja", "購入したDACのノイズについて", """
先月、そちらで購入したDACですが、無音のときに「サー」というノイズがはっきり聞こえます。
購入の際、販売員の方には「このクラスの製品でノイズが出ることはまずあり得ない」と言われ、それを信じて決めました。
２０万円近く払って、この状態ではとても納得できません。
交換か返品をお願いします。

大塚
""", "normal", "angry"),
    M("ja", "電源を入れたときの「ポン」という音", """
こんにちは。先週、中古で購入したプリアンプのことでご相談です。
電源を入れた瞬間に、スピーカーから「ポン」とかなり大きな音がします。
中古品なので、そのうち壊れてしまうのではないか、
スピーカーまで傷めてしまうのではないかと、使うたびにひやひやしています。
この音は故障の前触れなのでしょうか。中古品にも保証があるのかも教えていただけると助かります。

長谷部
""", "normal", "anxious"),
    M("ja", "下取り査定のお願い", """
サウンドハウス・ソラ 御中

手持ちの機材の整理を考えていて、下取りの査定をお願いしたいです。

・プリメインアンプ　L-505uX（2019年購入、元箱あり）
・スピーカー　805 D3（2017年購入、元箱なし）
・CDプレーヤー　SA-10（動作品、リモコン欠品）

店頭に持ち込むのと、出張査定とで、金額は変わりますか。
""", "normal", "neutral"),
    M("ja", "試聴会のお礼", """
吉岡店長

先日の秋の試聴会、ありがとうございました。
同じ曲を３台の真空管アンプで聴き比べるのは初めての体験で、音の違いに驚きました。
次回のレコードの試聴会も楽しみにしています。

中川
""", "low", "positive"),
    M("ja", "レコードのクリーニングについて", """
いつもお世話になっております。
今後、お店でレコードの洗浄サービスをされるご予定はありますか。
実家から古いレコードを１００枚ほど引き取ったので、いつかまとめてお願いできればと思っています。
今すぐではないので、予定だけ教えていただければ十分です。
""", "low", "neutral"),
    # --- en ---
    M("en", "7 weeks and still no turntable", """
Hello,

You have had my Thorens TD-160 for seven weeks for what your bench tech told me would be a "two-week" motor repair. I've called four times and emailed twice. Every time, someone says they'll call me back. Nobody ever does.

I'd like a straight answer: is it fixed, and when will I have it back? If not, I want it returned unrepaired this week.

Luis Alvarez
Job #S-3318
""", "high", "angry"),
    M("en", "Did I just fry my amp?", """
Hi,

I think I may have wired my new bookshelf speakers wrong - red to black on one side - and played music through them for about an hour before noticing. It sounded a bit thin but nothing dramatic.

Have I damaged the amp or the speakers? I've fixed the wiring now. Is there anything I should check? I'm worried I've ruined a very expensive purchase.

Hannah
""", "normal", "anxious"),
    M("en", "Home demos?", """
Hello,

Do you do home demos for floorstanding speakers? My living room is quite odd-shaped and I'd rather hear them in the actual room before spending that much. I'm about 20 miles from your shop.

Thanks,
Peter
""", "normal", "neutral"),
    M("en", "Spare stylus", """
Hi Ravi,

The cartridge you recommended last month is fantastic - my records have never sounded this good. Could I order a spare stylus for it so I have one on hand? Happy to pay by card over the phone.

Cheers,
Martin
""", "normal", "positive"),
    M("en", "Listening room suggestion", """
Just a suggestion, no reply needed: it would be nice if the listening room had a few more jazz records to test with. Most of the demo crate is rock.

Anna
""", "low", "neutral"),
]

# plugins = developer of audio plug-ins (reverbs, compressors) for music-production software; licences, activation
# (ja: Waveloom / en: Fernhill Audio)
DOMAIN = "plugins"

SENTENCES = [
    ("ja", "ライセンスの認証は1アカウントにつき3台までです。4台目でお使いになる場合は、使わなくなったパソコンの認証をマイページから解除していただくと、すぐに枠が空きます。", []),
    ("ja", "新しいOSへの対応は、今後のアップデートで予定しております。", ["vague"]),
    ("ja", "DAWの設定くらいは、ご自身で調べていただけますか。", ["condescending"]),
    ("ja", "他社のDAWで起きる不具合は、当社の管轄外です。", ["dismissive"]),
    ("ja", "クラッシュの原因はまだ特定できておりません。", ["unknown_without_followup"]),
    ("ja", "クラッシュレポートを送ってください。", ["imperative", "request_without_reason"]),
    ("ja", "学割の適用には在籍の確認が必要なため、学生証の画像をお送りいただけますか。", []),
    ("ja", "アップグレード料金は、新規でご購入いただくよりお安くなっております。", ["vague"]),
    ("ja", "返金は購入から14日以内で、かつ認証前の場合に限られるため、今回はお受けできません。代わりに、同じ価格帯の「Tape Drift」へのライセンス移行をご提案できます。", []),
    ("ja", "音楽制作に慣れていらっしゃらないようでしたら、まずは入門書をお読みになることをおすすめします。", ["condescending"]),
    ("ja", "古いバージョンのファイルが残っていると認証画面が開かないことがあるため、一度アンインストールしてから、再インストールをお試しいただけますか。", []),
    ("ja", "プリセットが消えた件については、お答えできる情報がございません。", ["unknown_without_followup"]),
    ("ja", "日本語マニュアルは12月15日に公開予定で、公開しだい、ご登録のアドレスにお知らせします。", []),
    ("en", "Deactivate the old machine first.", ["imperative", "request_without_reason"]),
    ("en", "We're aware of the issue and a fix will come at some point.", ["vague"]),
    ("en", "Honestly, if you can't find the plug-in folder, this may not be the right software for you.", ["condescending"]),
    ("en", "We only support the DAWs listed on our website, so we won't be looking into this.", ["dismissive"]),
    ("en", "I don't know yet whether the new chips are supported, but I've asked our developers and will reply with a definite answer by Wednesday.", []),
    ("en", "Your licence has been moved to the new account; you'll see it under My Products after you log out and back in.", []),
    ("en", "Could you tell us which DAW version you're running? The crash only happens on a few builds, and we'd like to check whether yours is one of them.", []),
]

DRAFTS = [
    ("ja", "ライセンスの移行が完了しました",
     """長尾様

Waveloom サポートの藤田です。
ご依頼いただいた「Room Glow」のライセンスを、新しいアカウント（nagao.music@〜）へ移行しました。

新しいアカウントでマイページにログインし、「製品」タブに Room Glow が表示されていれば完了です。
古いアカウント側の認証は、こちらで3台分すべて解除してあります。
新しいパソコンでは、プラグインを起動したときに出る画面に新しいアカウントのメールアドレスとパスワードを入力していただくと、認証が完了します。

ログインしても表示されない場合は、このメールにご返信いただければ、本日中に確認いたします。

Waveloom サポート
藤田 慎也
""", []),
    ("ja", "二重のご請求について",
     """佐藤様

Waveloom サポートの藤田です。
「Room Glow」のご購入で、同じ金額（12,800円）が2回請求されていた件、
大変申し訳ございませんでした。

決済代行会社との通信が一時的に途切れた際、当社のシステムが購入を「失敗」と判定し、
自動で決済をやり直してしまったことが原因でした。

本日、2回目のご請求分について返金の手続きを完了いたしました。
カード会社によって異なりますが、明細への反映まで5〜10営業日ほどかかります。
ライセンスは1つ分が有効になっており、そのままお使いいただけます。

Waveloom サポート
藤田 慎也
""", ["apology_incomplete"]),
    ("ja", "Re: プラグインが読み込まれない件",
     """北原様

お問い合わせありがとうございます。Waveloomサポートです。

お使いのDAWで「Room Glow」が読み込まれない件ですが、原因についてはこちらでもわかりかねます。
なお、当社が動作を確認しているのは公式サイトに記載のDAWのみとなっており、
それ以外の環境でのご利用についてはサポートの対象外です。

よろしくお願いいたします。

Waveloom サポート
""", ["unknown_without_followup", "dismissive"]),
    ("en", "Your Fernhill Audio licence",
     """Hi Jonah,

Thanks for your purchase of Tidewater Reverb!

Your licence key: <<LICENSE_KEY>>

Activation takes about a minute: the "Activate" button in Tidewater opens a box where the key can be pasted. Each licence can be active on up to three computers at once, and you can move activations yourself at any time from your account page.

If the key doesn't work, a reply with your order number is all we need to sort it out within one working day.

Happy mixing,
The Fernhill Audio team
""", ["placeholder_left"]),
    ("en", "Lost presets after the 3.1 update - sorry, and how to get them back",
     """Hi Carla,

I'm sorry: the Tidewater 3.1 update made your user presets disappear, and I know some of those took you years to build.

The cause was a change in where 3.1 looks for preset files. On Windows it now reads from Documents\\Fernhill rather than AppData, and the installer didn't move the existing files across. Your presets weren't deleted; they're still in the old folder.

Today we released version 3.1.1, which finds the old folder and copies everything over the first time it opens. If you'd rather not wait for the update, you can copy the files yourself from AppData\\Roaming\\Fernhill\\Presets into Documents\\Fernhill\\Presets.

We've added a check to our release process so that any update that changes file locations is tested on a machine with existing user data before it goes out.

Best,
Dev Patel
Fernhill Audio Support
""", []),
]

MAILS = [
    ("ja", "認証サーバーにつながらず作業が止まっています",
     """Waveloom　サポート御中

本日の昼頃から、Room Glowを立ち上げるたびに「認証サーバーに接続できません」と出て、
プラグインが無効になります。
ネットには普通につながっています。

明日の朝10時が、CMの音源のクライアント納品です。
ミックスのほぼ全トラックにRoom Glowを使っていて、これがないと作業ができません。
サポートページには何のお知らせも出ていないし、電話窓口もない。
今夜中に使えるようにする方法を教えてください。

スタジオ・ノクターン　大石
""", "high", "angry", False),
    ("ja", "購入したのに認証できません",
     """はじめて御社の製品を購入しました。
「Tape Drift」を買ったのですが、シリアル番号を入れても「無効なシリアルです」と出て認証できません。
コピーして貼り付けても、手で打ち込んでもだめでした。

あさっての金曜日までに、仕事で頼まれているBGMを仕上げなければならず、
このプラグインを使う前提で作っていました。
自分の入れ方が悪いのか、何か間違えているのか、わからなくて困っています。

注文番号：WL-20241120-0044
山内 翔
""", "high", "anxious", False),
    ("ja", "見覚えのない端末での認証について",
     """Waveloomサポート様

マイページを確認したところ、認証済みの端末の中に、
私が持っていない「DESKTOP-7QX2」というWindows機が登録されていました。
私はMacしか使っていません。

アカウントが不正に使われている可能性があると思います。
パスワードは変更しましたが、この端末の認証を止めていただくことと、
ほかに何かされていないか確認していただけますでしょうか。

登録メール：kenji.audio@〜
小松 健二
""", "high", "neutral", False),
    ("ja", "アップグレード料金について",
     """バージョン２を発売日に買って、ずっと使ってきたユーザーです。
バージョン３へのアップグレードが、新規購入とほとんど変わらない値段なのはどういうことでしょうか。
セールで新規に買った人のほうが安いなんて、長く使っている人間をばかにしていませんか。
既存ユーザーへの割引を考え直してほしいです。
""", "normal", "angry", False),
    ("ja", "新しいOSへのアップデートについて",
     """お世話になります。
Macの新しいOSが出ましたが、アップデートしてもRoom Glowは動くでしょうか。
過去の作品のプロジェクトがたくさんあって、
アップデートしたら開けなくなるのではないかと心配で、まだ踏み切れていません。
対応状況を教えていただけますか。

吉田
""", "normal", "anxious", False),
    ("ja", "学割について",
     """音楽系の専門学校に通っています。
Room Glowを学割で購入したいのですが、どのような書類が必要ですか。
また、卒業後もライセンスはそのまま使えますか。

西川 蓮
""", "normal", "neutral", False),
    ("ja", "認証",
     """認証のやつ、またダメです
""", "normal", "neutral", True),
    ("ja", "新しいリバーブ最高です",
     """Waveloomの皆さま

新しく出た「Cathedral Haze」、買ってすぐに今のアルバムの全曲に使いました。
ボーカルが奥に沈まないのに空気感が出て、まさに探していた音でした。
自作のプリセットを何人かの知り合いと共有したいのですが、
プリセットファイルはどこに保存されていますか？

ユニット「ソラノオト」　佐伯
""", "normal", "positive", False),
    ("ja", "機能の要望",
     """Room Glowの要望です。
プリセットの一覧で、お気に入りに印をつけられるようにしてほしいです。
数が増えてくると探すのが大変なので。
次のアップデートのどこかで入れてもらえたらうれしいです。返信はいりません。
""", "low", "neutral", False),
    ("ja", "マニュアルの誤記",
     """日本語マニュアルの１８ページ、「Pre-Delay」の説明で、
単位が「秒」になっていますが、画面上は「ms」です。
たいしたことではないのですが、念のためお知らせします。
次に改訂するときに直していただければ十分です。
""", "low", "neutral", False),
    ("en", "Licence server down - client session tomorrow 9am",
     """Hi,

This is my third email since Sunday. Every Fernhill plug-in on my studio machine is showing "licence could not be verified" and loading as silent. I've got a paying client booked in for a mix session at 9 am tomorrow and every one of my templates uses Tidewater and Iron Bus.

I paid for perpetual licences precisely so this wouldn't happen. If you can't fix the server, send me an offline activation file. I need an answer today, not another auto-reply.

Marcus Bell
Bellhouse Studio
""", "high", "angry", False),
    ("en", "30 classroom licences showing as expired",
     """Dear Fernhill Audio,

I manage the music technology suite at Redbrook College. This morning all 30 of our Iron Bus education licences are showing as "expired", although our site licence was renewed on 2 September (invoice FA-ED-5512, paid).

Our Year 13 students sit their recorded coursework assessment on Thursday and Friday in that room, and the exam board won't let us move it. Could you confirm today whether the licences can be restored before Thursday morning?

Kind regards,
Dr Paula Grey
Head of Music Technology, Redbrook College
""", "high", "neutral", False),
    ("en", "Years of presets gone after update",
     """Hi,

I updated Tidewater to 3.1 this morning and all of my user presets have disappeared. There were around 200 of them, built up over four years of live work. I don't have a backup because I didn't know I needed one.

Are they gone for good? Is there anything I can do? I'm honestly feeling a bit sick about it.

Carla Jiménez
""", "normal", "anxious", False),
    ("en", "doesn't load",
     """still doesn't load
""", "normal", "neutral", True),
    ("en", "Tidewater is magic + small request",
     """Hey Fernhill folks,

Just wanted to say Tidewater has completely changed how I mix vocals. Thank you.

One small wish for whenever you're next working on it: a way to tag presets by genre. Absolutely no rush; it's perfect as it is.

Cheers,
Liam
""", "low", "positive", False),
]

"""ups = UPS and backup-battery maintenance (uninterruptible power supplies for offices, clinics, server rooms; battery replacement, inspections)."""
from _util import s, d, m

DOMAIN = "ups"

S = [
    # --- ja ---
    s("ja", "バッテリーの交換時期につきましては、昨年と今年の点検報告書の両方に「要交換」と記載してお渡ししております。", "C"),
    s("ja", "UPSにつないでいる機器が増えて容量の9割を超えているため、停電時にサーバーが持つのは約4分です。コピー機とモニター2台をUPSから外していただければ、約11分まで延ばせます。", ""),
    s("ja", "保守契約を更新されない場合、故障時の対応は後回しになりますので、その点をよくお考えのうえでご判断ください。", "C"),
    s("ja", "交換用のバッテリーは、メーカーの在庫が戻り次第の手配となります。", "V"),
    s("ja", "点検中は、サーバーの電源が短い時間だけ切れることがございます。", "V"),
    s("ja", "点検の前日までに、サーバーをすべてシャットダウンしておいてください。", "IR"),
    s("ja", "膨らんだバッテリーは発火するおそれがあるので、決してご自分で取り外そうとしないでください。", "I"),
    s("ja", "恐れ入りますが、本体の背面にある銘板の写真をお送りいただけますか、製造年によって交換用バッテリーの型番が変わるためです。", ""),
    s("ja", "警告音が夜中にだけ鳴る理由は、現時点では私どもにもつかめておりません。", "U"),
    s("ja", "停電時にサーバーが自動でシャットダウンされなかった件は、サーバー側の設定のお話になりますので、当社の保守の対象ではございません。", "X"),
    s("ja", "申し訳ございませんが、製造から10年を超えた本体は部品の供給が終わっているため、修理はお受けできません。同じ容量の後継機であれば、据え付け込みで税込418,000円、最短で12月19日（金）に設置できます。", ""),
    s("ja", "エラーコードE-21の意味はマニュアルに載っていないため、メーカーの技術窓口に確認し、12月9日（火）の11時までにお電話でお伝えします。", ""),
    s("ja", "停電を伴う作業は、病棟の消灯後、12月14日（日）1時30分から2時10分までの40分間で行います。", ""),
    s("ja", "作業の日はサーバー室の鍵をお借りできますでしょうか、夜間は警備会社の方の立ち会いがなく、私どもだけで出入りすることになるためです。", ""),
    # --- en ---
    s("en", "UPS batteries are consumables, and any facilities manager should plan to replace them every three to five years.", "C"),
    s("en", "Turn off the UPS and unplug it before our engineer arrives.", "IR"),
    s("en", "We don't yet know why the unit keeps switching over to battery, so we've fitted a logger that records the incoming mains voltage, and we'll go through the readings with you next Tuesday.", ""),
    s("en", "A bit of beeping during storms is normal and nothing to worry about.", "X"),
    s("en", "I'm afraid we can't send an engineer tonight, as our on-call engineer is at a hospital site until about 2 am; we can be with you at 7:30 tomorrow, and until then the unit will keep your server running for roughly 40 minutes on battery.", ""),
]

D = [
    d("ja", "12月20日（土）UPS定期点検の時間と停電についてのご案内",
      "医療法人さくら会 みなみ台クリニック\n事務長　大西様\n\nいつもお世話になっております。電源サービス東和の柴田です。\n12月20日（土）の定期点検の詳細が決まりましたので、お知らせします。\n\n・作業時間：13:00〜15:30（外来の終了後）\n・対象：2階サーバー室のUPS 1台、1階受付のUPS 2台\n・電源が切れる時間：2階サーバー室のみ、14:10〜14:25の約15分間\n\n14:10からの15分間は電子カルテのサーバーが止まります。その前に、院内の端末で電子カルテを閉じておいていただけますでしょうか。開いたまま電源が切れると、入力途中のデータが保存されないためです。\n\n当日は13:00に通用口から伺います。作業を行うのは私と、もう1名の技術員です。\n\n電源サービス東和\n柴田 健\n080-5512-7734\n", ""),
    d("ja", "12月3日の作業中に発生したサーバー室の停電についてのお詫び",
      "株式会社オカモト物流\n情報システム課　岡本様\n\n電源サービス東和の柴田でございます。\n12月3日（水）10時42分、UPSのバッテリー交換作業中にサーバー室の電源が約6分間停止し、御社の配送管理システムが使えない状態となりました。業務を止めてしまい、誠に申し訳ございません。\n\n原因は、当社の技術員が作業前に「バイパス運転」（UPSを通さずに電気を流す状態）への切り替えを確認しないまま、本体の電源を切ったことです。手順書には記載がありましたが、確認の記録を残す決まりがありませんでした。\n\n停止後、10時48分に電源を復旧し、御社のご担当者と一緒にサーバー6台がすべて正常に起動したことを確認いたしました。今回の作業費は請求いたしません。\n\n再発防止として、電源を切る作業の前には、バイパス運転への切り替えを二人で確認し、画面の写真を撮ってから作業に入る手順に改めました。12月中に全技術員への研修を行います。\n\nこのたびは大変ご迷惑をおかけいたしました。\n\n電源サービス東和\n柴田 健\n", ""),
    d("ja", "UPSバッテリー交換のお見積もり",
      "株式会社オカモト物流\n情報システム課　岡本様\n\n電源サービス東和の柴田です。\nご依頼いただいたバッテリー交換のお見積もりをお送りします。\n\n・対象：サーバー室 UPS（型番 TS-3000R）　△△台\n・交換用バッテリー：1台あたり税込132,000円\n・作業費：税込33,000円（土日祝の場合は税込44,000円）\n\n作業時間は1台あたり約40分で、バイパス運転で行うため、サーバーを止める必要はありません。\nご発注いただければ、12月中の作業日を調整いたします。\n\n電源サービス東和\n柴田 健\n", "P"),
    d("en", "About yesterday's visit",
      "Dear Mr Adebayo,\n\nI'm sorry that our engineer's visit yesterday left your office without power to the server cabinet for most of the afternoon.\n\nWe've refunded the call-out charge of £185, and our senior engineer, Ian Moss, will return on Thursday 11 December at 8 am to fit the correct battery set and test the unit under load. He'll stay until your systems are confirmed back on UPS protection.\n\nWe have also added a step to our job sheets so that engineers confirm the battery part number against the unit's label before leaving the depot.\n\nAgain, please accept our apologies.\n\nSarah Whitlock\nService Manager, Voltguard Power Services\n", "A"),
]

M = [
    # --- ja ---
    m("ja", "明日の停電点検とUPSの表示について",
      "電源サービス東和 柴田様\n\nみなみ台クリニックの大西です。\n明日12月9日（火）の8時から12時まで、ビルの法定電気設備点検で全館停電になります。\nその間、電子カルテのサーバーと予約システムは2階のUPSで動かす予定でいました。\n\nところが今日の夕方から、そのUPSの表示に「BATTERY」という赤いランプが点いたままになっています。\n説明書には「バッテリー劣化」とあります。\n\n停電中も、糖尿病の患者さんの過去の検査結果を見ながら外来を開ける予定です。\n明日の朝8時までに見ていただくことはできますでしょうか。\n\n大西 恵子\n", "h", "neutral"),
    m("ja", "サーバー室から焦げたような臭い",
      "いつもお世話になっております。ミツワ印刷の総務、佐久間です。\n\n30分ほど前から、2階のサーバー室に入ると焦げたようなツンとする臭いがします。\n御社に保守をお願いしているUPSの側面がいつもより熱く、下の方のパネルが少し膨らんで見えます。\n警告音は鳴っていません。\n\n社員はまだ20人ほど働いています。電源を切ってよいのか、切ったらサーバーが止まってしまうので、どうすればいいか分からず、とりあえずメールしました。\n\n佐久間 03-3861-2215\n", "h", "anxious"),
    m("ja", "先週の障害についての報告書（3回目のお願い）",
      "柴田様\n\n11月28日の停電時にUPSが切り替わらず、サーバーが強制終了して受注データの一部が失われた件です。\n\n12月1日、12月3日、12月5日と、原因の報告書をお願いしていますが、まだいただけていません。\n保険会社からは、保守業者の報告書がなければ損害の査定に入れないと言われています。\n\n保守契約を結んでいる意味が正直わからなくなってきました。\n報告書をいつ出していただけるのか、日付を示してください。\n\n株式会社カネダ商店\n管理部　金田\n", "h", "angry"),
    m("ja", "ピーピー", "ピーピー鳴ってます", "n", "neutral", True),
    m("ja", "来年度のUPS更新の見積もり依頼",
      "お世話になっております。オカモト物流の岡本です。\n来年度の予算に入れたいので、サーバー室のUPS（2台）を更新する場合の概算をいただけますでしょうか。\n導入から9年が経っています。\n2月の予算会議に間に合えば大丈夫です。\n", "n", "neutral"),
    m("ja", "昨日の点検作業について",
      "昨日の点検、作業そのものは終わったようですが、\nサーバー室の床に梱包材と古い結束バンドが散らかったままでした。\nそれに、到着前に連絡をいただけるはずでしたが、突然来られて受付が慌てていました。\n\n毎年お願いしているのに、今年は何かあったのでしょうか。\n次回からは改めていただきたいです。\n", "n", "angry"),
    m("ja", "UPSは必要でしょうか",
      "はじめてご連絡します。税理士事務所を一人でやっている者です。\n先週の夕方、落雷で2秒ほど停電して、パソコンが落ち、申告の準備中のデータが消えかけました（なんとか復旧しました）。\n\nこれから確定申告の時期に入るので、また同じことがあったらと思うと落ち着きません。\nうちのような小さな事務所にもUPSは必要なのでしょうか。何を選べばいいのかも分かりません。\n", "n", "anxious"),
    m("ja", "点検日の変更",
      "柴田様\n\nいつもありがとうございます。ミツワ印刷の佐久間です。\n1月17日（土）の定期点検ですが、その日は社内の棚卸しと重なってしまいました。\n1月24日（土）に変更していただくことはできますか。\n", "n", "neutral"),
    m("ja", "古いバッテリーの処分",
      "以前自分で交換したUPSの古いバッテリーが、倉庫に3個置いたままになっています。\n引き取っていただくことはできますか。費用がかかるならその金額も教えてください。\n特に困ってはいないので、ついでのときで構いません。\n", "l", "neutral"),
    m("ja", "リチウムイオンのUPSについて",
      "再来年あたりに更新を考えているので、参考までに伺います。\n最近はリチウムイオン電池のUPSもあるようですが、鉛のものと比べて寿命や価格はどのくらい違いますか。\nお手すきのときにお返事ください。\n", "l", "neutral"),
    # --- en ---
    m("en", "Phone system dropping calls since the power cut",
      "Hello,\n\nWe run the out-of-hours repairs line for Riverside Housing, about 9,000 tenants. There was a short power cut at 5:40 this morning. Since then the UPS in our comms room (your contract VG-4471) keeps clicking between battery and mains every few minutes, and each time it does, the phone system reboots and drops every call in progress.\n\nWe've had 23 calls cut off this morning, including a tenant reporting no heating with a newborn at home. Our overnight shift starts at 6 pm and handles most of the boiler and leak calls.\n\nCan an engineer get here before then?\n\nNeil Varma\nDuty Manager, Riverside Housing Repairs\n01632 960 417\n", "h", "neutral"),
    m("en", "Battery quote - fourth time of asking",
      "Sarah,\n\nThis is my fourth email since 20 November asking for a quote to replace the batteries in our two server-room UPS units. Each time I'm told it's 'with the team'.\n\nOur insurer has made battery replacement a condition of renewing our cover on 1 January, and I need an order raised and a date booked before our finance team closes for Christmas on the 19th.\n\nI'll be honest: if I don't have a quote by Wednesday I'll be going elsewhere, contract or no contract.\n\nGary Adebayo\nIT Manager, Hollins & Co\n", "h", "angry"),
    m("en", "Is this noise normal?",
      "Hi,\n\nThe new UPS you installed last week is much louder than the old one - the fan seems to run constantly. Everything else seems fine. Is that normal?\n\nSorry if this is a silly question. We had a small electrical fire in our building last year and I think I've been jumpy about anything that hums ever since.\n\nClaire\n", "n", "anxious"),
    m("en", "UPS for our new office",
      "Hi, forwarding this from our MD - could you come back to me on it?\n\nThanks,\nOliver Grant\nOffice Manager\n\n---------- Forwarded message ----------\nFrom: Jane Whitcombe\nTo: Oliver Grant\nSubject: UPS\n\nOliver - we move into the new office in March and the comms room will have two servers, the firewall, two switches and the NAS. Can you get a recommendation and a price for a UPS, installation included? Doesn't need to be fancy.\nJ\n", "n", "neutral"),
    m("en", "Old batteries",
      "Hi, do you take away old lead-acid UPS batteries? We've got six sitting in a cupboard. Nothing pressing, it's just tidying up.\n\nThanks, Jo\n", "l", "neutral"),
]

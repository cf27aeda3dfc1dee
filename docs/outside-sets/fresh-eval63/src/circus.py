"""circus = aerial and circus arts studio (aerial silks, hoop/lyra, trapeze; adult and kids' classes, showcases, performer hire)."""
from _util import s, d, m

DOMAIN = "circus"

S = [
    # --- ja ---
    s("ja", "シルクから落ちられたときの状況ですが、インストラクターの補助を待たずに技に入られたと記録にございます。", "C"),
    s("ja", "中級クラスはご自身の体を腕だけで支えられることが参加の条件ですので、今の段階では、週1回の筋力クラス（45分）を2か月ほど併用していただくのが近道です。", ""),
    s("ja", "今月中に回数券をお使いにならなければ失効しますので、来られるかどうかはそちら次第です。", "C"),
    s("ja", "発表会の衣装代は、演目によってはそこそこかかることもあります。", "V"),
    s("ja", "吊り具の点検が終わり次第、トラピーズのクラスも順次再開していく予定です。", "V"),
    s("ja", "レッスン中は指輪やピアスをすべて外してください。", "IR"),
    s("ja", "布が肌とこすれてやけどのような傷になりやすいため、袖のない服では参加しないでください。", "I"),
    s("ja", "恐れ入りますが、初回の前に健康状態の申告書をご記入いただけますか。持病や過去のけがによっては、逆さになる技を控えていただく場合があるためです。", ""),
    s("ja", "妊娠中にどこまで続けてよいかについては、私どもでは見極めようのない部分です。", "U"),
    s("ja", "手のひらのマメが痛むとのことですが、続けていればどなたも通る道ですので。", "X"),
    s("ja", "申し訳ございませんが、トラピーズはインストラクター1名につき3名までとしているため、土曜の枠はこれ以上お受けできません。日曜16時の枠でしたら2名分空いています。", ""),
    s("ja", "天井のアンカーの耐荷重は建物の管理会社に確認中で、12月17日（水）までに結果と再開日をお知らせします。", ""),
    s("ja", "前回のレッスンで着地の補助に入るのが遅れ、怖い思いをさせてしまい申し訳ありませんでした。", ""),
    # --- en ---
    s("en", "Honestly, if you'd warmed up like everyone else, your shoulder probably wouldn't be complaining now.", "C"),
    s("en", "Private hire of the studio runs to a fair bit more at weekends.", "V"),
    s("en", "Trim your nails before Thursday's class.", "IR"),
    s("en", "The showcase line-up is final and we won't be revisiting it.", "X"),
    s("en", "I can't move you into the advanced silks group yet, because you need to climb the fabric twice without a rest first; Lena runs a 45-minute climbing clinic on Wednesdays at 7 that's built for exactly that.", ""),
    s("en", "Could you tell us about any past shoulder injuries before the trial, so the instructor can adapt the warm-up for you?", ""),
]

D = [
    d("ja", "Re: 退会について（休会という方法もございます）",
      "桑原様\n\nソラノワの新井です。ご連絡ありがとうございます。\n肩を痛められたとのこと、その後いかがでしょうか。\n\n退会のお手続きは承ります。ただ、会則上、12月中にお手続きいただいても12月分の月謝（12,100円）はお返しできません。月の途中でも講師とスペースを確保しているためです。\n\nその代わりに、休会という方法もございます。月額550円で在籍を残していただけ、復帰の際の入会金（11,000円）はかかりません。休会は最長6か月で、お医者様から許可が出たら、その月から再開できます。\n\n退会と休会のどちらになさるか、12月25日（木）までにお知らせいただければ、1月分の引き落としを止めます。\n\nエアリアルスタジオ・ソラノワ\n新井 舞\n", ""),
    d("ja", "12月14日発表会チケットの重複販売について",
      "真鍋様\n\nエアリアルスタジオ・ソラノワの新井です。\n\n12月14日（日）の発表会で、真鍋様がご購入されたC列5番・6番の座席が、別のお客様にも販売されていたことがわかりました。\n\n原因は、窓口で販売した紙のチケット分を、オンラインの販売システムに反映する作業が11月29日分だけ漏れていたことです。\n\n真鍋様のお席は、同じ列の中央寄りのC列9番・10番に変更させていただき、新しいチケットを本日郵送しました。\n今後は、窓口での販売分をその日のうちに二人で照合してから、オンラインの残席を更新する手順といたします。\n\n発表会当日、お会いできるのを楽しみにしております。\n\nエアリアルスタジオ・ソラノワ\n新井 舞\n", "A"),
    d("ja", "Re: 講師の言葉について",
      "大野様\n\nメールを拝見しました。\n\n佐伯の指導については、これまで他の生徒さんから同じようなお声をいただいたことはございません。\n空中での技は一瞬の判断が事故につながるため、どの講師も多少強い言い方になることはあります。\n\n引き続きレッスンをお楽しみください。\n\nソラノワ 新井\n", "X"),
    d("en", "Your trial class at Lift Aerial Arts",
      "Hi Rosa,\n\nThanks for booking a trial class with us! We're looking forward to meeting you.\n\nYour trial is on [DATE] at [TIME] with Lena, in Studio 2 (first floor, up the blue stairs).\n\nIt helps to wear leggings and a fitted top that covers your underarms, because the fabric can rub bare skin, and to leave rings and earrings at home, as they can catch on it. If you can arrive 10 minutes early, we'll go through the health form with you before the class.\n\nThe trial costs £18 and you can pay on the day by card.\n\nSee you soon,\nLift Aerial Arts\n", "P"),
    d("en", "Change to Tuesday hoop classes from 6 January",
      "Hi everyone,\n\nFrom Tuesday 6 January, the Tuesday hoop classes move from 7:00 pm to 7:45 pm and will run for 60 minutes instead of 75.\n\nThe reason is that the building's landlord now needs Studio 1 until 7:30 pm on Tuesdays for their own tenants' meetings, and we couldn't find a way around it. To make up for the shorter class, your monthly fee drops from £64 to £54 from January.\n\nIf the new time doesn't work for you, you can switch to the Thursday 7:00 pm hoop class at the same price; if you reply to this email by 31 December, we'll move you across.\n\nSorry for the disruption, and thank you for bearing with us.\n\nLift Aerial Arts\n", ""),
]

M = [
    # --- ja ---
    m("ja", "スタジオ2の布について",
      "いつもお世話になっております。火曜夜クラスの田島です。\n\n昨日のレッスン後に片付けを手伝っていて気づいたのですが、スタジオ2の赤いシルクの、上から1メートルくらいのところ（金具の結び目のすぐ下）がほつれていて、糸が何本も切れていました。\n引っ張ると少し裂け目が広がる感じがします。\n\n今日は10時からの親子クラスでもあの布を使うと聞いたので、念のためお知らせします。\n", "h", "neutral"),
    m("ja", "13日の結婚式余興の件",
      "新井様\n\n12月13日（土）の結婚披露宴で、エアリアルフープの余興をお願いしている長谷川です。\n\n先ほど会場のホテルから、「出演予定の方から、当日伺えなくなったと連絡があった」と聞きました。私のほうには何の連絡もありません。\n\n披露宴の進行表も、招待状に同封したプログラムにも、もう余興のことは載せています。\n代わりの方に出ていただけるのか、それともなくなってしまうのか、まだ何も分かりません。ホテルとの最終打ち合わせが12月9日（火）の14時にあり、そこで進行を確定させることになっています。\n\n長谷川 美咲\n", "h", "anxious"),
    m("ja", "トラピーズ講座の返金について（3度目）",
      "11月に始まるはずだったトラピーズ講座（全6回・19,800円）が、吊り具の点検とかで中止になった件です。\n\n11月8日、11月20日、12月1日とメールで返金をお願いしていますが、一度も返事がありません。\n受付で聞いても「本部に伝えておきます」だけです。\n\n払ったお金がどうなっているのか、いつ返ってくるのか、さすがにもう誰かに答えてほしいです。\n\n大野 香織\n", "h", "angry"),
    m("ja", "来週",
      "来週いけないかもです", "n", "neutral", True),
    m("ja", "先日のレッスンでの講師の発言について",
      "先週木曜のシルク中級クラスで、佐伯先生から「その体重だと技の負担が増える」と、他の生徒さんの前で言われました。\n\n安全のための指導だったのかもしれませんが、あの場でああいう言い方をする必要があったのかは疑問です。\nその後のレッスンに行く気になれていません。\n\nスタジオとしてこういう指導をどう考えているのか、お聞かせください。\n\n大野\n", "n", "angry"),
    m("ja", "体験レッスンについて",
      "はじめまして。46歳の会社員です。\nずっとエアリアルに憧れていたのですが、運動はここ20年ほどしていません。それに、実は高いところがかなり苦手です。\n\nこんな私でも体験に参加してよいものでしょうか。みなさんについていけなかったらと思うと、申し込む手前で止まってしまっています。\n", "n", "anxious"),
    m("ja", "発表会、最高でした！",
      "日曜の発表会、家族で拝見しました。娘が最初から最後まで目を輝かせていて、帰りの車でもずっと「やりたい」と言っています。\n\n1月からのキッズクラス（小学2年）に入れたいのですが、空きはありますか？\n見学もできるのであれば、一度伺いたいです。\n", "n", "positive"),
    m("ja", "プラン変更",
      "新井様\n\nいつもお世話になっております。月4回プランの森です。\n1月から仕事のシフトが変わるので、月2回プランに変更したいです。\n手続きはメールだけで大丈夫でしょうか。\n", "n", "neutral"),
    m("ja", "夏の集中講座は",
      "来年の話ですみません。\n今年の8月にあった夏休みの集中講座（5日間）は、来年もありますか？\n日程が出るのはいつ頃でしょうか。予定を立てたいだけなので、分かる範囲で大丈夫です。\n", "l", "neutral"),
    m("ja", "一年間ありがとうございました",
      "今年もお世話になりました。\n4月に入会したときは布に登ることもできなかったのに、先週はじめてひとりで逆さまになれました。\n先生方の辛抱強さに感謝しています。\n来年もよろしくお願いします。（返信はいりません）\n", "l", "positive"),
    # --- en ---
    m("en", "Rigging certificate for Thursday's event",
      "Hi,\n\nWe've booked two of your aerial performers for our company's year-end event at the Albion Rooms on Thursday 11 December (contract LA-0932). The contract says your rigger will assess the venue and send the load certificate to them by Monday 8th.\n\nThe venue's events manager phoned me this morning: nobody from your side has been in touch, and if they don't have the certificate by 5 pm tomorrow, Tuesday, they won't allow anything to be hung from the ceiling. The running order has already gone out to 240 guests.\n\nCould your rigger contact Tom Welling at the venue on 020 7946 0381 today?\n\nRegards,\nHelen Carter\nEvents, Norwood Insurance\n", "h", "neutral"),
    m("en", "Third cancellation by text",
      "Hi,\n\nFor the third week running, my Saturday 10 am silks class has been cancelled by a text an hour before it starts. I was already on the bus this time.\n\nI'm paying £72 a month for four classes and I've had one in December so far. What exactly is going on?\n\nKatie\n", "n", "angry"),
    m("en", "Coming back after having a baby",
      "Hello,\n\nI had my baby seven weeks ago and I'm desperate to get back to hoop, but I'm also scared of doing damage - my core feels like it belongs to someone else. My GP signed me off at my six-week check but didn't really say anything about aerial.\n\nIs there a class that would be safe to start with, or should I wait longer? I don't want to be the one holding everyone up.\n\nSofia\n", "n", "anxious"),
    m("en", "sat",
      "is the thing on sat", "n", "neutral", True),
    m("en", "Gift vouchers?",
      "Hello! Do you sell gift vouchers? My partner's birthday isn't until March, so there's no hurry - just planning ahead.\n\nThanks, Ben\n", "l", "neutral"),
]

from common import *

DOMAIN = "asbestos"
MEANING = "アスベスト（石綿）事前調査・分析 / asbestos surveys and sample analysis"

SENTENCES = [
    S("ja", "分析結果の報告書は、検体到着から5営業日以内にPDFでお送りします。"),
    S("ja", "検体は二重のチャック袋に入れ、袋の外側に採取場所を書いてお送りください。", R),
    S("ja", "繊維が飛散しないよう、採取の前に霧吹きで表面を湿らせていただけますか。"),
    S("ja", "この建材に含まれているかどうかは、当社では判断できません。", U),
    S("ja", "調査費用は建物の規模によって若干変わります。", V),
    S("ja", "届出の期限を過ぎたのは、お客様側の管理の問題です。", C),
    S("ja", "規制の内容はご自分で役所に聞いてください。", I, X),
    S("ja", "ご自身で建材を割ったり削ったりすると繊維が飛び散るおそれがあるため、採取は当社の調査員にお任せいただくのが安全です。"),
    S("ja", "レベル1・2の除去工事では、作業開始の14日前までに自治体への届出が必要です。"),
    S("ja", "現地調査の日程は、追ってご連絡いたします。", V),
    S("ja", "採取したサンプルを速やかに送付すること。", I, R),
    S("ja", "報告書の記載について、当社の分析方法に誤りはありませんので、再分析はいたしません。", X),
    S("ja", "追加分析が必要になった検体の結果がいつ出るかは、現時点ではお答えできません。", U),
    S("ja", "報告書の宛名の訂正版を本日中にお送りしますので、お手元の版は破棄していただいて構いません。"),

    S("en", "Bag the sample twice and label it.", I, R),
    S("en", "Our survey found chrysotile in the textured ceiling of the back bedroom only; the other 11 samples were negative."),
    S("en", "Frankly, you should have had the survey done before you started knocking walls through.", C),
    S("en", "What your builder does with the report is not our business.", X),
    S("en", "We don't yet know whether the lab can analyse a sample that's been opened, but I've asked them and will reply by 3 pm tomorrow."),
    S("en", "Keep the room closed until Thursday's air test so any fibres disturbed today don't spread through the house.", I),
]

DRAFTS = [
    D("ja", "分析結果報告書の送付（青葉ビル改修工事・検体5点）", """
株式会社丸山建設　工務部　杉本様

東和アスベスト分析センターの吉田です。
11月12日にお預かりした検体5点の分析結果報告書をお送りします（PDF添付）。

結果の概要は次のとおりです。
・検体No.3（3階天井　吹付け材）：クリソタイル含有（含有率 約2%）
・検体No.1・2・4・5：不検出

No.3の吹付け材はレベル1の建材に当たるため、除去工事の際は作業開始の14日前までに自治体への届出が必要です。
原本の郵送をご希望の場合は、送付先をご返信ください。

東和アスベスト分析センター　吉田
"""),
    D("ja", "東和アスベスト分析センターです", """
有限会社タカノ工務店　高野様

いつもお世話になっております。東和アスベスト分析センターの吉田です。
ご存じのとおり、2023年10月から、建築物の解体・改修工事の事前調査は、有資格者が行うことが義務付けられました。
当センターでは現在、調査者資格を持つ職員が12名在籍しており、県内全域の現地調査に対応しております。
また、今年度から分析機器を1台増設し、通常の報告期間も短くなりました。

さて、先日お預かりした検体のうち2点は採取量が少なく、このままでは定性分析までしか行えません。
定量分析まで必要な場合は再採取が必要になりますので、どちらで進めるか、今週金曜までにご返信いただけますでしょうか。

東和アスベスト分析センター　吉田
""", PU),
    D("ja", "報告書送付の遅れについて", """
株式会社新光ハウジング　岩田様

東和アスベスト分析センターの吉田です。
お約束していた11月20日に報告書をお届けできなかった件について、ご報告します。

原因は、分析装置の定期校正が予定より2日延びたため、分析の順番が後ろにずれたことでした。
報告書は本日11月22日の午前にPDFでお送りし、原本も本日郵送いたしました。
今後は校正日程の前後に余裕を持たせ、お約束した日程に影響する場合は前もってご連絡いたします。

東和アスベスト分析センター　吉田
""", AP),
    D("ja", "事前調査のお見積もり（緑町3丁目　木造2階建て）", """
中野様

東和アスベスト分析センターの吉田です。
ご依頼の解体前事前調査について、お見積もりをお送りします。

・書面調査・現地調査（調査者1名、約2時間）：33,000円
・検体分析（定性分析、想定3検体）：1検体16,500円×3＝49,500円
・報告書作成：11,000円
合計：93,500円（税込）

検体の数は現地で建材を確認してから決まるため、増減した場合は1検体ごとに上記の単価で精算いたします。
現地調査は、12月2日（月）か4日（水）の午前に伺えます。ご都合のよい日をお知らせいただければ、その日で手配いたします。

東和アスベスト分析センター　吉田
"""),

    D("en", "Survey results for 27 Elm Grove - one positive sample", """
Dear Mr Patel,

Your asbestos survey report for 27 Elm Grove is attached.

In short: one of the 12 samples contained asbestos - the textured coating on the back bedroom ceiling (sample 7, chrysotile). All other samples, including the floor tiles you were worried about, were negative.

The ceiling coating is in good condition and is safe to leave as it is, as long as it isn't drilled, sanded or scraped. If your renovation plans involve that ceiling, it will need to be removed by a licensed contractor first; we can recommend two local firms.

If anything in the report is unclear, I'm happy to go through it with you by phone.

Kind regards,
Helen Ward
ClearFibre Surveys
"""),
    D("en", "Your survey appointment", """
Dear Ms Lowe,

This is to confirm your refurbishment survey at {site_address} on Wednesday 4 June, starting at 9 am. Our surveyor, Chris, will need access to every room, the loft and any outbuildings, because the survey has to cover every area the works will touch.

The survey takes about three hours for a house of this size. The written report follows within 5 working days.

Kind regards,
ClearFibre Surveys
""", PH),
]

MAILS = [
    M("ja", "剥がした天井板にアスベストの可能性があると言われました", """
自宅の浴室をリフォーム中です。
今日、業者さんが天井板を剥がしたあとで「この板、アスベストが入っているかもしれない」と言い出しました。
剥がした板は割れた状態で脱衣所に積んであり、粉も落ちています。
家には2歳の子どもがいます。今夜このまま家で過ごして大丈夫なのでしょうか。
調べていただくには、どうすればいいですか。明日にでも見てもらえるとありがたいです。

池田
""", "high", "anxious"),
    M("ja", "事前調査報告書の送付時期について（18日着工予定）", """
株式会社大橋解体の中村です。下記、元請からのメールを転送します。
来週月曜（18日）に本町2丁目の倉庫解体に着工する予定で、先週火曜に検体をお送りしています（受付番号 T-2291）。
報告書がないと着工できないため、今週金曜までにいただくことは可能でしょうか。
難しい場合は、見込みの日付を教えてください。

---------- Forwarded message ---------
From: 山本（三和建設 工事部）
件名: 本町2丁目倉庫 解体工事の件

中村さん
石綿の事前調査結果の報告書がまだ届いていません。
報告書の写しが現場に備え付けられていないと、18日の着工は認められません。
金曜の工程会議までに提出をお願いします。
""", "high", "neutral"),
    M("ja", "検体の分析結果はいつ出るのですか", """
2週間前に検体を送りました。ホームページには「5営業日で報告」と書いてありますよね。
これまでにメールで3回、電話で1回問い合わせましたが、返ってくるのは自動返信だけです。
結果が出ないので現場が止まっていて、職人の日当だけが毎日出ていっています。
今日中に、いつ結果が出るのか、担当者から直接連絡をください。

工藤工務店　工藤
""", "high", "angry"),
    M("ja", "事前調査のお見積もり依頼", """
お世話になります。株式会社ハマダ設計の浜田と申します。
来年度に改修予定の事務所ビル（鉄骨3階建て、1978年竣工、延べ床約900㎡）について、
事前調査のお見積もりをお願いしたく、ご連絡しました。
図面（PDF）を添付します。
現地調査の日程は、来月中であれば調整可能です。
""", "normal", "neutral"),
    M("ja", "報告書の宛名の訂正", """
先日いただいた分析結果報告書ですが、宛名が「有限会社北斗建工」になっておりました。
正しくは「北斗建工有限会社」です。
お手数ですが、訂正版をPDFで再発行いただけますか。

北斗建工有限会社　工事部　杉浦
""", "normal", "neutral"),
    M("ja", "実家の売却前の調査について", """
築45年の実家を売却することになりました。
不動産会社から「アスベストの調査をしておいたほうがいい」と言われたのですが、
もし見つかったら売れなくなったり、値段が大きく下がったりするのではないかと心配です。
そもそも調査は必ずしなければならないものなのでしょうか。
何も分からず、すみません。
""", "normal", "anxious"),
    M("ja", "請求金額について", """
先月の調査の請求書が届きましたが、見積もりより33,000円高くなっています。
「検体追加」とありますが、追加するという説明は一度も受けていません。
勝手に増やして請求するのはどうなんでしょうか。
説明をお願いします。
""", "normal", "angry"),
    M("ja", "調査", "うちの倉庫もやったほうがいいですか？", "normal", "neutral", True),
    M("ja", "パンフレットの送付のお願い", """
社内の安全研修で、アスベスト分析の流れを紹介したいと考えています。
研修の時期はまだ決まっていないので、いつでも構いませんが、パンフレットなどがあれば5部ほど郵送いただけますか。

〒460-0008 名古屋市中区栄3-2-1
株式会社トーカイ設備　総務部　森
""", "low", "neutral"),
    M("ja", "先月の現地調査のお礼", """
先月、グループホームの改修前調査でお世話になりました。
調査員の方が、作業の合間に職員の質問にも丁寧に答えてくださり、皆安心していました。
報告書の内容も分かりやすく、特に問題はありません。お礼だけお伝えしたくご連絡しました。
""", "low", "positive"),

    M("en", "Plumber drilled through pipe lagging - is it asbestos?", """
Hello,
A plumber drilled through the boxing around our old boiler pipe this morning and there's white fluffy dust all over the utility room floor. My neighbour, who's a builder, thinks it looks like asbestos lagging.
I'm 30 weeks pregnant and we have a 3-year-old. Should we stay somewhere else tonight? Is there any chance someone could come and take a sample today or tomorrow morning?
I've shut the utility room door and put a towel under it.
Megan Hughes
12 Larch Close
""", "high", "anxious"),
    M("en", "Management survey - 1960s school annexe", """
Dear ClearFibre,
We need a management survey of a single-storey 1960s annexe at Whitfield Primary ahead of refurbishment works planned for the summer holidays. Floor area is roughly 420 m². Drawings attached.
Could you let me know your fee and earliest availability?
Regards,
Martin Cole
Estates Officer, Whitfield Primary
""", "normal", "neutral"),
    M("en", "Invoice 7741 - again", """
This is the second invoice this month with mistakes on it. You've charged us for 14 samples; your own report lists 11. Last time it was the wrong site address.
Frankly I'm running out of patience. Please send a corrected invoice and tell me what you're doing to check these before they go out.
S. Barker, Accounts, Barker & Lane Builders
""", "normal", "angry"),
    M("en", "Sample", "Is it safe", "normal", "neutral", True),
    M("en", "CPD talks for architects?", """
Hi, do you ever give CPD talks on asbestos surveys for small architecture practices? Nothing planned - I'm just putting together a list of possible speakers for next year.
Thanks, Elena Ruiz
""", "low", "neutral"),
]

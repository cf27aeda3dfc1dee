# poolcare = swimming-pool maintenance and water-quality service (hotels, schools, gyms, homes)
from ._h import s, d, m

DOMAIN = "poolcare"

SENTS = [
    s("ja", "ろ過装置の交換部品は、取り寄せに多少お時間をいただく見込みです。", "vague"),
    s("ja", "塩素濃度は毎朝ご自分で測って、ノートに書いておいてください。", "imperative", "request_without_reason"),
    s("ja", "水が濁ったのは、そちらで薬剤の投入量を守っていただけなかったためと考えられます。", "condescending"),
    s("ja", "ポンプの異音の原因については、現時点では当社でも把握できておりません。", "unknown_without_followup"),
    s("ja", "開業前点検は6月3日（月）9時から、作業員2名で約4時間を予定しております。", ),
    s("ja", "藻の再発を抑えるため、週に1回だけ壁面のブラシ掛けをお願いできますでしょうか。薬剤の量も減らせます。", ),
    s("ja", "タイルのひび割れは当社の契約範囲外ですので、こちらではお答えしかねます。", "dismissive"),
    s("ja", "ろ過砂の交換時期の目安は前回の点検報告書の3ページ目に記載しておりますので、該当ページを添付いたします。", ),
    s("ja", "正式なご発注として扱わせていただくため、お見積書に社印を押してご返送いただけますでしょうか。", ),
    s("ja", "循環ポンプは本日14時に交換を終え、残留塩素も0.6mg/Lと基準内に戻ったことを確認いたしました。", ),
    s("ja", "水温が上がらない件はまだ原因を特定できておりませんが、明後日17時までに調査結果と対応案をお電話でご報告します。", ),
    s("ja", "監視員を何人置くかは施設様がお決めになることで、当社が口を出す話ではございません。", "dismissive"),
    s("ja", "少々お待たせしてしまい申し訳ございませんでした。ご依頼の水質検査表を添付いたします。", ),
    s("en", "Top up the chlorine tablets before the weekend.", "imperative", "request_without_reason"),
    s("en", "The heater fault may take a while to sort out.", "vague"),
    s("en", "If the test strips had been kept dry like the label says, this wouldn't have happened.", "condescending"),
    s("en", "Mark will arrive between 8 and 10 a.m. on Thursday, and the opening service takes about two hours.", ),
    s("en", "So that we order the right liner, could you measure the length of the pool and the depth at the deep end?", ),
    s("en", "Algae on the patio furniture isn't really something we deal with.", "dismissive"),
    s("en", "I don't yet know why the pressure keeps dropping, but I've booked a technician for Monday morning and will call you with what he finds by 4 p.m.", ),
]

DRAFTS = [
    d("ja", "【お詫び】6月分 水質検査報告書の送付遅れについて",
      """ホテル潮見台 施設管理ご担当 村井様

いつもお世話になっております。みなもプール管理の岸です。
6月分の水質検査報告書のお届けが、お約束の6月5日から1週間遅れてしまいました。ご迷惑をおかけし、誠に申し訳ございません。

原因は、担当者の交代時に送付先リストの更新が漏れ、貴館が送付対象から外れていたことです。
本日、報告書（PDF）を本メールに添付してお送りし、原本も速達で発送いたしました。検査結果はすべて基準値内です。
今後は、毎月3日に送付先リストと送付済み記録を別の者が照合し、漏れがないことを確認してから発送いたします。

保健所への提出期限（6月20日）には間に合う見込みですが、ご不明な点があれば私の携帯（080-4412-7730）までご連絡ください。

みなもプール管理 岸 健太
"""),
    d("ja", "開業前点検の日程について",
      """市立北小学校 教頭 佐伯様

お世話になっております。みなもプール管理の岸です。
今年度のプール開き前の点検日程をご案内いたします。

点検日：〇月〇日（〇）9:00〜13:00
作業内容：ろ過装置・循環ポンプの点検、薬注装置の校正、水質検査

当日は機械室の鍵を事務室でお借りしたく存じます。日程がご都合に合わない場合は、5月10日までにお知らせいただければ調整いたします。

みなもプール管理 岸
""", "placeholder_left"),
    d("ja", "みなも通信 夏号",
      """スポーツクラブ・リーフ 支配人 大野様

いつもお世話になっております。みなもプール管理の岸です。
今年は梅雨明けが早く、7月上旬から屋外プールの利用が増えると予想されています。
気温が高い日は残留塩素が急に下がりやすいため、当社では測定回数を1日3回に増やすことをおすすめしています。
また、今年から新しい自動薬注装置の取り扱いを始めました。詳しくは添付のカタログをご覧ください。

さて、来月の定期点検ですが、7月8日（月）か7月10日（水）のどちらかで伺いたいと考えております。6月28日までにご都合のよい日をご返信いただけますと、作業員の手配ができます。

みなもプール管理 岸
""", "purpose_not_upfront"),
    d("ja", "ご依頼の循環ポンプ交換のお見積り（税込み187,000円）",
      """今井様

みなもプール管理の岸です。先日ご依頼いただいた、ご自宅プールの循環ポンプ交換のお見積りをお送りします。

・ポンプ本体（1.5kW）：132,000円
・交換作業費（2名・約3時間）：44,000円
・古いポンプの処分費：11,000円
合計：187,000円（税込み）

部品は発注から5営業日で届きますので、6月14日までにご発注いただければ6月21日（金）に工事ができます。
お見積りの有効期限は6月30日です。ご不明な点はこのメールにご返信ください。

みなもプール管理 岸
"""),
    d("en", "Your pool opening visit on Thursday 15 May",
      """Hi Mrs Dalton,

This is to confirm your pool opening visit on Thursday 15 May, between 8 and 10 a.m. Mark will be your technician and the visit takes about two hours.

He'll remove and fold the winter cover, start up the pump and filter, and balance the water. The price is $185, as quoted in April.

Mark will need the side gate unlocked, because the equipment is behind the garage. If that's a problem on the day, just reply to this email and we'll arrange a time to collect a key.

Best,
Jenna
BlueLine Pool Care
"""),
    d("en", "Sorry about Tuesday's missed appointment",
      """Dear Mr Okafor,

I'm very sorry that nobody turned up for your filter service on Tuesday afternoon. You took time off work to be there, and we let you down.

I've rebooked the service for Friday 23 May at 1 p.m. with our senior technician, Luis, and there will be no charge for this visit.

Thanks for your patience, and again, my apologies.

Jenna Ruiz
Customer Care, BlueLine Pool Care
""", "apology_incomplete"),
]

MAILS = [
    m("ja", "明日のプール開き、まだ濁っています",
      """みなもプール管理 ご担当者様

ホテル潮見台の村井です。
先週交換していただいたろ過ポンプですが、今朝になってもプールの水が白く濁ったままです。
明日7月1日の朝から宿泊のお客様向けにプールを開ける予定で、予約サイトにも告知済みです。

この件で月曜から3回お電話し、2回は折り返すと言われましたが、いまだに連絡がありません。
本日中に状況を確認しに来ていただけないのであれば、今後の契約も考えさせていただきます。

ホテル潮見台 施設管理 村井""", "high", "angry"),
    m("ja", "水泳授業の後に目の痛みを訴える児童がいます",
      """みなもプール管理 岸様

北小学校の佐伯です。
昨日薬注装置を調整していただいたあと、今日の水泳の授業で、４年生の児童７名が目の痛みやかゆみを訴えて保健室に来ました。
うち１名は肌が赤くなっていて、保護者に迎えに来てもらっています。

塩素の量が多すぎたのではないかと心配しています。
明日の１時間目も水泳の授業が入っているので、それまでに水の状態を確認していただけないでしょうか。
授業を中止すべきかどうか、判断がつかず困っています。

北小学校 教頭 佐伯""", "high", "anxious"),
    m("ja", "メインポンプ停止（リーフ本店）",
      """岸さん

リーフ本店の大野です。
今朝6時の開館準備の時点でメインの循環ポンプが止まっていて、ブレーカーを上げ直しても動きません。
現在プールエリアは閉鎖して、会員さんには入口で説明しています。
夕方からはジュニアスクール（約80名）のレッスンがあり、17時までに復旧しないと休講の連絡を出さなければなりません。
本日中に技術の方を手配いただけますか。

大野
スポーツクラブ・リーフ 本店支配人
TEL 045-331-2208""", "high", "neutral"),
    m("ja", "年間保守契約のお見積り依頼",
      """みなもプール管理 御中

お世話になります。グランドヴィラ葉山の管理を担当しております田中と申します。
当館の屋外プール（25m×10m、ろ過装置は2015年設置）について、年間保守契約のお見積りをお願いしたく連絡いたしました。
現在の業者との契約が来年3月末で満了するため、比較検討しております。

・月1回の定期点検
・水質検査（保健所提出用の書式）
・シーズン前後の開閉作業

上記を含めた場合の概算を、12月中旬までにいただけると助かります。
よろしくお願いいたします。

グランドヴィラ葉山 管理課 田中""", "normal", "neutral"),
    m("ja", "先日の作業員の方について",
      """先日、自宅のプールの点検に来られた作業員の方の件です。

作業後、機械室に古いパッキンやビニール袋がそのまま置いてあり、芝生の上には薬剤の粉がこぼれていました。
また、こちらが質問しても「見ればわかります」と言われ、ほとんど説明してもらえませんでした。
料金はきちんとお支払いしているのに、この対応はどうなのでしょうか。
片付けは自分でしましたので、来ていただく必要はありません。ただ、会社としてどう考えているのかは聞かせてください。

今井""", "normal", "angry"),
    m("ja", "水道代が倍になっています",
      """みなもプール管理さま

いつもお世話になっております。今井です（先ほど別件でもメールしました）。
今月の水道代の請求が、先月のほぼ倍でした。
プールの水を足す回数は変えていないので、どこかで漏れているのではないかと気になっています。
もし配管から漏れていたら、庭の地盤が傷んだりしないでしょうか…。
来週12日の定期点検のときで構いませんので、配管まわりも見ていただけますか。
それまでに自分でできる確認方法があれば教えてください。

今井""", "normal", "anxious"),
    m("ja", "ポンプの件",
      """ポンプの件どうなりましたか""", "normal", "neutral", True),
    m("ja", "請求書送付先変更のお願い",
      """みなもプール管理　経理ご担当者様

いつもお世話になっております。
弊社の本社移転に伴い、10月分以降の請求書の送付先を下記に変更いただけますでしょうか。

新送付先：〒231-0023 横浜市中区山下町１２３　アオバビル５階
株式会社スポーツクラブ・リーフ　経理部　宛

よろしくお願いいたします。

――――――――――
株式会社スポーツクラブ・リーフ
経理部　小池　沙織
――――――――――""", "normal", "neutral"),
    m("ja", "今シーズンもありがとうございました",
      """岸さん

今シーズンも大変お世話になりました。グランドヴィラ葉山の田中です。
夏休み中は毎日満員でしたが、水のトラブルが一度もなく、お客様からも「水がきれい」とたくさん褒めていただきました。
スタッフ一同、本当に感謝しております。

来年の契約のお話は、年明けに改めてご相談させてください。
寒くなりますので、どうぞご自愛ください。

田中""", "low", "positive"),
    m("ja", "冬季の保護カバーについて",
      """お世話になっております。今井です。
来シーズンの話なので、秋以降のご返信で構いません。

冬の間プールにかけておく保護カバーを買い替えようかと考えています。
今使っているのは5年前のもので、少し色があせてきました。
御社で取り扱いのあるカバーと、だいたいの価格を教えていただければと思います。

今井""", "low", "neutral"),
    m("en", "Guests arrive Saturday - pool is green and breaker keeps tripping",
      """Hi BlueLine,

We manage a holiday rental at 14 Coral Way. The pool turned green over the last few days and now the pump trips the breaker every time we switch it on. There's also a faint burning smell from the pump housing, so we've left the power off.

A family of six checks in on Saturday at 3 p.m. and the pool is the main reason they booked. I'm not comfortable letting them near it with the electrics like this.

Could someone look at it tomorrow (Thursday)? Gate code is 4471.

Thanks,
Hannah Lee
Coastline Stays""", "high", "anxious"),
    m("en", "Third email - double charge still not refunded",
      """Hello,

This is my third email about this. You charged my card twice for the May service ($185 x 2), as I explained on 3 June and again on 12 June. Both times I was told someone from accounts would "reach out". Nobody has.

I'm now $185 out of pocket for a service I paid for once. If I don't hear back with a refund confirmation this week I'll dispute the charge with my bank and find another company.

Daniel Okafor

> On 12 June, BlueLine Pool Care wrote:
> Thanks Daniel, I've passed this to our accounts team.""", "high", "angry"),
    m("en", "Moving my service day",
      """Hi Jenna,

Could we move my fortnightly service from Tuesdays to Wednesdays from next month? I've started working from home on Tuesdays and the pump noise makes calls tricky.

Same time of day is fine.

Cheers,
Priya""", "normal", "neutral"),
    m("en", "same problem",
      """Same problem as before. Can someone come""", "normal", "neutral", True),
    m("en", "Thanks + a question for next year",
      """Hi team,

Just wanted to say the new tiles around the waterline look fantastic, thank you. Luis was brilliant.

No rush at all on this, but for next season we're wondering about switching to a salt system. Is that something you install, and roughly what does it cost? Happy to talk about it in the autumn.

Best,
Ruth and Colin Mayhew""", "low", "positive"),
]

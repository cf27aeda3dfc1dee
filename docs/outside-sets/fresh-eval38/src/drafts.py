# Full reply drafts, grouped by domain. Each entry: (labels, subject, text)
# labels use the full rule names; "" = clean.

JA = {
"watertest": [
("", "井戸水の検査結果（大腸菌群：陰性）のお知らせ",
"""高橋 恵子様

水環境分析センターの村井です。
5月20日にお預かりした井戸水の検査結果がまとまりましたので、お知らせします。

大腸菌群は「陰性」、一般細菌は1mLあたり12個で、飲用の基準（100個以下）を満たしています。
硝酸態窒素は3.1mg/Lで、こちらも基準値（10mg/L）以内です。
詳しい数値は添付のPDF（2ページ）にまとめました。

次回の検査は、季節による変化を見るために11月をおすすめしています。
10月15日に採水キットをお送りしますので、不要でしたらそれまでにお知らせください。

水環境分析センター　村井 修
TEL 0120-48-3310（平日9時〜17時）
"""),
("placeholder_left", "採水キット発送のご案内",
"""〇〇様

水環境分析センターの村井です。
お申し込みいただいた水道水・井戸水の比較検査（15項目）の採水キットを、本日ゆうパックで発送しました。
お問い合わせ番号は 5521-0983-4417 です。

キットには、採水ボトル2本、保冷剤、返送用の伝票が入っています。
一般細菌は時間とともに数が変わるため、採水から24時間以内に当センターへ届くよう、月曜から木曜の午前中に採水していただけますか。

結果はボトルの到着から7営業日でメールにてお送りします。

水環境分析センター　村井
"""),
("unknown_without_followup", "再検査の結果について",
"""佐野様

水環境分析センターの石川です。
先日の再検査でも、一般細菌が基準値をわずかに上回りました（1mLあたり130個）。

前回と今回で数値が上がった原因については、当センターでは分かりかねます。
配管の状態など、検査以外の事情も考えられますので、ご了承ください。

検査結果の書類は、本日郵送いたしました。

水環境分析センター　石川
"""),
("", "本日の検査結果メールの誤送信についてのお詫び",
"""株式会社ミナトフーズ
品質管理部　岡田様

水環境分析センターの所長、村井です。
本日11時12分、御社の検査結果をお送りするメールに、別のお客様の検査結果ファイルを誤って添付してしまいました。
御社にご迷惑とご不安をおかけしたことを、心よりお詫び申し上げます。

原因は、担当者が送信前の宛先とファイル名の照合を省いたことにあります。
誤って添付したファイルは別のお客様の情報ですので、お手数をおかけしますが削除していただけますでしょうか。該当のお客様には、当方から経緯をご説明し、お詫び申し上げました。
御社の正しい検査結果は、本日14時に改めてお送りしております。

今後は、結果ファイルにお客様番号を入れ、送信の前に別の職員が宛先とファイルの番号を照合する手順に改めました。
このたびは大変申し訳ございませんでした。

水環境分析センター　所長　村井 修
"""),
],
"donation": [
("apology_incomplete", "寄付金の二重引き落としについてのお詫び",
"""山本 紀子様

認定NPO法人ひだまり子ども基金、会員担当の新井です。
4月27日の口座引き落としで、山本様の月々のご寄付（3,000円）が二重に引き落とされておりました。
大切なご寄付をお預かりする立場として、誠に申し訳ございません。

原因は、引き落としデータを作る際、システムの更新作業で同じデータが二度登録されたことでした。
二重にお引き落としした3,000円は、5月2日に山本様のご指定口座へお振り込みいたしました。

ご不明な点がございましたら、会員担当の新井までご連絡ください。

ひだまり子ども基金　会員担当　新井
03-5412-7780
"""),
("", "寄付金受領証明書の再発行について",
"""中島様

ひだまり子ども基金の新井です。
お問い合わせいただいた2023年分の寄付金受領証明書を再発行し、本日普通郵便で発送しました。
3月1日までにはお手元に届く見込みです。

確定申告の期限（3月15日）に間に合わない場合に備え、PDF版を本メールに添付しております。
PDF版も税務署への提出にお使いいただけます。

引き続き、子どもたちへのご支援をよろしくお願いいたします。

ひだまり子ども基金　新井
"""),
("purpose_not_upfront", "ひだまり通信のご案内",
"""小林 誠様

いつもひだまり子ども基金をご支援いただき、ありがとうございます。
今年の夏は、皆さまからのご寄付で、3か所の学習教室に新しい本棚と120冊の本を届けることができました。
子どもたちからのお手紙も届いておりますので、秋号の会報でご紹介する予定です。
また、10月には毎年恒例のチャリティーバザーを開催いたします。

なお、小林様のご登録のクレジットカードが9月末で有効期限を迎えるため、10月分のご寄付からお引き落としができなくなります。
お手数ですが、9月25日までにマイページでカード情報の更新をお願いできますでしょうか。

ひだまり子ども基金　事務局
"""),
],
"antenna": [
("placeholder_left", "アンテナ交換工事のお見積もり",
"""森田様

ミナミ電波サービスの川口です。
先日は現地調査にお立ち会いいただき、ありがとうございました。

調査の結果、現在の八木式アンテナは支柱が錆びて傾いているため、デザインアンテナへの交換をご提案いたします。
工事費は、アンテナ本体・取付金具・配線の交換を含めて【お見積金額】円（税込み）です。
作業時間は約3時間、雨天の場合は別日に振り替えます。

ご検討のうえ、工事をご希望の場合は、ご都合のよい日を2つほどお知らせいただけますか。

ミナミ電波サービス　川口
"""),
("purpose_not_upfront", "ミナミ電波サービスです",
"""松井様

いつもお世話になっております。ミナミ電波サービスの川口です。
今年は台風の多い年になりそうだと言われていますね。
当社では、台風シーズンの前に、アンテナの固定金具や支線の点検をおすすめしております。
昨年は市内だけで40件ほど、強風によるアンテナの傾きのご相談をいただきました。

さて、先日松井様からいただいたお電話の件ですが、2階の寝室のテレビ端子の交換は、7月9日（火）の14時からお伺いできます。
この日程でよろしいか、ご返信いただけますでしょうか。

ミナミ電波サービス　川口
"""),
("", "ブースター交換後も映らない件のご相談（明日10時にお伺いします）",
"""大野様

ミナミ電波サービスの川口です。
昨日ブースターを交換したにもかかわらず、今朝からまた一部のチャンネルが映らないとのこと、ご不便をおかけして申し訳ございません。

お電話で伺った症状からは、屋根の上の分配器か、配線の接続部に原因がある可能性が高いと考えています。
明日10時に、昨日と同じ担当の田中がお伺いし、屋根の上の機器を確認いたします。作業は1時間ほどの予定です。
今回の再調査と修理に費用はかかりません。

ご都合が合わない場合は、本日18時までにお電話（0120-22-6150）をいただけますか。別の時間をご用意します。

ミナミ電波サービス　川口
"""),
],
"entertainer": [
("placeholder_left", "ご出演者決定のお知らせ",
"""株式会社さくらモール
販促課　上田様

スマイルエンタメ派遣の吉岡です。
〇月〇日のキッズフェスタにご出演いただくパフォーマーが決まりましたので、ご連絡いたします。

・バルーンアーティスト　ポップ（11時・14時の2回、各30分）
・マジシャン　KAZU（12時30分・15時30分の2回、各30分）

当日は開演の1時間前に会場入りし、音響の確認をさせていただきます。
控室として、着替えのできるお部屋を一つご用意いただけますでしょうか。衣装替えに使います。

スマイルエンタメ派遣　吉岡
"""),
("", "ご契約内容の確認（6月8日・ジャグリングショー）",
"""中川様

スマイルエンタメ派遣の吉岡です。
6月8日（土）の町内会夏まつりでのジャグリングショーについて、ご契約内容を確認させてください。

・出演時間：13時から13時40分まで
・出演料：55,000円（税込み、交通費込み）
・火を使う演目は含みません

ご依頼の内容と違う点があれば、5月31日までにお知らせください。
違いがなければ、ご返信は不要です。

スマイルエンタメ派遣　吉岡
"""),
("apology_incomplete", "本日のショーの開始が遅れた件につきまして",
"""西村様

スマイルエンタメ派遣の吉岡です。
本日のお誕生日会で、マジシャンの到着が予定より25分遅れ、ショーの開始が遅くなってしまいました。
お子さまたちを長くお待たせしてしまい、大変申し訳ございません。

遅れた原因は、出演者が道路の渋滞を見込まずに出発したことにあります。
今後は、出演者に開演の1時間前までに現地近くに着くよう出発してもらうことを徹底いたします。

スマイルエンタメ派遣　吉岡
"""),
],
"butsudan": [
("placeholder_left", "お位牌の彫刻内容のご確認",
"""前田様

仏壇の寿光堂、佐々木でございます。
ご注文いただいた塗り位牌の彫刻内容を確認させていただきたく、ご連絡いたしました。

表面：△△院釋□□信士
裏面：令和六年三月十日　俗名　前田 義男　行年八十二歳

戒名の文字に誤りがないか、お手元の白木位牌と照らし合わせていただけますか。
ご確認いただいてから彫刻に入り、10日ほどで仕上がります。

寿光堂　佐々木
"""),
("", "お仏壇のお届け日（8月3日）のご連絡",
"""今井様

仏壇の寿光堂、佐々木でございます。
ご注文いただいた唐木仏壇のお届け日を、8月3日（土）の午前10時に決めさせていただきました。

設置には2名で伺い、1時間ほどかかります。
お仏壇の高さが162cmございますので、仏間まで運び入れるために、玄関から仏間までの通路の幅が70cm以上あるかをお確かめいただけますか。
狭い箇所がある場合は、分解してお運びする準備をいたします。

古いお仏壇のお引き取りもご希望とのことでしたので、当日お預かりいたします（費用は11,000円です）。

寿光堂　佐々木
"""),
("", "お位牌の文字の誤りについてのお詫びと作り直しのご報告",
"""藤田様

寿光堂の店主、佐々木でございます。
昨日お渡ししたお位牌の戒名で、「釋」の字を「釈」と彫ってしまいました。大切なお位牌に誤りがあり、深くお詫び申し上げます。

原因は、彫刻前の原稿の確認を私一人で行い、お客様からいただいた原稿と照らし合わせる手順を省いたことでした。
作り直したお位牌は、本日職人が仕上げており、四十九日の法要の前日、11月14日（木）の午前中にご自宅へお届けいたします。費用はいただきません。

今後は、彫刻前の原稿をお客様にもご確認いただき、さらに店の者二人で読み合わせてから彫刻に入ることにいたしました。
このたびは本当に申し訳ございませんでした。

寿光堂　佐々木
"""),
],
"flightschool": [
("placeholder_left", "体験飛行のご予約を承りました",
"""{name} 様

スカイライン飛行クラブの長谷川です。
体験飛行のご予約、ありがとうございます。
日時：9月14日（土）10時00分から（受付は9時30分まで）
場所：たかはら飛行場　クラブハウス

飛行時間は約30分で、離陸から着陸まで教官が隣に乗ります。
風が強い場合は、前日18時までにお電話で中止のご連絡をいたします。

スカイライン飛行クラブ　長谷川
"""),
("", "自家用操縦士コースの費用についてのご回答",
"""小島様

スカイライン飛行クラブの長谷川です。
お問い合わせいただいた自家用操縦士コースの費用について、お答えします。

・入会金：110,000円
・飛行訓練：1時間あたり46,200円（機体使用料・教官料込み）
・学科講習：全20回で165,000円

これまでの卒業生の平均飛行時間は58時間で、総額はおよそ350万円でした。
飛行時間は人によって差があるため、初めの10時間を終えた時点で、教官から残りの見込み時間をお伝えしています。

見学は毎週土曜日に受け付けておりますので、ご希望の日をお知らせください。

スカイライン飛行クラブ　長谷川
"""),
("imperative request_without_reason", "次回訓練について",
"""大塚様

スカイライン飛行クラブの教官、長谷川です。
次回の訓練は10月5日（土）8時30分からです。

当日は、航空身体検査証明書とログブックを必ず持ってきてください。
また、前日までに飛行計画を自分で作っておいてください。

スカイライン飛行クラブ　長谷川
"""),
],
"inkrefill": [
("", "ご注文品の誤発送についてのお詫び",
"""石田様

インクリピートの鈴木です。
このたびは、ご注文のカートリッジ（BCI-381XL 4色）と異なる型番（BCI-371XL）をお送りしてしまい、誠に申し訳ございません。

原因は、出荷の際に棚の番号を読み間違えたことでした。
正しい商品は本日発送いたしました（追跡番号 3391-2208-5547）。明日の午前中に届く予定です。
誤ってお送りした商品は、同封の着払い伝票でご返送いただけますでしょうか。在庫に戻して次のお客様にお送りするためです。
今後は、出荷前に商品のバーコードを読み取り、注文の型番と一致しない場合は出荷できない仕組みに改めました。

インクリピート　鈴木
"""),
("", "カートリッジの回収キットをお送りしました",
"""林様

インクリピートの鈴木です。
使用済みカートリッジの回収キットを、本日ポスト投函便で発送しました。2〜3日でお手元に届きます。

回収したカートリッジは洗浄して再利用するため、インクが残ったままでも問題ありません。
ただ、輸送中のインク漏れを防ぐため、同封の袋に1個ずつ入れていただけますか。

10個以上お送りいただいた場合は、次回のご注文で使える500円分のクーポンをメールでお送りします。

インクリピート　鈴木
"""),
("", "インク漏れによるプリンターの故障についてのお詫びとご報告",
"""株式会社三和設計
総務部　加藤様

インクリピート品質管理担当の鈴木です。
当社の詰め替えカートリッジからインクが漏れ、御社のプリンターが使えなくなりましたこと、深くお詫び申し上げます。

お送りいただいたカートリッジを調べたところ、インク注入口のシールが規定より薄い製造ロット（L2403）であり、輸送中の気圧の変化で漏れたことが分かりました。
プリンターの修理費（メーカー見積もり 28,600円）は当社が全額負担いたします。修理期間中の代替機として、同じ型のプリンターを本日発送しました。

同じロットの出荷はすでに止め、今後はシールの厚みを全数検査してから出荷いたします。
重ねて、ご迷惑をおかけしましたことをお詫び申し上げます。

インクリピート　品質管理担当　鈴木 亮
"""),
],
"newspaper": [
("", "朝刊が届かなかった件のお詫び",
"""坂本様

中央新聞 北町販売所の太田です。
今朝、坂本様のお宅に朝刊をお届けできておりませんでした。ご迷惑をおかけし、申し訳ございません。
今週から配達員が交代しており、新しい配達員が順路表の坂本様のお宅の行を読み飛ばしたことが原因でした。

本日の朝刊は、9時30分に私が直接お届けいたしました。
今後は、配達の最後に順路表と照らし合わせて、配り漏れがないかを確認するようにいたします。

中央新聞 北町販売所　太田
"""),
("purpose_not_upfront", "北町販売所より",
"""青木様

いつも中央新聞をご購読いただき、ありがとうございます。
北町販売所の太田です。
最近は朝晩が冷え込むようになりましたね。
当販売所では、毎年恒例の読者感謝デーとして、12月に地元の農家さんの野菜を配る催しを予定しております。
また、古紙回収も引き続き毎月第2土曜日に行っております。

ところで、青木様のご契約が11月末で満了となります。
継続していただける場合は、お手数ですが同封の用紙にご記入のうえ、11月20日までにご返送いただけますでしょうか。

中央新聞 北町販売所　太田
"""),
("", "旅行中の配達の一時停止を承りました",
"""三浦様

中央新聞 北町販売所の太田です。
ご旅行中の配達の一時停止を承りました。

停止期間：8月10日（土）朝刊から8月17日（土）夕刊まで
再開：8月18日（日）朝刊から

停止中の分の購読料は、8月分の集金額から日割りで差し引きます（2,240円）。
停止中の新聞をまとめてお届けすることもできますので、ご希望の場合は8月9日までにお知らせください。

中央新聞 北町販売所　太田
"""),
],
"motorcycle": [
("purpose_not_upfront", "モトガレージ湊です",
"""酒井様

いつもありがとうございます。モトガレージ湊の平野です。
先月はツーリングイベントにご参加いただき、ありがとうございました。
当日の写真を店内に飾っておりますので、お近くにお越しの際はぜひご覧ください。
来月は新型モデルの試乗会も予定しております。

さて、お預かりしている酒井様のバイクですが、フロントブレーキのパッドが残り1mmまで減っていました。
交換には部品代と工賃で8,800円かかります。交換してよいか、明日までにお返事いただけますでしょうか。

モトガレージ湊　平野
"""),
("apology_incomplete", "オイル交換時のドレンボルト締め忘れについて",
"""岡本様

モトガレージ湊の店長、平野です。
先日のオイル交換の際、ドレンボルトの締め付けが不十分で、走行中にオイルが漏れてしまいました。
危険な思いをさせてしまい、心よりお詫び申し上げます。

原因は、作業した整備士がトルクレンチでの最終確認を省いたことでした。
今後は、ドレンボルトの締め付けを別の整備士が確認し、チェック表に署名する手順に改めます。

モトガレージ湊　店長　平野
"""),
("", "車検整備の完了とお引き取り日のご案内",
"""宮本様

モトガレージ湊の平野です。
お預かりしていたCB400の車検整備が終わりました。

交換した部品は、ブレーキフルード、エアフィルター、リアタイヤの3点で、合計は税込み78,540円（法定費用を含む）です。
お引き取りは、3月9日（土）以降の10時から19時の間でしたら、いつでも構いません。
前回より車検費用が高くなっているのは、リアタイヤの溝が残り0.9mmで、車検に通らない状態だったためです。交換前のタイヤは保管してありますので、ご覧になりたい場合はお申し付けください。

モトガレージ湊　平野
"""),
],
"mailfwd": [
("apology_incomplete", "郵便物の転送先の誤りについて",
"""有限会社トワ企画
代表　安藤様

レターポート渋谷の中村です。
7月2日の転送で、御社宛ての郵便物3通が、以前ご登録いただいていた旧住所へ送られていたことが分かりました。

原因は、6月28日にいただいた転送先の変更を、システムに反映する作業が翌週にずれ込んでいたことです。
3通のうち2通は旧住所の管理会社から回収し、本日新しい住所へお送りしました。残る1通は郵便局に調査を依頼しており、7月10日までに結果をご報告いたします。
今後は、転送先の変更を受け付けた当日に反映し、反映した画面を担当者二人で確認することにいたしました。

レターポート渋谷　中村
"""),
("", "バーチャルオフィスのご契約更新のお知らせ（9月30日まで）",
"""合同会社みどりラボ
久保様

レターポート渋谷の中村です。
現在のご契約は10月31日で満了となります。更新をご希望の場合は、9月30日までにマイページの「契約更新」からお手続きいただけますか。
法人登記にお使いの住所のため、期限を過ぎると登記の変更が必要になる場合があり、早めにお知らせしております。

更新後の月額料金は、これまでと同じ5,500円（税込み）です。
更新されない場合は、10月31日までに届いた郵便物を最後の転送でお送りします。

レターポート渋谷　中村
"""),
("condescending", "郵便物の開封スキャンについて",
"""森様

レターポート渋谷の中村です。
お問い合わせの件ですが、開封スキャンはプレミアムプランのみのサービスです。
ご契約時にお渡しした資料にも、料金表にも明記してありますので、ご契約前にきちんとお読みいただきたかったところです。

プランの変更をご希望の場合は、マイページからお手続きいただけます。

レターポート渋谷　中村
"""),
("", "本日届いた書留郵便についてのご連絡",
"""高田様

レターポート渋谷の中村です。
本日11時、高田様宛ての書留郵便（差出人：東京地方裁判所）が届きました。

裁判所からの書類は期限が書かれていることが多いため、通常の水曜の転送を待たず、本日中に速達書留で転送いたします（追加料金なし）。
明日の午前中には、ご登録の転送先に届く予定です。
封筒の表面のスキャン画像は、マイページにアップロードしております。

レターポート渋谷　中村
"""),
],
"exterior": [
("apology_incomplete", "ブロック塀の工事の件",
"""福田様

グリーンエクステリアの斎藤です。
先日施工したブロック塀の一部で、目地からの水漏れが見つかったとのご連絡、ありがとうございます。ご心配をおかけして申し訳ございません。

6月3日（月）の9時に職人が伺い、該当の目地を打ち直します。作業は半日ほどで、費用はいただきません。
今後は、施工後1週間の時点で散水による確認を行い、水漏れがないことを確かめてから引き渡すようにいたします。

グリーンエクステリア　斎藤
"""),
("", "カーポート工事の日程のご連絡（4月15日〜16日）",
"""清水様

グリーンエクステリアの斎藤です。
カーポート設置工事の日程が決まりましたので、お知らせします。

工事日：4月15日（月）・16日（火）の2日間、いずれも8時30分から17時まで
初日は柱の基礎を掘るため、ドリルの音が出ます。近隣の方へは、4月10日に当社からご挨拶の書面をお配りします。

工事中は駐車場が使えなくなるため、2日間はお車を別の場所に停めていただけますでしょうか。近くのコインパーキングの料金（上限1日1,200円）は当社が負担いたします。

グリーンエクステリア　斎藤
"""),
("", "門扉が閉まりにくくなった件のお詫びとご報告",
"""原田様

グリーンエクステリアの斎藤です。
先月取り付けた門扉が閉まりにくくなり、ご不便をおかけして大変申し訳ございませんでした。

本日伺って確認したところ、門柱の基礎のコンクリートが固まりきる前に門扉を吊り込んだため、柱がわずかに傾いたことが原因でした。
柱を立て直し、門扉の調整を本日15時に終えました。開け閉めに問題がないことを、原田様にもご確認いただいております。

今後は、基礎を打ってから3日以上おいて門扉を取り付けるよう、社内の施工手順を改めました。
今後ともどうぞよろしくお願いいたします。

グリーンエクステリア　斎藤
"""),
("vague", "ウッドデッキのお見積もりについて",
"""小松様

グリーンエクステリアの斎藤です。
ウッドデッキのお見積もりの件でご連絡いたしました。

ご希望の人工木のデッキは、現在メーカーで品薄になっており、入荷は近日中の見込みです。
また、デッキの下に防草シートを敷く場合は、別途多少の費用がかかります。
入荷の目処が立ちましたら、改めてお見積もりをお送りします。

グリーンエクステリア　斎藤
"""),
],
"tradingcards": [
("placeholder_left", "買取査定結果のお知らせ",
"""岩崎様

[店舗名] 買取担当の松田です。
お送りいただいたカード52枚の査定が終わりました。

査定額の合計は 47,300円 です。
うち、状態による減額があったカードは3枚で、明細を添付しております。

この金額でよろしければ、3日以内にご返信いただけますか。相場の変動があるため、査定額は3日間のみ保証しております。
ご承諾いただいた翌営業日に、ご指定の口座へお振り込みいたします。

買取担当　松田
"""),
("purpose_not_upfront", "カードショップ・ドローより",
"""山口様

いつもカードショップ・ドローをご利用いただき、ありがとうございます。
今月から店内のデュエルスペースを20席に増やしました。
週末のショップ大会も、参加者の皆さんのおかげで毎回満席です。
新しいスリーブとデッキケースも多数入荷しております。

ところで、山口様が予約されていた拡張パック1ボックスのお取り置き期限が今週の日曜日までとなっております。
お受け取りに来られない場合は、キャンセル扱いとしてよろしいでしょうか。

カードショップ・ドロー
"""),
("", "抽選販売の当選のお知らせとお支払い期限（12月5日まで）",
"""遠藤様

カードショップ・ドローです。
12月1日に実施した「スターターデッキ限定版」の抽選販売で、遠藤様が当選されました。

お支払い金額：3,980円（税込み、送料無料）
お支払い期限：12月5日（木）23時59分

期限までにお支払いが確認できない場合は、繰り上げ当選の方にお譲りすることになりますので、ご注意ください。
お支払いの確認後、12月7日に発送し、追跡番号をメールでお知らせします。

カードショップ・ドロー　通販担当
"""),
("", "大会エントリーの受付完了について",
"""桑原様

カードショップ・ドローです。
1月13日（土）のショップ大会へのエントリーを受け付けました。

受付番号は 0113-027 です。当日は12時30分までに受付カウンターで番号をお伝えください。
デッキリストは当日の提出で構いません。

当日のご来店をお待ちしております。

カードショップ・ドロー
"""),
],
}

EN = {
"watertest": [
("apology_incomplete", "Your water test results",
"""Dear Ms Grant,

We're very sorry that your well water results reached you nine days late instead of the usual five.
Your full report is attached, and we've refunded the £15 express fee you paid, which should appear on your card within three business days.

Everything in the report is within drinking-water limits.

Kind regards,
Priya Nair
Clearwell Water Testing
"""),
("", "Coliform result: retest kit sent today",
"""Dear Mr Douglas,

Your sample taken on 2 October tested positive for total coliform bacteria (E. coli was not detected). We have posted a free retest kit to you today by first-class mail.

Until the retest confirms the water is clear, we recommend boiling water used for drinking and cooking. Coliforms often come from a damaged well cap or a recent heavy rain, so a quick look at the cap before you resample is worth it.

Please take the new sample on a Monday to Wednesday morning so it reaches us within 24 hours; the result will be emailed within three business days of arrival.

Priya Nair
Clearwell Water Testing | 01632 960 418
"""),
],
"donation": [
("placeholder_left", "Thank you for your gift",
"""Dear {first_name},

Thank you for your generous gift of £50 to Riverbank Food Share on 12 March.
Your donation provides around 120 meals for families in the Harbour district this spring.

Because you ticked the Gift Aid box, we can claim an extra £12.50 from HMRC at no cost to you. Your receipt is attached.

With warm thanks,
Helen Marsh
Supporter Care, Riverbank Food Share
"""),
("", "We're sorry: your monthly gift was taken twice in May",
"""Dear Mr Okafor,

I'm sorry: your £20 monthly gift was collected twice on 1 May.
This happened because our payment provider re-sent the May collection file after a timeout, and we didn't catch the duplicate before it went to the banks.
We refunded the extra £20 to your account on 3 May; it should already show on your statement.
We now compare each collection file with the previous day's before approving it, so a repeated file is stopped before any money moves.

Thank you for your patience and for your continued support.

Helen Marsh
Supporter Care, Riverbank Food Share
"""),
],
"antenna": [
("dismissive", "Re: Picture breaking up",
"""Hi Mr Lewis,

Thanks for your email. Pixelation on a few channels after a storm is common in your area and usually clears on its own, so this isn't something we'd send an engineer out for.
Your installation passed our signal test in January.

Regards,
Aerial Pro Services
"""),
("", "New aerial installation: Thursday 9-11 a.m.",
"""Dear Mrs Patel,

Your new aerial will be installed on Thursday 18 April; our engineer, Dan, will arrive between 9 and 11 a.m.

The work takes about two and a half hours. Dan will need to reach the TV sockets in the lounge and the back bedroom to test the signal, so we'd be grateful if someone could be at home for the whole visit.
The price is £240 including the bracket, cable and a 5-year warranty, payable by card on the day.

If Thursday no longer suits, reply by Tuesday and we'll offer you two other dates.

Aerial Pro Services
"""),
],
"entertainer": [
("purpose_not_upfront", "Greetings from Sparkle Events!",
"""Hi Jenna,

We hope the summer has been treating you well! Our performers have had a busy season, with over 60 parties and three big festivals since June.
We've also added a new science show that has been a real hit with the 8-to-11 age group, and our balloon modelling workshops are back for autumn.

By the way, we still need the final guest count and the room dimensions for Maya's party on the 28th so we can confirm which magician to send. Could you let us know by Friday?

Best,
The Sparkle Events team
"""),
("", "Cancelled performance: full refund and replacement options",
"""Dear Mr Hughes,

I'm very sorry that Captain Confetti couldn't perform at Oliver's party on Saturday. He called us at 9 a.m. with a fever, and we should have reached you straight away; instead the message sat in a shared inbox for three hours, which is why you only heard at noon.

We have refunded your £180 in full today. If you'd still like a show, we can send a performer on 12 or 19 October at no charge.
From now on, cancellations on the day go to the manager's phone, and the family is called within 15 minutes.

Sarah Kent
Sparkle Events
"""),
],
"butsudan": [
("", "Your memorial tablet: proof for checking",
"""Dear Ms Rivera,

Thank you for your order. Before we carve the memorial tablet for your late father, please check the proof attached.

Front: the posthumous name as written on the temporary wooden tablet you brought us
Back: date of death 10 March 2024, name in life Hiroshi Tanaka, age 82

If everything is correct, reply "approved" and we will start carving; the tablet will be ready 10 days later, in time for the 49th-day service on 28 April.

Kenji Sasaki
Jukodo Buddhist Altars, Kanazawa
"""),
],
"flightschool": [
("apology_incomplete", "Saturday's lesson",
"""Hi Tom,

Sorry about Saturday. Your lesson was double-booked with another student, and you drove out to the airfield for nothing.

I've refunded the £40 booking deposit, and you're now on the schedule for Saturday 21st at 9 a.m. with Captain Reyes.

Cheers,
Mike Donnelly
Northfield Flying Club
"""),
("", "Your PPL theory exam booking",
"""Hi Aisha,

Your Air Law and Meteorology exams are booked for Tuesday 14 May at 10:00 at our clubhouse. Each paper takes 60 minutes, with a 15-minute break between them.

Please bring photo ID and your student membership card; the examiner must check both before the exam can start.
Results are usually given to you on the day, and the pass certificates are posted within five working days.

Good luck!
Mike Donnelly
Northfield Flying Club
"""),
],
"inkrefill": [
("apology_incomplete", "Order #4471: replacement shipped",
"""Hi Ms Carter,

Your order #4471 didn't arrive because the courier's Leicester depot was closed for two days by a flood, and parcels there were returned to us instead of being delayed.
We shipped a replacement by next-day tracked post this morning (tracking RB 4491 0072 6GB), at no extra cost.
We've also moved all orders to the Royal Mail Tracked service, which doesn't route through that depot.

InkLoop Support
"""),
("imperative request_without_reason", "Re: Cartridge not recognised",
"""Hello,

Take the cartridge out and clean the chip with a dry cloth.
Then put it back and restart the printer.
Send us a photo of the error screen if it still doesn't work.

InkLoop Support
"""),
],
"newspaper": [
("", "Your holiday stop is confirmed (2-16 August)",
"""Dear Mr Fraser,

Your deliveries are paused from Friday 2 August and will restart on Saturday 17 August.
We'll take £18.40 off your August bill for the days you're away.

If your plans change, just reply to this email or call the depot on 0161 496 0732 by 4 p.m. the day before and we'll restart the next morning.

Kind regards,
Lorna
Westside News Delivery
"""),
],
"motorcycle": [
("placeholder_left", "Your bike is ready for collection",
"""Hi Dave,

Good news: your Triumph is ready. We replaced the front brake pads and the chain and sprockets, and the total comes to £XXX including VAT.

You can collect it any weekday between 8:30 and 5:30, or Saturday until 1. We'll have the old parts in a box if you'd like to see them.

Cheers,
Gary
Ridgeway Motorcycles
"""),
("", "MOT failure: what we found and your options",
"""Hi Sam,

Your bike failed its MOT this morning on one item: the rear tyre tread is below the 1 mm limit.

We can fit a new tyre today for £142 fitted (we have your size in stock), re-test it free of charge, and have it ready by 5 p.m. If you'd rather source the tyre yourself, you have 10 working days for a free partial re-test.

Could you let us know which you'd prefer by 1 p.m., so the fitter can slot it in this afternoon?

Gary
Ridgeway Motorcycles
"""),
],
"mailfwd": [
("", "A parcel for you is waiting (held until 30 June)",
"""Hi Lucas,

A parcel from Amsterdam (14 kg) arrived for you today. Because it's over our 10 kg forwarding limit, it can't go out in your weekly shipment.

You have two options: collect it from our Camden office (Mon to Fri, 9 to 6), or we can send it by courier for £24.50, charged to your card on file. Just reply with your choice.

We'll hold it free of charge until 30 June.

Nora
PostBox Camden
"""),
],
"exterior": [
("placeholder_left", "Your patio quote",
"""Dear Mr and Mrs Allen,

Thank you for having us round on Tuesday. As discussed, here is our quote for the new sandstone patio.

Area: 32 m², including a single step down to the lawn
Price: £6,850 including VAT
Start date: [DATE]
Duration: about 8 working days

The quote is valid for 30 days. If you'd like to go ahead, we'll ask for a 20% deposit to order the stone.

Best regards,
Owen Price
Greenline Landscapes
"""),
("", "We're sorry about the damaged lawn: repair on Monday",
"""Dear Mrs Begum,

I'm sorry that our digger left deep ruts across your back lawn last week. Our team laid the ground mats only on the path and not on the lawn, because the route was changed on the day and nobody updated the plan.

We'll return on Monday 9 September to level the ruts, re-seed, and lay fresh turf on the worst strip, at no cost to you. The work takes about half a day.
We've added a route check to the start of every job so that mats go down wherever the machine will travel.

Owen Price
Greenline Landscapes
"""),
],
"tradingcards": [
("purpose_not_upfront", "Hello from Top Deck Cards",
"""Hi Ryan,

Thanks for being such a regular at our Friday events. We've had a great turnout this season, and the new prize wall seems to be going down well.
Our next prerelease is on the 15th, and spaces are already filling up.

Also, the card you sent in for grading came back with a 9, but the grading company charged an extra £12 because the declared value changed. Could you pay the difference through your account so we can post it to you?

Top Deck Cards
"""),
],
}

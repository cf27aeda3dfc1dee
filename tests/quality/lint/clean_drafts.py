"""Clean reply drafts written for the clean-draft test: none of them should get a finding.

Written by hand for this test (not taken from the labelled corpus), in the shapes real
replies have: an addressee line, a greeting, a signature block, quoted history, a closing
formula, a polite request that follows its reason, a concrete date or amount.
"""

# ruff: noqa: E501

CLEAN_DRAFTS: list[tuple[str, str]] = [
    (
        "Re: 返品のご相談",
        "田中様\n\nいつもご利用いただきありがとうございます。\nグリーンマート カスタマーサポートの鈴木です。\n\n"
        "お届けしたマグカップに欠けがあったとのこと、ご不便をおかけしております。\n"
        "交換品の手配を進めるため、お手数ですが欠けている箇所の写真を1枚お送りいただけますでしょうか。\n"
        "写真を確認でき次第、当日中に交換品を発送いたします。\n"
        "なお、お手元の商品は返送いただく必要はございません。\n\n"
        "ご不明な点がございましたら、お気軽にお問い合わせください。\n"
        "今後ともよろしくお願いいたします。\n\n"
        "--\nグリーンマート カスタマーサポート\n鈴木 花子\nTEL: 03-1234-5678（平日10時〜18時）\nhttps://greenmart.example.jp\n",
    ),
    (
        "ご請求金額の変更について",
        "株式会社ミナト\n経理ご担当者様\n\nお世話になっております。クラウド帳簿サポートの山本です。\n\n"
        "11月分より、ご契約プランの月額料金が税込5,500円から6,600円に変わります。\n"
        "変更内容は添付の料金表にまとめましたので、ご確認ください。\n"
        "現在のプランを継続される場合、お手続きは不要です。\n\n"
        "引き続きよろしくお願いいたします。\n\n"
        "クラウド帳簿 サポートセンター\n山本 健\nsupport@choubo.example.com\n",
    ),
    (
        "Re: 予約日の変更",
        "佐藤様\n\nお問い合わせありがとうございます。さくら旅行の中村でございます。\n\n"
        "ご予約の日程を12月14日から12月21日へ変更いたしました。\n"
        "変更後の予約確認書をこのメールに添付しております。\n"
        "12月21日は繁忙期料金となるため、差額の4,200円を12月10日までにお振込みいただけますでしょうか。\n"
        "お振込先は確認書の2ページ目に記載しております。\n\n"
        "当日のご旅行を楽しみにお待ちしております。\n\n"
        "さくら旅行 予約センター\n中村 由美\n",
    ),
    (
        "Re: 診察の予約について",
        "小林様\n\nこのたびはご連絡いただきありがとうございます。みどり歯科クリニック受付です。\n\n"
        "ご希望の12月3日（火）15時でご予約をお取りしました。\n"
        "初診の方は問診票のご記入がありますので、予約時間の10分前にお越しいただけますと幸いです。\n"
        "保険証をお持ちください。\n\n"
        "ご来院をお待ちしております。\n\n"
        "みどり歯科クリニック\n〒150-0001 東京都渋谷区神宮前1-2-3\nTEL 03-9876-5432\n",
    ),
    (
        "内見日程のご案内",
        "伊藤様\n\nお世話になっております。ハウスリンク不動産の吉田です。\n\n"
        "お問い合わせいただいた「メゾン桜台 203号室」の内見は、12月7日（土）11時から可能です。\n"
        "当日は現地の建物入口でお待ちしております。\n"
        "ご都合が合わない場合は、別の候補日を2つほどお知らせいただければ調整いたします。\n\n"
        "どうぞよろしくお願いいたします。\n\n"
        "ハウスリンク不動産 桜台店\n吉田 大輔\n",
    ),
    (
        "Re: 荷物が届かない",
        "渡辺様\n\nご連絡ありがとうございます。はやて運輸お客様センターの松本です。\n\n"
        "お問い合わせの荷物（伝票番号 1234-5678-9012）は、大雪による道路閉鎖のため仙台の営業所で止まっております。\n"
        "道路は明日午前に再開の見込みで、12月5日の午後にはお届けできる予定です。\n"
        "お届け時間帯のご希望があれば、このメールにご返信ください。\n\n"
        "お急ぎのところご迷惑をおかけし、申し訳ございません。\n\n"
        "はやて運輸 お客様センター\n松本\n",
    ),
    (
        "保険金請求書類のご案内",
        "加藤様\n\nいつもお世話になっております。あおば損保 保険金サービス課の井上です。\n\n"
        "先日ご連絡いただいた自転車事故について、保険金のご請求手続きをご案内いたします。\n"
        "お支払いの審査に必要となりますので、次の書類をご用意ください。\n"
        "1. 保険金請求書（同封の様式）\n2. 修理見積書の写し\n3. 事故現場の写真\n\n"
        "書類がそろいましたら、同封の返信用封筒でお送りください。到着から10営業日以内にお支払いいたします。\n\n"
        "あおば損害保険株式会社\n保険金サービス課 井上\nフリーダイヤル 0120-000-111\n",
    ),
    (
        "一次面接の日程について",
        "木村様\n\nこのたびは弊社求人にご応募いただき、誠にありがとうございます。株式会社ノースブリッジ採用担当の林です。\n\n"
        "書類選考の結果、ぜひ一次面接にお越しいただきたくご連絡いたしました。\n"
        "面接はオンラインで45分ほどを予定しております。\n"
        "日程を調整するため、12月9日から13日の間でご都合のよい時間帯を3つほどお知らせいただけますでしょうか。\n\n"
        "お会いできることを楽しみにしております。\n\n"
        "株式会社ノースブリッジ 人事部 採用担当\n林 美咲\n",
    ),
    (
        "Re: 回線速度が遅い件",
        "山口様\n\nお問い合わせいただきありがとうございます。ひかりネット サポートデスクの清水です。\n\n"
        "> 夜になると速度が極端に遅くなります。\n\n"
        "お調べしたところ、お住まいの地域の設備で夜間の混雑が起きていることが分かりました。\n"
        "12月15日に設備の増強工事を行う予定で、工事後は改善する見込みです。\n"
        "それまでの間、有線接続に切り替えていただくと、速度の低下が小さくなる場合があります。\n\n"
        "ご不便をおかけしますが、よろしくお願いいたします。\n\n"
        "ひかりネット サポートデスク 清水\n",
    ),
    (
        "Re: アカウントに入れません",
        "ユーザー様\n\nお問い合わせありがとうございます。スターリンクRPG運営チームです。\n\n"
        "ご本人確認のため、アカウント作成時に登録されたメールアドレスと、最後にログインしたおおよその日付をお知らせください。\n"
        "確認が取れ次第、パスワード再設定用のリンクをお送りします。\n\n"
        "引き続き「スターリンクRPG」をよろしくお願いいたします。\n\n"
        "スターリンクRPG 運営チーム\n",
    ),
    (
        "お見積書送付の件",
        "東和精機株式会社\n購買部 森様\n\nいつも大変お世話になっております。中央金属工業の池田でございます。\n\n"
        "先日ご依頼いただいたステンレス部品（型番 SK-220）500個のお見積書を添付いたします。\n"
        "単価は1個あたり380円、納期はご発注から3週間です。\n"
        "お見積りの有効期限は12月27日までとなっております。\n\n"
        "ご検討のほど、よろしくお願い申し上げます。\n\n"
        "中央金属工業株式会社 営業部\n池田 誠\nTEL 06-1111-2222\n",
    ),
    (
        "Re: 入塾手続きについて",
        "岡田様\n\nお問い合わせありがとうございます。すずらん学習塾 事務局の前田です。\n\n"
        "入塾のお手続きには、入塾申込書と口座振替依頼書の2点が必要です。\n"
        "どちらも添付しておりますので、ご記入のうえ初回授業の日にお持ちいただけますでしょうか。\n"
        "授業料の引き落としは毎月27日です。\n\n"
        "何かご不明な点があれば、いつでもご連絡ください。\n\n"
        "すずらん学習塾 事務局\n前田\n",
    ),
    (
        "Re: Refund for order #4471",
        "Hi Maria,\n\nThanks for getting in touch, and sorry the blender arrived damaged.\n\n"
        "I've issued a full refund of $89.00 to your Visa card ending 4412. It usually shows up within 3 to 5 business days.\n"
        "You don't need to send the blender back.\n\n"
        "If there's anything else I can help with, just reply to this email.\n\n"
        "Best regards,\nTom Becker\nCustomer Care | Homeware Direct\n+1 (555) 201-3344\n",
    ),
    (
        "Your invoice for November",
        "Hello Mr. Patel,\n\nPlease find attached your invoice for November (INV-2031), for a total of EUR 1,240.00.\n"
        "Payment is due by December 15 via the bank details on page 2.\n\n"
        "Thank you for your business.\n\n"
        "Kind regards,\nAnna Schmidt\nAccounts Receivable, Nordline Software GmbH\n",
    ),
    (
        "Re: Change of flight date",
        "Dear Ms. Okafor,\n\nThank you for your message.\n\n"
        "I have moved your flight from March 3 to March 10, same time and seat. The updated e-ticket is attached.\n"
        "The fare difference is $45. So that we can confirm the change, could you pay it through the link in the e-ticket by Friday?\n\n"
        "Have a great trip!\n\n"
        "Warm regards,\nLucas Moreau\nReservations, SkyHop Travel\n",
    ),
    (
        "Re: Appointment next week",
        "Hi James,\n\nThanks for booking with Riverside Physio.\n\n"
        "Your appointment is confirmed for Tuesday, June 4 at 9:30 am with Dr. Lee.\n"
        "As it's your first visit, please arrive 10 minutes early so we can complete a short intake form.\n"
        "Please wear comfortable clothing, as the assessment includes some movement tests.\n\n"
        "See you then,\nRiverside Physio Front Desk\n(555) 010-7788\n",
    ),
    (
        "Re: Password reset not working",
        "Hi Chen,\n\nThanks for the details and the screenshot, they helped a lot.\n\n"
        "The reset link expired because it is only valid for 30 minutes. I've sent you a new one just now.\n"
        "If it doesn't arrive within 10 minutes, please check your spam folder, as some providers filter our emails.\n\n"
        "Let me know if you have any other questions.\n\n"
        "Cheers,\nPriya\nSupport Team, Taskly\n\n"
        "On Mon, Nov 30, 2026 at 9:12 AM Chen Wei <chen@example.com> wrote:\n> I clicked the link but it says invalid token. Fix this now.\n",
    ),
    (
        "Viewing at 12 Oak Street",
        "Dear Mr. and Mrs. Hughes,\n\nThank you for your interest in 12 Oak Street.\n\n"
        "I can show you the flat on Saturday, 14 December at 11:00. I'll meet you at the front entrance.\n"
        "If that time doesn't suit you, could you suggest two other slots? I'll rearrange my schedule around them.\n\n"
        "Looking forward to meeting you.\n\n"
        "Best wishes,\nSarah Collins\nLettings Manager, Brightmove Estates\n",
    ),
    (
        "Re: Where is my parcel?",
        "Hi Daniel,\n\nThanks for your patience.\n\n"
        "Your parcel (tracking number 9400 1111 2222) was delayed at our Leeds depot because of the storm on Monday.\n"
        "It is back on the road and will be delivered tomorrow, December 3, between 1 pm and 5 pm.\n"
        "If nobody will be home, you can choose a safe place using the link in your tracking page.\n\n"
        "Kind regards,\nSwiftShip Customer Service\n",
    ),
    (
        "Documents for your claim",
        "Dear Ms. Rossi,\n\nThank you for reporting the water damage in your kitchen.\n\n"
        "To assess your claim, we will need the following:\n"
        "1. Photos of the damaged area\n2. The repair estimate from your contractor\n3. A copy of the plumber's report\n\n"
        "You can upload them at the claims portal. Once we have all three, we will make a decision within 10 working days.\n\n"
        "Yours sincerely,\nMark Evans\nClaims Handler, Harbor Insurance\n",
    ),
    (
        "Interview invitation - Data Analyst",
        "Dear Aisha,\n\nThank you for applying for the Data Analyst role at Fenwick Labs.\n\n"
        "We were impressed by your application and would like to invite you to a 45-minute video interview.\n"
        "To set it up, could you let us know which of these times works for you: Dec 9 at 10:00, Dec 10 at 14:00 or Dec 11 at 16:00?\n\n"
        "We look forward to speaking with you.\n\n"
        "Best regards,\nOliver Grant\nTalent Acquisition, Fenwick Labs\n",
    ),
    (
        "Re: Slow internet in the evening",
        "Hello Mrs. Novak,\n\nThank you for contacting us about your connection.\n\n"
        "We found that the cabinet serving your street is congested in the evenings. An engineer will upgrade it on December 12, and speeds should return to normal after that.\n"
        "Until then, a wired connection to your router will give you a steadier speed.\n"
        "We have also applied a credit of $10 to your next bill for the inconvenience.\n\n"
        "Kind regards,\nLinkNet Support\n",
    ),
    (
        "Quote for SK-220 parts",
        "Dear Mr. Wong,\n\nThank you for your enquiry.\n\n"
        "Attached is our quote for 500 units of part SK-220 at $3.80 per unit, with delivery three weeks after your order.\n"
        "The quote is valid until December 27.\n\n"
        "Please let me know if you would like to proceed or if you need any changes.\n\n"
        "Regards,\nKenji Ikeda\nSales, Chuo Metal Works\n",
    ),
    (
        "Re: Enrolment for spring term",
        "Dear Mr. Ahmed,\n\nThank you for your interest in our spring term.\n\n"
        "Enrolment requires two forms, which I have attached: the registration form and the direct debit form.\n"
        "Please fill them in and bring them to the first lesson on January 8, so that we can set up your son's account.\n"
        "Tuition is collected on the 27th of each month.\n\n"
        "Feel free to call us if anything is unclear.\n\n"
        "Best,\nNora Field\nOffice Manager, Maple Tutoring\n",
    ),
]

# Session 8: replies written in the shapes outside writers use (steps, quoted customer text,
# signature blocks with phone and URL, firm refusals with an alternative, complete short
# apologies, reminders with a date); each was a false alarm of the checker before session 8 or
# sits next to one.
CLEAN_DRAFTS += [
    (
        "Re: ログインできません",
        "山田様\n\nお問い合わせいただきありがとうございます。サポート担当の木村です。\n\n> パスワードを入力しても「認証に失敗しました」と表示されます\n\nご不便をおかけしております。こちらで確認したところ、山田様のアカウントは連続してログインに失敗したため、一時的にロックされていました。\n本日14時にロックを解除しましたので、以下の手順でパスワードを再設定してください。\n\n1. ログイン画面の「パスワードをお忘れの方」を押します。\n2. ご登録のメールアドレスを入力します。\n3. 届いたメールのリンクから新しいパスワードを設定します。\n\nリンクの有効期限は24時間です。手順の途中でうまくいかない場合は、表示された画面の写真をお送りいただければ、こちらで原因をお調べします。\n\nよろしくお願いいたします。\n\n――――――――\n株式会社ネクストクラウド サポートセンター\n木村 翔太\nTEL: 0120-123-456（平日9:00〜18:00）\nhttps://support.nextcloud.example.jp\n",
    ),
    (
        "Re: 返金について",
        "佐々木様\n\nいつもご利用ありがとうございます。\n\nご購入から30日を過ぎた商品は、利用規約第12条により返金の対象外となっております。ご期待に沿えず申し訳ございません。\nその代わりに、同じ商品の新品への交換（送料は当社負担）であれば承ることができます。\nご希望の場合は、このメールにご返信いただければ、交換用の返送伝票を2営業日以内にお送りします。\n\n何卒よろしくお願いいたします。\n\nショップみなみ お客様窓口\n長谷川\n",
    ),
    (
        "配送遅延のお詫び",
        "高橋様\n\nこのたびはご注文の商品のお届けが遅れ、誠に申し訳ございません。\n出荷作業の際に住所ラベルの貼り間違いがあり、別の配送センターへ送られてしまったことが原因です。\n本日、正しいお届け先へ再発送し、明日12月5日の午前中にお届けする予定です。追跡番号は 1234-5678-9012 です。\n今後は出荷前にラベルと伝票の照合を二人で行うよう手順を改めました。\n\nご迷惑をおかけしましたことを重ねてお詫び申し上げます。\n\nフラワーギフト花音\n出荷管理課 松本\n",
    ),
    (
        "Re: 機能について",
        "岡田様\n\nお問い合わせありがとうございます。\n\n現在のバージョンでは、CSVファイルの一括取り込みには対応しておりません。\n代わりに、Excelファイル（.xlsx）であれば「データ管理」→「インポート」から一度に最大1,000件まで取り込めます。\nCSVをExcelで開いて「名前を付けて保存」で.xlsx形式にしていただくと、そのまま取り込めます。\nなお、CSV対応は来年3月のアップデートで追加する予定です。\n\nご不明な点があればお知らせください。\n\nカンタン会計 サポートチーム\n森\n",
    ),
    (
        "Re: 解約手続きについて",
        "中島様\n\nご連絡いただきありがとうございます。\n\n解約のお手続きは、マイページの「契約内容」から24時間いつでも行えます。\n解約月の月末までサービスをご利用いただけ、日割りでの返金はございません。\n手続きの画面が見つからない場合は、お電話（0120-987-654、平日10時〜17時）でも承ります。\n\nこれまでご利用いただき、ありがとうございました。\n\nモバイルネット お客様センター\n西村\n",
    ),
    (
        "Re: 保険金請求の書類",
        "藤田様\n\nお世話になっております。あおば損害保険の清水です。\n\n保険金のお支払い手続きを進めるため、次の2点をご提出いただけますでしょうか。\n・修理見積書の写し\n・事故当日の状況がわかる写真（車両の損傷部分）\n書類がそろい次第、審査を開始し、通常10営業日以内にお支払い額をご連絡いたします。\n\nご提出は同封の返信用封筒、またはこのメールへの添付のどちらでも結構です。\n\nよろしくお願いいたします。\n\nあおば損害保険株式会社\n保険金サービス課 清水 真一\n",
    ),
    (
        "Re: Re: 請求書の宛名",
        "株式会社サンライズ\n総務部 大野様\n\nお世話になっております。\n\n請求書の宛名を「株式会社サンライズ 総務部」に修正し、再発行いたしました。添付のPDFをご確認ください。\n先にお送りした請求書は破棄していただいて問題ございません。\n\n引き続きよろしくお願い申し上げます。\n\n--\nオフィス用品のデスクワン\n営業事務 北川\n03-5555-1212\n",
    ),
    (
        "Re: 予約のキャンセル",
        "石井様\n\nご連絡ありがとうございます。\n\n12月20日（金）ご宿泊のご予約を、キャンセル料なしで取り消しいたしました。\nご宿泊日の7日前までのご連絡でしたので、料金は一切かかりません。\nまたの機会にお会いできるのを楽しみにしております。\n\n湯の花温泉 旅館いろは\nフロント 坂本\n",
    ),
    (
        "Re: 部品の納期",
        "株式会社タカギ製作所\n購買課 村田様\n\nいつもお世話になっております。\n\nご注文いただいたベアリング（型番 BR-6204）500個の納期についてご回答いたします。\n現在、材料の入荷が遅れているため、当初の12月10日から12月17日へ変更させていただけますでしょうか。\n先に200個だけであれば12月10日に出荷できますので、分納をご希望の場合はお知らせください。\nご迷惑をおかけし申し訳ございません。\n\n三和精工株式会社 営業部\n上田\nTEL 06-6666-7777\n",
    ),
    (
        "Re: 料金が二重に引き落とされています",
        "小川様\n\nご不安な思いをさせてしまい申し訳ございません。\n確認したところ、システムの不具合により11月分の料金（3,980円）が二重に請求されていました。\n重複した3,980円は、12月3日に小川様のご登録口座へ返金いたしました。お手元に反映されるまで2〜3営業日かかる場合があります。\n同じ不具合が起きないよう、決済処理の修正を11月30日に完了しております。\n\nこの度はご迷惑をおかけし、大変失礼いたしました。\n\nスマートジム カスタマーサポート\n遠藤\n",
    ),
    (
        "Re: アプリが落ちる",
        "近藤様\n\nご報告ありがとうございます。\n\nお知らせいただいた症状は、iOS 17.1 でアプリのバージョン3.2.0をお使いの場合に起きることがわかっております。\nお手数ですが、App Storeからバージョン3.2.1へ更新していただけますか。更新後は症状が出なくなります。\n更新しても改善しない場合は、設定画面の「ログ送信」を押していただければ、こちらで詳しく調べます。\n\nよろしくお願いいたします。\n\nタスクノート サポート\n",
    ),
    (
        "Re: 領収書の発行",
        "青木様\n\nお問い合わせありがとうございます。\n\n領収書はマイページの「注文履歴」から、各注文の「領収書を表示」を押すとPDFで発行できます。\n宛名は発行時に自由に入力いただけます。\nマイページにログインできない場合は、ご注文番号をお知らせいただければ、こちらで発行してお送りします。\n\nどうぞよろしくお願いいたします。\n",
    ),
    (
        "Re: 問い合わせ",
        "井上様\n\nご連絡ありがとうございます。\n\nご指摘の件、確認いたしました。おっしゃる通り、商品ページの記載（重量 1.2kg）が誤っており、正しくは1.8kgです。\n本日中に商品ページを修正いたします。ご指摘いただき、ありがとうございました。\n重さを理由にご返品を希望される場合は、送料当社負担で承りますので、お申し付けください。\n\nアウトドアストア山小屋\n",
    ),
    (
        "Re: 診断書について",
        "野口様\n\nお問い合わせありがとうございます。さくら内科クリニックです。\n\n診断書の発行には、医師の診察が必要です。\nお電話（03-1111-2222）またはWeb予約で診察のご予約をお取りください。\n診察当日に発行でき、料金は3,300円（税込）です。\n\nお大事になさってください。\n\nさくら内科クリニック 受付\n",
    ),
    (
        "Re: 講座の振替",
        "斉藤様\n\nいつも受講いただきありがとうございます。\n\n12月12日の講座を欠席される場合、同じ内容の講座（12月19日 19時〜）に振り替えできます。\n振替をご希望の場合は、12月11日までにこのメールへご返信ください。\n期限を過ぎると振替の枠を確保できない場合がありますので、ご注意ください。\n\nみらい英会話スクール 事務局\n",
    ),
    (
        "Re: 見積もりのご依頼",
        "株式会社グリーンフィールド\n田村様\n\nお世話になっております。\n\nお見積もりのご依頼ありがとうございます。正確な金額をお出しするため、以下の3点を教えていただけますか。\n1. ご希望の設置台数\n2. 設置場所の住所\n3. ご希望の工事日\nいただいた内容をもとに、3営業日以内にお見積書をお送りします。\n\nよろしくお願いいたします。\n\nエアテック空調サービス 営業課\n三浦 拓也\nhttps://airtec.example.co.jp\n",
    ),
    (
        "Re: 年会費",
        "松井様\n\nご連絡ありがとうございます。\n\n年会費（1,100円）は、前年に一度もカードをご利用いただかなかった場合にのみかかります。\n松井様は2024年に12回ご利用いただいているため、今年の年会費はかかりません。\n\n今後ともよろしくお願いいたします。\n\nみなとカード 会員デスク\n",
    ),
    (
        "Re: 返品の送り先",
        "菊地様\n\n返品の送り先は以下のとおりです。\n〒530-0001 大阪府大阪市北区梅田1-1-1 ミナミ物流センター 返品係\n着払いでお送りください。届き次第、3営業日以内にご返金いたします。\n\nよろしくお願いいたします。\n",
    ),
    (
        "Re: 対応できません",
        "星野様\n\nお問い合わせありがとうございます。\n\n申し訳ございませんが、ご指定の11月30日の配達は、年末の繁忙期のため承ることができません。\n最短で12月2日（月）の午前中であればお届けできます。こちらでよろしければ、このままご返信いただくだけで手配いたします。\n別の日をご希望の場合は、候補日をお知らせください。\n\nハッピー家具 配送センター\n",
    ),
    (
        "Re: データ復旧",
        "桜井様\n\nご相談いただきありがとうございます。\n\n削除から30日を過ぎたデータは、サーバーからも完全に消去されるため、当社でも復元することができません。\nお力になれず申し訳ございません。\nなお、桜井様のパソコンに自動バックアップ（設定→バックアップ）が有効になっていれば、そちらから戻せる可能性があります。確認の手順をお送りしますので、必要でしたらお知らせください。\n\nフォトボックス サポート\n",
    ),
    (
        "Re: メーカー保証",
        "吉村様\n\nお問い合わせありがとうございます。\n\nこちらの商品の故障は、メーカー保証（購入から1年間）で無償修理の対象になります。\n修理の受付はメーカーのサポート窓口で行っておりますので、お手数ですが下記へご連絡いただけますか。当店からもメーカーに今回の経緯を伝えておきました。\nメーカー修理受付：0120-333-444（受付番号 A-55821 をお伝えください）\n\nでんきのヤマダ堂\n",
    ),
    (
        "Re: 設定方法",
        "千葉様\n\nお問い合わせありがとうございます。\n\nメールソフトの設定は、次の値を入力してください。\n受信サーバー：imap.example.jp（ポート993、SSL）\n送信サーバー：smtp.example.jp（ポート587、STARTTLS）\n設定後に送受信ができない場合は、エラーメッセージをそのままお送りください。\n\nひかりネット サポート\n",
    ),
    (
        "Re: 商品の在庫",
        "宮本様\n\nお問い合わせありがとうございます。\n\nご希望の「ウールコート ネイビー Mサイズ」は現在在庫切れで、次回入荷は12月中旬の予定です。\n入荷日が決まりましたら、こちらからメールでお知らせいたします。\n\nよろしくお願いいたします。\n",
    ),
    (
        "Re: 支払い期限",
        "大塚様\n\nお世話になっております。\n\n11月分のご利用料金 8,800円のお支払いが、期限の11月30日を過ぎても確認できておりません。\n行き違いでしたら申し訳ございません。\n12月10日までにお支払いがない場合、サービスを一時停止させていただくことになります。\nお支払い方法はマイページからご確認いただけます。\n\nクラウドサイン 料金窓口\n",
    ),
    (
        "Re: 使い方",
        "工藤様\n\nお問い合わせありがとうございます。\n\nご質問の予約枠の変更は、管理画面の「設定」→「予約枠」で行えます。詳しい手順はヘルプページ（https://help.example.jp/slots）に画像つきでまとめています。\nページの手順どおりに進めても変更できない場合は、お使いの画面の写真を添えてご返信ください。\n\nよろしくお願いいたします。\n",
    ),
    (
        "Re: 騒音の件",
        "管理組合 理事長 今井様\n\nご連絡ありがとうございます。\n\n夜間の騒音について、まずは掲示板に注意文を掲示し、該当フロアの全戸にお手紙を配布いたしました。\n1週間様子を見ても改善がない場合は、管理会社から直接お話しに伺います。\n進み具合は12月15日までにご報告いたします。\n\nよろしくお願いいたします。\n\nグランドハイツ管理センター\n",
    ),
    (
        "Re: ポイントの有効期限",
        "安藤様\n\nお問い合わせありがとうございます。\n\nポイントの有効期限は、最後にポイントを獲得した日から1年間です。\n安藤様のポイント（1,250pt）は2025年3月31日まで有効です。\n期限が近づきましたら、1か月前にメールでお知らせします。\n\nよろしくお願いいたします。\n",
    ),
    (
        "Re: Can't log in",
        "Hi Jordan,\n\nThanks for reaching out, and sorry for the trouble.\n\n> I keep getting \"invalid token\" when I sign in.\n\nYour account was locked after five failed attempts, which is a security measure. I've unlocked it just now.\nTo get back in:\n1. Go to the sign-in page and click \"Forgot password\".\n2. Enter your email address.\n3. Follow the link in the email (it's valid for 24 hours).\n\nIf the link doesn't arrive within 10 minutes, check your spam folder or reply here and I'll send it manually.\n\nBest,\nPriya\nCustomer Support | Brightdesk\n+1 (555) 010-2233\nhttps://help.brightdesk.example\n",
    ),
    (
        "Re: Refund request",
        "Dear Mr. Lee,\n\nThank you for your message.\n\nUnfortunately, we can't refund orders after 30 days, as stated in our return policy. I'm sorry I can't do more here.\nWhat I can offer is a free exchange for a new unit, with shipping on us. If you'd like that, just reply to this email and I'll send a prepaid label within two business days.\n\nKind regards,\nAnna Fischer\nCustomer Care, Nordic Home\n",
    ),
    (
        "Your delayed order",
        "Hi Sam,\n\nI'm sorry your order is late. A labelling error at our warehouse sent it to the wrong depot.\nWe re-shipped it this morning and it will arrive on Thursday, December 5 (tracking: 1Z999AA10123456784).\nWe've also added a second label check before dispatch so this doesn't happen again.\n\nApologies again for the wait.\n\nTom\nShipping team, Pack&Go\n",
    ),
    (
        "Re: CSV import",
        "Hello Maria,\n\nThanks for asking. CSV import isn't supported in the current version.\nYou can import Excel files (.xlsx) instead: go to Data > Import, up to 1,000 rows at a time. Opening your CSV in Excel and saving it as .xlsx works fine.\nCSV support is planned for the March release.\n\nLet me know if anything is unclear.\n\nCheers,\nDavid\n",
    ),
    (
        "Re: Cancel my subscription",
        'Hi Chris,\n\nYou can cancel any time from Account > Billing > Cancel plan. Your plan stays active until the end of the current billing period (January 14), and there are no further charges.\nIf you\'d rather pause than cancel, the same page has a "Pause for 3 months" option.\n\nThanks for being with us.\n\nLena\nSupport, Streamly\n',
    ),
    (
        "Re: Insurance claim documents",
        "Dear Ms. Patel,\n\nTo process your claim, please send us:\n- a copy of the repair estimate\n- photos of the damage\nOnce we have both, we'll review the claim and confirm the payout amount within 10 business days.\nYou can reply to this email with the files attached.\n\nSincerely,\nMark Evans\nClaims Department, Harbor Insurance\n",
    ),
    (
        "Re: Booking change",
        "Hi Emma,\n\nDone! Your booking is now for December 21 instead of December 14. The updated confirmation is attached.\nDecember 21 falls in peak season, so there's a difference of $42. Could you pay it by December 10? The payment link is in the confirmation.\n\nSee you soon,\nRita\nFront desk, Seaside Inn\n",
    ),
    (
        "Re: App keeps crashing",
        "Hi Alex,\n\nThanks for the report. This crash happens on iOS 17.1 with version 3.2.0 of the app, and it's fixed in 3.2.1.\nPlease update from the App Store; the crash should stop right away.\nIf it still happens after updating, tap Settings > Send logs and I'll look into it personally.\n\nBest regards,\nKen\n",
    ),
    (
        "Re: Same-day delivery",
        "Hi Olivia,\n\nI'm sorry, but we can't deliver on November 30: all our vans are fully booked that day.\nThe earliest slot is Monday, December 2, in the morning. If that works, just reply \"yes\" and I'll book it.\n\nBest,\nNoah\nHappy Furniture Delivery\n",
    ),
    (
        "Re: Warranty repair",
        "Hi Ben,\n\nYour speaker is covered by the manufacturer's one-year warranty, so the repair is free.\nThe manufacturer handles warranty repairs directly. I've already sent them your order details and a description of the fault, so you only need to call 1-800-555-0199 and give them reference A-55821.\n\nBest,\nGrace\nSoundShop\n",
    ),
    (
        "Re: Duplicate charge",
        "Hi Daniel,\n\nI'm sorry for the worry this caused. A billing bug charged your November fee ($39.80) twice.\nWe refunded the duplicate $39.80 today; it may take 2-3 business days to show on your statement.\nThe bug was fixed on November 30, so it won't happen again.\n\nApologies again,\nSofia\nBilling Support, FitClub\n",
    ),
    (
        "Re: Data recovery",
        "Hi Jess,\n\nFiles deleted more than 30 days ago are permanently erased from our servers, so we can't restore them. I'm sorry about that.\nIf automatic backup is turned on on your computer (Settings > Backup), you may be able to get them back from there. Let me know and I'll send you the steps.\n\nBest,\nOmar\nPhotoBox Support\n",
    ),
    (
        "Re: Late payment",
        "Dear Mr. Brown,\n\nWe haven't yet received payment for invoice #4471 ($880), which was due on November 30. If you've already paid, please disregard this message.\nIf payment isn't received by December 10, we'll have to pause the service until it is.\nYou can pay online at https://billing.example.com/4471.\n\nRegards,\nAccounts team, CloudSign\n",
    ),
    (
        "Re: How to change slots",
        "Hi Mia,\n\nYou can change booking slots under Settings > Slots. Our help page walks through it with screenshots: https://help.example.com/slots\nIf the steps don't match what you see, send me a screenshot and I'll take a look.\n\nBest,\nIvy\n",
    ),
    (
        "Re: Appointment",
        "Hello Mr. Garcia,\n\nYour appointment is confirmed for Tuesday, December 3, at 3:00 pm.\nAs it's your first visit, please arrive 10 minutes early to fill in a short form, and bring your insurance card.\n\nWe look forward to seeing you.\n\nReception\nGreenleaf Dental\n12 Oak Street, Springfield\n(555) 123-4567\n",
    ),
    (
        "Re: Invoice address",
        "Hi Rachel,\n\nI've corrected the company name on the invoice and reissued it; the new PDF is attached. You can discard the earlier one.\n\nThanks,\nPeter\nAccounts, DeskOne\n",
    ),
    (
        "Re: Out of stock",
        "Hi Lucy,\n\nThe navy wool coat in size M is out of stock right now. The next delivery is expected in mid-December, and I'll email you as soon as we have a date.\n\nBest wishes,\nHannah\n",
    ),
]

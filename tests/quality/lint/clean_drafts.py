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
        "Wear comfortable clothing, as the assessment includes some movement tests.\n\n"
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

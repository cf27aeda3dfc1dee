"""The recurring defect (傾向不良): CSV import turns Japanese into 文字化け since release 3.12.

Seven customers report it within a few days, in every tone — a patient Outlook user, an
anxious shop owner, a terse angry one-liner (seeds/002), an urgent publisher, a clinic on
an old Shift_JIS mailer — so the trends view shows a cluster worth sending to engineering.
"""

from __future__ import annotations

from madoguchi.demo.spec import QUOTE_OUTLOOK, Note, Thread, replied, said

THREADS = (
    Thread(
        "csv_aoba",
        "CSVインポートで文字化けが発生します",
        (
            said(
                "kimura",
                70,
                """
ツナグ サポート窓口 御中

お世話になっております。青葉物流の木村です。

本日、取引先マスタをCSVで一括インポートしたところ、
会社名と担当者名がすべて文字化けしてしまいました。
（例：「株式会社やまびこ商店」→「譫ｪ蠑丈ｼ夂､ｾ」のような表示）

先月までは同じ手順で問題なく取り込めていました。
取り込みに使ったファイルと、画面のキャプチャを添付いたします。

お手数ですが、原因と対処方法をご教示いただけますでしょうか。
よろしくお願いいたします。
""",
                attachments=("customer_csv", "screenshot_png"),
            ),
            replied(
                "tanaka",
                66,
                """
CSVインポートで文字化けが発生しているとのこと、
ご不便をおかけしており申し訳ございません。
ファイルをお送りいただき、ありがとうございます。

添付のCSVを確認したところ、文字コードがShift_JIS（Excelの標準形式）で
保存されていました。先週のリリース3.12以降、インポート時の文字コード
自動判定が正しく動作していないことを確認しております。

お急ぎの場合は、以下の手順で取り込みいただけます。
1. Excelで「名前を付けて保存」を開く
2. ファイルの種類で「CSV UTF-8（コンマ区切り）」を選ぶ
3. 保存したファイルをインポート画面から取り込む

自動判定の不具合そのものは開発チームで修正を進めております。
修正の見通しが分かり次第、改めてご連絡いたします。
""",
            ),
            said(
                "kimura",
                50,
                """
田中様

ご回答ありがとうございます。
UTF-8で保存し直したところ、正しく取り込めました。

ただ、各営業所の担当者が毎週取り込み作業をしており、
毎回形式を変えて保存するのは現場では難しいのが正直なところです。
以前のようにExcelのCSVのまま取り込めるよう、早めの修正をお願いできますでしょうか。
""",
                quote=QUOTE_OUTLOOK,
            ),
            replied(
                "tanaka",
                47,
                """
ご確認いただき、ありがとうございます。
毎週の作業で毎回保存形式を変えていただくのはご負担が大きいこと、
おっしゃるとおりです。

開発チームに現場での運用状況も含めて共有し、優先度を上げて対応する
ことになりました。修正版の公開日は今週金曜日までにお知らせいたします。
それまでの間は、お手数ですが上記の手順でのお取り込みをお願いいたします。
""",
            ),
        ),
        owner="tanaka",
        labels=("不具合", "VIP"),
        notes=(
            Note(
                "tanaka",
                "@takahashi 文字化けの件、これで今週3件目です。Excel(CP932)のCSVが"
                "3.12から取り込めていないようです。開発チケット DEV-482 に紐付けました。",
            ),
            Note(
                "takahashi",
                "@tanaka 再現しました。文字コード判定が先頭1KBしか見ていない"
                "のが原因です。修正は金曜リリース予定と開発から回答あり。",
            ),
        ),
    ),
    Thread(
        "csv_kamome",
        "CSV",
        (
            said(
                "kato",
                27,
                """
CSV取り込んだら全部文字化けしてるんですけど。
使えないんですけど。
""",
            ),
        ),
        owner="suzuki",
        status="open",
        labels=("不具合",),
        draft=(
            "合同会社かもめ設計\n加藤様\n\nお問い合わせありがとうございます。"
            "サポート窓口の鈴木です。\n\nCSVを取り込んだ結果が文字化けしてしまい、"
            "お困りのことと存じます。\n現在、Excelで保存したCSVを取り込むと文字化けする"
            "不具合が発生しており、\n回避方法をご案内できます。\n\n"
            "確実にご案内するため、取り込みに使ったファイルの保存方法"
            "（Excel／その他のソフト）を教えていただけますでしょうか。"
        ),
        notes=(
            Note(
                "suzuki",
                "短いメールですが、青葉物流さんと同じ3.12の文字化けだと思います。"
                "明確化テンプレートで返信します。",
            ),
        ),
    ),
    Thread(
        "csv_fujita",
        "顧客リストの取り込みで文字がおかしくなりました",
        (
            said(
                "fujita",
                40,
                """
ツナグのサポートご担当者様

いつもお世話になっております。ハンドメイド雑貨のお店をしている藤田です。

お客様リストをCSVで取り込んだら、お名前が「�」や記号だらけになってしまいました…
私の操作が悪かったのでしょうか。

明日、年末の発送があり、お客様の住所が見られないととても困ります。
どうしたらよいか教えていただけないでしょうか。
""",
            ),
            replied(
                "suzuki",
                38,
                """
ご連絡ありがとうございます。
明日の発送を控えて、ご心配なことと存じます。
藤田様の操作に誤りはございません。現在、Excelで作成したCSVを取り込むと
文字化けする不具合が発生しており、ご迷惑をおかけして申し訳ございません。

以下の手順で、正しく取り込みいただけます。
1. 文字化けしたお客様データを「顧客」画面の「一括削除」で削除する
2. Excelで元のファイルを開き、「CSV UTF-8（コンマ区切り）」で保存し直す
3. もう一度インポートする

うまくいかない場合は、ファイルをこのメールにご返信で添付いただければ、
こちらで取り込める形に変換してお送りいたします。
""",
            ),
            said(
                "fujita",
                30,
                """
鈴木様

できました！お名前も住所もちゃんと表示されています。
丁寧に教えていただき、本当にありがとうございました。
これで明日の発送に間に合いそうです。
""",
            ),
        ),
        owner="suzuki",
        status="resolved",
        labels=("不具合",),
    ),
    Thread(
        "csv_iroha",
        "【至急】CSVインポート時の文字化けについて",
        (
            said(
                "inoue",
                9,
                """
ツナグ サポートご担当者様

お世話になっております。いろは出版の井上です。

本日中に読者データ約500件を旧システムから移行する予定なのですが、
CSVをインポートすると氏名・住所が文字化けしてしまいます。
旧システムから書き出したファイルは Shift_JIS です。

明日の朝から新刊案内の配信を始めるため、本日中に解決したく、
至急ご確認をお願いできますでしょうか。
""",
            ),
        ),
        priority=0,
        labels=("不具合",),
    ),
    Thread(
        "csv_sakura",
        "患者様リストの取込について",
        (
            said(
                "nakamura",
                5,
                """
ツナグ サポート様

さくら歯科クリニック受付の中村です。
患者様リストをCSVで取り込んだところ、お名前の漢字が化けてしまいます。
特に「髙橋」の「髙」や「﨑」のような字が「?」になっています。

受付のパソコンは古いWindowsで、メールソフトもBecky!です。
よろしくお願いいたします。
""",
            ),
        ),
        labels=("不具合",),
    ),
    Thread(
        "csv_hikari",
        "CSVインポート 文字化け（取引先マスタ）",
        (
            said(
                "yoshida",
                3,
                """
ツナグ サポート窓口 御中

いつもお世話になっております。ヒカリ製作所 情報システム課の吉田です。

取引先マスタのCSVインポートで、日本語の項目がすべて文字化けします。
手順は従来どおりで、ファイルはExcelから保存したものです。
社内の他部署でも同じ現象が出ていると報告を受けています。

既知の不具合でしたら、回避方法と修正予定をお知らせください。
""",
            ),
        ),
    ),
    Thread(
        "csv_koala",
        "Japanese characters garbled after CSV import",
        (
            said(
                "jack",
                11,
                """
Hello support,

We import our supplier list every Monday from a spreadsheet our Tokyo office
maintains. Since last week every Japanese name shows up as "???" or random
symbols after the import. English names are fine.

Same file, same steps as before. Did something change on your side?
""",
            ),
        ),
        labels=("不具合",),
    ),
)

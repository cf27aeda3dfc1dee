from madoguchi.mail.greetings import is_closing_line, is_opening_line, strip_pleasantries


def test_japanese_openings_are_recognised() -> None:
    for line in [
        "株式会社サンプル 御中",
        "山田様",
        "ご担当者様",
        "いつもお世話になっております。",
        "お世話になります。株式会社テストの佐藤です。",
        "株式会社テストの佐藤と申します。",
        "お疲れ様です。",
    ]:
        assert is_opening_line(line), line


def test_english_openings_and_closings_are_recognised() -> None:
    assert is_opening_line("Hi team,")
    assert is_opening_line("Dear Support,")
    assert is_closing_line("Best regards,")
    assert is_closing_line("Thanks,")


def test_content_lines_are_kept() -> None:
    for line in [
        "ログインできません。",
        "請求書の金額が違います。",
        "I cannot log in since yesterday.",
        "Hello? Is anyone reading this? The site has been down for two hours.",
    ]:
        assert not is_opening_line(line) and not is_closing_line(line), line


def test_strip_pleasantries_leaves_what_the_mail_is_about() -> None:
    mail = (
        "株式会社ABC 御中\nいつもお世話になっております。\n"
        "CSVの取り込みで文字化けします。\nよろしくお願いいたします。"
    )
    assert strip_pleasantries(mail) == "CSVの取り込みで文字化けします。"

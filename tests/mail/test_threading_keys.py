from madoguchi.mail.threading import (
    conversation_tag,
    is_reply_subject,
    referenced_ids,
    subject_key,
    thread_index_root,
)


def test_subject_keys_ignore_reply_prefixes_tags_and_width() -> None:
    expected = subject_key("返金について")
    for subject in [
        "Re: 返金について",
        "RE: Re: 返金について",
        "返信: 返金について",
        "Ｒｅ：返金について",
        "Fwd: 【重要】返金について [#12]",
        "[support] Re[2]: 返金について",
    ]:
        assert subject_key(subject) == expected, subject


def test_reply_shape_is_recognised_in_japanese_and_english() -> None:
    assert is_reply_subject("返信: ご質問")
    assert is_reply_subject("RE: question")
    assert is_reply_subject("Aw: Frage")
    assert not is_reply_subject("Refund request")
    assert not is_reply_subject("Reply needed")


def test_out_of_office_answers_are_replies_to_the_subject_they_quote() -> None:
    """Walk 12, F-29: an out-of-office answer with no In-Reply-To opened a new conversation."""
    for subject in [
        "Automatic reply: 返金について",
        "自動応答: 返金について",
        "自動返信：返金について",
        "Out of Office: Re: 返金について",
        "Réponse automatique : 返金について",
        "Automatische Antwort: 返金について",
    ]:
        assert is_reply_subject(subject), subject
        assert subject_key(subject) == subject_key("返金について"), subject
    assert not is_reply_subject("Automatic renewal of my plan")


def test_conversation_tags_are_found_in_ascii_and_full_width() -> None:
    assert conversation_tag("Re: 返金 [#123]") == 123
    assert conversation_tag("Re: 返金 ［＃４５］") == 45
    assert conversation_tag("返金 #123") is None


def test_referenced_ids_put_the_parent_first_and_survive_broken_headers() -> None:
    assert referenced_ids("<c@x>", ("<a@x> <b@x>", "<c@x>")) == ["<c@x>", "<b@x>", "<a@x>"]
    assert referenced_ids(None, ("<a@x>junk<b@x>",)) == ["<b@x>", "<a@x>"]


def test_thread_index_roots_match_for_one_outlook_thread() -> None:
    root = "AdmzL2pQqfl3NQ4fQ5W3x1yDp3Tpvw=="
    assert thread_index_root(root) == thread_index_root("AdmzL2pQqfl3NQ4fQ5W3x1yDp3TpvwAAMK1g")
    assert thread_index_root("not base64!") == ""


def test_it_strips_prefixes_but_keeps_the_customers_full_width_text() -> None:
    # s8 walk: （取引先マスタ） went out as (取引先マスタ) in a reply's subject.
    from madoguchi.mail.threading import strip_subject_prefixes

    assert strip_subject_prefixes("Re: CSV 文字化け（取引先マスタ）") == (
        "CSV 文字化け（取引先マスタ）",
        True,
    )
    assert strip_subject_prefixes("Ｒｅ：【重要】返金（至急）①") == ("返金（至急）①", True)
    assert strip_subject_prefixes("ｶﾀｶﾅの件") == ("ｶﾀｶﾅの件", False)

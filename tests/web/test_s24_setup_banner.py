"""Walk 24 H8: on Monday the admin landed on the queue with no word that neither mailbox
fetched any mail (「受信（IMAP）未設定」 only on /mailboxes/). Every page now tells an admin
which active mailbox receives or sends nothing, with a link to set it up; agents and leads
are not told (they cannot change it), and a mailbox with both servers set is not named."""

from __future__ import annotations

import pytest

from madoguchi.models import Mailbox
from tests.web.conftest import World


@pytest.mark.parametrize(
    ("language", "said"),
    [
        ("ja", "support@example.com はメールを受信も送信もしません。"),
        ("en", "support@example.com neither receives nor sends mail"),
    ],
)
def test_an_admin_is_told_which_mailbox_fetches_and_sends_nothing(
    world: World, language: str, said: str
) -> None:
    page = world.client(world.admin).get("/", follow=True, HTTP_ACCEPT_LANGUAGE=language)
    text = page.content.decode()
    assert said in text
    assert f'href="/mailboxes/{world.support.pk}/"' in text


def test_a_mailbox_with_both_servers_set_is_not_named_and_agents_are_not_told(
    world: World,
) -> None:
    Mailbox.objects.filter(pk=world.support.pk).update(
        imap_host="imap.example.com", smtp_host="smtp.example.com"
    )
    Mailbox.objects.filter(pk=world.sales.pk).update(imap_host="imap.example.com")
    text = world.client(world.admin).get("/", follow=True, HTTP_ACCEPT_LANGUAGE="en").content
    page = text.decode()
    assert "support@example.com" not in page.split("data-setup-missing")[-1].split("</ul>")[0]
    assert "sales@example.com sends no mail" in page
    agent = world.client(world.alice).get("/", follow=True, HTTP_ACCEPT_LANGUAGE="en")
    assert "data-setup-missing" not in agent.content.decode()

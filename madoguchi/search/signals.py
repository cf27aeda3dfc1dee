"""Keeping the search index free of deleted messages; SQLite connections' tables for a
search's materialised matches (compile.materialised_matches)."""

from __future__ import annotations

from typing import Any

from django.db.backends.signals import connection_created
from django.db.models.signals import post_delete


def _forget_message(sender: Any, instance: Any, **kwargs: Any) -> None:
    from madoguchi.search.backends import backend_for, delete_messages

    delete_messages([instance.pk])
    # The conversation's document is rebuilt without it (or removed with the conversation).
    backend_for().refresh_conversations([instance.conversation_id])


def _hits_tables(sender: Any, connection: Any, **kwargs: Any) -> None:
    """Once per SQLite connection, not once per search (a statement each time); and the
    function the filter triggers compute a customer's tokens with (backends.py,
    CUSTOMER_TOKENS_FUNCTION)."""
    from madoguchi.search.backends import CUSTOMER_TOKENS_FUNCTION, customer_tokens
    from madoguchi.search.compile import HITS_SLOTS, hits_table

    if connection.vendor == "sqlite":
        connection.connection.create_function(
            CUSTOMER_TOKENS_FUNCTION, 1, customer_tokens, deterministic=True
        )
        for slot in range(HITS_SLOTS):
            connection.connection.execute(
                f"CREATE TEMP TABLE IF NOT EXISTS {hits_table(slot)} (id INTEGER PRIMARY KEY)"
            )


def connect() -> None:
    from madoguchi.models import Message

    connection_created.connect(_hits_tables, dispatch_uid="madoguchi-search-hits")
    post_delete.connect(_forget_message, sender=Message, dispatch_uid="madoguchi-search-forget")

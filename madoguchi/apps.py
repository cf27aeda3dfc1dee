from typing import Any

from django.apps import AppConfig
from django.db.models.signals import post_migrate


class MadoguchiConfig(AppConfig):
    name = "madoguchi"
    verbose_name = "madoguchi"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        from madoguchi.actions.base import connect_membership_signals
        from madoguchi.search import signals

        signals.connect()
        connect_membership_signals()
        post_migrate.connect(_forget_counts_of_no_conversations, sender=self)


def _forget_counts_of_no_conversations(using: str = "default", **kwargs: Any) -> None:
    """`flush` (between transactional tests) sends post_migrate after emptying the tables,
    which on SQLite it does one by one in no set order: when the folder counts went before
    the conversations, the conversations' delete triggers left -1 rows behind. No
    conversations means no counts (a cheap check after a real migrate too)."""
    from django.db import connections

    from madoguchi.models import Conversation, FolderCount

    connection = connections[using]
    if FolderCount._meta.db_table not in connection.introspection.table_names():
        return  # migrated back to before the counts existed
    if not Conversation.objects.using(using).exists():
        FolderCount.objects.using(using).all().delete()

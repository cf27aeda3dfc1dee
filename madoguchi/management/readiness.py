"""Before a server command starts: is the database there and migrated?

A web process on a database without the latest migrations answers every page with a 500
(「システム側で問題が発生しました」) and a worker fails on its first query, both long after
whoever started them has looked away; refusing to start, with the command to run, is
the clearer answer. `make run` migrates first, so it never meets this.
"""

from __future__ import annotations

from django.core.management.base import CommandError
from django.db import DEFAULT_DB_ALIAS, DatabaseError, connections
from django.db.migrations.executor import MigrationExecutor


def refuse_unmigrated(command: str) -> None:
    """Raise CommandError (exit code 1, one line) unless every migration is applied."""
    try:
        executor = MigrationExecutor(connections[DEFAULT_DB_ALIAS])
        plan = executor.migration_plan(executor.loader.graph.leaf_nodes())
    except DatabaseError as error:
        first_line = (str(error).strip().splitlines() or [type(error).__name__])[0]
        raise CommandError(f"cannot read the database ({first_line}); not starting") from None
    if plan:
        raise CommandError(
            f"the database lacks {len(plan)} migration(s) of this version: run "
            f"`madoguchi migrate`, then `madoguchi {command}` again"
        )

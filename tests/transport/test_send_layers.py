"""The send side keeps its layers (DESIGN.md): transport/ speaks SMTP and keeps the
outbox rows; every change a send makes to a conversation goes through actions/."""

from __future__ import annotations

import ast
from pathlib import Path

import madoguchi

PACKAGE = Path(madoguchi.__file__).parent
SEND_TRANSPORT = ("transport/outbox.py", "transport/smtp.py", "transport/endpoints.py")


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found = set()
    for node in ast.walk(tree):  # imports inside functions count too
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return found


def test_the_send_side_of_transport_imports_neither_actions_nor_the_worker() -> None:
    for name in SEND_TRANSPORT:
        modules = imported_modules(PACKAGE / name)
        wrong = sorted(
            module
            for module in modules
            if module.startswith(("madoguchi.actions", "madoguchi.worker", "madoguchi.web"))
        )
        assert wrong == [], f"{name} imports {wrong}"


def test_the_outbox_rows_never_record_events_themselves() -> None:
    source = (PACKAGE / "transport/outbox.py").read_text(encoding="utf-8")
    assert "Event" not in source and "record_event" not in source


def test_mail_body_and_compose_stay_free_of_django() -> None:
    for name in ("mail/body.py", "mail/compose.py", "quality/lint/rewrite.py"):
        modules = imported_modules(PACKAGE / name)
        assert not [module for module in modules if module.startswith("django")], name

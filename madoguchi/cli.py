"""The `madoguchi` console script.

`parse`, `lint` and `triage` are the pure commands fixed in CONTRACT.md: they import no
Django, need no database and start fast. Everything else (`run`, `web`, `worker`,
`import`, `mailbox`, `migrate`, `demo`, `manage` …) is a Django management command and is
handed to Django unchanged.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterator
from typing import IO, Any

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_USAGE = 2

PURE_COMMANDS = ("parse", "lint", "triage")


class InputError(Exception):
    """Input that cannot be read: reported on one line of stderr, exit 2."""


class _ArgumentParser(argparse.ArgumentParser):
    def error(self, message: str) -> Any:  # argparse exits 2 too; keep its message short
        self.print_usage(sys.stderr)
        sys.stderr.write(f"madoguchi: {message}\n")
        raise SystemExit(EXIT_USAGE)


def _read_input(source: str) -> bytes:
    if source == "-":
        return sys.stdin.buffer.read()
    try:
        with open(source, "rb") as handle:
            return handle.read()
    except FileNotFoundError:
        raise InputError(f"{source}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{source}: is a directory, not a message file") from None
    except OSError as error:
        raise InputError(f"{source}: cannot read ({error.strerror})") from None


def _decode_text(data: bytes, source: str) -> str:
    """A draft or a plain-text mail given as a file: UTF-8 expected, other charsets guessed."""
    if b"\x00" in data[:8192]:
        raise InputError(f"{source}: binary data, not text")
    from madoguchi.mail.charset import decode_text_guess

    return decode_text_guess(data)


def _print_json(payload: dict[str, Any], out: IO[str]) -> None:
    out.write(json.dumps(payload, ensure_ascii=False))
    out.write("\n")


def _jsonl_lines(source: str) -> Iterator[tuple[int, str]]:
    if source == "-":
        stream: IO[str] = open(
            sys.stdin.fileno(), encoding="utf-8", errors="replace", closefd=False
        )
    else:
        try:
            stream = open(source, encoding="utf-8", errors="replace")
        except OSError as error:
            raise InputError(f"{source}: cannot read ({error.strerror})") from None
    with stream:
        for number, line in enumerate(stream, start=1):
            if line.strip():
                yield number, line


def _run_jsonl(
    source: str,
    handle: Callable[[dict[str, Any]], dict[str, Any]],
    found: Callable[[dict[str, Any]], bool] | None = None,
) -> int:
    """One JSON object in, one out, same order; a bad line gives an error object and exit 2.

    found: for lint, whether a result holds findings; the exit is then 1 when any line has
    some (as for one draft), unless a bad line makes it 2."""
    status = EXIT_OK
    out = sys.stdout
    for number, line in _jsonl_lines(source):
        item_id: Any = None
        try:
            item = json.loads(line)
            if not isinstance(item, dict):
                raise InputError("line is not a JSON object")
            item_id = item.get("id")
            result = {"id": item_id, **handle(item)}
            if found is not None and status == EXIT_OK and found(result):
                status = EXIT_FINDINGS
        except ValueError as error:
            status = EXIT_USAGE
            result = {"id": item_id, "error": f"line {number}: not JSON ({error})"}
        except InputError as error:
            status = EXIT_USAGE
            result = {"id": item_id, "error": f"line {number}: {error}"}
        _print_json(result, out)
    out.flush()
    return status


def _require_str(item: dict[str, Any], key: str) -> str:
    value = item.get(key)
    if not isinstance(value, str):
        raise InputError(f"field '{key}' missing or not a string")
    return value


def _optional_str(item: dict[str, Any], key: str) -> str | None:
    value = item.get(key)
    if value is not None and not isinstance(value, str):
        raise InputError(f"field '{key}' must be a string")
    return value


# parse ---------------------------------------------------------------------------------


def _parse_raw(raw: bytes) -> dict[str, Any]:
    from madoguchi.mail.parse import parse_message

    return parse_message(raw).to_dict()


def _parse_item(item: dict[str, Any]) -> dict[str, Any]:
    return _parse_raw(_read_input(_require_str(item, "path")))


def command_parse(args: argparse.Namespace) -> int:
    if args.jsonl:
        return _run_jsonl(args.jsonl, _parse_item)
    _print_json(_parse_raw(_read_input(args.file)), sys.stdout)
    return EXIT_OK


# lint ----------------------------------------------------------------------------------


def _lint(text: str, subject: str | None, lang: str | None) -> dict[str, list[dict[str, Any]]]:
    """CONTRACT.md's `findings` (what reads badly: exit 1) and, added beside them, `hints`:
    weaker findings of the same shape that the draft-level decision did not assert."""
    from madoguchi.quality.lint import hints_of, lint, warnings_of

    found = lint(text, subject=subject, lang=lang or "auto")
    return {
        "findings": [finding.to_dict() for finding in warnings_of(found)],
        "hints": [finding.to_dict() for finding in hints_of(found)],
    }


def _lint_item(item: dict[str, Any]) -> dict[str, Any]:
    lang = _optional_str(item, "lang")
    if lang not in (None, "ja", "en", "auto"):
        raise InputError(f"field 'lang' must be ja, en or auto, not {lang!r}")
    text = _require_str(item, "text")
    return _lint(text, _optional_str(item, "subject"), lang)


def command_lint(args: argparse.Namespace) -> int:
    if args.jsonl:
        return _run_jsonl(args.jsonl, _lint_item, found=lambda result: bool(result["findings"]))
    text = _decode_text(_read_input(args.file), args.file)
    result = _lint(text, args.subject, args.lang)
    _print_json(result, sys.stdout)
    return EXIT_FINDINGS if result["findings"] else EXIT_OK


# triage --------------------------------------------------------------------------------


def _looks_like_message(data: bytes) -> bool:
    """True when the input starts with an RFC 5322 header block rather than plain text."""
    from madoguchi.mail.parse import has_header_block

    return has_header_block(data)


def _triage_raw(raw: bytes, subject: str | None) -> dict[str, Any]:
    from madoguchi.quality.triage import triage

    if _looks_like_message(raw):
        from madoguchi.mail.parse import parse_message

        message = parse_message(raw)
        return triage(message.text, subject=subject or message.subject).to_dict()
    return triage(_decode_text(raw, "input"), subject=subject).to_dict()


def _triage_item(item: dict[str, Any]) -> dict[str, Any]:
    from madoguchi.quality.triage import triage

    raw = _optional_str(item, "raw")
    if raw is not None:
        return _triage_raw(raw.encode("utf-8", "surrogateescape"), _optional_str(item, "subject"))
    body = _require_str(item, "body")
    return triage(body, subject=_optional_str(item, "subject")).to_dict()


def command_triage(args: argparse.Namespace) -> int:
    if args.jsonl:
        return _run_jsonl(args.jsonl, _triage_item)
    _print_json(_triage_raw(_read_input(args.file), args.subject), sys.stdout)
    return EXIT_OK


# entry point ---------------------------------------------------------------------------


def _pure_parser() -> argparse.ArgumentParser:
    parser = _ArgumentParser(prog="madoguchi", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text)
        sub.add_argument("--format", choices=["json"], default="json")
        sub.add_argument("--jsonl", metavar="FILE|-", help="batch mode: one JSON object per line")
        sub.add_argument("file", nargs="?", metavar="FILE|-")
        return sub

    add("parse", "parse one raw RFC 5322 message").set_defaults(handler=command_parse)
    lint_parser = add("lint", "check a reply draft")
    lint_parser.add_argument("--lang", choices=["ja", "en", "auto"], default="auto")
    lint_parser.add_argument("--subject", default=None)
    lint_parser.set_defaults(handler=command_lint)
    triage_parser = add("triage", "judge urgency, emotion and terseness of an incoming mail")
    triage_parser.add_argument("--subject", default=None)
    triage_parser.set_defaults(handler=command_triage)
    return parser


def _run_pure(argv: list[str]) -> int:
    parser = _pure_parser()
    args = parser.parse_args(argv)
    if not args.jsonl and not args.file:
        parser.error(f"{args.command}: give a FILE, - for standard input, or --jsonl FILE|-")
    try:
        return int(args.handler(args))
    except InputError as error:
        sys.stderr.write(f"madoguchi {args.command}: {error}\n")
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `madoguchi parse --jsonl big | head` must end quietly.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK


def _run_django(argv: list[str]) -> int:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "madoguchi.settings")
    from django.core.management import execute_from_command_line

    if argv and argv[0] == "manage":
        argv = argv[1:]
    execute_from_command_line(["madoguchi", *argv])
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in PURE_COMMANDS:
        return _run_pure(argv)
    if not argv or argv[0] in ("-h", "--help"):
        _pure_parser().print_help()
        print(
            "\nserver commands: run (web + worker in one process), web, worker, import PATH…,"
            " mailbox add|list|test, demo, migrate, createsuperuser, manage COMMAND …"
        )
        return EXIT_OK
    return _run_django(argv)


if __name__ == "__main__":
    sys.exit(main())

"""Hostile mail through the parser and the import's pure half, with a fixed seed (session 8
audit, item 3). `.venv/bin/python bench/fuzz_parse.py [--cases N] [--seed S] [--cli]`

Cases: every file of ../shared/corpus as it is, the constructed cases of
tests/mail/mutations.py (MIME 200 deep, 20,000 parts, a 1 MB header line, attachments named
../../etc/passwd or 300 Japanese characters) and N mutations of corpus mails (truncated,
random bytes in headers and bodies, misspelt charsets, base64 garbage, broken RFC 2231).

Each case runs `prepare_mail` (parse, write attachments, hash, triage) in a forked child
with its own attachment folder, cut off at --timeout: reported are exceptions, timeouts,
files written outside the folder, the CPU time and the growth of the child's peak memory
(ru_maxrss). With --cli every case is also written to a file and read by `madoguchi parse
--jsonl` in one process: it must print one object per case and no traceback.
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import resource
import subprocess
import sys
import tempfile
import time
from multiprocessing.connection import Connection
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from madoguchi.actions.prepare import prepare_mail  # noqa: E402
from tests.mail.mutations import fixed_cases, mutated_cases  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus"
_EXPECTATIONS = {".yml", ".yaml", ".json", ".jsonl", ".md", ".py", ".txt"}


def corpus_mails() -> list[tuple[str, bytes]]:
    found = []
    for path in sorted(CORPUS.rglob("*")):
        if path.is_file() and path.suffix.lower() not in _EXPECTATIONS:
            found.append((str(path.relative_to(CORPUS)), path.read_bytes()))
    return found


def _rss_kb() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") // 1024


def _child(raw: bytes, folder: str, pipe: Connection) -> None:
    start_rss = _rss_kb()
    started = time.process_time()
    try:
        prepare_mail(raw, Path(folder) / "attachments")
        error = ""
    except Exception as exception:  # the finding itself: reported, not raised
        error = f"{type(exception).__name__}: {exception}"[:300]
    # The parser may parse in a child of its own (a budget): count its CPU and memory too.
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = time.process_time() - started + children.ru_utime + children.ru_stime
    peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss, children.ru_maxrss)
    outside = [
        str(path)
        for path in Path(folder).rglob("*")
        if path.is_file()
        and not path.resolve().is_relative_to((Path(folder) / "attachments").resolve())
    ]
    pipe.send((error, cpu, max(0, peak - start_rss), outside))


def run_case(raw: bytes, timeout: float) -> tuple[str, float, int, list[str]]:
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    with tempfile.TemporaryDirectory() as folder:
        process = context.Process(target=_child, args=(raw, folder, send))
        process.start()
        if receive.poll(timeout):
            result = receive.recv()
            process.join()
            return result  # type: ignore[no-any-return]
        process.kill()
        process.join()
        return ("TIMEOUT", timeout, 0, [])


def run_cli(cases: list[tuple[str, bytes]]) -> list[str]:
    """`madoguchi parse --jsonl` over every case: problems found (none is the aim)."""
    problems = []
    with tempfile.TemporaryDirectory() as folder:
        lines = []
        for number, (name, raw) in enumerate(cases):
            path = Path(folder) / f"{number}.eml"
            path.write_bytes(raw)
            lines.append(json.dumps({"id": name, "path": str(path)}))
        done = subprocess.run(
            [str(ROOT / ".venv" / "bin" / "madoguchi"), "parse", "--jsonl", "-"],
            input="\n".join(lines).encode(),
            capture_output=True,
            check=False,
        )
    output = []
    for number, line in enumerate(done.stdout.splitlines()):
        try:
            output.append(line.decode())
        except UnicodeDecodeError as error:  # the contract's output is UTF-8 JSON
            problems.append(f"line {number} ({cases[number][0]}) is not UTF-8: {error}")
            output.append(line.decode(errors="replace"))
    if "Traceback" in done.stderr.decode():
        problems.append("a traceback on stderr: " + done.stderr.decode()[-500:])
    if len(output) != len(cases):
        problems.append(f"{len(output)} output lines for {len(cases)} cases")
    for line in output:
        answer = json.loads(line)
        if "error" in answer:
            problems.append(f"{answer['id']}: {answer['error']}")
    return problems


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cases", type=int, default=2000, help="mutations to make")
    parser.add_argument("--seed", type=int, default=8)
    parser.add_argument("--timeout", type=float, default=30.0)
    parser.add_argument("--cli", action="store_true", help="also run madoguchi parse --jsonl")
    options = parser.parse_args()
    seeds = corpus_mails()
    # Load the parser's and triage's lazy parts (the dictionary of fugashi) once, here, so
    # that each forked child measures the mail and not the start-up.
    with tempfile.TemporaryDirectory() as folder:
        for _, raw in seeds[:30]:
            prepare_mail(raw, Path(folder))
    cases = seeds + list(fixed_cases()) + list(mutated_cases(seeds, options.cases, options.seed))
    failures: list[str] = []
    worst_cpu = (0.0, "")
    worst_memory = (0, "")
    started = time.perf_counter()
    for name, raw in cases:
        error, cpu, memory_kb, outside = run_case(raw, options.timeout)
        if error:
            failures.append(f"{name}: {error}")
        if outside:
            failures.append(f"{name}: wrote outside the attachment folder: {outside}")
        worst_cpu = max(worst_cpu, (cpu, name))
        worst_memory = max(worst_memory, (memory_kb, name))
        if error or outside or cpu > 1.0:
            print(f"  {name}: {cpu:.2f} s CPU, +{memory_kb / 1024:.0f} MB {error}", flush=True)
    print(f"cases: {len(cases)} ({len(seeds)} corpus files, seed {options.seed})")
    print(f"wall: {time.perf_counter() - started:.0f} s")
    print(f"worst CPU: {worst_cpu[0]:.2f} s ({worst_cpu[1]})")
    print(f"worst peak-memory growth: {worst_memory[0] / 1024:.1f} MB ({worst_memory[1]})")
    if options.cli:
        failures += run_cli(cases)
    print(f"failures: {len(failures)}")
    for failure in failures[:50]:
        print("  " + failure)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()

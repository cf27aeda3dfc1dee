"""Real mail servers on loopback for tests and benchmarks: Dovecot IMAP and an SMTP sink.

Both bind free ports on 127.0.0.1 and keep their files in their own temporary folder, so
pytest-xdist workers never collide. Recipes: ../shared/notes/real-servers-in-tests.md.

    with Dovecot() as dovecot:
        dovecot.add_user("support@example.test", "secret")
        dovecot.deliver("support@example.test", raw_bytes)   # straight into the Maildir
    with SmtpSink(deliver_to=dovecot) as sink:               # local addresses land in Dovecot
        ...; sink.messages                                    # every message received
"""

from __future__ import annotations

import os
import pwd
import shutil
import signal
import socket
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from email.parser import BytesHeaderParser
from email.policy import compat32
from pathlib import Path
from typing import Any

DOVECOT = shutil.which("dovecot") or "/usr/sbin/dovecot"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def wait_for_port(port: int, timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.02)
    raise TimeoutError(f"nothing listens on 127.0.0.1:{port} after {timeout}s")


def dovecot_available() -> bool:
    return os.path.exists(DOVECOT)


def _temporary_folder(prefix: str) -> Path:
    # mkdtemp is 0700; Dovecot's mail processes run as `nobody` and must traverse it.
    path = Path(tempfile.mkdtemp(prefix=prefix))
    path.chmod(0o755)
    return path


class Dovecot:
    """A throwaway Dovecot (IMAP only, Maildir, plain auth on loopback) in the foreground."""

    def __init__(self, port: int | None = None, oauth2_tokeninfo_url: str = "") -> None:
        self.port = port or free_port()
        # With a tokeninfo URL, Dovecot also accepts XOAUTH2/OAUTHBEARER logins and asks
        # that URL (with the token appended) whether a token is valid and whose it is.
        self.oauth2_tokeninfo_url = oauth2_tokeninfo_url
        self.root = _temporary_folder("madoguchi-dovecot-")
        self.process: subprocess.Popen[bytes] | None = None
        self.users: dict[str, str] = {}
        nobody = pwd.getpwnam("nobody")
        self.mail_uid, self.mail_gid = nobody.pw_uid, nobody.pw_gid
        self._counter = 0

    # lifecycle -----------------------------------------------------------------------

    def __enter__(self) -> Dovecot:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def config_path(self) -> Path:
        return self.root / "dovecot.conf"

    def _write_config(self) -> None:
        root = self.root
        for name in ("run", "state", "mail"):
            (root / name).mkdir(exist_ok=True)
        os.chown(root / "mail", self.mail_uid, self.mail_gid)
        (root / "users").touch()
        as_root = os.geteuid() == 0
        userdb = "uid=nobody gid=nogroup " if as_root else ""
        extra = (
            ""
            if as_root
            else (
                "default_internal_user = nobody\ndefault_login_user = nobody\n"
                "default_internal_group = nogroup\nservice anvil {\n  chroot =\n}\n"
            )
        )
        login_chroot = "" if as_root else "  chroot =\n"
        mechanisms = "plain login"
        oauth2_passdb = ""
        if self.oauth2_tokeninfo_url:
            mechanisms += " xoauth2 oauthbearer"
            (root / "oauth2.conf.ext").write_text(
                f"tokeninfo_url = {self.oauth2_tokeninfo_url}\n"
                f"introspection_mode = get\nusername_attribute = email\n"
            )
            oauth2_passdb = (
                f"passdb {{\n  driver = oauth2\n  mechanisms = xoauth2 oauthbearer\n"
                f"  args = {root}/oauth2.conf.ext\n}}\n"
            )
        self.config_path.write_text(
            f"""base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = {mechanisms}
# Tests try wrong passwords on purpose and add users while running: no penalty delay.
auth_failure_delay = 0
mail_location = maildir:{root}/mail/%u/Maildir
{extra}passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {root}/users
}}
{oauth2_passdb}userdb {{
  driver = static
  args = {userdb}home={root}/mail/%u
}}
service imap-login {{
{login_chroot}  inet_listener imap {{
    address = 127.0.0.1
    port = {self.port}
  }}
  inet_listener imaps {{
    port = 0
  }}
}}
"""
        )

    def start(self) -> None:
        if not (self.root / "dovecot.conf").exists():
            self._write_config()
        self.process = subprocess.Popen(
            [DOVECOT, "-F", "-c", str(self.config_path)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # its own process group: stop() ends the imap children too
        )
        wait_for_port(self.port)

    def stop(self) -> None:
        """Stop the server (the mail stays); start() brings it back on the same port."""
        if self.process is not None:
            # Open IMAP sessions outlive the master process; a real outage ends them too.
            group = self.process.pid
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
            try:
                os.killpg(group, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self.process = None

    def close(self) -> None:
        self.stop()
        shutil.rmtree(self.root, ignore_errors=True)

    # users and mail ------------------------------------------------------------------

    def add_user(self, address: str, password: str) -> None:
        self.users[address] = password
        with (self.root / "users").open("a") as handle:
            handle.write(f"{address}:{{PLAIN}}{password}\n")
        maildir = self.maildir(address)
        for part in ("cur", "new", "tmp"):
            (maildir / part).mkdir(parents=True, exist_ok=True)
        for path in (maildir.parent, maildir, *(maildir / p for p in ("cur", "new", "tmp"))):
            os.chown(path, self.mail_uid, self.mail_gid)
        if self.process is not None:
            self._wait_for_login(address, password)

    def _wait_for_login(self, address: str, password: str, timeout: float = 5.0) -> None:
        # Dovecot re-reads the passwd-file when its mtime changes, at most once a second.
        import imaplib

        deadline = time.monotonic() + timeout
        while True:
            client = imaplib.IMAP4("127.0.0.1", self.port)
            try:
                client.login(address, password)
                client.logout()
                return
            except imaplib.IMAP4.error:
                client.shutdown()
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)

    def maildir(self, address: str, folder: str = "INBOX") -> Path:
        base = self.root / "mail" / address / "Maildir"
        # Maildir++: sub-folders are dot-directories beside cur/new/tmp ('.Sent').
        return base if folder == "INBOX" else base / f".{folder}"

    def deliver(self, address: str, raw: bytes, folder: str = "INBOX") -> None:
        """Write a message into the Maildir as a local delivery agent would (tmp, then new)."""
        maildir = self.maildir(address, folder)
        if not (maildir / "new").is_dir():
            for part in ("cur", "new", "tmp"):
                (maildir / part).mkdir(parents=True, exist_ok=True)
                os.chown(maildir / part, self.mail_uid, self.mail_gid)
            os.chown(maildir, self.mail_uid, self.mail_gid)
        self._counter += 1
        name = f"{time.time_ns()}.M{self._counter}P{os.getpid()}T{threading.get_ident()}.test"
        temporary = maildir / "tmp" / name
        temporary.write_bytes(raw)
        os.chown(temporary, self.mail_uid, self.mail_gid)
        os.rename(temporary, maildir / "new" / name)

    def reset_uidvalidity(self, address: str, folder: str = "INBOX") -> None:
        """Make Dovecot renumber the folder (a new UIDVALIDITY), as a server migration does."""
        maildir = self.maildir(address, folder)
        for name in (
            "dovecot-uidlist",
            "dovecot.index",
            "dovecot.index.log",
            "dovecot.index.cache",
        ):
            (maildir / name).unlink(missing_ok=True)
        for path in (maildir / "cur").iterdir():
            path.rename(maildir / "new" / path.name.split(":", 1)[0])


@dataclass(frozen=True)
class ReceivedMail:
    sender: str
    recipients: tuple[str, ...]
    data: bytes
    message_id: str
    received_at: float = 0.0  # time.monotonic() when the DATA arrived (for benchmarks)


Answer = Callable[[str], str | None]  # recipient -> an SMTP reply to refuse it, or None


class _SinkHandler:
    def __init__(self, sink: SmtpSink) -> None:
        self.sink = sink

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        refusal = self.sink.refuse(address) if self.sink.refuse else None
        if refusal:
            return refusal
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        data = bytes(envelope.original_content or envelope.content)
        headers = BytesHeaderParser(policy=compat32).parsebytes(data)
        mail = ReceivedMail(
            sender=str(envelope.mail_from),
            recipients=tuple(envelope.rcpt_tos),
            data=data,
            message_id=str(headers.get("message-id", "")).strip(),
            received_at=time.monotonic(),
        )
        # Local delivery before "250": like a real MTA, acceptance and the copy in the
        # recipient's mailbox are one step as seen from the client.
        if self.sink.deliver_to is not None:
            for recipient in mail.recipients:
                if recipient in self.sink.deliver_to.users:
                    self.sink.deliver_to.deliver(recipient, data)
        with self.sink.lock:
            self.sink.messages.append(mail)
        return "250 2.0.0 Ok: queued"


class SmtpSink:
    """aiosmtpd on loopback recording every message; optionally refusing recipients."""

    def __init__(
        self,
        port: int | None = None,
        deliver_to: Dovecot | None = None,
        refuse: Answer | None = None,
    ) -> None:
        self.port = port or free_port()
        self.deliver_to = deliver_to
        self.refuse = refuse
        self.messages: list[ReceivedMail] = []
        self.lock = threading.Lock()
        self.controller: Any = None

    def __enter__(self) -> SmtpSink:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self) -> None:
        from aiosmtpd.controller import Controller

        self.controller = Controller(
            _SinkHandler(self), hostname="127.0.0.1", port=self.port, decode_data=False
        )
        self.controller.start()

    def stop(self) -> None:
        if self.controller is not None:
            self.controller.stop()
            self.controller = None

    def message_ids(self) -> list[str]:
        with self.lock:
            return [mail.message_id for mail in self.messages]


def sample_mail(
    number: int,
    *,
    sender: str = "",
    to: str = "support@example.test",
    subject: str = "",
    body: str = "",
    message_id: str = "",
    in_reply_to: str = "",
    references: str = "",
) -> bytes:
    """A plausible customer mail (Japanese, UTF-8, base64), unique by `number`."""
    from email.header import Header
    from email.mime.text import MIMEText
    from email.utils import formataddr, formatdate

    message = MIMEText(
        body or f"お世話になっております。注文番号 {number} の返金について教えてください。\n",
        "plain",
        "utf-8",
    )
    message["From"] = formataddr(
        (str(Header(f"顧客 {number}", "utf-8")), sender or f"customer{number}@example.jp")
    )
    message["To"] = to
    message["Subject"] = Header(subject or f"返金について (注文 {number})", "utf-8")
    message["Message-ID"] = message_id or f"<test.{number}.{os.getpid()}@example.jp>"
    if in_reply_to:
        message["In-Reply-To"] = in_reply_to
    if references:
        message["References"] = references
    message["Date"] = formatdate(localtime=True)
    return message.as_bytes().replace(b"\n", b"\r\n")


class SilentServer:
    """Accepts connections on loopback and never sends a byte until released."""

    def __init__(self) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.accepted: list[socket.socket] = []
        self.closed_by_client = 0
        self._lock = threading.Lock()
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self.listener.accept()
            except OSError:
                return
            with self._lock:
                self.accepted.append(connection)
            threading.Thread(target=self._watch, args=(connection,), daemon=True).start()

    def _watch(self, connection: socket.socket) -> None:
        try:
            while connection.recv(1024):
                pass  # whatever the client says, nothing comes back
        except OSError:
            return
        with self._lock:
            self.closed_by_client += 1

    @property
    def held(self) -> int:
        """Connections accepted and still open at the client's side."""
        with self._lock:
            return len(self.accepted) - self.closed_by_client

    def close(self) -> None:
        self.listener.close()
        with self._lock:
            for connection in self.accepted:
                connection.close()

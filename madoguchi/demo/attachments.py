"""Small but real attachment files for the demo mails, generated (no binary files in git).

Each entry is (filename, content type, bytes). The PNGs are valid images, the PDF opens in
a viewer, the CSV is Shift_JIS as Excel writes it (the cause of the 文字化け reports).
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Callable


def _png(width: int, height: int, paint: Callable[[int, int], tuple[int, int, int]]) -> bytes:
    rows = b"".join(
        b"\0" + b"".join(bytes(paint(x, y)) for x in range(width)) for y in range(height)
    )

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)  # 8-bit RGB
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows, 9))
        + chunk(b"IEND", b"")
    )


def _screenshot(x: int, y: int) -> tuple[int, int, int]:
    """A browser window: title bar, a form, and a red error banner."""
    if y < 12:
        return (60, 64, 72)
    if 20 <= y < 32 and 8 <= x < 152:
        return (220, 38, 38)  # the error banner the customer circled
    if 44 <= y < 52 and 8 <= x < 110 or 60 <= y < 68 and 8 <= x < 110:
        return (209, 213, 219)
    return (255, 255, 255)


def _logo(x: int, y: int) -> tuple[int, int, int]:
    return (37, 99, 235) if (x - 16) ** 2 + (y - 16) ** 2 < 196 else (255, 255, 255)


def _pdf(lines: list[str]) -> bytes:
    """A one-page PDF with a few lines of Helvetica text (ASCII only, as invoices' numbers)."""
    text = "BT /F1 12 Tf 50 780 Td 16 TL " + " ".join(f"({line}) '" for line in lines) + " ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(text), text.encode("ascii")),
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)


_CUSTOMER_CSV = (
    "顧客コード,会社名,担当者名,電話番号,メールアドレス\r\n"
    "C-0001,株式会社やまびこ商店,山本 一郎,03-1234-5678,yamamoto@yamabiko.example\r\n"
    "C-0002,有限会社はなみずき,高田 まゆみ,06-2345-6789,takada@hanamizuki.example\r\n"
    "C-0003,髙橋精機株式会社,髙橋 﨑子,052-345-6789,info@takahashi-seiki.example\r\n"
)

_ERROR_LOG = (
    "POST /api/v2/contacts/bulk HTTP/1.1\n"
    "Host: api.tsunagu.example\n"
    "X-Request-Id: 7f3c2a9e-51b0-4d8e-9a61-2f0c8d1e4b77\n\n"
    "HTTP/1.1 500 Internal Server Error\n"
    '{"error": "internal_error", "request_id": "7f3c2a9e-51b0-4d8e-9a61-2f0c8d1e4b77"}\n'
)

FILES: dict[str, tuple[str, str, Callable[[], bytes]]] = {
    "invoice_pdf": (
        "請求書_INV-20410.pdf",
        "application/pdf",
        lambda: _pdf(["Invoice INV-20410", "Tsunagu CRM Business plan", "Total: JPY 55,000"]),
    ),
    "security_pdf": (
        "ツナグ_セキュリティホワイトペーパー.pdf",
        "application/pdf",
        lambda: _pdf(["Tsunagu CRM Security White Paper", "ISO/IEC 27001", "AES-256, TLS 1.2+"]),
    ),
    "quote_pdf": (
        "御見積書_Q-1182.pdf",
        "application/pdf",
        lambda: _pdf(["Quotation Q-1182", "Tsunagu CRM Business plan x 30 seats", "JPY 594,000"]),
    ),
    "invoice_en_pdf": (
        "invoice-INV-20433.pdf",
        "application/pdf",
        lambda: _pdf(["Invoice INV-20433", "Tsunagu CRM Standard x 12 seats", "Total: AUD 1,140"]),
    ),
    "customer_csv": (
        "顧客リスト_取込用.csv",
        "text/csv",
        lambda: _CUSTOMER_CSV.encode("cp932"),  # Excel's 「CSV (コンマ区切り)」 is CP932
    ),
    "screenshot_png": (
        "エラー画面.png",
        "image/png",
        lambda: _png(160, 80, _screenshot),
    ),
    "error_png": ("error.png", "image/png", lambda: _png(160, 80, _screenshot)),
    "logo_png": ("image001.png", "image/png", lambda: _png(32, 32, _logo)),
    "error_log": ("request-7f3c2a9e.txt", "text/plain", lambda: _ERROR_LOG.encode("utf-8")),
}


def attachment(key: str) -> tuple[str, str, bytes]:
    filename, content_type, make = FILES[key]
    return filename, content_type, make()

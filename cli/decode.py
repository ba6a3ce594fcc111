"""Bytes to text: byte-order marks, UTF-8, then a detector; binary content is refused.

The decoded string is the "document text" of OUTPUT.md: a leading BOM removed,
nothing else changed (line endings kept), so offsets index exactly this.
"""

from __future__ import annotations

import codecs

# Longest first: the UTF-32 LE mark begins with the UTF-16 LE mark.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Signatures of common binary formats, named in the error so users see why.
_MAGIC = (
    (b"\x1f\x8b", "gzip data"),
    (b"PK\x03\x04", "zip data"),
    (b"BZh", "bzip2 data"),
    (b"\xfd7zXZ\x00", "xz data"),
    (b"7z\xbc\xaf\x27\x1c", "7-zip data"),
    (b"%PDF-", "PDF document"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"\x7fELF", "ELF executable"),
    (b"SQLite format 3\x00", "SQLite database"),
)

# Control characters other than tab, newlines, form feed and escape: text has few.
_CONTROL = bytes(c for c in range(32) if c not in (9, 10, 11, 12, 13, 27))
_SAMPLE = 65536


class DecodeError(ValueError):
    """The bytes are not text we can read; the message says why."""


def decode(data: bytes) -> str:
    """Decode a document's bytes, or raise `DecodeError` naming what it is instead."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as err:
                raise DecodeError(f"invalid {encoding} text after byte-order mark: {err.reason}") from None
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            raise DecodeError(f"binary file ({kind})")
    sample = data[:_SAMPLE]
    if b"\x00" in sample or (sample and sum(sample.count(c) for c in _CONTROL) / len(sample) > 0.05):
        raise DecodeError("binary file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return _detect(data)


def _detect(data: bytes) -> str:
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data))
    if not matches:
        raise DecodeError("not text in any known encoding")
    least_chaos = min(m.chaos for m in matches)
    # Short texts fit several code pages about equally well; Windows-1252 is by
    # far the most common legacy encoding of English text, so it wins near-ties.
    western = [m for m in matches if m.encoding == "cp1252" and m.chaos <= least_chaos + 0.1]
    best = western[0] if western else min(matches, key=lambda m: m.chaos)
    return str(best)

"""Bytes to text: byte-order marks, UTF-8, Windows-1252, then a detector; binary content is refused.

The decoded string is the "document text" of OUTPUT.md: a leading BOM removed,
nothing else changed (line endings kept), so offsets index exactly this.
"""

from __future__ import annotations

import codecs
import re
import unicodedata

# Longest first: the UTF-32 LE mark begins with the UTF-16 LE mark.
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# Signatures of common binary formats, named in the error so users see why.
# Anything else binary is still caught by its NUL and control bytes.
_MAGIC = (
    (b"\x1f\x8b", "gzip data"),
    (b"PK\x03\x04", "zip data"),
    (b"BZh", "bzip2 data"),
    (b"\xfd7zXZ\x00", "xz data"),
    (b"(\xb5/\xfd", "zstd data"),
    (b"\x04\x22\x4d\x18", "lz4 data"),
    (b"7z\xbc\xaf\x27\x1c", "7-zip data"),
    (b"Rar!\x1a\x07", "RAR archive"),
    (b"%PDF-", "PDF document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Microsoft Office document"),
    (b"\x89PNG\r\n\x1a\n", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"II*\x00", "TIFF image"),
    (b"MM\x00*", "TIFF image"),
    (b"RIFF", "RIFF media (WebP, WAV or AVI)"),
    (b"OggS", "Ogg media"),
    (b"ID3", "MP3 audio"),
    (b"\x7fELF", "ELF executable"),
    (b"\x00asm", "WebAssembly module"),
    (b"\xca\xfe\xba\xbe", "Java class or Mach-O executable"),
    (b"SQLite format 3\x00", "SQLite database"),
)

# Control characters other than tab, newlines, form feed and escape: text has few.
_CONTROL = bytes(c for c in range(32) if c not in (9, 10, 11, 12, 13, 27))
_SAMPLE = 65536

# Bytes that Windows-1252 reads as letters: ASCII ones, and the accented rest.
_ASCII_LETTERS = bytes(range(65, 91)) + bytes(range(97, 123))
_CP1252_LETTERS = bytes([0x83, 0x88, 0x8A, 0x8C, 0x8E, 0x9A, 0x9C, 0x9E, 0x9F, 0xAA, 0xB5, 0xBA]) + bytes(
    c for c in range(0xC0, 0x100) if c not in (0xD7, 0xF7)
)
# Western European text has a few accented letters among many plain ones (French
# about 4%, German 2%); other scripts in their 8-bit code pages read as Windows-1252
# are nearly all "accented letters" (Cyrillic, Greek, CJK double bytes).
_WESTERN_MAX_ACCENTED = 0.3
# Big files are judged on this many windows of `_SAMPLE` bytes, spread evenly.
_WESTERN_SAMPLES = 32
_C1_FALLBACK = "extract-latin1-fallback"
# CJK double-byte code pages, and where the punctuation they add to ASCII lies: general punctuation,
# CJK symbols and punctuation, full-width forms (not the half-width ones, single bytes in Shift JIS that
# Windows-1252 letters such as `£` and `Ä` would read as).
_DOUBLE_BYTE = ("big5", "gbk", "shift_jis")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")
_PUNCTUATION = re.compile(r"[\u2000-\u206f\u3000-\u303f\uff00-\uff60\uffe0-\uffef]")
# Spanish opens an exclamation with Windows-1252's `¡` (byte A1), which Big5 reads with the next letter as one
# punctuation mark (`¡Viva!` as `–iva!`). An `¡` at a word's start, before a word, whose `!` closes it on the same
# line, is that opener; a Big5 dash or comma between English words is not at a word's start, or stands alone.
_INVERTED_EXCLAMATION = re.compile(rb"(?:^|(?<=[\s\"'(\[\x91\x93\xab]))\xa1[A-Za-z\xc0-\xff]{2}[^\n!\xa1]*!",
                                   re.MULTILINE)


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
    signature = next(((magic, kind) for magic, kind in _MAGIC if data.startswith(magic)), None)
    binary = _looks_binary(data)
    # `ID3`, `RIFF` or `%PDF-` may begin a sentence: such signatures count only on binary content.
    if signature and (binary or not _printable(signature[0])):
        raise DecodeError(f"binary file ({signature[1]})")
    if binary:
        raise DecodeError("binary file")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    punctuated = _double_byte_punctuation(data)
    if punctuated is not None:
        return punctuated
    if _looks_western(data):
        # The five bytes Windows-1252 leaves undefined read as Latin-1, as browsers do.
        return data.decode("cp1252", _C1_FALLBACK)
    return _detect(data)


def _printable(magic: bytes) -> bool:
    return all(32 <= byte <= 126 for byte in magic)


def _looks_binary(data: bytes) -> bool:
    sample = data[:_SAMPLE]
    return b"\x00" in sample or (bool(sample) and sum(sample.count(c) for c in _CONTROL) / len(sample) > 0.05)


def _looks_western(data: bytes) -> bool:
    """True when Windows-1252 reads `data` as Latin-script text; counted in C on a sample spread over it."""
    if len(data) > _SAMPLE * _WESTERN_SAMPLES:
        step = len(data) // _WESTERN_SAMPLES
        data = b"".join(data[i : i + _SAMPLE] for i in range(0, step * _WESTERN_SAMPLES, step))
    ascii_letters = len(data) - len(data.translate(None, _ASCII_LETTERS))
    accented = len(data) - len(data.translate(None, _CP1252_LETTERS))
    return accented <= _WESTERN_MAX_ACCENTED * (ascii_letters + accented)


def _double_byte_punctuation(data: bytes) -> str | None:
    """English typed on a Chinese or Japanese system: a CJK double-byte code page whose only non-ASCII
    characters are punctuation, symbols or spaces (`’ “ ” —`, the ideographic space). Windows-1252 would read
    each of them as two Latin-1 signs (`¡¦`); a real Windows-1252 text fails here on its accented letters,
    which read as ideographs or as bytes no double-byte code page allows."""
    if _INVERTED_EXCLAMATION.search(data):
        return None
    for encoding in _DOUBLE_BYTE:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        marks = set(_NON_ASCII.findall(text))
        if marks and all(_PUNCTUATION.match(c) and unicodedata.category(c)[0] in "PSZ" for c in marks):
            return text
    return None


def _detect(data: bytes) -> str:
    """Another script's legacy code page (Windows-1251, Shift JIS, GBK, ...), as the detector sees it."""
    from charset_normalizer import from_bytes

    # Text without a byte-order mark and without NUL bytes is never UTF-16 or UTF-32.
    matches = [m for m in from_bytes(data) if not m.encoding.startswith(("utf_16", "utf_32"))]
    if not matches:
        raise DecodeError("not text in any known encoding")
    best = min(matches, key=lambda m: (m.chaos, -m.coherence))
    # Short texts fit many code pages equally well; then Windows-1252, by far the
    # most common legacy encoding of news text, wins the tie.
    tied = [m for m in matches if m.encoding == "cp1252" and m.chaos <= best.chaos + 0.1
            and m.coherence >= best.coherence - 0.1]
    return str(tied[0] if tied else best)


def _latin1_fallback(err: UnicodeError) -> tuple[str, int]:
    if not isinstance(err, UnicodeDecodeError):
        raise err
    return err.object[err.start : err.end].decode("latin-1"), err.end


codecs.register_error(_C1_FALLBACK, _latin1_fallback)

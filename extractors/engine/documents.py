"""Documents: a path, bytes, stdin or HTML turned into the text that record offsets index.

The library reads documents itself, so a notebook, `extract eval`, the store and
the CLI all get the same text from the same bytes (byte-order mark removed,
line endings kept, HTML reduced to its visible text). A source need not be a
file: `from_text` and `from_bytes` take any name. Reading never raises: a
document that cannot be read becomes a `Failure` with a one-line reason.
"""

from __future__ import annotations

import errno
import os
import stat
import sys
from dataclasses import dataclass, field
from typing import BinaryIO

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
STDIN = "-"
# Larger files are refused before they are read. 256 MiB of text is a few
# hundred books, far past any article or scraped page, yet a real dump that size
# is still read: measured, a 100 MB text with 274,700 money facts peaked at
# 0.8 GB (the text, its parse pieces and the document's records), so a file at
# the limit stays near 2 GB. Raise it with --max-bytes.
DEFAULT_MAX_BYTES = 256 * 1024 * 1024
_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class Document:
    """A decoded input: `text` is what record offsets index; `source` names it in records."""

    source: str
    text: str
    # The file it was read from, when it was (the store keys and dates files by it); None for stdin or text.
    path: str | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Failure:
    """An input that could not be read or processed; reported, never fatal."""

    source: str
    reason: str
    # The traceback of an unexpected error, shown by `--debug`.
    detail: str | None = None


def from_text(text: str, source: str = "<text>") -> Document:
    """A document from text already in memory; offsets index `text` exactly."""
    return Document(source, text[1:] if text.startswith("\ufeff") else text)


def from_bytes(data: bytes, source: str = "<bytes>", html: bool = False) -> Document | Failure:
    """Decode a document's bytes, and take the visible text of HTML (by flag or by its first tag)."""
    from .decoding import DecodeError, decode
    from .html_text import UnreadableHtml, visible_text

    try:
        text = decode(data)
    except DecodeError as err:
        return Failure(source, str(err))
    if html or _looks_like_html(text):
        try:
            text = visible_text(text)
        except UnreadableHtml as err:
            return Failure(source, str(err))
    return Document(source, text)


def read(path: str | os.PathLike[str], max_bytes: int = DEFAULT_MAX_BYTES, source: str | None = None,
         ) -> Document | Failure:
    """Read a file (or `-` for stdin); `source` names it in records (default: the path as given)."""
    path = os.fspath(path)
    name = source if source is not None else display_path(path)
    try:
        data = _read_stdin(max_bytes) if path == STDIN else _read_file(path, max_bytes)
    except FileNotFoundError:
        return Failure(name, "no such file or directory")
    except IsADirectoryError:
        return Failure(name, "is a directory")
    except OSError as err:
        return Failure(name, reason(err))
    if data is None or len(data) > max_bytes:
        return Failure(name, f"larger than --max-bytes ({max_bytes} bytes)")
    read = from_bytes(data, name, html=path.lower().endswith(HTML_SUFFIXES))
    return Document(read.source, read.text, None if path == STDIN else path) if isinstance(read, Document) else read


def display_path(path: str) -> str:
    """A path that prints anywhere: file names need not be UTF-8, but JSON and the terminal need text."""
    if path.isascii():
        return path
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def reason(err: OSError) -> str:
    """An OS error as the one-line reason a `Failure` gives."""
    if err.errno == errno.ELOOP:
        return "symbolic link loop"
    return (err.strerror or str(err)).lower() if err.errno else str(err)


def _read_file(path: str, max_bytes: int) -> bytes | None:
    """The file's bytes, or None when it is over the limit (a regular file's size says so before reading)."""
    with open(path, "rb") as handle:
        info = os.fstat(handle.fileno())
        if not stat.S_ISREG(info.st_mode):
            return _read_up_to(handle, max_bytes)  # a pipe or device named on the command line
        return None if info.st_size > max_bytes else handle.read()


def _read_stdin(max_bytes: int) -> bytes | None:
    if sys.stdin is None:
        raise OSError(errno.EBADF, "no standard input")
    return _read_up_to(sys.stdin.buffer, max_bytes)


def _read_up_to(stream: BinaryIO, max_bytes: int) -> bytes | None:
    """A stream of unknown length, in chunks (no buffer of --max-bytes set aside); None past the limit."""
    chunks: list[bytes] = []
    total = 0
    while chunk := stream.read(_CHUNK):
        total += len(chunk)
        if total > max_bytes:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def _looks_like_html(text: str) -> bool:
    head = text[:512].lstrip().lower()
    return head.startswith(("<!doctype html", "<html"))

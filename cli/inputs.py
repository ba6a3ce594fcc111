"""Find the documents a user named and read them into text.

Folders are walked recursively (each real directory once, so symlink loops end),
files inside them are kept when their name matches one of the globs, and paths
come out sorted so every run prints in the same order. Reading never raises:
a file that cannot be read becomes a `Failure` with a one-line reason.
"""

from __future__ import annotations

import errno
import fnmatch
import glob
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from extract_facts.extractors import Document, Failure

from .decode import DecodeError, decode
from .html_text import visible_text

DEFAULT_GLOBS = ("*.txt", "*.md", "*.html", "*.htm")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
STDIN = "-"
# Larger files are refused rather than risk memory: 256 MiB of text is a
# few hundred books, far past any article; raise it with --max-bytes.
DEFAULT_MAX_BYTES = 256 * 1024 * 1024


@dataclass(frozen=True)
class Source:
    """A path to read (or `-` for stdin), or a reason it cannot be read."""

    path: str
    problem: str | None = None


def stdin_is_piped() -> bool:
    """True when stdin is a pipe or a redirected file, not a terminal or /dev/null."""
    try:
        mode = os.fstat(sys.stdin.fileno()).st_mode
    except (OSError, ValueError, AttributeError):
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISREG(mode) or stat.S_ISSOCK(mode)


def find_sources(paths: Iterable[str], globs: Iterable[str] = DEFAULT_GLOBS) -> Iterator[Source]:
    """Expand the user's arguments into sources, in argument order, each folder's files sorted."""
    patterns = tuple(globs)
    for arg in paths:
        if arg == STDIN:
            yield Source(STDIN)
        elif os.path.isdir(arg):
            yield from _walk(arg, patterns)
        elif os.path.lexists(arg):
            yield Source(arg, _problem(arg))
        elif glob.has_magic(arg):
            matches = sorted(glob.glob(arg, recursive=True))
            if not matches:
                yield Source(arg, "no files match this pattern")
            for match in matches:
                yield Source(match, "is a directory" if os.path.isdir(match) else _problem(match))
        else:
            yield Source(arg, "no such file or directory")


def _walk(top: str, patterns: tuple[str, ...]) -> Iterator[Source]:
    seen: set[tuple[int, int]] = set()
    found: list[Source] = []

    def visit(folder: str) -> None:
        try:
            info = os.stat(folder)
        except OSError as err:
            found.append(Source(folder, _reason(err)))
            return
        if (info.st_dev, info.st_ino) in seen:
            return  # a symlink loop or a second link to a folder already read
        seen.add((info.st_dev, info.st_ino))
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as err:
            found.append(Source(folder, _reason(err)))
            return
        for entry in entries:
            path = os.path.join(folder, entry.name)
            if entry.is_dir():
                visit(path)
            elif any(fnmatch.fnmatch(entry.name, p) for p in patterns):
                found.append(Source(path, _problem(path)))

    visit(top)
    yield from sorted(found, key=lambda s: s.path)


def _problem(path: str) -> str | None:
    if os.path.islink(path) and not os.path.exists(path):
        return "dangling symbolic link"
    if os.path.isdir(path):
        return "is a directory"
    return None


def _reason(err: OSError) -> str:
    if err.errno == errno.ELOOP:
        return "symbolic link loop"
    return (err.strerror or str(err)).lower() if err.errno else str(err)


def read_source(source: Source, max_bytes: int = DEFAULT_MAX_BYTES) -> Document | Failure:
    """Read and decode one source; every problem becomes a `Failure` naming it."""
    if source.problem:
        return Failure(source.path, source.problem)
    try:
        if source.path == STDIN:
            data = sys.stdin.buffer.read(max_bytes + 1)
        else:
            with open(source.path, "rb") as handle:
                if os.fstat(handle.fileno()).st_size > max_bytes:
                    return Failure(source.path, f"larger than --max-bytes ({max_bytes} bytes)")
                data = handle.read(max_bytes + 1)
    except OSError as err:
        return Failure(source.path, _reason(err))
    if len(data) > max_bytes:
        return Failure(source.path, f"larger than --max-bytes ({max_bytes} bytes)")
    try:
        text = decode(data)
    except DecodeError as err:
        return Failure(source.path, str(err))
    if source.path.lower().endswith(HTML_SUFFIXES) or _looks_like_html(text):
        text = visible_text(text)
    return Document(source.path, text)


def _looks_like_html(text: str) -> bool:
    head = text[:512].lstrip().lower()
    return head.startswith(("<!doctype html", "<html"))


def read_all(sources: Iterable[Source], max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document | Failure]:
    for source in sources:
        yield read_source(source, max_bytes)

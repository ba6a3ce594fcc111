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

from extract_facts.extractors.engine import documents
from extract_facts.extractors.engine.documents import (
    DEFAULT_MAX_BYTES,
    STDIN,
    Document,
    Failure,
    display_path,
    reason,
)

from .errors import UsageProblem

DEFAULT_GLOBS = ("*.txt", "*.md", "*.html", "*.htm")

# What a folder may hold besides files and folders; reading a named pipe could wait forever.
_SPECIAL_FILES = (
    (stat.S_ISFIFO, "named pipe"),
    (stat.S_ISSOCK, "socket"),
    (stat.S_ISCHR, "character device"),
    (stat.S_ISBLK, "block device"),
)


@dataclass(frozen=True)
class Source:
    """A path to read (or `-` for stdin), or a reason it cannot be read."""

    path: str
    problem: str | None = None

    @property
    def name(self) -> str:
        """The path as records and messages show it: bytes that are not UTF-8 become `\\xNN`."""
        return display_path(self.path)


def stdin_is_piped() -> bool:
    """True when stdin is a pipe or a redirected file, not a terminal or /dev/null."""
    try:
        mode = os.fstat(sys.stdin.fileno()).st_mode
    except (OSError, ValueError, AttributeError):
        return False
    return stat.S_ISFIFO(mode) or stat.S_ISREG(mode) or stat.S_ISSOCK(mode)


def find_sources(paths: Iterable[str], globs: Iterable[str] = DEFAULT_GLOBS) -> Iterator[Source]:
    """Expand the user's arguments into sources, in argument order, each folder's files sorted.

    The globs are checked at once, so a pattern that can never match is a usage error
    before anything is read.
    """
    patterns = check_globs(globs)
    return _expand(list(paths), patterns)


def check_globs(globs: Iterable[str]) -> tuple[str, ...]:
    """Refuse `--glob` patterns that could never match a file name, naming the mistake."""
    patterns = tuple(globs)
    for pattern in patterns:
        if not pattern.strip():
            raise UsageProblem("--glob '' is empty: give a file-name pattern such as '*.txt'")
        if "/" in pattern or os.sep in pattern:
            raise UsageProblem(f"--glob {pattern!r} has a '/': it matches file names inside folders; "
                               "give folders or path patterns as arguments instead")
        if _unclosed_bracket(pattern):
            raise UsageProblem(f"--glob {pattern!r} has a '[' that is never closed (match a literal '[' with '[[]')")
        if "{" in pattern and "," in pattern:
            raise UsageProblem(f"--glob {pattern!r}: braces are not expanded; repeat --glob once per pattern")
    return patterns


def _unclosed_bracket(pattern: str) -> bool:
    """True when a `[` opens a set that never closes, which fnmatch would silently read as a literal."""
    i = 0
    while i < len(pattern):
        if pattern[i] == "[":
            j = i + 1
            if j < len(pattern) and pattern[j] == "!":
                j += 1
            if j < len(pattern) and pattern[j] == "]":
                j += 1
            j = pattern.find("]", j)
            if j < 0:
                return True
            i = j
        i += 1
    return False


def _expand(paths: list[str], patterns: tuple[str, ...]) -> Iterator[Source]:
    for arg in paths:
        if arg == STDIN:
            yield Source(STDIN)
        elif os.path.isdir(arg):
            yield from _walk(arg, patterns)
        elif os.path.lexists(arg):
            yield Source(arg, _problem(arg, in_folder=False))
        elif glob.has_magic(arg):
            matches = sorted(glob.glob(arg, recursive=True))
            if not matches:
                yield Source(arg, "no files match this pattern")
            for match in matches:
                yield Source(match, _problem(match, in_folder=True))
        else:
            yield Source(arg, "no such file or directory")


def _walk(top: str, patterns: tuple[str, ...]) -> list[Source]:
    """Every matching file under `top`, sorted; each real directory is read once.

    Real subfolders are read before symlinked ones, so a folder reachable both ways
    is listed under its real path; a link back to one of its own ancestors is named
    as a loop. The walk keeps its own stack, so no folder depth can overflow Python's.
    """
    seen: set[tuple[int, int]] = set()
    found: list[Source] = []
    folders, linked = [top], []
    while folders or linked:
        folder = folders.pop() if folders else linked.pop()
        try:
            info = os.stat(folder)
        except OSError as err:
            found.append(Source(folder, reason(err)))
            continue
        if (info.st_dev, info.st_ino) in seen:
            continue  # a second way into a folder already read
        seen.add((info.st_dev, info.st_ino))
        try:
            with os.scandir(folder) as listing:
                entries = list(listing)
        except OSError as err:
            found.append(Source(folder, reason(err)))
            continue
        for entry in entries:
            if _is_folder(entry):
                if not entry.is_symlink():
                    folders.append(entry.path)
                elif _is_inside(folder, entry.path):
                    found.append(Source(entry.path, "symbolic link loop (links to a folder that contains it)"))
                else:
                    linked.append(entry.path)
            elif any(fnmatch.fnmatch(entry.name, p) for p in patterns):
                found.append(Source(entry.path, _problem(entry.path, in_folder=True)))
    return sorted(found, key=lambda s: s.path)


def _is_folder(entry: os.DirEntry[str]) -> bool:
    try:
        return entry.is_dir()
    except OSError:
        return False  # a link loop: treated as a file, and named if its name matches


def _is_inside(folder: str, link: str) -> bool:
    here, target = os.path.realpath(folder), os.path.realpath(link)
    return here == target or here.startswith(target.rstrip(os.sep) + os.sep)


def _problem(path: str, in_folder: bool) -> str | None:
    """Why `path` cannot be read as a document, or None.

    Named pipes and devices are read when named on the command line (`<(cmd)`,
    `/dev/stdin`) but skipped when found in a folder or by a glob, where one could
    block the run forever.
    """
    try:
        mode = os.stat(path).st_mode
    except OSError as err:
        if err.errno == errno.ENOENT and os.path.islink(path):
            return "dangling symbolic link"
        return reason(err)
    if stat.S_ISDIR(mode):
        return "is a directory"
    if in_folder:
        for test, kind in _SPECIAL_FILES:
            if test(mode):
                return f"not a regular file ({kind})"
    return None


def read_source(source: Source, max_bytes: int = DEFAULT_MAX_BYTES) -> Document | Failure:
    """Read and decode one source; every problem becomes a `Failure` naming it."""
    if source.problem:
        return Failure(source.name, source.problem)
    read = documents.read(source.path, max_bytes, source=source.name)
    if isinstance(read, Failure) and read.reason == "no such file or directory":
        return Failure(read.source, "no such file or directory (removed during the run)")
    return read


def read_all(sources: Iterable[Source], max_bytes: int = DEFAULT_MAX_BYTES) -> Iterator[Document | Failure]:
    for source in sources:
        yield read_source(source, max_bytes)

"""Build the messy corpus: every kind of input a real folder holds, and what `extract` must do with each.

    python tests/make_messy_corpus.py DIR     # build DIR, print one line per case

Good files each hold money facts with amounts no other file uses, so a test can
check that every one of them is printed, at the right offsets; bad files each
have the exact reason `extract` gives on stderr. `tests/test_robustness.py`
runs the real command over it.
"""

from __future__ import annotations

import codecs
import gzip
import os
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

# Files over this size are refused in the messy run (`--max-bytes`), so "too big" stays small.
MAX_BYTES = 400_000
# Deep enough that a recursive walk of one Python frame per folder would be slow to get wrong.
DEPTH = 60


@dataclass(frozen=True)
class Case:
    """One input of the corpus: good (its facts are printed) or bad (one stderr line, `reason`)."""

    kind: str
    path: str  # relative to the corpus root, or an extra command-line argument when `argument` is set
    text: str | None = None  # the document text offsets index, for good files
    facts: tuple[tuple[str, int], ...] = ()  # (money text, amount) pairs a good file holds
    reason: str | None = None  # why a bad input is skipped
    argument: bool = False  # given on the command line rather than found in the corpus folder
    needs: str | None = None  # a condition the run must meet for this case (see `tests/test_robustness.py`)

    @property
    def good(self) -> bool:
        return self.reason is None


def article(amount: int, lead: str = "", tail: str = "", newline: str = "\n") -> str:
    """A short news text whose one money fact is `$<amount> million`."""
    return (f"{lead}CITY HALL, Monday{newline}The council said it paid ${amount} million for the new bridge."
            f"{newline}{tail}Work starts next spring.{newline}")


def fact(amount: int) -> tuple[str, int]:
    return (f"${amount} million", amount * 1_000_000)


def _write(root: Path, rel: str, data: bytes) -> Path:
    path = root / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def _encoded(root: Path, kind: str, rel: str, amount: int, encoding: str, bom: bytes = b"",
             lead: str = "", tail: str = "", newline: str = "\n") -> Case:
    text = article(amount, lead, tail, newline)
    _write(root, rel, bom + text.encode(encoding))
    return Case(kind, rel, text, (fact(amount),))


def good_encodings(root: Path) -> list[Case]:
    """The same kind of article in every encoding and line-ending style the issue lists."""
    quoted = "\u201cA fair price\u201d, said the caf\u00e9 owner \u2014 na\u00efve or not. "
    return [
        _encoded(root, "UTF-8", "enc/utf8.txt", 101, "utf-8", lead="R\u00e9sum\u00e9: "),
        _encoded(root, "UTF-8 with BOM", "enc/utf8_bom.txt", 102, "utf-8", codecs.BOM_UTF8, lead="\u00a9 "),
        _encoded(root, "UTF-16 LE with BOM", "enc/utf16le.txt", 103, "utf-16-le", codecs.BOM_UTF16_LE, tail=quoted),
        _encoded(root, "UTF-16 BE with BOM", "enc/utf16be.txt", 104, "utf-16-be", codecs.BOM_UTF16_BE, tail=quoted),
        _encoded(root, "UTF-32 LE with BOM", "enc/utf32le.txt", 105, "utf-32-le", codecs.BOM_UTF32_LE, tail=quoted),
        _encoded(root, "UTF-32 BE with BOM", "enc/utf32be.txt", 106, "utf-32-be", codecs.BOM_UTF32_BE, tail=quoted),
        _cp1252(root),
        _latin1(root),
        _encoded(root, "CRLF line ends", "lines/crlf.txt", 109, "utf-8", newline="\r\n"),
        _encoded(root, "CR-only line ends", "lines/cr.txt", 110, "utf-8", newline="\r"),
        _encoded(root, "NBSP and zero-width spaces", "spaces/nbsp_zwsp.txt", 111, "utf-8",
                 lead="Officials\u00a0said\u00a0on\u200bTuesday: \ufeff\u2060", tail="Roads\u200b\u200bclosed.\u00a0"),
        _encoded(root, "mixed scripts", "scripts/mixed.txt", 112, "utf-8",
                 lead="\u041c\u043e\u0441\u043a\u0432\u0430 \u5317\u4eac \u0627\u0644\u0642\u0627\u0647\u0631\u0629 "
                      "\U0001f600 \u05e9\u05dc\u05d5\u05dd. "),
    ]


def _cp1252(root: Path) -> Case:
    """Windows-1252: curly quotes, pound sign and accents are single bytes from 0x80 up."""
    text = ("LONDON \u2013 \u201cIt is fair,\u201d said Ren\u00e9e M\u00fcller of the caf\u00e9.\n"
            "The club paid \u00a315 million for the striker, na\u00efve critics said.\n")
    _write(root, "enc/cp1252.txt", text.encode("cp1252"))
    return Case("Windows-1252", "enc/cp1252.txt", text, (("\u00a315 million", 15_000_000),))


def _latin1(root: Path) -> Case:
    text = ("PARIS - Le caf\u00e9 de la gare a co\u00fbt\u00e9 cher.\n"
            "The firm paid \u00a316 million for the site in S\u00e8vres, a d\u00e9j\u00e0-vu deal.\n")
    _write(root, "enc/latin1.txt", text.encode("latin-1"))
    return Case("Latin-1", "enc/latin1.txt", text, (("\u00a316 million", 16_000_000),))


def good_shapes(root: Path) -> list[Case]:
    """Good files whose trouble is their form: markup, names, links, depth, length, emptiness."""
    cases = []
    page = ("<!doctype html><html><head><title>News</title><script>var price = '$998 million';</script>"
            "<style>p { color: red }</style></head><body><h1>Bridge</h1>"
            "<p>The council said it paid $117 million for the new bridge.</p>"
            "<script>document.write('$999 million')</script><noscript>$997 million</noscript></body></html>")
    _write(root, "html/page.html", page.encode("utf-8"))
    cases.append(Case("HTML (scripts dropped)", "html/page.html", "Bridge\n\nThe council said it paid $117 million"
                      " for the new bridge.\n", (fact(117),)))
    sniffed = "<html><body><p>The council said it paid $118 million for the new bridge.</p></body></html>"
    _write(root, "html/sniffed.txt", sniffed.encode("utf-8"))
    cases.append(Case("HTML named .txt", "html/sniffed.txt",
                      "The council said it paid $118 million for the new bridge.\n", (fact(118),)))
    cases.append(_encoded(root, "file name not UTF-8", "names/caf\udce9.txt", 119, "utf-8"))
    cases.append(_encoded(root, "file name with spaces and quotes", "names/it's a \"report\".md", 120, "utf-8"))
    deep = "/".join(f"d{i}" for i in range(DEPTH))
    cases.append(_encoded(root, f"folder {DEPTH} levels deep", f"deep/{deep}/bottom.txt", 121, "utf-8"))
    _write(root, "empty/empty.txt", b"")
    cases.append(Case("empty file", "empty/empty.txt", "", ()))
    _write(root, "empty/blank.txt", b" \n\n\t\r\n")
    cases.append(Case("whitespace-only file", "empty/blank.txt", " \n\n\t\r\n", ()))
    hostile = ("$(touch PWNED_SHELL) `touch PWNED_TICK` {{7*7}} <script>alert(1)</script>\n"
               "__import__('os').system('touch PWNED_PY'); eval('1+1'); \x1b[31mred\x1b[0m\n"
               "The council said it paid $122 million for the new bridge.\n")
    _write(root, "hostile/code.txt", hostile.encode("utf-8"))
    cases.append(Case("text that looks like code", "hostile/code.txt", hostile, (fact(122),)))
    cases.append(_long_line(root))
    return cases


def _long_line(root: Path) -> Case:
    """One line longer than a parse piece (100,000 characters): facts before, across and after the cuts."""
    rng = random.Random(7)
    words = ("the", "council", "said", "roads", "and", "schools", "would", "cost", "more", "while", "critics",
             "warned", "of", "delays")
    parts, facts = [], []
    for n, amount in enumerate((131, 132, 133, 134, 135)):
        filler = " ".join(rng.choice(words) for _ in range(9_000 if n else 10))
        parts.append(f"{filler.capitalize()}. It paid ${amount} million. ")
        facts.append(fact(amount))
    text = "".join(parts)
    assert "\n" not in text and len(text) < MAX_BYTES
    _write(root, "long/one_line.txt", text.encode("utf-8"))
    return Case(f"single {len(text):,}-character line", "long/one_line.txt", text, tuple(facts))


def good_links(root: Path) -> list[Case]:
    """A link to a file is read under its own name; a folder reached twice is read once."""
    _write(root, "links/real/inside.txt", article(141).encode())
    os.symlink("real", root / "links/alias")  # the same folder again: skipped without a word
    text = article(142)
    _write(root, "links/target.txt", text.encode())
    os.symlink("target.txt", root / "links/link_to_file.txt")
    return [
        Case("folder linked twice (read once)", "links/real/inside.txt", article(141), (fact(141),)),
        Case("file", "links/target.txt", text, (fact(142),)),
        Case("symbolic link to a file", "links/link_to_file.txt", text, (fact(142),)),
    ]


def other_languages(root: Path) -> list[Case]:
    """Text in other scripts: read, and no junk facts from an English pipeline."""
    texts = {
        "russian": "\u041f\u0440\u0435\u0437\u0438\u0434\u0435\u043d\u0442 \u0412\u043b\u0430\u0434\u0438\u043c\u0438"
                   "\u0440 \u041f\u0443\u0442\u0438\u043d \u0437\u0430\u044f\u0432\u0438\u043b \u0432 \u041c\u043e"
                   "\u0441\u043a\u0432\u0435, \u0447\u0442\u043e \u0441\u0442\u0440\u0430\u043d\u0430 \u043f\u043e"
                   "\u0434\u0434\u0435\u0440\u0436\u0438\u0432\u0430\u0435\u0442 \u0441\u043e\u0433\u043b\u0430\u0448"
                   "\u0435\u043d\u0438\u0435.\n",
        "chinese": "\u4e60\u8fd1\u5e73\u4e3b\u5e2d\u5728\u5317\u4eac\u8868\u793a\uff0c\u4e2d\u56fd\u652f\u6301"
                   "\u8fd9\u9879\u534f\u8bae\u3002\n",
        "arabic": "\u0642\u0627\u0644 \u0627\u0644\u0631\u0626\u064a\u0633 \u0641\u064a \u0627\u0644\u0642\u0627"
                  "\u0647\u0631\u0629 \u0625\u0646 \u0645\u0635\u0631 \u062a\u062f\u0639\u0645 \u0627\u0644\u0627"
                  "\u062a\u0641\u0627\u0642.\n",
        "greek": "\u039f \u03c0\u03c1\u03c9\u03b8\u03c5\u03c0\u03bf\u03c5\u03c1\u03b3\u03cc\u03c2 \u03b5\u03af\u03c0"
                 "\u03b5 \u03c3\u03c4\u03b7\u03bd \u0391\u03b8\u03ae\u03bd\u03b1 \u03cc\u03c4\u03b9 \u03c3\u03c5"
                 "\u03bc\u03c6\u03c9\u03bd\u03b5\u03af.\n",
    }
    cases = []
    for name, text in texts.items():
        rel = f"languages/{name}.txt"
        _write(root, rel, text.encode("utf-8"))
        cases.append(Case(f"other language ({name})", rel, text, ()))
    cyrillic = texts["russian"]
    _write(root, "languages/russian_cp1251.txt", cyrillic.encode("cp1251"))
    cases.append(Case("other language in its legacy code page (Windows-1251)", "languages/russian_cp1251.txt",
                      cyrillic, ()))
    return cases


def bad_contents(root: Path) -> list[Case]:
    """Files whose bytes are not a document: binaries under any name, undecodable text, too big."""
    rng = random.Random(3)
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + rng.randbytes(300)
    jpeg = b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + rng.randbytes(300)
    specs = [
        ("binary named .txt", "bad/image.txt", png, "binary file (PNG image)"),
        ("binary named .html", "bad/photo.html", jpeg, "binary file (JPEG image)"),
        ("compressed file named .md", "bad/archive.md", gzip.compress(article(900).encode() * 50, mtime=0),
         "binary file (gzip data)"),
        ("random bytes", "bad/noise.txt", rng.randbytes(4096), "binary file"),
        ("text with NUL bytes", "bad/nul.txt", b"The council paid $901 million.\x00\x00\x00 for it.", "binary file"),
        ("UTF-16 without BOM", "bad/utf16_nobom.txt", article(902).encode("utf-16-le"), "binary file"),
        ("undecodable UTF-8 after its BOM", "bad/broken_bom8.txt", codecs.BOM_UTF8 + b"caf\xe9 \xff\xfe",
         "invalid utf-8 text after byte-order mark: invalid continuation byte"),
        ("undecodable UTF-16 after its BOM", "bad/broken_bom16.txt", codecs.BOM_UTF16_BE + b"\x00a\x00",
         "invalid utf-16-be text after byte-order mark: truncated data"),
        ("file over --max-bytes", "bad/too_big.txt", article(903).encode() * (MAX_BYTES // 100),
         f"larger than --max-bytes ({MAX_BYTES} bytes)"),
        ("binary with a newline in its name", "bad/two\nlines.txt", b"\x00\x01\x02", "binary file"),
    ]
    for _, rel, data, _ in specs:
        _write(root, rel, data)
    return [Case(kind, rel, reason=reason) for kind, rel, _, reason in specs]


def bad_entries(root: Path) -> list[Case]:
    """Folder entries that cannot be read: permissions, broken or looping links, pipes."""
    (root / "bad").mkdir(exist_ok=True)
    _write(root, "bad/unreadable.txt", article(904).encode())
    os.chmod(root / "bad/unreadable.txt", 0)
    _write(root, "locked/inside.txt", article(905).encode())
    os.chmod(root / "locked", 0)
    os.symlink("nowhere.txt", root / "bad/dangling.txt")
    os.symlink("loop_b.txt", root / "bad/loop_a.txt")
    os.symlink("loop_a.txt", root / "bad/loop_b.txt")
    os.symlink("self.txt", root / "bad/self.txt")
    os.mkfifo(root / "bad/pipe.txt")
    (root / "cycle/inner").mkdir(parents=True)
    os.symlink("../..", root / "cycle/inner/up")
    return [
        Case("unreadable file (mode 000)", "bad/unreadable.txt", reason="permission denied", needs="permissions"),
        Case("unreadable folder (mode 000)", "locked", reason="permission denied", needs="permissions"),
        Case("dangling symbolic link", "bad/dangling.txt", reason="dangling symbolic link"),
        Case("symbolic link loop between files", "bad/loop_a.txt", reason="symbolic link loop"),
        Case("symbolic link loop between files", "bad/loop_b.txt", reason="symbolic link loop"),
        Case("symbolic link to itself", "bad/self.txt", reason="symbolic link loop"),
        Case("named pipe", "bad/pipe.txt", reason="not a regular file (named pipe)"),
        Case("folder link to its own ancestor", "cycle/inner/up",
             reason="symbolic link loop (links to a folder that contains it)"),
    ]


def vanishing(root: Path) -> list[Case]:
    """A file listed at the start and deleted before it is read (the test deletes it mid-run)."""
    text = article(906)
    _write(root, "vanish/gone_soon.txt", text.encode())
    return [Case("file removed during the run", "vanish/gone_soon.txt", reason="no such file or directory "
                 "(removed during the run)", needs="deleted mid-run")]


def arguments(root: Path) -> list[Case]:
    """Command-line arguments after the corpus folder: a glob matching folders, a missing path."""
    for name in ("a.txt", "b.txt"):
        (root.parent / "globbed" / name).mkdir(parents=True, exist_ok=True)  # folders whose names match the glob
    _write(root.parent, "globbed/c.txt", article(151).encode())
    glob_root = root.parent / "globbed"
    return [
        Case("directory matching the glob", str(glob_root / "a.txt"), reason="is a directory", argument=True),
        Case("directory matching the glob", str(glob_root / "b.txt"), reason="is a directory", argument=True),
        Case("file matching the glob", str(glob_root / "c.txt"), article(151), (fact(151),), argument=True),
        Case("missing path", str(root.parent / "missing.txt"), reason="no such file or directory", argument=True),
        Case("glob matching nothing", str(root.parent / "none-*.txt"), reason="no files match this pattern",
             argument=True),
    ]


def command_line(root: Path) -> list[str]:
    """The paths to give `extract` after `-` (stdin): the corpus folder, then the argument cases."""
    return [str(root), str(root.parent / "globbed" / "*.txt"), str(root.parent / "missing.txt"),
            str(root.parent / "none-*.txt")]


BUILDERS: tuple[Callable[[Path], list[Case]], ...] = (
    good_encodings, good_shapes, good_links, other_languages, bad_contents, bad_entries, vanishing, arguments,
)


def build(root: Path) -> list[Case]:
    """Create the corpus under `root` (a new folder) and return its cases."""
    root.mkdir(parents=True)
    return [case for builder in BUILDERS for case in builder(root)]


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print(__doc__.strip().splitlines()[2], file=sys.stderr)
        return 2
    for case in build(Path(argv[1])):
        outcome = ", ".join(text for text, _ in case.facts) or "no facts" if case.good else f"skipped: {case.reason}"
        print(f"{case.kind:50} {case.path!r:60} {outcome}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))

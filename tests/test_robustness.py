"""Whatever is in the folder, nothing crashes, nothing is lost, every failure is named.

The real `extract` command runs over the messy corpus of `make_messy_corpus.py`,
and over pipes, signals, bad options and hostile input.
"""

from __future__ import annotations

import ctypes
import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from extract_facts.extractors import registry

from helpers import EXTRACT, run_extract
from make_messy_corpus import MAX_BYTES, Case, article, build, command_line, other_languages

STDIN_TEXT = "From stdin: the council said it paid $161 million for the new bridge.\n"
PR_CAPBSET_DROP, CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH = 24, 1, 2


def shown(path: str) -> str:
    """A path as `extract` prints it: undecodable bytes as `\\xNN`."""
    return os.fsencode(path).decode("utf-8", "backslashreplace")


def on_one_line(path: str) -> str:
    return shown(path).replace("\n", "\\n")


def _drop_root_file_powers() -> None:
    """In the child, before exec: root loses the powers that let it read any file, so mode 000 holds."""
    libc = ctypes.CDLL(None, use_errno=True)
    for capability in (CAP_DAC_OVERRIDE, CAP_DAC_READ_SEARCH):
        if libc.prctl(PR_CAPBSET_DROP, capability, 0, 0, 0) != 0:
            raise OSError(ctypes.get_errno(), "prctl(PR_CAPBSET_DROP) refused")


def permission_setup(scratch: Path) -> Callable[[], None] | bool | None:
    """How to run `extract` so that file modes are obeyed: as is, with root's powers dropped, or not at all.

    Tests often run as root, which reads mode-000 files; dropping two capabilities
    from the child restores the ordinary rules. Returns None for "run as is",
    a pre-exec function, or False when modes cannot be made to hold here.
    """
    probe = scratch / "probe.txt"
    probe.write_text("x")
    probe.chmod(0)
    attempts: list[Callable[[], None] | None] = [None] if os.geteuid() else [None, _drop_root_file_powers]
    try:
        for attempt in attempts:
            try:
                proc = subprocess.run([sys.executable, "-c", f"open({str(probe)!r}).read()"], preexec_fn=attempt,
                                      capture_output=True, timeout=60)
            except (OSError, subprocess.SubprocessError):
                continue
            if b"PermissionError" in proc.stderr:
                return attempt
        return False
    finally:
        probe.chmod(stat.S_IRUSR | stat.S_IWUSR)


def _remove_permission_cases(root: Path, cases: list[Case]) -> list[Case]:
    for case in cases:
        if case.needs == "permissions":
            path = root / case.path
            path.chmod(0o755 if path.is_dir() else 0o644)
            shutil.rmtree(path) if path.is_dir() else path.unlink()
    return [c for c in cases if c.needs != "permissions"]


def _blocked_on_stdin(pid: int) -> bool:
    """True once the process waits in a read of its stdin pipe (it has listed every source by then)."""
    try:
        wchan = Path(f"/proc/{pid}/wchan").read_text()
        syscall = Path(f"/proc/{pid}/syscall").read_text().split()
    except OSError:
        return False
    read = {"x86_64": "0", "aarch64": "63"}.get(os.uname().machine)
    return wchan.endswith(("pipe_read", "pipe_wait")) or syscall[:2] == [read, "0x0"]


def _wait_until_reading_stdin(proc: subprocess.Popen[bytes], patience: float = 60) -> None:
    """Wait for `extract` to block on stdin; where /proc cannot tell, the model load has long been waited out."""
    deadline = time.monotonic() + patience
    while not _blocked_on_stdin(proc.pid) and time.monotonic() < deadline:
        assert proc.poll() is None, "extract ended before reading stdin"
        time.sleep(0.05)


class MessyRun:
    """One run of `extract money` over the messy corpus, with stdin first and a file deleted mid-run."""

    def __init__(self, base: Path) -> None:
        self.root = base / "corpus"
        cases = build(self.root)
        self.permissions = permission_setup(base)
        if self.permissions is False:
            cases = _remove_permission_cases(self.root, cases)
        self.cases = cases
        self.workdir = base / "work"
        self.tmpdir = base / "tmp"
        self.workdir.mkdir()
        self.tmpdir.mkdir()
        args = [EXTRACT, "money", "-", *command_line(self.root), "--max-bytes", str(MAX_BYTES), "--jsonl"]
        env = {**os.environ, "TMPDIR": str(self.tmpdir), "TEMP": str(self.tmpdir), "TMP": str(self.tmpdir)}
        with (base / "stderr").open("wb") as stderr, (base / "stdout").open("wb") as stdout:
            proc = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=stdout, stderr=stderr, cwd=self.workdir,
                                    env=env, preexec_fn=self.permissions or None)
            try:
                _wait_until_reading_stdin(proc)
                for case in cases:
                    if case.needs == "deleted mid-run":
                        (self.root / case.path).unlink()
                assert proc.stdin is not None
                proc.stdin.write(STDIN_TEXT.encode())
                proc.stdin.close()
                proc.wait(timeout=300)
            finally:
                if proc.returncode is None:
                    proc.kill()
                    proc.wait()
        self.status = proc.returncode
        self.stderr = (base / "stderr").read_text()
        self.records = [json.loads(line) for line in (base / "stdout").read_text().splitlines()]

    def path_of(self, case: Case) -> str:
        return case.path if case.argument else str(self.root / case.path)

    def expected_stderr(self) -> list[str]:
        found = sorted((c for c in self.cases if not c.good and not c.argument), key=self.path_of)
        given = [c for c in self.cases if not c.good and c.argument]
        return [f"extract: {on_one_line(self.path_of(c))}: {c.reason}" for c in found + given]


@pytest.fixture(scope="module")
def messy(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MessyRun]:
    base = tmp_path_factory.mktemp("messy")
    run = MessyRun(base)
    yield run
    for folder, dirs, _ in os.walk(base):  # let pytest clean up the mode-000 entries
        for name in dirs:
            os.chmod(os.path.join(folder, name), 0o755)


def test_every_bad_input_gets_exactly_one_line_and_the_run_fails(messy: MessyRun) -> None:
    assert messy.status == 1
    assert messy.stderr.splitlines() == messy.expected_stderr()


def test_every_good_file_has_all_its_facts_at_the_right_offsets(messy: MessyRun) -> None:
    by_source: dict[str, list[dict[str, object]]] = {}
    for record in messy.records:
        by_source.setdefault(str(record["source"]), []).append(record)
    missing = []
    for case in (c for c in messy.cases if c.good):
        records = by_source.get(shown(messy.path_of(case)), [])
        assert case.text is not None
        for record in records:
            assert case.text[record["start"] : record["end"]] == record["text"], (case.kind, record)
        found = {(r["text"], r["amount"]) for r in records}
        missing += [(case.kind, fact) for fact in case.facts if fact not in found]
    assert missing == []


def test_stdin_is_read_alongside_files(messy: MessyRun) -> None:
    (record,) = [r for r in messy.records if r["source"] == "-"]
    assert STDIN_TEXT[record["start"] : record["end"]] == record["text"] == "$161 million"


def test_nothing_comes_from_bad_files_other_languages_or_hidden_markup(messy: MessyRun) -> None:
    silent = {shown(messy.path_of(c)) for c in messy.cases if not c.good or (c.good and not c.facts)}
    assert [r for r in messy.records if r["source"] in silent] == []
    assert not {997_000_000, 998_000_000, 999_000_000} & {r["amount"] for r in messy.records}


def test_nothing_from_the_input_runs_and_no_temporary_file_is_left(messy: MessyRun) -> None:
    assert list(messy.workdir.iterdir()) == []  # the hostile file's `touch PWNED_*` never ran
    assert list(messy.tmpdir.iterdir()) == []


def test_closing_note_classes_are_all_covered(messy: MessyRun) -> None:
    kinds = {c.kind for c in messy.cases}
    for kind in ("UTF-8 with BOM", "UTF-16 LE with BOM", "UTF-32 BE with BOM", "Windows-1252", "Latin-1",
                 "CRLF line ends", "CR-only line ends", "NBSP and zero-width spaces", "mixed scripts",
                 "binary named .txt", "dangling symbolic link", "folder link to its own ancestor",
                 "directory matching the glob", "file removed during the run", "file over --max-bytes"):
        assert kind in kinds


# --- pipes and signals -------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def many(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Enough documents that a run is still going when it is interrupted or its reader leaves."""
    folder = tmp_path_factory.mktemp("many")
    for n in range(200):
        (folder / f"doc{n:04}.txt").write_text(article(n + 1) * 6)
    return folder


def _read_some_then_interrupt(args: list[str]) -> tuple[int, bytes, str]:
    """Start `extract`, wait until part of a record is out, send SIGINT (Ctrl-C), and collect everything.

    The child gets Ctrl-C's default handling whatever this run inherited: a shell starts a background job with
    SIGINT ignored, and `extract` rightly keeps it ignored then (so `pytest &` would see the run finish)."""
    proc = subprocess.Popen([EXTRACT, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            stdin=subprocess.DEVNULL, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    assert proc.stdout is not None and proc.stderr is not None
    out = b""
    while b'"schema"' not in out:
        chunk = os.read(proc.stdout.fileno(), 64)
        assert chunk, f"extract ended before printing a record: {proc.stderr.read().decode()}"
        out += chunk
    proc.send_signal(signal.SIGINT)
    while chunk := os.read(proc.stdout.fileno(), 1 << 16):
        out += chunk
    err = proc.stderr.read().decode()
    return proc.wait(timeout=120), out, err


def test_ctrl_c_leaves_only_whole_json_lines(many: Path) -> None:
    status, out, err = _read_some_then_interrupt(["money", str(many), "--jsonl"])
    assert status == 130
    assert err == "extract: interrupted\n"
    assert out.endswith(b"\n")
    records = [json.loads(line) for line in out.splitlines()]
    assert 0 < len(records) < 200 * 6


def test_ctrl_c_closes_the_json_array(many: Path) -> None:
    status, out, err = _read_some_then_interrupt(["money", str(many), "--json"])
    assert status == 130
    assert err == "extract: interrupted\n"
    records = json.loads(out)
    assert 0 < len(records) < 200 * 6 and all(r["extractor"] == "money" for r in records)


@pytest.mark.parametrize("form", ["--jsonl", "--json", "--csv", "--table"])
def test_a_reader_that_leaves_early_ends_the_run_quietly(many: Path, form: str) -> None:
    args = [EXTRACT, "money", str(many), *([form] if form != "--table" else [])]
    with subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        first = proc.stdout.readline()  # what `| head -1` reads before it goes
        proc.stdout.close()
        err = proc.stderr.read().decode()
        status = proc.wait(timeout=120)
    assert first
    assert err == ""  # no traceback, no "Exception ignored"
    assert status == 0


# --- bad options -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("glob", "words"),
    [
        ("", "is empty"),
        ("[abc", "never closed"),
        ("*.[tx", "never closed"),
        ("news/*.txt", "has a '/'"),
        ("*.{txt,md}", "braces are not expanded"),
    ],
)
def test_a_glob_that_can_never_match_is_a_usage_error(tmp_path: Path, glob: str, words: str) -> None:
    (tmp_path / "a.txt").write_text("It cost $5 million.")
    proc = run_extract("money", str(tmp_path), "--glob", glob)
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and proc.stderr.startswith(f"extract: error: --glob {glob!r}")
    assert words in proc.stderr and proc.stdout == ""


def test_a_literal_bracket_in_a_glob_is_fine(tmp_path: Path) -> None:
    (tmp_path / "[draft] a.txt").write_text("It cost $5 million.")
    proc = run_extract("money", str(tmp_path), "--glob", "[[]draft]*", "--jsonl")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["amount"] == 5_000_000


# --- no surprises ------------------------------------------------------------------------------------------

# Audit events that would mean the run reached the network, ran a program, or wrote a file.
AUDIT = """
import sys
seen = []
BAD = ("socket.connect", "socket.getaddrinfo", "socket.gethostbyname", "socket.sendto", "socket.sendmsg",
       "subprocess.Popen", "os.system", "os.exec", "os.posix_spawn", "os.spawn", "os.fork", "os.startfile",
       "tempfile.mkstemp", "tempfile.mkdtemp", "webbrowser.open", "urllib.Request", "http.client.connect")
def hook(event, args):
    if event.startswith(BAD):
        seen.append(event)
    elif event == "open" and isinstance(args[0], str) and args[1] and any(m in args[1] for m in "wax+"):
        seen.append(f"open {args[0]} {args[1]}")
sys.addaudithook(hook)
from extract_facts.cli.app import main
try:
    main(sys.argv[1:])
finally:
    sys.stderr.write("AUDIT " + repr(seen) + "\\n")
"""


def test_no_network_no_programs_no_files_written_while_running_every_extractor(tmp_path: Path) -> None:
    (tmp_path / "hostile.html").write_text(
        "<html><head><script>fetch('http://example.com/x')</script></head><body>"
        "<p>$(curl http://example.com) `rm -rf ~` __import__('os').system('id')</p>"
        "<p>The council said on Monday it paid $5 million for the bridge, Mayor Jane Smith said.</p></body></html>")
    proc = subprocess.run([sys.executable, "-c", AUDIT, "all", str(tmp_path), "--jsonl"], capture_output=True,
                          text=True, timeout=300, stdin=subprocess.DEVNULL, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.splitlines()[-1] == "AUDIT []"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["hostile.html"]
    assert any(json.loads(line)["text"] == "$5 million" for line in proc.stdout.splitlines())


def test_text_in_other_languages_gives_no_junk_and_no_crash(tmp_path: Path) -> None:
    other_languages(tmp_path)
    proc = run_extract("all", str(tmp_path / "languages"), "--jsonl")
    assert proc.returncode == 0, proc.stderr
    # No numbers, no Latin-script names: any fact an English pipeline finds here is junk.
    assert [(r["extractor"], r["text"]) for r in map(json.loads, proc.stdout.splitlines())] == []


# --- --debug -----------------------------------------------------------------------------------------------

BROKEN_PLUGIN = '''
from extract_facts.extractors import Extractor, Layout

def extract(doc, context):
    raise ValueError("plugin bug\\nsecond line")
    yield

EXTRACTOR = Extractor(name="broken", description="always fails", extract=extract)
# A bug outside any one document: its table layout's columns are not a sequence, which breaks the tables.
BAD_LAYOUT = Extractor(name="badlayout", description="a table layout that is no list of columns",
                       extract=lambda doc, context: [], fields=("a",), layout=Layout(columns=7))
NOT_AN_EXTRACTOR = object()
'''


def _plugin_site(folder: Path, entry: str) -> dict[str, str]:
    (folder / "broken_plugin.py").write_text(BROKEN_PLUGIN)
    info = folder / "broken_plugin-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: broken-plugin\nVersion: 0.1\n")
    (info / "entry_points.txt").write_text(f"[{registry.ENTRY_POINT_GROUP}]\n{entry}\n")
    return {"PYTHONPATH": os.pathsep.join(filter(None, [str(folder), os.environ.get("PYTHONPATH")]))}


def test_an_extractor_crash_is_one_line_and_debug_shows_its_traceback(tmp_path: Path) -> None:
    env = _plugin_site(tmp_path, "broken = broken_plugin:EXTRACTOR")
    (tmp_path / "a.txt").write_text("Some text.\n")
    quiet = run_extract("broken", str(tmp_path / "a.txt"), env=env)
    assert quiet.returncode == 1
    assert quiet.stderr == \
        f"extract: {tmp_path / 'a.txt'}: extraction failed in broken: ValueError: plugin bug second line\n"
    loud = run_extract("broken", str(tmp_path / "a.txt"), "--debug", env=env)
    assert loud.returncode == 1
    assert "Traceback (most recent call last)" in loud.stderr and 'raise ValueError("plugin bug' in loud.stderr


def test_an_extractor_crash_keeps_the_other_extractors_facts(tmp_path: Path) -> None:
    env = _plugin_site(tmp_path, "broken = broken_plugin:EXTRACTOR")
    (tmp_path / "a.txt").write_text("Acme paid $5 million.\n")
    proc = run_extract("all", str(tmp_path / "a.txt"), "--jsonl", env=env)
    assert proc.returncode == 1
    assert proc.stderr.endswith(f"extract: {tmp_path / 'a.txt'}: extraction failed in broken: ValueError: "
                                "plugin bug second line\n"), proc.stderr
    assert '"text": "$5 million"' in proc.stdout


def test_an_internal_error_is_one_line_and_debug_shows_its_traceback(tmp_path: Path) -> None:
    env = _plugin_site(tmp_path, "badlayout = broken_plugin:BAD_LAYOUT")
    quiet = run_extract("badlayout", str(tmp_path), env=env)
    assert quiet.returncode == 1
    assert quiet.stderr.count("\n") == 1 and quiet.stderr.startswith("extract: internal error: TypeError: ")
    assert quiet.stderr.endswith("(run with --debug for the traceback)\n")
    loud = run_extract("badlayout", str(tmp_path), "--debug", env=env)
    assert loud.returncode == 1
    assert "Traceback (most recent call last)" in loud.stderr


def test_a_plugin_that_fails_to_load_leaves_the_others_working(tmp_path: Path) -> None:
    env = _plugin_site(tmp_path, "broken = broken_plugin:NOT_AN_EXTRACTOR")
    (tmp_path / "a.txt").write_text("It cost $5 million.\n")
    money = run_extract("money", str(tmp_path / "a.txt"), "--jsonl", env=env)
    assert (money.returncode, money.stderr) == (0, "")
    assert json.loads(money.stdout)["amount"] == 5_000_000
    named = run_extract("broken", str(tmp_path / "a.txt"), env=env)
    assert named.returncode == 2
    assert named.stderr.startswith("extract: error: extractor 'broken' failed to load: ")


def test_closed_stdout_is_one_line_and_closed_stderr_still_prints_the_facts(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("It cost $5 million.\n")
    args = [EXTRACT, "money", str(tmp_path / "a.txt"), str(tmp_path / "gone.txt"), "--jsonl"]
    no_out = subprocess.run(["sh", "-c", 'exec "$@" >&-', "sh", *args], capture_output=True, text=True, timeout=300)
    assert (no_out.returncode, no_out.stderr) == (1, "extract: error: standard output is closed\n")
    no_err = subprocess.run(["sh", "-c", 'exec "$@" 2>&-', "sh", *args], stdout=subprocess.PIPE, text=True,
                            timeout=300)
    assert no_err.returncode == 1
    assert json.loads(no_err.stdout)["amount"] == 5_000_000


# Runs a command in a fork of this small interpreter and writes its peak memory (KiB) to argv[1]:
# a child forked from pytest itself would report pytest's own memory as its peak.
PEAK_MEMORY = """
import os, sys
pid = os.fork()
if pid == 0:
    os.execv(sys.argv[2], sys.argv[2:])
_, status, usage = os.wait4(pid, 0)
with open(sys.argv[1], "w") as out:
    out.write(str(usage.ru_maxrss))
sys.exit(os.waitstatus_to_exitcode(status))
"""


def test_a_file_over_the_default_limit_is_refused_without_being_read(tmp_path: Path) -> None:
    huge = tmp_path / "dump.txt"
    with huge.open("wb") as handle:
        handle.truncate(300 * 1024 * 1024)  # sparse: 300 MiB long, no disk used
    (tmp_path / "small.txt").write_text("It cost $5 million.\n")
    peak = tmp_path / "peak.kib"  # written after the run, and not a name the run reads
    proc = subprocess.run([sys.executable, "-c", PEAK_MEMORY, str(peak), EXTRACT, "money", str(tmp_path), "--jsonl"],
                          capture_output=True, text=True, stdin=subprocess.DEVNULL, timeout=300)
    assert proc.returncode == 1
    assert proc.stderr == f"extract: {huge}: larger than --max-bytes (268435456 bytes)\n"
    assert json.loads(proc.stdout)["amount"] == 5_000_000
    assert int(peak.read_text()) * 1024 < 280 * 2**20  # the 300 MiB were never loaded

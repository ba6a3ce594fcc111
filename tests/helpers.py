"""Test helpers shared by the CLI tests: install a plugin, run the real command."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

TESTS = Path(__file__).parent
EXTRACT = str(Path(sys.executable).with_name("extract"))


def install_plugin(folder: Path) -> Path:
    """Make `folder` an importable location holding the emails plugin and its entry point."""
    shutil.copy(TESTS / "plugin_emails.py", folder / "plugin_emails.py")
    info = folder / "extract_emails_plugin-0.1.dist-info"
    info.mkdir()
    (info / "METADATA").write_text("Metadata-Version: 2.1\nName: extract-emails-plugin\nVersion: 0.1\n")
    (info / "entry_points.txt").write_text('[extract_facts.extractors]\nemails = plugin_emails:EXTRACTOR\n')
    return folder


def run_extract(*args: str, stdin: str | bytes | None = None, env: dict[str, str] | None = None,
                cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run the installed `extract` console script as a user would."""
    full_env = {**os.environ, **(env or {})}
    data = stdin.encode() if isinstance(stdin, str) else stdin
    proc = subprocess.run([EXTRACT, *args], input=data, capture_output=True, env=full_env, cwd=cwd,
                          timeout=300, stdin=None if data is not None else subprocess.DEVNULL)
    return subprocess.CompletedProcess(proc.args, proc.returncode, proc.stdout.decode(), proc.stderr.decode())

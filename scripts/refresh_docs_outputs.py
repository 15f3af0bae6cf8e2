# ruff: noqa: INP001  (a script, not a package)
"""Rewrite the outputs a docs page shows with what the code prints now.

Usage: ``python scripts/refresh_docs_outputs.py docs/tutorial/parse.md [...]``

The test suite fails when a page's shown output no longer matches (see the
root ``conftest.py``); this script is the quick way to bring the page up to
date after a deliberate change to the parser or the dataset. It runs a page
as the tests do, in a fresh empty folder, top to bottom: ```` ```python ````
blocks, ``>>>`` examples and each ``$ regwatch ...`` line of ```` ```console ````
blocks. Outputs that still match (``...`` included) are kept as written;
others are replaced. Expected exceptions are kept. Review the diff: the
script trusts the code, and the point of the shown output is that a person
checked it.
"""

from __future__ import annotations

import contextlib
import doctest
import io
import os
import re
import shlex
import sys
import tempfile
from pathlib import Path
from typing import Any

import click
from click.testing import CliRunner

from regwatch.cli import main as cli

_FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
_BLOCK = re.compile(r"^```(\w+)\n(.*?)^```\n", re.MULTILINE | re.DOTALL)
_CHECKER = doctest.OutputChecker()


def _doctest_block(body: str, namespace: dict[str, Any]) -> str:
    lines: list[str] = []
    for example in doctest.DocTestParser().get_examples(body):
        source = example.source.rstrip("\n").split("\n")
        lines.append(">>> " + source[0])
        lines += ["... " + line if line else "..." for line in source[1:]]
        printed = io.StringIO()
        try:
            with contextlib.redirect_stdout(printed):
                exec(compile(example.source, "<docs>", "single"), namespace)  # noqa: S102  (our own docs)
        except Exception as e:  # noqa: BLE001  (reported, and the written output kept)
            if example.exc_msg is None:
                click.echo(
                    f"unexpected {type(e).__name__}: {e}\n  in: {source[0]}", err=True
                )
            shown = example.want
        else:
            got = printed.getvalue()
            keep = example.want and _CHECKER.check_output(example.want, got, _FLAGS)
            shown = example.want if keep else got
        lines += shown.rstrip("\n").split("\n") if shown else []
    return "\n".join(lines) + "\n"


def _console_block(body: str) -> str:
    out: list[str] = []
    lines = body.splitlines()
    i = 0
    while i < len(lines):
        out.append(lines[i])
        if not lines[i].startswith("$ "):
            i += 1
            continue
        argv = shlex.split(lines[i][2:])
        i += 1
        written: list[str] = []
        while i < len(lines) and not lines[i].startswith("$ "):
            written.append(lines[i])
            i += 1
        if argv[0] != "regwatch":
            out += written
            continue
        result = CliRunner().invoke(cli, argv[1:], prog_name="regwatch")
        if result.exit_code:
            click.echo(
                f"exit {result.exit_code}: {' '.join(argv)}\n{result.output}", err=True
            )
        expected = "\n".join(written).strip() + "\n"
        keep = written and _CHECKER.check_output(expected, result.stdout, _FLAGS)
        out += written if keep else result.stdout.rstrip("\n").splitlines()
    return "\n".join(out) + "\n"


def refresh(page: Path) -> None:
    """Run *page* in a scratch folder and write it back with today's outputs."""
    text = page.read_text(encoding="utf-8")
    namespace: dict[str, Any] = {"__name__": "__docs__"}
    pieces: list[str] = []
    position = 0
    old = Path.cwd()
    os.chdir(tempfile.mkdtemp(prefix="regwatch-refresh-"))
    try:
        for block in _BLOCK.finditer(text):
            language, body = block[1], block[2]
            pieces.append(text[position : block.start()])
            if language == "python" and body.startswith(">>>"):
                pieces.append(f"```python\n{_doctest_block(body, namespace)}```\n")
            elif language == "python":
                exec(compile(body, str(page), "exec"), namespace)  # noqa: S102  (our own docs)
                pieces.append(block[0])
            elif language == "console":
                pieces.append(f"```console\n{_console_block(body)}```\n")
            else:
                pieces.append(block[0])
            position = block.end()
    finally:
        os.chdir(old)
    pieces.append(text[position:])
    page.write_text("".join(pieces), encoding="utf-8")


if __name__ == "__main__":
    for name in sys.argv[1:]:
        refresh(Path(name).resolve())

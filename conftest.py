"""Run every example in the docs and in the docstrings of ``src/`` under pytest.

Sybil collects each ```` ```python ```` block in ``docs/**/*.md`` (a block that
starts with ``>>>`` is a doctest whose shown output must match; any other block
just has to run) and each ``>>>`` example in the docstrings of ``src/``. So an
example that stops working fails the test suite instead of misleading a reader.

Docstring examples run against ``import regwatch.<module>``, that is the
installed package (an editable install in development, the wheel in CI), so the
module that pytest imports and the one the examples see are the same object.
Each Markdown page runs in a fresh, empty working directory, as a reader who
follows it in a new folder would; pages that write files write them there.

```` ```console ```` blocks are checked too: each ``$ regwatch ...`` line runs
the command line in-process (click's ``CliRunner``) in the page's folder, must
exit 0, and must print to standard output what the block shows under it
(doctest rules, so ``...`` matches anything); progress bars and other
messages on standard error are not part of the comparison. Other commands
in console blocks, such as ``pip install``, are how a reader sets up; CI's own
install exercises them.
"""

from __future__ import annotations

import os
import shlex
import shutil
import tempfile
from doctest import ELLIPSIS, NORMALIZE_WHITESPACE, OutputChecker
from pathlib import Path
from typing import Any

from sybil import Example, Sybil
from sybil.parsers.markdown import (
    ClearNamespaceParser,
    CodeBlockParser,
    PythonCodeBlockParser,
    SkipParser,
)
from sybil.parsers.rest import DocTestParser

_FLAGS = ELLIPSIS | NORMALIZE_WHITESPACE
_CWD_KEY = "__regwatch_docs_cwd__"


def _enter_scratch_dir(namespace: dict[str, Any]) -> None:
    """Run a page in its own empty folder, remembering where we came from."""
    namespace[_CWD_KEY] = (Path.cwd(), tempfile.mkdtemp(prefix="regwatch-docs-"))
    os.chdir(namespace[_CWD_KEY][1])


def _leave_scratch_dir(namespace: dict[str, Any]) -> None:
    """Go back to the old working directory and remove the page's folder."""
    old, scratch = namespace.pop(_CWD_KEY)
    os.chdir(old)
    shutil.rmtree(scratch, ignore_errors=True)


def _commands(block: str) -> list[tuple[str, str]]:
    """Split a console block into ``(command, expected output)`` pairs."""
    pairs: list[tuple[str, list[str]]] = []
    for line in block.splitlines():
        if line.startswith("$ "):
            pairs.append((line[2:], []))
        elif pairs:
            pairs[-1][1].append(line)
    return [(command, "\n".join(out).strip() + "\n") for command, out in pairs]


def _run_console(example: Example) -> str | None:
    """Run each ``$ regwatch ...`` line of a console block and compare its output."""
    from click.testing import CliRunner  # noqa: PLC0415  (click is a runtime dependency)

    from regwatch.cli import main  # noqa: PLC0415

    checker = OutputChecker()
    for command, expected in _commands(str(example.parsed)):
        argv = shlex.split(command)
        if argv[0] != "regwatch":
            continue
        result = CliRunner().invoke(main, argv[1:], prog_name="regwatch")
        if result.exit_code != 0:
            return f"`{command}` exited {result.exit_code}:\n{result.output}"
        if not checker.check_output(expected, result.stdout, _FLAGS):
            return f"`{command}` printed:\n{result.stdout}\nbut the page shows:\n{expected}"
    return None


_markdown = Sybil(
    parsers=[
        PythonCodeBlockParser(doctest_optionflags=_FLAGS),
        CodeBlockParser(language="console", evaluator=_run_console),
        SkipParser(),
        ClearNamespaceParser(),
    ],
    path="docs",
    patterns=["*.md"],
    setup=_enter_scratch_dir,
    teardown=_leave_scratch_dir,
    name="docs",
)

_docstrings = Sybil(
    parsers=[DocTestParser(optionflags=_FLAGS)],
    path="src",
    patterns=["*.py"],
    # running `python -m regwatch` is not an example: importing it starts the CLI
    excludes=["__main__.py"],
    name="docstrings",
)

pytest_collect_file = (_markdown + _docstrings).pytest()

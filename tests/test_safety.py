"""No code path evaluates or unpickles input (#7).

regwatch reads text and metadata from the open web. Every module under
``src/`` is parsed (not imported) and searched for the calls and imports that
would run or unpickle data: ``eval``, ``exec``, ``pickle`` and friends,
``yaml.load``, ``marshal``, ``os.system``, ``shell=True``. Data files are read
with ``json``, ``tomllib`` and pyarrow, which only build values.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src"

UNSAFE_MODULES = frozenset(
    {
        "pickle",
        "_pickle",
        "cPickle",
        "cloudpickle",
        "dill",
        "marshal",
        "shelve",
        "joblib",
    }
)
"""Modules whose loaders run code found in the data."""

UNSAFE_BUILTINS = frozenset({"eval", "exec", "compile", "__import__"})
"""Built-ins that run text as code."""

UNSAFE_ATTRIBUTES = frozenset(
    {
        "yaml.load",
        "yaml.load_all",
        "yaml.full_load",
        "yaml.unsafe_load",
        "os.system",
        "os.popen",
        "pd.read_pickle",
        "pandas.read_pickle",
        "np.load",
        "numpy.load",
    }
)
"""Dotted calls that run or unpickle what they read (yaml.safe_load is fine)."""


def _dotted(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return f"{_dotted(node.value)}.{node.attr}"
    return "?"


def unsafe_uses(source: str) -> list[str]:
    """Each unsafe call or import in *source*, as ``line: what``."""
    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found += [
                f"{node.lineno}: import {a.name}"
                for a in node.names
                if a.name.split(".")[0] in UNSAFE_MODULES
            ]
        elif isinstance(node, ast.ImportFrom) and node.module:
            if node.module.split(".")[0] in UNSAFE_MODULES:
                found.append(f"{node.lineno}: from {node.module} import ...")
        elif isinstance(node, ast.Call):
            name = _dotted(node.func)
            shell = any(
                k.arg == "shell"
                and not (isinstance(k.value, ast.Constant) and k.value.value is False)
                for k in node.keywords
            )
            if name in UNSAFE_BUILTINS or name in UNSAFE_ATTRIBUTES:
                found.append(f"{node.lineno}: {name}()")
            elif shell:
                found.append(f"{node.lineno}: {name}(shell=...)")
    return found


@pytest.mark.parametrize(
    "path",
    [pytest.param(p, id=str(p.relative_to(SRC))) for p in sorted(SRC.rglob("*.py"))],
)
def test_module_neither_evaluates_nor_unpickles(path: Path) -> None:
    """A module under src/ holds no eval, exec, pickle, marshal, yaml.load or shell call."""
    assert [] == unsafe_uses(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        pytest.param("eval(text)", ["1: eval()"], id="eval"),
        pytest.param("exec(code)", ["1: exec()"], id="exec"),
        pytest.param("import pickle", ["1: import pickle"], id="import-pickle"),
        pytest.param(
            "from marshal import loads", ["1: from marshal import ..."], id="marshal"
        ),
        pytest.param("import yaml\nyaml.load(s)", ["2: yaml.load()"], id="yaml-load"),
        pytest.param("import yaml\nyaml.safe_load(s)", [], id="yaml-safe-load"),
        pytest.param("run(cmd, shell=True)", ["1: run(shell=...)"], id="shell"),
        pytest.param("run(cmd, shell=False)", [], id="no-shell"),
        pytest.param("import json\njson.loads(s)", [], id="json"),
    ],
)
def test_scanner_finds_unsafe_code(source: str, expected: list[str]) -> None:
    """The scanner reports each unsafe form, so the module test above can fail."""
    assert expected == unsafe_uses(source)

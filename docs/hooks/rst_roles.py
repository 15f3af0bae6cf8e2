"""MkDocs hook: render Sphinx roles left in docstrings as code, or as links.

Some docstrings cross-reference in Sphinx style (``:func:`regwatch.parse```),
which mkdocstrings' Markdown shows verbatim as ``:func:regwatch.parse``. This
hook drops the role, honours ``~`` (show the last name only), and on the API
page links a public name to its entry there. Markdown cross-references
(``[regwatch.parse][]``) are the better habit in new docstrings.
"""

from __future__ import annotations

import re
from typing import Any

_ROLE = re.compile(
    r":(?:func|meth|class|data|attr|mod|exc|obj):<code>(~?)([\w.]+)</code>"
)
_API_PAGE = "reference/api.md"


def _public() -> set[str]:
    import regwatch  # noqa: PLC0415

    return set(regwatch.__all__)


def on_page_content(html: str, page: Any, **_: Any) -> str:
    """Replace each ``:role:<code>target</code>`` with plain or linked code."""
    if ":<code>" not in html:
        return html
    public = _public() if page.file.src_uri == _API_PAGE else set()

    def replace(match: re.Match[str]) -> str:
        target = match[2]
        shown = target.rsplit(".", 1)[-1] if match[1] else target
        name = target.removeprefix("regwatch.")
        if name in public:
            return f'<a href="#regwatch.{name}"><code>{shown}</code></a>'
        return f"<code>{shown}</code>"

    return _ROLE.sub(replace, html)

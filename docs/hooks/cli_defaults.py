"""MkDocs hook: show "no default" instead of click's ``Sentinel.UNSET`` on the CLI page.

click 8.3 reports an option without a default as ``Sentinel.UNSET``, and
mkdocs-click 0.9 prints that as the default (fixed upstream in
mkdocs/mkdocs-click#95, not yet released). Drop this hook when it is.
"""

from __future__ import annotations

from typing import Any

_UNSET = "<code>Sentinel.UNSET</code>"


def on_page_content(html: str, **_: Any) -> str:
    """Replace the sentinel with a dash in the rendered option tables."""
    return html.replace(_UNSET, "&ndash;") if _UNSET in html else html

"""MkDocs hook: pictures and counts drawn from the shipped dataset at build time.

Two pictures, rendered with matplotlib to SVG, and one set of count tables:

- ``<!-- regwatch:figure timeline -->``: one row per jurisdiction; a circle
  where a directive was issued (coloured by action), a triangle at each
  deadline, a square at the latest outcome's date; a thin line joins them.
- ``<!-- regwatch:figure coverage -->``: directives per jurisdiction, per
  action and per platform, as bars.
- ``<!-- regwatch:counts -->``: the same counts as tables, for readers and
  screen readers that would rather read than look.

Why matplotlib: it renders offline at build time into plain SVG, needs no
JavaScript and no CDN (the site must work without network), and is
deterministic given a fixed ``svg.hashsalt`` and no ``Date`` metadata, so the
same dataset gives the same bytes. Vega-Lite/Altair would need the Vega
runtime from a CDN in the reader's browser; plotly ships megabytes of JS.

Each image carries alt text written from the same numbers it draws. A page
that asks for a picture while the dataset cannot be loaded fails the build
with a message naming the page and the reason: never a silently missing image.
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections import Counter
from typing import Any

import attrs
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

_MARKER = re.compile(
    r"^<!-- regwatch:(?P<kind>figure|counts)(?: (?P<name>[a-z]+))? -->[ \t]*$",
    re.MULTILINE,
)
_FIGURE_DIR = "assets/figures"
_TOP = 15  # bars per coverage panel; the count tables list every value
# Okabe-Ito first (safe for colour-blind readers), then muted extras: fixed per
# action in vocabulary order, so a colour means the same action on every build.
_PALETTE = (
    "#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9",
    "#F0E442", "#000000", "#8C564B", "#7F7F7F", "#BCBD22", "#17BECF",
)  # fmt: skip


@attrs.frozen
class Row:
    """One directive as the pictures need it (dates are typed, or None)."""

    jurisdiction: str
    action: str
    platforms: tuple[str, ...]
    issued: dt.date | None
    deadlines: tuple[dt.date, ...]
    outcome: str | None
    outcome_as_of: dt.date | None


@attrs.frozen
class Figure:
    """A rendered picture: where it goes on the site and what it says in words."""

    name: str
    svg: bytes
    alt: str
    caption: str


# -- reading the shipped dataset ----------------------------------------------


def read_rows() -> list[Row]:
    """The shipped dataset's directives, one :class:`Row` each, from its tables."""
    import regwatch  # noqa: PLC0415  (imported per build so `mkdocs serve` sees edits)

    due: dict[str, list[dt.date]] = {}
    for r in regwatch.load("deadlines").iter_rows(named=True):
        if r["due"] is not None:
            due.setdefault(r["directive_id"], []).append(r["due"])
    latest = {
        r["directive_id"]: r
        for r in regwatch.load("outcomes").iter_rows(named=True)
        if r["latest"]
    }
    rows = []
    for r in regwatch.load("directives").iter_rows(named=True):
        outcome = latest.get(r["directive_id"], {})
        rows.append(
            Row(
                jurisdiction=r["jurisdiction"],
                action=r["action"],
                platforms=tuple(r["platforms"] or ()),
                issued=r["issued"],
                deadlines=tuple(sorted(due.get(r["directive_id"], ()))),
                outcome=outcome.get("status"),
                outcome_as_of=outcome.get("as_of"),
            )
        )
    return rows


# -- pictures -------------------------------------------------------------------


def _actions() -> list[str]:
    from regwatch import Action  # noqa: PLC0415

    return [a.value for a in Action]


def _svg(fig: Any) -> bytes:
    import matplotlib as mpl  # noqa: PLC0415

    buffer = io.BytesIO()
    # text stays text (searchable, small); fixed salt and no date: same bytes each build
    with mpl.rc_context({"svg.hashsalt": "regwatch", "svg.fonttype": "none"}):
        fig.savefig(buffer, format="svg", metadata={"Date": None}, bbox_inches="tight")
    return buffer.getvalue()


def _span(rows: list[Row]) -> tuple[int, int]:
    years = [
        d.year
        for r in rows
        for d in (r.issued, r.outcome_as_of, *r.deadlines)
        if d is not None
    ]
    return (min(years), max(years)) if years else (0, 0)


def timeline(rows: list[Row]) -> Figure:
    """Directives on a time axis, one row per jurisdiction."""
    from matplotlib.figure import Figure as MplFigure  # noqa: PLC0415
    from matplotlib.lines import Line2D  # noqa: PLC0415

    dated = [r for r in rows if r.issued or r.deadlines or r.outcome_as_of]
    first: dict[str, dt.date] = {}
    for r in dated:
        when = min(d for d in (r.issued, r.outcome_as_of, *r.deadlines) if d)
        first[r.jurisdiction] = min(first.get(r.jurisdiction, when), when)
    order = sorted(first, key=lambda j: (first[j], j))
    y = {j: i for i, j in enumerate(order)}
    colours = dict(zip(_actions(), _PALETTE, strict=False))

    # directives of one jurisdiction share its row, each on its own thin lane
    lanes: dict[str, int] = Counter()
    lane_of: list[tuple[Row, int]] = []
    for r in sorted(dated, key=lambda r: (r.issued or dt.date.max, r.action)):
        lane_of.append((r, lanes[r.jurisdiction]))
        lanes[r.jurisdiction] += 1

    fig = MplFigure(figsize=(9, 0.5 * len(order) + 1.6))
    ax = fig.add_subplot()
    for r, lane in lane_of:
        n = lanes[r.jurisdiction]
        row_y = y[r.jurisdiction] + (0 if n == 1 else 0.6 * (lane / (n - 1) - 0.5))
        colour = colours.get(r.action, "#7F7F7F")
        points = sorted(d for d in (r.issued, r.outcome_as_of, *r.deadlines) if d)
        if len(points) > 1:
            ax.plot(
                [points[0], points[-1]], [row_y, row_y], color=colour, lw=1, alpha=0.6
            )
        if r.issued:
            ax.plot([r.issued], [row_y], "o", color=colour, ms=6, mec="white", mew=0.5)
        for d in r.deadlines:
            ax.plot([d], [row_y], "^", color=colour, ms=6, mfc="none")
        if r.outcome_as_of:
            ax.plot([r.outcome_as_of], [row_y], "s", color=colour, ms=4)
    ax.set_yticks(range(len(order)), order)
    for i in range(1, len(order)):
        ax.axhline(i - 0.5, color="#DDD", lw=0.5)
    ax.set_ylim(-0.7, len(order) - 0.3)
    ax.invert_yaxis()
    ax.grid(axis="x", alpha=0.3)
    ax.spines[["top", "right"]].set_visible(False)
    ax.set_xlabel("date (a month or year alone is drawn at its first day)")
    used = [a for a in _actions() if any(r.action == a for r in dated)]
    handles = [
        Line2D([], [], marker="o", ls="", color=colours[a], label=a.replace("_", " "))
        for a in used
    ]
    handles += [
        Line2D([], [], marker="o", ls="", color="#444", label="issued"),
        Line2D([], [], marker="^", ls="", color="#444", mfc="none", label="deadline"),
        Line2D([], [], marker="s", ls="", color="#444", label="outcome (latest)"),
    ]
    ax.legend(
        handles=handles,
        loc="upper left",
        bbox_to_anchor=(1.01, 1),
        frameon=False,
        fontsize=8,
        title="colour: action\nshape: event",
        title_fontsize=8,
        alignment="left",
    )

    start, end = _span(dated)
    deadlines = sum(len(r.deadlines) for r in dated)
    busiest = Counter(r.jurisdiction for r in dated).most_common(1)
    alt = (
        f"Timeline of {len(dated)} dated directives in {len(order)} jurisdictions, "
        f"{start} to {end}, one row per jurisdiction ordered by its first directive "
        f"({', '.join(order)}). Circles mark issue dates coloured by action, "
        f"triangles mark {deadlines} deadlines, squares the latest outcome."
        + (f" {busiest[0][0]} has the most, {busiest[0][1]}." if busiest else "")
    )
    caption = (
        "Directives by jurisdiction over time: issued (circle), deadlines (triangle), "
        "latest outcome (square), coloured by action."
    )
    return Figure(name="timeline", svg=_svg(fig), alt=alt, caption=caption)


def counts(rows: list[Row]) -> dict[str, Counter[str]]:
    """Directives per jurisdiction, per action and per platform."""
    return {
        "jurisdiction": Counter(r.jurisdiction for r in rows),
        "action": Counter(r.action for r in rows),
        "platform": Counter(p for r in rows for p in r.platforms),
    }


def _ranked(counter: Counter[str]) -> list[tuple[str, int]]:
    return sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))


def coverage(rows: list[Row]) -> Figure:
    """Bars: how many directives per jurisdiction, action and platform."""
    from matplotlib.figure import Figure as MplFigure  # noqa: PLC0415

    by = counts(rows)
    shown = {what: _ranked(counter)[:_TOP] for what, counter in by.items()}
    tallest = max((len(r) for r in shown.values()), default=1)
    fig = MplFigure(figsize=(10, 0.26 * tallest + 1.2), layout="constrained")
    axes = fig.subplots(1, 3)
    for ax, (what, ranked) in zip(axes, shown.items(), strict=True):
        labels = [k for k, _ in ranked]
        values = [v for _, v in ranked]
        bars = ax.barh(labels, values, color="#0072B2", height=0.7)
        ax.bar_label(bars, padding=2, fontsize=8)
        ax.set_ylim(tallest - 0.5, -0.5)  # same bar height in every panel, top first
        more = len(by[what]) - len(ranked)
        ax.set_title(
            f"by {what}" + (f" (top {_TOP} of {len(by[what])})" if more else ""),
            fontsize=10,
        )
        ax.tick_params(axis="y", labelsize=8)
        ax.set_xticks([])
        ax.spines[["top", "right", "bottom"]].set_visible(False)

    def top(counter: Counter[str]) -> str:
        return ", ".join(f"{k} {v}" for k, v in _ranked(counter)[:3])

    alt = (
        f"Bar charts of the {len(rows)} directives in the dataset: "
        f"{len(by['jurisdiction'])} jurisdictions (most: {top(by['jurisdiction'])}), "
        f"{len(by['action'])} actions (most: {top(by['action'])}) and "
        f"{len(by['platform'])} platforms (most: {top(by['platform'])})."
    )
    caption = (
        "How many directives the dataset holds, by jurisdiction, action and platform."
    )
    return Figure(name="coverage", svg=_svg(fig), alt=alt, caption=caption)


def counts_markdown(rows: list[Row]) -> str:
    """The coverage counts as Markdown tables, most frequent first."""
    out = [f"The dataset holds **{len(rows)}** directives.", ""]
    for what, counter in counts(rows).items():
        out += [f"| {what} | directives |", "| --- | ---: |"]
        out += [f"| `{k}` | {v} |" for k, v in _ranked(counter)]
        out.append("")
    return "\n".join(out)


# -- MkDocs events ----------------------------------------------------------------

_state: dict[str, Any] = {}


def on_files(files: Any, config: Any) -> Any:
    """Render the pictures once per build and add them to the site's files."""
    _state.clear()
    try:
        rows = read_rows()
        figures = {f.name: f for f in (timeline(rows), coverage(rows))}
    except Exception as e:  # noqa: BLE001  (reported, with the page, when a page needs it)
        _state["error"] = f"{type(e).__name__}: {e}"
        return files
    _state.update(rows=rows, figures=figures)
    for figure in figures.values():
        files.append(
            File.generated(
                config, f"{_FIGURE_DIR}/{figure.name}.svg", content=figure.svg
            )
        )
    return files


def _image(figure: Figure, page: Any) -> str:
    depth = page.file.src_uri.count("/")
    src = "../" * depth + f"{_FIGURE_DIR}/{figure.name}.svg"
    alt = figure.alt.replace("[", "(").replace("]", ")")
    return f"<figure markdown>\n![{alt}]({src})\n<figcaption>{figure.caption}</figcaption>\n</figure>\n"


def on_page_markdown(markdown: str, page: Any, **_: Any) -> str:
    """Replace ``regwatch:figure`` and ``regwatch:counts`` markers."""
    if "<!-- regwatch:" not in markdown or not _MARKER.search(markdown):
        return markdown

    def replace(match: re.Match[str]) -> str:
        where = f"{page.file.src_uri}: {match[0].strip()}"
        if "error" in _state:
            msg = f"{where}: cannot draw from the shipped dataset ({_state['error']})"
            raise PluginError(msg)
        if match["kind"] == "counts":
            return counts_markdown(_state["rows"])
        figure = _state["figures"].get(match["name"])
        if figure is None:
            msg = f"{where}: unknown figure; choose one of: {', '.join(_state['figures'])}"
            raise PluginError(msg)
        return _image(figure, page)

    return _MARKER.sub(replace, markdown)

"""Every macro the hand-written pages may call: name → function(catalog, root, extra) returning escaped HTML.

Each render module exports its own MACROS and PAGES; this module and render.pages only gather them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from wegwijzer.catalog import Catalog
from wegwijzer.render import (
    attention,
    board,
    contribute,
    home,
    matrix,
    partners,
    profiles,
    questions,
    region,
    report,
    roles,
    scan,
    wallchart,
    work,
)

Macro = Callable[[Catalog, str, dict[str, Any]], str]

MACROS: dict[str, Macro] = {
    **home.MACROS,
    **region.MACROS,
    **partners.MACROS,
    **questions.MACROS,
    **attention.MACROS,
    **report.MACROS,
    **contribute.MACROS,
    **board.MACROS,
    **roles.MACROS,
    **work.MACROS,
    **profiles.MACROS,
    **matrix.MACROS,
    **scan.MACROS,
    **wallchart.MACROS,
}

# Macros whose output holds Markdown (headings for the page contents); every other macro returns finished HTML.
MARKDOWN_OUTPUT: set[str] = set()

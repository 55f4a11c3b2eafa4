"""A region that covers a key question with national partners only, while other regions describe a route of their
own, is still in opbouw: a warning (a partial region may be published)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from wegwijzer.problems import WARNING, Problem

if TYPE_CHECKING:
    from wegwijzer.checks import Context

# It reads the catalog's whole records: it runs only when no other check, nor the reading, found an error.
WHOLE_RECORDS = True


def national_only(catalog: Any) -> list[Problem]:
    """A warning for each key question a region covers with national partners only (municipalities without anyone
    are warned about by the municipality_coverage check). Warnings only: a partial region may be published."""
    problems = []
    for region_id, gaps in catalog.coverage.items():
        for gap in gaps:
            if gap.missing or not gap.national_only:
                continue
            record = catalog.records["question"][gap.question]
            problems.append(Problem(record.path, *record.position(("steps",)), "steps",
                                    f"voor regio '{region_id}' noemt deze vraag alleen landelijke partners, terwijl "
                                    "andere regio's hier een eigen route hebben; de regio staat daarom in opbouw",
                                    f"Voeg een stap toe met regions: [{region_id}] en een partner die in de regio "
                                    "werkt, zoals de andere regio's in dit bestand.", WARNING, code="national-only"))
    return problems


def check(context: Context) -> list[Problem]:
    return national_only(context.catalog)

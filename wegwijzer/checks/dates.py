"""Honest dates: nothing read or verified in the future or before 2000, verification backed by a primary source it
follows; the profile template's dates too."""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from wegwijzer.domain import dotted, iso_date, items_of, newest_primary_read
from wegwijzer.problems import WARNING, Problem
from wegwijzer.records.reader import Record

if TYPE_CHECKING:
    from wegwijzer.checks import Context


# No fact on this site was checked, and no web page read, before this day: an earlier date is a typing error.
DATE_FLOOR = dt.date(2000, 1, 1)
_YEAR = re.compile(r"^([0-9]{4})-[0-9]{2}-[0-9]{2}$")


def _too_early(record: Record, today: dt.date) -> list[Problem]:
    """An error for last_verified or a source's accessed before DATE_FLOOR (0000-01-01 included)."""
    listed = record.data.get("sources")
    dates = [(("last_verified",), record.data.get("last_verified"), "laatst gecontroleerd op")] + [
        (("sources", index, "accessed"), source.get("accessed"), "gelezen op")
        for index, source in enumerate(listed if isinstance(listed, list) else []) if isinstance(source, dict)]
    problems = []
    for path, value, what in dates:
        match = _YEAR.match(value) if isinstance(value, str) else None
        if match and int(match[1]) < DATE_FLOOR.year:
            problems.append(Problem(record.path, *record.position(path), dotted(path),
                                    f"{what} {value}: dat is vóór {DATE_FLOOR.year} en kan niet kloppen",
                                    f"Zet de echte datum als JJJJ-MM-DD; vandaag is het {today}.",
                                    code="date-too-early"))
    return problems


def check_dates(records: list[Record], today: dt.date) -> list[Problem]:
    """Honest dates: nothing read or verified in the future, verification backed by a primary source it follows."""
    problems = []
    for record in records:
        listed = record.data.get("sources")
        sources = items_of(listed, dict)
        # The other kinds' schemas require sources themselves; a partner's schema leaves it to this check.
        if record.kind == "partner" and "sources" not in record.data:
            problems.append(Problem(record.path, *record.position(()), "sources", "dit record heeft geen bron",
                                    "Voeg onder sources de openbare pagina toe waar de gegevens vandaan komen, met "
                                    "kind (eigen, overheid of secundair) en accessed (de datum waarop je hem las).",
                                    code="no-source"))
        newest = newest_primary_read(record.data)
        problems += _too_early(record, today)
        for index, source in enumerate(listed if isinstance(listed, list) else []):
            if not isinstance(source, dict):
                continue
            accessed = iso_date(source.get("accessed"))
            if accessed is not None and accessed > today:
                problems.append(Problem(record.path, *record.position(("sources", index, "accessed")),
                                        f"sources[{index}].accessed", f"gelezen op {accessed}, dat is in de toekomst",
                                        f"Zet de datum waarop je de bron echt las, uiterlijk vandaag ({today}).",
                                        code="accessed-in-future"))
        verified = iso_date(record.data.get("last_verified"))
        if verified is not None and verified > today:
            problems.append(Problem(record.path, *record.position(("last_verified",)), "last_verified",
                                    f"laatst gecontroleerd op {verified}, dat "
                                    "is in de toekomst", f"Zet de datum waarop je de gegevens echt controleerde, "
                                    f"uiterlijk vandaag ({today}).", code="verified-in-future"))
        elif verified is not None and newest is not None and verified > newest:
            problems.append(Problem(record.path, *record.position(("last_verified",)), "last_verified",
                                    f"laatst gecontroleerd op {verified}, maar "
                                    f"de nieuwste primaire bron (eigen of overheid) is gelezen op {newest}",
                                    "Controleren kan alleen met een bron die je toen las: zet last_verified op "
                                    f"{newest}, of lees de bron opnieuw en zet bij die bron de nieuwe accessed.",
                                    code="verified-after-source"))
        if sources and newest is None and all(s.get("kind") == "secundair" for s in sources):
            problems.append(Problem(record.path, *record.position(("sources",)), "sources", "dit record heeft alleen "
                                    "secundaire bronnen en staat daarom op de pagina Te controleren",
                                    "Zoek de pagina van de organisatie zelf of van de overheid en voeg die toe met "
                                    "kind: eigen of kind: overheid.", WARNING, code="secondary-sources-only"))
    return problems


def check(context: Context) -> list[Problem]:
    return check_dates(context.records + context.templates, context.today)

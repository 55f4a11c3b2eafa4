"""Warn when a partner's website is only the home page of a site with many services (data/generic-hosts/).

An IB'er who opens www.amsterdam.nl still has to search for leerplicht; the data should link the service page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wegwijzer.problems import WARNING, Problem
from wegwijzer.records.reader import Record
from wegwijzer.rules.addresses import bare_host, home_page_host

if TYPE_CHECKING:
    from wegwijzer.checks import Context

def generic_home_pages(records: list[Record]) -> list[Problem]:
    """A located warning for every partner whose website is the home page of a generic host."""
    hosts = {bare_host(str(r.data.get("host", ""))): r.data for r in records if r.kind == "generic-host"}
    problems = []
    for record in records:
        if record.kind != "partner" or not isinstance(record.data.get("contact"), dict):
            continue
        url = record.data["contact"].get("website")
        generic = hosts.get(home_page_host(url) or "")
        if generic is None:
            continue
        line, column = record.position(("contact", "website"))
        problems.append(Problem(
            record.path, line, column, "contact.website",
            f"{url} is alleen de voorpagina van de website van {generic.get('name')}; daar staan veel diensten",
            f"Zet hier het adres van de pagina van deze dienst zelf (zoek die op {generic.get('host')}), zodat een "
            "IB'er met één klik op de goede plek is. Kun je die pagina niet vinden, laat de voorpagina dan staan.",
            WARNING, code="generic-home-page"))
    return problems


def check(context: Context) -> list[Problem]:
    return generic_home_pages(context.records)

"""Warn when a partner's website is only the home page of a site with many services (data/generic-hosts/).

An IB'er who opens www.amsterdam.nl still has to search for leerplicht; the data should link the service page.
"""

from __future__ import annotations

from urllib.parse import urlsplit

from wegwijzer.load import Record
from wegwijzer.problems import WARNING, Problem

HOME_PATHS = {"", "nl", "home", "index.html", "index.php"}


def bare_host(value: str) -> str:
    """A host name as we compare them: lower case, without a trailing dot or a leading www."""
    return value.lower().rstrip(".").removeprefix("www.")


def home_page_host(url: object) -> str | None:
    """The host (without www.) when `url` is a site's home page: no path beyond /, /nl/ or /home, no query."""
    if not isinstance(url, str):
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if not parts.hostname or parts.query or parts.path.strip("/").lower() not in HOME_PATHS:
        return None
    return bare_host(parts.hostname)


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
            WARNING))
    return problems

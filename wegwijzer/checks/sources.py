"""Where a source may not come from: copies of documents on aggregator sites, and bare IP addresses.

Such a copy says nothing about who published a fact or whether it is current; the organisation's own page or a
government page does. School websites are no source for an agency's facts either; the data test lists the ones
that were once used (tests/test_data_sources.py).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from wegwijzer.problems import Problem
from wegwijzer.records.reader import Record
from wegwijzer.rules.addresses import host_of, ip_address

if TYPE_CHECKING:
    from wegwijzer.checks import Context

# Sites that republish other people's documents (often years old, without their source).
AGGREGATOR_HOSTS = frozenset({"docplayer.nl", "5dok.net", "fdocuments.nl", "adoc.pub", "docplayer.net",
                              "fdocuments.net", "1library.nl", "studeersnel.nl", "yumpu.com", "issuu.com"})


def _is_ip(host: str) -> bool:
    """A public IP address in any notation (the addresses check refuses one that points at a private network)."""
    address = ip_address(host)
    return address is not None and address.is_global


def forbidden_sources(records: list[Record]) -> list[Problem]:
    """An error for every source on an aggregator site or at a bare IP address."""
    problems = []
    for record in records:
        sources = record.data.get("sources")
        for index, source in enumerate(sources if isinstance(sources, list) else []):
            url = source.get("url") if isinstance(source, dict) else None
            if not isinstance(url, str):
                continue
            host = host_of(url)
            if host in AGGREGATOR_HOSTS:
                message = f"{host} zet kopieën van documenten van anderen online; dat is geen bron"
            elif _is_ip(host):
                message = "een webadres met alleen een IP-adres is een kopie of spiegel, geen bron"
            else:
                continue
            line, column = record.position(("sources", index, "url"))
            problems.append(Problem(record.path, line, column, f"sources[{index}].url", message,
                                    "Zoek dezelfde feiten op de website van de organisatie zelf of van de overheid "
                                    "(gemeente, rijksoverheid.nl) en noem die pagina.", code="forbidden-source"))
    return problems


def check(context: Context) -> list[Problem]:
    return forbidden_sources(context.records + context.templates)

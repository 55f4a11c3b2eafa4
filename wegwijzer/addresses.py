"""One rule for every web address and e-mail address in the data: a public https page or a plain mailbox.

An address that points at the contributor's own computer or network (localhost, 127.0.0.1 in any of its spellings:
2130706433, 0x7f000001, 0177.0.0.1, 127.1), carries a user name and password, or is not a public host name with a
dot, is no address a reader can open; an e-mail address with ?subject= opens a prepared message.
"""

from __future__ import annotations

import ipaddress
import re
import socket
from typing import Any
from urllib.parse import urlsplit

from jsonschema import FormatChecker

from wegwijzer.domain import dotted
from wegwijzer.load import Record
from wegwijzer.problems import WARNING, Problem, shorten
from wegwijzer.schemas import Schemas, default_schemas

ERROR = "error"
_FORMATS = FormatChecker(["uri", "email"])
_UNSAFE = re.compile(r"[\"<>\\^`{|}\s\x00-\x1f\x7f]")
_HOST = re.compile(r"^[a-z0-9\u00a0-\U0010ffff]([a-z0-9\u00a0-\U0010ffff-]*[a-z0-9\u00a0-\U0010ffff])?"
                   r"(\.[a-z0-9\u00a0-\U0010ffff]([a-z0-9\u00a0-\U0010ffff-]*[a-z0-9\u00a0-\U0010ffff])?)*$")
_LOCAL_SUFFIXES = (".localhost", ".local", ".lan", ".internal", ".intranet", ".home.arpa", ".localdomain")
_MAIL_EXTRA = re.compile(r"[?#]")
# The usual good address, recognised at once: https, a lower-case host whose last label is letters (so no IP
# address), not a name for a local network.
_PLAIN = re.compile(r"https://(?:[a-z0-9-]+\.)+(?!(?:local|lan|internal|intranet|localhost|localdomain|arpa)"
                    r"(?:[:/?#]|$))[a-z]{2,63}(?::[0-9]{1,5})?(?:[/?#][^\s\"<>\\^`{|}\x00-\x1f\x7f]*)?")
COPY_TIP = "Open de pagina in je browser en kopieer het adres uit de adresbalk."


def diagnose_url(url: str, source: bool = False) -> tuple[str, str, str] | None:
    """(message, hint, severity) for the first fault of a web address; None for a good public https address.

    A source at a public IP address is left to source_checks, which says why that is no source.
    """
    if _PLAIN.fullmatch(url):
        return None
    text = url.strip()
    lower = text.lower()
    if lower.startswith("www."):
        return ("dit webadres mist https:// aan het begin", f"Begin het webadres met https://, dus https://{text}.",
                ERROR)
    if not lower.startswith(("https://", "http://")):
        scheme = lower.split(":", 1)[0] if ":" in lower else ""
        if scheme and scheme.isalpha() and len(scheme) < 12:
            return (f"een adres dat met {shorten(scheme)}: begint, is geen webpagina",
                    "Gebruik het adres van een webpagina, dat begint met https://.", ERROR)
        return ("dit is geen volledig webadres (het begint niet met https://)",
                "Schrijf een volledig webadres dat begint met https://, bijvoorbeeld https://www.organisatie.nl/.",
                ERROR)
    unsafe = _UNSAFE.search(text)
    if unsafe:
        char = "een spatie" if unsafe[0] == " " else f"het teken {shorten(unsafe[0])}"
        return (f"dit webadres bevat {char}, dat niet in een webadres hoort",
                "Een webadres heeft geen spaties, aanhalingstekens of < >. " + COPY_TIP, ERROR)
    try:
        parts = urlsplit(text)
        host = (parts.hostname or "").rstrip(".")
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError:
        return ("dit webadres is niet te lezen (de hostnaam of poort klopt niet)", COPY_TIP, ERROR)
    if parts.username is not None or parts.password is not None:
        return ("dit webadres bevat een gebruikersnaam of wachtwoord (met @ voor de hostnaam)",
                "Haal de inloggegevens weg: zet alleen het openbare adres hier, zonder naam:wachtwoord@.", ERROR)
    if not host:
        return ("dit webadres heeft geen hostnaam na https://", COPY_TIP, ERROR)
    address = ip_address(host)
    if address is not None and not (source and address.is_global):  # source_checks: a copy or mirror
        where = "je eigen computer of een intern netwerk" if not address.is_global else "een los IP-adres"
        return (f"dit webadres wijst naar {where} ({shorten(host)} is het IP-adres {address}), niet naar een "
                "openbare website", "Gebruik het adres met de naam van de website, bijvoorbeeld "
                "https://www.organisatie.nl/.", ERROR)
    if host == "localhost" or host.endswith(_LOCAL_SUFFIXES):
        return (f"dit webadres wijst naar {shorten(host)}: je eigen computer of een intern netwerk, geen openbare "
                "website", "Gebruik het openbare adres van de website, bijvoorbeeld https://www.organisatie.nl/.",
                ERROR)
    if "." not in host or not _HOST.match(host):
        return (f"'{shorten(host)}' is geen openbare hostnaam (een openbare naam heeft een punt, zoals "
                "organisatie.nl)", "Gebruik het volledige openbare adres, bijvoorbeeld https://www.organisatie.nl/. "
                "Een naam zonder punt werkt alleen binnen een eigen netwerk.", ERROR)
    if lower.startswith("http://"):
        return ("dit webadres gebruikt http://, zonder versleuteling",
                f"Probeer https://{text[7:]}; werkt dat, zet dan dat adres hier.", WARNING)
    return None


def ip_address(host: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """The IP address a host name spells, in any notation a browser accepts (127.1, 0x7f000001, 2130706433)."""
    try:
        return ipaddress.ip_address(host.strip("[]"))
    except ValueError:
        pass
    if not re.fullmatch(r"[0-9a-fx.]+", host) or not re.search(r"[0-9]", host.split(".")[-1] or "x"):
        return None
    try:
        return ipaddress.IPv4Address(socket.inet_aton(host))
    except OSError:
        return None


def diagnose_email(value: str) -> tuple[str, str, str] | None:
    """(message, hint) for an e-mail address with extra parts (?subject=, mailto:), else None."""
    if value.lower().startswith("mailto:"):
        return ("schrijf het e-mailadres zonder mailto:", f"Zet alleen het adres, dus {shorten(value[7:])}.", ERROR)
    extra = _MAIL_EXTRA.search(value)
    if extra:
        address = re.split(r"[?&;,\s]", value, maxsplit=1)[0]
        return (f"dit e-mailadres bevat meer dan een adres (het teken {shorten(extra[0])} en wat erna komt)",
                f"Zet alleen het adres zelf, dus {shorten(address)}, zonder ?onderwerp of andere toevoegingen.",
                ERROR)
    return None


def _fields(schemas: Schemas, kind: str) -> list[tuple[tuple[Any, ...], str, re.Pattern[str] | None]]:
    """(path with "*" for list items, format, the field's pattern) of every uri and email field of a kind."""
    found: list[tuple[tuple[Any, ...], str, re.Pattern[str] | None]] = []

    def visit(node: dict[str, Any], base: str, path: tuple[Any, ...], depth: int) -> None:
        node, base = schemas.resolve(node, base)
        if depth > 8:
            return
        if node.get("format") in ("uri", "email"):
            pattern = node.get("pattern")
            found.append((path, node["format"], re.compile(pattern) if pattern else None))
        for key, child in (node.get("properties") or {}).items():
            visit(child, base, path + (key,), depth + 1)
        if isinstance(node.get("items"), dict):
            visit(node["items"], base, path + ("*",), depth + 1)

    visit(schemas.schema(kind), f"{kind}.schema.json", (), 0)
    return found


def _values(data: Any, pattern: tuple[Any, ...]) -> list[tuple[tuple[Any, ...], Any]]:
    """(path, value) for every value matching `pattern` ("*" for each list item), breadth first."""
    items: list[tuple[tuple[Any, ...], Any]] = [((), data)]
    for part in pattern:
        found = []
        for path, value in items:
            if part == "*":
                if isinstance(value, list):
                    found += [(path + (index,), child) for index, child in enumerate(value)]
            elif isinstance(value, dict) and part in value:
                found.append((path + (part,), value[part]))
        if not found:
            return []
        items = found
    return items


def check(records: list[Record], schemas: Schemas | None = None) -> list[Problem]:
    """A located problem for every web or e-mail address that breaks the rule.

    A value its field's pattern refuses is left to the schema check, which gives the tip of `diagnose_url`.
    """
    schemas = schemas or default_schemas()
    fields: dict[str, list[tuple[tuple[Any, ...], str, re.Pattern[str] | None]]] = {}
    problems = []
    for record in records:
        if record.kind not in fields:
            fields[record.kind] = _fields(schemas, record.kind) if schemas.has(record.kind) else []
        for pattern, fmt, accepts in fields[record.kind]:
            for path, value in _values(record.data, pattern):
                if not isinstance(value, str) or (accepts is not None and not accepts.search(value)):
                    continue
                found = diagnose_url(value, path[:1] == ("sources",)) if fmt == "uri" else diagnose_email(value)
                if found and _FORMATS.conforms(value, fmt):  # else the schema reports it, with this tip
                    problems.append(Problem(record.path, *record.position(path), dotted(path), *found))
    return problems

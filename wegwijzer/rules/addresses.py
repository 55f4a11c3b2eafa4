"""One rule for every web address and e-mail address in the data: a public https page or a plain mailbox.

An address that points at the contributor's own computer or network (localhost, 127.0.0.1 in any of its spellings:
2130706433, 0x7f000001, 0177.0.0.1, 127.1), carries a user name and password, or is not a public host name with a
dot, is no address a reader can open; an e-mail address with ?subject= opens a prepared message.
"""

from __future__ import annotations

import ipaddress
import re
import socket
from urllib.parse import urlsplit

from wegwijzer.problems import ERROR, WARNING, shorten

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

    A source at a public IP address is left to the sources check (checks/sources.py), which says why that is no source.
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
    if address is not None and not (source and address.is_global):  # checks/sources.py: a copy or mirror
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


HOME_PATHS = {"", "nl", "home", "index.html", "index.php"}


def bare_host(value: str) -> str:
    """A host name as we compare them: lower case, without a trailing dot or a leading www."""
    return value.lower().rstrip(".").removeprefix("www.")


def host_of(url: str) -> str:
    """The lower-case host name of a web address, without a leading www."""
    try:
        return bare_host(urlsplit(url).hostname or "")
    except ValueError:
        return ""


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

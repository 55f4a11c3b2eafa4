""""Klopt dit niet?": reporting a mistake without a GitHub account, by a prefilled e-mail to the maintainers.

The address is a publisher's setting (mkdocs.yml `extra.meldadres`, env WEGWIJZER_MELDADRES), empty by default;
without it a page offers only the GitHub routes. Record pages carry a placeholder where the e-mail link goes, and
render.pages fills it in, since only the build knows the address and the page's address.
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import quote

from wegwijzer.domain import display_name
from wegwijzer.render.contribute import issue_url
from wegwijzer.render.markup import esc, link

SLOT = "<!--ww-report-mail-->"
# A plain address only: anything else (spaces, quotes, a second address, a query) is not used.
_ADDRESS = re.compile(r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")


def valid_address(address: Any) -> str:
    """The address when it is one plain e-mail address, else ''."""
    text = str(address or "").strip()
    return text if _ADDRESS.match(text) else ""


def mail_href(address: str, subject: str, body: str) -> str:
    """A mailto: URL with subject and body percent-encoded (RFC 6068: line breaks as CRLF).

    An empty address gives `mailto:?…`: the mail program opens with the text filled in and asks whom to send it to.
    """
    text = "\r\n".join(body.splitlines())
    return (f"mailto:{quote(address, safe='@')}?subject={quote(subject, safe='')}"
            f"&body={quote(text, safe='')}")


def page_reference(page_path: str, site_url: str = "") -> str:
    """The page as a reader can find it again: the full address when the site's address is known."""
    path = "/" + page_path.lstrip("/")
    return site_url.rstrip("/") + path if site_url else path


def record_name(record: dict[str, Any]) -> str:
    return " ".join(display_name(record).split())


def report_mail(address: str, record: dict[str, Any], kind: str, page: str) -> str | None:
    """The prefilled e-mail to the maintainers about one record's page; None without a valid address."""
    address = valid_address(address)
    if not address:
        return None
    name = record_name(record)
    body = (f"Pagina: {page}\nRecord: {kind}/{record.get('id', '')} ({name})\n\n"
            "Wat klopt er niet?\n\n\nWat is juist? Noem een bron als je die hebt (een webpagina van de organisatie "
            "of de gemeente).\n\n")
    return mail_href(address, f"Fout in de IB Wegwijzer: {name}", body)


def mail_link(href: str | None) -> str:
    """The e-mail route as a link, said so a reader knows it needs no account; '' without an address."""
    if not href:
        return ""
    return link(href, "Mail ons wat er niet klopt", cls="ww-report-mail") + " (geen account nodig)."


def fill(markdown: str, address: str, record: dict[str, Any], kind: str, page: str) -> str:
    """Put the e-mail route in place of the placeholder of a record page (or remove it without an address)."""
    if SLOT not in markdown:
        return markdown
    return markdown.replace(SLOT, mail_link(report_mail(address, record, kind, page)), 1)


def general_mail(address: str) -> str | None:
    """The e-mail for a mistake found anywhere on the site (for /bijdragen/)."""
    address = valid_address(address)
    if not address:
        return None
    body = ("Op welke pagina staat het? (plak het adres van de pagina)\n\n\nWat klopt er niet?\n\n\n"
            "Wat is juist? Noem een bron als je die hebt (een webpagina van de organisatie of de gemeente).\n\n")
    return mail_href(address, "Fout in de IB Wegwijzer", body)


def report_section(address: str, edit_base: str | None) -> str:
    """The "Fout melden" block of /bijdragen/: the e-mail first (no account needed), then the GitHub form."""
    parts = []
    href = general_mail(address)
    if href:
        parts.append(f'<p>{link(href, "Mail ons de fout", cls="md-button md-button--primary ww-report-mail")}</p>'
                     f"<p>Je mailprogramma opent een bericht aan {esc(valid_address(address))}. Zet erin op welke "
                     "pagina het staat en wat er niet klopt. Je hoeft niets te installeren en geen account te "
                     "maken.</p>")
    form = issue_url(edit_base, "fout-melden.yml")
    if form:
        form_link = link(form, "Fout melden op GitHub")
        parts.append(f"<p>Heb je een GitHub-account, dan kun je ook het formulier {form_link} gebruiken.</p>" if href
                     else f"<p>Meld het met het formulier {form_link} (je hebt een gratis GitHub-account nodig).</p>")
    parts.append("<p>Op elke pagina van een partner of route staat onderaan ook <strong>Klopt dit niet?</strong>: "
                  "dan staat de naam van de pagina al in je bericht.</p>")
    return "".join(parts)


MACROS = {"fout_melden": lambda catalog, root, extra: report_section(extra.get("meldadres") or "",
                                                                      extra.get("edit_base"))}

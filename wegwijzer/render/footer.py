"""The end of every record page: its sources, and the footer with the last check and "Klopt dit niet?"."""

from __future__ import annotations

from typing import Any

from wegwijzer.domain import display_name
from wegwijzer.render.contribute import issue_url, repository
from wegwijzer.render.markup import block, date_nl, external, items, link
from wegwijzer.render.report import SLOT as REPORT_SLOT


def sources_list(record: dict[str, Any]) -> str:
    """The record's sources as links, or a line saying it has none yet."""
    sources = record.get("sources") or []
    if not sources:
        return block("Voor deze gegevens is nog geen bron opgegeven.", tag="p")
    return items((external(s["url"], s["title"]) for s in sources), cls="ww-sources")


def footer(record: dict[str, Any], edit_url: str | None) -> str:
    """Last check, then "Klopt dit niet?": the e-mail route (filled in by render.pages) and the GitHub routes."""
    verified = f'<p class="ww-verified">Laatst gecontroleerd op {date_nl(record["last_verified"])}.</p>'
    github = ""
    if edit_url:
        report = report_url(record, edit_url)
        github = "Met een GitHub-account: " + (f"{link(report, 'meld een fout')} of " if report else "")
        github += link(edit_url, "pas de gegevens aan") + "."
    return (verified + '<p class="ww-report" id="klopt-dit-niet" data-pagefind-ignore><strong>Klopt dit niet?'
            f"</strong> {REPORT_SLOT} {github}</p>")


def report_url(record: dict[str, Any], edit_url: str | None) -> str | None:
    """The issue form Fout melden, filled in with this record's name and data file."""
    repo = repository(edit_url)
    if repo is None:
        return None
    name = display_name(record)
    return issue_url(edit_url, "fout-melden.yml", title=f"Fout: {name}", pagina=f"{name} ({repo[2]})")

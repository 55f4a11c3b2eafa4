"""How a school reaches a partner, as one plain Dutch sentence (B1) that never contradicts itself.

The data names the routes (access.routes) and whether the parents must agree first (access.consent). Joining their
labels gave fragments such as "De school neemt zelf contact op, Alleen via de ouders"; this module instead decides
per combination who takes the first step, and says so once.
"""

from __future__ import annotations

from typing import Any

FAMILY = {"ouders": "de ouders", "kind": "het kind"}
REFERRERS = "de huisarts, de jeugdarts, het wijkteam of de gemeente"
SCHOOL_ROUTES = {"school", "samenwerkingsverband", "meldcode"}
KNOWN = SCHOOL_ROUTES | set(FAMILY) | {"verwijzing", "gemeente"}


def reach_sentence(partner: dict[str, Any], names: dict[str, dict[str, str]] | None = None) -> str:
    """One sentence on who contacts this partner, then (when the school acts) one on the parents' consent."""
    access = partner.get("access") or {}
    routes = list(access.get("routes") or [])
    route_set = set(routes)
    clauses = [c for c in (_school(route_set), _family(route_set), _meldcode(route_set), _referral(route_set)) if c]
    labels = (names or {}).get("route", {})
    clauses += [labels.get(r, r).rstrip(".") for r in routes if r not in KNOWN]
    if not clauses:
        return ""
    sentence = _capital("; ".join(clauses)) + "."
    consent = consent_sentence(partner)
    return f"{sentence} {consent}" if consent else sentence


def consent_sentence(partner: dict[str, Any]) -> str:
    """The sentence on the parents' consent, or "" when the school takes no step itself (then it is not the school's
    question)."""
    access = partner.get("access") or {}
    return _consent(set(access.get("routes") or []), access.get("consent"))


def _school(routes: set[str]) -> str:
    if "school" in routes:
        text = "de school neemt zelf contact op"
        if "meldcode" in routes:
            text += ", ook voor advies of een melding volgens de meldcode"
        if "samenwerkingsverband" in routes:
            text += ", of gaat via het samenwerkingsverband of het ondersteuningsteam"
        return text
    if "samenwerkingsverband" in routes:
        return "de school gaat via het samenwerkingsverband of het ondersteuningsteam"
    return ""


def _family(routes: set[str]) -> str:
    school_acts = bool(routes & SCHOOL_ROUTES)
    also = " ook" if school_acts else ""
    if "gemeente" in routes:
        text = "de aanvraag gaat via de gemeente"
        if "ouders" in routes:
            text = "de ouders doen zelf een aanvraag bij de gemeente"
        return text + ("; het kind kan ook zelf contact opnemen" if "kind" in routes else "")
    who = [FAMILY[w] for w in ("ouders", "kind") if w in routes]
    if not who:
        return ""
    if who == ["de ouders"] and not school_acts and "verwijzing" not in routes:
        return "alleen de ouders kunnen contact opnemen; de school kan hen erop wijzen"
    verb = "kunnen" if who != ["het kind"] else "kan"
    return f"{' en '.join(who)} {verb}{also} zelf contact opnemen"


def _meldcode(routes: set[str]) -> str:
    if "meldcode" in routes and "school" not in routes:
        return "voor advies of een melding volgens de meldcode neemt de school contact op"
    return ""


def _referral(routes: set[str]) -> str:
    if "verwijzing" not in routes:
        return ""
    if routes & (SCHOOL_ROUTES | set(FAMILY) | {"gemeente"}):
        return f"voor hulp is een verwijzing nodig van {REFERRERS}"
    return f"hulp begint met een verwijzing van {REFERRERS}"


def _consent(routes: set[str], consent: str | None) -> str:
    """Consent is the school's question: said only when the school itself takes a step."""
    if not routes & SCHOOL_ROUTES:
        return ""
    meldcode_only = "meldcode" in routes and not routes & {"school", "samenwerkingsverband"}
    if consent == "niet-nodig" or meldcode_only:
        return "De school heeft geen toestemming van de ouders nodig."
    if "meldcode" in routes:
        if consent == "nodig":
            return "Buiten de meldcode vraagt de school eerst toestemming aan de ouders."
        if consent == "afhankelijk":
            return ("Buiten de meldcode hangt het van de situatie af of de school eerst toestemming van de ouders "
                    "vraagt.")
        return ""
    if consent == "nodig":
        return "De school vraagt eerst toestemming aan de ouders."
    if consent == "afhankelijk":
        return "Of de school eerst toestemming van de ouders vraagt, hangt af van de situatie."
    return ""


def _capital(text: str) -> str:
    return text[:1].upper() + text[1:]

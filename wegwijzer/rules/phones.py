"""What a Dutch phone number tells a caller: shared municipal 14 numbers, and 088/0900 numbers that are not free.

14 followed by an area code (14 020, 14 024, 14 0487) is shared by every municipality with that area code; a speech
computer asks which municipality the caller wants, so the caller must say its name. 088 (company numbers) and 0900
(paid information numbers) cost the caller money, so a record with such a number may not call calling it free.
"""

from __future__ import annotations

import re

_SHARED_MUNICIPAL = re.compile(r"^140[1-9][0-9]{1,2}$")
_CHARGED = re.compile(r"^(088|090[069])")
_FREE = re.compile(r"\b(gratis|kosteloos|kost niets|kosten niets|zonder kosten)\b", re.I)
_CALL = re.compile(r"\b(bel\w*|telefo\w*|\w*nummer\w*|te bereiken|opbellen)\b", re.I)
_FREE_NUMBER = re.compile(r"\b0800[ -]?\d")
_CLAUSE_END = re.compile(r"[.!?](?:\s+|$)|;")  # not the dot in jeugdstem.nl


def digits(phone: str) -> str:
    """The number as dialled from within the Netherlands: digits only, +31 or 0031 written as 0."""
    number = re.sub(r"[^0-9+]", "", phone)
    for prefix in ("+31", "0031"):
        if number.startswith(prefix):
            return "0" + number[len(prefix):]
    return number.lstrip("+")


def is_shared_municipal(phone: str) -> bool:
    """14 + area code: one number for all municipalities with that area code, routed by the municipality's name."""
    return bool(_SHARED_MUNICIPAL.match(digits(phone)))


def is_charged(phone: str) -> bool:
    """088 and 0900/0906/0909 numbers: the caller pays."""
    return bool(_CHARGED.match(digits(phone)))


def free_call_claims(text: str) -> list[str]:
    """The clauses of a text that call calling free (and name no free 0800 number of their own)."""
    return [clause.strip() for clause in _CLAUSE_END.split(" ".join(text.split()))
            if _FREE.search(clause) and _CALL.search(clause) and not _FREE_NUMBER.search(clause)]

"""Write the field reference into CONTRIBUTING.md (between its marker comments); --check only reports drift."""

from __future__ import annotations

import sys

from wegwijzer.domain import ROOT
from wegwijzer.render.contribute import reference_markdown, update_contributing

PATH = ROOT / "CONTRIBUTING.md"


def main(argv: list[str]) -> int:
    current = PATH.read_text(encoding="utf-8")
    wanted = update_contributing(current, reference_markdown())
    if current == wanted:
        print("CONTRIBUTING.md is bij.", file=sys.stderr)
        return 0
    if "--check" in argv:
        print("CONTRIBUTING.md loopt achter op de schema's: draai python scripts/contributing.py.", file=sys.stderr)
        return 1
    PATH.write_text(wanted, encoding="utf-8")
    print("CONTRIBUTING.md bijgewerkt.", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

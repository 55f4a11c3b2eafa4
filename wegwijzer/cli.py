"""Command-line entry points: validate, stale, new, export."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from wegwijzer.catalog import build_catalog, data_dir
from wegwijzer.problems import print_problems


def _validate(args: argparse.Namespace) -> int:
    catalog = build_catalog(Path(args.data) if args.data else None)
    count = sum(len(v) for v in catalog.records.values())
    print_problems(catalog.problems, sys.stdout if args.annotations else sys.stderr, annotations=args.annotations)
    count_skipped = len(catalog.skipped)
    skipped = (f"; {count_skipped} {'sjabloon' if count_skipped == 1 else 'sjablonen'} overgeslagen "
               f"({', '.join(catalog.skipped)})" if catalog.skipped else "")
    if not catalog.ok:
        if skipped and not args.annotations:
            print(f"Niet gelezen{skipped.removeprefix(';')}.", file=sys.stderr)
        return 1
    if not args.annotations:
        print(f"In orde: {count} records in {data_dir() if not args.data else args.data} gecontroleerd{skipped}.",
              file=sys.stderr)
    return 0


def _stale(args: argparse.Namespace) -> int:
    """The same grouping as the page Te controleren: a '# organisation' line, then its records, one per line."""
    from wegwijzer.render.attention import stale_groups

    catalog = build_catalog(Path(args.data) if args.data else None)
    if not catalog.ok:
        print_problems(catalog.problems)
        return 1
    groups = stale_groups(catalog)
    for group in groups:
        where = " · ".join(part for part in (group.host if group.host != group.name else "",
                                             f"e-mail: {group.email}" if group.email else "") if part)
        print(f"# {group.name}" + (f" ({where})" if where else ""))
        for kind, data, reasons in group.rows:
            name = data.get("name") or data.get("title") or data["id"]
            print(f"{catalog.path(kind, data['id'])}\t{name}\t{'; '.join(reasons)}")
    count = sum(len(group.rows) for group in groups)
    print(f"{count} record(s) te controleren. Per organisatie of soort: {len(groups)} groep(en).", file=sys.stderr)
    return 0


def _new(args: argparse.Namespace) -> int:
    from wegwijzer.scaffold import interactive

    return interactive(args.kind, Path(args.data) if args.data else data_dir())


def _export(args: argparse.Namespace) -> int:
    from wegwijzer.export import write_exports

    catalog = build_catalog(Path(args.data) if args.data else None)
    if not catalog.ok:
        print_problems(catalog.problems)
        return 1
    for path in write_exports(catalog, Path(args.out)):
        print(path)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="wegwijzer", description="IB Wegwijzer: controleer en beheer de data.")
    parser.add_argument("--data", help="datamap (standaard: WEGWIJZER_DATA of data/)")
    sub = parser.add_subparsers(dest="command", required=True)
    validate = sub.add_parser("validate", help="controleer alle data en meld elk probleem")
    validate.add_argument("--annotations", action="store_true", help="schrijf GitHub Actions-annotaties")
    validate.set_defaults(func=_validate)
    sub.add_parser("stale", help="records die opnieuw gecontroleerd moeten worden").set_defaults(func=_stale)
    new = sub.add_parser("new", help="maak een nieuw databestand")
    new.add_argument("kind", choices=["partner", "question"])
    new.set_defaults(func=_new)
    export = sub.add_parser("export", help="schrijf de open-data-export")
    export.add_argument("out", help="map waarin export/ komt")
    export.set_defaults(func=_export)
    args = parser.parse_args(argv)
    return int(args.func(args))

"""Command-line entry points: validate, stale, new, export."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from wegwijzer.catalog import build_catalog, data_dir
from wegwijzer.problems import escaped, print_problems


def _validate(args: argparse.Namespace) -> int:
    catalog = build_catalog(Path(args.data) if args.data else None)
    count = sum(len(v) for v in catalog.records.values())
    print_problems(catalog.problems, sys.stdout if args.annotations else sys.stderr, annotations=args.annotations)
    templates = len(catalog.skipped)
    also = (f", en {templates} {'sjabloon' if templates == 1 else 'sjablonen'} "
            f"({', '.join(escaped(name) for name in catalog.skipped)})" if templates else "")
    if not catalog.ok:
        return 1
    if not args.annotations:
        folder = escaped(str(data_dir() if not args.data else args.data))
        print(f"In orde: {count} records{also} in {folder} gecontroleerd.", file=sys.stderr)
    return 0


def _stale(args: argparse.Namespace) -> int:
    from wegwijzer.render.attention import stale_records

    catalog = build_catalog(Path(args.data) if args.data else None)
    if not catalog.ok:
        print_problems(catalog.problems)
        return 1
    rows = stale_records(catalog)
    for kind, data, reasons in rows:
        name = data.get("name") or data.get("title") or data["id"]
        print(f"{catalog.path(kind, data['id'])}\t{name}\t{'; '.join(reasons)}")
    print(f"{len(rows)} record(s) te controleren.", file=sys.stderr)
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

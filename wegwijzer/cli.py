"""Command-line entry points: validate, stale, new, export."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from wegwijzer.catalog import build_catalog, data_dir
from wegwijzer.domain import display_name
from wegwijzer.problems import Problem, escaped, print_problems


def _chosen(problems: list[Problem], files: list[str], errors_only: bool) -> list[Problem]:
    """The problems in the given files (all when none given), errors only if asked."""
    wanted = {Path(f).resolve() for f in files}
    return [p for p in problems if (not wanted or Path(p.file).resolve() in wanted)
            and (p.is_error or not errors_only)]


def _validate(args: argparse.Namespace) -> int:
    catalog = build_catalog(Path(args.data) if args.data else None)
    count = sum(len(v) for v in catalog.records.values())
    shown = _chosen(catalog.problems, args.files, args.errors_only)
    print_problems(shown, sys.stdout if args.annotations else sys.stderr, annotations=args.annotations)
    others = sum(p.is_error for p in catalog.problems) - sum(p.is_error for p in shown)
    if others and not args.annotations:
        print(f"Let op: in andere bestanden staan nog {others} fout(en); zonder bestandsnamen zie je ze allemaal.",
              file=sys.stderr)
    if any(p.is_error for p in shown) or (not catalog.ok and not args.files):
        return 1
    if not args.annotations:
        checked = list(catalog.templates)
        drafts = [name for name in catalog.skipped if name not in catalog.templates]
        also = (f", en {len(checked)} {'sjabloon' if len(checked) == 1 else 'sjablonen'} "
                f"({', '.join(escaped(name) for name in checked)})" if checked else "")
        unread = (f"; niet gelezen (naam begint met _): {', '.join(escaped(name) for name in drafts)}"
                  if drafts else "")
        what = f"{len(args.files)} bestand(en) uit {count} records" if args.files else f"{count} records"
        folder = escaped(str(data_dir() if not args.data else args.data))
        print(f"In orde: {what}{also} in {folder} gecontroleerd{unread}.", file=sys.stderr)
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
            print(f"{catalog.path(kind, data['id'])}\t{display_name(data)}\t{'; '.join(reasons)}")
    count = sum(len(group.rows) for group in groups)
    print(f"{count} record(s) te controleren. Per organisatie of soort: {len(groups)} groep(en).", file=sys.stderr)
    return 0


def _new(args: argparse.Namespace) -> int:
    if args.kind == "region":
        from wegwijzer.authoring import region_kit

        return region_kit.interactive(Path(args.data) if args.data else data_dir())
    from wegwijzer.authoring.scaffold import interactive

    return interactive(args.kind, Path(args.data) if args.data else data_dir())


def _export(args: argparse.Namespace) -> int:
    from wegwijzer.publish.export import write_exports

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
    validate.add_argument("--errors-only", action="store_true", help="toon alleen fouten, geen waarschuwingen")
    validate.add_argument("files", nargs="*", help="toon alleen de problemen in deze bestanden (alles wordt "
                          "wel gecontroleerd)")
    validate.set_defaults(func=_validate)
    sub.add_parser("stale", help="records die opnieuw gecontroleerd moeten worden").set_defaults(func=_stale)
    new = sub.add_parser("new", help="maak een nieuw databestand")
    new.add_argument("kind", choices=["partner", "question", "region"])
    new.set_defaults(func=_new)
    export = sub.add_parser("export", help="schrijf de open-data-export")
    export.add_argument("out", help="map waarin export/ komt")
    export.set_defaults(func=_export)
    args = parser.parse_args(argv)
    return int(args.func(args))

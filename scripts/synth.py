#!/usr/bin/env python3
"""Write a synthetic, clearly fictitious data folder: scripts/synth.py N OUTDIR.

With --national, N is the number of regions (76 for the national shape)."""

import argparse
from pathlib import Path

from wegwijzer.devtools.synth import write_dataset, write_national
from wegwijzer.domain import ROOT


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("count", type=int, help="aantal partners (met --national: aantal regio's)")
    parser.add_argument("out", type=Path, help="doelmap (niet data/)")
    parser.add_argument("--national", action="store_true",
                        help="landelijke vorm: regio's van 3 tot 8 gemeenten, 40 partners per regio, elke vraag met "
                             "een stap per regio")
    args = parser.parse_args()
    if args.out.resolve() == (ROOT / "data").resolve():
        parser.error("synthetische data hoort nooit in data/")
    if args.national:
        write_national(args.out, regions=args.count)
    else:
        write_dataset(args.count, args.out)
    print(args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

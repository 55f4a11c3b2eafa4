#!/usr/bin/env python3
"""Write a synthetic, clearly fictitious data folder: scripts/synth.py N OUTDIR."""

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from wegwijzer.synth import write_dataset  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("count", type=int, help="aantal partners")
    parser.add_argument("out", type=Path, help="doelmap (niet data/)")
    args = parser.parse_args()
    if args.out.resolve() == (Path(__file__).resolve().parent.parent / "data").resolve():
        parser.error("synthetische data hoort nooit in data/")
    write_dataset(args.count, args.out)
    print(args.out)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

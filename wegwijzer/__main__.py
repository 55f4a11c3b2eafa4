"""Allow `python -m wegwijzer`."""

from wegwijzer.cli import main

raise SystemExit(main())

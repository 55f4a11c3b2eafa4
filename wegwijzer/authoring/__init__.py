"""Writing new data files for contributors: `make new-partner`, `make new-question` and `make new-region`."""

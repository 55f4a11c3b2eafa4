"""IB Wegwijzer: load, validate, cross-reference, render and export the site's YAML data."""

from wegwijzer.catalog import Catalog, build_catalog
from wegwijzer.problems import Problem

__all__ = ["Catalog", "Problem", "build_catalog"]

"""The home page's figures: what the site holds, per region."""

from __future__ import annotations

from wegwijzer.catalog import Catalog
from wegwijzer.render.markup import esc, link


def key_figures(catalog: Catalog, root: str = "") -> str:
    """A short list: how many partners per region and how many questions the wegwijzer answers."""
    partners = catalog.all("partner")
    lines = [f"{link(root + 'wegwijzer/', str(len(catalog.all('question'))) + ' vragen')} met een route naar de "
             "juiste instantie",
             f"{link(root + 'sociale-kaart/', str(len(partners)) + ' partners')} op de sociale kaart"]
    for region in catalog.all("region"):
        count = sum(region["id"] in catalog.regions_of(p) for p in partners)
        lines.append(f"{count} partners voor {esc(region['name'])} (landelijke diensten meegeteld)")
    return '<ul class="ww-figures">' + "".join(f"<li>{line}</li>" for line in lines) + "</ul>"


MACROS = {"kerncijfers": lambda catalog, root, extra: key_figures(catalog, root)}

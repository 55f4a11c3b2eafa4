"""The home page's figures: what the site holds, per region."""

from __future__ import annotations

from collections import Counter

from wegwijzer.catalog import Catalog
from wegwijzer.render.markup import esc, link


def key_figures(catalog: Catalog, root: str = "") -> str:
    """A short list: how many partners per region and how many questions the wegwijzer answers."""
    partners = catalog.all("partner")
    lines = [f"{link(root + 'wegwijzer/', str(len(catalog.all('question'))) + ' vragen')} met een route naar de "
             "juiste instantie",
             f"{link(root + 'sociale-kaart/', str(len(partners)) + ' partners')} op de sociale kaart"]
    counts = Counter(region_id for p in partners for region_id in catalog.regions_of(p))  # once per partner
    for region in catalog.all("region"):
        lines.append(f"{counts[region['id']]} partners voor {esc(region['name'])} (landelijke diensten meegeteld)")
    return '<ul class="ww-figures">' + "".join(f"<li>{line}</li>" for line in lines) + "</ul>"


MACROS = {"kerncijfers": lambda catalog, root, extra: key_figures(catalog, root)}


def theme_grid(catalog: Catalog, root: str = "") -> str:
    """One link per theme that has questions, to its column in the stroomschema."""
    from wegwijzer.schemas import default_schemas

    counts: dict[str, int] = {}
    for question in catalog.all("question"):
        counts[question["theme"]] = counts.get(question["theme"], 0) + 1
    links = "".join(f'<li>{link(f"{root}wegwijzer/#thema-{theme}", label)}</li>'
                    for theme, label in default_schemas().themes.items() if counts.get(theme))
    return f'<ul class="ww-theme-grid">{links}</ul>'


MACROS["themakeuze"] = lambda catalog, root, extra: theme_grid(catalog, root)

"""The small page `mkdocs serve` shows on every address while the data has errors, until the file is fixed."""

from __future__ import annotations

from html import escape

from wegwijzer.problems import Problem, format_problem

RETRY_SECONDS = 2


def error_page(problems: list[Problem]) -> str:
    """A self-contained Dutch HTML page listing every located error; it reloads itself to show the fixed site."""
    errors = [p for p in problems if p.is_error]
    items = "".join(f"<li><pre>{escape(format_problem(p))}</pre></li>" for p in errors)
    return f"""<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="{RETRY_SECONDS}">
<title>De data bevat fouten - IB Wegwijzer</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1a1a1a; }}
h1 {{ color: #8a1c1c; font-size: 1.6rem; }}
pre {{ white-space: pre-wrap; overflow-wrap: anywhere; margin: 0; }}
li {{ margin: 0 0 1rem; }}
</style>
</head>
<body>
<main>
<h1>De data bevat {len(errors)} fout(en)</h1>
<p>De site wordt pas weer gebouwd als deze fouten zijn opgelost. Elke melding noemt het bestand, de regel en de kolom,
met een tip. Sla het verbeterde bestand op: deze pagina laadt vanzelf opnieuw.</p>
<ol>{items}</ol>
</main>
</body>
</html>
"""

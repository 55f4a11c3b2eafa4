"""The field reference for contributors, generated from the schemas' Dutch titles and descriptions."""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlencode

import yaml

from wegwijzer.domain import DATA_FOLDERS, ID_PATTERN, ROOT
from wegwijzer.render.markup import esc, items, link, md_inline, page
from wegwijzer.schemas import Schemas, default_schemas

ORDER = ["partner", "question", "region", "profile", "competency", "role", "task", "milestone"]
BEGIN = "<!-- veldreferentie:begin (gegenereerd door scripts/contributing.py; niet met de hand aanpassen) -->"
END = "<!-- veldreferentie:end -->"


@dataclass(frozen=True)
class Field:
    """One field of a record kind, as a contributor writes it."""

    path: str
    title: str
    description: str
    what: str
    choices: tuple[tuple[str, str], ...]
    required: bool


@dataclass(frozen=True)
class Section:
    """All fields of one record kind."""

    kind: str
    title: str
    description: str
    fields: tuple[Field, ...]
    example: str = ""

    @property
    def folder(self) -> str:
        return f"data/{DATA_FOLDERS.get(self.kind, self.kind)}/"


def sections(schemas: Schemas) -> list[Section]:
    """One section per schema that describes a record (every *.schema.json with properties)."""
    kinds = [name.removesuffix(".schema.json") for name, raw in schemas.raw.items() if raw.get("properties")]
    kinds.sort(key=lambda kind: (ORDER.index(kind) if kind in ORDER else len(ORDER), kind))
    result = []
    for kind in kinds:
        base = f"{kind}.schema.json"
        root = schemas.raw[base]
        example = f"schemas/examples/{kind}.yaml" if (schemas.folder / "examples" / f"{kind}.yaml").exists() else ""
        result.append(Section(kind, str(root.get("title", kind)), str(root.get("description", "")),
                              tuple(_fields(schemas, root, base, "")), example))
    return result


def _fields(schemas: Schemas, node: dict[str, Any], base: str, prefix: str) -> Iterator[Field]:
    required = set(node.get("required", []))
    for name, child in node.get("properties", {}).items():
        child, child_base = schemas.resolve(child, base)
        path = prefix + name
        choices = _choices(schemas, child, child_base)
        yield Field(path, str(child.get("title", name)), str(child.get("description", "")),
                    _what(schemas, child, child_base), choices, name in required)
        inner, inner_base = child, child_base
        if child.get("type") == "array":
            inner, inner_base = schemas.resolve(child.get("items", {}), child_base)
            path += "[]"
        for option in inner.get("anyOf", [inner]):  # an item may be a text or a block (unconfirmed)
            option, option_base = schemas.resolve(option, inner_base)
            if option.get("type") == "object":
                yield from _fields(schemas, option, option_base, path + ".")


def _choices(schemas: Schemas, node: dict[str, Any], base: str) -> tuple[tuple[str, str], ...]:
    if node.get("type") == "array":
        node, base = schemas.resolve(node.get("items", {}), base)
    values = [str(v) for v in node.get("enum", [])]
    return tuple(zip(values, node.get("enumDescriptions", values)))


def _what(schemas: Schemas, node: dict[str, Any], base: str) -> str:
    """What to write, in Dutch: the kind of value and its limits."""
    kind = node.get("type")
    if node.get("anyOf") and not kind:
        return " of ".join(_what(schemas, *schemas.resolve(option, base)) for option in node["anyOf"])
    if kind == "array":
        items, items_base = schemas.resolve(node.get("items", {}), base)
        if items.get("enum"):
            return "één of meer waarden uit de lijst"
        text = "lijst van " + " of ".join(_plural(what) for what in _what(schemas, items, items_base).split(" of "))
        if node.get("minItems"):
            text += f", minstens {node['minItems']}"
        return text
    if kind == "object":
        return "blok met velden (hieronder)"
    if kind == "integer":
        low, high = node.get("minimum"), node.get("maximum")
        return "heel getal" + (f" van {low} tot en met {high}" if low is not None and high is not None else "")
    if node.get("enum"):
        return "één waarde uit de lijst"
    pattern = node.get("pattern", "")
    if node.get("format") == "date" or pattern == "^[0-9]{4}-[0-9]{2}-[0-9]{2}$":
        return "datum als JJJJ-MM-DD"
    if node.get("format") == "uri":
        return "webadres dat begint met https://"
    if node.get("format") == "email":
        return "e-mailadres"
    if pattern == ID_PATTERN:
        return "id: kleine letters, cijfers en koppeltekens"
    if pattern.startswith("^\\+?[0-9]"):
        return "telefoonnummer"
    if pattern not in ("", "\\S"):
        return "tekst in een vaste vorm (zie de uitleg)"
    if node.get("maxLength", 4000) <= 200:
        return f"korte tekst (hoogstens {node['maxLength']} tekens)"
    return "tekst"


def _plural(what: str) -> str:
    plurals = [("blok met velden", "blokken met velden"), ("id:", "id's:"), ("korte tekst", "korte teksten"),
               ("webadres", "webadressen")]
    for singular, plural in plurals:
        if what.startswith(singular):
            return plural + what[len(singular):]
    return "teksten" if what == "tekst" else what


def field_page_uri(kind: str) -> str:
    """The generated page with the fields of one kind: /bijdragen/velden/<kind>/ (short enough for a phone)."""
    return f"bijdragen/velden/{kind}.md"


def field_pages(schemas: Schemas | None = None) -> list[tuple[str, str]]:
    """(src_uri, Markdown) of one page per record kind, each with its description and its fields table."""
    pages = []
    for section in sections(schemas or default_schemas()):
        intro = (f"<p>{esc(section.description)}</p><p>Map: <code>{esc(section.folder)}</code>."
                 + (f" Voorbeeld: <code>{esc(section.example)}</code>." if section.example else "") + "</p>")
        back = '<p><a href="../">Alle soorten bestanden</a></p>'
        pages.append((field_page_uri(section.kind),
                      page(f"Velden: {section.title}", [intro, fields_table(section), back],
                           {"repository_links": True})))
    return pages


def reference_index(root: str, schemas: Schemas | None = None) -> str:
    """The list of field pages, one per kind, for /bijdragen/velden/."""
    entries = [f'{link(root + field_page_uri(s.kind).removesuffix(".md") + "/", s.title)}: map '
               f"<code>{esc(s.folder)}</code>" for s in sections(schemas or default_schemas())]
    return items(entries, cls="ww-fieldref-index")


def reference_html(schemas: Schemas | None = None) -> str:
    """Every kind's fields on one page (headings as Markdown); the site shows them per kind (field_pages)."""
    blocks = []
    for section in sections(schemas or default_schemas()):
        blocks += [
            f"### {md_inline(section.title)} {{#velden-{section.kind}}}",
            f"<p>{esc(section.description)}</p><p>Map: <code>{esc(section.folder)}</code>."
            + (f" Voorbeeld: <code>{esc(section.example)}</code>." if section.example else "") + "</p>",
            fields_table(section),
        ]
    return "\n\n".join(blocks)


def fields_table(section: Section) -> str:
    """The fields of one kind as a table: field, meaning, what to write."""
    rows = "".join(
        f"<tr><td><code>{esc(f.path)}</code>{'<br><em>verplicht</em>' if f.required else ''}</td>"
        f"<td><strong>{esc(f.title)}</strong>{'. ' + esc(f.description) if f.description else ''}</td>"
        f"<td>{esc(f.what)}{_choices_html(f.choices)}</td></tr>"
        for f in section.fields)
    return (f'<div class="ww-table-wrap" role="region" tabindex="0" aria-label="Velden: {esc(section.title)}">'
            '<table class="ww-fieldref"><thead><tr><th scope="col">Veld</th>'
            '<th scope="col">Betekenis</th><th scope="col">Wat je invult</th></tr></thead>'
            f"<tbody>{rows}</tbody></table></div>")


def _choices_html(choices: tuple[tuple[str, str], ...]) -> str:
    """The allowed values; a label that only repeats the value (meldpunt, Meldpunt) is left out to stay short."""
    if not choices:
        return ""
    return ": " + ", ".join(f"<code>{esc(value)}</code>" + ("" if _same(value, label) else f" ({esc(label)})")
                            for value, label in choices)


def _same(value: str, label: str) -> bool:
    return value.replace("-", " ").replace("_", " ").casefold() == label.replace("-", " ").casefold()


_MD_ESCAPE = re.compile(r"([\\`*_\[\]|])")


def _md(text: str) -> str:
    return _MD_ESCAPE.sub(r"\\\1", html.escape(" ".join(text.split()), quote=False))


def reference_markdown(schemas: Schemas | None = None) -> str:
    """The same reference as plain Markdown tables, for CONTRIBUTING.md."""
    out = []
    for section in sections(schemas or default_schemas()):
        out += [f"### {_md(section.title)}", "", _md(section.description), "",
                f"Map: `{section.folder}`" + (f" · voorbeeld: `{section.example}`" if section.example else ""), "",
                "| Veld | Verplicht | Betekenis | Wat je invult |", "| --- | --- | --- | --- |"]
        for f in section.fields:
            choices = ": " + ", ".join(f"`{v}` ({_md(label)})" for v, label in f.choices) if f.choices else ""
            meaning = f"**{_md(f.title)}**" + (f". {_md(f.description)}" if f.description else "")
            out.append(f"| `{f.path}` | {'ja' if f.required else 'nee'} | {meaning} | {_md(f.what)}{choices} |")
        out.append("")
    return "\n".join(out).rstrip() + "\n"


def update_contributing(text: str, reference: str) -> str:
    """Put `reference` between the marker comments in CONTRIBUTING.md's text."""
    start, end = text.find(BEGIN), text.find(END)
    if start < 0 or end < start:
        raise ValueError(f"De markeringen {BEGIN} en {END} ontbreken in CONTRIBUTING.md.")
    return text[: start + len(BEGIN)] + "\n\n" + reference + "\n" + text[end:]


MACROS = {"veldreferentie": lambda catalog, root, extra: reference_index(root)}


# Links into the repository, derived from extra.edit_base (https://github.com/<owner>/<repo>/edit/<branch>/).
_EDIT = re.compile(r"^(?P<repo>https://[^/]+/[^/]+/[^/]+)/edit/(?P<branch>[^/]+)/(?P<path>.*)$")
_CODE_PATH = re.compile(r"<code>([A-Za-z0-9_.][A-Za-z0-9_./-]*)</code>")
ISSUE_FORMS = ROOT / ".github" / "ISSUE_TEMPLATE"


def repository(edit_url: str | None) -> tuple[str, str, str] | None:
    """(repository URL, branch, file path) of an edit link or of edit_base itself; None for anything else."""
    match = _EDIT.match(edit_url or "")
    return (match["repo"], match["branch"], match["path"]) if match else None


def file_url(edit_base: str | None, path: str) -> str | None:
    """The page of a file (blob) or folder (tree) in the repository, for a path relative to its root."""
    repo = repository(edit_base)
    if repo is None:
        return None
    kind = "tree" if path.endswith("/") or (ROOT / path).is_dir() else "blob"
    return f"{repo[0]}/{kind}/{repo[1]}/{path.rstrip('/')}"


def issue_url(edit_base: str | None, form: str, **fields: str) -> str | None:
    """A new issue with the form `form` (a file in .github/ISSUE_TEMPLATE), its fields filled in."""
    repo = repository(edit_base)
    if repo is None:
        return None
    return f"{repo[0]}/issues/new?" + urlencode({"template": form, **fields}, quote_via=quote)


def issue_forms() -> list[tuple[str, str, str]]:
    """(file name, name, description) of every issue form, in file order."""
    forms = []
    for path in sorted(ISSUE_FORMS.glob("*.yml")):
        form = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        if "body" in form:
            forms.append((path.name, str(form.get("name", path.stem)), str(form.get("description", ""))))
    return forms


def forms_html(edit_base: str | None) -> str:
    """The issue forms as a list of links, each with what it is for."""
    entries = [f"{link(issue_url(edit_base, file), name)}: {esc(description)}"
               for file, name, description in issue_forms()]
    return items(entries, cls="ww-forms")


def link_paths(html_text: str, edit_base: str | None) -> str:
    """Make every <code>path</code> that names a file or folder of the repository a link to it on GitHub.

    A line may break after a slash (<wbr>), so a long path wraps between its parts instead of inside a word.
    """
    def replace(match: re.Match[str]) -> str:
        path = html.unescape(match[1])
        url = file_url(edit_base, path) if ("/" in path or "." in path) and _exists(path) else None
        if url is None:
            return match[0]
        shown = esc(path).replace("/", "/<wbr>")
        return f'<a class="ww-repo-file" href="{esc(url)}"><code>{shown}</code></a>'

    return _CODE_PATH.sub(replace, html_text)


def _exists(path: str) -> bool:
    target = (ROOT / path).resolve()
    return target.is_relative_to(ROOT) and target.exists() and ".git" not in target.parts


MACROS["formulieren"] = lambda catalog, root, extra: forms_html(extra.get("edit_base"))

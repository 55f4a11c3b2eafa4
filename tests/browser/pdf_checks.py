"""What a PDF that Chromium printed says, read with pypdf: its pages' sizes and text, and the size of every text run in
points as it lands on the paper (the font size times the scale of the text and page matrices)."""

from __future__ import annotations

import io
import math
from dataclasses import dataclass

from pypdf import PdfReader

A4 = (595.92, 842.88)
A3_LANDSCAPE = (1190.88, 841.92)
A4_LANDSCAPE = (842.88, 595.92)


def _times(m: list[float], n: list[float]) -> list[float]:
    a, b, c, d, e, f = m
    return [a * n[0] + b * n[2], a * n[1] + b * n[3], c * n[0] + d * n[2], c * n[1] + d * n[3],
            e * n[0] + f * n[2] + n[4], e * n[1] + f * n[3] + n[5]]


@dataclass
class Run:
    """One piece of text on a page and its size on paper in points."""

    page: int
    points: float
    text: str


class Pdf:
    """A printed PDF: `sizes` (width, height in points), `texts` (per page) and `runs` (every text run, sized)."""

    def __init__(self, data: bytes) -> None:
        reader = PdfReader(io.BytesIO(data))
        self.sizes = [(float(p.mediabox.width), float(p.mediabox.height)) for p in reader.pages]
        self.texts: list[str] = []
        self.runs: list[Run] = []
        for number, page in enumerate(reader.pages, start=1):
            def visit(text: str, cm: list[float], tm: list[float], font: object, size: float,
                      number: int = number) -> None:
                if text.strip():
                    m = _times([float(x) for x in tm], [float(x) for x in cm])
                    self.runs.append(Run(number, float(size) * math.hypot(m[2], m[3]), text.strip()))
            self.texts.append(page.extract_text(visitor_text=visit))

    def on(self, paper: tuple[float, float]) -> bool:
        """Every page has this paper size (within 3 points)."""
        return bool(self.sizes) and all(abs(w - paper[0]) < 3 and abs(h - paper[1]) < 3 for w, h in self.sizes)

    def smallest(self) -> Run:
        return min(self.runs, key=lambda r: r.points)

    def lines(self, page: int) -> list[str]:
        """The text lines of a page (1-based), without blank lines, spaces squeezed."""
        return [" ".join(line.split()) for line in self.texts[page - 1].splitlines() if line.strip()]

    def numbered(self) -> bool:
        """Every page says which it is and of how many ("Pagina 2 van 3", in the page's margin)."""
        total = len(self.texts)
        return bool(total) and all(f"Pagina {n} van {total}" in text for n, text in enumerate(self.texts, start=1))

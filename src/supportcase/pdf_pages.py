"""Page footers that know the page count ("第 3 页 共 5 页"), for every PDF supportcase writes.

reportlab draws a page before it knows how many follow, so the canvas keeps each page's
state and stamps the footers when the document is saved. Each writer says only what its
footer looks like.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

# footer(canvas, page number, page count) draws one page's footer
Footer = Callable[[Any, int, int], None]


def numbered_canvas(font: str, footer: Footer | None, *,
                    initial_font: bool = True) -> type[Any]:
    """A reportlab canvas class that stamps `footer` on each page; with `initial_font`,
    pages start in `font` (the embedded one) instead of reportlab's Helvetica."""
    from reportlab.pdfgen.canvas import Canvas

    class NumberedCanvas(Canvas):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            if initial_font:
                # No unembedded Helvetica is then referenced anywhere in the file.
                kwargs.setdefault("initialFontName", font)
            super().__init__(*args, **kwargs)
            self._saved_pages: list[dict[str, Any]] = []

        def showPage(self) -> None:  # reportlab's name
            self._saved_pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved_pages)
            for state in self._saved_pages:
                self.__dict__.update(state)
                if footer is not None:
                    footer(self, self._pageNumber, total)
                super().showPage()
            super().save()

    return NumberedCanvas

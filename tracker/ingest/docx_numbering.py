"""List numbering of Word paragraphs: the "5." or "•" that Word draws but does not
store in the text.

Minutes are often numbered automatically ("1 Mötets öppnande", "§ 12", "a)"); without
the label a .docx would read differently from the same document saved as PDF, and
extractors would lose item numbers.  Word's rules, as far as they matter here:

* a paragraph is numbered through ``w:numPr`` (numId + level) on itself or on its
  style (and the style's parents);
* a ``w:num`` points to an ``w:abstractNum`` that defines each level: start value,
  format (decimal, letters, roman, bullet …) and a text pattern such as ``"%1.%2"``;
* lists sharing an abstract definition continue one count, unless a ``w:num``
  overrides the start; counting a level restarts the levels below it.
"""

from __future__ import annotations

from typing import Any

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_VAL = f"{_W}val"

_ROMAN = [
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
]


def _roman(n: int) -> str:
    out = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def _letters(n: int) -> str:
    # Word: a … z, aa … zz, aaa …
    n = max(n, 1)
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    """One counter in Word's number format (unknown formats as decimal)."""
    if fmt == "lowerLetter":
        return _letters(n)
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "none":
        return ""
    return str(n)


def _val(el: Any, tag: str) -> str | None:
    child = el.find(f"{_W}{tag}") if el is not None else None
    return child.get(_VAL) if child is not None else None


class Numbering:
    """Turns (numId, level) of successive paragraphs into their labels."""

    def __init__(self, document: Any) -> None:
        self._levels: dict[str, dict[int, tuple[int, str, str]]] = {}  # abstract → lvl
        self._abstract_of: dict[str, str] = {}  # numId → abstractNumId
        self._overrides: dict[str, dict[int, int]] = {}  # numId → {lvl: start}
        self._counters: dict[str, dict[int, int]] = {}  # abstract → {lvl: count}
        self._started: set[str] = set()  # numIds whose start override was applied
        self._style_num: dict[str | None, tuple[str, int] | None] = {}
        self._styles = document.styles.element
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError):  # no numbering part in the package
            return
        for abstract in root.iter(f"{_W}abstractNum"):
            aid = abstract.get(f"{_W}abstractNumId")
            levels: dict[int, tuple[int, str, str]] = {}
            for lvl in abstract.iter(f"{_W}lvl"):
                ilvl = int(lvl.get(f"{_W}ilvl", "0"))
                start = int(_val(lvl, "start") or "1")
                fmt = _val(lvl, "numFmt") or "decimal"
                text = _val(lvl, "lvlText")
                levels[ilvl] = (start, fmt, f"%{ilvl + 1}." if text is None else text)
            self._levels[aid] = levels
        for num in root.iter(f"{_W}num"):
            nid = num.get(f"{_W}numId")
            self._abstract_of[nid] = _val(num, "abstractNumId") or ""
            for override in num.iter(f"{_W}lvlOverride"):
                start = _val(override, "startOverride")
                if start is not None:
                    ilvl = int(override.get(f"{_W}ilvl", "0"))
                    self._overrides.setdefault(nid, {})[ilvl] = int(start)

    def _num_of_style(self, style_id: str | None) -> tuple[str, int] | None:
        if style_id not in self._style_num:
            found: tuple[str, int] | None = None
            style = self._styles.get_by_id(style_id) if style_id else None
            depth = 0
            while style is not None and depth < 10:
                ppr = style.pPr
                if ppr is not None and ppr.numPr is not None:
                    nid = _val(ppr.numPr, "numId")
                    ilvl = _val(ppr.numPr, "ilvl")
                    found = (nid, int(ilvl or 0)) if nid else None
                    break
                based = style.basedOn_val
                style = self._styles.get_by_id(based) if based else None
                depth += 1
            self._style_num[style_id] = found
        return self._style_num[style_id]

    def label(self, p: Any) -> str:
        """The label of paragraph element ``p`` ("3.", "b)", "•"), counting it, or ""."""
        if not self._levels:
            return ""
        ppr = p.pPr
        num = ppr.numPr if ppr is not None else None
        nid: str | None = None
        ilvl = 0
        if num is not None:
            nid, lvl = _val(num, "numId"), _val(num, "ilvl")
            ilvl = int(lvl or 0)
            if nid is None or lvl is None:  # partial numPr: the rest from the style
                from_style = self._num_of_style(p.style)
                if from_style:
                    nid = nid or from_style[0]
                    ilvl = int(lvl) if lvl is not None else from_style[1]
        else:
            from_style = self._num_of_style(p.style)
            if from_style:
                nid, ilvl = from_style
        if not nid or nid == "0" or nid not in self._abstract_of:
            return ""
        aid = self._abstract_of[nid]
        levels = self._levels.get(aid, {})
        if ilvl not in levels:
            return ""
        counters = self._counters.setdefault(aid, {})
        if nid in self._overrides and nid not in self._started:
            self._started.add(nid)
            for level, start in self._overrides[nid].items():
                counters[level] = start - 1
                for deeper in [k for k in counters if k > level]:
                    del counters[deeper]
        start, fmt, pattern = levels[ilvl]
        counters[ilvl] = counters.get(ilvl, start - 1) + 1
        for deeper in [k for k in counters if k > ilvl]:
            del counters[deeper]
        if fmt == "bullet":
            return "•"
        label = pattern
        for level in range(ilvl, -1, -1):
            l_start, l_fmt, _ = levels.get(level, (1, "decimal", ""))
            value = counters.get(level, l_start)
            label = label.replace(f"%{level + 1}", format_number(value, l_fmt))
        return label.strip()

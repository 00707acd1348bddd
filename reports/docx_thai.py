"""Thai in python-docx: the complex-script run properties Word and LibreOffice use for Thai text.

python-docx sets only the Latin font and size (w:rFonts/@w:ascii, w:sz, w:b). Thai characters are a
complex script, drawn with w:rFonts/@w:cs, w:szCs and w:bCs and tagged by w:lang/@w:bidi; without
them Thai falls back to another font and size, and bold Thai is not bold. This module sets them in
the document defaults and every style, and offers run helpers that keep both sets in step.
Children of w:rPr must appear in the schema's order, or Word calls the file damaged.
"""

from __future__ import annotations

from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

FONT = "Sarabun"
LANG = "th-TH"
LATIN = "en-US"
# CT_RPr's sequence (ECMA-376 §17.3.2.28), as far as we use it.
_ORDER = [
    "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike", "outline",
    "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing",
    "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText",
    "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath",
]  # fmt: skip
_THEME_ATTRS = ("asciiTheme", "hAnsiTheme", "eastAsiaTheme", "cstheme")


def _child(rpr, tag: str):
    """The rPr child named tag, created in its schema position when absent."""
    found = rpr.find(qn(f"w:{tag}"))
    if found is not None:
        return found
    element = OxmlElement(f"w:{tag}")
    later = set(_ORDER[_ORDER.index(tag) + 1 :])
    for i, existing in enumerate(rpr):
        if existing.tag.split("}")[-1] in later:
            rpr.insert(i, element)
            return element
    rpr.append(element)
    return element


def thai_rpr(rpr, font: str = FONT) -> None:
    """One run-properties element: the font for every script, and the Thai size/bold/language."""
    fonts = _child(rpr, "rFonts")
    for attr in _THEME_ATTRS:  # a theme font wins over an explicit one: drop it
        fonts.attrib.pop(qn(f"w:{attr}"), None)
    for attr in ("ascii", "hAnsi", "eastAsia", "cs"):
        fonts.set(qn(f"w:{attr}"), font)
    size = rpr.find(qn("w:sz"))
    if size is not None:
        _child(rpr, "szCs").set(qn("w:val"), size.get(qn("w:val")))
    bold = rpr.find(qn("w:b"))
    if bold is not None:
        cs_bold = _child(rpr, "bCs")
        if bold.get(qn("w:val")) is not None:
            cs_bold.set(qn("w:val"), bold.get(qn("w:val")))
    # Thai text is a complex script: its language is w:bidi (and w:eastAsia for Word's East Asian
    # slot); both th-TH, so LibreOffice and Word break Thai lines between words. w:val is the
    # language of Latin text (Facebook, ITA): as th-TH it let LibreOffice break "F|acebook".
    lang = _child(rpr, "lang")
    lang.set(qn("w:val"), LATIN)
    lang.set(qn("w:eastAsia"), LANG)
    lang.set(qn("w:bidi"), LANG)


def apply(document, font: str = FONT, size_pt: float = 14) -> None:
    """Set the Thai font and size in the document defaults and in every style's run properties."""
    styles = document.styles.element
    defaults = styles.find(qn("w:docDefaults"))
    if defaults is None:
        defaults = OxmlElement("w:docDefaults")
        styles.insert(0, defaults)
    rpr_default = defaults.find(qn("w:rPrDefault"))
    if rpr_default is None:
        rpr_default = OxmlElement("w:rPrDefault")
        defaults.insert(0, rpr_default)
    rpr = rpr_default.find(qn("w:rPr"))
    if rpr is None:
        rpr = OxmlElement("w:rPr")
        rpr_default.append(rpr)
    _child(rpr, "sz").set(qn("w:val"), str(int(size_pt * 2)))
    thai_rpr(rpr, font)
    for style_rpr in styles.iter(qn("w:rPr")):  # every style, and table styles' first-row/column parts
        thai_rpr(style_rpr, font)
    normal = document.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(size_pt)
    thai_rpr(normal.element.get_or_add_rPr(), font)


def run(paragraph, text: str, *, bold: bool = False, size_pt: float | None = None, colour=None):
    """Add a run whose bold and size hold for Thai too (w:bCs, w:szCs beside w:b, w:sz)."""
    r = paragraph.add_run(text)
    if bold:
        r.bold = True
    if size_pt:
        r.font.size = Pt(size_pt)
    if colour is not None:
        r.font.color.rgb = colour
    if bold or size_pt:
        thai_rpr(r._r.get_or_add_rPr())  # noqa: SLF001 - no python-docx API for this XML
    return r

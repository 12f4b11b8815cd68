"""The theme part of the Word package: colours, the Times New Roman face for headings and
body, and the fill, line and effect styles every theme must list. Word and validators
expect a theme; ours is small and names the house face, so "+Body" and "+Headings" in
Word's font menu are the agreement's own face."""

from __future__ import annotations

from drafting.docx_writer.house_style import BODY_FONT

_A = "http://schemas.openxmlformats.org/drawingml/2006/main"

_COLOURS = (
    ("dk1", '<a:sysClr val="windowText" lastClr="000000"/>'),
    ("lt1", '<a:sysClr val="window" lastClr="FFFFFF"/>'),
    ("dk2", '<a:srgbClr val="1A1A1A"/>'),
    ("lt2", '<a:srgbClr val="ECECEC"/>'),
    ("accent1", '<a:srgbClr val="2F5496"/>'),
    ("accent2", '<a:srgbClr val="C00000"/>'),
    ("accent3", '<a:srgbClr val="5C5C5C"/>'),
    ("accent4", '<a:srgbClr val="D9A400"/>'),
    ("accent5", '<a:srgbClr val="4472C4"/>'),
    ("accent6", '<a:srgbClr val="70AD47"/>'),
    ("hlink", '<a:srgbClr val="0563C1"/>'),
    ("folHlink", '<a:srgbClr val="954F72"/>'),
)


def _font(tag: str) -> str:
    return f'<a:{tag}><a:latin typeface="{BODY_FONT}"/><a:ea typeface=""/><a:cs typeface=""/></a:{tag}>'


def theme_xml() -> str:
    colours = "".join(f"<a:{name}>{value}</a:{name}>" for name, value in _COLOURS)
    solid = '<a:solidFill><a:schemeClr val="phClr"/></a:solidFill>'
    line = f'<a:ln w="6350" cap="flat" cmpd="sng" algn="ctr">{solid}<a:prstDash val="solid"/></a:ln>'
    return (
        f'<a:theme xmlns:a="{_A}" name="Pactwright">'
        f'<a:themeElements><a:clrScheme name="Pactwright">{colours}</a:clrScheme>'
        f'<a:fontScheme name="Pactwright">{_font("majorFont")}{_font("minorFont")}</a:fontScheme>'
        '<a:fmtScheme name="Pactwright">'
        f"<a:fillStyleLst>{solid * 3}</a:fillStyleLst>"
        f"<a:lnStyleLst>{line * 3}</a:lnStyleLst>"
        f"<a:effectStyleLst>{'<a:effectStyle><a:effectLst/></a:effectStyle>' * 3}</a:effectStyleLst>"
        f"<a:bgFillStyleLst>{solid * 3}</a:bgFillStyleLst>"
        "</a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/></a:theme>"
    )

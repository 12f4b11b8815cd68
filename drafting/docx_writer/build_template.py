"""Regenerate ``house_template.docx`` from the house style, so the template is reviewable
as code: ``python -m drafting.docx_writer.build_template``.

The package is written from scratch (no python-docx default template with its 440 KB of
unused styles): a smaller styles part makes every export faster to open and save. The
output is byte-for-byte reproducible (fixed zip timestamps), and a test checks that the
shipped template equals what this script builds.
"""

from __future__ import annotations

import io
import sys
import zipfile

from drafting.docx_writer.house_style import TEMPLATE_PATH, font_table_xml, numbering_xml, styles_xml
from drafting.docx_writer.ooxml import NS_DECLS, p, sectPr
from drafting.docx_writer.theme import theme_xml

_XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"
_DOC_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_WML = "application/vnd.openxmlformats-officedocument.wordprocessingml"

_CONTENT_TYPES = (
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    f'<Override PartName="/word/document.xml" ContentType="{_WML}.document.main+xml"/>'
    f'<Override PartName="/word/styles.xml" ContentType="{_WML}.styles+xml"/>'
    f'<Override PartName="/word/numbering.xml" ContentType="{_WML}.numbering+xml"/>'
    f'<Override PartName="/word/settings.xml" ContentType="{_WML}.settings+xml"/>'
    f'<Override PartName="/word/fontTable.xml" ContentType="{_WML}.fontTable+xml"/>'
    '<Override PartName="/word/theme/theme1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.theme+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    '<Override PartName="/docProps/app.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
    "</Types>"
)

_ROOT_RELS = (
    f'<Relationships xmlns="{_PKG_REL}">'
    f'<Relationship Id="rId1" Type="{_DOC_REL}/officeDocument" Target="word/document.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
    'core-properties" Target="docProps/core.xml"/>'
    f'<Relationship Id="rId3" Type="{_DOC_REL}/extended-properties" Target="docProps/app.xml"/>'
    "</Relationships>"
)

_DOCUMENT_RELS = (
    f'<Relationships xmlns="{_PKG_REL}">'
    f'<Relationship Id="rId1" Type="{_DOC_REL}/styles" Target="styles.xml"/>'
    f'<Relationship Id="rId2" Type="{_DOC_REL}/numbering" Target="numbering.xml"/>'
    f'<Relationship Id="rId3" Type="{_DOC_REL}/settings" Target="settings.xml"/>'
    f'<Relationship Id="rId4" Type="{_DOC_REL}/fontTable" Target="fontTable.xml"/>'
    f'<Relationship Id="rId5" Type="{_DOC_REL}/theme" Target="theme/theme1.xml"/>'
    "</Relationships>"
)

# No updateFields: every field's cached result is already right (the contents carry the
# page numbers of our own layout), so Word need not ask to update fields on every open.
_SETTINGS = (
    f"<w:settings {NS_DECLS}>"
    '<w:defaultTabStop w:val="720"/><w:characterSpacingControl w:val="doNotCompress"/>'
    '<w:compat><w:compatSetting w:name="compatibilityMode" '
    'w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>'
)

_CORE = (
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
    "<dc:title>Pactwright house template</dc:title><dc:creator>Pactwright</dc:creator>"
    "<cp:revision>1</cp:revision></cp:coreProperties>"
)

_APP = (
    '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
    "<Application>Pactwright</Application></Properties>"
)


def _document() -> str:
    # The writer replaces this body and section (adding headers and footers).
    return f"<w:document {NS_DECLS}><w:body>{p('', 'Normal')}{sectPr()}</w:body></w:document>"


def template_parts() -> dict[str, str]:
    """Part name -> XML text of the house template, in zip order."""
    return {
        "[Content_Types].xml": _CONTENT_TYPES,
        "_rels/.rels": _ROOT_RELS,
        "docProps/core.xml": _CORE,
        "docProps/app.xml": _APP,
        "word/document.xml": _document(),
        "word/_rels/document.xml.rels": _DOCUMENT_RELS,
        "word/styles.xml": styles_xml(NS_DECLS),
        "word/numbering.xml": numbering_xml(NS_DECLS),
        "word/settings.xml": _SETTINGS,
        "word/fontTable.xml": font_table_xml(NS_DECLS),
        "word/theme/theme1.xml": theme_xml(),
    }


def build_template_bytes() -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, xml in template_parts().items():
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, _XML_HEAD + xml)
    return buffer.getvalue()


def main() -> int:
    TEMPLATE_PATH.write_bytes(build_template_bytes())
    print(f"wrote {TEMPLATE_PATH.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Assemble the Word package: the house template, the rendered body, headers and footers,
comments and document properties; then save it atomically.

Same document, same options, same bytes: every date in the package comes from the
document's metadata (not the clock) and the zip entries carry a fixed timestamp, so an
export can be re-created exactly and checked against the hash recorded when it was made.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import zipfile
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import docx
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.pkgwriter import PackageWriter
from docx.oxml.parser import parse_xml
from docx.parts.comments import CommentsPart
from docx.parts.document import DocumentPart
from docx.parts.hdrftr import FooterPart, HeaderPart

from drafting.document import AgreementDocument
from drafting.docx_writer import ooxml as x
from drafting.docx_writer.body import render_body
from drafting.docx_writer.house_style import TEMPLATE_PATH, StyleId
from drafting.files import write_bytes_atomically
from drafting.paper import page_setup

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

#: Core properties are limited to 255 characters by Word.
PROPERTY_MAX = 255
#: The zip timestamp of every part (the zip format's own epoch), so bytes never depend on the clock.
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


@functools.cache
def _template_bytes() -> bytes:
    return TEMPLATE_PATH.read_bytes()


def docx_bytes(
    document: AgreementDocument, *, comments: bool = True, page_numbers: Mapping[str, int] | None = None
) -> bytes:
    """The agreement as a .docx file's bytes. ``comments=False`` gives a clean copy
    without the drafting notes. ``page_numbers`` (see ``render_body``) are the contents'
    page numbers; by default they are taken from laying the agreement out as the PDF."""
    if page_numbers is None:
        page_numbers = heading_pages(document)
    rendered = render_body(document, with_comments=comments, page_numbers=page_numbers)
    word = docx.Document(io.BytesIO(_template_bytes()))
    _set_language(word, document.metadata.language)
    main_part: DocumentPart = word.part
    headers = {
        "default": _add_story(main_part, HeaderPart, x.hdr(_running_header(document)), "header"),
        "first": _add_story(main_part, HeaderPart, x.hdr(_draft_marking(document)), "header"),
    }
    footers = {
        "default": _add_story(main_part, FooterPart, x.ftr(_page_x_of_y()), "footer"),
        "first": _add_story(main_part, FooterPart, x.ftr(x.p("", StyleId.FOOTER)), "footer"),
    }
    body = word.element.body
    section = x.sectPr(headers, footers, page_setup(document.metadata.paper))
    new_body = parse_xml(f"<w:body {x.NS_DECLS}>{rendered.body_xml}{section}</w:body>")
    word.element.replace(body, new_body)
    if rendered.comment_xml:
        comments_xml = parse_xml(x.comments(rendered.comment_xml))
        comments_part = CommentsPart(PackURI("/word/comments.xml"), CT.WML_COMMENTS, comments_xml, main_part.package)
        main_part.relate_to(comments_part, RT.COMMENTS)
    _set_properties(word, document)
    return package_bytes(word)


def _set_language(word: docx.document.Document, language: str) -> None:
    """The proofing language of the document defaults (``w:docDefaults/w:rPrDefault``):
    the house style is built in en-GB, an American agreement is proofed in en-US."""
    for lang in word.styles.element.iterfind(
        f"{{{W_NS}}}docDefaults/{{{W_NS}}}rPrDefault/{{{W_NS}}}rPr/{{{W_NS}}}lang"
    ):
        lang.set(f"{{{W_NS}}}val", language)
        lang.set(f"{{{W_NS}}}eastAsia", language)


def write_docx(
    document: AgreementDocument, path: Path, *, comments: bool = True, page_numbers: Mapping[str, int] | None = None
) -> None:
    """Write the agreement to ``path``. The file appears complete or not at all: it is
    written to a temporary file beside it and moved into place."""
    data = docx_bytes(document, comments=comments, page_numbers=page_numbers)
    write_bytes_atomically(Path(path), data)


def heading_pages(document: AgreementDocument) -> dict[str, int]:
    """The page of each article, schedule and the signatures in the PDF's layout."""
    # Imported here: only a DOCX export without page numbers given needs the PDF layout.
    from drafting.pdf_writer import heading_pages as pdf_heading_pages

    return pdf_heading_pages(document)


class _FixedTimeZip:
    """python-docx's physical package writer, with a fixed timestamp on every entry
    (``ZipFile.writestr`` with a bare name stamps the current time)."""

    def __init__(self, target: io.BytesIO) -> None:
        self._zip = zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED)

    def write(self, pack_uri: Any, blob: bytes) -> None:
        info = zipfile.ZipInfo(pack_uri.membername, date_time=_ZIP_TIME)
        info.compress_type = zipfile.ZIP_DEFLATED
        # The fastest deflate level: an agreement's XML still shrinks to about a fifth, and
        # compression was a fifth of the writer's time at the default level.
        self._zip.writestr(info, blob, compresslevel=1)

    def close(self) -> None:
        self._zip.close()


def package_bytes(word: docx.document.Document) -> bytes:
    """The Word package's bytes, independent of the clock (what ``Document.save`` does,
    through python-docx's own part writer, into a zip with fixed timestamps)."""
    package = word.part.package
    assert package is not None  # a document loaded from a package always has one
    parts = list(package.parts)
    for part in parts:
        part.before_marshal()
    buffer = io.BytesIO()
    writer = _FixedTimeZip(buffer)
    # python-docx 1.2's own steps (``PackageWriter.write``), into our zip writer.
    PackageWriter._write_content_types_stream(writer, parts)  # type: ignore[no-untyped-call]
    PackageWriter._write_pkg_rels(writer, package.rels)  # type: ignore[no-untyped-call]
    PackageWriter._write_parts(writer, parts)  # type: ignore[arg-type]
    writer.close()
    return buffer.getvalue()


def _add_story(main_part: DocumentPart, part_class: type[HeaderPart | FooterPart], xml: str, kind: str) -> str:
    """Add a header or footer part built from ``xml``; return its relationship id."""
    package = main_part.package
    assert package is not None  # a part loaded from a package always has one
    partname = package.next_partname(f"/word/{kind}%d.xml")
    content_type = CT.WML_HEADER if kind == "header" else CT.WML_FOOTER
    part = part_class(partname, content_type, parse_xml(xml), package)
    return main_part.relate_to(part, RT.HEADER if kind == "header" else RT.FOOTER)


def _draft_marking(document: AgreementDocument) -> str:
    if not document.draft_marking:
        return x.p("", StyleId.HEADER)
    return x.p(x.r(document.draft_marking), StyleId.DRAFT_MARKING)


def _running_header(document: AgreementDocument) -> str:
    title = x.p(x.r(document.metadata.title or document.cover.title), StyleId.HEADER)
    return title + (_draft_marking(document) if document.draft_marking else "")


def _page_x_of_y() -> str:
    return x.p(x.r("Page ") + x.PAGE() + x.r(" of ") + x.NUMPAGES(), StyleId.FOOTER)


def _property(text: str) -> str:
    return x.clean_text(text)[:PROPERTY_MAX]


def _set_properties(word: docx.document.Document, document: AgreementDocument) -> None:
    metadata = document.metadata
    properties = word.core_properties
    properties.title = _property(metadata.title)
    properties.subject = _property(metadata.subject)
    properties.author = _property(metadata.author)
    properties.last_modified_by = _property(metadata.author)
    properties.keywords = _property(", ".join(metadata.keywords))
    properties.version = _property(metadata.version)
    properties.revision = int(metadata.version) if metadata.version.isdigit() and int(metadata.version) > 0 else 1
    # Modified when the version was made, not when it was exported: re-exports are identical.
    properties.created = _naive_utc(metadata.created)
    properties.modified = _naive_utc(metadata.created)
    properties.comments = ""


def _naive_utc(moment: dt.datetime) -> dt.datetime:
    # python-docx writes the W3CDTF "Z" form and expects naive UTC.
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(dt.UTC).replace(tzinfo=None)

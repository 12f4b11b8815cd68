"""Assemble the Word package: the house template, the rendered body, headers and footers,
comments and document properties; then save it atomically."""

from __future__ import annotations

import datetime as dt
import functools
import io
from pathlib import Path

import docx
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.oxml.parser import parse_xml
from docx.parts.comments import CommentsPart
from docx.parts.document import DocumentPart
from docx.parts.hdrftr import FooterPart, HeaderPart

from drafting.document import AgreementDocument
from drafting.docx_writer import ooxml as x
from drafting.docx_writer.body import render_body
from drafting.docx_writer.house_style import TEMPLATE_PATH, StyleId
from drafting.files import write_bytes_atomically

#: Core properties are limited to 255 characters by Word.
PROPERTY_MAX = 255


@functools.cache
def _template_bytes() -> bytes:
    return TEMPLATE_PATH.read_bytes()


def docx_bytes(document: AgreementDocument, *, comments: bool = True) -> bytes:
    """The agreement as a .docx file's bytes. ``comments=False`` gives a clean copy
    without the drafting notes."""
    rendered = render_body(document, with_comments=comments)
    word = docx.Document(io.BytesIO(_template_bytes()))
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
    new_body = parse_xml(f"<w:body {x.NS_DECLS}>{rendered.body_xml}{x.sectPr(headers, footers)}</w:body>")
    word.element.replace(body, new_body)
    if rendered.comment_xml:
        comments_xml = parse_xml(x.comments(rendered.comment_xml))
        comments_part = CommentsPart(PackURI("/word/comments.xml"), CT.WML_COMMENTS, comments_xml, main_part.package)
        main_part.relate_to(comments_part, RT.COMMENTS)
    _set_properties(word, document)
    buffer = io.BytesIO()
    word.save(buffer)
    return buffer.getvalue()


def write_docx(document: AgreementDocument, path: Path, *, comments: bool = True) -> None:
    """Write the agreement to ``path``. The file appears complete or not at all: it is
    written to a temporary file beside it and moved into place."""
    data = docx_bytes(document, comments=comments)
    write_bytes_atomically(Path(path), data)


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
    properties.created = _naive_utc(metadata.created)
    properties.modified = _naive_utc(dt.datetime.now(dt.UTC))
    properties.comments = ""


def _naive_utc(moment: dt.datetime) -> dt.datetime:
    # python-docx writes the W3CDTF "Z" form and expects naive UTC.
    if moment.tzinfo is None:
        return moment
    return moment.astimezone(dt.UTC).replace(tzinfo=None)

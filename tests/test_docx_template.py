"""The shipped house template is exactly what its build script produces, and it holds
every style the writer uses."""

from __future__ import annotations

import zipfile

import docx

from drafting.docx_writer.build_template import build_template_bytes, template_parts
from drafting.docx_writer.house_style import TEMPLATE_PATH, StyleId


def test_shipped_template_matches_its_build_script():
    with zipfile.ZipFile(TEMPLATE_PATH) as shipped:
        shipped_parts = {name: shipped.read(name).decode("utf-8") for name in shipped.namelist()}
    built = {name: xml for name, xml in template_parts().items()}
    assert list(shipped_parts) == list(built)
    for name, xml in built.items():
        assert shipped_parts[name].endswith(xml), f"{name} differs: run python -m drafting.docx_writer.build_template"


def test_build_is_reproducible():
    assert build_template_bytes() == build_template_bytes()


def test_template_defines_every_style_the_writer_uses():
    word = docx.Document(str(TEMPLATE_PATH))
    defined = {style.style_id for style in word.styles}
    used: set[str] = set()
    for name, value in vars(StyleId).items():
        if name.isupper():
            used.update((value,) if isinstance(value, str) else value)
    assert used <= defined, used - defined


def test_contents_heading_is_not_numbered():
    word = docx.Document(str(TEMPLATE_PATH))
    assert word.styles.element.get_by_id(StyleId.CONTENTS_HEADING).pPr.numPr is None

"""The small markup clause templates produce, and its parser.

A template's output is plain text with a handful of tags:

    <sub id="breach">...</sub>   a numbered sub-clause; nested once more for "(i)"
    <para>...</para>             an unnumbered paragraph inside the clause
    <term>Company</term>         where a defined term is defined
    <ref to="termination.for_cause" prefix="clause"/>   a cross-reference
    <ifused term="Field"> (the <term>Field</term>)</ifused>
                                 kept only if the term is used elsewhere in the
                                 agreement (see ``drafting.engine.usage``)
    <b>...</b>, <i>...</i>       emphasis

Text before the first block tag is the clause's own paragraph; text after a block tag
becomes an unnumbered paragraph. Whitespace from the template's layout collapses to
single spaces. User text was escaped by ``finalize`` (``&lt;`` ...), so only tags the
template wrote are recognised; the entities are turned back into characters here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from drafting.document import CrossRef, DefinedTerm, Inline, TextRun

_TAG = re.compile(r'<(/?)(sub|para|term|ref|b|i|ifused)((?:\s+[a-z_]+="[^"<>]*")*)\s*(/?)>')
_ATTRIBUTE = re.compile(r'([a-z_]+)="([^"]*)"')
_ENTITY = re.compile(r"&(amp|lt|gt|quot|#34|#39|#10);")
_ENTITY_TEXT = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "#34": '"', "#39": "'", "#10": "\n"}
_LAYOUT_SPACE = re.compile(r"\s+")

MAX_DEPTH = 3


class MarkupError(ValueError):
    """A template produced markup that does not describe a clause."""


@dataclass
class OptionalDefinition:
    """Inline content that defines ``term`` and falls away when nothing else uses it:
    " (the “Field”)" after a phrase that only some agreements refer back to."""

    term: str
    content: list[Inline] = field(default_factory=list)


DraftInline = Inline | OptionalDefinition


@dataclass
class DraftParagraph:
    content: list[DraftInline] = field(default_factory=list)


@dataclass
class DraftDefinition:
    term: str
    content: list[DraftInline] = field(default_factory=list)


@dataclass
class DraftClause:
    """A clause before numbering; cross-references still carry no number."""

    id: str
    heading: str = ""
    content: list[DraftInline] = field(default_factory=list)
    children: list[DraftClause | DraftParagraph | DraftDefinition] = field(default_factory=list)
    #: The conjunction of the list this clause belongs to ("and", "or"); see ``punctuate``.
    join: str = ""


def _unescape(text: str) -> str:
    return _ENTITY.sub(lambda match: _ENTITY_TEXT[match.group(1)], text)


@dataclass
class _Frame:
    kind: str  # "clause" | "sub" | "para"
    node: DraftClause | DraftParagraph
    depth: int
    tail: DraftParagraph | None = None
    subs: int = 0

    def inline_target(self) -> list[DraftInline]:
        node = self.node
        if isinstance(node, DraftParagraph):
            return node.content
        if not node.children:
            return node.content
        if self.tail is None:
            self.tail = DraftParagraph()
            node.children.append(self.tail)
        return self.tail.content


def parse_clause(text: str, clause_id: str, heading: str = "") -> DraftClause | None:
    """The clause a template's output describes, or ``None`` when it is empty."""
    root = DraftClause(clause_id, heading)
    stack = [_Frame("clause", root, 1)]
    bold = italic = False
    term_parts: list[str] | None = None
    optional: OptionalDefinition | None = None
    position = 0

    def target() -> list[DraftInline]:
        if optional is not None:
            return optional.content  # type: ignore[return-value]
        return stack[-1].inline_target()

    def add_text(raw: str) -> None:
        if not raw:
            return
        if term_parts is not None:
            term_parts.append(raw)
            return
        text = _unescape(_LAYOUT_SPACE.sub(" ", raw))
        target().append(TextRun(text, bold=bold, italic=italic))

    for match in _TAG.finditer(text):
        add_text(text[position : match.start()])
        position = match.end()
        closing, tag, attributes, _ = match.groups()
        attrs = dict(_ATTRIBUTE.findall(attributes))
        frame = stack[-1]
        if tag in {"b", "i"}:
            if tag == "b":
                bold = not closing
            else:
                italic = not closing
        elif tag == "term":
            if closing:
                if term_parts is None:
                    raise MarkupError(f"{clause_id}: </term> without <term>")
                name = _unescape(_LAYOUT_SPACE.sub(" ", "".join(term_parts))).strip()
                term_parts = None
                target().append(DefinedTerm(name))
            else:
                term_parts = []
        elif tag == "ref":
            if "to" not in attrs:
                raise MarkupError(f'{clause_id}: a <ref/> needs a to="..." attribute')
            target().append(CrossRef(attrs["to"], attrs.get("prefix", "clause"), ""))
        elif tag == "ifused":
            if closing:
                if optional is None:
                    raise MarkupError(f"{clause_id}: </ifused> without <ifused>")
                frame.inline_target().append(optional)
                optional = None
            elif optional is not None or not attrs.get("term"):
                raise MarkupError(f'{clause_id}: <ifused term="..."> cannot nest and needs a term')
            else:
                optional = OptionalDefinition(_unescape(attrs["term"]))
        elif optional is not None:
            raise MarkupError(f"{clause_id}: <{tag}> cannot sit inside <ifused>")
        elif not closing:
            if frame.kind == "para":
                raise MarkupError(f"{clause_id}: <{tag}> cannot sit inside <para>")
            _open_block(stack, tag, attrs, clause_id)
        else:
            if frame.kind != tag:
                raise MarkupError(f"{clause_id}: </{tag}> closes a <{frame.kind}>")
            stack.pop()
    add_text(text[position:])
    if len(stack) != 1:
        raise MarkupError(f"{clause_id}: <{stack[-1].kind}> is never closed")
    if term_parts is not None:
        raise MarkupError(f"{clause_id}: <term> is never closed")
    if optional is not None:
        raise MarkupError(f"{clause_id}: <ifused> is never closed")
    _tidy(root)
    if not root.content and not root.children:
        return None
    punctuate(root, ".")
    return root


def _open_block(stack: list[_Frame], tag: str, attrs: dict[str, str], clause_id: str) -> None:
    parent = stack[-1]
    parent_node = parent.node
    assert isinstance(parent_node, DraftClause)
    parent.tail = None  # text after this block starts a new paragraph
    if tag == "para":
        paragraph = DraftParagraph()
        parent_node.children.append(paragraph)
        stack.append(_Frame("para", paragraph, parent.depth))
        return
    if parent.depth >= MAX_DEPTH:
        raise MarkupError(f"{clause_id}: sub-clauses nest at most {MAX_DEPTH - 1} levels deep")
    parent.subs += 1
    sub_id = f"{parent_node.id}.{attrs.get('id') or parent.subs}"
    child = DraftClause(sub_id, join=attrs.get("join", ""))
    parent_node.children.append(child)
    stack.append(_Frame("sub", child, parent.depth + 1))


def merge_runs(content: list[DraftInline]) -> list[DraftInline]:
    """Adjacent text runs of the same style as one run."""
    merged: list[DraftInline] = []
    for item in content:
        previous = merged[-1] if merged else None
        if (
            isinstance(item, TextRun)
            and isinstance(previous, TextRun)
            and (previous.bold, previous.italic) == (item.bold, item.italic)
        ):
            merged[-1] = TextRun(previous.text + item.text, item.bold, item.italic)
        else:
            merged.append(item)
    return merged


def _tidy_inlines(content: list[DraftInline]) -> list[DraftInline]:
    merged = merge_runs(content)
    # Layout spaces at either end of a paragraph are not content.
    if merged and isinstance(merged[0], TextRun):
        first = merged[0]
        merged[0] = TextRun(first.text.lstrip(" "), first.bold, first.italic)
    if merged and isinstance(merged[-1], TextRun):
        last = merged[-1]
        merged[-1] = TextRun(last.text.rstrip(" "), last.bold, last.italic)
    return [item for item in merged if not (isinstance(item, TextRun) and not item.text)]


def _tidy(clause: DraftClause) -> None:
    clause.content = _tidy_inlines(clause.content)
    kept: list[DraftClause | DraftParagraph | DraftDefinition] = []
    for child in clause.children:
        if isinstance(child, DraftClause):
            _tidy(child)
            if child.content or child.children:
                kept.append(child)
        else:
            child.content = _tidy_inlines(child.content)
            if child.content:
                kept.append(child)
    clause.children = kept


def parse_inlines(text: str, owner_id: str) -> list[DraftInline]:
    """Inline content only (a definition, a recital); block tags are an error."""
    clause = parse_clause(text, owner_id)
    if clause is None:
        return []
    if clause.children:
        raise MarkupError(f"{owner_id}: only inline markup is allowed here")
    return clause.content


_LIST_END = re.compile(r"(?:\s*(?:;|,|\.)\s*(?:and|or)?\s*)$")
#: A list item the template closes with its own conjunction ("...; or").
_WRITTEN_JOIN = re.compile(r"[;,]\s*(and|or)\s*$")


def _written_conjunction(content: list[DraftInline]) -> str:
    last = content[-1] if content else None
    if isinstance(last, TextRun):
        match = _WRITTEN_JOIN.search(last.text.rstrip())
        if match:
            return match.group(1)
    return ""


def _ends_with_colon(content: list[DraftInline]) -> bool:
    last = content[-1] if content else None
    return isinstance(last, TextRun) and last.text.rstrip().endswith(":")


def _set_ending(content: list[DraftInline], ending: str) -> None:
    last = content[-1] if content else None
    if isinstance(last, TextRun):
        text = _LIST_END.sub("", last.text.rstrip())
        content[-1] = TextRun(text + ending, last.bold, last.italic)
    elif last is not None:
        content.append(TextRun(ending))


def punctuate(clause: DraftClause, final: str) -> None:
    """Close list items the way a drafter does, whichever items a condition left out:
    ";" after each, "; and" (or "; or") before the last, and after the last whatever
    closes the enclosing sentence. Applies where the lead-in ends with a colon (an
    unnumbered paragraph after the list starts a new sentence); other clauses are left
    as written."""
    subs = [child for child in clause.children if isinstance(child, DraftClause)]
    if not subs or not _ends_with_colon(clause.content):
        for sub in subs:
            punctuate(sub, ".")
        return
    # A join="..." attribute decides; failing it, the conjunction the template wrote
    # ("; or" before its last item), which may sit on an item a condition left out;
    # "and" only when the template says neither.
    conjunction = next((sub.join for sub in subs if sub.join), "") or next(
        (found for sub in reversed(subs) if (found := _written_conjunction(sub.content))), "and"
    )
    for index, sub in enumerate(subs):
        if index == len(subs) - 1:
            ending = final
        elif index == len(subs) - 2:
            ending = f"; {conjunction}"
        else:
            ending = ";"
        nested = [child for child in sub.children if isinstance(child, DraftClause)]
        if nested and _ends_with_colon(sub.content):
            punctuate(sub, ending)
        else:
            _set_ending(sub.content, ending)
            for child in nested:
                punctuate(child, ".")

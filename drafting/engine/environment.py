"""The Jinja environment every clause template renders in.

Templates are sandboxed and strict: a missing value raises, and so does ``None``
(Jinja would print "None"). User text only ever enters as data in the context; when it
is printed, ``finalize`` escapes it so that nothing a user types (``<sub>``, ``{{ }}``,
``&``) can be read back as structure. Templates produce a small markup (see
``drafting.engine.markup``) that the assembler turns into the document model.

Lawyers' overrides are rendered in the same sandbox, with two more guards the sandbox
lacks: an output size limit and a time limit, checked as the template streams, and
arithmetic that refuses to build huge strings or numbers.
"""

from __future__ import annotations

import operator
import re
import time
from collections.abc import Callable, Container, Mapping
from dataclasses import dataclass
from typing import Any

from jinja2 import StrictUndefined, Template, TemplateError, UndefinedError, nodes
from jinja2.exceptions import SecurityError
from jinja2.sandbox import SandboxedEnvironment
from markupsafe import Markup, escape

from drafting.engine import budget_figures, investee, loss_heads, shares_wording, wording
from drafting.law.institutions import seat_name

#: Characters that are not text: C0/C1 controls other than tab and newline, lone
#: surrogates and non-characters. They are dropped from user text at the engine's door.
#: So are the bidi embedding, override and isolate controls (U+202A-U+202E,
#: U+2066-U+2069): typed or pasted into a name or a figure they make it display reversed
#: ("Trojan Source"); right-to-left letters need none of them, the writers order
#: Arabic and Hebrew themselves. The marks U+200E/U+200F stay: they reorder nothing.
_NOT_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff\u202a-\u202e\u2066-\u2069]")

MAX_OUTPUT_CHARS = 2_000_000
MAX_RENDER_SECONDS = 2.0
_MAX_SEQUENCE = 1_000_000
_MAX_EXPONENT = 1_000


class RenderLimitError(TemplateError):
    """A template produced too much text or took too long."""


class EmptyValueError(TemplateError):
    """A template printed a value that is ``None``."""


def clean_text(value: str) -> str:
    """User text without the characters no document format can hold."""
    return _NOT_TEXT.sub("", value)


def escape_value(value: object) -> Markup:
    """Printable, inert text: markup characters and newlines are escaped."""
    if isinstance(value, Markup):
        return value
    text = clean_text(str(value))
    return Markup(str(escape(text)).replace("\n", "&#10;"))


def _finalize(value: object) -> object:
    if value is None:
        raise EmptyValueError("a value printed by the template is empty (None)")
    return escape_value(value)


class ClauseEnvironment(SandboxedEnvironment):
    """The sandbox, with arithmetic that cannot exhaust memory."""

    intercepted_binops = frozenset({"*", "**", "+"})
    #: Compile the library's templates in American spelling (``drafting.law.spelling``).
    american: bool = False

    def __reduce__(self) -> tuple[Callable[[bool], ClauseEnvironment], tuple[bool]]:
        # Pickled (to the override worker process) as its recipe: the worker keeps one
        # environment per spelling, so the law snippets it compiles stay cached.
        return shared_environment, (self.american,)

    def call_binop(self, context: Any, operator_name: str, left: Any, right: Any) -> Any:
        if operator_name == "**":
            if isinstance(right, int) and abs(right) > _MAX_EXPONENT:
                raise SecurityError("exponent too large")
            return operator.pow(left, right)
        if operator_name == "*":
            for sequence, times in ((left, right), (right, left)):
                # Only a sequence has a length: int * int must not reach len().
                is_sequence = isinstance(sequence, str | list | tuple)
                if is_sequence and isinstance(times, int) and len(sequence) * times > _MAX_SEQUENCE:
                    raise SecurityError("the result would be too long")
            return operator.mul(left, right)
        result = operator.add(left, right)
        if isinstance(result, str | list | tuple) and len(result) > _MAX_SEQUENCE:
            raise SecurityError("the result would be too long")
        return result


def build_environment() -> ClauseEnvironment:
    environment = ClauseEnvironment(
        undefined=StrictUndefined,
        autoescape=True,
        finalize=_finalize,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=False,
        extensions=["jinja2.ext.do"],
    )
    environment.filters.update(wording.FILTERS)
    environment.filters.update(shares_wording.FILTERS)
    environment.filters.update(loss_heads.FILTERS)
    environment.filters.update(investee.FILTERS)
    environment.filters.update(budget_figures.FILTERS)
    environment.filters["defined"] = defined_term
    # "Paris" -> "Paris, France": a seat names its country (law/_seats.toml).
    environment.filters["seat"] = seat_name
    environment.globals["ending"] = wording.ending
    environment.globals["term"] = defined_term
    return environment


_shared: dict[bool, ClauseEnvironment] = {}


def shared_environment(american: bool = False) -> ClauseEnvironment:
    """This process's environment for the spelling: what a pickled environment becomes."""
    environment = _shared.get(american)
    if environment is None:
        environment = _shared[american] = build_environment()
        environment.american = american
    return environment


# --- markup produced by helpers (never by user text) ----------------------------------
def defined_term(term: object) -> Markup:
    """Where a term is defined: ``<term>Company</term>``."""
    return Markup("<term>{}</term>").format(escape_value(term))


def reference(target_id: str, prefix: str = "clause") -> Markup:
    """A cross-reference, resolved to a number after the whole document is numbered."""
    return Markup('<ref to="{}" prefix="{}"/>').format(target_id, prefix)


@dataclass(frozen=True, slots=True)
class _Has:
    """``has(id)``: whether a clause, article or schedule is in this agreement.

    The helpers are small objects rather than closures so that a clause override's
    context can be pickled to the worker process that renders it where ``fork`` is not
    used (``drafting.engine.override_worker``)."""

    included: Container[str]

    def __call__(self, target_id: str) -> bool:
        return target_id in self.included


@dataclass(frozen=True, slots=True)
class _Ref:
    """``ref(id, prefix="")``: a cross-reference in the governing law's clause word."""

    clause_word: str

    def __call__(self, target_id: str, prefix: str = "") -> Markup:
        if prefix.casefold() == "clause":  # "Clause 7.1" at a sentence start: "Section 7.1"
            prefix = wording.upper_first(self.clause_word) if prefix[:1].isupper() else self.clause_word
        return reference(target_id, prefix or _default_prefix(target_id, self.clause_word))


@dataclass(frozen=True, slots=True)
class _CapitalRef:
    """``Ref(id)``: a cross-reference opening a sentence ("Clause 7.1", "Schedule 2")."""

    clause_word: str

    def __call__(self, target_id: str) -> Markup:
        return reference(target_id, wording.upper_first(_default_prefix(target_id, self.clause_word)))


def make_reference_helpers(included: Container[str], clause_word: str = "clause") -> dict[str, Callable[..., Any]]:
    """``has``, ``ref`` and ``Ref`` for one assembly: ``has(id)`` tells a template whether
    a clause, article or schedule is in this agreement, so a sentence that points to an
    omitted clause is left out rather than left dangling. ``clause_word`` is what the
    governing law's drafting calls a numbered part ("clause"; "Section" under US laws)."""
    return {"has": _Has(included), "ref": _Ref(clause_word), "Ref": _CapitalRef(clause_word)}


def _default_prefix(target_id: str, clause_word: str = "clause") -> str:
    if target_id.startswith("schedule."):
        return "Schedule"
    # One word for every numbered part of the body: "clause 9" is the whole of clause 9.
    return clause_word


# --- rendering --------------------------------------------------------------------------
def render_limited(
    template: Template,
    context: Mapping[str, Any],
    *,
    max_chars: int = MAX_OUTPUT_CHARS,
    max_seconds: float = MAX_RENDER_SECONDS,
) -> str:
    """Render while checking size and time after every chunk of output."""
    started = time.perf_counter()
    parts: list[str] = []
    size = 0
    for chunk in template.generate(context):
        parts.append(chunk)
        size += len(chunk)
        if size > max_chars:
            raise RenderLimitError(f"the template produced more than {max_chars:,} characters")
        if time.perf_counter() - started > max_seconds:
            raise RenderLimitError(f"the template took longer than {max_seconds:g} seconds")
    return "".join(parts)


def template_paths(ast: nodes.Template, roots: frozenset[str] = frozenset({"terms"})) -> set[str]:
    """Every dotted attribute path a template reads from the context roots
    ("terms.termination.breach_cure_days"), longest paths only."""
    found: set[str] = set()
    for node in ast.find_all(nodes.Getattr):
        path = _getattr_path(node)
        if path and path.split(".", 1)[0] in roots:
            found.add(path)
    return {path for path in found if not any(other.startswith(path + ".") for other in found)}


def _getattr_path(node: nodes.Node) -> str | None:
    if isinstance(node, nodes.Name):
        return node.name
    if isinstance(node, nodes.Getattr):
        parent = _getattr_path(node.node)
        return f"{parent}.{node.attr}" if parent else None
    return None


__all__ = [
    "ClauseEnvironment",
    "EmptyValueError",
    "RenderLimitError",
    "SecurityError",
    "UndefinedError",
    "build_environment",
    "clean_text",
    "defined_term",
    "escape_value",
    "make_reference_helpers",
    "reference",
    "render_limited",
    "shared_environment",
    "template_paths",
]

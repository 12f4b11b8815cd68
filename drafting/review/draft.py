"""What the drafted agreement actually says, for review rules: a small, typed query
API over the assembled ``AgreementDocument``.

    draft.clause("deadlock.escalation")      -> ClauseView(number="7.3", label="clause 7.3", text=...)
    draft.has("transfer.lock_in")            -> True when the agreement contains the clause
    draft.labels("financial.cap", "financial.minimum_guarantee") -> ("clause 9.7", "clause 9.6")
    draft.refers("transfer.lock_in", "deadlock")  -> does clause 10.2 cross-refer to Article 7?

Clause ids are the catalogue ids (``clause_templates/*/catalogue.toml``); articles are
found by their section id ("deadlock"), schedules by theirs ("schedule.shares"). A draft
that cannot be assembled (a half-finished draft) gives an empty view: every clause is
absent, so rules that depend on the text stay silent rather than guess.
"""

from __future__ import annotations

from dataclasses import dataclass

from drafting.document import AgreementDocument, Block, Clause, CrossRef, Paragraph, clause_lead_text, inline_text


@dataclass(frozen=True, slots=True)
class ClauseView:
    """One numbered clause (or an article or schedule) as the reader sees it."""

    id: str
    number: str
    #: How a finding names it: "clause 12.3", "Article 7", "Schedule 2".
    label: str
    #: The clause's whole text, sub-clauses included, without numbers.
    text: str
    #: Ids of the clauses, articles and schedules it cross-refers to.
    refers_to: frozenset[str]


def _block_text(blocks: tuple[Block, ...], parts: list[str], refs: set[str]) -> None:
    for block in blocks:
        if isinstance(block, Clause):
            parts.append(clause_lead_text(block))
            refs.update(item.target_id for item in block.content if isinstance(item, CrossRef))
            _block_text(block.children, parts, refs)
        elif isinstance(block, Paragraph):
            parts.append(inline_text(block.content))
            refs.update(item.target_id for item in block.content if isinstance(item, CrossRef))


def _view(clause: Clause, word: str = "clause") -> ClauseView:
    parts: list[str] = []
    refs: set[str] = set()
    _block_text((clause,), parts, refs)
    return ClauseView(clause.id, clause.full_number, f"{word} {clause.full_number}", "\n".join(parts), frozenset(refs))


class DraftText:
    """Read-only queries over one assembled agreement (or over nothing, see the module doc)."""

    def __init__(self, document: AgreementDocument | None) -> None:
        self.document = document
        self._views: dict[str, ClauseView] = {}
        if document is None:
            return
        for article in document.articles:
            parts: list[str] = [article.heading]
            refs: set[str] = set()
            _block_text(article.blocks, parts, refs)
            self._views[article.id] = ClauseView(
                article.id, article.number, f"Article {article.number}", "\n".join(parts), frozenset(refs)
            )
        for clause in document.iter_clauses():
            # Named as the text names it: "Section 4.1" under US laws.
            self._views.setdefault(clause.id, _view(clause, document.clause_word))
        for schedule in document.schedules:
            parts = [schedule.title]
            refs = set()
            _block_text(schedule.blocks, parts, refs)
            self._views[schedule.id] = ClauseView(
                schedule.id, schedule.number, f"Schedule {schedule.number}", "\n".join(parts), frozenset(refs)
            )

    @property
    def assembled(self) -> bool:
        """False when the draft could not be assembled (every query then finds nothing)."""
        return self.document is not None

    def clause(self, clause_id: str) -> ClauseView | None:
        """The clause, article or schedule with this id, or None when the agreement lacks it."""
        return self._views.get(clause_id)

    def has(self, clause_id: str) -> bool:
        return clause_id in self._views

    def number(self, clause_id: str) -> str:
        """Its number in the draft ("12.3"), or "" when absent."""
        view = self._views.get(clause_id)
        return view.number if view else ""

    def label(self, clause_id: str) -> str:
        """How a finding names it ("clause 12.3"), or "" when absent."""
        view = self._views.get(clause_id)
        return view.label if view else ""

    def labels(self, *clause_ids: str) -> tuple[str, ...]:
        """The labels of those present, in the order asked, each once."""
        found: list[str] = []
        for clause_id in clause_ids:
            label = self.label(clause_id)
            if label and label not in found:
                found.append(label)
        return tuple(found)

    def first(self, *clause_ids: str) -> ClauseView | None:
        """The first of these clauses the agreement contains."""
        for clause_id in clause_ids:
            view = self._views.get(clause_id)
            if view is not None:
                return view
        return None

    def text(self, clause_id: str) -> str:
        view = self._views.get(clause_id)
        return view.text if view else ""

    def contains(self, phrase: str, clause_id: str | None = None) -> bool:
        """Whether the clause (or, without an id, the whole agreement) contains ``phrase``
        (case-insensitive)."""
        wanted = phrase.casefold()
        if clause_id is not None:
            return wanted in self.text(clause_id).casefold()
        return any(wanted in view.text.casefold() for view in self._views.values())

    def refers(self, clause_id: str, target: str) -> bool:
        """Whether the clause cross-refers to ``target`` or to anything inside it
        (a clause id such as "deadlock.resolution" or a section id such as "deadlock")."""
        view = self._views.get(clause_id)
        if view is None:
            return False
        return any(ref == target or ref.startswith(f"{target}.") for ref in view.refers_to)

    def ids(self, prefix: str = "") -> tuple[str, ...]:
        """Ids of the clauses present whose id starts with ``prefix`` ("deadlock.")."""
        return tuple(clause_id for clause_id in self._views if clause_id.startswith(prefix))

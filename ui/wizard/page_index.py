"""The wizard's pages as plain data: each page's title, subtitle and the answers it asks
for (finding paths starting with one of its prefixes are fixed on that page).

No Qt here, so the command-line review can tell a person *where in the wizard* an answer
is changed ("the Governance page") without starting a GUI; the pages themselves take their
headings and paths from this table, so the two can never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PageHeading:
    title: str
    subtitle: str
    #: Answer paths this page fixes (``governance`` covers ``governance.quorum``).
    paths: tuple[str, ...] = ()

    def fixes(self, path: str) -> bool:
        return any(path == prefix or path.startswith((f"{prefix}.", f"{prefix}[")) for prefix in self.paths)


#: The terms each model-specific section of the deal page owns; cleared when another model
#: is chosen.
MODEL_FIELDS = (
    "joint_venture",
    "equity",
    "distribution",
    "co_marketing",
    "consortium",
    "data_sharing",
    "open_source",
    "supplier_alliance",
    "network",
    "research",
    "members",
)

BASICS = PageHeading(
    "The agreement",
    "What kind of alliance this is and why the parties are entering it.",
    ("title", "model", "competitors", "background"),
)
PARTIES = PageHeading("The parties", "Who signs the agreement. Add as many parties as the alliance has.", ("parties",))
SCOPE = PageHeading(
    "Scope and objectives",
    "What the alliance will do, where, and what each side may not do.",
    ("scope", "exclusivity", "non_compete"),
)
CONTRIBUTIONS = PageHeading(
    "Contributions",
    "What each party brings to the alliance, and what it is worth.",
    ("contributions", "capital_calls", "funding_default", "payments"),
)
DEAL = PageHeading(
    "The deal",
    "What this kind of alliance needs that the others do not.",
    (*MODEL_FIELDS, "ip.licence_grant", "leavers"),
)
GOVERNANCE = PageHeading(
    "Governance",
    "How joint decisions are made, and what happens when the parties disagree.",
    ("governance", "extra_modules"),
)
IP = PageHeading("Intellectual property", "Who owns what each party brings, and what the alliance creates.", ("ip",))
CONFIDENTIALITY = PageHeading(
    "Confidentiality", "What the parties must keep secret, and for how long.", ("confidentiality",)
)
SHARING = PageHeading(
    "Sharing terms", "How money is split between the parties, paid and checked.", ("sharing", "distributions")
)
TERM = PageHeading(
    "Term, termination and exit",
    "How long the alliance lasts and how a party can leave it.",
    ("term", "termination", "exit", "transfer"),
)
DISPUTES = PageHeading(
    "Law and disputes",
    "Which law governs the agreement, and how disagreements are settled.",
    ("governing_law", "disputes", "boilerplate"),
)
REVIEW = PageHeading("Review", "What a careful lawyer would point out before this agreement is signed.")
EXPORT = PageHeading("Export", "Write the agreement as a Word document and/or a PDF.")

#: In the wizard's order: the first page that fixes a path is the one the review jumps to
#: (the deal page asks for the licence grant before the IP page asks for the rest of ``ip``).
PAGES = (BASICS, PARTIES, SCOPE, CONTRIBUTIONS, DEAL, GOVERNANCE, IP, CONFIDENTIALITY, SHARING, TERM, DISPUTES)


def page_for(path: str) -> PageHeading | None:
    """The page where the answer at ``path`` is changed, if any page asks for it."""
    return next((page for page in PAGES if page.fixes(path)), None)

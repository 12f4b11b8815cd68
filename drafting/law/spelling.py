"""American spelling for the clause library's own words.

The templates are written in British English. Under a profile whose spelling is
``en-US`` the catalogue compiles each template from its syntax tree with the literal
text and the string constants respelled here (``americanise_tree``), so only the
library's words change: what a user typed (names, descriptions) enters at render time
and is never respelled, and strings a template compares with (enum values such as
'licence') are left alone. Proper names that keep British spelling in the US (the
International Centre for Dispute Resolution) live in data, not in templates.
"""

from __future__ import annotations

import re

from jinja2 import nodes

#: British stem -> American stem; each matches at a word start, in any case pattern.
_STEMS = {
    "licence": "license",
    "organis": "organiz",
    "reorganis": "reorganiz",
    "authoris": "authoriz",
    "recognis": "recogniz",
    "minimis": "minimiz",
    "maximis": "maximiz",
    "prioritis": "prioritiz",
    "utilis": "utiliz",
    "realis": "realiz",
    "summaris": "summariz",
    "characteris": "characteriz",
    "harmonis": "harmoniz",
    "capitalis": "capitaliz",
    "commercialis": "commercializ",
    "finalis": "finaliz",
    "emphasis": "emphasiz",
    "standardis": "standardiz",
    "customis": "customiz",
    "anonymis": "anonymiz",
    "pseudonymis": "pseudonymiz",
    "apologis": "apologiz",
    "criticis": "criticiz",
    "itemis": "itemiz",
    "optimis": "optimiz",
    "amortis": "amortiz",
    "unamortis": "unamortiz",
    "analys": "analyz",
    "colour": "color",
    "favour": "favor",
    "behaviour": "behavior",
    "honour": "honor",
    "labour": "labor",
    "endeavour": "effort",  # "reasonable endeavours" reads "reasonable efforts" in US drafting
    "judgement": "judgment",
    "defence": "defense",
    "offence": "offense",
    "programme": "program",
    "centre": "center",
    "instalment": "installment",
    "sublicence": "sublicense",
    "fulfil": "fulfill",
    "enrol": "enroll",
    "cheque": "check",
    "catalogue": "catalog",
    "modelling": "modeling",
    "cancelled": "canceled",
    "cancelling": "canceling",
    "travelled": "traveled",
    "whilst": "while",
    "wilful": "willful",
    "amongst": "among",
    "per cent": "percent",
    # US drafting words, not only spellings: a numbered part is a "Section" (the
    # cross-references take the profile's ``clause`` word), and US trademark law
    # speaks of trademarks and trade dress.
    "this clause": "this Section",
    "trade mark": "trademark",
    "get-up": "trade dress",
    # English idiom a US lawyer reads as foreign: a party "causes" or "ensures", security
    # is a "pledge", money is "immediately available", a company has "revenues" and a
    # "fiscal year".
    "procure that": "ensure that",
    "transfer, charge": "transfer, pledge",
    "cleared funds": "immediately available funds",
    "turnover": "revenue",
    "financial year": "fiscal year",
}
# "analyse" -> "analyze" but "analysis" stays; "fulfil" -> "fulfill" but not "fulfilled".
_EXCEPTIONS = frozenset(
    # "de minimis" is Latin, the same in both spellings.
    {"minimis", "analysis", "analyses", "emphasis", "fulfilled", "fulfilling", "fulfillment", "enrolled", "enrolling"}
)
_WORD = re.compile(
    r"\b(" + "|".join(sorted((re.escape(stem) for stem in _STEMS), key=len, reverse=True)) + r")(\w*)", re.IGNORECASE
)
_TAGS = re.compile(r"({{.*?}}|{%.*?%}|{#.*?#})", re.DOTALL)


def _match_case(original: str, replacement: str) -> str:
    if original.isupper():
        return replacement.upper()
    if original[:1].isupper():
        return replacement[:1].upper() + replacement[1:]
    return replacement


def _replace(match: re.Match[str]) -> str:
    stem, rest = match.group(1), match.group(2)
    word = stem + rest
    if word.casefold() in _EXCEPTIONS:
        return word
    if stem.casefold() == "fulfil" and rest:
        return word
    if stem.casefold() == "enrol" and rest and rest[:1] != "s":
        return word
    return _match_case(stem, _STEMS[stem.casefold()]) + rest


def americanise(text: str) -> str:
    """British spellings of the library's words, in American spelling."""
    return _WORD.sub(_replace, text)


def americanise_template(source: str) -> str:
    """A Jinja template's literal text in American spelling; tags, expressions and
    comments are left alone (for a template's string constants, see ``americanise_tree``)."""
    parts = _TAGS.split(source)
    return "".join(part if index % 2 else americanise(part) for index, part in enumerate(parts))


def _protected(tree: nodes.Node) -> set[int]:
    """Ids of string constants that are compared or used as keys: never respelled."""
    protected: set[int] = set()
    for node in tree.find_all((nodes.Compare, nodes.Getitem, nodes.Test)):
        roots: list[nodes.Node] = []
        if isinstance(node, nodes.Compare):
            roots = [node.expr, *(operand.expr for operand in node.ops)]
        elif isinstance(node, nodes.Getitem):
            roots = [node.arg]
        elif isinstance(node, nodes.Test):
            roots = list(node.args)
        for root in roots:
            protected.update(id(const) for const in _consts(root))
    for pair in tree.find_all(nodes.Pair):
        protected.update(id(const) for const in _consts(pair.key))
    # Clause ids ("licence.grant") passed to the reference helpers are names, not words.
    for call in tree.find_all(nodes.Call):
        if isinstance(call.node, nodes.Name) and call.node.name in {"ref", "Ref", "has"}:
            for argument in call.args:
                protected.update(id(const) for const in _consts(argument))
    return protected


def _consts(node: nodes.Node) -> list[nodes.Const]:
    found = [node] if isinstance(node, nodes.Const) else []
    found.extend(node.find_all(nodes.Const))
    return found


def americanise_tree(tree: nodes.Template) -> nodes.Template:
    """A parsed template with its literal text and printable string constants respelled."""
    for data in tree.find_all(nodes.TemplateData):
        data.data = americanise(data.data)
    protected = _protected(tree)
    for const in tree.find_all(nodes.Const):
        if isinstance(const.value, str) and id(const) not in protected:
            const.value = americanise(const.value)
    return tree


def respell(text: str, spelling: str) -> str:
    return americanise(text) if spelling == "en-US" else text

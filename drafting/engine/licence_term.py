"""How long a licence with a Royalty Term runs, as one deal fact.

A licence of patents for royalties runs until its last Royalty Term ends (precedent 4,
article 15): the term clause says so (``term/duration.indefinite.j2``), the sell-off then
follows only an earlier termination (``effects/wind_down.selloff.j2``) and the review
reports a fixed term the user chose as set aside (``blueprints/licensing.toml``). Each of
them reads this one fact, so that none of them repeats, and drifts from, the rule that
picks the term.
"""

from __future__ import annotations

from drafting.terms import AgreementTerms, AllianceModel
from drafting.terms.ip import RoyaltyTerm
from drafting.terms.lifecycle import TermKind

#: Sharing models a licence never drafts as a royalty (financial/catalogue.toml).
_NO_ROYALTY = frozenset({"none", "cost_share"})


def has_royalty_term(terms: AgreementTerms, licensed_patents: bool) -> bool:
    """Whether the agreement drafts a Royalty Term: the ``when`` of
    ``financial.royalty_term`` in ``clause_templates/financial/catalogue.toml``."""
    grant = terms.ip.licence_grant
    if grant is None:
        return False
    own_term = grant.royalty_term is not RoyaltyTerm.AGREEMENT_TERM
    sharing = terms.sharing.model.value
    if sharing == "royalty" and own_term:
        return True
    return terms.model is AllianceModel.LICENSING and sharing not in _NO_ROYALTY and (licensed_patents or own_term)


def runs_to_royalty_end(terms: AgreementTerms, licensed_patents: bool) -> bool:
    """Whether the agreement runs until its last Royalty Term ends: a licence of patents for
    royalties always (whatever term was answered), any other agreement with a Royalty Term
    only where no end date was chosen."""
    if not has_royalty_term(terms, licensed_patents):
        return False
    licence_of_patents = terms.model is AllianceModel.LICENSING and licensed_patents
    return licence_of_patents or terms.term.kind is TermKind.INDEFINITE


def long_stop(terms: AgreementTerms, licensed_patents: bool) -> tuple[str, int]:
    """What ends an agreement that runs to its last Royalty Term where no Licensed Product
    is ever sold (a Royalty Term starts only at a first commercial sale, so without it the
    agreement would never end): ("patents_in_territory" | "patents", 0) where patents are
    licensed (the last of them in the Territory, or anywhere, ends); ("years", n) otherwise,
    n being the years answered for the Royalty Term, counted from the Effective Date.
    ("", 0) where the agreement does not run to its last Royalty Term."""
    grant = terms.ip.licence_grant
    if grant is None or not runs_to_royalty_end(terms, licensed_patents):
        return "", 0
    if licensed_patents:
        return ("patents_in_territory" if grant.territory.strip() else "patents"), 0
    return "years", grant.royalty_term_years

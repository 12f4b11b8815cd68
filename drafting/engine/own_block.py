"""The agreement type's own block, filled with its defaults while the wizard's deal page is
still empty.

A research collaboration or a members' agreement speaks of the "Research Term", the
"Company" and its "Members" throughout, and those terms are defined by the clauses the
type's own block switches on. A draft whose block is not filled in yet (the user has not
reached that page) is drafted from the block's defaults, so its text never uses a term it
does not define; the review still asks for the block's answers.
"""

from __future__ import annotations

from drafting.terms import AgreementTerms, AllianceModel
from drafting.terms.economics import LeaverTerms
from drafting.terms.members import MembersTerms
from drafting.terms.parties import EntityType
from drafting.terms.research import ResearchTerms


def with_own_block(terms: AgreementTerms) -> AgreementTerms:
    """``terms`` with its type's empty block replaced by the block's defaults, where the
    defaults can be drafted from what the draft already says."""
    if terms.model is AllianceModel.RESEARCH_COLLABORATION and terms.research is None:
        return terms.model_copy(update={"research": ResearchTerms()})
    if terms.model is AllianceModel.PROFESSIONALS_MEMBERS and terms.members is None:
        # The company is the party that is not an individual professional; where several
        # are bodies (a member's own practice company), the one named last, as the parties
        # page lists the company after its members.
        bodies = [party.short_name for party in terms.parties if party.entity_type is not EntityType.INDIVIDUAL]
        if bodies and bodies[-1]:
            terms = terms.model_copy(update={"members": MembersTerms(company=bodies[-1])})
    if terms.model is AllianceModel.PROFESSIONALS_MEMBERS and terms.members is not None and terms.leavers is None:
        # The leavers article is core to a members' agreement (the decisions, admission
        # and covenants speak of Leavers and Fair Value): the usual terms until answered.
        terms = terms.model_copy(update={"leavers": LeaverTerms()})
    return terms

"""Who signs for a company: a signatory whose title does not usually carry the power to
bind the company alone under the law of the company's own home (a Dutch B.V. signed by
its "Chief Commercial Officer", a German GmbH by its "CTO").

What binds a company is company law of the place it is incorporated, not the law that
governs the agreement, so each party is read against its own home's profile
(``drafting.law.suggest.profile_of_place``). The titles that usually bind, the reason and
the public record that shows who may sign are data in each profile's ``[review]`` table
(``signatory_titles``, ``signatory_rule``, ``signatory_register``); a home without them
stays silent rather than guess.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator

from drafting.law import profile
from drafting.law.suggest import profile_of_place
from drafting.review.findings import Finding, listing, note
from drafting.review.rules import COMPANIES, ReviewContext, rule
from drafting.terms import Party

#: What joins two titles held together ("Director and CEO", "Geschäftsführer / CEO").
_JOINS = re.compile(r"\s*(?:[/,;&|()]|\band\b|\bund\b|\bet\b|\ben\b)\s*")


def _plain(text: str) -> str:
    """Lower case, no accents, hyphens and dots as spaces: "Président-Directeur Général"
    and "president directeur general" compare equal."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(bare.replace("-", " ").replace(".", " ").split())


def _binding_titles(law_id: str) -> tuple[str, ...]:
    listed = profile(law_id).review.get("signatory_titles", "")
    return tuple(_plain(title) for title in listed.split(";") if title.strip())


def _usually_binds(title: str, binding: tuple[str, ...]) -> bool:
    """Whether any of the titles the signatory holds is one that usually binds alone."""
    for held in _JOINS.split(_plain(title)):
        held = held.removeprefix("the ").strip()
        for known in binding:
            if held == known or (known.endswith("*") and held.startswith(known[:-1].rstrip())):
                return True
    return False


def _home(party: Party) -> str | None:
    """The party's own legal system, when its profile says who signs for a company."""
    law_id = profile_of_place(party.jurisdiction)
    if law_id is None or not _binding_titles(law_id):
        return None
    return law_id


@rule(party_types=COMPANIES)
def signatory_authority(ctx: ReviewContext) -> Iterator[Finding]:
    concerned: list[tuple[Party, str]] = []
    for party in ctx.parties:
        title = party.signatory.title.strip()
        law_id = _home(party)
        if title and law_id is not None and not _usually_binds(title, _binding_titles(law_id)):
            concerned.append((party, law_id))
    if not concerned:
        return
    laws = list(dict.fromkeys(law_id for _, law_id in concerned))
    who = listing(
        f"{party.short_name} ({party.legal_name}, {profile(law_id).label}) signs through its "
        f"{party.signatory.title.strip()}"
        for party, law_id in concerned
    )
    why = "; ".join(
        f"under the law of {profile(law_id).label}, {profile(law_id).review['signatory_rule']}" for law_id in laws
    )
    records = listing(profile(law_id).review.get("signatory_register", "") for law_id in laws)
    one = len(concerned) == 1
    yield note(
        "parties.signatory-authority",
        f"parties[{ctx.party_index(concerned[0][0].short_name)}].signatory.title",
        f"{who}, {'a title that does' if one else 'titles that do'} not usually carry the power to bind "
        f"the company alone: {why}.",
        f"Check {'that signatory' if one else 'each signatory'} against {records} before signing, or have the "
        "company give the signatory a power of attorney or a board resolution authorising the signature, "
        "and keep it with the signed Agreement.",
        items=[party.short_name for party, _ in concerned],
    )


RULES = (signatory_authority,)

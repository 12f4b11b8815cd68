"""Steps that bring terms saved by an older Pactwright up to ``SCHEMA_VERSION``.

A step is registered under the version it upgrades *from* and maps a terms dict (as
stored in JSON) to a new dict; it never touches its input. Storage runs the steps when
it reads a stored version; ``drafting.validation`` runs them for draft files, so an old
file opened from the command line reads the same as one from the library.

Each step keeps the meaning of the values it moves: a test per step proves an old
draft renders the same agreement, except where the newer version meant to change it.
"""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from typing import Any

from drafting.law import profile
from drafting.terms.agreement import SCHEMA_VERSION
from drafting.terms.law import law_from_text

TermsStep = Callable[[dict[str, Any]], dict[str, Any]]

_SPLITS = {"revenue", "profit"}


class SchemaTooNewError(ValueError):
    """The terms were saved by a newer Pactwright (``version`` is what they say)."""

    def __init__(self, message: str, version: int) -> None:
        super().__init__(message)
        self.version = version


class NoUpgradeError(ValueError):
    """A schema version has no step (``version``) or cannot be read (``version`` is None)."""

    def __init__(self, message: str, version: object) -> None:
        super().__init__(message)
        self.version = version


def _v1_governing_law_and_forums(data: dict[str, Any]) -> dict[str, Any]:
    """Version 2 made the governing law a legal-system profile and split the joint
    "AAA-ICDR" choice into the AAA's Commercial Rules and the ICDR's International Rules.
    A version 1 draft always meant the international rules by it."""
    upgraded = dict(data)
    law = upgraded.get("governing_law", "")
    if isinstance(law, str):
        upgraded["governing_law"] = law_from_text(law)
    disputes = upgraded.get("disputes")
    if isinstance(disputes, dict):
        disputes = dict(disputes)
        for key, field in (("arbitration", "institution"), ("mediation", "provider")):
            part = disputes.get(key)
            if isinstance(part, dict) and part.get(field) == "AAA_ICDR":
                disputes[key] = {**part, field: "ICDR"}
        upgraded["disputes"] = disputes
    return upgraded


def _portion(value: Fraction) -> str:
    return str(value)


def _receiver(sharing: dict[str, Any], names: list[str]) -> str | None:
    """Who the old one-sided tier rates were paid to: the payee; else, in a two-party
    deal with a collecting party, the other party; else the first party in the split."""
    if isinstance(sharing.get("payee"), str):
        return str(sharing["payee"])
    payer = sharing.get("payer")
    if isinstance(payer, str) and len(names) == 2 and payer in names:
        return next(name for name in names if name != payer)
    shares = [entry.get("party") for entry in sharing.get("shares", []) if isinstance(entry, dict)]
    return shares[0] if shares and isinstance(shares[0], str) else (names[0] if names else None)


def _band(receiver: str, rate: Fraction, weights: dict[str, Fraction], others: list[str]) -> list[dict[str, Any]]:
    """The receiver's rate and the rest split among the others in proportion to their
    base shares (equally when they had none), so the band makes exactly the whole."""
    rest = 1 - rate
    weight_total = sum((weights.get(name, Fraction(0)) for name in others), Fraction(0))
    entries = [{"payee": {"kind": "party", "party": receiver, "name": ""}, "share": _portion(rate)}]
    for name in others:
        part = rest * weights[name] / weight_total if weight_total else rest / len(others)
        entries.append({"payee": {"kind": "party", "party": name, "name": ""}, "share": _portion(part)})
    return entries


def _v2_tiers_become_full_splits(data: dict[str, Any]) -> dict[str, Any]:
    """Version 3 states a revenue or profit split per band as a full split. A version 1 or 2
    tier gave one side's rate only ("the percentage payable to the receiving Party");
    the rest of each band went, as before, to the other parties in proportion to their
    base shares. Rate tiers of a commission or royalty keep their meaning and stay; tiers
    of a cost share were never drafted and are dropped."""
    upgraded = dict(data)
    sharing = upgraded.get("sharing")
    if not isinstance(sharing, dict) or not sharing.get("tiers"):
        return upgraded
    model = sharing.get("model")
    if model == "cost_share":
        upgraded["sharing"] = {**sharing, "tiers": []}
        return upgraded
    if model not in _SPLITS:
        return upgraded
    names = [str(party.get("short_name")) for party in upgraded.get("parties", []) if isinstance(party, dict)]
    receiver = _receiver(sharing, names)
    if receiver is None:
        return upgraded
    weights: dict[str, Fraction] = {}
    for entry in sharing.get("shares", []):
        if isinstance(entry, dict) and isinstance(entry.get("party"), str):
            percent = Fraction(Decimal(str(entry["percent"])))
            weights[entry["party"]] = weights.get(entry["party"], Fraction(0)) + percent
    others = [name for name in (weights or dict.fromkeys(names)) if name != receiver]
    tiers = sorted(sharing["tiers"], key=lambda tier: Decimal(str(tier["threshold"])))
    bands: list[dict[str, Any]] = []
    if tiers and Decimal(str(tiers[0]["threshold"])) > 0 and weights:
        base_total = sum(weights.values(), Fraction(0)) or Fraction(1)
        base = [
            {"payee": {"kind": "party", "party": name, "name": ""}, "share": _portion(weight / base_total)}
            for name, weight in weights.items()
        ]
        bands.append({"from_amount": "0", "shares": base})
    for tier in tiers:
        rate = Fraction(Decimal(str(tier["percent"]))) / 100
        bands.append({"from_amount": str(tier["threshold"]), "shares": _band(receiver, rate, weights, others)})
    upgraded["sharing"] = {**sharing, "tiers": [], "bands": bands, "band_method": "marginal"}
    return upgraded


def _v3_extra_modules(data: dict[str, Any]) -> dict[str, Any]:
    """Version 4 drafts each agreement type from its own blueprint; the optional modules a
    user adds explicitly are listed in ``extra_modules`` (none in an older draft). The
    distribution supply terms it adds all have defaults."""
    upgraded = dict(data)
    upgraded.setdefault("extra_modules", [])
    return upgraded


def _v4_new_forms(data: dict[str, Any]) -> dict[str, Any]:
    """Version 5 adds four agreement types (strategic supplier alliance, R&D collaboration,
    partner network, professionals' members' agreement) with their own optional blocks.
    A version-4 draft is none of them and has none of those blocks, so it reads unchanged;
    the version number still moves so that an older Pactwright refuses a newer draft
    instead of dropping the blocks it does not know."""
    return dict(data)


def _v5_consortium_grant(data: dict[str, Any]) -> dict[str, Any]:
    """Version 6 lets a consortium state the grant that funds it, a per-member budget and
    its dissemination periods (``consortium.grant``, ``.budget``, ``.dissemination``). A
    version-5 draft has none of them: it has no grant and no budget and takes the default
    periods, so it reads unchanged (the version moves so that an older Pactwright refuses
    a draft that has them)."""
    return dict(data)


def _v5_equity(data: dict[str, Any]) -> dict[str, Any]:
    """Version 6 gives an equity investment its conditions to Completion, a long-stop date,
    the investee's (and founders') warranties with their limits, and the base of the
    capitalisation table. Every new field is optional with a default, so a version-5
    draft reads unchanged; the version moves so that an older Pactwright refuses a draft
    that may carry them instead of dropping them."""
    return dict(data)


#: Words in a party's legal name that mark a host entity without a member's own business:
#: a foundation or an association (a Dutch stichting or vereniging, a German Stiftung or
#: Verein). Used only to pick the host of an older open-source draft.
_HOST_NAME_WORDS = ("foundation", "stichting", "stiftung", "association", "vereniging", "verein", "fondation")


def _v5_open_source_host(data: dict[str, Any]) -> dict[str, Any]:
    """Version 6 names the host of an open-source project (``open_source.host``), the party
    that is never a member. An older draft names none; the step picks one only where the
    rule is unambiguous: the one party whose form is a foundation, else (no party being a
    foundation by form) the one party whose legal name says it is a foundation or an
    association. Otherwise the draft keeps no
    host and reads, as before, as a charter among members only."""
    upgraded = dict(data)
    project = upgraded.get("open_source")
    if upgraded.get("model") != "open_source" or not isinstance(project, dict) or project.get("host"):
        return upgraded
    parties = [party for party in upgraded.get("parties", []) if isinstance(party, dict)]
    foundations = [party for party in parties if party.get("entity_type") == "foundation"]
    if not foundations:
        foundations = [
            party
            for party in parties
            if any(word in str(party.get("legal_name", "")).casefold().split() for word in _HOST_NAME_WORDS)
        ]
    if len(foundations) == 1 and isinstance(foundations[0].get("short_name"), str):
        host = foundations[0]["short_name"]
        # The host joins at no tier: an older draft that gave it one keeps its other members.
        members = [
            entry
            for entry in project.get("members", [])
            if not (isinstance(entry, dict) and entry.get("party") == host)
        ]
        upgraded["open_source"] = {**project, "host": host, "members": members}
    return upgraded


def _v5_optional_blocks(data: dict[str, Any]) -> dict[str, Any]:
    """Version 6: the one step runs each topic's own upgrade in turn. Every new block or
    field is optional (the grant, the equity terms); only an open-source draft may gain its
    host, where the rule that picks one is unambiguous."""
    for step in (_v5_consortium_grant, _v5_equity, _v5_open_source_host):
        data = step(data)
    return data


def _v6_consortium_depth(data: dict[str, Any]) -> dict[str, Any]:
    """Version 7 lets each Background IP item state the exclusions or limits its owner sets
    on access rights to it (``ip.background_schedule[].limitations``). The field is optional
    and a version-6 draft has none, so it reads unchanged; the version moves so that an
    older Pactwright refuses a draft that states them instead of dropping them."""
    return dict(data)


def _v7_jury_waiver(data: dict[str, Any]) -> dict[str, Any]:
    """Version 8 no longer waives a jury trial by default (``disputes.jury_waiver`` was
    true for every draft, so a German or Dutch draft "asked for" a waiver its law has no
    use for). A draft under a law with a civil jury (``civil_jury`` in the profile) keeps
    what it had, stated explicitly: true where it relied on the old default. Under any
    other law the waiver was the default, never a choice (the wizard did not ask it), and
    becomes false; the agreement drafted none there, so its text does not change."""
    upgraded = dict(data)
    law = upgraded.get("governing_law", {})
    law_id = law.get("profile", "") if isinstance(law, dict) else ""
    try:
        jury = profile(law_id).civil_jury if isinstance(law_id, str) and law_id else False
    except KeyError:
        jury = False
    disputes = upgraded.get("disputes")
    if disputes is None and "disputes" in upgraded:
        return upgraded
    disputes = dict(disputes) if isinstance(disputes, dict) else {}
    disputes["jury_waiver"] = bool(disputes.get("jury_waiver", True)) if jury else False
    upgraded["disputes"] = disputes
    return upgraded


def _v8_regulated_products(data: dict[str, Any]) -> dict[str, Any]:
    """Version 9 lets a co-marketing draft name each party's products whose promotion has
    rules of its own (``co_marketing.regulated_products``: alcohol, gambling...). The field
    is optional and a version-8 draft has none, so it reads and renders unchanged; the
    version moves so that an older Pactwright refuses a draft that names them."""
    return dict(data)


#: from-version -> step upgrading a terms dict to from-version + 1
STEPS: dict[int, TermsStep] = {
    1: _v1_governing_law_and_forums,
    2: _v2_tiers_become_full_splits,
    3: _v3_extra_modules,
    4: _v4_new_forms,
    5: _v5_optional_blocks,
    6: _v6_consortium_depth,
    7: _v7_jury_waiver,
    8: _v8_regulated_products,
}


def upgrade_terms(data: dict[str, Any], steps: dict[int, TermsStep] | None = None) -> dict[str, Any]:
    """``data`` brought up to ``SCHEMA_VERSION`` (a new dict). Raises ``SchemaTooNewError``,
    or ``NoUpgradeError`` when a version has no step or cannot be read."""
    registry = STEPS if steps is None else steps
    version = data.get("schema_version", 1)
    if not isinstance(version, int) or isinstance(version, bool):
        raise NoUpgradeError(f"the draft has an unreadable schema_version ({version!r})", None)
    if version > SCHEMA_VERSION:
        raise SchemaTooNewError(
            f"this draft was saved by a newer Pactwright (terms version {version}; this one knows up to "
            f"{SCHEMA_VERSION}). Update Pactwright to open it.",
            version,
        )
    upgraded = dict(data)
    while version < SCHEMA_VERSION:
        step = registry.get(version)
        if step is None:
            raise NoUpgradeError(f"no way to upgrade a draft from terms version {version}", version)
        upgraded = step(upgraded)
        version += 1
        upgraded["schema_version"] = version
    return upgraded

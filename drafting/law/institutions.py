"""Arbitration and mediation institutions, read from ``clause_templates/law/_institutions.toml``.

Each entry gives the institution's exact name, the rules a clause incorporates, and a
one-line plain explanation the wizard shows. The terms model keeps the choice as an
enum value; a test proves every enum value has an entry here, so a choice can never be
replaced by another one in silence.
"""

from __future__ import annotations

import functools
import tomllib
from dataclasses import dataclass
from pathlib import Path

from drafting.law.profiles import LAW_DIR, LawProfileError, all_profiles


@dataclass(frozen=True, slots=True)
class Institution:
    id: str
    #: What the wizard lists: "ICC (International Chamber of Commerce)".
    label: str
    #: "the International Chamber of Commerce"
    name: str
    #: The arbitration rules a clause incorporates; "" if it offers no arbitration here.
    arbitration_rules: str
    #: The mediation rules; "" if the institution is not offered for mediation.
    mediation_rules: str
    #: One plain sentence for a business owner.
    explain: str
    #: Whether its rules have an expedited procedure a clause may switch on.
    expedited: bool
    #: A usual seat, offered as a default when the user has not named one.
    seat: str
    #: Its own name for the document that starts an arbitration ("Request for
    #: Arbitration" at the ICC, "Notice of Arbitration" at SIAC); "" if unchecked.
    commencement: str = ""
    #: Who appoints an expert when the parties cannot agree, and under which rules ("" if
    #: the institution offers no such service we have checked).
    expert_appointment: str = ""
    #: The officer or organ of the institution that appoints a neutral when the parties
    #: cannot agree ("the President of the LCIA Court"); "" where it appoints through its
    #: expert service.
    appointing_authority: str = ""
    #: False where it is known not to appoint experts or valuers for parties (its court
    #: appoints arbitrators only): a clause that names it to appoint an Expert is set aside.
    appoints_experts: bool = True

    @property
    def appointer(self) -> str:
        """Who appoints an independent person (an expert, a tie-breaker) for the parties:
        the institution's expert service, else its appointing officer ("" if neither)."""
        return self.expert_appointment or self.appointing_authority


def _load(path: Path) -> dict[str, Institution]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise LawProfileError(f"law/{path.name}: {error}") from None
    found: dict[str, Institution] = {}
    for entry in data.get("institution", []):
        ident = str(entry.get("id", ""))
        for key in ("label", "name", "explain"):
            if not str(entry.get(key, "")).strip():
                raise LawProfileError(f"law/{path.name}: institution '{ident}' needs '{key}'")
        if ident in found:
            raise LawProfileError(f"law/{path.name}: institution '{ident}' is listed twice")
        found[ident] = Institution(
            id=ident,
            label=str(entry["label"]),
            name=str(entry["name"]),
            arbitration_rules=" ".join(str(entry.get("arbitration_rules", "")).split()),
            mediation_rules=" ".join(str(entry.get("mediation_rules", "")).split()),
            explain=" ".join(str(entry["explain"]).split()),
            expedited=bool(entry.get("expedited", False)),
            seat=str(entry.get("seat", "")),
            commencement=str(entry.get("commencement", "")),
            expert_appointment=" ".join(str(entry.get("expert_appointment", "")).split()),
            appointing_authority=" ".join(str(entry.get("appointing_authority", "")).split()),
            appoints_experts=bool(entry.get("appoints_experts", True)),
        )
    return found


@functools.cache
def _all() -> dict[str, Institution]:
    return _load(LAW_DIR / "_institutions.toml")


def all_institutions() -> tuple[Institution, ...]:
    return tuple(_all().values())


def institution(ident: str) -> Institution:
    try:
        return _all()[ident]
    except KeyError:
        raise KeyError(f"no institution '{ident}' in law/_institutions.toml") from None


def _city(seat: str) -> str:
    return seat.split(",", 1)[0].strip().casefold()


@functools.cache
def _seats() -> dict[str, str]:
    """A seat's city (and each alias) -> the seat with its country, from ``_seats.toml``,
    the institutions' seats and the profiles' seats."""
    path = LAW_DIR / "_seats.toml"
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as error:
        raise LawProfileError(f"law/{path.name}: {error}") from None
    found: dict[str, str] = {}
    known = [entry.seat for entry in _all().values()] + [entry.arbitration_seat for entry in all_profiles()]
    for full in known:
        if "," in full:
            found.setdefault(_city(full), full)
    for entry in data.get("seat", []):
        full = str(entry.get("name", "")).strip()
        if "," not in full:
            raise LawProfileError(f"law/{path.name}: seat '{full}' must name its country after a comma")
        for alias in [full, *entry.get("aliases", [])]:
            found[_city(str(alias))] = full
    return found


def seat_name(value: object) -> str:
    """The seat as a clause names it: "Paris" -> "Paris, France"; a seat typed with its
    country ("Geneva, Switzerland") or not known is kept as typed."""
    text = str(value).strip().rstrip(".;:,").rstrip()
    if "," in text:
        return text
    return _seats().get(text.casefold(), text)

"""Filters for legal wording: numbers and amounts in words and figures, dates, lists
of names, enumerated list items and sentences.

Every number goes through ``Decimal`` (num2words and Babel are given no floats) and
every locale is explicit, so the wording does not depend on the machine.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Sequence
from decimal import Decimal
from functools import lru_cache
from typing import Any, Protocol

from babel.dates import format_date
from babel.numbers import format_decimal, get_currency_name
from jinja2 import pass_context
from num2words import num2words

from drafting.law.suggest import base_rate, exchange_rate

LOCALE = "en_GB"

#: Babel's English names read as a tourist's ("British pounds"); contracts say these.
_CURRENCY_WORDS: dict[str, tuple[str, str]] = {
    "GBP": ("pound sterling", "pounds sterling"),
    "USD": ("United States dollar", "United States dollars"),
    "EUR": ("euro", "euros"),
}
_MINOR_UNIT_WORDS: dict[str, tuple[str, str]] = {
    "GBP": ("penny", "pence"),
    "USD": ("cent", "cents"),
    "EUR": ("cent", "cents"),
}


class _MoneyLike(Protocol):
    @property
    def amount(self) -> Decimal: ...

    @property
    def currency(self) -> str: ...


def as_decimal(value: object) -> Decimal:
    """A Decimal from an int, a Decimal or a numeric string; floats are refused."""
    if isinstance(value, bool | float):
        raise TypeError(f"{value!r}: pass a Decimal or an int, not a {type(value).__name__}")
    if isinstance(value, Decimal):
        return value
    if isinstance(value, int | str):
        return Decimal(value)
    raise TypeError(f"{value!r} is not a number")


def number_words(value: object) -> str:
    """``Decimal("33.33")`` -> "thirty-three point three three"."""
    number = as_decimal(value)
    # "12.50" is read "twelve point five", not "twelve point five zero".
    number = number.quantize(Decimal(1)) if number == number.to_integral_value() else number.normalize()
    return _spelled(number)


# A draft spells the same few numbers (30 days, 10 Business Days) dozens of times, and
# num2words is slow; the bound keeps a hostile draft's many figures from growing the cache.
@lru_cache(maxsize=2048)
def _spelled(number: Decimal) -> str:
    return str(num2words(number, lang="en"))


def figures(value: object) -> str:
    """Grouped figures, decimals only where there are any: "250,000", "33.33", "12.5"."""
    number = as_decimal(value)
    return format_decimal(number, format="#,##0.####", locale=LOCALE)


def money_figures(value: object) -> str:
    """Money figures: whole amounts without decimals, others with two ("1,000.50")."""
    number = as_decimal(value)
    pattern = "#,##0" if number == number.to_integral_value() else "#,##0.00"
    return format_decimal(number, format=pattern, locale=LOCALE)


def count(value: object, unit: str = "", plural: str = "") -> str:
    """ "thirty (30) days"; "one (1) day"; without a unit, "thirty (30)"."""
    number = as_decimal(value)
    words = f"{number_words(number)} ({figures(number)})"
    if not unit:
        return words
    noun = unit if number == 1 else (plural or f"{unit}s")
    return f"{words} {noun}"


def days(value: object) -> str:
    return count(value, "day")


def business_days(value: object) -> str:
    return count(value, "Business Day")


def months(value: object) -> str:
    return count(value, "month")


def years(value: object) -> str:
    return count(value, "year")


def notice(value: object, unit: str = "day") -> str:
    """ "thirty (30) days' notice", "one (1) day's notice"."""
    counted = count(value, unit)
    return f"{counted}' notice" if counted.endswith("s") else f"{counted}'s notice"


def percent(value: object) -> str:
    """ "fifty per cent (50%)"; "thirty-three point three three per cent (33.33%)"."""
    number = as_decimal(value)
    return f"{number_words(number)} per cent ({figures(number)}%)"


def currency_words(code: str, plural: bool) -> str:
    if code in _CURRENCY_WORDS:
        return _CURRENCY_WORDS[code][1 if plural else 0]
    return get_currency_name(code, count=2 if plural else 1, locale="en")


def money(value: _MoneyLike) -> str:
    """ "EUR 250,000 (two hundred and fifty thousand euros)", cents in words too."""
    amount = as_decimal(value.amount)
    code = value.currency
    whole = int(amount)
    minor = int((amount - whole) * 100)
    words = f"{number_words(whole)} {currency_words(code, whole != 1)}"
    if minor:
        singular, plural_minor = _MINOR_UNIT_WORDS.get(code, ("cent", "cents"))
        words += f" and {number_words(minor)} {singular if minor == 1 else plural_minor}"
    return f"{code} {money_figures(amount)} ({words})"


def amount(value: object, currency: str) -> str:
    """A bare amount in a named currency (tier thresholds are stored without one)."""

    class _Amount:
        def __init__(self) -> None:
            self.amount = as_decimal(value)
            self.currency = currency

    return money(_Amount())


def clock(hour: int) -> str:
    """An hour of the 24-hour clock as contracts write it: 9 -> "9.00 am", 17 -> "5.00 pm",
    12 -> "12.00 noon", 0 and 24 -> "midnight"."""
    if hour % 24 == 0:
        return "midnight"
    if hour == 12:
        return "12.00 noon"
    return f"{hour % 12 or 12}.00 {'am' if hour < 12 else 'pm'}"


#: Places whose English name takes "the": "in the Netherlands", "the laws of the State of
#: New York". A small list a lawyer can extend; matched whole and case-insensitively.
PLACES_WITH_THE: tuple[str, ...] = (
    "European Economic Area",
    "European Union",
    "United Kingdom",
    "United Kingdom of Great Britain and Northern Ireland",
    "United States",
    "United States of America",
    "United Arab Emirates",
    "United Mexican States",
    "Netherlands",
    "Czech Republic",
    "Dominican Republic",
    "Central African Republic",
    "Democratic Republic of the Congo",
    "Philippines",
    "Bahamas",
    "Gambia",
    "Maldives",
    "Seychelles",
    "Comoros",
    "Cayman Islands",
    "British Virgin Islands",
    "Channel Islands",
    "Faroe Islands",
    "Falkland Islands",
    "Marshall Islands",
    "Solomon Islands",
    "Turks and Caicos Islands",
    "Isle of Man",
    "Holy See",
    "Vatican City",
    "Benelux",
    "Nordic countries",
    "Baltic States",
    "Middle East",
    "Americas",
    "Caribbean",
    "Asia-Pacific region",
    "EEA",
    "EU",
    "UK",
    "US",
    "USA",
    "UAE",
)
#: Official names built on a title: "the Republic of Ireland", "the Grand Duchy of Luxembourg".
_TITLED_PLACE = re.compile(r"(?:Republic|State|Commonwealth|Kingdom|Grand Duchy|Principality|Province|Canton) of ")
_PLACES_WITH_THE_FOLDED = frozenset(name.casefold() for name in PLACES_WITH_THE)
#: Where a list of places divides: "France, Germany and the Netherlands".
_PLACE_LIST = re.compile(r"(,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)")


#: What a template already writes before a place, typed again by the user: "in the UK",
#: "the laws of England and Wales" (never "in in the UK", "the laws of the laws of ...").
_PLACE_LEAD_IN = re.compile(r"^(?:in\s+|(?:under\s+)?(?:the\s+)?laws?\s+of\s+)", re.IGNORECASE)
#: The same for a field of activity: "the field of specialty coffee".
_FIELD_LEAD_IN = re.compile(r"^(?:in\s+|within\s+)?(?:the\s+)?fields?\s+of\s+(?:use\s*:?\s*)?", re.IGNORECASE)


def _takes_the(name: str) -> bool:
    return name.casefold() in _PLACES_WITH_THE_FOLDED or bool(_TITLED_PLACE.match(name))


def _one_place(name: str) -> str:
    """One place name with "the" where English puts one; an article already typed is kept
    (lower-cased: it continues a sentence)."""
    if name[:4].casefold() == "the ":
        return f"the {name[4:]}" if _takes_the(name[4:].strip()) else name
    return f"the {name}" if _takes_the(name) else name


def place(value: object) -> str:
    """A place as it reads after "the laws of" or "in": "the Netherlands", "England",
    "the European Economic Area and the United Kingdom". A list ("A, B and C") gives each
    name its own article; a comma alone qualifies a place ("Delaware, United States")."""
    text = _PLACE_LEAD_IN.sub("", str(value).strip(), count=1).strip()
    if _takes_the(text) or _takes_the(text[4:].strip() if text[:4].casefold() == "the " else ""):
        return _one_place(text)
    parts = _PLACE_LIST.split(text)
    if len(parts) == 1 or not re.search(r"\s(?:and|or)\s", text):
        return _one_place(text)
    # Odd positions are the separators; each name between them is treated on its own, so
    # "Bosnia and Herzegovina" and "Trinidad and Tobago" read as they were typed.
    return "".join(part if index % 2 else _one_place(part) for index, part in enumerate(parts))


def field_of(value: object) -> str:
    """A field of activity as it reads after "the field of": a typed "the field of
    specialty coffee" loses its own "the field of"."""
    return _FIELD_LEAD_IN.sub("", str(value).strip(), count=1).strip()


DAY_MONTH_YEAR = "day_month_year"
MONTH_DAY_YEAR = "month_day_year"


def courts(value: object) -> str:
    """Courts as the user typed them, as they read after "jurisdiction of": "England"
    -> "the courts of England"; "the courts of England and Wales" and "the Tokyo District
    Court" are kept (never "the courts of the courts of ...")."""
    text = bare(value)
    if not text:
        return ""
    if re.search(r"\bcourts?\b|\btribunal\b|\bforum\b", text, re.IGNORECASE) or text.casefold().startswith("the "):
        return text[:1].lower() + text[1:] if text.startswith("The ") else text
    return f"the courts of {place(text)}"


def a_or_an(value: object) -> str:
    """The indefinite article for a noun phrase: "an accession agreement"."""
    return "an" if str(value).strip()[:1].casefold() in {"a", "e", "i", "o", "u"} else "a"


def long_date(value: dt.date, style: str = DAY_MONTH_YEAR) -> str:
    """ "1 December 2026", or "December 1, 2026" in the month-first style of US laws."""
    pattern = "MMMM d, y" if style == MONTH_DAY_YEAR else "d MMMM y"
    return format_date(value, format=pattern, locale=LOCALE)


def _american(context: Any) -> bool:
    return getattr(context.get("law"), "spelling", "en-GB") == "en-US"


#: British number words join the hundreds to the rest with "and"; American ones do not
#: ("two hundred fifty thousand"). Only the words a filter wrote are changed, never the
#: "and" before the cents of an amount or anything the user typed.
_BRITISH_AND = re.compile(r"\b(hundred|thousand|million|billion|trillion) and (?=[a-z])")


def american_numbers(text: str) -> str:
    """Number words as American drafting writes them."""
    return _BRITISH_AND.sub(r"\1 ", text)


def _in_profile_style(function: Any) -> Any:
    """A number filter in the words of the agreement's spelling (the profile's ``spelling``)."""

    @pass_context
    def styled(context: Any, *args: Any, **kwargs: Any) -> str:
        text = str(function(*args, **kwargs))
        return american_numbers(text) if _american(context) else text

    styled.__doc__ = function.__doc__
    return styled


@pass_context
def context_percent(context: Any, value: object) -> str:
    """The ``percent`` filter: "per cent" in British drafting, "percent" in American."""
    text = percent(value)
    return american_numbers(text.replace(" per cent ", " percent ")) if _american(context) else text


@pass_context
def context_clock(context: Any, hour: int) -> str:
    """The ``clock`` filter: "9.00 am" in British drafting, "9:00 a.m." in American."""
    text = clock(hour)
    if not _american(context):
        return text
    return text.replace(".00", ":00").replace(" am", " a.m.").replace(" pm", " p.m.")


@pass_context
def context_date(context: Any, value: dt.date) -> str:
    """The ``date`` filter: the date style of the agreement's legal system."""
    law = context.get("law")
    return long_date(value, getattr(law, "date_style", DAY_MONTH_YEAR))


def join_names(values: Iterable[Any], conjunction: str = "and") -> str:
    """ "A", "A and B", "A, B and C" (no serial comma: British drafting)."""
    names = [str(value) for value in values]
    if not names:
        return ""
    if len(names) == 1:
        return names[0]
    return f"{', '.join(names[:-1])} {conjunction} {names[-1]}"


_TERMINAL = (".", "!", "?", ":", ";")


def sentence(value: object) -> str:
    """User text as a whole sentence: trimmed, with a full stop when it lacks one."""
    text = str(value).strip()
    if not text:
        return text
    return text if text.endswith(_TERMINAL) else f"{text}."


def bare(value: object) -> str:
    """User text to be embedded in a sentence: trimmed, trailing punctuation removed."""
    return str(value).strip().rstrip(".;:,").rstrip()


def name(value: object) -> str:
    """A name embedded in a sentence: trimmed, but a full stop that belongs to an
    abbreviation ("Inc.", "sp. z o.o.") is kept."""
    return str(value).strip().rstrip(";:,").rstrip()


def item(value: object, loop: Any, last: str = ".", joiner: str = "; and") -> str:
    """A list entry inside a clause: "...;" for most, "...; and" for the one before last,
    ``last`` after the last (pass the Jinja ``loop``)."""
    text = bare(value)
    if loop.last:
        return f"{text}{last}"
    if loop.revindex == 2:
        return f"{text}{joiner}"
    return f"{text};"


def ending(loop: Any, last: str = ".", joiner: str = "; and") -> str:
    """The punctuation that closes a list entry written by the template itself."""
    if loop.last:
        return last
    return joiner if loop.revindex == 2 else ";"


#: Small words a title leaves in lower case ("Festival of Light and Sound").
_TITLE_SMALL_WORDS = frozenset({"a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "&", "-"})
#: Articles: after the first word they mark an ordinary phrase that merely names an office
#: or a body in capitals ("Consent of the President of UOKiK", "Approval of the Board"),
#: where a title joins its capitalised words directly ("Festival of Light", "Bank of England").
_ARTICLES = frozenset({"a", "an", "the"})


def _reads_as_title(words: list[str]) -> bool:
    """Whether words are a name or title: every word is capitalised or a figure, bar the
    small words a title leaves alone, and either the word after the first is capitalised
    ("Discover Singapore 2027", "Metropolitan France") or the capitalised words are joined
    by small words without an article ("Festival of Light", "Museum of Modern Art"; not
    "Consent of the President of UOKiK", which is a phrase naming an office)."""
    if len(words) < 2:
        return False
    if not all(word[:1].isupper() or word[:1].isdigit() or word.casefold() in _TITLE_SMALL_WORDS for word in words):
        return False
    if words[1][:1].isupper() or words[1][:1].isdigit():
        return True
    capitalised = [word for word in words[1:] if word.casefold() not in _TITLE_SMALL_WORDS]
    return bool(capitalised) and not any(word.casefold() in _ARTICLES for word in words[1:])


def defined_terms(value: object, vocabulary: Sequence[tuple[str, str, str]], has: Callable[[str], bool]) -> str:
    """An answer's loose words in the type's defined terms ("the coordinator" -> "the
    Coordinator"), each only where the clause that defines the term is in the draft. Whole
    words, case-insensitive, longest phrase first so "a party's budget" wins over "party"."""
    text = str(value)
    entries = sorted(((loose, term) for loose, term, needs in vocabulary if not needs or has(needs)),
                     key=lambda entry: -len(entry[0]))  # fmt: skip
    if not entries:
        return text
    pattern = re.compile("|".join(rf"\b{re.escape(loose)}\b" for loose, _ in entries), re.IGNORECASE)
    terms = {loose.casefold(): term for loose, term in entries}
    return pattern.sub(lambda match: terms[match.group(0).casefold()], text)


def lower_first(value: object) -> str:
    """ "Design the stack" -> "design the stack", to follow "shall" or a colon. The first
    letter is lowered only where the first word is an ordinary word of a sentence: not an
    acronym or a name in capitals ("INMA", "EU"), not a word with capitals inside
    ("iPhone", "McKinsey"), and not the first word of a name or title typed in title case
    ("Discover Singapore 2027", "Project Atlas")."""
    text = str(value).strip()
    words = text.split()
    if not words:
        return text
    first = words[0]
    if len(first) > 1 and not first[1:].islower():
        return text
    if _reads_as_title(words):
        return text
    return text[:1].lower() + text[1:]


def fragment(value: object, names: Any = ()) -> str:
    """User text continuing a sentence after a colon or "means": trimmed, first letter
    lowered, unless the text opens with an acronym or with a party's name ("Acme shall
    ..." stays "Acme shall ...")."""
    text = str(value).strip()
    if any(text == name or text.startswith(f"{name} ") or text.startswith(f"{name}'") for name in names):
        return text
    return lower_first(text)


def sentence_like(value: object, names: Any = ()) -> bool:
    """Whether user text reads as a sentence (a party does something) rather than as a
    noun phrase that can follow "means"."""
    text = f" {str(value).strip()} "
    starts_with_party = any(text.strip().startswith(f"{name} ") for name in names)
    return starts_with_party or any(verb in text for verb in (" shall ", " will ", " must ", " may not ", " agrees "))


#: Verbs a purpose typed by the user usually opens with ("develop and maintain ...",
#: "pool order data ..."): such a purpose reads on after "to"; any other text (a noun
#: phrase, a sentence) keeps the colon of "for the following purpose:".
PURPOSE_VERBS = frozenset(
    [
        "build",
        "combine",
        "commercialise",
        "commercialize",
        "co-develop",
        "create",
        "deliver",
        "design",
        "develop",
        "distribute",
        "establish",
        "exchange",
        "explore",
        "grow",
        "improve",
        "integrate",
        "introduce",
        "investigate",
        "invest",
        "jointly",
        "launch",
        "license",
        "maintain",
        "make",
        "manufacture",
        "market",
        "offer",
        "operate",
        "pool",
        "prepare",
        "produce",
        "promote",
        "provide",
        "publish",
        "research",
        "run",
        "sell",
        "share",
        "supply",
        "validate",
        "support",
        "take",
        "test",
        "trial",
        "use",
    ]
)


def purpose_lead(value: object) -> str:
    """The words that lead into a purpose typed by the user: "to " before a verb ("to
    develop and maintain ..."), nothing when it already opens with "to", else "for the
    following purpose: ", so the clause reads as one sentence whatever was typed."""
    words = str(value).strip().split(maxsplit=1)
    first = words[0].rstrip(",;:").casefold() if words else ""
    if first == "to":
        return ""
    return "to " if first in PURPOSE_VERBS else "for the following purpose: "


def upper_first(value: object) -> str:
    text = str(value)
    return text[:1].upper() + text[1:]


#: First words of a company's name too common to stand for it alone ("The", "Joint").
_NOT_A_NAME = frozenset({"the", "joint", "new", "venture"})


def as_company(value: object, company_name: str) -> str:
    """User text with every mention of the joint venture company, by its full name or by
    the leading words of it ("Baltic Sun" for "Baltic Sun Projects sp. z o.o."), read as
    "the Company": the whole mention is replaced, never its first word alone, which
    would leave the rest of the name behind ("the Company Sun")."""
    text = str(value)
    words = company_name.split()
    candidates = [" ".join(words[:count]) for count in range(len(words), 0, -1)]
    first = words[0] if words else ""
    if not (first[:1].isupper() and len(first) > 3 and first.casefold() not in _NOT_A_NAME):
        candidates = candidates[:-1]  # the first word alone is no name here
    if not candidates:
        return text
    # Longest first, so that the alternation takes the whole mention at each place; a part
    # of the name followed by another capitalised word is another name ("Baltic Sea").
    parts = [re.escape(found) + ("" if found == company_name.strip() else r"(?!\s+[A-Z])") for found in candidates]
    pattern = r"(?<!\w)(?:[Tt]he\s+)?(?:" + "|".join(parts) + r")(?!\w)"

    def replace(found: re.Match[str]) -> str:
        # "The" keeps its capital only where it begins a sentence.
        opens = not text[: found.start()].rstrip() or text[: found.start()].rstrip().endswith((".", ":", "?", "!"))
        return "The Company" if opens else "the Company"

    return re.sub(pattern, replace, text)


def related_party_matters(matters: Iterable[Any]) -> list[Any]:
    """The reserved matters (anything with a ``matter`` text) that are contracts between
    the venture and a Party or its affiliates: "Entering contracts with a Party or its
    affiliates". Where the agreement deals with those contracts in a clause of their own
    (services from the Parties, approved with the supplying Party's appointees abstaining),
    the reserved-matters clause leaves them out, so that they are dealt with once."""
    found = []
    for matter in matters:
        low = str(matter.matter).lower()
        if "contract" in low and ("party" in low or "parties" in low or "affiliate" in low):
            found.append(matter)
    return found


def mentioning(duties: Iterable[Any], words: Sequence[str], party: str = "") -> list[Any]:
    """The user's obligations (items with ``party`` and ``description``) of ``party`` (any
    party when empty) whose description names one of ``words`` (whole words, any case):
    the duties a core clause states in the user's own figures instead of its default."""
    pattern = re.compile("|".join(rf"\b{re.escape(word)}" for word in words), re.IGNORECASE) if words else None
    return [
        duty
        for duty in duties
        if (not party or duty.party == party) and pattern is not None and pattern.search(duty.description)
    ]


def not_mentioning(duties: Iterable[Any], words: Sequence[str], party: str = "") -> list[Any]:
    """The obligations of ``party`` that :func:`mentioning` leaves: those no core clause
    has absorbed, drafted as further items of the party's obligations."""
    absorbed = mentioning(duties, words, party)
    return [duty for duty in duties if (not party or duty.party == party) and duty not in absorbed]


_DAYS_STATED = re.compile(r"\b(\d+)\s+(?:calendar\s+|business\s+|working\s+|person-|man-)?days?\b", re.IGNORECASE)


def days_stated(duties: Iterable[Any]) -> int | None:
    """The number of days the first of the user's obligations that states one gives ("give
    20 days of technical support" -> 20; "within 30 days of quarter end" -> 30): the figure
    a core clause takes over when it absorbs the obligation."""
    for duty in duties:
        found = _DAYS_STATED.search(duty.description)
        if found is not None:
            return int(found.group(1))
    return None


_WORKING_DAYS = re.compile(r"\b(\d+)\s+(?:working|business)\s+days?\b", re.IGNORECASE)


def as_business_days(value: object) -> str:
    """ "within 15 working days" -> "within fifteen (15) Business Days": the user's days
    in the defined term the agreement counts in, never an undefined "working days"."""
    return _WORKING_DAYS.sub(lambda found: business_days(int(found.group(1))), str(value))


def band_range(lower: object, upper: object = "") -> str:
    """The words of one band of a scale, given its formatted edges ("" for an open edge):
    "up to and including Y" (the first band), "exceeding X up to and including Y",
    "exceeding X" (the last). Each edge belongs to one band only: "from X up to Y" followed
    by "from Y" left the amount Y in both."""
    low, high = str(lower).strip(), str(upper).strip()
    if low and high:
        return f"exceeding {low} up to and including {high}"
    if high:
        return f"up to and including {high}"
    return f"exceeding {low}" if low else ""


FILTERS: dict[str, Any] = {
    "band_range": band_range,
    "mentioning": mentioning,
    "not_mentioning": not_mentioning,
    "days_stated": days_stated,
    "as_business_days": as_business_days,
    "as_company": as_company,
    "related_party_matters": related_party_matters,
    "base_rate": base_rate,
    "exchange_rate": exchange_rate,
    "words": _in_profile_style(number_words),
    "figures": figures,
    "count": _in_profile_style(count),
    "days": _in_profile_style(days),
    "business_days": _in_profile_style(business_days),
    "months": _in_profile_style(months),
    "years": _in_profile_style(years),
    "percent": context_percent,
    "notice": notice,
    "money": _in_profile_style(money),
    "amount": _in_profile_style(amount),
    "date": context_date,
    "place": place,
    "field_of": field_of,
    "courts": courts,
    "a_or_an": a_or_an,
    "clock": context_clock,
    "names": join_names,
    "sentence": sentence,
    "bare": bare,
    "name": name,
    "item": item,
    "lower_first": lower_first,
    "defined_terms": defined_terms,
    "fragment": fragment,
    "sentence_like": sentence_like,
    "upper_first": upper_first,
    "purpose_lead": purpose_lead,
}

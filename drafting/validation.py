"""Turn raw draft data into ``AgreementTerms`` and every problem into a plain sentence
with the field path ("parties[2].notice_email: 'bob@' is not an e-mail address").

Two kinds of problem: the data does not fit the model (wrong type, bad e-mail, a
reference to a party that does not exist), or a field the agreement needs is still
empty. A draft with only the second kind still loads, so a half-finished draft can be
saved; ``validate_draft`` reports both.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from drafting.json_input import InputRefusedError, decode, read_text
from drafting.law import NEUTRAL
from drafting.terms import REQUIRED_KEY, SCHEMA_VERSION, AgreementTerms
from drafting.terms.law import GoverningLaw
from drafting.terms.migrations import upgrade_terms


@dataclass(frozen=True, slots=True)
class Problem:
    """One thing to fix, with the path of the field it concerns."""

    path: str
    message: str

    def __str__(self) -> str:
        return f"{self.path}: {self.message}" if self.path else self.message


class TermsError(ValueError):
    """The draft cannot be read as agreement terms; ``problems`` lists why."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(problem) for problem in problems))


def format_path(loc: tuple[str | int, ...]) -> str:
    """``("parties", 2, "notice_email")`` -> ``"parties[2].notice_email"``."""
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path += f".{part}" if path else str(part)
    return path


def _shown(value: Any) -> str:
    text = value if isinstance(value, str) else json.dumps(value, default=str)
    if len(text) > 60:
        text = text[:57] + "..."
    return f"'{text}'"


def _sentence(error: ErrorDetails) -> str:
    kind = error["type"]
    ctx = error.get("ctx") or {}
    value = error.get("input")
    messages: dict[str, str] = {
        "missing": "is required; fill it in",
        "extra_forbidden": "is not a known field; check its spelling or remove it",
        "enum": f"{_shown(value)} is not one of: {ctx.get('expected', '')}",
        "decimal_parsing": f"{_shown(value)} is not a number",
        "decimal_type": f"{_shown(value)} is not a number",
        "int_parsing": f"{_shown(value)} is not a whole number",
        "int_type": f"{_shown(value)} is not a whole number",
        "int_from_float": f"{_shown(value)} is not a whole number",
        "bool_parsing": f"{_shown(value)} is not yes or no (write true or false)",
        "bool_type": f"{_shown(value)} is not yes or no (write true or false)",
        "date_parsing": f"{_shown(value)} is not a date; write it as YYYY-MM-DD",
        "date_from_datetime_parsing": f"{_shown(value)} is not a date; write it as YYYY-MM-DD",
        "date_type": f"{_shown(value)} is not a date; write it as YYYY-MM-DD",
        "string_type": "must be text",
        "model_type": "must be a group of fields ({...})",
        "model_attributes_type": "must be a group of fields ({...})",
        "dict_type": "must be a group of fields ({...})",
        "tuple_type": "must be a list ([...])",
        "list_type": "must be a list ([...])",
        "greater_than_equal": f"must be at least {ctx.get('ge')}",
        "greater_than": f"must be more than {ctx.get('gt')}",
        "less_than_equal": f"must be at most {ctx.get('le')}",
        "less_than": f"must be less than {ctx.get('lt')}",
        "string_too_short": "cannot be empty",
        "string_too_long": f"is too long (at most {ctx.get('max_length')} characters)",
        "too_short": f"needs at least {ctx.get('min_length')} entries",
        "too_long": f"can have at most {ctx.get('max_length')} entries",
        "decimal_max_places": f"has more than {ctx.get('decimal_places')} decimal places",
        "decimal_max_digits": "is too large",
    }
    if kind in messages:
        return messages[kind]
    if kind == "value_error":
        return str(ctx.get("error", error["msg"]))
    return str(error["msg"])


def problems_from_error(error: ValidationError) -> list[Problem]:
    problems: list[Problem] = []
    for detail in error.errors(include_url=False):
        path = format_path(tuple(detail["loc"]))
        sentence = _sentence(detail)
        if detail["type"] == "value_error" and not path:
            # Whole-model checks put "path: sentence" lines into one error.
            for line in sentence.splitlines():
                field, _, message = line.partition(": ")
                problems.append(Problem(field, message) if message else Problem("", line))
        elif detail["type"] in {"too_short", "too_long"} and _has_inner_errors(error, detail["loc"]):
            # A list with an invalid entry also looks too short to pydantic; the entry's
            # own error is the one that tells the user what to fix.
            continue
        else:
            problems.append(Problem(path, sentence))
    return problems


def _has_inner_errors(error: ValidationError, loc: tuple[str | int, ...]) -> bool:
    return any(
        len(other["loc"]) > len(loc) and tuple(other["loc"][: len(loc)]) == loc
        for other in error.errors(include_url=False)
    )


def parse_terms(data: str | bytes | Mapping[str, Any]) -> AgreementTerms:
    """Build terms from JSON text or a mapping; raise ``TermsError`` listing every problem."""
    try:
        if isinstance(data, str | bytes):
            data = data.decode("utf-8") if isinstance(data, bytes) else data
            raw = decode(data)  # BOM, duplicate keys, NaN, depth, text length, lone surrogates
            data = data.removeprefix("\ufeff")
            if isinstance(raw, dict) and raw.get("schema_version", 1) != SCHEMA_VERSION:
                return AgreementTerms.model_validate(upgrade_terms(raw))
            return AgreementTerms.model_validate_json(data)
        if data.get("schema_version", 1) != SCHEMA_VERSION:
            return AgreementTerms.model_validate(upgrade_terms(dict(data)))
        return AgreementTerms.model_validate(data)
    except ValidationError as error:
        raise TermsError(problems_from_error(error)) from None
    except json.JSONDecodeError as error:
        raise TermsError(
            [Problem("", f"not valid JSON ({error.msg} at line {error.lineno}, column {error.colno})")]
        ) from None
    except RecursionError:
        raise TermsError([Problem("", "the draft is nested too deeply to be a Pactwright draft")]) from None
    except InputRefusedError as refused:
        raise TermsError([Problem(refused.problem.path, refused.problem.message)]) from None
    except UnicodeDecodeError:
        raise TermsError([Problem("", "the draft is not UTF-8 text")]) from None
    except ValueError as error:  # an unknown or newer schema version
        raise TermsError([Problem("schema_version", str(error))]) from None


def _is_empty(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def missing_required(model: BaseModel, path: str = "") -> Iterator[Problem]:
    """Every field marked required-before-export that is still empty."""
    for name, field in type(model).model_fields.items():
        value = getattr(model, name)
        field_path = f"{path}.{name}" if path else name
        extra = field.json_schema_extra
        if isinstance(value, GoverningLaw):
            if not value.profile:
                yield Problem(field_path, "is empty; choose the law that governs the agreement")
            elif value.profile == NEUTRAL and not value.other.strip():
                yield Problem(f"{field_path}.other", "is empty; name the law that governs the agreement")
        elif isinstance(extra, dict) and extra.get(REQUIRED_KEY) and _is_empty(value):
            hint = f" ({field.description})" if field.description else ""
            yield Problem(field_path, f"is empty; the agreement needs it{hint}")
        elif isinstance(value, BaseModel):
            yield from missing_required(value, field_path)
        elif isinstance(value, tuple):
            for index, item in enumerate(value):
                if isinstance(item, BaseModel):
                    yield from missing_required(item, f"{field_path}[{index}]")


def validate_draft(data: str | bytes | Mapping[str, Any]) -> tuple[AgreementTerms | None, list[Problem]]:
    """Parse a draft and list every problem: structural ones, then empty required fields."""
    try:
        terms = parse_terms(data)
    except TermsError as error:
        return None, error.problems
    return terms, list(missing_required(terms))


def read_draft_file(path: Path) -> str:
    """The text of a draft file, or a ``TermsError`` a person can act on."""
    try:
        text = read_text(path)  # an ordinary file, within the size limit, BOM dropped
    except InputRefusedError as refused:
        raise TermsError([Problem("", f"{path}: {refused.problem.message}")]) from None
    except FileNotFoundError:
        raise TermsError([Problem("", f"{path}: no such file")]) from None
    except IsADirectoryError:
        raise TermsError([Problem("", f"{path}: is a folder, not a draft file")]) from None
    except PermissionError:
        raise TermsError([Problem("", f"{path}: permission denied")]) from None
    except UnicodeDecodeError:
        raise TermsError([Problem("", f"{path}: is not a UTF-8 text file")]) from None
    except OSError as error:
        raise TermsError([Problem("", f"{path}: cannot be read ({error.strerror or error})")]) from None
    try:
        decode(text)
    except InputRefusedError as refused:
        where = f"{path}: {refused.problem.path}" if refused.problem.path else str(path)
        raise TermsError([Problem("", f"{where}: {refused.problem.message}")]) from None
    except json.JSONDecodeError as error:
        message = f"{path}: is not valid JSON ({error.msg} at line {error.lineno}, column {error.colno})"
        raise TermsError([Problem("", message)]) from None
    return text


def load_terms_file(path: Path) -> AgreementTerms:
    """Read and parse a draft file; ``TermsError`` lists every problem."""
    return parse_terms(read_draft_file(path))

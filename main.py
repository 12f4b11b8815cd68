"""Pactwright's composition root: parse the command line, then either start the
desktop app or run one headless command (validate, review, schema, ...).

Exit codes: 0 success, 1 the draft has problems, 2 a usage error.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import NoReturn

from drafting.terms import AgreementTerms
from drafting.validation import TermsError, parse_terms, read_draft_file, validate_draft
from drafting.version import __version__
from storage.location import DATA_DIR_ENV, resolve_data_dir

EXIT_OK = 0
EXIT_PROBLEMS = 1
EXIT_USAGE = 2


class UsageError(Exception):
    """A mistake in how the command was called; printed as one line, exit 2."""


class _Parser(argparse.ArgumentParser):
    # argparse prints the whole usage block and a traceback-free exit 2; we want one line.
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{self.prog}: {message} (try --help)")


def _cmd_validate(args: argparse.Namespace) -> int:
    try:
        text = read_draft_file(Path(args.draft))
    except TermsError as error:
        raise UsageError(str(error)) from None
    _, problems = validate_draft(text)
    if not problems:
        print(f"{args.draft}: valid")
        return EXIT_OK
    print(f"{args.draft}: {len(problems)} problem(s)", file=sys.stderr)
    for problem in problems:
        print(f"  {problem}", file=sys.stderr)
    return EXIT_PROBLEMS


def _print_problems(draft: str, problems: Sequence[object]) -> None:
    print(f"{draft}: {len(problems)} problem(s)", file=sys.stderr)
    for problem in problems:
        print(f"  {problem}", file=sys.stderr)


def _counted(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _cmd_review(args: argparse.Namespace) -> int:
    import textwrap

    from drafting.review import Severity, has_errors, review

    try:
        terms, problems = validate_draft(read_draft_file(Path(args.draft)))
    except TermsError as error:
        terms, problems = None, error.problems
    if terms is None:
        _print_problems(args.draft, problems)
        return EXIT_PROBLEMS
    findings = review(terms)
    by_severity = {severity: [found for found in findings if found.severity is severity] for severity in Severity}
    counts = ", ".join(_counted(len(found), str(severity)) for severity, found in by_severity.items())
    print(f"{args.draft}: {counts}" + (f", {_counted(len(problems), 'empty field')}" if problems else ""))
    if problems:
        print("\nEMPTY FIELDS THE AGREEMENT NEEDS")
        for problem in problems:
            print(f"  {problem}")
    for severity, found in by_severity.items():
        if not found:
            continue
        print(f"\n{severity.upper()}S")
        for finding in found:
            print(f"  {finding.path or '(whole agreement)'}  [{finding.rule_id}]")
            print(textwrap.fill(finding.message, width=100, initial_indent="    ", subsequent_indent="    "))
            print(textwrap.fill(f"Fix: {finding.fix}", width=100, initial_indent="    ", subsequent_indent="    "))
    return EXIT_PROBLEMS if problems or has_errors(findings) else EXIT_OK


def _cmd_schema(args: argparse.Namespace) -> int:
    print(json.dumps(AgreementTerms.model_json_schema(), indent=2))
    return EXIT_OK


def _cmd_render(args: argparse.Namespace) -> int:
    from drafting.engine import ClauseRenderError
    from drafting.export import FORMATS, ExportRefused, FormatUnavailableError, export_agreement

    formats = [name.strip().lower() for name in args.format.split(",") if name.strip()]
    unknown = [name for name in formats if name not in FORMATS]
    if not formats or unknown:
        raise UsageError(f"pactwright render: --format takes a comma-separated list of {', '.join(FORMATS)}")
    try:
        terms = parse_terms(read_draft_file(Path(args.draft)))
    except TermsError as error:
        print(f"{args.draft}: {len(error.problems)} problem(s)", file=sys.stderr)
        for problem in error.problems:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_PROBLEMS
    try:
        written = export_agreement(terms, Path(args.out), formats, draft=args.draft_mode, comments=not args.no_notes)
    except ExportRefused as refused:
        print(f"{args.draft}: not rendered, {refused}:", file=sys.stderr)
        for finding in refused.findings:
            where = f"{finding.path}: " if finding.path else ""
            print(f"  {finding.severity}: {where}{finding.message} {finding.fix}".rstrip(), file=sys.stderr)
        return EXIT_PROBLEMS
    except (FormatUnavailableError, ClauseRenderError) as error:
        print(f"{args.draft}: {error}", file=sys.stderr)
        return EXIT_PROBLEMS
    except OSError as error:
        print(f"{args.out}: cannot write ({error.strerror or error})", file=sys.stderr)
        return EXIT_PROBLEMS
    for path in written:
        print(path)
    return EXIT_OK


def _cmd_app(args: argparse.Namespace) -> int:
    from ui.app import run_app  # Qt is loaded only when the app is started.

    return run_app(resolve_data_dir(args.data_dir))


Command = Callable[[argparse.Namespace], int]


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="pactwright", description="Draft strategic alliance agreements.")
    parser.add_argument("--version", action="version", version=f"Pactwright {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=f"where the drafts database lives (default: ${DATA_DIR_ENV}, else the user data folder)",
    )
    parser.set_defaults(handler=_cmd_app)
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", parser_class=_Parser)

    validate = commands.add_parser("validate", help="check a draft JSON file; exit 1 listing every problem")
    validate.add_argument("draft", metavar="DRAFT.json")
    validate.set_defaults(handler=_cmd_validate)

    review = commands.add_parser(
        "review", help="check a draft for legal and commercial risks; exit 1 if there are errors"
    )
    review.add_argument("draft", metavar="DRAFT.json")
    review.set_defaults(handler=_cmd_review)

    render = commands.add_parser("render", help="write the agreement as DOCX, PDF and/or HTML files")
    render.add_argument("draft", metavar="DRAFT.json")
    render.add_argument("--out", required=True, metavar="DIR", help="folder for the files (created if missing)")
    render.add_argument(
        "--format", default="html", metavar="LIST", help="comma-separated: docx,pdf,html (default html)"
    )
    render.add_argument(
        "--draft",
        dest="draft_mode",
        action="store_true",
        help='render despite review errors, marked "DRAFT \u2014 open points" with the points in a schedule',
    )
    render.add_argument("--no-notes", action="store_true", help="leave the drafting notes out")
    render.set_defaults(handler=_cmd_render)

    schema = commands.add_parser("schema", help="print the JSON Schema of a draft")
    schema.set_defaults(handler=_cmd_schema)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        handler: Command = args.handler
        return handler(args)
    except UsageError as error:
        print(error, file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # Output piped into `head` and the like: not an error worth a traceback.
        sys.stderr.close()
        return EXIT_OK


if __name__ == "__main__":
    sys.exit(main())

"""Pactwright's composition root: parse the command line, then either start the
desktop app or run one headless command (validate, review, schema, ...).

Exit codes: 0 success, 1 the draft has problems, 2 a usage error.
"""

from __future__ import annotations

import argparse
import json
import sys
import warnings
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from drafting.terms import AgreementTerms, AllianceModel
from drafting.validation import TermsError, parse_terms, read_draft_file, validate_draft
from drafting.version import __version__
from storage.errors import DatabaseInUseError, DatabaseRecoveredWarning, ReadOnlyMediaError, StorageError
from storage.location import DATA_DIR_ENV, resolve_data_dir
from storage.models import DraftSort
from storage.repository import DraftRepository

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
        # The same exit code as review and render for the same file.
        _print_problems(args.draft, error.problems)
        return EXIT_PROBLEMS
    _, problems = validate_draft(text)
    if not problems:
        print(f"{args.draft}: valid")
        return EXIT_OK
    print(f"{args.draft}: {_count(len(problems), 'problem')}", file=sys.stderr)
    for problem in problems:
        print(f"  {problem}", file=sys.stderr)
    return EXIT_PROBLEMS


def _print_problems(draft: str, problems: Sequence[object]) -> None:
    print(f"{draft}: {_count(len(problems), 'problem')}", file=sys.stderr)
    for problem in problems:
        print(f"  {problem}", file=sys.stderr)


def _counted(count: int, noun: str) -> str:
    return f"{count} {noun}" if count == 1 else f"{count} {noun}s"


def _wizard_page(path: str) -> str | None:
    """The title of the wizard page where the answer at ``path`` is changed."""
    from ui.wizard.page_index import page_for

    page = page_for(path)
    return page.title if page else None


def _cmd_review(args: argparse.Namespace) -> int:
    from drafting.review import has_errors, review
    from drafting.review.report import as_json, as_text

    try:
        terms, problems = validate_draft(read_draft_file(Path(args.draft)))
    except TermsError as error:
        terms, problems = None, error.problems
    if terms is None:
        _print_problems(args.draft, problems)
        return EXIT_PROBLEMS
    findings = review(terms)
    empty = [str(problem) for problem in problems]
    if args.json:
        print(as_json(args.draft, findings, empty))
    else:
        print(as_text(args.draft, findings, empty, page_of=_wizard_page, verbose=args.verbose))
    return EXIT_PROBLEMS if problems or has_errors(findings) else EXIT_OK


def _cmd_schema(args: argparse.Namespace) -> int:
    print(json.dumps(AgreementTerms.model_json_schema(), indent=2))
    return EXIT_OK


def _formats(args: argparse.Namespace) -> list[str]:
    from drafting.export import FORMATS

    formats = [name.strip().lower() for name in args.format.split(",") if name.strip()]
    if not formats or any(name not in FORMATS for name in formats):
        raise UsageError(f"pactwright render: --format takes a comma-separated list of {', '.join(FORMATS)}")
    return formats


def _lawyer_copy(args: argparse.Namespace) -> bool:
    """--copy lawyer (the default: drafting notes as comments) or --copy clean (for the
    other side: no notes, no open points); --no-notes is the older spelling of clean."""
    if args.no_notes and args.copy == "lawyer":
        raise UsageError("pactwright render: --no-notes makes a clean copy; it cannot go with --copy lawyer")
    return not args.no_notes and args.copy != "clean"


def _export(terms: AgreementTerms, args: argparse.Namespace, label: str, **options: Any) -> list[Path] | int:
    """The files written (then the key-terms summary, with --summary), or the exit code
    after saying why nothing was."""
    from drafting.engine import ClauseRenderError
    from drafting.export import ExportRefused, FormatUnavailableError, export_agreement

    try:
        written = export_agreement(
            terms, Path(args.out), _formats(args), draft=args.draft_mode, comments=_lawyer_copy(args),
            paper=args.paper, **options,
        )  # fmt: skip
        if args.summary and written:
            from drafting.summary import export_summary

            summary_options = {key: value for key, value in options.items() if key in {"created", "overrides"}}
            written += export_summary(
                terms, Path(args.out), _formats(args), written[0].stem, draft=args.draft_mode, **summary_options
            )
        return written
    except ExportRefused as refused:
        print(f"{label}: not rendered, {refused}:", file=sys.stderr)
        for finding in refused.findings:
            where = f"{finding.path}: " if finding.path else ""
            print(f"  {finding.severity}: {where}{finding.message} {finding.fix}".rstrip(), file=sys.stderr)
        return EXIT_PROBLEMS
    except (FormatUnavailableError, ClauseRenderError) as error:
        print(f"{label}: {error}", file=sys.stderr)
        return EXIT_PROBLEMS
    except OSError as error:
        # Name the file at fault: usually the output folder, but it may be a missing data
        # file of an incomplete installation.
        where = error.filename or args.out
        print(f"{where}: cannot write the agreement ({error.strerror or error})", file=sys.stderr)
        return EXIT_PROBLEMS


def _cmd_render(args: argparse.Namespace) -> int:
    from drafting.files import protected_folder

    _formats(args)  # a usage error before anything is read
    with protected_folder(resolve_data_dir(args.data_dir)):  # never write into the drafts' folder
        return _render_file(args)


def _render_file(args: argparse.Namespace) -> int:
    try:
        terms = parse_terms(read_draft_file(Path(args.draft)))
    except TermsError as error:
        print(f"{args.draft}: {_count(len(error.problems), 'problem')}", file=sys.stderr)
        for problem in error.problems:
            print(f"  {problem}", file=sys.stderr)
        return EXIT_PROBLEMS
    written = _export(terms, args, args.draft)
    if isinstance(written, int):
        return written
    for path in written:
        print(path)
    return EXIT_OK


def _cmd_render_network(args: argparse.Namespace) -> int:
    from drafting.files import protected_folder
    from drafting.network_cli import render_network

    formats = _formats(args)
    with protected_folder(resolve_data_dir(args.data_dir)):
        try:
            terms = parse_terms(read_draft_file(Path(args.draft)))
        except TermsError as error:
            _print_problems(args.draft, error.problems)
            return EXIT_PROBLEMS
        return render_network(
            terms, Path(args.partners), Path(args.out), formats, draft=args.draft_mode, comments=not args.no_notes
        )


def _cmd_app(args: argparse.Namespace) -> int:
    from ui.app import run_app  # Qt is loaded only when the app is started.

    return run_app(resolve_data_dir(args.data_dir))


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}" if number == 1 else f"{number} {noun}s"


def _printable(text: str) -> str:
    # Titles are user text: keep control characters from driving the terminal.
    return "".join(char if char.isprintable() else "?" for char in text)


def _run_drafts(args: argparse.Namespace, action: Callable[[DraftRepository], int], *, changes: bool) -> int:
    """Open the drafts (read-only beside a running app when only reading), run, report."""
    data_dir = resolve_data_dir(args.data_dir)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DatabaseRecoveredWarning)  # the report is printed below
        try:
            try:
                repo = DraftRepository.open(data_dir)
            except DatabaseInUseError as error:
                if changes:
                    raise
                print(f"note: {error} Showing them read-only.", file=sys.stderr)
                repo = DraftRepository.open(data_dir, read_only=True)
            except ReadOnlyMediaError as error:
                if changes:
                    raise
                print(f"note: {error}", file=sys.stderr)
                repo = DraftRepository.open(data_dir, read_only=True)
            with repo:
                if repo.recovery_report is not None:
                    print(repo.recovery_report, file=sys.stderr)
                return action(repo)
        except StorageError as error:
            print(f"pactwright: {error}", file=sys.stderr)
            return EXIT_PROBLEMS


def _cmd_drafts_list(args: argparse.Namespace) -> int:
    def action(repo: DraftRepository) -> int:
        model = AllianceModel(args.model) if args.model else None
        found = repo.list(args.search, model=model, sort=DraftSort(args.sort), trashed=args.trash)
        for summary in found:
            modified = summary.modified.astimezone().strftime("%Y-%m-%d %H:%M")
            parties = _printable(" / ".join(summary.party_names))
            print(f"{summary.id}  {modified}  {summary.model.value:<15}  {_printable(summary.title)}  [{parties}]")
        if not found:
            print("no drafts in the trash" if args.trash else "no drafts", file=sys.stderr)
        return EXIT_OK

    return _run_drafts(args, action, changes=False)


def _cmd_drafts_show(args: argparse.Namespace) -> int:
    def action(repo: DraftRepository) -> int:
        draft_id = repo.find_id(args.id)
        # "is not None": --version 0 is a version that does not exist, not "the latest".
        latest = args.version is None
        terms = repo.get(draft_id).terms if latest else repo.get_version(draft_id, args.version).terms
        print(terms.to_json())
        return EXIT_OK

    return _run_drafts(args, action, changes=False)


def _cmd_drafts_history(args: argparse.Namespace) -> int:
    def action(repo: DraftRepository) -> int:
        for info in repo.history(repo.find_id(args.id)):
            saved = info.saved_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
            print(f"v{info.number:<4} {saved}  {_printable(info.note)}".rstrip())
        return EXIT_OK

    return _run_drafts(args, action, changes=False)


def _one_line(text: str, limit: int = 160) -> str:
    flat = _printable(" ".join(text.split()) if "\n" in text or "\t" in text or "\r" in text else text)
    return flat if len(flat) <= limit else flat[: limit - 1] + "\u2026"


def _cmd_drafts_compare(args: argparse.Namespace) -> int:
    from drafting.compare import compare_agreements, diff_html
    from drafting.docx_writer import write_redline_docx
    from drafting.engine import ClauseRenderError, DanglingReferenceError, UnknownOverrideError, assemble_agreement
    from drafting.files import write_bytes_atomically

    def action(repo: DraftRepository) -> int:
        draft_id = repo.find_id(args.id)
        old_number = args.old_version
        new_number = args.new_version if args.new_version is not None else repo.history(draft_id)[-1].number
        changes = repo.compare_versions(draft_id, old_number, new_number)
        for change in changes:
            print(f"{change.path}: {_one_line(change.before)} -> {_one_line(change.after)}")
        if not changes:
            print(f"no changes to the terms between v{old_number} and v{new_number}", file=sys.stderr)
        if not (args.docx or args.html):
            return EXIT_OK
        overrides = repo.clause_overrides() or None
        # Every version from V1 to V2: each change is dated by the version that made it.
        step = 1 if new_number >= old_number else -1
        numbers = range(old_number, new_number + step, step)
        try:
            versions = [
                (assemble_agreement(v.terms, version=str(n), overrides=overrides), v.info.saved_at)
                for n in numbers
                for v in (repo.get_version(draft_id, n),)
            ]
        except (ClauseRenderError, UnknownOverrideError, DanglingReferenceError) as error:
            print(f"pactwright: cannot assemble the agreement: {_one_line(str(error))}", file=sys.stderr)
            return EXIT_PROBLEMS
        old, new = versions[0][0], versions[-1][0]

        def write_html(path: Path) -> None:
            write_bytes_atomically(path, diff_html(compare_agreements(old, new)).encode("utf-8"))

        def write_docx(path: Path) -> None:
            write_redline_docx(old, new, path, date=versions[-1][1], history=versions[1:])

        writers: list[tuple[str | None, Callable[[Path], None]]] = [(args.docx, write_docx), (args.html, write_html)]
        for target, write in writers:
            if not target:
                continue
            try:
                write(Path(target))
            except OSError as error:
                print(f"{target}: cannot write ({error.strerror or error})", file=sys.stderr)
                return EXIT_PROBLEMS
            print(f"wrote {target}")
        return EXIT_OK

    return _run_drafts(args, action, changes=False)


def _cmd_drafts_render(args: argparse.Namespace) -> int:
    from drafting.file_names import SUMMARY_SUFFIX
    from storage.export_history import records_for

    _formats(args)

    def action(repo: DraftRepository) -> int:
        draft_id = repo.find_id(args.id)
        number = repo.history(draft_id)[-1].number if args.version is None else args.version
        version = repo.get_version(draft_id, number)
        overrides = repo.clause_overrides() or None
        written = _export(version.terms, args, f"v{number}", overrides=overrides, created=version.info.saved_at)
        if isinstance(written, int):
            return written
        if repo.read_only:
            # Rendering only reads the drafts; the history of exports is a courtesy.
            print(
                "note: the drafts are read-only, so this export is not added to the draft's history.", file=sys.stderr
            )
        else:
            options = {"comments": _lawyer_copy(args), "draft": args.draft_mode, "paper": args.paper}
            agreement = [path for path in written if not path.stem.endswith(SUMMARY_SUFFIX)]  # the summary: not kept
            for record in records_for(draft_id, number, agreement, overrides=overrides, **options):
                repo.record_export(record)
        for path in written:
            print(path)
        return EXIT_OK

    return _run_drafts(args, action, changes=False)


def _cmd_drafts_exports(args: argparse.Namespace) -> int:
    from storage.export_history import recreate_export

    if args.recreate is not None and not args.out:
        raise UsageError("pactwright drafts exports: --recreate needs --out DIR")

    def action(repo: DraftRepository) -> int:
        draft_id = repo.find_id(args.id)
        records = repo.exports(draft_id)
        if args.recreate is None:
            for index, record in enumerate(records, start=1):
                when = record.exported_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
                marking = ", draft" if record.draft_marking else ""
                paper = f", {record.paper}" if record.paper else ""
                print(
                    f"#{index:<3} v{record.version:<4} {when}  {record.format.upper():<4} "
                    f"{record.copy_label}{marking}{paper}  {_printable(record.file_name)}  sha256:{record.sha256}"
                )
            if not records:
                print("no exports recorded for this draft", file=sys.stderr)
            return EXIT_OK
        if not 1 <= args.recreate <= len(records):
            print(f"pactwright: there is no export #{args.recreate} (see drafts exports {args.id})", file=sys.stderr)
            return EXIT_PROBLEMS
        record = records[args.recreate - 1]
        version = repo.get_version(draft_id, record.version)
        try:
            again = recreate_export(version.terms, version.info.saved_at, record, Path(args.out))
        except OSError as error:
            print(f"{error.filename or args.out}: cannot write ({error.strerror or error})", file=sys.stderr)
            return EXIT_PROBLEMS
        print(again.path)
        if not again.matches:
            print(
                f"pactwright: the file differs from the one exported (sha256 {again.sha256}, recorded "
                f"{record.sha256}; made by Pactwright {record.app_version or 'unknown'})",
                file=sys.stderr,
            )
            return EXIT_PROBLEMS
        print(f"identical to the export of {record.exported_at.astimezone():%Y-%m-%d %H:%M} (sha256 {again.sha256})")
        return EXIT_OK

    return _run_drafts(args, action, changes=False)


def _cmd_drafts_export(args: argparse.Namespace) -> int:
    def action(repo: DraftRepository) -> int:
        repo.export_draft(repo.find_id(args.id), Path(args.file))
        print(f"exported to {args.file}")
        return EXIT_OK

    return _run_drafts(args, action, changes=False)


def _cmd_drafts_import(args: argparse.Namespace) -> int:
    def action(repo: DraftRepository) -> int:
        summary = repo.import_draft(Path(args.file))
        print(f"imported {summary.id}  {_printable(summary.title)} ({_count(summary.version_count, 'version')})")
        return EXIT_OK

    return _run_drafts(args, action, changes=True)


def _cmd_drafts_delete(args: argparse.Namespace) -> int:
    def action(repo: DraftRepository) -> int:
        draft_id = repo.find_id(args.id)
        repo.delete(draft_id)
        print(f"moved {draft_id} to the trash (undo: drafts restore {draft_id[:8]})")
        return EXIT_OK

    return _run_drafts(args, action, changes=True)


def _cmd_drafts_restore(args: argparse.Namespace) -> int:
    def action(repo: DraftRepository) -> int:
        draft_id = repo.find_id(args.id)
        repo.restore(draft_id)
        print(f"restored {draft_id} from the trash")
        return EXIT_OK

    return _run_drafts(args, action, changes=True)


def _add_render_options(command: _Parser) -> None:
    command.add_argument("--out", required=True, metavar="DIR", help="folder for the files (created if missing)")
    command.add_argument(
        "--format", default="html", metavar="LIST", help="comma-separated: docx,pdf,html (default html)"
    )
    command.add_argument(
        "--draft",
        dest="draft_mode",
        action="store_true",
        help='render despite review errors, marked "DRAFT \u2014 open points" with the points in a schedule',
    )
    command.add_argument(
        "--copy",
        choices=["lawyer", "clean"],
        default=None,
        help="lawyer: drafting notes as Word comments and open points (default); "
        "clean: for the other side, no notes, no comments, no open points",
    )
    command.add_argument("--no-notes", action="store_true", help="the same as --copy clean")
    command.add_argument(
        "--summary", action="store_true", help="also write the one-page key-terms summary (docx and/or pdf)"
    )
    command.add_argument("--paper", choices=["A4", "Letter"], help="paper size (default: the agreement's own)")


def _add_drafts_commands(commands: argparse._SubParsersAction[_Parser]) -> None:
    drafts = commands.add_parser("drafts", help="list, show, compare, export, import and trash stored drafts")
    actions = drafts.add_subparsers(title="drafts commands", metavar="ACTION", parser_class=_Parser, required=True)
    listing = actions.add_parser("list", help="id, modified, model, title and parties of each draft")
    listing.add_argument("--search", default="", metavar="TEXT", help="words to find in titles, parties, model")
    listing.add_argument("--model", choices=[model.value for model in AllianceModel])
    listing.add_argument("--sort", default=DraftSort.MODIFIED_DESC.value, choices=[sort.value for sort in DraftSort])
    listing.add_argument("--trash", action="store_true", help="list the drafts in the trash instead")
    listing.set_defaults(handler=_cmd_drafts_list)
    show = actions.add_parser("show", help="print a draft's terms as JSON (latest version unless --version)")
    show.add_argument("id", metavar="ID", help="the draft id, or enough of its start to be unique")
    show.add_argument("--version", type=int, metavar="N")
    show.set_defaults(handler=_cmd_drafts_show)
    for name, handler, text in (
        ("history", _cmd_drafts_history, "list a draft's saved versions"),
        ("delete", _cmd_drafts_delete, "move a draft to the trash"),
        ("restore", _cmd_drafts_restore, "bring a draft back from the trash"),
    ):
        command = actions.add_parser(name, help=text)
        command.add_argument("id", metavar="ID", help="the draft id, or enough of its start to be unique")
        command.set_defaults(handler=handler)
    compare = actions.add_parser("compare", help="list the terms changed between two versions (V2: the latest)")
    compare.add_argument("id", metavar="ID", help="the draft id, or enough of its start to be unique")
    compare.add_argument("old_version", metavar="V1", type=int)
    compare.add_argument("new_version", metavar="V2", type=int, nargs="?")
    compare.add_argument("--docx", metavar="FILE", help="also write V2 as Word with the changes as tracked changes")
    compare.add_argument("--html", metavar="FILE", help="also write the agreement text compared, as an HTML page")
    compare.set_defaults(handler=_cmd_drafts_compare)
    export = actions.add_parser("export", help="write a draft with its whole history to a JSON file")
    export.add_argument("id", metavar="ID")
    export.add_argument("file", metavar="FILE.json")
    export.set_defaults(handler=_cmd_drafts_export)
    rendering = actions.add_parser("render", help="write a saved version as DOCX/PDF/HTML and record the export")
    rendering.add_argument("id", metavar="ID", help="the draft id, or enough of its start to be unique")
    rendering.add_argument("--version", type=int, metavar="N", help="the version to export (default: the latest)")
    _add_render_options(rendering)
    rendering.set_defaults(handler=_cmd_drafts_render)
    exports = actions.add_parser("exports", help="list the recorded exports of a draft, or write one again")
    exports.add_argument("id", metavar="ID", help="the draft id, or enough of its start to be unique")
    exports.add_argument("--recreate", type=int, metavar="N", help="write export #N again and check its SHA-256")
    exports.add_argument("--out", metavar="DIR", help="folder for the re-created file")
    exports.set_defaults(handler=_cmd_drafts_exports)
    importing = actions.add_parser("import", help="add a draft from a terms JSON file or an export file")
    importing.add_argument("file", metavar="FILE.json")
    importing.set_defaults(handler=_cmd_drafts_import)


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
    review.add_argument("--json", action="store_true", help="print the findings as JSON for other programs")
    review.add_argument(
        "--verbose", action="store_true", help="also print each finding's rule id and the answer's path in the file"
    )
    review.set_defaults(handler=_cmd_review)

    render = commands.add_parser("render", help="write the agreement as DOCX, PDF and/or HTML files")
    render.add_argument("draft", metavar="DRAFT.json")
    _add_render_options(render)
    render.set_defaults(handler=_cmd_render)

    network = commands.add_parser(
        "render-network", help="write a partner network's master terms and one accession form per CSV row"
    )
    network.add_argument("draft", metavar="TERMS.json")
    network.add_argument("partners", metavar="PARTNERS.csv")
    _add_render_options(network)
    network.set_defaults(handler=_cmd_render_network, format="docx,pdf")

    _add_drafts_commands(commands)

    schema = commands.add_parser("schema", help="print the JSON Schema of a draft")
    schema.set_defaults(handler=_cmd_schema)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if args.data_dir is not None and not args.data_dir.strip():
            # An empty value would silently fall back to the real user folder.
            raise UsageError("pactwright: --data-dir needs a folder (it was empty)")
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
    # In the packaged app a spawned process (the clause-override worker on Windows and
    # macOS, a network export's workers) starts this executable: hand it to multiprocessing.
    import multiprocessing

    multiprocessing.freeze_support()
    sys.exit(main())

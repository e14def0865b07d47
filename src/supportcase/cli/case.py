"""`supportcase case new|list|show|delete|mark-payment`, `export`, `import`: the stored cases."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import typer

from supportcase.cli.output import console, language, print_json
from supportcase.errors import UserError
from supportcase.textfile import decode_saved_text

case_app = typer.Typer(help="Create, list, show and delete stored cases.", no_args_is_help=True)

JSON = typer.Option(False, "--json", help="Print JSON for scripts.")
ACTOR = "cli"
MAX_BUNDLE_ENTRY = 200 * 1024 * 1024  # refuse zip members that would inflate past this


def register(app: typer.Typer) -> None:
    from supportcase.cli.users import share_case, unshare_case

    case_app.command("share")(share_case)
    case_app.command("unshare")(unshare_case)
    app.add_typer(case_app, name="case")
    app.command("export")(export_case)
    app.command("import")(import_case)


@case_app.command("new")
def new_case(
    title: str = typer.Argument(..., help="A short title, e.g. 'Wang v. Zhang support'."),
    order_jurisdiction: str = typer.Option(None, "--order-jurisdiction", "-j",
                                           help="Where the order was made: CN, HK, US-CA, ..."),
    json_out: bool = JSON,
) -> None:
    """Create an empty case.

    Example: supportcase case new "Wang v. Zhang" -j CN
    """
    from pydantic import ValidationError

    from supportcase.casefile.model import CaseFile, CaseInfo
    from supportcase.casefile.yaml_io import refusal
    from supportcase.store import open_store

    try:
        casefile = CaseFile(case=CaseInfo(title=title, order_jurisdiction=order_jurisdiction))
    except ValidationError as exc:  # a region code that does not exist (US-XX)
        raise refusal(exc) from None
    with open_store() as store:
        case_id = store.save_case(casefile, actor=ACTOR)
    if json_out:
        print_json({"id": case_id, "title": title})
    else:
        console().print(f"Created case [bold]{case_id}[/bold]: {title}")


@case_app.command("list")
def list_cases(
    with_standing: bool = typer.Option(False, "--standing", help="Add what each case is owed "
                                       "today and its next deadline (runs the ledger)."),
    json_out: bool = JSON,
) -> None:
    """List stored cases, newest first.

    Example: supportcase case list --standing --json
    """
    import datetime as dt

    from rich.table import Table

    from supportcase.store import open_store

    standings = {}
    with open_store() as store:
        cases = store.list_cases()
        if with_standing:
            from supportcase.advice.standing import standing

            today = dt.date.today()
            standings = {c.id: standing(store.load_case(c.id), today) for c in cases}
    if json_out:
        print_json([{"id": c.id, "title": c.title, "order_jurisdiction": c.order_jurisdiction,
                     "updated_at": c.updated_at, "payments": c.payments,
                     "documents": c.documents,
                     **({"standing": standings[c.id].to_json()} if with_standing else {})}
                    for c in cases])
        return
    if not cases:
        console().print("No cases yet. Import one: supportcase import case.yaml")
        return
    columns = ["id", "title", "order", "payments", "documents", "updated"]
    if with_standing:
        columns[3:3] = ["outstanding", "next deadline"]
    table = Table(*columns)
    for c in cases:
        cells = [c.id, c.title, c.order_jurisdiction or "", str(c.payments), str(c.documents),
                 c.updated_at.strftime("%Y-%m-%d %H:%M")]
        if with_standing:
            line = standings[c.id]
            owed = (f"{line.outstanding} {line.currency}{' *' if line.assumed else ''}"
                    if line.outstanding else (line.problem or ("", ""))[0])
            cells[3:3] = [owed, line.next_deadline.isoformat() if line.next_deadline else "—"]
        table.add_row(*cells)
    console().print(table)
    if with_standing and any(s.assumed for s in standings.values()):
        console().print("* rests on facts still to check (supportcase arrears ID shows which)")


@case_app.command("show")
def show_case(case_id: str = typer.Argument(..., help="The case id."), json_out: bool = JSON) -> None:
    """Show a stored case.

    Example: supportcase case show 1a2b3c4d
    """
    from supportcase.casefile import casefile_to_data, dump_casefile
    from supportcase.store import open_store

    with open_store() as store:
        casefile = store.load_case(case_id)
    if json_out:
        print_json({"id": case_id, **casefile_to_data(casefile)})
    else:
        typer.echo(dump_casefile(casefile))


@case_app.command("delete")
def delete_case(
    case_id: str = typer.Argument(..., help="The case id."),
    yes: bool = typer.Option(False, "--yes", "-y", help="Do not ask for confirmation."),
    json_out: bool = JSON,
) -> None:
    """Delete a stored case and its original documents (those no other case lists). The
    audit log keeps the record that it existed.

    Example: supportcase case delete 1a2b3c4d --yes
    """
    from supportcase.store import open_store

    if not yes and not typer.confirm(f"Delete case {case_id}?"):
        raise typer.Abort()
    with open_store() as store:
        store.delete_case(case_id, actor=ACTOR)
    if json_out:
        print_json({"deleted": case_id})
    else:
        console().print(f"Deleted case {case_id}")


@case_app.command("mark-payment")
def mark_payment_kind(
    case_id: str = typer.Argument(..., help="The case id."),
    payment: str = typer.Argument(..., help="The payment: its id, or as the statement names "
                                  "it ('payment #3')."),
    kind: str = typer.Argument(..., help="What it was meant as: performance (support), gift, "
                               "loan or unknown."),
    lang: str = typer.Option("en", "--lang", help="Language of the output: en or zh."),
    json_out: bool = JSON,
) -> None:
    """Say what a payment was meant as: the answer to the statement's question about a
    payment of unknown kind. Only performance reduces the arrears; the audit log keeps what
    the case said before.

    Example: supportcase case mark-payment 1a2b3c4d "payment #4" gift
    """
    import datetime as dt

    from supportcase.advice.standing import standing
    from supportcase.casefile.meant_as import MEANT_AS, mark_payment, payment_named
    from supportcase.casefile.model import payment_ref
    from supportcase.casefile.words import payment_kind_word, ref_zh
    from supportcase.store import open_store

    lang = language(lang)
    if kind not in MEANT_AS:
        raise UserError(f"kind '{kind}': use one of {', '.join(MEANT_AS)}",
                        zh=f"种类“{kind}”无效：可选 {'、'.join(MEANT_AS)}")
    today = dt.date.today()
    with open_store() as store:
        before = store.load_case(case_id)
        at = payment_named(before, payment)
        after = mark_payment(before, at, kind)
        was = before.payments[at]
        if was.kind != kind:
            store.update_case(case_id, after, actor=ACTOR)
    ref = payment_ref(was, at + 1)
    # Where the case stands before and after (the same figure when nothing changed).
    first = standing(before, today)
    owed = [first, standing(after, today) if was.kind != kind else first]
    if json_out:
        print_json({"case": case_id, "payment": ref, "was": was.kind, "now": kind,
                    "changed": was.kind != kind, "currency": owed[1].currency,
                    "outstanding_before": owed[0].outstanding,
                    "outstanding_after": owed[1].outstanding, "as_of": today.isoformat()})
        return
    zh = lang == "zh"
    what = (f"{ref_zh(ref) if zh else ref} ({was.date.isoformat()}, {was.amount} "
            f"{was.currency})")
    old, new = payment_kind_word(was.kind, lang), payment_kind_word(kind, lang)
    if was.kind == kind:
        console().print(f"{what}：已标记为{new}，未作更改。" if zh else
                        f"{what}: already marked as {new}; nothing changed.")
        return
    console().print(f"{what}：{old} → [bold]{new}[/bold]" if zh else
                    f"{what}: {old} → [bold]{new}[/bold]")
    if owed[1].outstanding is not None:
        console().print(
            f"截至 {today.isoformat()} 的欠款：{owed[0].outstanding} → {owed[1].outstanding} "
            f"{owed[1].currency}" if zh else
            f"Outstanding as of {today.isoformat()}: {owed[0].outstanding} → "
            f"{owed[1].outstanding} {owed[1].currency}")


def export_case(
    case_id: str = typer.Argument(..., help="The case id."),
    output: Path = typer.Option(None, "--output", "-o", help="YAML file to write (default: stdout)."),
    bundle: Path = typer.Option(None, "--bundle", help="Also write a .zip with case.yaml and the "
                                "original documents."),
    json_out: bool = JSON,
) -> None:
    """Export a case as a portable YAML case file (schema: docs/casefile.md).

    Example: supportcase export 1a2b3c4d -o case.yaml --bundle case.zip
    """
    from supportcase.casefile import dump_casefile
    from supportcase.store import open_store

    with open_store() as store:
        casefile = store.load_case(case_id)
        text = dump_casefile(casefile)
        if bundle:
            _write_bundle(bundle, text, {d.sha256: d.filename or d.title for d in
                                         casefile.documents if d.sha256 and store.blobs.has(d.sha256)},
                          store.blobs.get)
    if output:
        _atomic_write(output, text.encode("utf-8"))
    elif not bundle and not json_out:
        typer.echo(text, nl=False)
    if json_out:
        print_json({"id": case_id, "output": str(output) if output else None,
                    "bundle": str(bundle) if bundle else None})


def _write_bundle(path: Path, text: str, documents: dict[str, str], read: object) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("case.yaml", text)
        for digest in sorted(documents):
            archive.writestr(f"documents/{digest}", read(digest))  # type: ignore[operator]
    _atomic_write(path, buffer.getvalue())


def _atomic_write(path: Path, data: bytes) -> None:
    """Write whole or not at all: a file already there is kept until the new one is complete."""
    from supportcase.cli.output import os_error

    tmp = path.with_name(f".{path.name}.tmp")
    try:
        tmp.write_bytes(data)
        tmp.replace(path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise os_error(path, exc, "cannot write", "无法写入") from None


def import_case(
    file: Path = typer.Argument(..., help="A case file (.yaml) or a bundle (.zip) from export."),
    replace: str = typer.Option(None, "--replace", help="Replace this stored case instead of "
                                "adding a new one."),
    lang: str = typer.Option("en", "--lang", help="Language of the messages: en or zh."),
    json_out: bool = JSON,
) -> None:
    """Import a case file (or bundle) into the store. Nothing is stored if the file is invalid.

    Example: supportcase import case.yaml --lang zh
    """
    from rich.markup import escape

    from supportcase.casefile import parse_casefile
    from supportcase.store import open_store
    from supportcase.store.blobs import sha256_of

    lang = language(lang)
    if not file.exists():
        raise UserError(f"{file}: no such file", zh=f"{file}：文件不存在")
    blobs: dict[str, bytes] = {}
    if file.suffix == ".zip":
        text, blobs = _read_bundle(file)
        casefile = parse_casefile(text, source=f"{file}!case.yaml")
        for digest, data in blobs.items():
            if sha256_of(data) != digest:
                raise UserError(f"{file}: documents/{digest} does not match its SHA-256; "
                                "the bundle is damaged",
                                zh=f"{file}：documents/{digest} 与其 SHA-256 不符；"
                                "案卷包已损坏")
    else:
        from supportcase.cli.loading import read_casefile

        casefile = read_casefile(file)
    with open_store() as store:
        for data in blobs.values():
            store.blobs.put(data)
        if replace:
            store.update_case(replace, casefile, actor=ACTOR)
            case_id = replace
        else:
            case_id = store.save_case(casefile, actor=ACTOR)
    if json_out:
        print_json({"id": case_id, "title": casefile.case.title, "documents": len(blobs)})
    else:
        console().print((f"已导入案件 [bold]{case_id}[/bold]：" if lang == "zh" else
                         f"Imported case [bold]{case_id}[/bold]: ") + escape(casefile.case.title))


def _read_bundle(path: Path) -> tuple[str, dict[str, bytes]]:
    try:
        with zipfile.ZipFile(path) as archive:
            names = archive.namelist()
            if "case.yaml" not in names:
                raise UserError(f"{path}: not a supportcase bundle (no case.yaml inside)",
                                zh=f"{path}：不是 supportcase 案卷包（其中没有 case.yaml）")
            for info in archive.infolist():
                if info.file_size > MAX_BUNDLE_ENTRY:
                    raise UserError(f"{path}: {info.filename} would unpack to "
                                    f"{info.file_size:,} bytes; refused",
                                    zh=f"{path}：{info.filename} 解压后有 "
                                    f"{info.file_size:,} 字节，拒绝读取")
            text = decode_saved_text(archive.read("case.yaml"))
            blobs = {name.removeprefix("documents/"): archive.read(name) for name in names
                     if name.startswith("documents/") and not name.endswith("/")}
            return text, blobs
    except zipfile.BadZipFile:
        raise UserError(f"{path}: not a valid zip file",
                        zh=f"{path}：不是有效的 zip 文件") from None
    except UnicodeDecodeError:
        raise UserError(f"{path}: case.yaml inside is not UTF-8",
                        zh=f"{path}：其中的 case.yaml 不是 UTF-8 文本") from None

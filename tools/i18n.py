"""Translations: extract new texts, report what each language lacks, compile, check.

    python tools/i18n.py extract   # pyside6-lupdate app/gui -> resources/i18n/smtp_doctor_<lang>.ts
                                   # (new texts added unfinished, vanished ones kept and marked;
                                   # --drop-stale removes them)
    python tools/i18n.py report    # per language: new (untranslated) and stale texts, in the .ts
                                   # and in the TOML files, and placeholders that do not match
    python tools/i18n.py compile   # pyside6-lrelease every .ts -> .qm (what the app loads)
    python tools/i18n.py check     # report, and exit 1 when a shipped language falls behind
    python tools/i18n.py new LANG  # start a language: folder, language.toml and an empty .ts

Where texts come from (docs/translating.md):
* the desktop app: every ``self.tr``/``translate``/``QT_TRANSLATE_NOOP`` in app/gui (lupdate);
* the engine: ``msg("…")`` / ``msg_n("…", "…", n)`` / ``N_("…")`` (a text in a table, translated
  with ``msg(text)`` where it is shown) in app/ (extracted here from the syntax tree),
  and the ``_("…")`` words of the report templates;
* the knowledge base, by id: resources/diagnoses.toml, providers.toml, interception.toml (each
  product's fix), blocklists.toml (each list's ``about`` and its answers' ``meaning``) and
  enhanced_codes.toml (SMTP Doctor's ``plain`` words), each into the file of the same name.

English is the source language; ``smtp_doctor_en.ts`` holds only the English plural forms
(texts written with "(s)" and %n). Every other folder under resources/i18n with a
language.toml is a shipped language and must be complete.
"""

from __future__ import annotations

import argparse
import ast
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import tomllib

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:  # run as a script: the app package is next to tools/
    sys.path.insert(0, str(ROOT))
RESOURCES = ROOT / "resources"
I18N = RESOURCES / "i18n"
GUI = ROOT / "app" / "gui"
CATALOGUE = "smtp_doctor"
SOURCE = "en"

# {name}, {name:spec}, {} and Qt's %n / %1 … / %v / %m: what must survive translation.
_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%(?:n|\d+|v|m)")
_TEMPLATE_WORD = re.compile(r"""_\(\s*(["'])((?:\\.|(?!\1).)*)\1""", re.S)
_TEMPLATE_PLURAL = re.compile(
    r"""_n\(\s*(["'])((?:\\.|(?!\1).)*)\1\s*,\s*(["'])((?:\\.|(?!\3).)*)\3""", re.S)


def placeholders(text: str) -> list[str]:
    """The placeholders of a text, sorted (``{name}`` compared without its format spec)."""
    out = []
    for token in _PLACEHOLDER.findall(text):
        if token.startswith("{"):
            token = "{" + re.split(r"[:!]", token[1:-1], maxsplit=1)[0] + "}"
        out.append(token)
    return sorted(out)


def tool(name: str) -> str:
    """A PySide6 tool from the interpreter's environment (pyside6-lupdate, pyside6-lrelease)."""
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"i18n: {name} not found (pip install PySide6-Essentials)")
    return found


def languages() -> list[str]:
    """The shipped languages (folders with a language.toml), English not included."""
    return sorted(p.name for p in I18N.iterdir() if (p / "language.toml").is_file())


def ts_path(lang: str) -> Path:
    return I18N / f"{CATALOGUE}_{lang}.ts"


def gui_sources() -> list[str]:
    return sorted(str(p) for p in GUI.rglob("*.py"))


# -- the desktop app (Qt .ts) -----------------------------------------------------------------


def lupdate(ts: Path, lang: str, keep_vanished: bool = True) -> None:
    args = [tool("pyside6-lupdate"), *gui_sources(), "-target-language", qt_lang(lang),
            "-source-language", "en", "-locations", "none", "-ts", str(ts)]
    if not keep_vanished:
        args.insert(-2, "-no-obsolete")
    subprocess.run(args, check=True, capture_output=True, text=True)


def qt_lang(lang: str) -> str:
    return lang.replace("-", "_")


@dataclass
class Message:
    context: str
    source: str
    numerus: bool
    kind: str  # "" finished, "unfinished", "vanished"/"obsolete"
    forms: list[str] = field(default_factory=list)


def read_ts(path: Path) -> list[Message]:
    if not path.exists():
        return []
    out = []
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            tr = m.find("translation")
            kind = tr.get("type", "") if tr is not None else "unfinished"
            numerus = m.get("numerus") == "yes"
            if tr is None:
                forms: list[str] = []
            elif numerus:
                forms = [f.text or "" for f in tr.iter("numerusform")]
            else:
                forms = [tr.text or ""]
            out.append(Message(name, m.findtext("source") or "", numerus, kind, forms))
    return out


def current_gui_messages() -> list[Message]:
    """What the code asks for now (lupdate into a scratch file)."""
    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / "scratch.ts"
        lupdate(ts, SOURCE)
        return read_ts(ts)


def fill_ts(path: Path, translations: dict[tuple[str, str] | str, Any]) -> int:
    """Write translations into a .ts: keys ``source`` or ``(context, source)``; values a string
    or, for plurals, a list of forms. Returns how many messages were filled."""
    tree = ET.parse(path)
    filled = 0
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for m in ctx.iter("message"):
            source = m.findtext("source") or ""
            value = translations.get((name, source), translations.get(source))
            tr = m.find("translation")
            if value is None or tr is None or tr.get("type") in ("vanished", "obsolete"):
                continue
            if m.get("numerus") == "yes":
                for child in list(tr):
                    tr.remove(child)
                forms = list(value) if isinstance(value, (list, tuple)) else [value]
                for form in forms:
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = str(value)
            tr.attrib.pop("type", None)
            filled += 1
    tree.write(path, encoding="utf-8", xml_declaration=True)
    _restore_doctype(path)
    return filled


def _restore_doctype(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    if "<!DOCTYPE TS>" not in text:
        text = text.replace("?>\n", "?>\n<!DOCTYPE TS>\n", 1)
    path.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8")


# -- the engine and the knowledge base (TOML) -------------------------------------------------


def _literal(node: ast.AST) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):  # a step title with values: "Connect to port {port}"
        parts = []
        for value in node.values:
            if isinstance(value, ast.Constant):
                parts.append(str(value.value))
            elif isinstance(value, ast.FormattedValue):
                expr = value.value
                name = expr.attr if isinstance(expr, ast.Attribute) else (
                    expr.id if isinstance(expr, ast.Name) else "value")
                parts.append("{" + name + "}")
        return "".join(parts)
    return None


def engine_messages() -> dict[str, tuple[str, ...]]:
    """English engine texts: ``msg``/``msg_n`` calls in app/, the templates' ``_``/``_n``
    words and the checks' step titles. A plural maps to (singular, plural); others to ()."""
    found: dict[str, tuple[str, ...]] = {}
    for path in sorted((ROOT / "app").rglob("*.py")):
        if GUI in path.parents:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call):
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else (
                node.func.id if isinstance(node.func, ast.Name) else "")
            if name in ("msg", "N_") and node.args and (text := _literal(node.args[0])) is not None:
                found.setdefault(text, ())
            elif name == "msg_n" and len(node.args) >= 2:
                one, other = _literal(node.args[0]), _literal(node.args[1])
                if one is not None and other is not None:
                    found[other] = (one, other)
    for template in sorted((RESOURCES / "templates").glob("*.j2")):
        body = template.read_text(encoding="utf-8")
        for match in _TEMPLATE_PLURAL.finditer(body):
            found[_unescape(match.group(4))] = (_unescape(match.group(2)),
                                                _unescape(match.group(4)))
        for match in _TEMPLATE_WORD.finditer(body):
            found.setdefault(_unescape(match.group(2)), ())
    return found


def _unescape(text: str) -> str:
    return text.replace('\\"', '"').replace("\\'", "'").replace("\\\\", "\\")


def load_toml(path: Path) -> dict[str, Any]:
    if not path.exists():
        return {}
    with path.open("rb") as fh:
        return tomllib.load(fh)


def _fix_text(fix: Any) -> str:
    return fix.get("text", "") if isinstance(fix, dict) else str(fix)


def knowledge_texts() -> dict[str, dict[str, str]]:
    """English texts of the knowledge base: {file kind: {"id.field[.n]": text}}."""
    diagnoses: dict[str, str] = {}
    for did, entry in load_toml(RESOURCES / "diagnoses.toml").items():
        diagnoses[f"{did}.title"] = entry["title"]
        diagnoses[f"{did}.cause"] = entry["cause"]
        for n, fix in enumerate(entry.get("fixes", [])):
            diagnoses[f"{did}.fixes.{n}"] = _fix_text(fix)
        for pid, table in entry.get("providers", {}).items():
            for n, fix in enumerate(table.get("fixes", [])):
                diagnoses[f"{did}.providers.{pid}.fixes.{n}"] = _fix_text(fix)
        for n, action in enumerate(entry.get("actions", [])):
            if isinstance(action, dict) and action.get("label"):
                diagnoses[f"{did}.actions.{n}"] = action["label"]
    from app.core.knowledge.diagnoses import FALLBACKS

    for key, word in FALLBACKS.items():
        diagnoses[f"_fallbacks.{key}"] = word
    diagnoses["_fallbacks._default"] = "this"  # any other placeholder
    providers: dict[str, str] = {}
    for pid, entry in load_toml(RESOURCES / "providers.toml").items():
        if entry.get("auth_hint"):
            providers[f"{pid}.auth_hint"] = entry["auth_hint"]
        for n, note in enumerate(entry.get("notes", [])):
            providers[f"{pid}.notes.{n}"] = note
        for n, preset in enumerate(entry.get("presets", [])):
            providers[f"{pid}.presets.{n}"] = preset["label"]
    interception = {f"{pid}.fix": entry["fix"]
                    for pid, entry in load_toml(RESOURCES / "interception.toml").items()}
    blocklists: dict[str, str] = {}
    for row in load_toml(RESOURCES / "blocklists.toml").get("list", []):
        blocklists[f"{row['id']}.about"] = row["about"]
        for address, answer in row.get("answers", {}).items():
            blocklists[f"{row['id']}.answers.{address}.meaning"] = answer["meaning"]
    enhanced = {f"{row['code']}.plain": row.get("plain", row["summary"])
                for table in ("class", "subject", "code")
                for row in load_toml(RESOURCES / "enhanced_codes.toml").get(table, [])}
    return {"diagnoses": diagnoses, "providers": providers, "interception": interception,
            "blocklists": blocklists, "enhanced_codes": enhanced}


def translated_texts(lang: str) -> dict[str, dict[str, str]]:
    """The same keys as ``knowledge_texts`` for one language (what its files hold)."""
    out: dict[str, dict[str, str]] = {"diagnoses": {}, "providers": {}, "interception": {},
                                      "blocklists": {}, "enhanced_codes": {}}
    for did, entry in load_toml(I18N / lang / "diagnoses.toml").items():
        if did == "_fallbacks" and isinstance(entry, dict):
            out["diagnoses"].update({f"_fallbacks.{k}": str(v) for k, v in entry.items()})
        if did.startswith("_") or not isinstance(entry, dict):
            continue
        for key in ("title", "cause"):
            if isinstance(entry.get(key), str):
                out["diagnoses"][f"{did}.{key}"] = entry[key]
        for n, fix in enumerate(entry.get("fixes", [])):
            out["diagnoses"][f"{did}.fixes.{n}"] = str(fix)
        for pid, table in entry.get("providers", {}).items():
            for n, fix in enumerate(table.get("fixes", [])):
                out["diagnoses"][f"{did}.providers.{pid}.fixes.{n}"] = str(fix)
        for n, label in enumerate(entry.get("actions", [])):
            out["diagnoses"][f"{did}.actions.{n}"] = str(label)
    for pid, entry in load_toml(I18N / lang / "providers.toml").items():
        if not isinstance(entry, dict):
            continue
        if isinstance(entry.get("auth_hint"), str):
            out["providers"][f"{pid}.auth_hint"] = entry["auth_hint"]
        for n, note in enumerate(entry.get("notes", [])):
            out["providers"][f"{pid}.notes.{n}"] = str(note)
        for n, label in enumerate(entry.get("presets", [])):
            out["providers"][f"{pid}.presets.{n}"] = str(label)
    for pid, entry in load_toml(I18N / lang / "interception.toml").items():
        if isinstance(entry, dict) and isinstance(entry.get("fix"), str):
            out["interception"][f"{pid}.fix"] = entry["fix"]
    for lid, entry in load_toml(I18N / lang / "blocklists.toml").items():
        if not isinstance(entry, dict):
            continue
        if isinstance(entry.get("about"), str):
            out["blocklists"][f"{lid}.about"] = entry["about"]
        for address, answer in entry.get("answers", {}).items():
            if isinstance(answer, dict) and isinstance(answer.get("meaning"), str):
                out["blocklists"][f"{lid}.answers.{address}.meaning"] = answer["meaning"]
    for code, entry in load_toml(I18N / lang / "enhanced_codes.toml").items():
        if isinstance(entry, dict) and isinstance(entry.get("plain"), str):
            out["enhanced_codes"][f"{code}.plain"] = entry["plain"]
    return out


# -- the report -------------------------------------------------------------------------------


@dataclass
class LanguageReport:
    lang: str
    new: list[str] = field(default_factory=list)  # a source with no translation
    stale: list[str] = field(default_factory=list)  # a translation whose source is gone
    mismatched: list[str] = field(default_factory=list)  # placeholders differ

    @property
    def behind(self) -> bool:
        return bool(self.new or self.mismatched)


def _check_pair(report: LanguageReport, where: str, source: str, translated: str) -> None:
    if not translated.strip():
        report.new.append(f"{where}: {source!r}")
    elif placeholders(source) != placeholders(translated):
        report.mismatched.append(f"{where}: {placeholders(source)} in {source!r} but "
                                 f"{placeholders(translated)} in {translated!r}")


def check_language(lang: str, gui: list[Message] | None = None) -> LanguageReport:
    report = LanguageReport(lang)
    gui = current_gui_messages() if gui is None else gui
    messages_ts = read_ts(ts_path(lang))
    done = {(m.context, m.source): m for m in messages_ts
            if m.kind not in ("vanished", "obsolete")}
    wanted = {(m.context, m.source) for m in gui}
    for m in gui:
        have = done.get((m.context, m.source))
        if have is None or have.kind == "unfinished" or not any(f.strip() for f in have.forms):
            report.new.append(f"ui [{m.context}]: {m.source!r}")
            continue
        for form in have.forms:
            expected = placeholders(m.source)
            got = placeholders(form)
            if m.numerus:  # a singular form may say "one" instead of %n
                expected = [p for p in expected if p != "%n"]
                got = [p for p in got if p != "%n"]
            if expected != got:
                report.mismatched.append(f"ui [{m.context}]: {placeholders(m.source)} in "
                                         f"{m.source!r} but {placeholders(form)} in {form!r}")
    report.stale += [f"ui [{c}]: {s!r}" for (c, s) in done if (c, s) not in wanted]
    report.stale += [f"ui [{m.context}]: {m.source!r} (vanished)" for m in messages_ts
                     if m.kind in ("vanished", "obsolete")]

    engine = engine_messages()
    messages = load_toml(I18N / lang / "messages.toml")
    for source, plural in engine.items():
        value = messages.get(source)
        if plural:
            forms = value if isinstance(value, dict) else {}
            if not forms:
                report.new.append(f"messages: {source!r} (plural)")
            for form in forms.values():
                _check_pair(report, "messages", source.replace("{n}", "{n}"), str(form))
        else:
            _check_pair(report, "messages", source, value if isinstance(value, str) else "")
    report.stale += [f"messages: {k!r}" for k in messages if k not in engine and k != "words"]

    english, theirs = knowledge_texts(), translated_texts(lang)
    for kind, texts in english.items():
        for key, source in texts.items():
            _check_pair(report, kind, source, theirs[kind].get(key, ""))
        report.stale += [f"{kind}: {k}" for k in theirs[kind] if k not in texts]
    return report


def check_english_plurals(gui: list[Message]) -> list[str]:
    """Every plural UI text needs its English forms in smtp_doctor_en.ts."""
    done = {(m.context, m.source): m for m in read_ts(ts_path(SOURCE))}
    missing = []
    for m in gui:
        if m.numerus:
            have = done.get((m.context, m.source))
            if have is None or have.kind == "unfinished" or len(have.forms) < 2:
                missing.append(f"en plural [{m.context}]: {m.source!r}")
    return missing


# -- commands ---------------------------------------------------------------------------------


def cmd_extract(drop_stale: bool = False) -> int:
    for lang in [SOURCE, *languages()]:
        lupdate(ts_path(lang), lang, keep_vanished=not drop_stale)
        print(f"extract: {ts_path(lang).relative_to(ROOT)}")
    return 0


def lrelease(lang: str, qm: Path) -> None:
    flag = "-removeidentical" if lang == SOURCE else "-nounfinished"
    subprocess.run([tool("pyside6-lrelease"), "-silent", flag, str(ts_path(lang)), "-qm",
                    str(qm)], check=True)


def qm_out_of_date() -> list[str]:
    """The shipped .qm files that are not what their .ts compiles to now."""
    stale = []
    with tempfile.TemporaryDirectory() as tmp:
        for lang in [SOURCE, *languages()]:
            shipped = ts_path(lang).with_suffix(".qm")
            fresh = Path(tmp) / shipped.name
            lrelease(lang, fresh)
            if not shipped.exists() or shipped.read_bytes() != fresh.read_bytes():
                stale.append(f"{shipped.relative_to(ROOT)} is older than its .ts: run compile")
    return stale


def cmd_compile() -> int:
    for lang in [SOURCE, *languages()]:
        qm = ts_path(lang).with_suffix(".qm")
        lrelease(lang, qm)
        print(f"compile: {qm.relative_to(ROOT)}")
    return 0


def _print_list(title: str, items: Iterable[str], limit: int) -> None:
    items = list(items)
    if not items:
        return
    print(f"  {title}: {len(items)}")
    for item in items[:limit]:
        print(f"    {item}")
    if len(items) > limit:
        print(f"    … and {len(items) - limit} more")


def cmd_report(limit: int = 20) -> int:
    gui = current_gui_messages()
    behind = False
    for line in qm_out_of_date():
        behind = True
        print(line)
    english = check_english_plurals(gui)
    if english:
        behind = True
        print("en (plural forms)")
        _print_list("missing", english, limit)
    for lang in languages():
        report = check_language(lang, gui)
        state = "BEHIND" if report.behind else "complete"
        print(f"{lang}: {state} — {len(report.new)} new, {len(report.stale)} stale, "
              f"{len(report.mismatched)} placeholder mismatches")
        _print_list("new (to translate)", report.new, limit)
        _print_list("stale (source gone; delete or rework)", report.stale, limit)
        _print_list("placeholders differ", report.mismatched, limit)
        behind = behind or report.behind
    return 1 if behind else 0


def cmd_new(lang: str) -> int:
    folder = I18N / lang
    folder.mkdir(parents=True, exist_ok=True)
    language = folder / "language.toml"
    if not language.exists():
        language.write_text(f'name = "{lang}"  # the language\'s name in itself\n\n[format]\n'
                            'decimal = "."\ngroup = ","\nplural = "one_other"\n'
                            'datetime = "%Y-%m-%d %H:%M:%S"\n', encoding="utf-8")
    for name in ("messages", "diagnoses", "providers", "interception", "blocklists",
                 "enhanced_codes"):
        (folder / f"{name}.toml").touch()
    lupdate(ts_path(lang), lang)
    print(f"new: {folder.relative_to(ROOT)} — now translate, then compile and check")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    extract = sub.add_parser("extract")
    extract.add_argument("--drop-stale", action="store_true",
                         help="remove texts the code no longer uses (lupdate -no-obsolete)")
    sub.add_parser("compile")
    report = sub.add_parser("report")
    report.add_argument("--limit", type=int, default=20)
    sub.add_parser("check")
    new = sub.add_parser("new")
    new.add_argument("lang")
    args = parser.parse_args(argv)
    if args.command == "extract":
        return cmd_extract(args.drop_stale)
    if args.command == "compile":
        return cmd_compile()
    if args.command == "report":
        return cmd_report(args.limit)
    if args.command == "check":
        return cmd_report(limit=50)
    return cmd_new(args.lang)


def iter_behind() -> Iterator[str]:
    """Every reason a shipped language is behind (for tests)."""
    gui = current_gui_messages()
    yield from qm_out_of_date()
    yield from check_english_plurals(gui)
    for lang in languages():
        report = check_language(lang, gui)
        yield from (f"{lang} {item}" for item in report.new + report.mismatched)


if __name__ == "__main__":
    raise SystemExit(main())

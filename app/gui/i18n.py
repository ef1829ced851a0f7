"""The desktop app's languages: which one, the translators that speak it, and the helpers the
code writes its words with.

* ``translate(context, text, n=…)`` is ``QCoreApplication.translate`` for code that is not a
  QObject method (those write ``self.tr(…)``); ``QT_TRANSLATE_NOOP(context, text)`` marks a
  word in a module-level table for pyside6-lupdate, and the table's user translates it when it
  shows it. Both names are what lupdate looks for: do not rename them.
* ``install(app)`` picks the language — the one chosen in the Language menu (remembered in the
  settings), else the OS locale — and installs the app's ``resources/i18n/smtp_doctor_<lang>.qm``
  plus Qt's own ``qtbase_<lang>.qm`` (standard dialogs and buttons), and sets the engine's
  language (``app.core.text.i18n``) so advice, fixes and reports speak it too. A change in the
  menu applies on the next start (a window built in one language stays in it).
* ``SMTP_DOCTOR_LANG`` overrides both; ``SMTP_DOCTOR_LANG=pseudo`` (or the menu's
  "Pseudo-localization") turns on the pseudo-locale: every translated word accented, 40 % longer
  and bracketed, so an untranslated word (plain English) and a clipped one (a missing bracket)
  stand out.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app.core.knowledge.resources import resource_path
from app.core.text import i18n as core_i18n

LANGUAGE_KEY = "ui/language"  # QSettings: "" (follow the system), a language code or "pseudo"
CATALOGUE = "smtp_doctor"  # resources/i18n/smtp_doctor_<lang>.qm

_installed: list[QTranslator] = []

def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``QCoreApplication.translate``: ``text`` in the current language (as is without one)."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for translation in ``context`` without translating it now."""
    return text


class PseudoTranslator(QTranslator):
    """Answers every lookup with the pseudo-locale's form of the English text."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str:
        if not source:
            return source
        text = source.replace("%n", str(n)) if n >= 0 and "%n" in source else source
        return core_i18n.pseudo(text)

    def isEmpty(self) -> bool:
        return False


def chosen_language() -> str:
    """The language the user chose in the Language menu ("" = follow the system)."""
    from app.gui.settings import gui_settings

    value = gui_settings().value(LANGUAGE_KEY, "")
    return str(value or "")


def choose_language(code: str) -> None:
    """Remember the Language menu's choice ("" = follow the system); used from the next start."""
    from app.gui.settings import gui_settings

    settings = gui_settings()
    settings.setValue(LANGUAGE_KEY, code)
    settings.sync()


def effective_language(choice: str | None = None) -> str:
    """The language to show: the environment override, the menu's choice, else the OS locale's
    first UI language that ships (English when none does)."""
    forced = core_i18n.env_override()
    if forced:
        return core_i18n.supported(forced) or "en"
    choice = chosen_language() if choice is None else choice
    if choice:
        return core_i18n.supported(choice) or "en"
    for name in QLocale.system().uiLanguages():
        code = core_i18n.supported(name)
        if code:
            return code
    return "en"


def qt_locale(language: str | None = None) -> QLocale:
    """The QLocale that formats numbers, dates and durations for ``language`` (the current
    one): the OS locale when it speaks that language (a Swiss German keeps his formats), else
    the language's own; English and the pseudo-locale keep the OS locale."""
    code = language or core_i18n.current_language()
    system = QLocale.system()
    if code in (core_i18n.SOURCE, core_i18n.PSEUDO):
        return system
    wanted = QLocale(code.replace("-", "_"))
    return system if system.language() == wanted.language() else wanted


def install(app: QCoreApplication, language: str | None = None) -> str:
    """Install the translators for ``language`` (default: ``effective_language()``) into
    ``app``, replacing any installed before; returns the language code in use."""
    code = language or effective_language()
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    core_i18n.set_language(code)
    QLocale.setDefault(qt_locale(code))
    if code == core_i18n.PSEUDO:
        pseudo = PseudoTranslator(app)
        app.installTranslator(pseudo)
        _installed.append(pseudo)
        return code
    # English too: smtp_doctor_en.qm holds the English plural forms of the "%n …(s)" texts.
    qm = resource_path(f"i18n/{CATALOGUE}_{code}.qm")
    ours = QTranslator(app)
    if ours.load(str(qm)):
        app.installTranslator(ours)
        _installed.append(ours)
    if code == core_i18n.SOURCE:
        return code
    # Qt's own words (standard dialogs and buttons): the copy the bundle ships (packaging/),
    # else PySide6's.
    qt = QTranslator(app)
    for folder in (str(resource_path("i18n/qt")),
                   QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        if qt.load(QLocale(code.replace("-", "_")), "qtbase", "_", folder):
            app.installTranslator(qt)
            _installed.append(qt)
            break
    return code


def installed_files() -> list[str]:
    """The files of the installed translators (for tests and the About dialog)."""
    return [t.filePath() for t in _installed if t.filePath()]


def language_names() -> list[tuple[str, str]]:
    """The Language menu: (code, name in that language) for every shipped language."""
    return [(code, core_i18n.native_name(code)) for code in core_i18n.shipped_languages()]


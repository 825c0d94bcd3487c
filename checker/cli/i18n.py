"""`--help` and usage errors in the reader's language (`--lang id|en`, else $CEKRESMI_LANG, else
Indonesian, as every report).

click writes its own words ("Usage:", "No such option", "Missing argument") through gettext,
and ours (command and option help) are plain strings. One gettext catalogue holds both:
reports/locale/id/LC_MESSAGES/cekresmi.po (the source; msgids are the English texts) compiled
to cekresmi.mo by scripts/compile_locale.py. Before click parses, LocalisedGroup reads the
language from the arguments and points click's gettext functions and our help texts at it;
English is the msgids themselves. Only the standard library loads here (--help stays fast).
"""

from __future__ import annotations

import gettext
import inspect
import os
import sys
from functools import lru_cache

import click

__all__ = ["DOMAIN", "LocalisedGroup", "catalogue_dir", "lang_from_args", "use_language"]

DOMAIN = "cekresmi"
_LANGS = ("id", "en")
# The click modules that call gettext (each did `from gettext import gettext as _` and, some,
# `ngettext`); their module globals are looked up at call time, so rebinding them takes effect.
_CLICK_MODULES = ("core", "decorators", "exceptions", "formatting", "parser", "termui", "types",
                  "utils")
_ORIGINAL = "_cekresmi_english"


def lang_from_args(args: list[str]) -> str:
    """The --lang the command line names (its last one, as click takes it), else
    $CEKRESMI_LANG, else id. An unknown value is left for click to refuse."""
    chosen = None
    for i, arg in enumerate(args):
        if arg == "--":
            break
        if arg == "--lang" and i + 1 < len(args):
            chosen = args[i + 1]
        elif arg.startswith("--lang="):
            chosen = arg.split("=", 1)[1]
    if chosen in _LANGS:
        return chosen
    env = os.environ.get("CEKRESMI_LANG", "id")
    return env if env in _LANGS else "id"


def catalogue_dir() -> str:
    """reports/locale (the user's template dir first, if it has one)."""
    from checker.paths import template_dirs

    for folder in template_dirs():
        path = folder / "locale"
        if path.is_dir():
            return str(path)
    return str(template_dirs()[-1] / "locale")


@lru_cache(maxsize=4)
def _translations(lang: str, where: str) -> gettext.NullTranslations:
    if lang == "en":
        return gettext.NullTranslations()
    return gettext.translation(DOMAIN, where, languages=[lang], fallback=True)


def _translate_help(command: click.Command, words: gettext.NullTranslations) -> None:
    """Every help text of `command` and its subcommands in the chosen language; the English
    is kept on the object so the next run may choose again (tests run many in one process)."""
    if getattr(command, "_help_option", None) is not None:
        # click builds --help once per command with its words of that moment: build it again.
        command._help_option = None
    items = [command, *command.params]
    for item in items:
        english = item.__dict__.setdefault(_ORIGINAL, {
            "help": getattr(item, "help", None),
            "show_default": getattr(item, "show_default", None)})
        if english["help"]:
            # click dedents a docstring itself; the catalogue holds it dedented.
            item.help = words.gettext(inspect.cleandoc(english["help"]))
        if isinstance(english["show_default"], str):
            item.show_default = words.gettext(english["show_default"])
    if isinstance(command, click.Group):
        for sub in command.commands.values():
            _translate_help(sub, words)


def use_language(command: click.Command, lang: str) -> None:
    """click's messages and our help texts in `lang` from now on."""
    words = _translations(lang, catalogue_dir())
    for name in _CLICK_MODULES:
        module = sys.modules.get(f"click.{name}")
        if module is None:
            continue
        if hasattr(module, "_"):
            module._ = words.gettext
        if hasattr(module, "ngettext"):
            module.ngettext = words.ngettext
    _translate_help(command, words)


class LocalisedGroup(click.Group):
    """The `cekresmi` group: picks the language before click parses a word, so --help and
    usage errors (which click writes while parsing) are in it too."""

    def main(self, args=None, *rest, **kwargs):
        args = list(sys.argv[1:] if args is None else args)
        use_language(self, lang_from_args(args))
        return super().main(args, *rest, **kwargs)

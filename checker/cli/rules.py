"""`cekresmi rules list` and `cekresmi rules explain CODE`: the rules behind every finding."""

from __future__ import annotations

from collections.abc import Mapping

import click

from checker.cli.options import fail, lang_option, load_context, rules_dir_option
from checker.report.terminal import echo


@click.group()
def rules():
    """List and explain the rules behind every finding."""


@rules.command("list")
@lang_option
@rules_dir_option
def rules_list(lang, rules_dir):
    """List every rule: code, severity, confidence and title."""
    from checker.report.formats import ui

    context = load_context(rules_dir, lang)
    words = ui(lang)
    for rule in context.rules.rules:
        echo(f"{rule.code}  {words['sev_' + rule.severity]:<10} "
                   f"{words['conf_' + rule.confidence]:<7} {rule.title.get(lang)}")


@rules.command("explain")
@click.argument("code")
@lang_option
@rules_dir_option
def rules_explain(code, lang, rules_dir):
    """Explain one rule (e.g. DOM010): what it means, its parameters and examples."""
    from checker.report.formats import ui

    context = load_context(rules_dir, lang)
    words = ui(lang)
    try:
        rule = context.rules.rule(code.upper())
    except KeyError:
        raise fail(words["explain_unknown"].format(code=code)) from None
    echo(f"{rule.code}: {rule.title.get(lang)}")
    echo(f"  {words['severity']}: {words['sev_' + rule.severity]}   "
               f"{words['confidence']}: {words['conf_' + rule.confidence]}"
               f"   {words['explain_check']}: {rule.check}")
    echo(f"  {words['explain_message']}: {rule.message.get(lang)}")
    for key, value in rule.params.items():
        if isinstance(value, tuple):  # params arrive typed (checker.ruleset.load)
            value = ", ".join(map(str, value))
        elif isinstance(value, Mapping):
            value = ", ".join(f"{k}={v}" for k, v in value.items())
        echo(f"  {words['explain_param']} {key}: {value}")
    for ref in rule.references:
        echo(f"  {words['references']}: {ref}")
    for note in rule.falsepositives:
        echo(f"  {words['explain_falsepositive']}: {note}")
    for kind in ("fires", "passes"):
        for example in getattr(rule, kind):
            shown = example if isinstance(example, str) else example.get("url", "")
            extra = "" if isinstance(example, str) else (
                f"  ({', '.join(k for k in example if k != 'url')})")
            echo(f"  {words['explain_' + kind]}: {shown}{extra}")

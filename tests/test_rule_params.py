"""Every bound and default lives in rules/, and a rule's params are checked against what its
check declares (checker.analyse.checks.register): a misspelt key or a wrong type stops the
loader with the file, the rule code and the key; a changed value changes what the core does."""

import shutil
from dataclasses import replace
from decimal import Decimal

import pytest
from builders import context, snapshot

from checker.analyse.checks import PARAMS
from checker.analyse.page import extract
from checker.analyse.pipeline import check_snapshot
from checker.paths import rules_dir
from checker.ruleset.load import load_rules
from checker.ruleset.schema import RulesError


def _rules(tmp_path, name, old, new):
    target = tmp_path / "rules"
    shutil.copytree(rules_dir(), target)
    path = target / f"{name}.yaml"
    text = path.read_text("utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), "utf-8")
    return load_rules(target)


@pytest.mark.parametrize("name,old,new,words", [
    # The example: misspelt and quoted, it used to load and the default was used.
    ("figure-rules", 'params: {tolerance: "0.5"}', 'params: {tolerence: "5"}',
     ["figure-rules.yaml", "FIG001", "tolerence", "unknown", "tolerance"]),
    ("figure-rules", 'params: {tolerance: "0.5"}', "params: {tolerance: 0.5}",
     ["figure-rules.yaml", "FIG001", "params.tolerance", "in quotes"]),
    ("figure-rules", 'params: {tolerance: "0.5"}', 'params: {tolerance: "half"}',
     ["FIG001", "params.tolerance", "not a number"]),
    ("figure-rules", "params: {hour_wib: 15}", 'params: {hour_wib: "15"}',
     ["FIG005", "params.hour_wib", "whole number"]),
    ("figure-rules", "params: {hour_wib: 15}", "params: {hour_wib: 25}",
     ["FIG005", "params.hour_wib", "out of range"]),
    ("figure-rules", 'params: {tolerance: "0.1"}', 'params: {tolerance: "-1"}',
     ["FIG003", "params.tolerance", "out of range"]),
    ("figure-rules", "params: {status: minor}", "params: {status: small}",
     ["FIG021", "params.status", "not one of"]),
    ("figure-rules", "params: {kpu: true}", "params: {kpu: \"yes\"}",
     ["params.kpu", "true/false"]),
    ("page-rules", "params: {min_figures: 2}", "params: {min_figures: two}",
     ["page-rules.yaml", "params.min_figures", "whole number"]),
    ("domain-rules", "params: {of_kpu: true}", "params: {of_kpu: yes_please}",
     ["domain-rules.yaml", "params.of_kpu"]),
    ("domain-rules", "      min_substring: 6\n", "      min_substring: 6\n      min_substrng: 5\n",
     ["domain-rules.yaml", "min_substrng", "unknown"]),
    ("page-rules", "params: {max_text: 400}", "params: {max_text: 400, extra: 1}",
     ["page-rules.yaml", "extra", "check client_rendered takes: max_text"]),
])
def test_bad_params_fail_with_file_rule_and_key(tmp_path, name, old, new, words):
    with pytest.raises(RulesError) as caught:
        _rules(tmp_path, name, old, new)
    for word in words:
        assert word in str(caught.value), (word, str(caught.value))


def test_a_check_without_params_refuses_any(tmp_path):
    with pytest.raises(RulesError, match=r"FIG002: params: unknown key\(s\) tolerance .*none"):
        _rules(tmp_path, "figure-rules", "    check: progress_over_100\n",
               "    check: progress_over_100\n    params: {tolerance: \"1\"}\n")


def test_params_arrive_typed_with_the_declared_defaults():
    rules = {r.code: r for r in context().rules.rules}
    assert rules["FIG001"].params["tolerance"] == Decimal("0.5")
    assert rules["FIG003"].params["tolerance"] == Decimal("0.1")
    assert rules["FIG002"].params == {}
    # Every rule gets every key its check declares, filled from the default if unwritten.
    for rule in rules.values():
        assert set(rule.params) == set(PARAMS[rule.check]), rule.code


def test_a_params_value_in_yaml_changes_the_finding(tmp_path):
    html = ("<p>Real count Pilgub DKI Jakarta: Ridwan Kamil-Suswono 45,02%, Dharma-Kun 10,49%, "
            "Pramono-Rano 47,49%.</p>")  # adds up to 103%
    page = snapshot("https://x.example/", html)
    assert "FIG001" in {f.code for f in check_snapshot(page, context()).findings}
    loose = _rules(tmp_path, "figure-rules", 'params: {tolerance: "0.5"}',
                   'params: {tolerance: "5"}')
    report = check_snapshot(page, replace(context(), rules=loose))
    assert "FIG001" not in {f.code for f in report.findings}


@pytest.mark.parametrize("old,new,code", [
    ('share_consistent: "0.5"', 'share_consistent: "0.9"', "FIG022"),  # now consistent
    ('share_minor: "1.0"', 'share_minor: "0.8"', "FIG020"),            # now discrepant
])
def test_the_thresholds_in_yaml_are_the_ones_used(tmp_path, old, new, code):
    page = snapshot("https://x.example/",
                    "<p>Real count Pilgub DKI Jakarta: Pramono-Rano 50,90%.</p>")
    before = check_snapshot(page, context())
    assert [c.status for c in before.comparisons] == ["minor"]  # 0.83 points off 50.07
    rules = _rules(tmp_path, "figure-rules", old, new)
    after = check_snapshot(page, replace(context(), rules=rules))
    assert code in {f.code for f in after.findings}
    assert "FIG021" not in {f.code for f in after.findings}


@pytest.mark.parametrize("old,new,check", [
    ("max_tables: 50 ", "max_tables: 1 ", lambda p: len(p.tables) == 1),
    ("max_table_rows: 500 ", "max_table_rows: 2 ", lambda p: len(p.tables[0]) == 2),
    ("max_table_cells: 30 ", "max_table_cells: 2 ", lambda p: len(p.tables[0][0]) == 2),
    ("max_cell_chars: 300 ", "max_cell_chars: 4 ", lambda p: p.tables[0][1][0] == "Pram"),
    ("max_json_scripts: 20 ", "max_json_scripts: 1 ", lambda p: len(p.json_blobs) == 1),
    ("max_prose_chars: 300000 ", "max_prose_chars: 10 ", lambda p: len(p.prose) <= 10),
])
def test_page_caps_come_from_figures_yaml(tmp_path, old, new, check):
    html = ("<h2>Pilgub DKI</h2><p>Hasil rekapitulasi suara Pilgub DKI Jakarta 2024.</p>"
            "<table><tr><th>Paslon</th><th>Suara</th><th>%</th></tr>"
            "<tr><td>Pramono-Rano</td><td>2.181.939</td><td>50,07%</td></tr>"
            "<tr><td>Dharma-Kun</td><td>459.230</td><td>10,53%</td></tr></table>"
            "<table><tr><th>TPS</th><th>Masuk</th></tr><tr><td>14.835</td><td>14.825</td></tr>"
            "</table><script>window.__A__ = {\"a\": 1}; window.__B__ = {\"b\": 2};</script>")
    page = snapshot("https://x.example/", html)
    rules = context().rules
    default = extract(page, rules.vocabulary, rules.figures.params)
    assert not check(default)
    tight = _rules(tmp_path, "figures", old, new)
    assert check(extract(page, tight.vocabulary, tight.figures.params))

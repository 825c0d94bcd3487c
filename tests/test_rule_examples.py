"""Every rule's own examples: `fires` must produce its code, `passes` must not."""

import pytest

from builders import context, from_example
from checker.analyse.pipeline import check_snapshot

RULES = context().rules.rules
CASES = [(r.code, "fires", ex) for r in RULES for ex in r.fires] + \
        [(r.code, "passes", ex) for r in RULES for ex in r.passes]


def test_every_rule_has_examples_both_ways():
    for rule in RULES:
        assert rule.fires, f"{rule.code} has no example that fires"
        assert rule.passes, f"{rule.code} has no example that passes"


@pytest.mark.parametrize("code,kind,example", CASES,
                         ids=[f"{c}-{k}-{i}" for i, (c, k, _) in enumerate(CASES)])
def test_rule_example(code, kind, example):
    report = check_snapshot(from_example(example), context())
    if kind == "fires":
        assert code in report.codes(), f"{code} should fire on {example!r}: {sorted(report.codes())}"
    else:
        assert code not in report.codes(), f"{code} should not fire on {example!r}"

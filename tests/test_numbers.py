"""Numbers as Indonesian (and English-style) pages write them: int and Decimal, never float.

Property-style: many real-world spellings in a table, and seeded random figures written each
way a page writes them, which must read back exactly."""

from __future__ import annotations

import random
from decimal import Decimal

import pytest

from checker.figures.numbers import detect_style, find_fractions, find_numbers, parse_number

D = Decimal


def figures(text, style=None, default_unit=None):
    found = find_numbers(text, style, default_unit)
    for number in found:
        assert type(number.value) in (int, Decimal), (text, number)  # never float
    return [(n.value, n.unit, n.approximate) for n in found]


# (text, [(value, unit, approximate)]) from news, hoax captions and scraped tables.
SPELLINGS = [
    ("Pramono-Rano memperoleh 2.181.939 suara atau 50,07 persen",
     [(2181939, "votes", False), (D("50.07"), "percent", False)]),
    ("Ridwan Kamil-Suswono 42.02%, Dharma-Kun 10.49%, Pramono-Rano 47.49%",
     [(D("42.02"), "percent", False), (D("10.49"), "percent", False),
      (D("47.49"), "percent", False)]),
    ("RK-Suswono: 1,717,245 suara", [(1717245, "votes", False)]),
    ("14,1 juta suara", [(14100000, "votes", True)]),
    ("perolehan 14,1 juta", [(14100000, None, True)]),
    ("sekitar 458 ribu suara", [(458000, "votes", True)]),
    ("1,5 jt suara", [(1500000, "votes", True)]),
    ("2.1 million votes", [(2100000, "votes", True)]),
    ("Khofifah-Emil 58,7%", [(D("58.7"), "percent", False)]),
    ("Khofifah-Emil 58,7 %", [(D("58.7"), "percent", False)]),
    ("Khofifah-Emil 58,7persen", [(D("58.7"), "percent", False)]),
    ("Khofifah-Emil 58,70 per sen", [(D("58.70"), "percent", False)]),
    # English-language newsrooms (The Jakarta Post): "percent" is a unit too
    ("Pramono-Rano won 50.07 percent", [(D("50.07"), "percent", False)]),
    ("99.93 per cent of polling stations", [(D("99.93"), "percent", False)]),
    ("data masuk 100%", [(D("100"), "percent", False)]),
    ("data masuk 99,12 persen (60.219 dari 60.751 TPS)",
     [(D("99.12"), "percent", False), (60219, None, False), (60751, None, False)]),
    ("1.717.245,50", [(D("1717245.50"), None, False)]),
    ("1,717,245.50", [(D("1717245.50"), None, False)]),
    ("0,500 persen", [(D("0.500"), "percent", False)]),
    ("50,070%", [(D("50.070"), "percent", False)]),           # 3 decimals: the % decides
    ("2.181 suara", [(2181, "votes", False)]),                # 3 digits: "suara" decides
    ("2,181 suara", [(2181, "votes", False)]),
    ("12,5 suara", []),                                       # not a count
    ("Pilkada 2024", [(2024, None, False)]),
    ("pukul 15.30 WIB", []),                                  # a time of day
    ("10.00 WIB", []),
    ("pukul 10:15", []),
    ("Kamis (28/11/2024)", []),                               # a date
    ("2024-11-28", [(28, None, False)]),
    ("1.2.3", []),
    ("12,34,56", []),
    ("2024an", []),
    ("3rd", []),
    ("Rp14,1 juta", []),                                      # glued to "Rp": money, unread
]


@pytest.mark.parametrize("text,expected", SPELLINGS, ids=[s[0][:40] for s in SPELLINGS])
def test_spellings(text, expected):
    assert figures(text) == expected


@pytest.mark.parametrize("token,prefer,style,expected", [
    ("2.181.939", None, None, 2181939),
    ("1,717,245", None, None, 1717245),
    ("50,07", None, None, D("50.07")),
    ("42.02", None, None, D("42.02")),
    ("2.181", None, None, 2181),                 # Indonesian habit: "." groups thousands
    ("2.181", None, "en", D("2.181")),           # an English page: "." is the decimal point
    ("2,181", None, None, D("2.181")),
    ("2,181", None, "en", 2181),
    ("2,181", "integer", None, 2181),
    ("2.181", "decimal", None, D("2.181")),
    ("1234.567", None, None, D("1234.567")),     # a 4-digit head cannot be a thousands group
    ("007", None, None, 7),
    ("", None, None, None),
    ("1..2", None, None, None),
    ("1.2.3", None, None, None),
    ("1.717.245,50", None, None, D("1717245.50")),
    ("1.717,245.50", None, None, None),          # both separators repeated: not one number
    ("9" * 31, None, None, None),                # longer than any figure
])
def test_parse_number(token, prefer, style, expected):
    assert parse_number(token, prefer, style) == expected
    assert type(parse_number(token, prefer, style)) is type(expected)


def test_detect_style():
    assert detect_style("Pramono-Rano 2.181.939 suara atau 50,07 persen") == "id"
    assert detect_style("Pramono-Rano 2,181,939 votes or 50.07%") == "en"
    assert detect_style("tidak ada angka") is None
    # The style decides the ambiguous 3-digit group; unambiguous forms ignore it.
    assert figures("1,717 suara dan 50.07%", "en") == [(1717, "votes", False),
                                                      (D("50.07"), "percent", False)]


def _indonesian(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def test_random_counts_read_back_exactly():
    rng = random.Random(20241128)
    for _ in range(2000):
        n = rng.choice([rng.randrange(1000, 10**6), rng.randrange(10**6, 10**9)])
        assert figures(f"memperoleh {_indonesian(n)} suara") == [(n, "votes", False)]
        assert figures(f"won {n:,} votes") == [(n, "votes", False)]
        assert figures(f"{n} suara") == [(n, "votes", False)]
        assert parse_number(_indonesian(n)) == n


def test_random_shares_read_back_exactly():
    rng = random.Random(27)
    for _ in range(2000):
        cents = rng.randrange(0, 10001)
        value = (D(cents) / 100).quantize(D("0.01"))
        text = f"{value}"
        indonesian = text.replace(".", ",")
        assert figures(f"{indonesian} persen") == [(value, "percent", False)]
        assert figures(f"{text}%") == [(value, "percent", False)]
        assert figures(f"({indonesian}%)") == [(value, "percent", False)]


def test_random_millions_are_approximate():
    rng = random.Random(3)
    for _ in range(500):
        tenths = rng.randrange(1, 500)
        text = f"{tenths // 10},{tenths % 10}" if tenths % 10 else f"{tenths // 10}"
        expected = tenths * 100_000
        assert figures(f"{text} juta suara") == [(expected, "votes", True)]


def test_default_unit_for_table_columns():
    assert figures("2.181.939", default_unit="votes") == [(2181939, "votes", False)]
    assert figures("50,07", default_unit="percent") == [(D("50.07"), "percent", False)]
    # a cell that carries both: "2.181.939 (50,07%)"
    assert figures("2.181.939 (50,07%)", default_unit="votes") == [
        (2181939, "votes", False), (D("50.07"), "percent", False)]


def test_fractions():
    found = list(find_fractions("data masuk 99,12 persen (60.219 dari 60.751 TPS)"))
    assert [(f.done, f.total, f.tps) for f in found] == [(60219, 60751, True)]
    found = list(find_fractions("14.825/14.835 TPS, 9425 of 9704"))
    assert [(f.done, f.total, f.tps) for f in found] == [(14825, 14835, True), (9425, 9704, False)]
    assert list(find_fractions("Kamis (28/11/2024)")) == []  # a date, not done/total
    assert list(find_fractions("5 dari 0 TPS")) == []


def test_hostile_inputs_are_bounded():
    assert figures("9" * 100000 + " suara") == []
    text = "50,07% " * 100000
    assert len(find_numbers(text, limit=300)) == 300
    assert len(list(find_fractions("1/2 " * 10000, limit=50))) == 50

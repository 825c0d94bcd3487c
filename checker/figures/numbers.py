"""Numbers as Indonesian pages write them, read into int and Decimal (never float).

Indonesian uses "." for thousands and "," for decimals ("2.181.939 suara", "50,07 persen");
English-style pages and hoax graphics use the opposite ("1,717,245", "42.02%"). A number is
read by its own shape first (group lengths, both separators), then by its unit ("%",
"persen" and English pages' "percent" take a decimal, "suara" a whole count), then by the
style of the rest of the text, and last by the Indonesian default. "14,1 juta suara" is 14,100,000 and marked approximate:
the writer rounded it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal, InvalidOperation

from checker.figures.wording import GAINS
from checker.figures.spelled_magnitudes import joined_magnitudes
from checker.models import quick_init

__all__ = ["Fraction", "IDENTIFIER_BEFORE", "MONEY_AFTER", "MONEY_BEFORE", "Number", "detect_style",
           "find_fractions", "find_numbers", "last_unit", "parse_number", "read_across",
           "rounded_reading", "rounding_unit"]

_MAX_DIGITS = 30   # longer digit runs are not figures (ids, hashes, hostile input)
_MULTIPLIERS = {"juta": 10 ** 6, "jt": 10 ** 6, "million": 10 ** 6, "mio": 10 ** 6,
                "ribu": 10 ** 3, "rb": 10 ** 3, "thousand": 10 ** 3, "miliar": 10 ** 9}
# A figure: digits with "." or "," between them; not glued to letters, dates ("28/11/2024"),
# clock times ("15:30") or ISO dates ("2024-11-28").
_TOKEN = r"\d+(?:[.,]\d+)*"
# Every pattern here starts with a digit and looks behind it from there ("\d(?<![\w.,/:]\d)",
# not "(?<![\w.,/:])\d"): a pattern that starts with a character class lets `re` skip to the
# next digit in C instead of trying the whole pattern at every character of the page
# (detect_style on a 20 KB page: 8x faster). What matches is the same.
# A digit not glued to a word, a number or a date before it; a slash after a percentage opens
# the count that goes with it ("(24,49%/31.374.951 suara)", kompasiana, corpus-aw), no date.
_LEAD = r"\d(?<![\w.,:]\d)(?<!(?<!%)(?<!persen)/\d)"
# "886. 251 suara": a thousands point set apart from its group by a slip of typesetting, read
# whole only before "suara", or before the count's share in brackets or after "atau" ("40. 676
# (68,08 %)", corpus-ah), and after at most three digits (never "Pilkada 2024. 251 suara"); a
# sentence does not end there (read_across).
# "24, 8 persen": a decimal comma set apart from its one or two decimals the same way, read
# whole only before a percent sign and after at most two digits that no list of numbers
# precedes ("45, 30, 25 persen" stays three figures).
_SPLIT_GROUP = (r"(?:(?<!\d{4})\.[ ]\d{3}(?=[ ]?suara\b|[ ]?(?:\([ ]?|atau[ ]+)\d{1,3}"
                r"(?:[.,]\d{1,2})?[ ]?(?:%|persen\b))|"
                r"(?<!\d{3})(?<![,][ ]\d)(?<![,][ ]\d\d),[ ]\d{1,2}(?=[ ]?(?:%|persen\b)))?")
_UNIT = (r"(?![/]|[.,:]\d|-\d)"
         r"(?:\s?(%|persen\b|per\s?sen\b|per\s?cent\b|pct\b)"
         r"|\s*(" + "|".join(_MULTIPLIERS) + r")\b\.?(?:\s*(suara|votes?)\b)?"
         r"|[^\S\n]*(suara|votes?)\b)?")
_NUMBER = re.compile(r"(" + _LEAD + r"\d*(?:[.,]\d+)*" + _SPLIT_GROUP + r")" + _UNIT,
                     re.IGNORECASE)
# The same without the split group: a split token's head and tail read apart.
_NUMBER_APART = re.compile(r"(" + _LEAD + r"\d*(?:[.,]\d+)*)" + _UNIT, re.IGNORECASE)
# An identifier a sentence may end with ("pasangan nomor urut 2.", "TPS 12.", "pukul 9."): a
# number after it and a space opens the next sentence, and is no group of it.
IDENTIFIER_BEFORE = re.compile(r"\b(?:nomor|nomer|no\.?|urut|tps|pukul|pkl\.?|jam|pasal|ayat|"
                                r"ke|tanggal|tgl\.?|rt|rw|paslon|calon|dapil|halaman|bab)"
                                r"\s*-?\s*$", re.IGNORECASE)
# (No break before "dari": "Pilkada Bangka 2024" over "Dari 455 TPS ..." is two blocks.)
_FRACTION = re.compile(
    r"(" + _LEAD + r"\d*(?:[.,]\d+)*)[^\S\n]*(?:dari|/|of|dr\.?)\s*(?:total\s+)?(" + _TOKEN +
    r")(?![\w/]|[.,]\d)(?:\s*(tps|tempat\s+pemungutan\s+suara)\b)?", re.IGNORECASE)
_WHOLE_TOKEN = re.compile(_TOKEN)
_HUNDRED = re.compile(r"(?<!\w)seratus\s+(?:persen\b|%)", re.IGNORECASE)
_SEPARATORS = re.compile(r"[.,]")
_CLOCK_TOKEN = re.compile(r"\d{1,2}[.:]\d{2}")
_GLUED = re.compile(r"\w")
_CLOCK_BEFORE = re.compile(r"(?:pukul|pkl\.?|jam)\s*$", re.IGNORECASE)
_CLOCK_AFTER = re.compile(r"\s*(?:wib|wita|wit)\b", re.IGNORECASE)
# Unambiguous evidence of a style: several thousands groups, or a 1-2 digit decimal part.
_ID_EVIDENCE = re.compile(r"\d(?<![\d.,]\d)(?:\d{0,2}(?:\.\d{3}){2,}(?![\d.,])|\d*,\d{1,2}(?![\d.,]))")
_EN_EVIDENCE = re.compile(r"\d(?<![\d.,]\d)(?:\d{0,2}(?:,\d{3}){2,}(?![\d.,])|\d*\.\d{1,2}(?![\d.,]))")


@quick_init
@dataclass(frozen=True)
class Number:
    """A figure found in text. unit: "percent" | "votes" | None (a bare number)."""

    value: int | Decimal
    unit: str | None
    start: int
    end: int
    text: str
    approximate: bool = False  # "14,1 juta": the writer rounded


@quick_init
@dataclass(frozen=True)
class Fraction:
    """"60.219 dari 60.751 TPS": done of total."""

    done: int
    total: int
    start: int
    end: int
    text: str
    tps: bool  # the word TPS follows


def detect_style(text: str, sample: int = 200_000) -> str | None:
    """"id" when the text writes numbers the Indonesian way, "en" the English way, None when
    it does not say (then the Indonesian default applies)."""
    text = text[:sample]
    ind = sum(1 for _ in zip(range(200), _ID_EVIDENCE.finditer(text)))
    # "pukul 01.34 WIB" is a clock time, no decimal: no evidence of the English way.
    eng = sum(1 for _, m in zip(range(200), _EN_EVIDENCE.finditer(text)) if not (
        _CLOCK_AFTER.match(text, m.end()) or _CLOCK_BEFORE.search(text[max(0, m.start() - 7):
                                                                         m.start()])))
    if ind > eng:
        return "id"
    if eng > ind:
        return "en"
    return None


def _to_decimal(digits: str) -> Decimal | None:
    try:
        return Decimal(digits)
    except InvalidOperation:
        return None


def parse_number(token: str, prefer: str | None = None,
                 style: str | None = None) -> int | Decimal | None:
    """Read one token of digits and separators. prefer: "decimal" (a percentage) or "integer"
    (a count) for the ambiguous "2.181" / "50,070"; style: "id" | "en" from detect_style.
    Returns int for whole numbers written without a decimal part, Decimal otherwise, None
    when the token is not one number ("1.2.3", "12,34,56")."""
    token = token.strip()
    if not token or len(token) > _MAX_DIGITS + 10 or not _WHOLE_TOKEN.fullmatch(token):
        return None
    return _parse_token(token, prefer, style)


@lru_cache(maxsize=4096)
def _parse_token(token: str, prefer: str | None, style: str | None) -> int | Decimal | None:
    """parse_number of a token of the shape _TOKEN. Remembered: a page writes the same
    figures again and again, and every reader asks (int and Decimal are immutable)."""
    if token.isdigit():
        return int(token) if len(token) <= _MAX_DIGITS else None
    seps = [c for c in token if c in ".,"]
    groups = _SEPARATORS.split(token)
    if sum(len(g) for g in groups) > _MAX_DIGITS:
        return None
    if not seps:
        return int(token)
    if len(set(seps)) == 2:
        # "1.717.245,50" / "1,717,245.50": the last separator is the decimal point, the others
        # (all the other character) group thousands.
        last = seps[-1]
        if seps.count(last) != 1 or not _thousands(groups[:-1]):
            return None
        return _to_decimal("".join(groups[:-1]) + "." + groups[-1])
    sep = seps[0]
    if len(seps) > 1:  # "2.181.939" / "1,717,245": only thousands groups can repeat
        return int("".join(groups)) if _thousands(groups) else None
    head, tail = groups
    if len(tail) != 3 or head == "0" or len(head) > 3:
        return _to_decimal(head + "." + tail)  # "50,07", "42.02", "0,500", "1234.567"
    # "2.181" or "50,070": the unit decides, then the page's style, then the Indonesian habit.
    if prefer == "decimal":
        as_decimal = True
    elif prefer == "integer":
        as_decimal = False
    elif style == "en":
        as_decimal = sep == "."
    else:
        as_decimal = sep == ","
    return _to_decimal(head + "." + tail) if as_decimal else int(head + tail)


# " atau 47.07 persen", " (47,07%)": a share right after a unit-less figure restates it: a
# count, on a page whose shares write a decimal point too (corpus-bi: "72.130" was 72,13).
_OWN_SHARE_NEXT = re.compile(r"[^\S\n]*(?:atau[^\S\n]+(?:sekitar[^\S\n]+)?|\()"
                             r"\d{1,2}(?:[.,]\d{1,2})?[^\S\n]*(?:%|persen\b)", re.IGNORECASE)


def _thousands(groups: list[str]) -> bool:
    return 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])


def _integral(value: int | Decimal) -> int | Decimal:
    if isinstance(value, Decimal) and value == value.to_integral_value():
        return int(value)
    return value


def _is_clock(text: str, start: int, end: int, token: str) -> bool:
    """"pukul 15.30", "10.00 WIB": a time of day, not a figure."""
    if not 4 <= len(token) <= 5 or not _CLOCK_TOKEN.fullmatch(token):
        return False
    return bool(_CLOCK_BEFORE.search(text[max(0, start - 8):start])
                or _CLOCK_AFTER.match(text, end))


def find_numbers(text: str, style: str | None = None, default_unit: str | None = None,
                 limit: int = 5000) -> list[Number]:
    """Every figure in `text`, at most `limit`. Percentages become Decimal; vote counts int
    (a count with a decimal part that is not rounded by "juta"/"ribu" is dropped).
    `default_unit` gives unit-less numbers a unit (a table column headed "Suara")."""
    found: list[Number] = []
    for match in _matches(text):
        if len(found) >= limit:
            break
        token, percent, mult, mult_votes, votes = match.groups()
        token = token.replace(" ", "")  # "886. 251", "24, 8" (_SPLIT_GROUP)
        if not (percent or mult or votes) and _GLUED.match(text, match.end(1)):
            continue  # "2024an", "3rd", "10x": part of a word
        if _is_clock(text, match.start(1), match.end(1), token):
            continue
        unit = ("percent" if percent else "votes" if (mult_votes or votes) else
                None if mult else default_unit)
        if mult:
            prefer = "decimal" if "," in token or style == "en" else None
        else:
            prefer = {"percent": "decimal", "votes": "integer"}.get(unit or "")
            if unit is None and "," not in token and _OWN_SHARE_NEXT.match(text, match.end()):
                prefer = "integer"  # "72.130 atau 47.07 persen" (not "50,067 atau 50,7 persen")
        # The token is _TOKEN's shape already (group 1 of _NUMBER): read it directly.
        value = _parse_token(token, prefer, style) if len(token) <= _MAX_DIGITS + 10 else None
        if value is None:
            continue
        approximate = False
        slip = _stray_magnitude(text, match, token, mult, mult_votes, value, style) if mult \
            else "written"
        if slip == "nothing":
            continue  # "dana ... mencapai 2.809.393 juta": neither 2.8 trillion nor a count
        if slip is None:
            value = _integral(Decimal(value) * _MULTIPLIERS[mult.lower()])
            approximate = True  # "14,1 juta" alone may be voters or rupiah: unit from context
        if unit == "percent":
            value = Decimal(value)
            if value == 100 and _OF_WHOLE.search(text, max(0, match.start() - 24), match.start()) \
                    and not _COUNTED_AFTER.match(text, match.end()):
                continue  # "13,61% dari 100%": the whole the share is of, no figure of its own
        elif unit == "votes" and not isinstance(value, int):
            if value != value.to_integral_value():
                continue  # "12,5 suara" is not a count
            value = int(value)
        found.append(Number(value, unit, match.start(), match.end(), match.group(0),
                            approximate))
    if "eratus" in text and len(found) < limit:
        # "sudah rampung seratus persen": the one percentage pages write as a word
        found += [Number(Decimal(100), "percent", m.start(), m.end(), m.group(0)) for m in
                  _HUNDRED.finditer(text)][:limit - len(found)]
        found.sort(key=lambda n: n.start)
    return joined_magnitudes(text, found)  # "2 juta 183 ribu 239 suara": one count


# More votes than Indonesia has voters (about 205 million): no count of votes is this large.
_MOST_VOTES = 300_000_000
_FULL_GROUPS = re.compile(r"\d{1,3}(?:\.\d{3}){2,}")  # "2.809.393": written to the last vote


def _stray_magnitude(text: str, match: re.Match, token: str, mult: str, mult_votes, value,
                     style) -> str | None:
    """Is "2.809.393 juta suara" an exact count with a stray magnitude word (an outlet's slip)?
    Only a number written to its last unit with thousands points, which the word would make
    more votes than there are voters, is one: "written" (read as written) with "suara" after
    it or a vote's verb before it ("meraih 1.867.303 juta": never 1.8 trillion votes);
    "nothing" (no figure) otherwise ("dana kampanye mencapai 2.809.393 juta": money, maybe).
    None (multiply): a rupiah amount in millions ("Rp 2.809.393 juta", "2.809.393 juta
    rupiah"), "14,1 juta suara", "1.867 ribu"."""
    if style == "en" or _FULL_GROUPS.fullmatch(token) is None or not isinstance(value, int) \
            or value * _MULTIPLIERS[mult.lower()] <= _MOST_VOTES:
        return None
    if mult_votes:
        return "written"
    if MONEY_BEFORE.search(text, max(0, match.start() - 6), match.start()) or \
            MONEY_AFTER.match(text, match.end()):
        return None
    return "written" if _VOTE_VERB.search(text, max(0, match.start() - 24), match.start()) \
        else "nothing"


# A percentage and "dari"/"of"/"/" before a "100%" (_HUNDRED's "seratus persen" is never one).
_OF_WHOLE = re.compile(r"\d\s*(?:%|persen\b)\s*(?:dari|of|/)\s*(?:total\s+)?$", re.IGNORECASE)
# ... unless what was counted follows: "76,34 persen dari 100 persen suara masuk" is a progress.
_COUNTED_AFTER = re.compile(r"\s*(?:suara|data|sampel|tps|c1|formulir)\b", re.IGNORECASE)
MONEY_BEFORE = re.compile(r"(?:Rp|IDR)\.?\s*$", re.IGNORECASE)
_VOTE_VERB = re.compile(r"\b(?:" + GAINS + r"|mengumpulkan|unggul\s+dengan)\s+(?:sebanyak\s+)?$",
                        re.IGNORECASE)
MONEY_AFTER = re.compile(r"\s*(?:rupiah|IDR)\b", re.IGNORECASE)


def _matches(text: str) -> Iterator[re.Match]:
    """_NUMBER's matches; a token split after an identifier ("nomor urut 2. 559 suara") as
    its two numbers."""
    for match in _NUMBER.finditer(text):
        if " " in match.group(1) and IDENTIFIER_BEFORE.search(
                text, max(0, match.start() - 16), match.start()):
            yield from _NUMBER_APART.finditer(text, match.start(), match.end())
        else:
            yield match


_TOKEN_END = re.compile(r"\d[\d.,]*$")


def read_across(text: str, point: int) -> bool:
    """Is the "." at `point` inside a number read whole ("40. 676 suara": _SPLIT_GROUP)? The
    sentence reader ends no sentence there."""
    if not text[point - 1:point].isdigit():
        return False
    head = _TOKEN_END.search(text, max(0, point - 20), point)
    if head is None:
        return False
    match = _NUMBER.match(text, head.start())
    return match is not None and match.end(1) > point and " " in match.group(1) and \
        not IDENTIFIER_BEFORE.search(text, max(0, head.start() - 16), head.start())


# "Jumat (11/12)": a day and month in brackets after a day's name, the way news pages date a
# line; no count of TPS (blind hunt 26: Banjarmasin's "19,69 persen ... Jumat (11/12)" was held
# to 11 of 12 TPS and flagged).
_DAY_NAME_BEFORE = re.compile(r"\b(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad)"
                              r",?\s*\(\s*$", re.IGNORECASE)
_BRACKET_CLOSES = re.compile(r"\s*\)")


def _bracket_date(text: str, match: re.Match) -> bool:
    """Is the fraction `match` a "(day/month)" date after a day's name?"""
    return not match.group(3) and _BRACKET_CLOSES.match(text, match.end()) is not None and \
        _DAY_NAME_BEFORE.search(text, max(0, match.start() - 12), match.start()) is not None


def find_fractions(text: str, style: str | None = None, limit: int = 200) -> Iterator[Fraction]:
    """"60.219 dari 60.751 TPS", "14.825/14.835": whole numbers, done <= total not enforced
    (a page claiming more done than exist is a finding, not a parse error); no date written
    as "Jumat (11/12)"."""
    count = 0
    for match in _FRACTION.finditer(text):
        if _bracket_date(text, match):
            continue
        done = parse_number(match.group(1), "integer", style)
        total = parse_number(match.group(2), "integer", style)
        if isinstance(done, int) and isinstance(total, int) and total > 0:
            yield Fraction(done, total, match.start(), match.end(), match.group(0),
                           bool(match.group(3)))
            count += 1
            if count >= limit:
                return


def last_unit(value) -> Decimal:
    """One unit of a figure's last written decimal: 58,90 -> 0.01, 61,4 -> 0.1, 42 -> 1. A
    share off by no more than that is the same figure rounded another way."""
    return Decimal(1).scaleb(min(0, Decimal(value).as_tuple().exponent))


_HUNDREDTH = Decimal("0.01")


def written_from(value, exact: Decimal) -> bool:
    """Is the share `value` written from `exact` (a count over its total)? Within one unit of
    its last digit (rounded, or cut short: newsrooms cut digits); in hundredths or finer (a
    unit is 0,01 point, below any gap a reader could be misled by), also one unit off `exact`
    rounded at that digit: 7.456 of 14.687 is 50,766 %, which rounds to 50,77 and is printed
    50,78 beside shares that add up to 100,01. A whole or tenth per cent keeps the one unit:
    "24 persen" for 22,9 % is more than rounding."""
    unit = last_unit(value)
    value = Decimal(value)
    return abs(value - exact) <= unit or \
        unit <= _HUNDREDTH and abs(value - exact.quantize(unit, rounding=ROUND_HALF_UP)) <= unit


def rounded_from(value, exact: Decimal) -> bool:
    """Is the share `value` exactly `exact` at its own last digit, rounded or cut short (not
    merely within written_from's one unit of it)?"""
    unit, value = last_unit(value), Decimal(value)
    return value in (exact.quantize(unit, rounding=ROUND_HALF_UP),
                     exact.quantize(unit, rounding=ROUND_DOWN))


def rounding_unit(value: int) -> int:
    """The unit a rounded count is written to: 2400000 ("2,4 juta") -> 100000. Its writer may
    have rounded or cut the count to that unit, so any count less than one unit away is it."""
    unit = 1
    while value and value % (unit * 10) == 0:
        unit *= 10
    return unit


def rounded_reading(value: int, difference: int) -> str | None:
    """A count written round (`value`, "2,8 juta") `difference` from the official count (page
    minus official): "consistent" when the official count cut or rounded to the written unit
    gives it (2.866.373 is "2,8 juta" cut and "2,9 juta" rounded: 2.800.000 to 2.900.000
    away by less than a unit below, or half a unit above); "unverifiable" when it is above
    by more than half a unit but less than one ("2,9 juta" for 2.849.000, "3 juta" for
    2.183.239: neither rounding nor cutting gives it, yet within the unit the page wrote: not
    flagged); None beyond (graded as any count)."""
    unit = rounding_unit(value)
    if -unit < difference * 2 <= unit or -unit < difference <= 0:
        return "consistent"
    return "unverifiable" if 0 < difference < unit else None

"""The thirty-first blind run (22 real pages: English-language reports on Indonesia's 2024
results, from wire copies, regional English outlets and the English pages of Indonesian
newsrooms, and Indonesian pages giving the national Pilpres figures; nobody had tuned on them,
2026-12-07): five flags on five pages, one true (a page's 58,83 % for Prabowo-Gibran's 58,59),
four false (tests/corpus/findings/hunt.md, "Blind hunt 31").

A. "The opposing pair of former Jakarta governor Anies Baswedan and Muhaimin Iskandar garnered
   24.9%" and "Prabowo won 58.58 percent of the vote ..., besting rivals Anies Baswedan, the
   former Jakarta governor, and Ganjar Pranowo": the place inside a person's former title was
   read as the figure's area, so national Pilpres shares were flagged against DKI Jakarta's.
   A place between "former"/"mantan" and the title (English "former Jakarta governor",
   Indonesian "mantan Gubernur DKI Jakarta") describes the person, never a count's area.

Short pages in our own words with the real figures of the shipped record: the Pilpres 2024
decree (Prabowo-Gibran 96.214.691, 58,59 %; Anies-Muhaimin 40.971.906, 24,95 %; Ganjar-Mahfud
27.040.878, 16,47 %) and its DKI Jakarta count (Prabowo-Gibran 41,67 %, Anies-Muhaimin
41,07 %)."""

from __future__ import annotations

import pytest

from builders import check_article, compared

FLAGS = ("minor", "discrepant")


def found(ctx, title: str, *paragraphs: str) -> list:
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return [(claim.kind, float(claim.value), claim.region_code, c.status, c.reason,
             claim.nomor_urut)
            for claim, c in compared(check_article(title, body, ctx=ctx))]


def flags(claims: list) -> list:
    return [f for f in claims if f[3] in FLAGS]


def shares(claims: list, value: float) -> list:
    return [f for f in claims if f[0] == "share" and f[1] == value]


# ---- A. a place inside a person's former title is no count's area.
NATIONAL_TITLE = "Prabowo Subianto officially declared Indonesia's next president"
LEAD = ("The election commission's official tally gave Prabowo Subianto and running mate Gibran "
        "Rakabuming Raka 58.59% of the vote.")


@pytest.mark.parametrize("text, value", [
    # the blind page's shape: "former Jakarta governor" before the pair, the share after
    ("The opposing pair of former Jakarta governor Anies Baswedan and Muhaimin Iskandar "
     "garnered 24.95% of the vote nationwide.", 24.95),
    # the other page's: the share first, "the former Jakarta governor" in apposition after it
    ("Prabowo won 58.59 percent of the vote in the final tally, besting rivals Anies Baswedan, "
     "the former Jakarta governor, and Ganjar Pranowo.", 58.59),
    # "ex-" and a deputy's title
    ("Ganjar Pranowo and Mahfud MD won 16.47 percent nationwide, while ex-Jakarta vice "
     "governor Sandiaga Uno campaigned for them.", 16.47),
    # Indonesian: "mantan Gubernur DKI Jakarta"
    ("Pasangan mantan Gubernur DKI Jakarta Anies Baswedan dan Muhaimin Iskandar meraih 24,95 "
     "persen suara.", 24.95),
])
def test_a_a_former_title_s_place_is_no_count_s_area(shipped_context, text, value):
    claims = found(shipped_context, *_page(text), text)
    assert not flags(claims), claims
    # graded as the nation's, or held (never Jakarta's)
    assert [f[3] for f in shares(claims, value)] in (["consistent"], ["unverifiable"]), claims
    assert all(f[2] != "31" for f in shares(claims, value)), claims


def _page(text: str) -> tuple[str, str]:
    if "persen" in text:  # an Indonesian page
        return ("KPU Tetapkan Hasil Pilpres 2024",
                "KPU menetapkan hasil Pilpres 2024 secara nasional, Rabu (20/3/2024). "
                "Prabowo-Gibran meraih 58,59 persen suara.")
    return NATIONAL_TITLE, LEAD


@pytest.mark.parametrize("text, value, status", [
    # a wrong national share beside a former title is still caught (as the nation's)
    ("The opposing pair of former Jakarta governor Anies Baswedan and Muhaimin Iskandar "
     "garnered 27.95% of the vote nationwide.", 27.95, "discrepant"),
    ("Pasangan mantan Gubernur DKI Jakarta Anies Baswedan dan Muhaimin Iskandar meraih 27,95 "
     "persen suara.", 27.95, "discrepant"),
    # a place with no "former": Jakarta's own count, graded there
    ("In Jakarta, Anies Baswedan and Muhaimin Iskandar garnered 41.07% of the vote.", 41.07,
     "consistent"),
    ("In Jakarta, Anies Baswedan and Muhaimin Iskandar garnered 44.07% of the vote.", 44.07,
     "discrepant"),
])
def test_a_controls_still_graded(shipped_context, text, value, status):
    claims = found(shipped_context, *_page(text), text)
    assert [f[3] for f in shares(claims, value)] == [status], claims

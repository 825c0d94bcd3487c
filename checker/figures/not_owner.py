"""A run of capitalised words before a figure that names no owner of it, though it may name a
pair (issue 10, attribution; blind run 20). The prose reader (from_text.name_of) walks the
runs back from the figure and takes the first that names a pair; these it passes over:
- a place where a person voted or lives ("Kalah Telak di TPS Edy Rahmayadi", wording);
- a party's name ("yang diusung Partai Keadilan Sejahtera", parties.party_name);
- the backer of the owner, named right after a backing word and nothing but backing words
  (or the pair right after its backers, in English: "the coalition supporting X is 75 percent"):
  "Luthfi-Yasin, jagoan Prabowo-Gibran, meraih", "yang diusung koalisi partai pendukung
  Prabowo-Gibran meraih", "jagoan KIM -koalisi pengusung Prabowo-Gibran di pilpres- ini
  meraih" (a Solo page: the governor pair's 59,14 % graded against the Pilpres pair's 53,08);
  a name after "diusung PDIP, " is the owner (the backer PDIP stands between);
- a pair inside the relative clause of the pair named before it: "Pramono-Rano yang
  mengalahkan Ridwan Kamil-Suswono meraih 50,07 persen", "Pramono-Rano, yang unggul atas
  Ridwan Kamil-Suswono, meraih 2.183.239 suara" are Pramono-Rano's (the rival's 39,40 % was
  graded against them). Not when the clause gives the figure to the pair in it ("... yang
  diraih Pramono-Rano", "... yang memilih Pramono-Rano") nor when the pair opens a clause of
  its own ("... mengalahkan Ridwan Kamil-Suswono yang meraih 39,40 persen": the rival's); and
  only when the head's verb of gaining stands between the run and the figure, the clause
  holding no word of a new predicate ("kini", "justru", "akhirnya");
- a judge, or one speaking of a court party's claim ("Hakim Konstitusi, X, menjelaskan
  pemohon mengklaim ...").
Pure patterns."""

from __future__ import annotations

import re

from checker.figures.parties import party_name
from checker.figures.wording import GAINS, OWNED_PLACE, may_end_with, may_hold, word_pattern

__all__ = ["names_no_owner"]

# In English the parties before a participle (blind hunt 45): "the coalition supporting
# Luthfi-Taj Yasin is around 75 percent", "the parties backing X hold 75 percent of the seats".
_BACKS = re.compile(r"\b(?:diusung|didukung|disokong|jagoan|andalan|(?:koalisi|partai|parpol)"
                    r"[^\S\n]+(?:pengusung|pendukung)|(?:coalition|parties|party)[^\S\n]+"
                    r"(?:supporting|backing|behind|nominating|that[^\S\n]+(?:backs|backed|"
                    r"supports|supported|nominated)))(?:[^\S\n]+(?:oleh|koalisi|partai|parpol|"
                    r"pengusung|pendukung|presiden|capres|pasangan|paslon))*[^\S\n]+$",
                    re.IGNORECASE)
# A pair's name (two capitalised names joined by a dash), then "yang" and a clause of words with
# no comma, stop or figure, up to the run.
_NAME = r"[A-Z][\w'\u2019]*(?:[^\S\n]+[A-Z][\w'\u2019]*){0,3}"  # (no stop: "Ning. Paslon")
# The head may be a pair written without its dash after the word for a pair ("pasangan Teguh
# Farida, yang merupakan rival Wahono-Nurul, hanya mampu meraih 10,68%": blind hunt 29).
# The empty box may head the clause too ("kotak kosong yang menjadi lawan Eri-Armuji mendapatkan
# 15,46 persen", genpi.co; blind hunt 54: the box's share graded as the pair's).
_BOX = r"\b(?:kotak|kolom)[^\S\n]+kosong(?:[^\S\n]+tidak[^\S\n]+bergambar)?"
_HEAD = (r"(?:(?-i:" + _NAME + r"[^\S\n]*[-\u2013][^\S\n]*" + _NAME + r")|"
         r"\b(?:pasangan|paslon)[^\S\n]+(?-i:" + _NAME + r")|" + _BOX + r")")
_RELATIVE = re.compile(_HEAD + r"[^\S\n]*,?"
                       r"[^\S\n]+yang[^\S\n]+([^,.;:!?\n\d()\"\u201c\u201d]*?)[^\S\n]+$",
                       re.IGNORECASE)
# ... or the pair only named as the head's opponent, in an apposition with no "yang": "kotak
# kosong lawan dari Paslon Ony-Antok hanya memperoleh 27.381 suara" (detik, Ngawi 2020), "kolom
# kosong, lawan Eri-Armuji, meraih ..." are the box's; "Eri-Armuji, lawan kotak kosong, meraih
# ..." the pair's. The head's verb of gaining must follow the run, as for the clause.
_OPPONENT_OF = re.compile(_HEAD + r"[^\S\n]*,?[^\S\n]+(?:sebagai[^\S\n]+)?(?:lawan|rival|"
                          r"pesaing|penantang)(?:[^\S\n]+(?:dari|bagi))?(?:[^\S\n]+(?:pasangan|"
                          r"paslon)(?:[^\S\n]+calon)?)?[^\S\n]+$", re.IGNORECASE)
_OPPONENT_ENDS = ("lawan", "rival", "pesaing", "penantang", "dari", "bagi", "pasangan", "paslon",
                  "calon")
# A clause that gives the figure to the pair in it: the votes it got, the voters who chose it,
# or that names the head itself ("Paslon yang disingkat Jamin itu meraih ...", corpus).
_GIVES = re.compile(r"\b(?:di(?:peroleh|raih|dapat(?:kan)?|kantongi|kumpulkan|raup|dulang|"
                    r"capai|terima|singkat|sebut|kenal|sapa|juluki)|untuk|bagi|milik|memilih|"
                    r"mencoblos|menyoblos|mendukung|bernama)\b", re.IGNORECASE)
# A clause that has ended before the run: a new predicate ("Ridwan Kamil-Suswono yang sempat
# unggul kini disalip Pramono-Rano dengan 50,07 persen" is Pramono-Rano's).
_ENDED = word_pattern(("kini", "sekarang", "justru", "namun", "tetapi", "tapi", "malah", "lalu",
                       "kemudian", "akhirnya", "sedangkan", "sementara", "sehingga"))
# The head's own verb of gaining between the run and the figure (a few words may stand before
# it): "... Ridwan Kamil-Suswono di Jakarta Selatan meraih 50,07 persen". A figure right after
# the run ("disalip Pramono-Rano dengan 50,07 persen") may be the run's: no clause is proven.
_HEADS_VERB = re.compile(r"[\s,)\u2013\u2014-]*(?:[^\W\d]+[^\S\n]+){0,4}?(?:hanya[^\S\n]+)?"
                         r"(?:" + GAINS + r"|mengumpulkan|mendulang|mencapai|unggul|menang)\b",
                         re.IGNORECASE)
_WHO = re.compile(r"\byang\b", re.IGNORECASE)
# The words _BACKS ends in (then only space), and the word every _RELATIVE match holds: C-speed
# looks that spare the two searches whose every position in the 80 or 160 characters before
# each run is tried in Python's engine (327 runs of a 20 KB news page: 2.5 ms of its 74 ms).
_BACKS_ENDS = ("diusung", "didukung", "disokong", "jagoan", "andalan", "pengusung", "pendukung",
               "oleh", "koalisi", "partai", "parpol", "presiden", "capres", "pasangan", "paslon",
               "supporting", "backing", "behind", "nominating", "backs", "backed", "supports",
               "supported", "nominated")
_REACH = 160  # characters before the run the clause and its pair may stand
# The pair a count is likened to, the figure right after it restating the count: "Risma-Gus
# Hans memperoleh suara yang sama dengan Khofifah-Emil, yakni 456.856 suara" is the subject's
# (blind hunt 25, Banyuwangi: read as Khofifah-Emil's and dropped as a repeat, a slip missed).
# A verb of gaining after the run ("sama dengan Khofifah-Emil yang meraih ...") gives it the
# figure: only a restating word or a colon may stand between.
_LIKE = re.compile(r"\b(?:sama[^\S\n]+(?:dengan|seperti)|setara[^\S\n]+dengan|serupa[^\S\n]+"
                   r"dengan|menyamai|menyamakan)(?:[^\S\n]+(?:pasangan|paslon|milik|perolehan|"
                   r"raihan|suara))*[^\S\n]+$", re.IGNORECASE)
_LIKE_ENDS = ("dengan", "seperti", "menyamai", "menyamakan", "pasangan", "paslon", "milik",
              "perolehan", "raihan", "suara")
_RESTATED = re.compile(r"[^\S\n]*(?:\([^()\n]{1,30}\))?[^\S\n]*[,:]?[^\S\n]*(?:(?:yakni|yaitu|"
                       r"sebanyak|sebesar|sejumlah)[^\S\n]*:?[^\S\n]*)?", re.IGNORECASE)

# A judge, or anyone speaking of a court party's claim ("Hakim Konstitusi, Daniel Yusmic P.
# Foekh, menjelaskan pemohon mengklaim mendapat 113.426 suara", blind hunt 30): the speaker is
# no owner of the petitioner's (or respondent's) figure.
_JUDGE = re.compile(r"\bhakim(?:[^\S\n]+(?:konstitusi|mk|ketua|anggota))?[^\S\n]*,?[^\S\n]*$",
                    re.IGNORECASE)
_JUDGE_RUN = re.compile(r"hakim\b", re.IGNORECASE)  # (the title itself read as a run)
_OF_A_PARTY = re.compile(r"[^\S\n]*,?[^\S\n]*(?:menjelaskan|mengatakan|menyebut(?:kan)?|"
                         r"menerangkan|memaparkan|menyampaikan|menegaskan|mengungkapkan|"
                         r"membacakan)[^\S\n]+(?:bahwa[^\S\n]+)?(?:pihak[^\S\n]+)?"
                         r"(?:pemohon|termohon|penggugat|tergugat|terkait)\b", re.IGNORECASE)


def names_no_owner(text: str, start: int, end: int, figure: int) -> bool:
    """Is the run text[start:end], before the figure at `figure`, no owner of it?"""
    if may_hold(text, max(0, start - 30), start, ("hakim",)) and \
            _JUDGE.search(text, max(0, start - 30), start) or _OF_A_PARTY.match(text, end) or \
            _JUDGE_RUN.match(text, start, end) or \
            OWNED_PLACE.search(text, max(0, start - 12), start) or party_name(text, start) or \
            may_end_with(text, max(0, start - 80), start, _BACKS_ENDS) and \
            _BACKS.search(text, max(0, start - 80), start):
        return True
    if may_end_with(text, max(0, start - 40), start, _LIKE_ENDS) and \
            _LIKE.search(text, max(0, start - 40), start) and _RESTATED.fullmatch(text, end, figure):
        return True  # "... memperoleh suara yang sama dengan Khofifah-Emil, yakni 456.856"
    reach = max(0, start - _REACH)
    if may_end_with(text, max(0, start - 80), start, _OPPONENT_ENDS) and \
            _OPPONENT_OF.search(text, max(0, start - 80), start) and \
            not _WHO.search(text, end, figure) and _HEADS_VERB.match(text, end, figure):
        return True  # "kotak kosong lawan dari Paslon X hanya memperoleh N": the box's
    clause = _RELATIVE.search(text, reach, start) if may_hold(text, reach, start, ("yang",)) \
        else None
    return clause is not None and not _GIVES.search(clause.group(1)) and \
        not _ENDED.search(clause.group(1)) and not _WHO.search(text, end, figure) and \
        _HEADS_VERB.match(text, end, figure) is not None

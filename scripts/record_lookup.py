"""What the shipped official record holds for a race or an area: the corpus annotators' helper.

    python scripts/record_lookup.py ELECTION KIND RACE_REGION [AREA]
        python scripts/record_lookup.py pilkada2024 governor 31
        python scripts/record_lookup.py pilkada2024 regent_mayor 3273
        python scripts/record_lookup.py pemilu2024 president "" 11
    python scripts/record_lookup.py find NAME      regions whose name contains NAME

It loads the shipped record into a throw-away database in the temporary folder.
"""

from __future__ import annotations

import os
import signal
import sys
import tempfile

from checker.official.embedded import default_record


def main(args: list[str]) -> None:
    if not args or (args[0] == "find" and len(args) != 2) or (args[0] != "find" and len(args) < 3):
        sys.exit(__doc__)
    record = default_record(os.path.join(tempfile.gettempdir(), "cekresmi-lookup.sqlite3"))
    if args[0] == "find":
        wanted = args[1].upper()
        for code, region in sorted(record.regions.items()):
            if wanted in region.name.upper():
                print(code, region.level, region.name)
        return
    race = record.race_for(args[0], args[1], args[2])
    if race is None:
        sys.exit("no such race in the record")
    for candidate in record.candidates_of(race):
        print("cand", candidate.nomor_urut, candidate.id, candidate.name)
    for result in record.results_for(race, args[3] if len(args) > 3 else None):
        print(result.tier, "area", result.area, result.as_of, "progress", result.progress,
              "total", result.total, result.source)
        for candidate_id, votes in result.votes.items():
            print("   ", candidate_id, votes, round(result.share(candidate_id), 2))


if __name__ == "__main__":
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `| head` ends quietly
    main(sys.argv[1:])

#!/usr/bin/env python3
"""After a write benchmark: every write the server confirmed must be in the database exactly once.

Each confirmed draft save, submit and withdrawal raises its answer's draft_version by one, so the
sum of draft_version over the answers equals the number of confirmed writes; each answer's
revisions are numbered 1..revision_count without gaps or doubles; the database passes an
integrity check. Prints one JSON line.

Usage: bench/check_writes.py DATABASE_FILE|postgresql://... CONFIRMED_WRITES
(for PostgreSQL it runs the queries with psql, $PSQL or on the PATH; the server checks its own pages)
"""
import json
import os
import sqlite3
import subprocess
import sys

target, confirmed = sys.argv[1], int(sys.argv[2])
FOUND = "SELECT COALESCE(SUM(draft_version), 0) FROM answer"
BAD = """
    SELECT COUNT(*) FROM answer a
    WHERE a.revision_count <> (SELECT COUNT(*) FROM revision r WHERE r.answer_id = a.id)
       OR a.revision_count <> COALESCE((SELECT MAX(number) FROM revision r WHERE r.answer_id = a.id), 0)"""
REVISIONS = "SELECT COUNT(*) FROM revision"
if target.startswith("postgresql://"):
    def one(sql):
        out = subprocess.run([os.environ.get("PSQL") or "psql", "-At", "-d", target, "-c", sql], check=True, capture_output=True, text=True)
        return int(out.stdout.strip())
    found, bad_revisions, revisions, integrity = one(FOUND), one(BAD), one(REVISIONS), "ok (server)"
else:
    db = sqlite3.connect(f"file:{target}?mode=ro", uri=True)
    found = db.execute(FOUND).fetchone()[0]
    bad_revisions = db.execute(BAD).fetchone()[0]
    revisions = db.execute(REVISIONS).fetchone()[0]
    integrity = db.execute("PRAGMA integrity_check").fetchone()[0]
print(json.dumps({"confirmed": confirmed, "found": found, "lost": max(0, confirmed - found),
                  "unconfirmed_extra": max(0, found - confirmed), "revisions": revisions,
                  "answers_with_bad_revisions": bad_revisions, "integrity": integrity}))

#!/usr/bin/env python3
"""Prints the bench/run table (each scenario next to its baseline) and saves it as JSON under bench/results/."""
import datetime
import json
import os
import sys

work, peak_rss, commit, learners, jvm = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
rows = [json.loads(line) for line in open(os.path.join(work, "results.jsonl"))]
startup = [json.loads(line) for line in open(os.path.join(work, "startup.jsonl"))]
rss = json.load(open(os.path.join(work, "rss.json")))
seed = open(os.path.join(work, "big", "seed.txt")).read().strip()
by_name = {r["scenario"]: r for r in rows}


def rate(r):
    return r.get("confirmed_per_s") or r["requests"] / r["seconds"]


print()
print(f"Cursusschrift bench, commit {commit}, {learners} learners; JVM: {jvm}")
print(f"Seed: {seed}")
print()
print(f"{'scenario':<48} {'req/s':>9} {'p50 ms':>8} {'p99 ms':>8} {'errors':>7}  {'vs baseline':>12}")
for r in rows:
    base = by_name.get(r["baseline"])
    ratio = ""
    if base:
        if r["tier"] == "T3" and "1.2k" in r["baseline"]:
            ratio = f"p99 {r['p99_ms'] / max(base['p99_ms'], 0.01):.2f}x"
        else:
            ratio = f"{rate(r) / max(rate(base), 0.01):.2f}x"
    r["ratio"] = ratio
    print(f"{r['scenario']:<48} {rate(r):>9.0f} {r['p50_ms']:>8.2f} {r['p99_ms']:>8.2f} {r['errors']:>7}  {ratio:>12}")
    if "check" in r:
        c = r["check"]
        print(f"{'':<48} confirmed {c['confirmed']}, in the database {c['found']}, lost {c['lost']}, integrity {c['integrity']}")
# The targets of issue 21, each as a ratio within this run.
targets = [("T2 lesson page (app)", "T1 bare Javalin, same bytes", 0.7),
           ("T3 /les/5, signed-in learner", "T2 lesson page (app)", 0.5),
           ("T3 /opdracht/5, signed-in learner", "T2 lesson page (app)", 0.5),
           ("T3 /schrift, 12 steps answered", "T2 lesson page (app)", 0.25)]
print()
print("targets (ratios in this run; warm-up rounds until two differ < 5 %):")
for name, base, want in targets:
    if name in by_name and base in by_name:
        got = rate(by_name[name]) / max(rate(by_name[base]), 0.01)
        print(f"  {name} / {base}: {got:.2f}x (target >= {want}x) {'met' if got >= want else 'NOT met'}")
for role in ["instructor", "admin"]:
    for page in ["review queue", "review page", "progress matrix"]:
        name = f"T3 {page} ({role}, 120k, 4 clients)"
        if name in by_name:
            p99 = by_name[name]["p99_ms"]
            print(f"  {name}: p99 {p99:.1f} ms (target < 20 ms) {'met' if p99 < 20 else 'NOT met'}")
    for page in ["review queue", "review page", "progress matrix"]:
        big, small = by_name.get(f"T3 {page} ({role}, 120k)"), by_name.get(f"T3 {page} ({role}, 1.2k)")
        if big and small:
            growth = big["p99_ms"] / max(small["p99_ms"], 0.01)
            print(f"  T3 {page} ({role}) p99 growth 1.2k -> 120k: {growth:.2f}x (target <= 1.5x) {'met' if growth <= 1.5 else 'NOT met'}")
fsync_path = os.path.join(work, "fsync.json")
saves = by_name.get("T4 durable writes (group)")
if saves and os.path.exists(fsync_path):
    ceiling = json.load(open(fsync_path))["fsyncs_per_s"]
    got = rate(saves)
    print(f"  T4 durable writes (group): {got:.0f} confirmed/s (target >= 2000) {'met' if got >= 2000 else 'NOT met'}; "
          f"disk ceiling (fsync loop, one writer) {ceiling:.0f}/s, {got / max(ceiling, 1):.2f}x of it (target >= 0.8x) "
          f"{'met' if got >= 0.8 * ceiling else 'NOT met'}; lost {saves['check']['lost']}")
for r in rows:
    if "rounds" in r:
        print(f"  rounds {r['scenario']}: {r['rounds']}{'' if r.get('plateau') else ' (no plateau)'}, load {r.get('load', '?')}")
ms = sorted(s["startup_ms"] for s in startup)
print()
print(f"start-up to /health 200: {ms[len(ms) // 2]} ms (median of {ms}), includes the JVM start")
lesson = by_name.get("T2 lesson page (app)")
if lesson and peak_rss:
    print(f"lesson pages per MB of peak RSS: {rate(lesson) / peak_rss:.1f} req/s per MB (target: RSS <= 300 MB)")
print(f"RSS: idle {startup[0]['rss_idle_mb']} MB (empty database), idle {rss['rss_idle_seeded_mb']} MB (seeded), peak under load {peak_rss} MB (VmHWM)")
migrate_path = os.path.join(work, "migrate.json")
migrate = json.load(open(migrate_path)) if os.path.exists(migrate_path) else None
if migrate:
    print(f"migrate-data of the {learners}-learner course from SQLite to PostgreSQL: {migrate['migrate_data_s'] / 1000:.1f} s "
          f"(every table verified by row count and checksum)")

os.makedirs("bench/results", exist_ok=True)
stamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
path = f"bench/results/{stamp}-{commit}.json"
json.dump({"commit": commit, "when": stamp, "learners": int(learners), "jvm": jvm, "seed": seed, "scenarios": rows,
           "startup_ms": ms, "migrate_data": migrate, "rss_mb": {"idle_empty": startup[0]["rss_idle_mb"], "idle_seeded": rss["rss_idle_seeded_mb"], "peak": peak_rss}},
          open(path, "w"), indent=2)
print(f"saved {path}")

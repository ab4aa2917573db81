#!/usr/bin/env python3
"""The hottest frames of a profile (bench/profile): "self" where a frame is on top of the stack, "total"
where the app's methods (and the JVM's VM thread and socket writes, which only async-profiler sees) are
anywhere on it. Reads async-profiler's collapsed stacks, or a JFR recording printed as JSON (--jfr).
Usage: bench/stacks.py FILE TOP PATH [--jfr]"""
import collections
import json
import sys


def stacks(path, jfr):
    """(frames from the root to the top, count) per sampled stack, frames named package/Class.method."""
    if jfr:
        for e in json.load(open(path))["recording"]["events"]:
            frames = e["values"]["stackTrace"]["frames"]
            yield [f["method"]["type"]["name"].replace(".", "/") + "." + f["method"]["name"] for f in reversed(frames)], 1
    else:
        for line in open(path):
            stack, _, count = line.rstrip().rpartition(" ")
            yield stack.split(";"), int(count)


def shown(frame):
    return (frame.startswith("nl/cursusschrift") or frame.startswith("gg/jte/generated")
            or frame in ("VMThread::run", "writev", "tcp_sendmsg_[k]")) and "$$Lambda" not in frame


path, top, page, jfr = sys.argv[1], int(sys.argv[2]), sys.argv[3], "--jfr" in sys.argv[4:]
self_, total, n = collections.Counter(), collections.Counter(), 0
for frames, count in stacks(path, jfr):
    if not frames:
        continue
    n += count
    self_[frames[-1]] += count
    for frame in set(frames):
        if shown(frame):
            total[frame] += count
n = max(n, 1)
print(f"\n{page}: {n} samples" + ("" if jfr else " (all threads, CPU time; [k] = kernel)"))
print("  self (top of stack):")
for frame, c in self_.most_common(top):
    print(f"    {100 * c / n:5.1f} %  {frame[:120]}")
print("  total (the app's methods and templates" + ("" if jfr else ", the VM thread (GC) and socket writes") + ", anywhere on the stack):")
for frame, c in total.most_common(top):
    print(f"    {100 * c / n:5.1f} %  {frame[:120]}")

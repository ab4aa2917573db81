#!/usr/bin/env python3
"""Registers N learners through the real registration form (as a browser would) and prints one
line per learner: the session cookie and the CSRF token of their pages, for the wrk scripts.

Usage: bench/learners.py BASE_URL N > sessions.tsv
"""
import concurrent.futures
import http.cookiejar
import re
import sys
import urllib.parse
import urllib.request

TOKEN = re.compile(r'(?:name="csrf-token" content|name="_csrf" value)="([^"]+)"')


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


def register(base, n):
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)
    page = opener.open(base + "/registreren").read().decode()
    token = TOKEN.search(page).group(1)
    form = urllib.parse.urlencode({"name": f"Bank Belasting {n}", "email": f"last{n}@bench.example.nl",
                                   "password": "een lang wachtwoord voor de last", "code": "", "_csrf": token}).encode()
    try:
        opener.open(base + "/registreren", form)
    except urllib.error.HTTPError as e:
        if e.code != 303:
            raise
    page = opener.open(base + "/opdracht/1").read().decode()
    session = next(c.value for c in jar if c.name.endswith("cs_session"))
    return f"{session}\t{TOKEN.search(page).group(1)}"


def main():
    base, count = sys.argv[1], int(sys.argv[2])
    with concurrent.futures.ThreadPoolExecutor(max_workers=8) as pool:
        for line in pool.map(lambda n: register(base, n), range(count)):
            print(line)


if __name__ == "__main__":
    main()

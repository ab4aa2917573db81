"""A throwaway SMTP server for bench/mail: accepts every mail, keeps none, and counts them.

Usage: python3 bench/smtp_sink.py PORT COUNT_FILE. Writes the number received so far to COUNT_FILE
(at most every 0.2 s, and on each of the last mails) so the bench can wait for the drain to end.
Uses aiosmtpd when installed, else Python's own smtpd module (deprecated, present up to 3.11).
"""
import os
import sys
import threading
import time
import warnings

port, count_file = int(sys.argv[1]), sys.argv[2]
received = 0
lock = threading.Lock()
last_write = 0.0


def note():
    global received, last_write
    with lock:
        received += 1
        now = time.monotonic()
        if now - last_write > 0.2:
            last_write = now
            write_count()


def write_count():
    # Written aside and renamed, so a reader never sees a half-written (empty) file.
    with open(count_file + ".tmp", "w") as f:
        f.write(str(received))
    os.replace(count_file + ".tmp", count_file)


def flush_forever():
    while True:
        time.sleep(0.5)
        with lock:
            write_count()


threading.Thread(target=flush_forever, daemon=True).start()
try:
    from aiosmtpd.controller import Controller

    class Handler:
        async def handle_DATA(self, server, session, envelope):
            note()
            return "250 OK"

    Controller(Handler(), hostname="127.0.0.1", port=port).start()
    while True:
        time.sleep(3600)
except ImportError:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        import asyncore
        import smtpd

    class Sink(smtpd.SMTPServer):
        def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
            note()

    Sink(("127.0.0.1", port), None, decode_data=False)
    asyncore.loop()

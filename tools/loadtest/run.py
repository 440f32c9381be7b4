"""What every run of tools/ does around its work: stopping cleanly on a signal, a scratch
directory removed afterwards, and the closing line with its duration."""

import contextlib
import shutil
import signal
import tempfile
import time
from pathlib import Path


def _stop(signum, frame):
    # Unwinds through every `with` and `finally`, so that whatever was started is stopped.
    raise SystemExit(128 + signum)


def stop_on_signals():
    # Also SIGINT: a shell starting the run in the background has it ignored, which Python keeps.
    for signum in (signal.SIGINT, signal.SIGTERM, signal.SIGHUP):
        signal.signal(signum, _stop)


@contextlib.contextmanager
def scratch_directory(prefix, keep=False, kept_message="Kept {directory}"):
    directory = Path(tempfile.mkdtemp(prefix=prefix))
    try:
        yield directory
    finally:
        if keep:
            print(kept_message.format(directory=directory))
        else:
            shutil.rmtree(directory, ignore_errors=True)


def heading(title, began, details):
    minutes, seconds = divmod(round(time.monotonic() - began), 60)
    return f"\n{title}, {time.strftime('%Y-%m-%d %H:%M %Z')}, {minutes} min {seconds} s: {details}\n"

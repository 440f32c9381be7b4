"""wrk, the HTTP load generator, asking for a list of paths in turn (rotate.lua), and what it
saw: requests, answers by status, socket errors, requests per second and latency percentiles."""

import json
import math
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

SCRIPT = Path(__file__).with_name("rotate.lua")
MARKER = "WRK_RESULT "


class WrkError(RuntimeError):
    pass


def find_wrk():
    wrk = shutil.which("wrk")
    if not wrk:
        raise WrkError("wrk is missing: apt-get install wrk")
    return wrk


@dataclass
class WrkResult:
    duration: float  # seconds
    requests: int
    statuses: dict[int, int]
    socket_errors: dict[str, int]
    latency_ms: dict[str, float]
    # Error answers (4xx, 5xx) counted by the second (Unix time) they arrived in.
    error_seconds: dict[int, int] = field(default_factory=dict)

    @classmethod
    def parse(cls, output):
        for line in output.splitlines():
            if line.startswith(MARKER):
                data = json.loads(line[len(MARKER) :])
                break
        else:
            raise WrkError(f"wrk printed no result:\n{output}")
        return cls(
            duration=data["duration_us"] / 1e6,
            requests=data["requests"],
            statuses={int(status): count for status, count in data["statuses"].items()},
            socket_errors=data["socket_errors"],
            latency_ms={name: value / 1000 for name, value in data["latency_us"].items()},
            error_seconds={int(second): count for second, count in data["error_seconds"].items()},
        )

    @property
    def error_answers(self):
        """Answers other than 2xx and 3xx."""
        return sum(count for status, count in self.statuses.items() if not 200 <= status < 400)

    @property
    def socket_error_count(self):
        return sum(self.socket_errors.values())

    @property
    def errors(self):
        return self.error_answers + self.socket_error_count

    @property
    def rps(self):
        return self.requests / self.duration if self.duration else 0.0

    def describe_errors(self):
        """e.g. "503 × 120, read × 1", or "none"."""
        parts = [f"{status} × {count}" for status, count in sorted(self.statuses.items()) if not 200 <= status < 400]
        parts += [f"{kind} × {count}" for kind, count in self.socket_errors.items() if count]
        return ", ".join(parts) or "none"


class Wrk:
    """One wrk run against `base_url`, asking for `paths` in turn. `run()` waits for it;
    `start()` and `wait()` let the caller break things meanwhile."""

    def __init__(self, base_url, paths, duration, connections, threads=2, headers=None, timeout=30):
        self.command_dir = Path(tempfile.mkdtemp(prefix="wrk-"))
        paths_file = self.command_dir / "paths"
        paths_file.write_text("\n".join(paths) + "\n")
        self.command = [
            find_wrk(),
            f"--duration={math.ceil(duration)}s",
            f"--connections={connections}",
            # wrk's threads each need a connection.
            f"--threads={min(threads, connections)}",
            # wrk's default (2 s) would count a slow answer as an error; the server's own
            # timeout (gunicorn's) is the one that matters.
            f"--timeout={timeout}s",
            f"--script={SCRIPT}",
            base_url,
            "--",
            str(paths_file),
            *(f"{name}: {value}" for name, value in (headers or {}).items()),
        ]
        self.process = None

    def start(self):
        self.process = subprocess.Popen(self.command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        return self

    def wait(self):
        try:
            output, _ = self.process.communicate()
        except BaseException:
            # Interrupted: wrk must not go on loading the server on its own.
            self.stop()
            raise
        finally:
            shutil.rmtree(self.command_dir, ignore_errors=True)
        if self.process.returncode != 0:
            raise WrkError(f"wrk exited with {self.process.returncode}:\n{output}")
        return WrkResult.parse(output)

    def stop(self):
        """For cleaning up after a failure: ends a run still going."""
        if self.process is not None and self.process.poll() is None:
            self.process.kill()
            self.process.wait()
        shutil.rmtree(self.command_dir, ignore_errors=True)

    def run(self):
        return self.start().wait()

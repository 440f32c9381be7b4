"""What the stress run saw: one row per load, one line per claim, printed as it goes and
together at the end."""

import sys
import traceback
from dataclasses import dataclass

from tools.loadtest.server import tail
from tools.loadtest.table import markdown_table


@dataclass
class Claim:
    phase: str
    text: str
    ok: bool
    detail: str


class Report:
    def __init__(self):
        self.loads = []
        self.claims = []
        self.slowest = []

    def load(self, phase, result):
        self.loads.append((phase, result))
        print(
            f"    {result.requests} requests in {result.duration:.0f} s, {result.errors} errors "
            f"({result.describe_errors()}), p50 {result.latency_ms['p50']:.0f} ms, p99 {result.latency_ms['p99']:.0f} ms",
            flush=True,
        )
        return result

    def claim(self, phase, text, ok, detail=""):
        self.claims.append(Claim(phase, text, bool(ok), detail))
        print(f"    {'ok' if ok else 'FAILED'}: {text}{f' ({detail})' if detail else ''}", flush=True)
        return ok

    @property
    def failed(self):
        return [claim for claim in self.claims if not claim.ok]

    def load_table(self):
        return markdown_table(
            ["phase", "s", "requests", "errors", "rps", "p50 ms", "p99 ms", "errors seen"],
            [
                [
                    phase,
                    f"{result.duration:.0f}",
                    result.requests,
                    result.errors,
                    f"{result.rps:.1f}",
                    f"{result.latency_ms['p50']:.0f}",
                    f"{result.latency_ms['p99']:.0f}",
                    result.describe_errors(),
                ]
                for phase, result in self.loads
            ],
        )

    def slowest_table(self):
        return markdown_table(
            ["s", "status", "request"], [[f"{seconds:.1f}", status, path] for seconds, status, path in self.slowest]
        )

    def broke(self, servers):
        """The run could not be carried out: the error, the end of each server's log; exit code 2."""
        traceback.print_exc()
        for server in servers:
            print(f"\n--- the end of {server.log} ---\n{tail(server.log)}", file=sys.stderr)
        self.claim("run", "the run completed", False, "see the error above")
        return 2

    def exit_code(self):
        return 1 if self.failed else 0

    def verdict(self):
        return f"{len(self.failed)} of {len(self.claims)} claims failed" if self.failed else "Every claim held."

    def claim_table(self):
        return markdown_table(
            ["phase", "claim", "result", "seen"],
            [[claim.phase, claim.text, "ok" if claim.ok else "FAILED", claim.detail] for claim in self.claims],
        )

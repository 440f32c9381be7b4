"""The pieces `make stress` (and any other measurement) builds on, each against the real
program: a throwaway PostgreSQL cluster that restarts and stops at will, and wrk counting
what a server answered. Skipped where the program is not installed (wrk is not in CI)."""

import http.server
import shutil
import threading

import psycopg
import pytest

from tools.loadtest.postgres import ClusterError, ThrowawayCluster, find_bindir
from tools.loadtest.table import markdown_table
from tools.loadtest.wrk import Wrk


def postgresql_installed():
    try:
        find_bindir()
    except ClusterError:
        return False
    return True


@pytest.mark.skipif(not postgresql_installed(), reason="PostgreSQL's server programs are not installed")
def test_a_throwaway_cluster_restarts_and_stops_without_touching_any_other():
    with ThrowawayCluster() as cluster:
        assert cluster.url.startswith(f"postgres://alliance:{cluster.password}@127.0.0.1:{cluster.port}/")
        with psycopg.connect(cluster.url) as connection:
            assert connection.execute("SHOW port").fetchone() == (str(cluster.port),)
        cluster.restart()
        with psycopg.connect(cluster.url) as connection:
            assert connection.execute("SELECT 1").fetchone() == (1,)
        cluster.stop()
        assert not cluster.is_ready()
        with pytest.raises(psycopg.OperationalError):
            psycopg.connect(cluster.url, connect_timeout=2)
        cluster.start()
        assert cluster.is_ready()
    assert not cluster.is_ready()
    assert not cluster.directory.exists()


class Answers(http.server.BaseHTTPRequestHandler):
    """200 for /ok, 503 for anything else; remembers the headers it was sent."""

    seen_hosts = set()

    def do_GET(self):
        Answers.seen_hosts.add(self.headers["Host"])
        status = 200 if self.path == "/ok" else 503
        self.send_response(status)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"{}")

    def log_message(self, *args):
        pass


class QuietServer(http.server.ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        """wrk hangs up at the end without waiting for the answers still on their way."""


@pytest.fixture
def answering_server():
    server = QuietServer(("127.0.0.1", 0), Answers)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


@pytest.mark.skipif(not shutil.which("wrk"), reason="wrk is not installed (apt-get install wrk)")
def test_wrk_asks_for_each_path_in_turn_and_counts_the_answers_by_status(answering_server):
    result = Wrk(answering_server, ["/ok", "/down"], duration=1, connections=2, headers={"Host": "example.org"}).run()
    assert result.requests > 0
    assert set(result.statuses) == {200, 503}
    assert result.error_answers == result.statuses[503]
    assert result.errors == result.error_answers and result.socket_error_count == 0
    assert sum(result.error_seconds.values()) == result.statuses[503]
    assert 0 < result.latency_ms["p50"] <= result.latency_ms["p99"]
    assert result.describe_errors() == f"503 × {result.statuses[503]}"
    assert Answers.seen_hosts == {"example.org"}


def test_the_table_right_aligns_numbers():
    table = markdown_table(["phase", "requests"], [["sustained", 1200], ["restart", 35]])
    assert table.splitlines() == [
        "| phase     | requests |",
        "| --------- | -------: |",
        "| sustained |     1200 |",
        "| restart   |       35 |",
    ]

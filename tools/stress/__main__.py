"""python -m tools.stress (make stress). Settings come from the environment:

  STRESS_DURATION            seconds of sustained load in phase 1 (30)
  STRESS_CONNECTIONS         wrk's concurrent connections (8)
  STRESS_WORKERS             gunicorn workers (4)
  STRESS_DOWN                seconds the database stays down in phase 3 (30)
  STRESS_SCHEDULER_INTERVAL  seconds between the scheduler's runs (5)
  STRESS_CONN_MAX_AGE        DB_CONN_MAX_AGE of the server: persistent connections, health-checked (60)
  STRESS_KEEP                1: keep the temporary directory (cluster, logs) instead of removing it

Exits 1 if a claim fails, 2 if the run could not be carried out."""

import contextlib
import os
import sys
import time
from dataclasses import dataclass

from tools.loadtest.postgres import ThrowawayCluster
from tools.loadtest.run import heading, scratch_directory, stop_on_signals
from tools.loadtest.server import ProductionServer
from tools.loadtest.wrk import find_wrk

from .phases import StressRun, progress
from .report import Report
from .scheduling import check_scheduling


@dataclass
class Config:
    duration: int
    connections: int
    workers: int
    down: int
    scheduler_interval: float
    conn_max_age: int
    keep: bool

    @classmethod
    def from_env(cls):
        env = os.environ.get
        return cls(
            duration=int(env("STRESS_DURATION", "30")),
            connections=int(env("STRESS_CONNECTIONS", "8")),
            workers=int(env("STRESS_WORKERS", "4")),
            down=int(env("STRESS_DOWN", "30")),
            scheduler_interval=float(env("STRESS_SCHEDULER_INTERVAL", "5")),
            conn_max_age=int(env("STRESS_CONN_MAX_AGE", "60")),
            keep=env("STRESS_KEEP", "") == "1",
        )


def main():
    config = Config.from_env()
    find_wrk()
    stop_on_signals()
    report = Report()
    began = time.monotonic()
    kept = "Kept {directory} (the site's files and logs) and the cluster's directory"
    with scratch_directory("alliance-stress-", config.keep, kept) as directory:
        failed = carry_out(config, report, directory)
    print(
        heading(
            "Stress run",
            began,
            f"{config.workers} gunicorn workers, {config.connections} connections, database down {config.down} s, "
            f"scheduler every {config.scheduler_interval:g} s, {os.cpu_count()} CPUs",
        )
    )
    print(report.load_table())
    print()
    print(report.claim_table())
    print()
    if report.slowest:
        print("The slowest requests (gunicorn's access log):\n")
        print(report.slowest_table())
        print()
    print(report.verdict())
    return failed


def carry_out(config, report, directory):
    server = None
    try:
        with contextlib.ExitStack() as stack:
            # Nothing in it outlives the run: durability would only cost the other users of the disk.
            cluster = stack.enter_context(
                ThrowawayCluster(settings={"fsync": "off", "full_page_writes": "off"}, keep=config.keep)
            )
            progress(f"throwaway PostgreSQL cluster on 127.0.0.1:{cluster.port} under {cluster.directory}")
            server = ProductionServer(
                directory / "site",
                cluster.url,
                workers=config.workers,
                DB_CONN_MAX_AGE=config.conn_max_age,
                # All the load comes from one address, which the search's throttle would hold off.
                SEARCH_RATE="1000000/m",
            )
            # Before anything is started, so that an interruption at any point stops it all.
            stack.callback(server.stop)
            progress("migrating and loading the demo content, collecting the static files meanwhile")
            server.prepare()
            progress(f"starting gunicorn (production settings, {config.workers} workers) on {server.url}")
            server.start()
            scheduler = server.start_command("run_scheduler", "--interval", str(config.scheduler_interval))
            run = StressRun(cluster, server, config, report)
            run.discover_paths()
            run.warm_up()
            run.sustained()
            run.postgres_restart()
            run.database_down()
            run.worker_killed()
            check_scheduling(run, scheduler)
            report.slowest = sorted(server.request_times(), reverse=True)[:5]
            progress("stopping gunicorn, the scheduler and PostgreSQL")
    except Exception:
        return report.broke([server] if server is not None else [])
    return report.exit_code()


if __name__ == "__main__":
    sys.exit(main())

"""A PostgreSQL cluster of its own, under a temporary directory, listening on a free loopback
port: created, started, restarted and stopped at will without touching the machine's own
cluster or anyone else's databases.

PostgreSQL refuses to run as root; as root, the cluster belongs to the `postgres` system user
(as on a Debian server) and every PostgreSQL program is run as that user."""

import glob
import os
import pwd
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
from pathlib import Path


class ClusterError(RuntimeError):
    pass


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def find_bindir():
    """PG_BINDIR, or the newest server installed the Debian way, or whatever is on PATH."""
    if os.environ.get("PG_BINDIR"):
        return Path(os.environ["PG_BINDIR"])
    installed = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=lambda path: int(path.split("/")[4]))
    if installed:
        return Path(installed[-1]).parent
    initdb = shutil.which("initdb")
    if initdb:
        return Path(initdb).parent
    raise ClusterError("PostgreSQL's server programs (initdb, pg_ctl) are missing: apt-get install postgresql")


class ThrowawayCluster:
    """`with ThrowawayCluster() as cluster:` creates and starts it in a new temporary directory;
    leaving the block stops it at once (`-m immediate`: nothing in it is worth keeping) and
    removes the directory, unless `keep`. `cluster.url` is a DATABASE_URL for its database."""

    user = "alliance"
    database = "alliance"

    def __init__(self, port=None, settings=None, keep=False):
        # A directory of its own in the system's temporary directory, which any user may cross:
        # the postgres user must reach it, and cannot pass through a directory private to root.
        self.directory = Path(tempfile.mkdtemp(prefix="alliance-postgresql-"))
        self.keep = keep
        self.data = self.directory / "data"
        self.log = self.directory / "postgresql.log"
        self.port = port or free_port()
        self.password = secrets.token_urlsafe(16)
        # Extra postgresql.conf lines, e.g. {"max_connections": 200}.
        self.settings = settings or {}
        self.bindir = find_bindir()
        self.owner = pwd.getpwnam("postgres") if os.geteuid() == 0 else None

    @property
    def url(self):
        return f"postgres://{self.user}:{self.password}@127.0.0.1:{self.port}/{self.database}"

    def __enter__(self):
        self.create()
        self.start()
        self.createdb()
        return self

    def __exit__(self, *exc_info):
        try:
            self.stop(mode="immediate")
        except ClusterError as error:
            # Already stopped (an interrupt reaches PostgreSQL too): an error that must not hide the first one.
            print(error, file=sys.stderr)
        if not self.keep:
            shutil.rmtree(self.directory, ignore_errors=True)

    def run(self, program, *args, check=True):
        result = subprocess.run(
            [str(self.bindir / program), *args],
            # Somewhere every user may stand, and that outlives the cluster's directory.
            cwd="/",
            capture_output=True,
            text=True,
            # Root cannot run PostgreSQL; its programs run as the owner of the cluster's files.
            user=self.owner.pw_uid if self.owner else None,
            group=self.owner.pw_gid if self.owner else None,
            extra_groups=[] if self.owner else None,
            env={**os.environ, "PGPASSWORD": self.password},
        )
        if check and result.returncode != 0:
            raise ClusterError(f"{program} {' '.join(args)} failed:\n{result.stdout}{result.stderr}")
        return result

    def create(self):
        password_file = self.directory / "password"
        password_file.write_text(self.password)
        if self.owner:
            os.chown(self.directory, self.owner.pw_uid, self.owner.pw_gid)
            os.chown(password_file, self.owner.pw_uid, self.owner.pw_gid)
        self.run(
            "initdb",
            "--pgdata",
            str(self.data),
            "--username",
            self.user,
            "--pwfile",
            str(password_file),
            "--auth-local",
            "scram-sha-256",
            "--auth-host",
            "scram-sha-256",
            "--encoding",
            "UTF8",
            "--locale",
            "C.UTF-8",
        )
        password_file.unlink()
        self.append_settings()

    def append_settings(self):
        settings = {
            "port": self.port,
            "listen_addresses": "'127.0.0.1'",
            # Its socket in its own directory, away from the system cluster's.
            "unix_socket_directories": f"'{self.directory}'",
            **self.settings,
        }
        with open(self.data / "postgresql.conf", "a") as conf:
            conf.write("\n# Throwaway cluster (tools/loadtest/postgres.py)\n")
            for name, value in settings.items():
                conf.write(f"{name} = {value}\n")

    def pg_ctl(self, action, *args):
        return self.run("pg_ctl", action, "--pgdata", str(self.data), "--log", str(self.log), "--wait", *args)

    def start(self):
        self.pg_ctl("start")

    def stop(self, mode="fast"):
        if (self.data / "postmaster.pid").exists():
            self.pg_ctl("stop", "--mode", mode)

    def restart(self, mode="fast"):
        self.pg_ctl("restart", "--mode", mode)

    def is_ready(self):
        return self.run("pg_isready", "--host", "127.0.0.1", "--port", str(self.port), check=False).returncode == 0

    def query(self, sql, database=None):
        """One value, as psql prints it."""
        result = self.run(
            "psql",
            "--host",
            "127.0.0.1",
            "--port",
            str(self.port),
            "--username",
            self.user,
            "--dbname",
            database or self.database,
            "--tuples-only",
            "--no-align",
            "--command",
            sql,
        )
        return result.stdout.strip()

    def createdb(self):
        self.run("createdb", "--host", "127.0.0.1", "--port", str(self.port), "--username", self.user, self.database)

"""A hot standby of a ThrowawayCluster, made the way a real one is: `pg_basebackup -R` from
the primary over a replication connection, then started in recovery, streaming its WAL."""

import os

from .postgres import ThrowawayCluster


class ThrowawayStandby(ThrowawayCluster):
    """`with ThrowawayStandby(primary, apply_delay="3s") as standby:` copies the running primary
    and starts streaming from it. `apply_delay` (PostgreSQL's recovery_min_apply_delay) holds
    back each replayed commit: a standby that lags on purpose, to check that nobody is served
    what it has not replayed yet."""

    def __init__(self, primary, apply_delay=None, keep=False):
        settings = {"hot_standby": "on"}
        if apply_delay:
            settings["recovery_min_apply_delay"] = f"'{apply_delay}'"
        super().__init__(settings=settings, keep=keep)
        self.primary = primary
        # The roles and their passwords are the primary's, copied with it.
        self.password = primary.password

    def __enter__(self):
        self.create()
        self.start()
        return self

    def create(self):
        if self.owner:
            os.chown(self.directory, self.owner.pw_uid, self.owner.pw_gid)
        self.run(
            "pg_basebackup",
            "--host",
            "127.0.0.1",
            "--port",
            str(self.primary.port),
            "--username",
            self.primary.user,
            "--pgdata",
            str(self.data),
            "--wal-method",
            "stream",
            # standby.signal and primary_conninfo (with the password it connected with).
            "--write-recovery-conf",
            "--checkpoint",
            "fast",
        )
        self.append_settings()

    def replay_lag_bytes(self):
        """How far the standby's replay is behind the primary's current WAL position."""
        position = self.primary.query("SELECT pg_current_wal_lsn()")
        return int(self.query(f"SELECT pg_wal_lsn_diff('{position}', pg_last_wal_replay_lsn())"))

    def is_in_recovery(self):
        return self.query("SELECT pg_is_in_recovery()") == "t"

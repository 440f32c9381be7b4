"""A Redis server of its own on a free loopback port, keeping nothing on disk."""

import shutil
import subprocess
import time

from .postgres import free_port


class RedisError(RuntimeError):
    pass


class ThrowawayRedis:
    def __init__(self):
        self.binary = shutil.which("redis-server")
        if self.binary is None:
            raise RedisError("redis-server is missing: apt-get install redis-server")
        self.port = free_port()
        self.url = f"redis://127.0.0.1:{self.port}/0"
        self.process = None

    def __enter__(self):
        self.process = subprocess.Popen(
            [self.binary, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 10
        while self.command("PING") != "PONG":
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise RedisError(f"redis-server did not start on port {self.port}")
            time.sleep(0.1)
        return self

    def __exit__(self, *exc_info):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)

    def command(self, *args):
        result = subprocess.run(
            ["redis-cli", "-p", str(self.port), *args], capture_output=True, text=True, check=False
        )
        return result.stdout.strip()

"""nginx in front of several application instances, as docs/deployment.md draws it: it serves
the collected static files itself and spreads every other request over the instances, with
the headers a TLS-terminating proxy sends."""

import os
import shutil
import subprocess
import time
from pathlib import Path

from .postgres import free_port
from .server import HOST, fetch

CONFIG = """\
# Written by tools/loadtest/nginx.py
daemon off;
worker_processes 1;
pid {directory}/nginx.pid;
error_log {directory}/error.log warn;
{user}
events {{ worker_connections 256; }}
http {{
    include /etc/nginx/mime.types;
    access_log {directory}/access.log;
    client_body_temp_path {directory}/body;
    proxy_temp_path {directory}/proxy;
    fastcgi_temp_path {directory}/fastcgi;
    uwsgi_temp_path {directory}/uwsgi;
    scgi_temp_path {directory}/scgi;
    upstream alliance {{
{servers}
        keepalive 16;
    }}
    server {{
        listen 127.0.0.1:{port};
        server_name {host};
        location /static/ {{
            alias {static_root}/;
            expires 1y;
        }}
        location / {{
            proxy_pass http://alliance;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host $host;
            proxy_set_header X-Forwarded-Proto https;
            proxy_set_header X-Real-IP $remote_addr;
            # Which instance answered, for the checks of tools/scale_demo.
            add_header X-Upstream $upstream_addr always;
        }}
    }}
}}
"""


class NginxError(RuntimeError):
    pass


class Nginx:
    def __init__(self, directory, upstreams, static_root):
        self.binary = shutil.which("nginx") or "/usr/sbin/nginx"
        if not Path(self.binary).exists():
            raise NginxError("nginx is missing: apt-get install nginx")
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.config = self.directory / "nginx.conf"
        servers = "\n".join(f"        server {upstream.removeprefix('http://')};" for upstream in upstreams)
        # As root, the workers would otherwise drop to a user who cannot read the temporary directory.
        user = "user root;" if os.geteuid() == 0 else ""
        self.config.write_text(
            CONFIG.format(
                directory=self.directory,
                servers=servers,
                port=self.port,
                host=HOST,
                static_root=static_root,
                user=user,
            )
        )
        self.process = None

    def __enter__(self):
        check = subprocess.run([self.binary, "-t", "-c", str(self.config)], capture_output=True, text=True)
        if check.returncode != 0:
            raise NginxError(f"nginx refused its configuration:\n{check.stderr}")
        self.process = subprocess.Popen(
            [self.binary, "-c", str(self.config), "-p", str(self.directory)],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.STDOUT,
        )
        deadline = time.monotonic() + 15
        while True:
            try:
                if fetch(f"{self.url}/healthz", timeout=5)[0] == 200:
                    return self
            except OSError:
                pass
            if self.process.poll() is not None or time.monotonic() > deadline:
                raise NginxError(f"nginx did not answer on {self.url}: see {self.directory}/error.log")
            time.sleep(0.2)

    def __exit__(self, *exc_info):
        if self.process and self.process.poll() is None:
            self.process.terminate()
            self.process.wait(timeout=10)

    def get(self, path, **headers):
        return fetch(f"{self.url}{path}", **headers)

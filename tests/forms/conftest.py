import socket
import threading

import pytest

from home.models import FormField
from tests.factories import FormPageFactory


@pytest.fixture
def join_form(home_page):
    form = FormPageFactory(
        parent=home_page,
        to_address="secretariat@example.org",
        from_address="forms@example.org",
        subject="New application",
        thank_you_text="<p>Thank you for your application.</p>",
    )
    for order, (label, field_type, required) in enumerate(
        [
            ("Authority", "singleline", True),
            ("E-mail", "email", True),
            ("Motivation", "multiline", True),
            ("Population", "number", False),
        ]
    ):
        FormField.objects.create(page=form, sort_order=order, label=label, field_type=field_type, required=required)
    return form


@pytest.fixture
def valid_data():
    return {
        "authority": "City of Megara",
        "e_mail": "mayor@megara.example",
        "motivation": "We run a Roma mediators programme and want to share it.",
        "population": "36924",
    }


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def closed_smtp_port(settings):
    """SMTP settings pointing at a local port nobody listens on: connecting is refused."""
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = free_port()
    settings.EMAIL_TIMEOUT = 5
    return settings.EMAIL_PORT


@pytest.fixture
def refusing_smtp_server(settings):
    """A real SMTP server on a local socket that greets every client with
    "554 no service" (RFC 5321's answer of a server that will take no mail)."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen()
    server.settimeout(5)
    connections = []

    def serve():
        while True:
            try:
                connection, _ = server.accept()
            except OSError:
                return
            connections.append(connection)
            connection.sendall(b"554 smtp.example.org no SMTP service here\r\n")
            connection.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = server.getsockname()[1]
    settings.EMAIL_TIMEOUT = 5
    yield connections
    server.close()
    thread.join(timeout=5)

"""A server on this machine for tests and benchmarks: a free port on 127.0.0.1, and a page fetched from it."""

from __future__ import annotations

import socket
import urllib.request


def free_port() -> int:
    """A port on 127.0.0.1 that no server listens on now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def fetch(url: str, timeout: float = 5) -> str | None:
    """The page at `url` on the local server as text; None while it does not answer."""
    try:
        with urllib.request.urlopen(url, timeout=timeout) as response:  # noqa: S310 - our own local server
            return response.read().decode("utf-8")
    except OSError:
        return None

"""A throwaway SMTP server on loopback for the tests: every message it receives is written, as
received, to a numbered `.eml` file in FOLDER. Listens on PORT, or on a free port when none is
given; prints the port on the first line of stdout, then serves until it is killed.

    python3 scripts/smtp_sink.py FOLDER [PORT]
"""

import socket
import sys
import threading
from pathlib import Path

from aiosmtpd.controller import Controller


class Store:
    def __init__(self, folder: Path):
        self.folder = folder
        self.count = 0
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.count += 1
            number = self.count
        partial = self.folder / f".{number:04}.part"
        partial.write_bytes(envelope.original_content or envelope.content)
        # The rename makes a message appear whole or not at all to the reader.
        partial.rename(self.folder / f"{number:04}.eml")
        return "250 Message accepted"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def main() -> None:
    folder = Path(sys.argv[1])
    folder.mkdir(parents=True, exist_ok=True)
    port = int(sys.argv[2]) if len(sys.argv) > 2 else free_port()
    controller = Controller(Store(folder), hostname="127.0.0.1", port=port)
    controller.start()
    print(controller.port, flush=True)
    threading.Event().wait()


if __name__ == "__main__":
    main()

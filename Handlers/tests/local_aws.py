"""What the handler tests need around a handler: a local moto server standing in for AWS, a
receiver for the responses that a handler sends to CloudFormation, and a Lambda context.

Everything listens on 127.0.0.1 only and is stopped by the tests that start it.
"""
import json
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

ACCOUNT = "123456789012"
REGION = "us-east-1"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class MotoServer:
    """`python -m moto.server` on a free loopback port, with the environment that points boto3
    (and the AWS SDK for JavaScript) at it."""

    def __init__(self):
        self.port = free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.process = subprocess.Popen(
            [sys.executable, "-m", "moto.server", "-H", "127.0.0.1", "-p", str(self.port)],
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(self.url + "/moto-api/", timeout=1).close()
                break
            except Exception:
                if self.process.poll() is not None or time.monotonic() > deadline:
                    self.stop()
                    raise RuntimeError(f"moto server did not start on {self.url}")
                time.sleep(0.2)

    def environment(self):
        return {
            "AWS_ENDPOINT_URL": self.url,
            "AWS_ACCESS_KEY_ID": "testing",
            "AWS_SECRET_ACCESS_KEY": "testing",
            "AWS_SESSION_TOKEN": "testing",
            "AWS_DEFAULT_REGION": REGION,
            "AWS_REGION": REGION,
        }

    def reset(self):
        request = urllib.request.Request(self.url + "/moto-api/reset", method="POST", data=b"")
        urllib.request.urlopen(request, timeout=10).close()

    def stop(self):
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()


class ResponseReceiver:
    """An HTTP server standing in for the pre-signed ResponseURL: it keeps the body of every PUT."""

    def __init__(self):
        self.responses = []
        self.arrived = threading.Condition()
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_PUT(self):
                length = int(self.headers.get("content-length", "0"))
                body = json.loads(self.rfile.read(length).decode("utf-8"))
                with receiver.arrived:
                    receiver.responses.append({"path": self.path, "body": body,
                                               "content-type": self.headers.get("content-type")})
                    receiver.arrived.notify_all()
                self.send_response(200)
                self.send_header("content-length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def wait_for(self, count, timeout=10):
        with self.arrived:
            self.arrived.wait_for(lambda: len(self.responses) >= count, timeout=timeout)
            return list(self.responses)

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


class LambdaContext:
    """The parts of Lambda's context object that handlers read."""

    def __init__(self, remaining_millis=300000):
        self.log_stream_name = "2024/01/01/[$LATEST]test"
        self.deadline = time.monotonic() + remaining_millis / 1000.0

    def get_remaining_time_in_millis(self):
        return int(max(0.0, self.deadline - time.monotonic()) * 1000)


def apply_environment(values):
    """Sets `values` in os.environ and returns a function that restores the previous values."""
    previous = {key: os.environ.get(key) for key in values}
    os.environ.update(values)

    def restore():
        for key, value in previous.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    return restore

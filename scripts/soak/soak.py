"""Shared pieces of the soak scripts: the built binaries, a loopback emulator, photos, one upload run.

Everything stays on 127.0.0.1 and every process is bounded by a timeout.
"""
import json
import os
import resource
import subprocess
import sys
import tempfile
import urllib.request

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
KEY = "soak-key"
# The fixtures are flat synthetic photos: only format, integrity, size and byte-size checks apply.
LENIENT = ["--no-face-check"] + [flag for rule in ("blurry", "low-contrast", "too-dark", "too-bright")
                                 for flag in ("--disable", rule)]


def binaries():
    """photo-preflight and heygen-emulator from `swift build` (run it first)."""
    folder = subprocess.run(["swift", "build", "--show-bin-path"], cwd=ROOT, capture_output=True,
                            text=True, check=True).stdout.strip()
    tool, emulator = os.path.join(folder, "photo-preflight"), os.path.join(folder, "heygen-emulator")
    for path in (tool, emulator):
        if not os.access(path, os.X_OK):
            sys.exit("%s is not built; run `swift build` first" % path)
    return tool, emulator


def photos(count, tag):
    """`count` distinct small JPEGs (640x800) in a new temporary folder; returns their paths."""
    folder = tempfile.mkdtemp(prefix="soak-%s-" % tag)
    subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "make-heygen-fixtures.py"), folder,
                    "--count", str(count)], check=True, capture_output=True, timeout=300)
    paths = sorted(os.path.join(folder, name) for name in os.listdir(folder))
    for index, path in enumerate(paths):  # distinct bytes per run
        with open(path, "ab") as handle:
            handle.write(("%s-%d" % (tag, index)).encode())
    return folder, paths


class Emulator:
    """A heygen-emulator on 127.0.0.1 with an ephemeral port, stopped on exit."""

    def __init__(self, binary, *options):
        self.process = subprocess.Popen([binary, "--host", "127.0.0.1", "--port", "0", "--accept-key", KEY,
                                         *options], stdout=subprocess.PIPE, text=True)
        self.base = self.process.stdout.readline().strip().rsplit(" ", 1)[-1]
        if not self.base.startswith("http://127.0.0.1:"):
            self.stop()
            sys.exit("the emulator did not start on loopback: %r" % self.base)

    def stats(self):
        with urllib.request.urlopen(self.base + "/_emulator/stats", timeout=30) as answer:
            return json.loads(answer.read())

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()

    def __enter__(self):
        return self

    def __exit__(self, *_):
        self.stop()


def upload(tool, emulator, paths, state, timeout, descriptor_limit=None, extra=()):
    """One `photo-preflight upload` run; returns (exit status, JSON report or None, stderr)."""
    def limit():
        if descriptor_limit:
            resource.setrlimit(resource.RLIMIT_NOFILE, (descriptor_limit, descriptor_limit))

    args = [tool, "upload", *paths, "--group-name", "Soak", "--api-base", emulator.base, "--upload-base",
            emulator.base, "--state", state, "--format", "json", "--poll-interval", "0.5", *LENIENT, *extra]
    env = {key: value for key, value in os.environ.items() if not key.startswith("HEYGEN")}
    env["HEYGEN_API_KEY"] = KEY
    try:
        result = subprocess.run(args, env=env, capture_output=True, text=True, timeout=timeout, preexec_fn=limit)
    except subprocess.TimeoutExpired:
        return None, None, "timed out after %d s" % timeout
    try:
        report = json.loads(result.stdout)
    except ValueError:
        report = None
    return result.returncode, report, result.stderr


def left_over(report):
    """The photos a report says were not uploaded, with their reasons."""
    if report is None:
        return ["no report"]
    return ["%s: %s (%s)" % (os.path.basename(photo["file"]), photo["outcome"], photo.get("reason"))
            for photo in report["photos"] if photo["outcome"] != "uploaded"]

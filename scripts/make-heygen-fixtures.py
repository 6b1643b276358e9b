#!/usr/bin/env python3
"""Writes tiny, valid, deterministic JPEG/PNG photos for the HeyGen tests, sandbox and benchmark.

Usage: scripts/make-heygen-fixtures.py [OUTDIR] [--count N]
  Without --count: the fixed set in Fixtures/heygen (default OUTDIR).
  With --count N: N distinct 640x800 JPEGs named photo-001.jpg ... (for the benchmark).

The JPEG is a baseline grayscale image of flat mid-grey: every 8x8 block codes DC difference 0 and
end-of-block with one-bit Huffman codes. A COM segment carries a tag so every file's bytes differ.
The PNG is 8-bit grey with a zlib stream. Pixels carry no face: these test the
upload path, not the checks. A COM/tEXt tag "heygen-emulator:reject-face" makes the emulator's looks
end moderation_rejected.
"""
import os
import struct
import sys
import zlib


def segment(marker, payload):
    return bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload


def jpeg(width, height, tag):
    out = b"\xff\xd8"
    out += segment(0xE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
    out += segment(0xFE, tag.encode())
    out += segment(0xDB, b"\x00" + b"\x01" * 64)
    out += segment(0xC0, struct.pack(">BHHB", 8, height, width, 1) + b"\x01\x11\x00")
    one_code = bytes([1] + [0] * 15) + b"\x00"
    out += segment(0xC4, b"\x00" + one_code)  # DC table 0: symbol 0 (no difference)
    out += segment(0xC4, b"\x10" + one_code)  # AC table 0: symbol 0x00 (end of block)
    out += segment(0xDA, b"\x01\x01\x00\x00\x3f\x00")
    blocks = ((width + 7) // 8) * ((height + 7) // 8)
    bits = blocks * 2
    data = bytearray(bits // 8)
    if bits % 8:
        data.append(0xFF >> (bits % 8))  # pad the last byte with 1-bits
    out += bytes(data) + b"\xff\xd9"
    return out


def png(width, height, tag):
    def chunk(kind, payload):
        return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))

    raw = b"".join(b"\x00" + b"\x80" * width for _ in range(height))
    out = b"\x89PNG\r\n\x1a\n"
    out += chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
    out += chunk(b"tEXt", b"Comment\x00" + tag.encode())
    out += chunk(b"IDAT", zlib.compress(raw, 9))
    out += chunk(b"IEND", b"")
    return out


FIXED = [
    ("portrait-01.jpg", lambda: jpeg(640, 800, "photo-preflight fixture 01")),
    ("portrait-02.jpg", lambda: jpeg(640, 800, "photo-preflight fixture 02")),
    ("portrait-03.jpg", lambda: jpeg(720, 960, "photo-preflight fixture 03")),
    ("portrait-04.png", lambda: png(600, 600, "photo-preflight fixture 04")),
    ("portrait-05.png", lambda: png(512, 640, "photo-preflight fixture 05")),
    ("small-300.jpg", lambda: jpeg(300, 300, "photo-preflight fixture small")),
    ("no-face.jpg", lambda: jpeg(640, 640, "heygen-emulator:reject-face")),
    ("not-a-photo.txt", lambda: b"this is not an image\n"),
]


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    count = None
    if "--count" in argv:
        count = int(argv[argv.index("--count") + 1])
        args = [a for a in args if a != str(count)]
    here = os.path.dirname(os.path.abspath(__file__))
    outdir = args[0] if args else os.path.join(here, "..", "Fixtures", "heygen")
    os.makedirs(outdir, exist_ok=True)
    files = FIXED if count is None else [
        ("photo-%03d.jpg" % i, (lambda i=i: jpeg(640, 800, "photo-preflight bench %d" % i))) for i in range(1, count + 1)
    ]
    for name, make in files:
        with open(os.path.join(outdir, name), "wb") as handle:
            handle.write(make())
    print("wrote %d files to %s" % (len(files), outdir))


if __name__ == "__main__":
    main(sys.argv[1:])

#!/usr/bin/env python3
"""Writes tiny, valid, deterministic JPEG/PNG photos for the HeyGen tests, sandbox and benchmark.

Usage: scripts/make-heygen-fixtures.py [OUTDIR] [--count N]
  Without --count: the fixed set in Fixtures/heygen (default OUTDIR).
  With --count N: N distinct 640x800 JPEGs named photo-001.jpg ... (for the benchmark).

The JPEG is a baseline grayscale image: every 8x8 block is flat and codes only its DC difference and
end-of-block. The benchmark's photos are flat mid-grey (DC difference 0); the fixed set is a checkerboard
of 8x8 blocks of grey 64 and 192, which passes the local brightness, contrast and sharpness checks, so
these photos reach the emulator through `upload` (with --no-face-check: they carry no face). A COM
segment carries a tag so every file's bytes differ. The PNG is 8-bit grey with a zlib stream, the same
checkerboard. A COM/tEXt tag "heygen-emulator:reject-face" makes the emulator's looks end
moderation_rejected.
"""
import os
import struct
import sys
import zlib


def segment(marker, payload):
    return bytes([0xFF, marker]) + struct.pack(">H", len(payload) + 2) + payload


CHECKER_DARK, CHECKER_LIGHT = 64, 192


def checker(x, y):
    """Grey of pixel (x, y), or of 8x8 block (x, y) when called with block indices times 8."""
    return CHECKER_LIGHT if (x // 8 + y // 8) % 2 == 0 else CHECKER_DARK


class BitWriter:
    def __init__(self):
        self.data, self.value, self.count = bytearray(), 0, 0

    def write(self, value, length):
        for shift in range(length - 1, -1, -1):
            self.value = (self.value << 1) | ((value >> shift) & 1)
            self.count += 1
            if self.count == 8:
                self.data.append(self.value)
                if self.value == 0xFF:
                    self.data.append(0x00)  # byte stuffing
                self.value, self.count = 0, 0

    def finish(self):
        if self.count:
            self.write((1 << (8 - self.count)) - 1, 8 - self.count)  # pad with 1-bits
        return bytes(self.data)


def jpeg_start(width, height, tag, dc_table):
    """SOI to SOS of a baseline grayscale JPEG with quantiser 1, DC table `dc_table`, end-of-block as "0"."""
    out = b"\xff\xd8"
    out += segment(0xE0, b"JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00")
    out += segment(0xFE, tag.encode())
    out += segment(0xDB, b"\x00" + b"\x01" * 64)
    out += segment(0xC0, struct.pack(">BHHB", 8, height, width, 1) + b"\x01\x11\x00")
    out += segment(0xC4, b"\x00" + dc_table)
    out += segment(0xC4, b"\x10" + bytes([1] + [0] * 15) + b"\x00")  # AC table 0: symbol 0x00 (end of block)
    return out + segment(0xDA, b"\x01\x01\x00\x00\x3f\x00")


def textured_jpeg(width, height, tag):
    """The checkerboard: DC differences 0, +-512 (the first block) or +-1024, then end-of-block."""
    # DC table 0 (symbol = size category of the difference): 0 is "0", 10 is "10", 11 is "110".
    dc_codes = {0: (0b0, 1), 10: (0b10, 2), 11: (0b110, 3)}
    out = jpeg_start(width, height, tag, bytes([1, 1, 1] + [0] * 13) + bytes([0, 10, 11]))
    bits, previous = BitWriter(), 0
    for block_y in range((height + 7) // 8):
        for block_x in range((width + 7) // 8):
            dc = 8 * (checker(block_x * 8, block_y * 8) - 128)
            difference, previous = dc - previous, dc
            size = abs(difference).bit_length()
            bits.write(*dc_codes[size])
            if size:
                bits.write(difference if difference > 0 else difference + (1 << size) - 1, size)
            bits.write(0b0, 1)
    return out + bits.finish() + b"\xff\xd9"


def jpeg(width, height, tag):
    """Flat mid-grey: every block codes DC difference 0 ("0") and end-of-block ("0")."""
    out = jpeg_start(width, height, tag, bytes([1] + [0] * 15) + b"\x00")
    blocks = ((width + 7) // 8) * ((height + 7) // 8)
    bits = blocks * 2
    data = bytearray(bits // 8)
    if bits % 8:
        data.append(0xFF >> (bits % 8))  # pad the last byte with 1-bits
    out += bytes(data) + b"\xff\xd9"
    return out


def png(width, height, tag, textured=True):
    def chunk(kind, payload):
        return struct.pack(">I", len(payload)) + kind + payload + struct.pack(">I", zlib.crc32(kind + payload))

    def row(y):
        return bytes(checker(x, y) if textured else 0x80 for x in range(width))

    raw = b"".join(b"\x00" + row(y) for y in range(height))
    out = b"\x89PNG\r\n\x1a\n"
    out += chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0))
    out += chunk(b"tEXt", b"Comment\x00" + tag.encode())
    out += chunk(b"IDAT", zlib.compress(raw, 9))
    out += chunk(b"IEND", b"")
    return out


FIXED = [
    ("portrait-01.jpg", lambda: textured_jpeg(640, 800, "photo-preflight fixture 01")),
    ("portrait-02.jpg", lambda: textured_jpeg(640, 800, "photo-preflight fixture 02")),
    ("portrait-03.jpg", lambda: textured_jpeg(720, 960, "photo-preflight fixture 03")),
    ("portrait-04.png", lambda: png(600, 600, "photo-preflight fixture 04")),
    ("portrait-05.png", lambda: png(512, 640, "photo-preflight fixture 05")),
    ("small-300.jpg", lambda: textured_jpeg(300, 300, "photo-preflight fixture small")),
    ("no-face.jpg", lambda: textured_jpeg(640, 640, "heygen-emulator:reject-face")),
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

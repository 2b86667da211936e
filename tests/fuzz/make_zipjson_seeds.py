#!/usr/bin/env python3
"""Writes the seed corpus of the zipjson fuzzer: small valid and hostile ZIP archives holding
JSON, and a few bare JSON documents. Synthetic content only. Usage:

    tests/fuzz/make_zipjson_seeds.py tests/data/fuzz/zipjson
"""
import io
import json
import pathlib
import sys
import zipfile

MANIFEST = {
    "format": "lintas-bundle", "version": 1, "sender": "AGENCY-A", "recipient": "AGENCY-B",
    "tlp": "AMBER", "entries": [{"name": "records/case-1.json", "sha256": "00" * 32, "size": 42}],
}
RECORD = {"id": "case-1", "title": "Synthetic case", "count": -7, "ratio": 0.25, "tags": ["a", "\u00e9", "\u0e01"],
          "nested": {"deep": [[[{"x": None, "y": True, "z": False}]]]}}


class Unseekable(io.RawIOBase):
    """Makes zipfile write data descriptors, as streaming writers do."""

    def __init__(self, sink):
        self.sink = sink

    def writable(self):
        return True

    def write(self, b):
        return self.sink.write(b)


def archive(build, stream=False):
    out = io.BytesIO()
    target = Unseekable(out) if stream else out
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as z:
        build(z)
    return out.getvalue()


def add(z, name, data, method=zipfile.ZIP_DEFLATED, mode=0o100644):
    info = zipfile.ZipInfo(name, (1980, 1, 1, 0, 0, 0))
    info.compress_type = method
    info.external_attr = mode << 16
    z.writestr(info, data)


def bundle(z):
    add(z, "manifest.json", json.dumps(MANIFEST))
    add(z, "records/case-1.json", json.dumps(RECORD), zipfile.ZIP_STORED)


def main(directory):
    out = pathlib.Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    valid = archive(bundle)
    seeds = {
        "valid-bundle.zip": valid,
        "valid-data-descriptor.zip": archive(bundle, stream=True),
        "valid-empty.zip": archive(lambda z: None),
        "valid-empty-entry.zip": archive(lambda z: add(z, "empty.json", b"")),
        "bad-dotdot.zip": archive(lambda z: add(z, "../evil.json", b"{}")),
        "bad-duplicate.zip": archive(lambda z: (add(z, "a.json", b"1"), add(z, "A.JSON", b"2"))),
        "bad-symlink.zip": archive(lambda z: add(z, "link", b"/etc/passwd", mode=0o120777)),
        "bad-directory.zip": archive(lambda z: add(z, "dir/", b"", zipfile.ZIP_STORED, mode=0o040755)),
        "bad-truncated.zip": valid[: len(valid) // 2],
        "bad-trailing.zip": valid + b"trailing",
        "bad-crc.zip": valid.replace(b'"Synthetic case"', b'"Synthetic cas!"'),
        "json-manifest.json": json.dumps(MANIFEST, indent=2).encode(),
        "json-record.json": json.dumps(RECORD, ensure_ascii=False).encode(),
        "json-escapes.json": rb'["\u0041\ud83d\ude00\n\t\"\\\/", 1e-7, -0.0, 9223372036854775807]',
        "json-duplicate.json": b'{"a": 1, "a": 2}',
    }
    for name, data in seeds.items():
        (out / name).write_bytes(data)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "tests/data/fuzz/zipjson")

#!/usr/bin/env python3
"""Render a Graphviz file given on stdin into a PNG and print where it went."""
import os
import subprocess
import sys
import tempfile


def render(dot_source: str) -> str:
    fd, src_path = tempfile.mkstemp(suffix=".dot", prefix="graph-")
    with os.fdopen(fd, "w") as fh:
        fh.write(dot_source)
    out_path = src_path[:-4] + ".png"
    subprocess.run(["dot", "-Tpng", src_path, "-o", out_path], check=True)
    os.unlink(src_path)
    return out_path


if __name__ == "__main__":
    print(render(sys.stdin.read()))

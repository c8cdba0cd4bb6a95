import os
import sys
import zipfile


def unpack(archive, target):
    root = os.path.realpath(target)
    with zipfile.ZipFile(archive) as zf:
        for member in zf.namelist():
            dest = os.path.realpath(os.path.join(root, member))
            if os.path.commonpath([root, dest]) != root:
                raise ValueError(f"unsafe member {member}")
            if member.endswith("/"):
                continue
            with open(dest, "wb") as out:
                out.write(zf.read(member))


unpack(sys.argv[1], sys.argv[2])

import sys
from xml.dom import minidom


def svg_size(path):
    doc = minidom.parse(path)
    root = doc.documentElement
    return root.getAttribute("width"), root.getAttribute("height")


if __name__ == "__main__":
    for name in sys.argv[1:]:
        width, height = svg_size(name)
        print(f"{name}: {width} x {height}")

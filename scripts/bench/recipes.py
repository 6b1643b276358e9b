"""Python recipes timed by scripts/bench-check: each computes mean luma and Laplacian variance per file."""
import sys


def opencv_reduced(paths):
    import cv2
    for p in paths:
        g = cv2.imread(p, cv2.IMREAD_REDUCED_GRAYSCALE_4)
        g.mean(), cv2.Laplacian(g, cv2.CV_64F).var()


def opencv_full(paths):
    import cv2
    for p in paths:
        g = cv2.cvtColor(cv2.imread(p), cv2.COLOR_BGR2GRAY)
        g.mean(), cv2.Laplacian(g, cv2.CV_64F).var()


def pillow_draft(paths):
    import numpy as np
    from PIL import Image
    for p in paths:
        im = Image.open(p)
        im.draft("L", (im.width // 4, im.height // 4))
        a = np.asarray(im.convert("L"), dtype=np.float64)
        lap = a[1:-1, :-2] + a[1:-1, 2:] + a[:-2, 1:-1] + a[2:, 1:-1] - 4 * a[1:-1, 1:-1]
        a.mean(), lap.var()


if __name__ == "__main__":
    globals()[sys.argv[1]](sys.argv[2:])

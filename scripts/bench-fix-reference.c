// Reference for scripts/bench-fix: the same work as `photo-preflight fix`, written directly on
// libjpeg-turbo, as the practical speed limit. Also generates the benchmark's phone-like photos.
//
//   bench-fix-reference gen DIR COUNT        write COUNT 4032x3024 noisy JPEGs with EXIF orientation tags
//   bench-fix-reference fix MAXSIDE QUALITY OUTDIR FILE...
//        per file: read the EXIF orientation, DCT-scaled decode to just above MAXSIDE, area downscale,
//        orientation, optimized-Huffman JPEG encode at QUALITY, metadata stripped.
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jpeglib.h>

static unsigned char *read_file(const char *path, size_t *size) {
    FILE *file = fopen(path, "rb");
    if (!file) return NULL;
    fseek(file, 0, SEEK_END);
    long length = ftell(file);
    fseek(file, 0, SEEK_SET);
    unsigned char *data = malloc((size_t)length);
    if (data && fread(data, 1, (size_t)length, file) != (size_t)length) {
        free(data);
        data = NULL;
    }
    fclose(file);
    *size = (size_t)length;
    return data;
}

/// EXIF orientation from the first APP1 segment (1 when absent).
static int exif_orientation(const unsigned char *d, size_t n) {
    size_t at = 2;
    while (at + 4 <= n && d[at] == 0xFF && d[at + 1] != 0xDA) {
        size_t length = (size_t)d[at + 2] << 8 | d[at + 3];
        const unsigned char *p = d + at + 4;
        if (d[at + 1] == 0xE1 && length > 16 && memcmp(p, "Exif\0\0", 6) == 0) {
            const unsigned char *t = p + 6;
            int le = t[0] == 'I';
#define U16(q) (le ? (q)[0] | (q)[1] << 8 : (q)[0] << 8 | (q)[1])
#define U32(q) (le ? (uint32_t)U16(q) | (uint32_t)U16((q) + 2) << 16 : (uint32_t)U16(q) << 16 | U16((q) + 2))
            uint32_t ifd = U32(t + 4);
            if (ifd + 2 > length - 8) return 1;
            int count = U16(t + ifd);
            for (int i = 0; i < count && ifd + 2 + 12 * (i + 1) <= length - 8; i++) {
                const unsigned char *e = t + ifd + 2 + 12 * i;
                if (U16(e) == 0x0112) return U16(e + 8);
            }
            return 1;
        }
        at += 2 + length;
    }
    return 1;
}

/// Area-average downscale of RGB pixels (fractional box edges), one output row at a time.
static unsigned char *area_resize(const unsigned char *in, int w, int h, int ow, int oh) {
    unsigned char *out = malloc((size_t)ow * oh * 3);
    float *row = calloc((size_t)ow * 3, sizeof(float));
    double sx = (double)w / ow, sy = (double)h / oh;
    for (int oy = 0; oy < oh; oy++) {
        memset(row, 0, sizeof(float) * ow * 3);
        double y0 = oy * sy, y1 = (oy + 1) * sy;
        for (int y = (int)y0; y < h && y < y1; y++) {
            float wy = (float)((y + 1 < y1 ? y + 1 : y1) - (y > y0 ? y : y0));
            const unsigned char *line = in + (size_t)y * w * 3;
            for (int ox = 0; ox < ow; ox++) {
                double x0 = ox * sx, x1 = (ox + 1) * sx;
                float r = 0, g = 0, b = 0;
                for (int x = (int)x0; x < w && x < x1; x++) {
                    float wx = (float)((x + 1 < x1 ? x + 1 : x1) - (x > x0 ? x : x0));
                    r += wx * line[3 * x];
                    g += wx * line[3 * x + 1];
                    b += wx * line[3 * x + 2];
                }
                row[3 * ox] += wy * r;
                row[3 * ox + 1] += wy * g;
                row[3 * ox + 2] += wy * b;
            }
        }
        float norm = (float)(1.0 / (sx * sy));
        for (int i = 0; i < ow * 3; i++) {
            float v = row[i] * norm + 0.5f;
            out[(size_t)oy * ow * 3 + i] = (unsigned char)(v > 255 ? 255 : v);
        }
    }
    free(row);
    return out;
}

/// Applies EXIF orientation `o` to RGB pixels; returns the new buffer and size.
static unsigned char *orient(const unsigned char *in, int w, int h, int o, int *ow, int *oh) {
    int swap = o >= 5;
    *ow = swap ? h : w;
    *oh = swap ? w : h;
    unsigned char *out = malloc((size_t)w * h * 3);
    for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
            int X, Y;
            switch (o) {
            case 2: X = w - 1 - x; Y = y; break;
            case 3: X = w - 1 - x; Y = h - 1 - y; break;
            case 4: X = x; Y = h - 1 - y; break;
            case 5: X = y; Y = x; break;
            case 6: X = h - 1 - y; Y = x; break;
            case 7: X = h - 1 - y; Y = w - 1 - x; break;
            case 8: X = y; Y = w - 1 - x; break;
            default: X = x; Y = y; break;
            }
            memcpy(out + ((size_t)Y * *ow + X) * 3, in + ((size_t)y * w + x) * 3, 3);
        }
    }
    return out;
}

static int write_jpeg(const char *path, const unsigned char *rgb, int w, int h, int quality, const unsigned char *exif,
                      size_t exif_size) {
    FILE *file = fopen(path, "wb");
    if (!file) return 1;
    struct jpeg_compress_struct c;
    struct jpeg_error_mgr err;
    c.err = jpeg_std_error(&err);
    jpeg_create_compress(&c);
    jpeg_stdio_dest(&c, file);
    c.image_width = (JDIMENSION)w;
    c.image_height = (JDIMENSION)h;
    c.input_components = 3;
    c.in_color_space = JCS_RGB;
    jpeg_set_defaults(&c);
    jpeg_set_quality(&c, quality, TRUE);
    c.optimize_coding = TRUE;
    jpeg_start_compress(&c, TRUE);
    if (exif) jpeg_write_marker(&c, JPEG_APP0 + 1, exif, (unsigned int)exif_size);
    while (c.next_scanline < c.image_height) {
        JSAMPROW row = (JSAMPROW)(rgb + (size_t)c.next_scanline * w * 3);
        jpeg_write_scanlines(&c, &row, 1);
    }
    jpeg_finish_compress(&c);
    jpeg_destroy_compress(&c);
    fclose(file);
    return 0;
}

static int fix_one(const char *path, int max_side, int quality, const char *out_dir) {
    size_t size;
    unsigned char *data = read_file(path, &size);
    if (!data) return 1;
    int o = exif_orientation(data, size);
    struct jpeg_decompress_struct d;
    struct jpeg_error_mgr err;
    d.err = jpeg_std_error(&err);
    jpeg_create_decompress(&d);
    jpeg_mem_src(&d, data, (unsigned long)size);
    jpeg_read_header(&d, TRUE);
    int long_side = d.image_width > d.image_height ? (int)d.image_width : (int)d.image_height;
    int denom = 1;
    while (denom < 8 && (long_side + 2 * denom - 1) / (2 * denom) >= max_side) denom *= 2;
    d.scale_num = 1;
    d.scale_denom = (unsigned int)denom;
    d.out_color_space = JCS_RGB;
    jpeg_start_decompress(&d);
    int w = (int)d.output_width, h = (int)d.output_height;
    unsigned char *pixels = malloc((size_t)w * h * 3);
    while (d.output_scanline < d.output_height) {
        JSAMPROW row = pixels + (size_t)d.output_scanline * w * 3;
        jpeg_read_scanlines(&d, &row, 1);
    }
    jpeg_finish_decompress(&d);
    jpeg_destroy_decompress(&d);
    free(data);
    int tw = w, th = h;
    if ((w > h ? w : h) > max_side) {
        tw = w >= h ? max_side : (int)((double)w * max_side / h + 0.5);
        th = h > w ? max_side : (int)((double)h * max_side / w + 0.5);
        unsigned char *small = area_resize(pixels, w, h, tw, th);
        free(pixels);
        pixels = small;
    }
    int ow, oh;
    unsigned char *upright = orient(pixels, tw, th, o, &ow, &oh);
    free(pixels);
    const char *name = strrchr(path, '/') ? strrchr(path, '/') + 1 : path;
    char out[4096];
    snprintf(out, sizeof out, "%s/%s", out_dir, name);
    int status = write_jpeg(out, upright, ow, oh, quality, NULL, 0);
    free(upright);
    return status;
}

/// A phone-like 4032x3024 photo: smooth lighting, a face-like ellipse, texture and sensor noise.
static int generate(const char *dir, int count) {
    const int w = 4032, h = 3024;
    unsigned char *rgb = malloc((size_t)w * h * 3);
    uint32_t state = 12345;
    const int orientations[4] = {1, 6, 3, 8};
    for (int n = 0; n < count; n++) {
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double dx = (x - w / 2.0) / (w * 0.18), dy = (y - h / 2.0) / (h * 0.32);
                int face = dx * dx + dy * dy < 1;
                int base_r = face ? 205 : 70 + x * 80 / w, base_g = face ? 160 : 90 + y * 60 / h;
                int base_b = face ? 135 : 120 + ((x / 37 + y / 53 + n) % 7) * 12;
                int v[3] = {base_r, base_g, base_b};
                for (int k = 0; k < 3; k++) {
                    state = state * 1664525u + 1013904223u;
                    int noise = (int)(state >> 27) - 16;
                    int s = v[k] + noise;
                    rgb[((size_t)y * w + x) * 3 + k] = (unsigned char)(s < 0 ? 0 : s > 255 ? 255 : s);
                }
            }
        }
        unsigned char exif[6 + 8 + 2 + 12 + 4] = {'E', 'x', 'i', 'f', 0, 0, 'I', 'I', 42, 0, 8, 0, 0, 0, 1, 0,
                                                  0x12, 0x01, 3, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0};
        exif[6 + 8 + 2 + 8] = (unsigned char)orientations[n % 4];
        char path[4096];
        snprintf(path, sizeof path, "%s/phone-%02d.jpg", dir, n);
        if (write_jpeg(path, rgb, w, h, 92, exif, sizeof exif)) return 1;
    }
    free(rgb);
    return 0;
}

int main(int argc, char **argv) {
    if (argc >= 4 && strcmp(argv[1], "gen") == 0) return generate(argv[2], atoi(argv[3]));
    if (argc >= 6 && strcmp(argv[1], "fix") == 0) {
        int status = 0;
        for (int i = 5; i < argc; i++) status |= fix_one(argv[i], atoi(argv[2]), atoi(argv[3]), argv[4]);
        return status;
    }
    fprintf(stderr, "usage: %s gen DIR COUNT | fix MAXSIDE QUALITY OUTDIR FILE...\n", argv[0]);
    return 2;
}

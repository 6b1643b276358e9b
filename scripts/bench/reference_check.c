/* The practical speed limit for `check`: libjpeg-turbo with DCT-scaled grayscale decoding (the same scale
 * choice as photo-preflight: short side >= 512) and the same statistics (mean luma, clipped shares,
 * 8x8-tile Laplacian variance), one file after another. Built and run by scripts/bench-check. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <setjmp.h>
#include <jpeglib.h>

struct err { struct jpeg_error_mgr base; jmp_buf jump; };
static void on_error(j_common_ptr c) { longjmp(((struct err *)c->err)->jump, 1); }
static void on_message(j_common_ptr c, int level) { (void)c; (void)level; }

static int check(const char *path) {
    FILE *f = fopen(path, "rb");
    if (!f) return 1;
    fseek(f, 0, SEEK_END);
    long size = ftell(f);
    fseek(f, 0, SEEK_SET);
    unsigned char *data = malloc(size);
    if (fread(data, 1, size, f) != (size_t)size) { fclose(f); free(data); return 1; }
    fclose(f);
    struct jpeg_decompress_struct c;
    struct err e;
    unsigned char *volatile pixels = NULL;
    c.err = jpeg_std_error(&e.base);
    e.base.error_exit = on_error;
    e.base.emit_message = on_message;
    if (setjmp(e.jump)) { jpeg_destroy_decompress(&c); free(data); free(pixels); return 1; }
    jpeg_create_decompress(&c);
    jpeg_mem_src(&c, data, size);
    jpeg_read_header(&c, TRUE);
    unsigned shortside = c.image_width < c.image_height ? c.image_width : c.image_height;
    int denom = 1;
    for (int d = 8; d > 1; d /= 2) if ((shortside + d - 1) / d >= 512) { denom = d; break; }
    c.scale_num = 1; c.scale_denom = denom;
    c.out_color_space = JCS_GRAYSCALE; c.dct_method = JDCT_IFAST; c.do_fancy_upsampling = FALSE;
    jpeg_start_decompress(&c);
    int w = c.output_width, h = c.output_height;
    pixels = malloc((size_t)w * h);
    while (c.output_scanline < c.output_height) {
        JSAMPROW row = pixels + (size_t)c.output_scanline * w;
        jpeg_read_scanlines(&c, &row, 1);
    }
    jpeg_finish_decompress(&c);
    jpeg_destroy_decompress(&c);
    double sum = 0, dark = 0, bright = 0, ts[64] = {0}, tq[64] = {0}, tn[64] = {0};
    for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) {
        int v = pixels[y * w + x]; sum += v; dark += v < 16; bright += v > 240;
    }
    for (int y = 1; y < h - 1; y++) for (int x = 1; x < w - 1; x++) {
        int i = y * w + x;
        int l = pixels[i - 1] + pixels[i + 1] + pixels[i - w] + pixels[i + w] - 4 * pixels[i];
        int t = (y * 8 / h) * 8 + x * 8 / w;
        ts[t] += l; tq[t] += (double)l * l; tn[t] += 1;
    }
    double best = 0;
    for (int t = 0; t < 64; t++) { double m = ts[t] / tn[t], v = tq[t] / tn[t] - m * m; if (v > best) best = v; }
    printf("%s mean %.1f dark %.3f bright %.3f sharp %.0f\n", path, sum / ((double)w * h), dark / ((double)w * h),
           bright / ((double)w * h), best);
    free(pixels);
    free(data);
    return 0;
}

int main(int argc, char **argv) {
    int failures = 0;
    for (int i = 1; i < argc; i++) failures += check(argv[i]);
    return failures ? 1 : 0;
}

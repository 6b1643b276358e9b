// JPEG decoding through libjpeg-turbo with fatal errors contained by setjmp/longjmp in this file.
#include "ppf_decode.h"
#include "ppf_jpeg_error.h"
#include "ppf_pixels.h"

#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <jpeglib.h>
#include <jerror.h>

typedef struct {
    struct jpeg_progress_mgr base;
    int max_scans;
} ppf_jpeg_progress;

static void ppf_jpeg_progress_monitor(j_common_ptr cinfo) {
    ppf_jpeg_progress *progress = (ppf_jpeg_progress *)cinfo->progress;
    j_decompress_ptr dinfo = (j_decompress_ptr)cinfo;
    if (dinfo->input_scan_number > progress->max_scans) {
        ppf_jpeg_error *error = (ppf_jpeg_error *)cinfo->err;
        snprintf(error->message, PPF_MESSAGE_CAPACITY, "too many progressive scans (more than %d)",
                 progress->max_scans);
        longjmp(error->jump, 1);
    }
}

static int ppf_choose_scale(uint32_t width, uint32_t height, uint32_t min_short_side, int max_denom) {
    if (min_short_side == 0) return 1;
    uint32_t short_side = width < height ? width : height;
    for (int denom = 8; denom > 1; denom /= 2) {
        if (max_denom > 0 && denom > max_denom) continue;
        if ((short_side + denom - 1) / denom >= min_short_side) return denom;
    }
    return 1;
}

/// Converts one CMYK scanline to the output layout. Adobe files store the inks inverted.
static void ppf_cmyk_row(const JSAMPLE *in, uint8_t *out, uint32_t width, int inverted, ppf_layout layout) {
    for (uint32_t x = 0; x < width; x++) {
        int c = in[4 * x], m = in[4 * x + 1], y = in[4 * x + 2], k = in[4 * x + 3];
        if (!inverted) {
            c = 255 - c;
            m = 255 - m;
            y = 255 - y;
            k = 255 - k;
        }
        uint8_t r = (uint8_t)((c * k + 127) / 255);
        uint8_t g = (uint8_t)((m * k + 127) / 255);
        uint8_t b = (uint8_t)((y * k + 127) / 255);
        if (layout == PPF_LAYOUT_GRAY) {
            out[x] = ppf_luma(r, g, b);
        } else {
            out[3 * x] = r;
            out[3 * x + 1] = g;
            out[3 * x + 2] = b;
        }
    }
}

int ppf_jpeg_decode(const uint8_t *data, size_t size, const ppf_decode_options *options, ppf_decode_result *result) {
    struct jpeg_decompress_struct cinfo;
    ppf_jpeg_error error;
    ppf_jpeg_progress progress;
    JSAMPLE *volatile cmyk_row = NULL;

    memset(result, 0, sizeof(*result));
    memset(&cinfo, 0, sizeof(cinfo));
    cinfo.err = ppf_jpeg_error_init(&error, result->message, &result->header_warnings, &result->data_warnings);

    if (setjmp(error.jump)) {
        int unsupported = error.base.msg_code == JERR_BAD_PRECISION;
        jpeg_destroy_decompress(&cinfo);
        free(cmyk_row);
        ppf_release_outputs(result);
        return unsupported ? PPF_ERROR_UNSUPPORTED : PPF_ERROR_CORRUPT;
    }

    jpeg_create_decompress(&cinfo);
    progress.base.progress_monitor = ppf_jpeg_progress_monitor;
    progress.max_scans = options->max_scans > 0 ? options->max_scans : 1000;
    cinfo.progress = &progress.base;
    jpeg_mem_src(&cinfo, data, (unsigned long)size);
    if (options->read_icc && !options->header_only) jpeg_save_markers(&cinfo, JPEG_APP0 + 2, 0xFFFF);
    jpeg_read_header(&cinfo, TRUE);

    result->width = cinfo.image_width;
    result->height = cinfo.image_height;
    result->components = cinfo.num_components;
    result->bit_depth = cinfo.data_precision;
    result->color_type = (int)cinfo.jpeg_color_space;
    result->interlaced = cinfo.progressive_mode ? 1 : 0;
    result->arithmetic = cinfo.arith_code ? 1 : 0;
    result->adobe_marker = cinfo.saw_Adobe_marker ? 1 : 0;

    uint64_t pixels = (uint64_t)cinfo.image_width * (uint64_t)cinfo.image_height;
    if (options->max_pixels > 0 && pixels > options->max_pixels) {
        snprintf(result->message, PPF_MESSAGE_CAPACITY, "header declares %ux%u pixels", cinfo.image_width,
                 cinfo.image_height);
        jpeg_destroy_decompress(&cinfo);
        return PPF_ERROR_TOO_MANY_PIXELS;
    }
    if (options->header_only) {
        jpeg_destroy_decompress(&cinfo);
        return PPF_OK;
    }

    if (options->read_icc) {
        JOCTET *profile = NULL;
        unsigned int profile_size = 0;
        if (jpeg_read_icc_profile(&cinfo, &profile, &profile_size)) {
            result->icc_profile = profile;
            result->icc_size = profile_size;
        }
    }

    int cmyk = cinfo.jpeg_color_space == JCS_CMYK || cinfo.jpeg_color_space == JCS_YCCK;
    if (cmyk) {
        cinfo.out_color_space = JCS_CMYK;
    } else {
        cinfo.out_color_space = options->layout == PPF_LAYOUT_GRAY ? JCS_GRAYSCALE : JCS_RGB;
    }
    result->scale_denom = ppf_choose_scale(cinfo.image_width, cinfo.image_height, options->min_short_side,
                                           options->max_scale_denom);
    cinfo.scale_num = 1;
    cinfo.scale_denom = (unsigned int)result->scale_denom;
    cinfo.dct_method = options->fast_idct ? JDCT_IFAST : JDCT_ISLOW;
    cinfo.do_fancy_upsampling = options->fast_idct ? FALSE : TRUE;

    error.reading_data = 1;
    jpeg_start_decompress(&cinfo);

    int channels = options->layout == PPF_LAYOUT_GRAY ? 1 : 3;
    size_t row_bytes = (size_t)cinfo.output_width * (size_t)channels;
    result->out_width = cinfo.output_width;
    result->out_height = cinfo.output_height;
    result->out_channels = channels;
    result->pixels = malloc(row_bytes * cinfo.output_height);
    if (cmyk) cmyk_row = malloc((size_t)cinfo.output_width * 4);
    if (result->pixels == NULL || (cmyk && cmyk_row == NULL)) {
        snprintf(result->message, PPF_MESSAGE_CAPACITY, "cannot allocate %ux%u pixels", cinfo.output_width,
                 cinfo.output_height);
        jpeg_destroy_decompress(&cinfo);
        free(cmyk_row);
        ppf_release_outputs(result);
        return PPF_ERROR_NO_MEMORY;
    }

    while (cinfo.output_scanline < cinfo.output_height) {
        uint8_t *row = result->pixels + row_bytes * cinfo.output_scanline;
        if (cmyk) {
            JSAMPROW rows[1] = {cmyk_row};
            jpeg_read_scanlines(&cinfo, rows, 1);
            ppf_cmyk_row(cmyk_row, row, cinfo.output_width, cinfo.saw_Adobe_marker, options->layout);
        } else {
            JSAMPROW rows[1] = {row};
            jpeg_read_scanlines(&cinfo, rows, 1);
        }
    }
    jpeg_finish_decompress(&cinfo);
    jpeg_destroy_decompress(&cinfo);
    free(cmyk_row);
    return PPF_OK;
}

void ppf_free(void *pointer) { free(pointer); }

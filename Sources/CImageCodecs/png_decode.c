// PNG decoding through libpng with fatal errors contained by setjmp/longjmp in this file.
#include "ppf_bytes.h"
#include "ppf_decode.h"
#include "ppf_pixels.h"
#include "ppf_png_error.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <png.h>

/// The most a compressed ancillary chunk (zTXt, iTXt, iCCP) may inflate to: far above any real ICC profile or
/// text. What an uncompressed chunk takes is bounded by the file itself (`ppf_png_check_chunk_lengths`).
#define PPF_PNG_MAX_CHUNK_BYTES (16u << 20)

typedef struct {
    const uint8_t *data;
    size_t size;
    size_t position;
} ppf_png_source;

static void ppf_png_read(png_structp png, png_bytep out, size_t length) {
    ppf_png_source *source = (ppf_png_source *)png_get_io_ptr(png);
    if (length > source->size - source->position) {
        png_error(png, "unexpected end of file (truncated)");
    }
    memcpy(out, source->data + source->position, length);
    source->position += length;
}

/// Refuses a file with an ancillary chunk declaring more bytes than the file has left. libpng allocates an
/// ancillary chunk's buffer from its declared length before reading it, so without this a 127-byte file
/// declaring a 2 GB tEXt chunk made it allocate and clear 2 GB (found by fuzzing; Fixtures/fuzz/png).
static int ppf_png_check_chunk_lengths(const uint8_t *data, size_t size, ppf_decode_result *result) {
    size_t position = 8;
    while (size >= 8 && position <= size - 8) {
        const uint8_t *header = data + position;
        uint64_t length = ppf_be32(header);
        uint64_t remaining = (uint64_t)(size - position - 8);
        int ancillary = (header[4] & 0x20) != 0;
        if (ancillary && length > remaining) {
            snprintf(result->message, PPF_MESSAGE_CAPACITY,
                     "unexpected end of file (truncated): the %.4s chunk declares %llu bytes, %llu remain",
                     (const char *)header + 4, (unsigned long long)length, (unsigned long long)remaining);
            return PPF_ERROR_CORRUPT;
        }
        if (memcmp(header + 4, "IEND", 4) == 0 || length > remaining) break;
        position += 12 + (size_t)length;
    }
    return PPF_OK;
}

int ppf_png_decode(const uint8_t *data, size_t size, const ppf_decode_options *options, ppf_decode_result *result) {
    ppf_png_source source = {data, size, 0};
    ppf_png_messages messages = {result->message, &result->header_warnings};
    png_structp png = NULL;
    png_infop info = NULL;
    png_bytep volatile image = NULL;
    png_bytepp volatile rows = NULL;

    memset(result, 0, sizeof(*result));
    if (ppf_png_check_chunk_lengths(data, size, result) != PPF_OK) return PPF_ERROR_CORRUPT;
    png = png_create_read_struct(PNG_LIBPNG_VER_STRING, &messages, ppf_png_error, ppf_png_warning);
    if (png == NULL) return PPF_ERROR_NO_MEMORY;
    info = png_create_info_struct(png);
    if (info == NULL) {
        png_destroy_read_struct(&png, NULL, NULL);
        return PPF_ERROR_NO_MEMORY;
    }
    if (setjmp(png_jmpbuf(png))) {
        png_destroy_read_struct(&png, &info, NULL);
        free(rows);
        free(image);
        ppf_release_outputs(result);
        return PPF_ERROR_CORRUPT;
    }

    png_set_read_fn(png, &source, ppf_png_read);
    // A CRC error in any chunk, critical or ancillary, makes the file corrupt.
    png_set_crc_action(png, PNG_CRC_ERROR_QUIT, PNG_CRC_ERROR_QUIT);
    png_set_user_limits(png, 0x7fffffffL, 0x7fffffffL);
    png_set_chunk_malloc_max(png, PPF_PNG_MAX_CHUNK_BYTES);
    png_read_info(png, info);

    png_uint_32 width = 0, height = 0;
    int bit_depth = 0, color_type = 0, interlace = 0;
    png_get_IHDR(png, info, &width, &height, &bit_depth, &color_type, &interlace, NULL, NULL);
    result->width = width;
    result->height = height;
    result->bit_depth = bit_depth;
    result->color_type = color_type;
    result->interlaced = interlace != PNG_INTERLACE_NONE;
    result->has_alpha = (color_type & PNG_COLOR_MASK_ALPHA) || png_get_valid(png, info, PNG_INFO_tRNS);
    result->components = png_get_channels(png, info);
    if (color_type == PNG_COLOR_TYPE_PALETTE) result->components = result->has_alpha ? 4 : 3;

    uint64_t pixels = (uint64_t)width * (uint64_t)height;
    if (options->max_pixels > 0 && pixels > options->max_pixels) {
        snprintf(result->message, PPF_MESSAGE_CAPACITY, "header declares %ux%u pixels", width, height);
        png_destroy_read_struct(&png, &info, NULL);
        return PPF_ERROR_TOO_MANY_PIXELS;
    }
    if (options->header_only) {
        png_destroy_read_struct(&png, &info, NULL);
        return PPF_OK;
    }

    if (options->read_icc && png_get_valid(png, info, PNG_INFO_iCCP)) {
        png_charp name = NULL;
        int compression = 0;
        png_bytep profile = NULL;
        png_uint_32 profile_size = 0;
        if (png_get_iCCP(png, info, &name, &compression, &profile, &profile_size) && profile_size > 0) {
            result->icc_profile = malloc(profile_size);
            if (result->icc_profile != NULL) {
                memcpy(result->icc_profile, profile, profile_size);
                result->icc_size = profile_size;
            }
        }
    }

    png_set_expand(png);    // palette -> RGB, gray < 8 bits -> 8 bits, tRNS -> alpha
    png_set_scale_16(png);  // 16 -> 8 bits, rounded
    int passes = png_set_interlace_handling(png);
    png_read_update_info(png, info);
    int in_channels = png_get_channels(png, info);
    size_t in_row_bytes = png_get_rowbytes(png, info);

    int out_channels = options->layout == PPF_LAYOUT_GRAY ? 1 : 3;
    size_t out_row_bytes = (size_t)width * (size_t)out_channels;
    result->out_width = width;
    result->out_height = height;
    result->out_channels = out_channels;
    result->scale_denom = 1;
    result->pixels = malloc(out_row_bytes * height);
    // Interlaced images need every pass in memory; others stream through one row.
    size_t image_rows = passes > 1 ? height : 1;
    image = malloc(in_row_bytes * image_rows);
    if (passes > 1) rows = malloc(sizeof(png_bytep) * height);
    if (result->pixels == NULL || image == NULL || (passes > 1 && rows == NULL)) {
        snprintf(result->message, PPF_MESSAGE_CAPACITY, "cannot allocate %ux%u pixels", width, height);
        png_destroy_read_struct(&png, &info, NULL);
        free(rows);
        free(image);
        ppf_release_outputs(result);
        return PPF_ERROR_NO_MEMORY;
    }

    if (passes > 1) {
        for (png_uint_32 y = 0; y < height; y++) rows[y] = image + in_row_bytes * y;
        png_read_image(png, rows);
        for (png_uint_32 y = 0; y < height; y++) {
            ppf_convert_row(rows[y], in_channels, result->pixels + out_row_bytes * y, width, options->layout,
                                options->background_rgb);
        }
    } else {
        for (png_uint_32 y = 0; y < height; y++) {
            png_read_row(png, image, NULL);
            ppf_convert_row(image, in_channels, result->pixels + out_row_bytes * y, width, options->layout,
                                options->background_rgb);
        }
    }
    // Reads the chunks after the image data, checking their CRCs and that IEND is there.
    png_read_end(png, NULL);
    png_destroy_read_struct(&png, &info, NULL);
    free(rows);
    free(image);
    return PPF_OK;
}

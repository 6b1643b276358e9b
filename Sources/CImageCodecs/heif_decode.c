// HEIF/HEIC decoding through libheif. libheif reports errors as values, never by jumping; every failure
// becomes a ppf_status here, and the pixel limit is enforced from the file's own `ispe` boxes first.
#include "ppf_decode.h"
#include "ppf_metadata_blocks.h"
#include "ppf_isobmff.h"
#include "ppf_pixels.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libheif/heif.h>

/// Maps a libheif error to a status, keeping its message.
static int ppf_heif_failure(struct heif_error error, ppf_decode_result *result) {
    snprintf(result->message, PPF_MESSAGE_CAPACITY, "%s", error.message ? error.message : "libheif error");
    if (error.subcode == heif_suberror_Security_limit_exceeded) return PPF_ERROR_TOO_MANY_PIXELS;
    if (error.code == heif_error_Memory_allocation_error) return PPF_ERROR_NO_MEMORY;
    if (error.code == heif_error_Unsupported_feature || error.code == heif_error_Unsupported_filetype) {
        return PPF_ERROR_UNSUPPORTED;
    }
    return PPF_ERROR_CORRUPT;
}

/// Notes which metadata the image carries; copies the ICC profile and the first EXIF block when asked.
static void ppf_heif_read_metadata(const struct heif_image_handle *handle, const ppf_decode_options *options,
                                   ppf_decode_result *result) {
    enum heif_color_profile_type profile = heif_image_handle_get_color_profile_type(handle);
    result->has_icc = profile == heif_color_profile_type_prof || profile == heif_color_profile_type_rICC;
    if (result->has_icc && options->read_icc && !options->header_only) {
        size_t size = heif_image_handle_get_raw_color_profile_size(handle);
        uint8_t *icc = size > 0 && size <= UINT32_MAX ? malloc(size) : NULL;
        if (icc != NULL && heif_image_handle_get_raw_color_profile(handle, icc).code == heif_error_Ok) {
            result->icc_profile = icc;
            result->icc_size = (uint32_t)size;
        } else {
            free(icc);
        }
    }
    heif_item_id ids[16];
    int count = heif_image_handle_get_list_of_metadata_block_IDs(handle, NULL, ids, 16);
    for (int i = 0; i < count; i++) {
        const char *type = heif_image_handle_get_metadata_type(handle, ids[i]);
        const char *content = heif_image_handle_get_metadata_content_type(handle, ids[i]);
        if (type != NULL && strcmp(type, "mime") == 0 && content != NULL && strstr(content, "rdf+xml") != NULL) {
            result->has_xmp = 1;
        }
        if (type == NULL || strcmp(type, "Exif") != 0) continue;
        result->has_exif = 1;
        if (!options->read_metadata || options->header_only || result->exif != NULL) continue;
        size_t size = heif_image_handle_get_metadata_size(handle, ids[i]);
        uint8_t *block = size > 0 ? malloc(size) : NULL;
        if (block != NULL && heif_image_handle_get_metadata(handle, ids[i], block).code == heif_error_Ok) {
            ppf_store_exif(result, block, size);
        }
        free(block);
    }
}

int ppf_heif_decode(const uint8_t *data, size_t size, const ppf_decode_options *options, ppf_decode_result *result) {
    ppf_begin_result(result);
    if (ppf_isobmff_check_limit(data, size, options, result) != PPF_OK) return PPF_ERROR_TOO_MANY_PIXELS;
    if (ppf_isobmff_has_derivation_cycle(data, size)) {
        // Found by fuzzing (Fixtures/fuzz/heif): a 1 KB file whose grid is derived from itself made libheif
        // start threads without end and abort the process with an uncaught std::system_error.
        snprintf(result->message, PPF_MESSAGE_CAPACITY, "a derived image (grid or overlay) references itself");
        return PPF_ERROR_CORRUPT;
    }

    struct heif_context *context = heif_context_alloc();
    if (context == NULL) return PPF_ERROR_NO_MEMORY;
    if (options->max_pixels > 0) {
        // libheif's own limit is on the area, given as the side of a square.
        double side = ceil(sqrt((double)options->max_pixels));
        heif_context_set_maximum_image_size_limit(context, side > 1e9 ? 1000000000 : (int)side);
    }
    struct heif_image_handle *handle = NULL;
    struct heif_image *image = NULL;
    int status = PPF_OK;
    struct heif_error error = heif_context_read_from_memory_without_copy(context, data, size, NULL);
    if (error.code == heif_error_Ok) error = heif_context_get_primary_image_handle(context, &handle);
    if (error.code != heif_error_Ok) {
        status = ppf_heif_failure(error, result);
        goto done;
    }
    result->frame_count = heif_context_get_number_of_top_level_images(context);
    uint32_t width = (uint32_t)heif_image_handle_get_width(handle);
    uint32_t height = (uint32_t)heif_image_handle_get_height(handle);
    result->has_alpha = heif_image_handle_has_alpha_channel(handle);
    result->components = result->has_alpha ? 4 : 3;
    int bits = heif_image_handle_get_luma_bits_per_pixel(handle);
    result->bit_depth = bits > 0 ? bits : 8;
    if (width == 0 || height == 0) {
        snprintf(result->message, PPF_MESSAGE_CAPACITY, "image has no size");
        status = PPF_ERROR_CORRUPT;
        goto done;
    }
    status = ppf_check_pixel_limit(options, result, width, height);
    if (status != PPF_OK) goto done;
    ppf_heif_read_metadata(handle, options, result);
    if (options->header_only) goto done;

    struct heif_decoding_options *decoding = heif_decoding_options_alloc();
    if (decoding == NULL) {
        status = PPF_ERROR_NO_MEMORY;
        goto done;
    }
    decoding->ignore_transformations = 0;  // irot and imir applied by libheif
    enum heif_chroma chroma = result->has_alpha ? heif_chroma_interleaved_RGBA : heif_chroma_interleaved_RGB;
    error = heif_decode_image(handle, &image, heif_colorspace_RGB, chroma, decoding);
    heif_decoding_options_free(decoding);
    if (error.code != heif_error_Ok) {
        status = ppf_heif_failure(error, result);
        goto done;
    }
    int stride = 0;
    const uint8_t *plane = heif_image_get_plane_readonly(image, heif_channel_interleaved, &stride);
    int plane_width = heif_image_get_width(image, heif_channel_interleaved);
    int plane_height = heif_image_get_height(image, heif_channel_interleaved);
    if (plane == NULL || plane_width <= 0 || plane_height <= 0 ||
        heif_image_get_bits_per_pixel_range(image, heif_channel_interleaved) != 8) {
        snprintf(result->message, PPF_MESSAGE_CAPACITY, "libheif gave no 8-bit RGB image");
        status = PPF_ERROR_UNSUPPORTED;
        goto done;
    }
    if ((uint32_t)plane_width != width || (uint32_t)plane_height != height) {
        // A malformed file (its `ispe` disagrees with the coded image): the size a header read reports would
        // not be the size of the pixels (found by fuzzing; Fixtures/fuzz/heif).
        snprintf(result->message, PPF_MESSAGE_CAPACITY, "the image decodes to %dx%d pixels, its header declares %ux%u",
                 plane_width, plane_height, width, height);
        status = PPF_ERROR_CORRUPT;
        goto done;
    }
    status = ppf_check_pixel_limit(options, result, (uint32_t)plane_width, (uint32_t)plane_height);
    if (status == PPF_OK) status = ppf_allocate_output(options, result, (uint32_t)plane_width, (uint32_t)plane_height);
    if (status == PPF_OK) ppf_convert_image(plane, (size_t)stride, result->has_alpha ? 4 : 3, options, result);

done:
    if (status != PPF_OK) ppf_release_outputs(result);
    if (image != NULL) heif_image_release(image);
    if (handle != NULL) heif_image_handle_release(handle);
    heif_context_free(context);
    return status;
}

// AVIF decoding through libavif 0.11. libavif reports errors as avifResult values; every failure becomes a
// ppf_status here. The pixel limit is enforced from the file's `ispe` boxes before libavif is called, and
// libavif's own size limits are set to it as well. libavif 0.11 does not apply `irot`/`imir`: they are
// reported in the result and applied by the Swift side.
#include "ppf_decode.h"
#include "ppf_metadata_blocks.h"
#include "ppf_isobmff.h"
#include "ppf_pixels.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <avif/avif.h>

static int ppf_avif_failure(avifResult code, const avifDecoder *decoder, ppf_decode_result *result) {
    const char *detail = decoder->diag.error[0] ? decoder->diag.error : avifResultToString(code);
    snprintf(result->message, PPF_MESSAGE_CAPACITY, "%s", detail);
    switch (code) {
    case AVIF_RESULT_OUT_OF_MEMORY: return PPF_ERROR_NO_MEMORY;
    case AVIF_RESULT_NOT_IMPLEMENTED:
    case AVIF_RESULT_NO_CODEC_AVAILABLE: return PPF_ERROR_UNSUPPORTED;
    default: return PPF_ERROR_CORRUPT;
    }
}

/// Notes the container's transforms and metadata; copies the ICC profile and EXIF when asked.
static void ppf_avif_read_properties(const avifImage *image, const ppf_decode_options *options,
                                     ppf_decode_result *result) {
    result->rotation_ccw = (image->transformFlags & AVIF_TRANSFORM_IROT) ? image->irot.angle & 3 : 0;
    result->mirror = (image->transformFlags & AVIF_TRANSFORM_IMIR) ? (image->imir.mode & 1) : -1;
    result->has_icc = image->icc.size > 0;
    result->has_exif = image->exif.size > 0;
    result->has_xmp = image->xmp.size > 0;
    result->bit_depth = (int)image->depth;
    if (options->header_only) return;
    if (options->read_icc) ppf_store_icc(result, image->icc.data, image->icc.size);
    if (options->read_metadata && image->exif.size > 0) ppf_store_exif(result, image->exif.data, image->exif.size);
}

/// Converts the decoded YUV image to 8-bit RGBA in memory allocated here (libavif 0.11's own allocator
/// aborts the process when memory runs out), then into the output layout.
static int ppf_avif_to_output(const avifImage *image, const ppf_decode_options *options,
                              ppf_decode_result *result) {
    avifRGBImage rgb;
    avifRGBImageSetDefaults(&rgb, image);
    rgb.format = AVIF_RGB_FORMAT_RGBA;
    rgb.depth = 8;
    rgb.rowBytes = image->width * 4;
    rgb.pixels = malloc((size_t)rgb.rowBytes * image->height);
    if (rgb.pixels == NULL) {
        snprintf(result->message, PPF_MESSAGE_CAPACITY, "cannot allocate %ux%u pixels", image->width, image->height);
        return PPF_ERROR_NO_MEMORY;
    }
    int status = PPF_OK;
    avifResult code = avifImageYUVToRGB(image, &rgb);
    if (code != AVIF_RESULT_OK) {
        snprintf(result->message, PPF_MESSAGE_CAPACITY, "%s", avifResultToString(code));
        status = PPF_ERROR_UNSUPPORTED;
    } else {
        status = ppf_allocate_output(options, result, image->width, image->height);
        if (status == PPF_OK) ppf_convert_image(rgb.pixels, rgb.rowBytes, 4, options, result);
    }
    free(rgb.pixels);
    return status;
}

int ppf_avif_decode(const uint8_t *data, size_t size, const ppf_decode_options *options, ppf_decode_result *result) {
    ppf_begin_result(result);
    if (ppf_isobmff_check_limit(data, size, options, result) != PPF_OK) return PPF_ERROR_TOO_MANY_PIXELS;
    avifDecoder *decoder = avifDecoderCreate();
    if (decoder == NULL) return PPF_ERROR_NO_MEMORY;
    decoder->maxThreads = 1;
    // libaom when the build has it: libavif 0.11 leaves dav1d's and libgav1's loggers on, and they print
    // their complaints about damaged data to our stderr. The failure itself comes back here as a status.
    if (avifCodecName(AVIF_CODEC_CHOICE_AOM, AVIF_CODEC_FLAG_CAN_DECODE) != NULL) {
        decoder->codecChoice = AVIF_CODEC_CHOICE_AOM;
    }
    decoder->ignoreXMP = AVIF_FALSE;
    decoder->ignoreExif = AVIF_FALSE;
    if (options->max_pixels > 0 && options->max_pixels < decoder->imageSizeLimit) {
        decoder->imageSizeLimit = (uint32_t)options->max_pixels;
    }
    int status = PPF_OK;
    avifResult code = avifDecoderSetIOMemory(decoder, data, size);
    if (code == AVIF_RESULT_OK) code = avifDecoderParse(decoder);
    if (code != AVIF_RESULT_OK) {
        status = ppf_avif_failure(code, decoder, result);
        goto done;
    }
    result->frame_count = decoder->imageCount > 0 ? decoder->imageCount : 1;
    result->has_alpha = decoder->alphaPresent;
    result->components = decoder->alphaPresent ? 4 : 3;
    status = ppf_check_pixel_limit(options, result, decoder->image->width, decoder->image->height);
    if (status != PPF_OK) goto done;
    ppf_avif_read_properties(decoder->image, options, result);
    if (options->header_only) goto done;
    code = avifDecoderNextImage(decoder);
    if (code != AVIF_RESULT_OK) {
        status = ppf_avif_failure(code, decoder, result);
        goto done;
    }
    status = ppf_check_pixel_limit(options, result, decoder->image->width, decoder->image->height);
    if (status == PPF_OK) status = ppf_avif_to_output(decoder->image, options, result);

done:
    if (status != PPF_OK) ppf_release_outputs(result);
    avifDecoderDestroy(decoder);
    return status;
}

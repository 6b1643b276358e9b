// WebP decoding through libwebp, with libwebpdemux for the ICCP/EXIF/XMP chunks and the first frame of an
// animation. libwebp reports errors as status values; every failure becomes a ppf_status here. The canvas
// size is read from the VP8X chunk by this file before libwebp is called.
#include "ppf_decode.h"
#include "ppf_metadata_blocks.h"
#include "ppf_pixels.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <webp/decode.h>
#include <webp/demux.h>

/// The canvas size an extended (VP8X) WebP declares: 24-bit little-endian width-1 and height-1.
static int ppf_webp_canvas(const uint8_t *data, size_t size, uint32_t *width, uint32_t *height) {
    if (size < 30 || memcmp(data + 12, "VP8X", 4) != 0) return 0;
    const uint8_t *p = data + 24;
    *width = 1 + ((uint32_t)p[0] | (uint32_t)p[1] << 8 | (uint32_t)p[2] << 16);
    *height = 1 + ((uint32_t)p[3] | (uint32_t)p[4] << 8 | (uint32_t)p[5] << 16);
    return 1;
}

/// Notes the metadata chunks; copies ICCP and EXIF when asked.
static void ppf_webp_read_metadata(const WebPData *webp, const ppf_decode_options *options,
                                   ppf_decode_result *result) {
    WebPDemuxer *demux = WebPDemux(webp);
    if (demux == NULL) return;
    uint32_t flags = WebPDemuxGetI(demux, WEBP_FF_FORMAT_FLAGS);
    result->has_icc = (flags & ICCP_FLAG) != 0;
    result->has_exif = (flags & EXIF_FLAG) != 0;
    result->has_xmp = (flags & XMP_FLAG) != 0;
    WebPChunkIterator chunk;
    if (result->has_icc && options->read_icc && !options->header_only &&
        WebPDemuxGetChunk(demux, "ICCP", 1, &chunk)) {
        ppf_store_icc(result, chunk.chunk.bytes, chunk.chunk.size);
        WebPDemuxReleaseChunkIterator(&chunk);
    }
    if (result->has_exif && options->read_metadata && !options->header_only &&
        WebPDemuxGetChunk(demux, "EXIF", 1, &chunk)) {
        ppf_store_exif(result, chunk.chunk.bytes, chunk.chunk.size);
        WebPDemuxReleaseChunkIterator(&chunk);
    }
    WebPDemuxDelete(demux);
}

/// Decodes the first frame of an animation, composited on its canvas as a viewer shows it.
static int ppf_webp_first_frame(const WebPData *webp, const ppf_decode_options *options,
                                ppf_decode_result *result) {
    WebPAnimDecoderOptions animation_options;
    if (!WebPAnimDecoderOptionsInit(&animation_options)) return PPF_ERROR_UNSUPPORTED;
    animation_options.color_mode = MODE_RGBA;
    animation_options.use_threads = 0;
    WebPAnimDecoder *decoder = WebPAnimDecoderNew(webp, &animation_options);
    if (decoder == NULL) {
        snprintf(result->message, PPF_MESSAGE_CAPACITY, "animated WebP cannot be demuxed (damaged or truncated)");
        return PPF_ERROR_CORRUPT;
    }
    WebPAnimInfo info;
    uint8_t *canvas = NULL;
    int timestamp = 0;
    int status = PPF_OK;
    if (!WebPAnimDecoderGetInfo(decoder, &info) || !WebPAnimDecoderGetNext(decoder, &canvas, &timestamp)) {
        snprintf(result->message, PPF_MESSAGE_CAPACITY, "first frame of the animated WebP does not decode");
        status = PPF_ERROR_CORRUPT;
    } else {
        result->frame_count = (int)info.frame_count;
        status = ppf_allocate_output(options, result, info.canvas_width, info.canvas_height);
        if (status == PPF_OK) ppf_convert_image(canvas, (size_t)info.canvas_width * 4, 4, options, result);
    }
    WebPAnimDecoderDelete(decoder);
    return status;
}

int ppf_webp_decode(const uint8_t *data, size_t size, const ppf_decode_options *options, ppf_decode_result *result) {
    ppf_begin_result(result);
    uint32_t width = 0, height = 0;
    if (ppf_webp_canvas(data, size, &width, &height)) {
        int status = ppf_check_pixel_limit(options, result, width, height);
        if (status != PPF_OK) return status;
    }
    WebPBitstreamFeatures features;
    VP8StatusCode code = WebPGetFeatures(data, size, &features);
    if (code != VP8_STATUS_OK) {
        snprintf(result->message, PPF_MESSAGE_CAPACITY, "%s",
                 code == VP8_STATUS_NOT_ENOUGH_DATA ? "WebP header is truncated" : "WebP header is damaged");
        return code == VP8_STATUS_UNSUPPORTED_FEATURE ? PPF_ERROR_UNSUPPORTED : PPF_ERROR_CORRUPT;
    }
    int status = ppf_check_pixel_limit(options, result, (uint32_t)features.width, (uint32_t)features.height);
    if (status != PPF_OK) return status;
    result->has_alpha = features.has_alpha;
    result->components = features.has_alpha ? 4 : 3;
    result->color_type = features.format;  // 0 mixed (animation), 1 lossy, 2 lossless
    WebPData webp = {data, size};
    ppf_webp_read_metadata(&webp, options, result);
    if (options->header_only && !features.has_animation) return PPF_OK;

    if (features.has_animation) {
        // The frame count is only known from the demuxer; a header-only read still gets it.
        WebPDemuxer *demux = WebPDemux(&webp);
        if (demux != NULL) {
            result->frame_count = (int)WebPDemuxGetI(demux, WEBP_FF_FRAME_COUNT);
            WebPDemuxDelete(demux);
        }
        if (options->header_only) return PPF_OK;
        status = ppf_webp_first_frame(&webp, options, result);
    } else {
        int decoded_width = 0, decoded_height = 0;
        uint8_t *rgba = WebPDecodeRGBA(data, size, &decoded_width, &decoded_height);
        if (rgba == NULL) {
            snprintf(result->message, PPF_MESSAGE_CAPACITY, "WebP image data is damaged or truncated");
            status = PPF_ERROR_CORRUPT;
        } else {
            status = ppf_allocate_output(options, result, (uint32_t)decoded_width, (uint32_t)decoded_height);
            if (status == PPF_OK) ppf_convert_image(rgba, (size_t)decoded_width * 4, 4, options, result);
            WebPFree(rgba);
        }
    }
    if (status != PPF_OK) ppf_release_outputs(result);
    return status;
}

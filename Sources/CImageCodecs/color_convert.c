// RGB → sRGB with lcms2, one transform per call (lcms2's transforms are not shared between threads here).
#include "ppf_color.h"

#include <stdio.h>

#include <lcms2.h>

int ppf_convert_rgb_to_srgb(uint8_t *pixels, uint32_t width, uint32_t height, const uint8_t *icc, size_t icc_size,
                            char *message) {
    if (icc == NULL || icc_size == 0 || icc_size > UINT32_MAX) {
        snprintf(message, PPF_MESSAGE_CAPACITY, "no ICC profile");
        return PPF_ERROR_UNSUPPORTED;
    }
    cmsContext context = cmsCreateContext(NULL, NULL);
    if (context == NULL) return PPF_ERROR_NO_MEMORY;
    int status = PPF_OK;
    cmsHPROFILE source = cmsOpenProfileFromMemTHR(context, icc, (cmsUInt32Number)icc_size);
    cmsHPROFILE srgb = cmsCreate_sRGBProfileTHR(context);
    cmsHTRANSFORM transform = NULL;
    if (source == NULL || cmsGetColorSpace(source) != cmsSigRgbData) {
        snprintf(message, PPF_MESSAGE_CAPACITY, "the ICC profile is not a readable RGB profile");
        status = PPF_ERROR_UNSUPPORTED;
    } else if (srgb == NULL) {
        status = PPF_ERROR_NO_MEMORY;
    } else {
        transform = cmsCreateTransformTHR(context, source, TYPE_RGB_8, srgb, TYPE_RGB_8, INTENT_RELATIVE_COLORIMETRIC,
                                          cmsFLAGS_BLACKPOINTCOMPENSATION);
        if (transform == NULL) {
            snprintf(message, PPF_MESSAGE_CAPACITY, "lcms2 cannot convert this profile to sRGB");
            status = PPF_ERROR_UNSUPPORTED;
        }
    }
    if (transform != NULL) {
        // Row by row: a whole image's pixel count may not fit lcms2's 32-bit count.
        for (uint32_t y = 0; y < height; y++) {
            uint8_t *row = pixels + (size_t)y * width * 3;
            cmsDoTransform(transform, row, row, width);
        }
        cmsDeleteTransform(transform);
    }
    if (srgb != NULL) cmsCloseProfile(srgb);
    if (source != NULL) cmsCloseProfile(source);
    cmsDeleteContext(context);
    return status;
}

// The libjpeg error manager shared by the JPEG decoder and encoder.
#include "ppf_jpeg_error.h"

static void ppf_jpeg_error_exit(j_common_ptr cinfo) {
    ppf_jpeg_error *error = (ppf_jpeg_error *)cinfo->err;
    (*cinfo->err->format_message)(cinfo, error->message);
    longjmp(error->jump, 1);
}

/// Counts warnings (level < 0; trace messages are ignored). A warning in compressed data means damage;
/// the first one's text is kept as the message.
static void ppf_jpeg_emit_message(j_common_ptr cinfo, int level) {
    ppf_jpeg_error *error = (ppf_jpeg_error *)cinfo->err;
    if (level >= 0 || error->header_warnings == NULL || error->data_warnings == NULL) return;
    cinfo->err->num_warnings++;
    if (!error->reading_data) {
        (*error->header_warnings)++;
        return;
    }
    if ((*error->data_warnings)++ == 0) {
        (*cinfo->err->format_message)(cinfo, error->message);
    }
}

struct jpeg_error_mgr *ppf_jpeg_error_init(ppf_jpeg_error *error, char *message, int *header_warnings,
                                           int *data_warnings) {
    struct jpeg_error_mgr *base = jpeg_std_error(&error->base);
    error->base.error_exit = ppf_jpeg_error_exit;
    error->base.emit_message = ppf_jpeg_emit_message;
    error->message = message;
    error->header_warnings = header_warnings;
    error->data_warnings = data_warnings;
    error->reading_data = 0;
    return base;
}

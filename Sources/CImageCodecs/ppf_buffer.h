// A growable output buffer shared by the encoders (private to this target).
#ifndef PPF_BUFFER_H
#define PPF_BUFFER_H

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    uint8_t *data;
    size_t size;
    size_t capacity;
} ppf_buffer;

/// Makes room for `extra` more bytes. Returns 0 when memory runs out (the buffer is left intact).
static inline int ppf_buffer_reserve(ppf_buffer *buffer, size_t extra) {
    if (extra <= buffer->capacity - buffer->size) return 1;
    size_t capacity = buffer->capacity ? buffer->capacity : 65536;
    while (capacity - buffer->size < extra) {
        if (capacity > SIZE_MAX / 2) return 0;
        capacity *= 2;
    }
    uint8_t *grown = realloc(buffer->data, capacity);
    if (grown == NULL) return 0;
    buffer->data = grown;
    buffer->capacity = capacity;
    return 1;
}

/// Appends `length` bytes. Returns 0 when memory runs out.
static inline int ppf_buffer_append(ppf_buffer *buffer, const uint8_t *bytes, size_t length) {
    if (!ppf_buffer_reserve(buffer, length)) return 0;
    memcpy(buffer->data + buffer->size, bytes, length);
    buffer->size += length;
    return 1;
}

#endif

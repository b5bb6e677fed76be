#ifndef UNIONEVAL_CSHA256_H
#define UNIONEVAL_CSHA256_H

#include <stddef.h>
#include <stdint.h>

/// SHA-256 of `length` bytes at `data` into `digest`, with the CPU's SHA instructions.
/// Returns 1 when done, 0 when this CPU has no SHA instructions (the caller then hashes in Swift).
int unioneval_sha256(const uint8_t *data, size_t length, uint8_t digest[32]);

#endif

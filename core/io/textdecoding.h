#pragma once

#include "csvoptions.h"

#include <QString>

#include <string_view>

namespace synthreg::core {

/** True when `bytes` is well-formed UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF). */
bool isValidUtf8(std::string_view bytes);
/** True when `bytes` holds at least one well-formed multi-byte UTF-8 sequence (ü, é, €, ...). */
bool hasUtf8Sequence(std::string_view bytes);
/** True when `bytes` has any byte ≥ 0x80. */
bool hasNonAscii(std::string_view bytes);
/** Decodes bytes in a single-byte or UTF-8 encoding. Windows-1252 maps 0x80-0x9F to its printable characters. */
QString decodeText(std::string_view bytes, TextEncoding encoding);

} // namespace synthreg::core

#include "textdecoding.h"

#include <algorithm>

namespace synthreg::core {

bool hasNonAscii(std::string_view bytes)
{
    return std::any_of(bytes.begin(), bytes.end(), [](char c) { return (unsigned char)c >= 0x80; });
}

bool hasUtf8Sequence(std::string_view bytes)
{
    for (size_t i = 0; i + 1 < bytes.size(); ++i) {
        const auto c = (unsigned char)bytes[i];
        const size_t length = (c >= 0xC2 && c <= 0xDF) ? 2 : (c >= 0xE0 && c <= 0xEF) ? 3 : (c >= 0xF0 && c <= 0xF4) ? 4 : 0;
        if (length && i + length <= bytes.size() && isValidUtf8(bytes.substr(i, length)))
            return true;
    }
    return false;
}

bool isValidUtf8(std::string_view bytes)
{
    const auto *s = reinterpret_cast<const unsigned char *>(bytes.data());
    const size_t n = bytes.size();
    size_t i = 0;
    while (i < n) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length;
        uint32_t cp;
        if ((c & 0xE0) == 0xC0) { length = 2; cp = c & 0x1F; }
        else if ((c & 0xF0) == 0xE0) { length = 3; cp = c & 0x0F; }
        else if ((c & 0xF8) == 0xF0) { length = 4; cp = c & 0x07; }
        else return false;
        if (i + size_t(length) > n)
            return false;
        for (int k = 1; k < length; ++k) {
            if ((s[i + size_t(k)] & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (s[i + size_t(k)] & 0x3F);
        }
        static constexpr uint32_t kMinimum[5] = {0, 0, 0x80, 0x800, 0x10000};
        if (cp < kMinimum[length] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += size_t(length);
    }
    return true;
}

QString decodeText(std::string_view bytes, TextEncoding encoding)
{
    if (encoding == TextEncoding::Utf8 || encoding == TextEncoding::Auto)
        return QString::fromUtf8(bytes.data(), qsizetype(bytes.size()));
    if (encoding == TextEncoding::Latin1)
        return QString::fromLatin1(bytes.data(), qsizetype(bytes.size()));
    // Windows-1252: Latin-1 except 0x80-0x9F; the five undefined bytes map to themselves (as Python's cp1252 with errors=replace would not).
    static constexpr char16_t kHigh[32] = {
        0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008D, 0x017D, 0x008F,
        0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};
    QString text(qsizetype(bytes.size()), Qt::Uninitialized);
    QChar *out = text.data();
    for (size_t i = 0; i < bytes.size(); ++i) {
        const auto c = (unsigned char)bytes[i];
        out[i] = (c >= 0x80 && c < 0xA0) ? QChar(kHigh[c - 0x80]) : QChar(char16_t(c));
    }
    return text;
}

} // namespace synthreg::core

#pragma once

// Readable Qt values in GoogleTest failure messages ("f" instead of a dump of 2-byte objects).
// gtest finds PrintTo by argument-dependent lookup, so it must live in Qt's namespace (global).

#include <QString>

#include <ostream>

inline void PrintTo(const QString &text, std::ostream *out)
{
    *out << '"' << text.toStdString() << '"';
}

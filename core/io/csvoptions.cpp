#include "csvoptions.h"

namespace synthreg::core {

QString encodingKey(TextEncoding encoding)
{
    switch (encoding) {
    case TextEncoding::Auto: return QStringLiteral("auto");
    case TextEncoding::Utf8: return QStringLiteral("utf-8");
    case TextEncoding::Latin1: return QStringLiteral("latin-1");
    case TextEncoding::Windows1252: return QStringLiteral("windows-1252");
    }
    return {};
}

std::optional<TextEncoding> encodingFromKey(const QString &key)
{
    const QString k = key.trimmed().toLower();
    if (k == QLatin1String("auto"))
        return TextEncoding::Auto;
    if (k == QLatin1String("utf-8") || k == QLatin1String("utf8"))
        return TextEncoding::Utf8;
    if (k == QLatin1String("latin-1") || k == QLatin1String("latin1") || k == QLatin1String("iso-8859-1"))
        return TextEncoding::Latin1;
    if (k == QLatin1String("windows-1252") || k == QLatin1String("cp1252"))
        return TextEncoding::Windows1252;
    return std::nullopt;
}

} // namespace synthreg::core

#pragma once

#include <QStringList>

#include <optional>

namespace synthreg::core {

enum class TextEncoding { Auto, Utf8, Latin1, Windows1252 };
enum class HeaderMode { Auto, Present, Absent };

QString encodingKey(TextEncoding encoding);                  ///< "auto", "utf-8", "latin-1", "windows-1252"
std::optional<TextEncoding> encodingFromKey(const QString &key);

/** How to read a delimited text file. Defaults detect everything; set a field to override. */
struct CsvOptions
{
    char delimiter = 0;                    ///< 0 = sniff among , ; TAB |
    TextEncoding encoding = TextEncoding::Auto;
    std::optional<bool> decimalComma;      ///< nullopt = detect (";"-separated files with 1,5)
    HeaderMode header = HeaderMode::Auto;
    QStringList naTokens = defaultNaTokens();
    qint64 maxFieldBytes = 1 << 20;        ///< longer fields are an error (usually a stray quote)
    qint64 maxRows = -1;                   ///< stop after this many data rows (previews); -1 = all
    bool computeSha256 = false;            ///< hash the source bytes while reading

    static QStringList defaultNaTokens()
    {
        return {QString(), QStringLiteral("NA"), QStringLiteral("N/A"), QStringLiteral("n/a"),
                QStringLiteral("NaN"), QStringLiteral("nan"), QStringLiteral("."),
                QStringLiteral("NULL"), QStringLiteral("null")};
    }
};

/** The settings a read actually used, after detection; shown to the user and stored in the project. */
struct CsvDialect
{
    char delimiter = ',';
    TextEncoding encoding = TextEncoding::Utf8;
    bool hasBom = false;
    bool decimalComma = false;
    bool hasHeader = true;
};

} // namespace synthreg::core

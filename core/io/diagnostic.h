#pragma once

#include <QList>
#include <QString>

namespace synthreg::core {

/**
 * One problem found in user input, located as precisely as the format allows, with the
 * action that fixes it. Readers never throw: they return diagnostics.
 */
struct Diagnostic
{
    enum class Severity { Warning, Error };

    Severity severity = Severity::Error;
    QString file;
    qint64 line = 0;       ///< 1-based physical line, 0 when not applicable
    int column = 0;        ///< 1-based column (field) number, 0 when not applicable
    QString columnName;    ///< header name of that column when known
    QString message;       ///< what is wrong
    QString fix;           ///< what to do about it

    /** "pbc.csv, line 12, column 3 (bili): <message>. <fix>" */
    QString toString() const;

    static Diagnostic error(QString file, QString message, QString fix);
    static Diagnostic warning(QString file, QString message, QString fix);
};

using Diagnostics = QList<Diagnostic>;

} // namespace synthreg::core

#include "diagnostic.h"

#include <QFileInfo>

namespace synthreg::core {

QString Diagnostic::toString() const
{
    QStringList where;
    if (!file.isEmpty())
        where << QFileInfo(file).fileName();
    if (line > 0)
        where << QStringLiteral("line %1").arg(line);
    if (column > 0) {
        QString col = QStringLiteral("column %1").arg(column);
        if (!columnName.isEmpty())
            col += QStringLiteral(" (%1)").arg(columnName);
        where << col;
    } else if (!columnName.isEmpty()) {
        where << QStringLiteral("column %1").arg(columnName);
    }
    QString text = where.isEmpty() ? message : where.join(QStringLiteral(", ")) + QStringLiteral(": ") + message;
    if (!text.endsWith(QLatin1Char('.')))
        text += QLatin1Char('.');
    if (!fix.isEmpty())
        text += QLatin1Char(' ') + fix;
    return text;
}

Diagnostic Diagnostic::error(QString file, QString message, QString fix)
{
    return Diagnostic{Severity::Error, std::move(file), 0, 0, {}, std::move(message), std::move(fix)};
}

Diagnostic Diagnostic::warning(QString file, QString message, QString fix)
{
    return Diagnostic{Severity::Warning, std::move(file), 0, 0, {}, std::move(message), std::move(fix)};
}

} // namespace synthreg::core

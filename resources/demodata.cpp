#include "demodata.h"

#include <QFile>

namespace synthreg::resources {

QString demoBaselinePath() { return QStringLiteral(":/demo/pbc.csv"); }
QString demoVisitsPath() { return QStringLiteral(":/demo/pbcseq.csv"); }

QString demoNotice()
{
    QFile file(QStringLiteral(":/demo/NOTICE.txt"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

} // namespace synthreg::resources

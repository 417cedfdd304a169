// Writes a bundle through core::writeBundle and, a tenth of the way in, says so on stdout and
// waits to be killed: the test kills it there and checks that no zip is left behind.
#include "core/release/bundlewriter.h"

#include <QThread>

#include <cstdio>

int main(int argc, char **argv)
{
    if (argc != 2)
        return 2;
    const QByteArray big(64 << 20, 'x');
    const auto error = synthreg::core::writeBundle(QString::fromLocal8Bit(argv[1]),
                                                   {synthreg::core::BundleEntry::inMemory(QStringLiteral("synthetic/big.csv"), big)},
                                                   [](double fraction) {
                                                       if (fraction < 0.1)
                                                           return;
                                                       std::puts("writing");
                                                       std::fflush(stdout);
                                                       QThread::sleep(60);
                                                   });
    return error ? 1 : 0;
}

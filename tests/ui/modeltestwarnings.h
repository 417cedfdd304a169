#pragma once

#include <QLoggingCategory>
#include <QStringList>

#include <cstdio>
#include <cstring>

namespace synthreg::test {

/**
 * Collects what QAbstractItemModelTester reports in its Warning mode (category
 * "qt.modeltest") while in scope, so a test can assert that a model broke no rule.
 * Other messages go on to the previous handler.
 */
class ModelTestWarnings
{
public:
    ModelTestWarnings()
    {
        messages().clear();
        s_previous = qInstallMessageHandler(&handle);
    }
    ~ModelTestWarnings() { qInstallMessageHandler(s_previous); }
    ModelTestWarnings(const ModelTestWarnings &) = delete;
    ModelTestWarnings &operator=(const ModelTestWarnings &) = delete;

    static QStringList &messages()
    {
        static QStringList list;
        return list;
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (context.category && std::strncmp(context.category, "qt.modeltest", 12) == 0) {
            messages().append(message);
            return;
        }
        if (s_previous)
            s_previous(type, context, message);
        else
            std::fprintf(stderr, "%s\n", qPrintable(qFormatLogMessage(type, context, message)));
    }

    static inline QtMessageHandler s_previous = nullptr;
};

} // namespace synthreg::test

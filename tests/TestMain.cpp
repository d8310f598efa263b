#include "TestMain.h"

#include <QApplication>
#include <QFileInfo>
#include <QMap>
#include <QTest>

#include <cstdio>
#include <memory>

namespace agentdesk::testing {

namespace {

struct Entry {
    TestApp app;
    std::function<QObject *()> make;
};

// A function-local static: registrations run during static initialisation, in any order.
QMap<QString, Entry> &registry()
{
    static QMap<QString, Entry> tests;
    return tests;
}

} // namespace

int registerTest(const char *sourceFile, TestApp app, std::function<QObject *()> make)
{
    registry().insert(QFileInfo(QString::fromUtf8(sourceFile)).completeBaseName(), Entry{app, std::move(make)});
    return int(registry().size());
}

} // namespace agentdesk::testing

int main(int argc, char *argv[])
{
    using namespace agentdesk::testing;
    const QString name = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    const auto entry = registry().constFind(name);
    if (entry == registry().cend()) {
        std::fprintf(stderr, "usage: %s TEST [QTest arguments]\ntests:", argv[0]);
        for (const QString &known : registry().keys())
            std::fprintf(stderr, " %s", qPrintable(known));
        std::fprintf(stderr, "\n");
        return 2;
    }
    // QTest sees the program name and the arguments after the test's name.
    argv[1] = argv[0];
    int qtestArgc = argc - 1;
    char **qtestArgv = argv + 1;
    std::unique_ptr<QCoreApplication> app;
    if (entry->app == TestApp::Widgets) {
        app = std::make_unique<QApplication>(qtestArgc, qtestArgv);
        QApplication::setAttribute(Qt::AA_Use96Dpi, true);
    } else {
        app = std::make_unique<QCoreApplication>(qtestArgc, qtestArgv);
    }
    std::unique_ptr<QObject> test(entry->make());
    return QTest::qExec(test.get(), qtestArgc, qtestArgv);
}

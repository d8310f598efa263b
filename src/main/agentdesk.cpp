#include "config/AppPaths.h"
#include "config/FileLogger.h"
#include "config/Settings.h"
#include "config/Translations.h"
#include "app/CoreContext.h"
#include "base/ProcessHardening.h"
#include "auth/PlatformSession.h"
#include "tasks/TaskRefresher.h"
#include "ui/dialogs/CommandPalette.h"
#include "ui/widgets/MainWindow.h"

#include <QLineEdit>

#include <QApplication>
#include <QAction>
#include <QCommandLineParser>
#include <QDialog>
#include <QMessageBox>
#include <QTimer>
#include <cstdio>
#include <cstring>

int main(int argc, char *argv[])
{
    // --version and --help answer without a display.
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0) {
            std::printf("agentdesk %s\n", AGENTDESK_VERSION);
            return 0;
        }
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) {
            std::printf("Usage: agentdesk [--data-dir DIR] [--screenshot FILE [--screenshot-delay MS] [--select ID] [--show-dialog D]]\n\n"
                        "Desktop console for cloud coding agents.\n\n"
                        "  --data-dir DIR        Keep data in DIR (or set AGENTDESK_DATA_DIR).\n"
                        "  --screenshot FILE     Save a picture of the window to FILE and quit.\n"
                        "  --screenshot-delay MS Wait before the picture (default 1500).\n"
                        "  --select ID           Select this task at start.\n"
                        "  --show-dialog D       Open a dialog at start: new-task, accounts, sign-in, settings,\n"
                        "                        worker-setup or palette.\n"
                        "  --version             Show the version.\n");
            return 0;
        }
    }
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("AgentDesk"));
    QApplication::setOrganizationName(QStringLiteral("AgentDesk"));
    QApplication::setApplicationVersion(QStringLiteral(AGENTDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.agentdesk.AgentDesk"));

    QCommandLineParser parser;
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("Data directory."), QStringLiteral("DIR"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"), QStringLiteral("Save a screenshot."), QStringLiteral("FILE"));
    const QCommandLineOption delay(QStringLiteral("screenshot-delay"), QStringLiteral("Delay."), QStringLiteral("MS"),
                                   QStringLiteral("1500"));
    const QCommandLineOption select(QStringLiteral("select"), QStringLiteral("Task to select."), QStringLiteral("ID"));
    const QCommandLineOption dialog(QStringLiteral("show-dialog"), QStringLiteral("Open a dialog at start."),
                                    QStringLiteral("new-task|accounts|sign-in|settings|palette"));
    parser.addOptions({dataDir, screenshot, delay, select, dialog});
    if (!parser.parse(QApplication::arguments())) {
        std::fprintf(stderr, "agentdesk: %s\n", qPrintable(parser.errorText()));
        return 2;
    }

    agentdesk::CoreContext::Options options;
    options.paths = agentdesk::AppPaths::resolve(parser.value(dataDir));
    // A quick look before the first paint; every page is read in the background after it.
    options.check = agentdesk::Database::Check::Quick;
    options.queuedWrites = true;   // the GUI thread never waits on another process's write
    agentdesk::installFileLogger(options.paths, QStringLiteral("agentdesk"), true);
    // Before any key or token is read into memory.
    if (const QString problems = agentdesk::hardenProcess(); !problems.isEmpty())
        qWarning().noquote() << "process hardening:" << problems;
    agentdesk::installTranslations(agentdesk::Settings(options.paths.settingsFile()).stringValue(agentdesk::Settings::Language));
    agentdesk::CoreContext core(std::move(options));
    if (const agentdesk::Error e = core.open()) {
        QMessageBox::critical(nullptr, QObject::tr("AgentDesk cannot start"), e.message);
        return agentdesk::exitCodeFor(e);
    }

    agentdesk::MainWindow window(core);
    // Start in the tray only when asked to and when there is a tray to start in.
    const bool inTray = window.trayIcon() && window.settings()->boolValue(agentdesk::Settings::StartMinimized)
                        && !parser.isSet(screenshot);
    if (!inTray)
        window.show();
    core.platform().load(&window, {});
    window.applyRefreshSettings();
    // After the first paint: the window shows its first page of tasks before the
    // refresher reads every unfinished task. (In the tray it is never painted: then now.)
    QObject::connect(&window, &agentdesk::MainWindow::deferredWorkStarted, &window, [&core] {
        core.refresher().start();
        core.changes().start();
        core.integrity().start();
        core.adoption().start();   // tasks started elsewhere, a few seconds later
    });
    if (inTray)
        window.startDeferredWork();
    window.workerController()->attachIfRunning();   // a headless worker on this machine shows in the panel
    if (parser.isSet(select))
        window.selectTask(parser.value(select));
    if (parser.value(dialog) == QLatin1String("new-task"))
        QTimer::singleShot(0, &window, [&window] { window.newTaskAction()->trigger(); });
    else if (parser.value(dialog) == QLatin1String("accounts"))
        QTimer::singleShot(0, &window, [&window] { window.accountsAction()->trigger(); });
    else if (parser.value(dialog) == QLatin1String("sign-in"))
        QTimer::singleShot(0, &window, [&window] { window.signInAction()->trigger(); });
    else if (parser.value(dialog) == QLatin1String("worker-setup"))
        QTimer::singleShot(0, &window, [&window] { window.workerSetupAction()->trigger(); });
    else if (parser.value(dialog) == QLatin1String("settings"))
        QTimer::singleShot(0, &window, [&window] { window.settingsAction()->trigger(); });
    else if (parser.value(dialog) == QLatin1String("palette"))
        QTimer::singleShot(0, &window, [&window] {
            window.paletteAction()->trigger();
            if (auto *palette = window.findChild<agentdesk::CommandPalette *>())
                palette->queryEdit()->setText(QStringLiteral("parser"));
        });

    if (parser.isSet(screenshot)) {
        QTimer::singleShot(parser.value(delay).toInt(), &window, [&] {
            // A dialog, when one is open, is the picture; else the main window.
            QWidget *subject = &window;
            const auto dialogs = window.findChildren<QDialog *>();
            for (QDialog *d : dialogs)
                if (d->isVisible())
                    subject = d;
            const bool saved = subject->grab().save(parser.value(screenshot));
            std::fprintf(saved ? stdout : stderr, "%s %s\n", saved ? "saved" : "cannot save",
                         qPrintable(parser.value(screenshot)));
            QApplication::exit(saved ? 0 : 1);
        });
    }
    return QApplication::exec();
}

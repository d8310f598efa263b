#include "app/CoreContext.h"
#include "auth/PlatformSession.h"
#include "base/ProcessHardening.h"
#include "config/AppPaths.h"
#include "config/FileLogger.h"
#include "config/Settings.h"
#include "config/Translations.h"
#include "tasks/TaskRefresher.h"
#include "ui/dialogs/CommandPalette.h"
#include "ui/widgets/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QCommandLineParser>
#include <QDialog>
#include <QHash>
#include <QLineEdit>
#include <QMessageBox>
#include <QTimer>
#include <cstdio>
#include <cstring>
#include <optional>

namespace {

// --version and --help answer without a display; true when one did.
bool answeredWithoutDisplay(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        if (std::strcmp(argv[i], "--version") == 0) {
            std::printf("agentdesk %s\n", AGENTDESK_VERSION);
            return true;
        }
        if (std::strcmp(argv[i], "--help") == 0 || std::strcmp(argv[i], "-h") == 0) {
            std::printf(
                "Usage: agentdesk [--data-dir DIR] [--screenshot FILE [--screenshot-delay MS] [--select ID] [--show-dialog D]]\n\n"
                "Desktop console for cloud coding agents.\n\n"
                "  --data-dir DIR        Keep data in DIR (or set AGENTDESK_DATA_DIR).\n"
                "  --screenshot FILE     Save a picture of the window to FILE and quit.\n"
                "  --screenshot-delay MS Wait before the picture (default 1500).\n"
                "  --select ID           Select this task at start.\n"
                "  --show-dialog D       Open a dialog at start: new-task, accounts, sign-in, settings,\n"
                "                        worker-setup or palette.\n"
                "  --version             Show the version.\n");
            return true;
        }
    }
    return false;
}

struct Arguments {
    QString dataDir;
    QString screenshot;
    int screenshotDelayMs = 1500;
    QString select;
    QString dialog;
};

std::optional<Arguments> parseArguments()
{
    QCommandLineParser parser;
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("Data directory."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"), QStringLiteral("Save a screenshot."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption delay(QStringLiteral("screenshot-delay"), QStringLiteral("Delay."), QStringLiteral("MS"),
                                   QStringLiteral("1500"));
    const QCommandLineOption select(QStringLiteral("select"), QStringLiteral("Task to select."), QStringLiteral("ID"));
    const QCommandLineOption dialog(QStringLiteral("show-dialog"), QStringLiteral("Open a dialog at start."),
                                    QStringLiteral("new-task|accounts|sign-in|settings|palette"));
    parser.addOptions({dataDir, screenshot, delay, select, dialog});
    if (!parser.parse(QApplication::arguments())) {
        std::fprintf(stderr, "agentdesk: %s\n", qPrintable(parser.errorText()));
        return std::nullopt;
    }
    return Arguments{parser.value(dataDir), parser.value(screenshot), parser.value(delay).toInt(), parser.value(select),
                     parser.value(dialog)};
}

// --show-dialog: the dialog opened once the window is up (screenshots, trying a dialog).
void openDialog(agentdesk::MainWindow &window, const QString &name)
{
    const QHash<QString, QAction *> actions{{QStringLiteral("new-task"), window.newTaskAction()},
                                            {QStringLiteral("accounts"), window.accountsAction()},
                                            {QStringLiteral("sign-in"), window.signInAction()},
                                            {QStringLiteral("worker-setup"), window.workerSetupAction()},
                                            {QStringLiteral("settings"), window.settingsAction()},
                                            {QStringLiteral("palette"), window.paletteAction()}};
    QAction *action = actions.value(name);
    if (!action)
        return;
    QTimer::singleShot(0, &window, [&window, action, name] {
        action->trigger();
        if (name == QLatin1String("palette"))
            if (auto *palette = window.findChild<agentdesk::CommandPalette *>())
                palette->queryEdit()->setText(QStringLiteral("parser"));
    });
}

// --screenshot: after the delay, a picture of the open dialog (or the window), then quit.
void takeScreenshot(agentdesk::MainWindow &window, const QString &file, int delayMs)
{
    QTimer::singleShot(delayMs, &window, [&window, file] {
        QWidget *subject = &window;
        const auto dialogs = window.findChildren<QDialog *>();
        for (QDialog *d : dialogs)
            if (d->isVisible())
                subject = d;
        const bool saved = subject->grab().save(file);
        std::fprintf(saved ? stdout : stderr, "%s %s\n", saved ? "saved" : "cannot save", qPrintable(file));
        QApplication::exit(saved ? 0 : 1);
    });
}

} // namespace

int main(int argc, char *argv[])
{
    if (answeredWithoutDisplay(argc, argv))
        return 0;
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("AgentDesk"));
    QApplication::setOrganizationName(QStringLiteral("AgentDesk"));
    QApplication::setApplicationVersion(QStringLiteral(AGENTDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.agentdesk.AgentDesk"));
    const std::optional<Arguments> args = parseArguments();
    if (!args)
        return 2;

    agentdesk::CoreContext::Options options;
    options.paths = agentdesk::AppPaths::resolve(args->dataDir);
    // A quick look before the first paint; every page is read in the background after it.
    options.check = agentdesk::Database::Check::Quick;
    options.queuedWrites = true; // the GUI thread never waits on another process's write
    agentdesk::installFileLogger(options.paths, QStringLiteral("agentdesk"), true);
    // Before any key or token is read into memory.
    if (const QString problems = agentdesk::hardenProcess(); !problems.isEmpty())
        qWarning().noquote() << "process hardening:" << problems;
    agentdesk::installTranslations(
        agentdesk::Settings(options.paths.settingsFile()).stringValue(agentdesk::Settings::Language));
    agentdesk::CoreContext core(std::move(options));
    if (const agentdesk::Error e = core.open()) {
        QMessageBox::critical(nullptr, QObject::tr("AgentDesk cannot start"), e.message);
        return agentdesk::exitCodeFor(e);
    }

    agentdesk::MainWindow window(core);
    // Start in the tray only when asked to and when there is a tray to start in.
    const bool inTray = window.trayIcon() && window.settings()->boolValue(agentdesk::Settings::StartMinimized)
                        && args->screenshot.isEmpty();
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
        // Tasks started elsewhere: a few seconds later, then a look every minute while the
        // window is open (one list request per account when nothing is new).
        core.adoption().start(5000, 60 * 1000);
        core.pullRequestWatcher().start();
    });
    if (inTray)
        window.startDeferredWork();
    window.workerController()->attachIfRunning(); // a headless worker on this machine shows in the panel
    if (!args->select.isEmpty())
        window.selectTask(args->select);
    openDialog(window, args->dialog);
    if (!args->screenshot.isEmpty())
        takeScreenshot(window, args->screenshot, args->screenshotDelayMs);
    return QApplication::exec();
}

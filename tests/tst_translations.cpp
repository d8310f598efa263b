// The catalogues built into the binary: German is complete and loads, English gets
// its plural forms, and the .ts files in the tree have nothing left unfinished.
#include "TestMain.h"
#include "config/Translations.h"
#include "domain/TaskValidation.h"
#include "net/HttpTypes.h"
#include "providers/jules/JulesMapper.h"

#include <QCoreApplication>
#include <QDomDocument>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

class TestTranslations : public QObject
{
    Q_OBJECT

    static int unfinished(const QString &file, bool pluralsOnly)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return -1;
        QDomDocument doc;
        if (!doc.setContent(&f))
            return -1;
        int count = 0;
        const QDomNodeList messages = doc.elementsByTagName(QStringLiteral("message"));
        for (int i = 0; i < messages.size(); ++i) {
            const QDomElement m = messages.at(i).toElement();
            if (pluralsOnly && m.attribute(QStringLiteral("numerus")) != QLatin1String("yes"))
                continue;
            if (m.firstChildElement(QStringLiteral("translation")).attribute(QStringLiteral("type"))
                == QLatin1String("unfinished"))
                ++count;
        }
        return count;
    }

private Q_SLOTS:
    // The catalogues as they are, and as they would be after scripts/update-translations.sh:
    // a string added to the sources without a translation fails here.
    void catalogueFilesAreComplete()
    {
        QTemporaryDir dir;
        QStringList copies;
        for (const char *lang : {"de", "en"}) {
            const QString name = QStringLiteral("agentdesk_%1.ts").arg(QLatin1String(lang));
            QVERIFY(QFile::copy(QStringLiteral(AGENTDESK_SOURCE_DIR "/translations/") + name, dir.filePath(name)));
            copies << dir.filePath(name);
        }
        QCOMPARE(unfinished(copies.at(0), false), 0);
        QCOMPARE(unfinished(copies.at(1), true), 0);
        QProcess lupdate;
        lupdate.start(QStringLiteral(AGENTDESK_LUPDATE),
                      QStringList{QStringLiteral("-project"), QStringLiteral(AGENTDESK_LUPDATE_PROJECT),
                                  QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"),
                                  QStringLiteral("-ts")}
                          + copies);
        QVERIFY2(lupdate.waitForFinished(120000) && lupdate.exitCode() == 0,
                 lupdate.readAllStandardError().constData());
        QCOMPARE(unfinished(copies.at(0), false), 0);
        QCOMPARE(unfinished(copies.at(1), true), 0);
    }

    void germanLoads()
    {
        QCOMPARE(agentdesk::installTranslations(QStringLiteral("de")), QStringLiteral("de_DE"));
        // agentdeskctl's messages (Cli::tr in every command file) are in the catalogue too.
        QCOMPARE(QCoreApplication::translate("agentdesk::Cli", "Message sent; the task is %1."),
                 QStringLiteral("Nachricht gesendet; die Aufgabe ist %1."));
        QCOMPARE(QCoreApplication::translate("agentdesk::MainWindow", "%n task(s)", nullptr, 3),
                 QStringLiteral("3 Aufgaben"));
        QCOMPARE(QCoreApplication::translate("agentdesk::MainWindow", "%n task(s)", nullptr, 1),
                 QStringLiteral("1 Aufgabe"));
        // Messages from free functions (validation, the mappers, the HTTP layer) ask for
        // the context lupdate filed them under; a mismatch leaves them in English.
        agentdesk::NewTask empty;
        empty.provider = QStringLiteral("jules");
        empty.repoUrl = QStringLiteral("https://github.com/acme/widgets");
        const QString invalid = agentdesk::validationError(agentdesk::validateNewTask(empty)).message;
        QVERIFY2(invalid.contains(QStringLiteral("Der Prompt darf nicht leer sein.")), qPrintable(invalid));
        // Attention reasons are stored in English whatever the language of the sync, and
        // shown in the operator's language.
        const agentdesk::Attention waiting =
            agentdesk::jules::attentionForState(QStringLiteral("AWAITING_USER_FEEDBACK"));
        QCOMPARE(waiting.reason, QStringLiteral("Jules is waiting for your reply."));
        QVERIFY2(waiting.text() != waiting.reason && !waiting.text().isEmpty(), qPrintable(waiting.text()));
        const agentdesk::HttpError failure =
            agentdesk::describeHttpFailure(QStringLiteral("Jules: get session"), 404, {}, {});
        QVERIFY2(failure.message.contains(QStringLiteral("nicht gefunden")), qPrintable(failure.message));
    }

    void englishPlurals()
    {
        for (QTranslator *t : QCoreApplication::instance()->findChildren<QTranslator *>())
            QCoreApplication::removeTranslator(t);
        // The "C" locale (a bare CI machine) has no catalogue of its own: English it is.
        QCOMPARE(agentdesk::installTranslations(QStringLiteral("C")), QStringLiteral("en_US"));
        QCOMPARE(QCoreApplication::translate("agentdesk::MainWindow", "%n task(s)", nullptr, 1),
                 QStringLiteral("1 task"));
        QCOMPARE(QCoreApplication::translate("agentdesk::MainWindow", "%n need(s) you", nullptr, 2),
                 QStringLiteral("2 need you"));
        QCOMPARE(QCoreApplication::translate("agentdesk::MainWindow", "%n need(s) you", nullptr, 1),
                 QStringLiteral("1 needs you"));
    }
};

AGENTDESK_TEST_MAIN(TestTranslations)
#include "tst_translations.moc"

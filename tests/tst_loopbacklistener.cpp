// The loopback redirect listener on its own: only a valid callback gets through.
#include "TestMain.h"
#include "auth/LoopbackRedirectListener.h"

#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

using namespace agentdesk;

class TestLoopbackListener : public QObject
{
    Q_OBJECT

    QByteArray host() const { return "127.0.0.1:" + QByteArray::number(m_listener->redirectUri().port()); }

    // Sends raw bytes and returns the status code of the answer (0: none).
    int send(const QByteArray &bytes, QByteArray *body = nullptr)
    {
        QTcpSocket s;
        s.connectToHost(QHostAddress::LocalHost, m_listener->redirectUri().port());
        if (!s.waitForConnected(3000))
            return -1;
        s.write(bytes);
        QByteArray answer;
        QElapsedTimer t;
        t.start();
        while (s.state() == QAbstractSocket::ConnectedState && t.elapsed() < 7000) {
            QTest::qWait(5);
            answer += s.readAll();
        }
        answer += s.readAll();
        if (body)
            *body = answer;
        const QList<QByteArray> line = answer.left(answer.indexOf("\r\n")).split(' ');
        return line.size() > 1 ? line.at(1).toInt() : 0;
    }

private Q_SLOTS:
    void init()
    {
        m_listener = std::make_unique<LoopbackRedirectListener>();
        QVERIFY(m_listener->listen());
        m_listener->expectState(QStringLiteral("good-state"));
    }

    void bindsLoopbackOnly()
    {
        QCOMPARE(m_listener->address(), QHostAddress(QHostAddress::LocalHost));
        QCOMPARE(m_listener->redirectUri().host(), QStringLiteral("127.0.0.1"));
        QVERIFY(m_listener->redirectUri().port() > 0);
        QCOMPARE(m_listener->redirectUri().path(), QStringLiteral("/callback"));
    }

    void refusesWhatIsNotTheCallback()
    {
        QSignalSpy codes(m_listener.get(), &LoopbackRedirectListener::codeReceived);
        // A TLS hello (with a NUL byte in it) is refused at once, without waiting for a request head.
        QCOMPARE(send(QByteArray("\x16\x03\x01\x02\x00garbage", 12)), 400);
        QCOMPARE(send("garbage that is not http\r\n\r\n"), 400);
        QCOMPARE(send("GET /favicon.ico HTTP/1.1\r\nHost: " + host() + "\r\n\r\n"), 404);
        QCOMPARE(send("POST /callback?code=c&state=good-state HTTP/1.1\r\nHost: " + host() + "\r\n\r\n"), 405);
        QCOMPARE(send("GET /callback?code=c&state=forged HTTP/1.1\r\nHost: " + host() + "\r\n\r\n"), 400);
        QCOMPARE(send("GET /callback?state=good-state HTTP/1.1\r\nHost: " + host() + "\r\n\r\n"), 400); // no code
        QCOMPARE(send("GET /callback?code=c&state=good-state HTTP/1.1\r\nX: " + QByteArray(9000, 'a') + "\r\n\r\n"),
                 431);
        QCOMPARE(send("GET /callback?code=c&state=good-state HTTP/1.1\r\nHost: " + host() + "\r\n"),
                 408); // never finished
        // A page elsewhere that points another name at this port (DNS rebinding).
        QCOMPARE(send("GET /callback?code=c&state=good-state HTTP/1.1\r\nHost: evil.example:80\r\n\r\n"), 421);
        QCOMPARE(codes.count(), 0);
        // The flow is intact: the real callback still works.
        QByteArray page;
        QCOMPARE(send("GET /callback?code=the+code&state=good-state HTTP/1.1\r\nHost: " + host() + "\r\n\r\n", &page),
                 200);
        QVERIFY(page.contains("agentdesk:callback-received"));
        QCOMPARE(codes.count(), 1);
        QCOMPARE(codes.first().first().toString(), QStringLiteral("the code"));
        // A second callback is refused.
        QCOMPARE(send("GET /callback?code=again&state=good-state HTTP/1.1\r\nHost: " + host() + "\r\n\r\n"), 400);
        QCOMPARE(codes.count(), 1);
    }

    void errorAnswerFromTheServer()
    {
        QSignalSpy failed(m_listener.get(), &LoopbackRedirectListener::authorizationFailed);
        QByteArray page;
        QCOMPARE(
            send("GET /callback?error=access_denied&error_description=User+said+no&state=good-state HTTP/1.1\r\nHost: "
                     + host() + "\r\n\r\n",
                 &page),
            200);
        QCOMPARE(failed.count(), 1);
        QVERIFY(page.contains("User said no"));
    }

private:
    std::unique_ptr<LoopbackRedirectListener> m_listener;
};

AGENTDESK_TEST_MAIN(TestLoopbackListener)
#include "tst_loopbacklistener.moc"

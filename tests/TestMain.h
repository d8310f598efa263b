#pragma once

// Every test class is linked into one executable, agentdesk_tests, and registers itself
// here under its file's name; ctest runs one class per process:
//
//     agentdesk_tests tst_worker [QTest arguments, e.g. a test function's name]
//
// One executable instead of one per class: the core is linked once, moc runs once, and
// the build stays a few minutes (docs/building.md).

#include <QObject>
#include <functional>

namespace agentdesk::testing {

enum class TestApp { Core, Widgets }; // which application object the class needs

int registerTest(const char *sourceFile, TestApp app, std::function<QObject *()> make);

} // namespace agentdesk::testing

// In place of QTEST_GUILESS_MAIN / QTEST_MAIN at the end of a test file.
#define AGENTDESK_TEST_MAIN(Class)                                                                                     \
    static const int agentdesk_test_registered = ::agentdesk::testing::registerTest(                                   \
        __FILE__, ::agentdesk::testing::TestApp::Core, [] { return static_cast<QObject *>(new Class); });
#define AGENTDESK_WIDGETS_TEST_MAIN(Class)                                                                             \
    static const int agentdesk_test_registered = ::agentdesk::testing::registerTest(                                   \
        __FILE__, ::agentdesk::testing::TestApp::Widgets, [] { return static_cast<QObject *>(new Class); });

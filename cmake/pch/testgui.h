// ui.h plus Qt Test, for the tests of the window (QTest's widget helpers need the
// widgets defines, so these tests cannot share test.h).
#pragma once
#include "ui.h"
#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

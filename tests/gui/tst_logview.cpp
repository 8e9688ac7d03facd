// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/LogView.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTest>
#include <QTextBlock>
#include <QToolButton>

using namespace edm::gui;

class tst_LogView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void batchesLines();
    void keepsAtMostTheLimit();
    void classify_data();
    void classify();
    void followsTheTailUnlessTold();
    void findsAndCopies();
    void colours();
};

void tst_LogView::batchesLines()
{
    LogView view;
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.appendLine(QStringLiteral("one"));
    view.appendLine(QStringLiteral("two"));
    // Nothing is shown before the timer's flush: appending never lays out text itself.
    QCOMPARE(view.toPlainText(), QString());
    QTRY_COMPARE(view.toPlainText(), QStringLiteral("one\ntwo"));
    view.appendLines({QStringLiteral("three"), QStringLiteral("four")});
    view.flush();
    QCOMPARE(view.toPlainText(), QStringLiteral("one\ntwo\nthree\nfour"));
    QCOMPARE(view.receivedLines(), 4);
    view.clear();
    QCOMPARE(view.toPlainText(), QString());
    QCOMPARE(view.receivedLines(), 0);
}

void tst_LogView::keepsAtMostTheLimit()
{
    LogView view;
    view.setMaximumLines(100);
    for (int i = 0; i < 10000; ++i)
        view.appendLine(QString::number(i));
    view.flush();
    QCOMPARE(view.textEdit()->document()->blockCount(), 100);
    QCOMPARE(view.textEdit()->document()->firstBlock().text(), QStringLiteral("9900"));
    QCOMPARE(view.textEdit()->document()->lastBlock().text(), QStringLiteral("9999"));
    QCOMPARE(view.receivedLines(), 10000);
    for (int i = 0; i < 50; ++i)
        view.appendLine(QStringLiteral("x%1").arg(i));
    view.flush();
    QCOMPARE(view.textEdit()->document()->blockCount(), 100);
    QCOMPARE(view.textEdit()->document()->lastBlock().text(), QStringLiteral("x49"));
}

void tst_LogView::classify_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<int>("kind");
    using K = LogView::LineKind;
    QTest::newRow("command") << "$ docker compose -p ente down" << int(K::Command);
    QTest::newRow("plain") << "Creating network ente_default" << int(K::Plain);
    QTest::newRow("fatal") << "postgres-1  | 2025-01-01 00:00:00.000 UTC [1] FATAL:  database files are incompatible "
                              "with server"
                           << int(K::Error);
    QTest::newRow("error") << "pg_dumpall: error: query failed" << int(K::Error);
    QTest::newRow("upgrade started") << "Performing PG upgrade on version 12 database files.  Upgrading to version 16"
                                     << int(K::Milestone);
    QTest::newRow("legacy finished") << "Automatic upgrade process finished with no errors reported"
                                     << int(K::Milestone);
    QTest::newRow("ready") << "2025-01-01 00:00:00.000 UTC [1] LOG:  database system is ready to accept connections"
                           << int(K::Milestone);
    QTest::newRow("lock file") << "Upgrade lock file already exists, indicating an incomplete previous upgrade.  "
                                  "Exiting."
                               << int(K::Error);
}

void tst_LogView::classify()
{
    QFETCH(QString, line);
    QFETCH(int, kind);
    QCOMPARE(int(LogView::classify(line)), kind);
}

void tst_LogView::followsTheTailUnlessTold()
{
    LogView view;
    view.resize(400, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QVERIFY(view.followTail());
    for (int i = 0; i < 500; ++i)
        view.appendLine(QStringLiteral("line %1").arg(i));
    view.flush();
    QScrollBar *bar = view.textEdit()->verticalScrollBar();
    QVERIFY(bar->maximum() > 0);
    QCOMPARE(bar->value(), bar->maximum());
    view.setFollowTail(false);
    bar->setValue(0);
    for (int i = 0; i < 100; ++i)
        view.appendLine(QStringLiteral("more %1").arg(i));
    view.flush();
    QCOMPARE(bar->value(), 0);
    auto *follow = view.findChild<QToolButton *>(QStringLiteral("followButton"));
    QVERIFY(follow);
    follow->click();
    QVERIFY(view.followTail());
    QCOMPARE(bar->value(), bar->maximum());
}

void tst_LogView::findsAndCopies()
{
    LogView view;
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.appendLines({QStringLiteral("alpha"), QStringLiteral("beta needle"), QStringLiteral("gamma")});
    view.textEdit()->setFocus();
    QTest::keyClick(view.textEdit(), Qt::Key_F, Qt::ControlModifier);
    auto *edit = view.findChild<QLineEdit *>(QStringLiteral("findEdit"));
    QVERIFY(edit);
    QTRY_VERIFY(edit->isVisible());
    QTest::keyClicks(edit, QStringLiteral("needle"));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(view.textEdit()->textCursor().selectedText(), QStringLiteral("needle"));
    QVERIFY(!view.followTail()); // a match stays in view
    QVERIFY(!view.findText(QStringLiteral("absent")));
    view.copy();
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("needle"));
    view.textEdit()->moveCursor(QTextCursor::End);
    view.copy();
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("alpha\nbeta needle\ngamma"));
}

void tst_LogView::colours()
{
    LogView view;
    view.appendLines({QStringLiteral("plain"), QStringLiteral("x FATAL:  boom")});
    view.flush();
    const QTextBlock plain = view.textEdit()->document()->firstBlock();
    const QTextBlock fatal = plain.next();
    QVERIFY(plain.layout()->formats().isEmpty());
    QVERIFY(!fatal.layout()->formats().isEmpty());
    QCOMPARE(fatal.layout()->formats().first().format.foreground().color(), QColor(0xb7, 0x1c, 0x1c));
}

QTEST_MAIN(tst_LogView)
#include "tst_logview.moc"

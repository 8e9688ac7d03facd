// SPDX-License-Identifier: GPL-3.0-or-later
#include "gui/LogView.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QTest>
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
    QCOMPARE(view.lineCount(), 100);
    QCOMPARE(view.lineAt(0), QStringLiteral("9900"));
    QCOMPARE(view.lineAt(99), QStringLiteral("9999"));
    QCOMPARE(view.receivedLines(), 10000);
    for (int i = 0; i < 50; ++i)
        view.appendLine(QStringLiteral("x%1").arg(i));
    view.flush();
    QCOMPARE(view.lineCount(), 100);
    QCOMPARE(view.lineAt(0), QStringLiteral("9950"));
    QCOMPARE(view.lineAt(99), QStringLiteral("x49"));
    QCOMPARE(view.listView()->model()->rowCount(), 100);
    // Lowering the limit keeps the newest lines; the buffer wraps around correctly afterwards.
    view.setMaximumLines(10);
    QCOMPARE(view.lineCount(), 10);
    QCOMPARE(view.lineAt(0), QStringLiteral("x40"));
    for (int i = 0; i < 25; ++i)
        view.appendLine(QStringLiteral("y%1").arg(i));
    view.flush();
    QCOMPARE(view.lineCount(), 10);
    QCOMPARE(view.lineAt(0), QStringLiteral("y15"));
    QCOMPARE(view.lineAt(9), QStringLiteral("y24"));
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
    QScrollBar *bar = view.listView()->verticalScrollBar();
    QVERIFY(bar->maximum() > 0);
    QCOMPARE(bar->value(), bar->maximum());
    const QModelIndex last = view.listView()->model()->index(499, 0);
    QVERIFY(view.listView()->viewport()->rect().intersects(view.listView()->visualRect(last)));
    view.setFollowTail(false);
    bar->setValue(0);
    for (int i = 0; i < 100; ++i)
        view.appendLine(QStringLiteral("more %1").arg(i));
    view.flush();
    QCOMPARE(bar->value(), 0);
    // Not following while the oldest lines go: the lines in view stay in view.
    view.setMaximumLines(600);
    bar->setValue(300);
    const QModelIndex top = view.listView()->indexAt(QPoint(2, 2));
    QVERIFY(top.isValid());
    const QString topLine = top.data().toString();
    for (int i = 0; i < 50; ++i)
        view.appendLine(QStringLiteral("trimmed %1").arg(i));
    view.flush();
    QCOMPARE(view.lineCount(), 600);
    QCOMPARE(view.listView()->indexAt(QPoint(2, 2)).data().toString(), topLine);
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
    view.appendLines({QStringLiteral("alpha"), QStringLiteral("beta needle"), QStringLiteral("gamma"),
                      QStringLiteral("delta NEEDLE")});
    view.listView()->setFocus();
    QTest::keyClick(view.listView(), Qt::Key_F, Qt::ControlModifier);
    auto *edit = view.findChild<QLineEdit *>(QStringLiteral("findEdit"));
    QVERIFY(edit);
    QTRY_VERIFY(edit->isVisible());
    QTest::keyClicks(edit, QStringLiteral("needle"));
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(view.selectedRows(), QList<int>{1});
    QCOMPARE(view.selectedText(), QStringLiteral("beta needle"));
    QVERIFY(!view.followTail()); // a match stays in view
    // On to the next match (case-insensitive), around the end, and back.
    QTest::keyClick(edit, Qt::Key_Return);
    QCOMPARE(view.selectedRows(), QList<int>{3});
    QVERIFY(view.findText(QStringLiteral("needle")));
    QCOMPARE(view.selectedRows(), QList<int>{1});
    QVERIFY(view.findText(QStringLiteral("needle"), true));
    QCOMPARE(view.selectedRows(), QList<int>{3});
    // No match: the selection stays.
    QVERIFY(!view.findText(QStringLiteral("absent")));
    QCOMPARE(view.selectedRows(), QList<int>{3});
    view.copy();
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("delta NEEDLE"));
    // Ctrl+C in the list copies the selected lines, several at once.
    view.listView()->selectionModel()->select(
        QItemSelection(view.listView()->model()->index(0, 0), view.listView()->model()->index(1, 0)),
        QItemSelectionModel::ClearAndSelect);
    view.listView()->setFocus();
    QTest::keyClick(view.listView(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("alpha\nbeta needle"));
    // Nothing selected: the whole log.
    view.listView()->clearSelection();
    view.copy();
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("alpha\nbeta needle\ngamma\ndelta NEEDLE"));
}

void tst_LogView::colours()
{
    LogView view;
    view.appendLines(
        {QStringLiteral("plain"), QStringLiteral("x FATAL:  boom"),
         QStringLiteral("2025-01-01 00:00:00.000 UTC [1] LOG:  database system is ready to accept connections")});
    view.flush();
    const QAbstractItemModel *model = view.listView()->model();
    const QModelIndex plain = model->index(0, 0);
    const QModelIndex fatal = model->index(1, 0);
    const QModelIndex ready = model->index(2, 0);
    QVERIFY(!plain.data(Qt::ForegroundRole).isValid());
    QVERIFY(!plain.data(Qt::BackgroundRole).isValid());
    QCOMPARE(fatal.data(Qt::ForegroundRole).value<QBrush>().color(), QColor(0xb7, 0x1c, 0x1c));
    QCOMPARE(fatal.data(Qt::BackgroundRole).value<QBrush>().color(), QColor(0xff, 0xeb, 0xe9));
    QVERIFY(ready.data(Qt::FontRole).value<QFont>().bold());
    QVERIFY(!plain.data(Qt::FontRole).value<QFont>().bold());
    // Every row the same size, as wide as the longest line.
    QCOMPARE(plain.data(Qt::SizeHintRole).toSize(), ready.data(Qt::SizeHintRole).toSize());
    QVERIFY(plain.data(Qt::SizeHintRole).toSize().width() >
            QFontMetrics(view.listView()->font()).horizontalAdvance(QStringLiteral("x FATAL:  boom")));
}

QTEST_MAIN(tst_LogView)
#include "tst_logview.moc"

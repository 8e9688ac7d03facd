// SPDX-License-Identifier: GPL-3.0-or-later
// Export Report says what happened: where the report was saved (with Open folder), that the desktop could not open it
// or its folder (with the path and why), and that it could not be written (in the dialog, with the path and why).
#include "gui/ReportExport.h"
#include "gui/ReportSavedNotice.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace edm;
using namespace edm::gui;

namespace {

MigrationReport report()
{
    MigrationReport r;
    r.service = QStringLiteral("postgres");
    r.imageBefore = QStringLiteral("postgres:12");
    r.warnings = {QStringLiteral("one warning")};
    return r;
}

void clickSave(ReportExport &dialog)
{
    auto *buttons = dialog.findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
    QVERIFY(buttons);
    QTest::mouseClick(buttons->button(QDialogButtonBox::Save), Qt::LeftButton);
}

} // namespace

class tst_ReportExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void savedSaysWhere();
    void openFolder_data();
    void openFolder();
    void openAfterSavingFailureIsShown();
    void writeFailureStaysInTheDialog();
    void oneNoticeAtATime();
};

void tst_ReportExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void tst_ReportExport::savedSaysWhere()
{
    QTemporaryDir dir;
    ReportExport dialog(report());
    QList<QUrl> opened;
    dialog.setUrlOpener([&opened](const QUrl &url) {
        opened.append(url);
        return true;
    });
    dialog.setFormat(ReportWriter::Format::Markdown);
    dialog.setPath(dir.filePath(QStringLiteral("r.md")));
    dialog.setOpenAfterSaving(true);
    dialog.show();
    QSignalSpy saved(&dialog, &ReportExport::saved);
    QSignalSpy openFailed(&dialog, &ReportExport::openFailed);
    clickSave(dialog);
    QCOMPARE(saved.count(), 1);
    QCOMPARE(openFailed.count(), 0);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(opened, QList<QUrl>{QUrl::fromLocalFile(dir.filePath(QStringLiteral("r.md")))});

    QPointer<ReportSavedNotice> notice = dialog.notice();
    QVERIFY(notice);
    QVERIFY(notice->isVisible());
    QVERIFY(!notice->isModal());
    QVERIFY2(notice->message().contains(QDir::toNativeSeparators(dir.filePath(QStringLiteral("r.md")))),
             qPrintable(notice->message()));
    QVERIFY(notice->error().isEmpty());
    QCOMPARE(notice->openFolderButton()->text(), QStringLiteral("Open &folder"));
    notice->close();
    QTRY_VERIFY(!notice); // deleted on close
}

void tst_ReportExport::openFolder_data()
{
    QTest::addColumn<bool>("desktopOpens");
    QTest::newRow("opens") << true;
    QTest::newRow("fails") << false;
}

void tst_ReportExport::openFolder()
{
    QFETCH(bool, desktopOpens);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.json"));
    QList<QUrl> opened;
    ReportSavedNotice notice(path, {}, [&opened, desktopOpens](const QUrl &url) {
        opened.append(url);
        return desktopOpens;
    });
    notice.show();
    QSignalSpy failed(&notice, &ReportSavedNotice::openFolderFailed);
    QTest::mouseClick(notice.openFolderButton(), Qt::LeftButton);
    QCOMPARE(opened, QList<QUrl>{QUrl::fromLocalFile(QFileInfo(path).absolutePath())});
    QCOMPARE(failed.count(), desktopOpens ? 0 : 1);
    if (desktopOpens) {
        QVERIFY(notice.error().isEmpty());
    } else {
        // The folder's path and why, in the notice, which stays open.
        QVERIFY2(notice.error().contains(QDir::toNativeSeparators(QFileInfo(path).absolutePath())),
                 qPrintable(notice.error()));
        QVERIFY2(notice.error().contains(QLatin1String("could not be opened")), qPrintable(notice.error()));
        QVERIFY(notice.isVisible());
    }
}

void tst_ReportExport::openAfterSavingFailureIsShown()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("r.html"));
    ReportExport dialog(report());
    dialog.setUrlOpener([](const QUrl &) { return false; });
    dialog.setFormat(ReportWriter::Format::Html);
    dialog.setPath(path);
    dialog.setOpenAfterSaving(true);
    dialog.show();
    QSignalSpy openFailed(&dialog, &ReportExport::openFailed);
    clickSave(dialog);
    QCOMPARE(openFailed.count(), 1);
    QCOMPARE(openFailed.at(0).at(0).toString(), path);
    const QString message = openFailed.at(0).at(1).toString();
    QVERIFY2(message.contains(QDir::toNativeSeparators(path)) && message.contains(QLatin1String("no application")),
             qPrintable(message));
    // Saved all the same; the notice says both.
    QVERIFY(QFileInfo::exists(path));
    QPointer<ReportSavedNotice> notice = dialog.notice();
    QVERIFY(notice && notice->isVisible());
    QCOMPARE(notice->error(), message);
    QVERIFY(notice->message().contains(QDir::toNativeSeparators(path)));
    notice->close();
}

void tst_ReportExport::writeFailureStaysInTheDialog()
{
    QTemporaryDir dir;
    // A folder where the file should be: it cannot be written.
    const QString path = dir.filePath(QStringLiteral("taken.json"));
    QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("taken.json")));
    ReportExport dialog(report());
    bool openerCalled = false;
    dialog.setUrlOpener([&openerCalled](const QUrl &) { return openerCalled = true; });
    dialog.setFormat(ReportWriter::Format::Json);
    dialog.setPath(path);
    dialog.show();
    QSignalSpy saved(&dialog, &ReportExport::saved);
    clickSave(dialog);
    QCOMPARE(saved.count(), 0);
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.notice());
    QVERIFY(!openerCalled);
    QVERIFY2(dialog.errorText().contains(QDir::toNativeSeparators(path)), qPrintable(dialog.errorText()));
    QVERIFY2(dialog.errorText().contains(QLatin1String("not a regular file")), qPrintable(dialog.errorText()));
}

void tst_ReportExport::oneNoticeAtATime()
{
    QTemporaryDir dir;
    QWidget window;
    window.show();
    for (const QString &name : {QStringLiteral("a.md"), QStringLiteral("b.md")}) {
        auto *dialog = new ReportExport(report(), &window);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setUrlOpener([](const QUrl &) { return true; });
        dialog->setFormat(ReportWriter::Format::Markdown);
        dialog->setPath(dir.filePath(name));
        dialog->show();
        clickSave(*dialog);
    }
    QTRY_COMPARE(window.findChildren<ReportSavedNotice *>().size(), 1);
    QVERIFY(window.findChild<ReportSavedNotice *>()->message().contains(QLatin1String("b.md")));
}

QTEST_MAIN(tst_ReportExport)
#include "tst_reportexport.moc"

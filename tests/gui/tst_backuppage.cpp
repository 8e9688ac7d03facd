// SPDX-License-Identifier: GPL-3.0-or-later
// The Backup page never replaces a file unasked: a file the person names that exists already is replaced only after
// their "Replace" (and the engine is told so); "Keep the File" keeps the question open and the file as it is.
#include "core/migration/MigrationEngine.h"
#include "gui/BackupPage.h"

#include "TestSupport.h"

#include <QAbstractButton>
#include <QApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace edm;
using namespace edm::gui;
using namespace edm::test;

namespace {

/// Clicks the button of the replace question whose text (without &) is text, once the question shows.
void answerReplaceQuestion(const QString &text, bool *asked)
{
    QTimer::singleShot(0, [text, asked] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *box = qobject_cast<QMessageBox *>(widget);
            if (!box || box->objectName() != QLatin1String("replaceQuestion") || !box->isVisible())
                continue;
            *asked = true;
            for (QAbstractButton *button : box->buttons()) {
                if (button->text().remove(u'&') == text)
                    return button->click();
            }
        }
        QFAIL("no replace question to answer");
    });
}

} // namespace

class tst_BackupPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void keepTheFile();
    void replaceWhenAgreed();
    void newFileAsksNothing();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MigrationEngine> m_engine;
    std::unique_ptr<BackupPage> m_page;
    QString m_existing;
};

void tst_BackupPage::init()
{
    m_page.reset();
    m_engine.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_existing = m_dir->filePath(QStringLiteral("earlier.backup.sql"));
    QVERIFY(writeAll(m_existing, "-- an earlier backup\n"));
    MigrationEngine::Options options;
    options.projectPath = m_dir->path();
    m_engine = std::make_unique<MigrationEngine>(options);
    m_page = std::make_unique<BackupPage>();
    m_page->setEngine(m_engine.get());
    MigrationEngine::Confirmation confirmation;
    confirmation.step = MigrationEngine::Step::Backup;
    confirmation.text = QStringLiteral("pg_dumpall writes every database.");
    m_page->handleConfirmation(confirmation);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void tst_BackupPage::keepTheFile()
{
    auto *edit = m_page->findChild<QLineEdit *>(QStringLiteral("fileEdit"));
    QVERIFY(edit);
    edit->setText(m_existing);
    bool asked = false;
    answerReplaceQuestion(QStringLiteral("Keep the File"), &asked);
    QVERIFY(!m_page->validatePage());
    QVERIFY(asked);
    // Still asking: nothing was handed to the engine, the file is as it was.
    QVERIFY(m_page->isAsking());
    QVERIFY(m_engine->backupFile().isEmpty());
    QVERIFY(!m_engine->options().replaceBackup);
    QCOMPARE(readAll(m_existing), QByteArray("-- an earlier backup\n"));
}

void tst_BackupPage::replaceWhenAgreed()
{
    auto *edit = m_page->findChild<QLineEdit *>(QStringLiteral("fileEdit"));
    edit->setText(m_existing);
    bool asked = false;
    answerReplaceQuestion(QStringLiteral("Replace"), &asked);
    m_page->validatePage();
    QVERIFY(asked);
    QVERIFY(!m_page->isAsking()); // the yes went to the engine
    QCOMPARE(m_engine->backupFile(), m_existing);
    QVERIFY(m_engine->options().replaceBackup);
}

void tst_BackupPage::newFileAsksNothing()
{
    auto *edit = m_page->findChild<QLineEdit *>(QStringLiteral("fileEdit"));
    const QString fresh = m_dir->filePath(QStringLiteral("new.backup.sql"));
    edit->setText(fresh);
    m_page->validatePage();
    QVERIFY(!m_page->isAsking());
    QCOMPARE(m_engine->backupFile(), fresh);
    QVERIFY(!m_engine->options().replaceBackup);
}

QTEST_MAIN(tst_BackupPage)
#include "tst_backuppage.moc"

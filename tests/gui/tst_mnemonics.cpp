// SPDX-License-Identifier: GPL-3.0-or-later
// Keyboard mnemonics (Alt+letter) are unique in every window, in English, German and French: the main window with
// its menu bar and each wizard page with the wizard's buttons (Back, Next or the page's yes, Cancel, Finish), the
// items of each menu, each dialog (Preferences, About, Export Report, Backup Browser on each tab, Restore) and the
// prompts' buttons. A clash names both widgets (object name, class, text).
#include "core/Translations.h"
#include "core/migration/MigrationReport.h"
#include "core/postgres/DumpInspector.h"
#include "gui/AboutDialog.h"
#include "gui/BackupBrowser.h"
#include "gui/EnginePage.h"
#include "gui/MainWindow.h"
#include "gui/MigrationWizard.h"
#include "gui/ReportExport.h"
#include "gui/ReportSavedNotice.h"
#include "gui/RestoreDialog.h"
#include "gui/SettingsDialog.h"

#include "TestSupport.h"

#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QGroupBox>
#include <QKeySequence>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTranslator>
#include <QUrl>

#include <memory>

using namespace edm;
using namespace edm::gui;
using namespace edm::test;

namespace {

/// One window's mnemonics: which key each owner claims.
class Keys
{
public:
    explicit Keys(QString window)
        : m_window(std::move(window))
    {
    }

    void add(const QString &text, const QString &owner)
    {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (key.isEmpty())
            return;
        const QString who = QStringLiteral("%1 \"%2\"").arg(owner, text);
        const QString name = key.toString(QKeySequence::PortableText).toUpper();
        if (m_owners.contains(name))
            m_clashes.append(QStringLiteral("%1: %2 is both %3 and %4").arg(m_window, name, m_owners.value(name), who));
        else
            m_owners.insert(name, who);
    }
    void addWidget(const QWidget *widget, const QString &text)
    {
        const QString name = widget->objectName().isEmpty() ? QStringLiteral("(unnamed)") : widget->objectName();
        add(text, QStringLiteral("%1 (%2)").arg(name, QLatin1String(widget->metaObject()->className())));
    }
    /// The buttons, labels with a buddy, group boxes and tab titles under root; not those of a tab page other than
    /// the current one (they are not shown together).
    void addWidgets(const QWidget *root)
    {
        for (const QWidget *widget : root->findChildren<QWidget *>()) {
            if (onHiddenTab(widget, root))
                continue;
            if (const auto *button = qobject_cast<const QAbstractButton *>(widget)) {
                // A tool button for an action shows its icon text: no mnemonic.
                const auto *tool = qobject_cast<const QToolButton *>(button);
                if (!tool || !tool->defaultAction())
                    addWidget(button, button->text());
            } else if (const auto *label = qobject_cast<const QLabel *>(widget)) {
                if (label->buddy())
                    addWidget(label, label->text());
            } else if (const auto *group = qobject_cast<const QGroupBox *>(widget)) {
                addWidget(group, group->title());
            } else if (const auto *tabs = qobject_cast<const QTabWidget *>(widget)) {
                for (int i = 0; i < tabs->count(); ++i)
                    addWidget(tabs, tabs->tabText(i));
            }
        }
    }
    QStringList clashes() const { return m_clashes; }

private:
    static bool onHiddenTab(const QWidget *widget, const QWidget *root)
    {
        for (const QWidget *w = widget; w && w != root; w = w->parentWidget()) {
            const QWidget *parent = w->parentWidget();
            // QTabWidget's pages live in its QStackedWidget.
            if (parent && parent->parentWidget() && qobject_cast<const QTabWidget *>(parent->parentWidget())) {
                const auto *tabs = static_cast<const QTabWidget *>(parent->parentWidget());
                if (tabs->indexOf(const_cast<QWidget *>(w)) >= 0 && tabs->currentWidget() != w)
                    return true;
            }
        }
        return false;
    }

    QString m_window;
    QHash<QString, QString> m_owners;
    QStringList m_clashes;
};

/// Menu bar titles, as the main window shows them with any page.
void addMenuBar(Keys &keys, const MainWindow &window)
{
    for (const QAction *action : window.menuBar()->actions())
        keys.add(action->text(),
                 QStringLiteral("menu %1").arg(action->menu() ? action->menu()->objectName() : QString()));
}

void removeTranslators()
{
    for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

DumpSummary sampleSummary()
{
    DumpSummary summary;
    summary.format = DumpSummary::Format::PgDumpall;
    summary.complete = true;
    DumpDatabase db;
    db.name = QStringLiteral("ente_db");
    summary.databases.append(db);
    return summary;
}

} // namespace

class tst_Mnemonics : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void unique_data();
    void unique();

private:
    QStringList check();

    QTemporaryDir m_project;
};

void tst_Mnemonics::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ente-db-migrate-tests"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mnemonics"));
    QVERIFY(m_project.isValid());
    QVERIFY(writeAll(m_project.filePath(QStringLiteral("compose.yaml")),
                     "services:\n  postgres:\n    image: postgres:12\n    environment:\n"
                     "      POSTGRES_USER: pguser\n      POSTGRES_PASSWORD: pgpass\n      POSTGRES_DB: ente_db\n"
                     "    volumes:\n      - postgres-data:/var/lib/postgresql/data\nvolumes:\n  postgres-data:\n"));
}

void tst_Mnemonics::cleanupTestCase()
{
    removeTranslators();
}

void tst_Mnemonics::unique_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("de") << QStringLiteral("de");
    QTest::newRow("fr") << QStringLiteral("fr");
}

void tst_Mnemonics::unique()
{
    QFETCH(QString, language);
    removeTranslators();
    if (language != QLatin1String("en"))
        QCOMPARE(installTranslators(language), language);
    const QStringList clashes = check();
    QVERIFY2(clashes.isEmpty(), qPrintable(u'\n' + clashes.join(u'\n')));
}

QStringList tst_Mnemonics::check()
{
    QStringList clashes;
    const auto collect = [&clashes](const Keys &keys) { clashes += keys.clashes(); };

    // The main window: each wizard page with the menu bar and the wizard's buttons.
    MainWindow window(m_project.path());
    MigrationWizard *wizard = window.wizard();
    for (int id : wizard->pageIds()) {
        QWizardPage *page = wizard->page(id);
        Keys keys(QStringLiteral("main window, page %1").arg(QLatin1String(page->metaObject()->className())));
        addMenuBar(keys, window);
        keys.addWidgets(page);
        const auto button = [&](QWizard::WizardButton which, const QString &name) {
            keys.add(page->buttonText(which), QStringLiteral("wizard button %1").arg(name));
        };
        if (id != wizard->startId())
            button(QWizard::BackButton, QStringLiteral("Back"));
        button(QWizard::CancelButton, QStringLiteral("Cancel"));
        if (page->nextId() == -1 || id == MigrationWizard::Summary) {
            button(QWizard::FinishButton, QStringLiteral("Finish"));
        } else {
            // Next, or the page's yes in its place (never both at once).
            const auto *engine = qobject_cast<EnginePage *>(page);
            const QString yes = engine ? engine->yesText() : QString();
            if (yes.isEmpty())
                button(QWizard::NextButton, QStringLiteral("Next"));
            else
                keys.add(yes, QStringLiteral("wizard button Next (the page's yes)"));
        }
        collect(keys);
        // A page that asks shows Next again once its step ran: Next must fit too.
        if (const auto *engine = qobject_cast<EnginePage *>(page); engine && !engine->yesText().isEmpty()) {
            Keys after(QStringLiteral("main window, page %1 after its step")
                           .arg(QLatin1String(page->metaObject()->className())));
            addMenuBar(after, window);
            after.addWidgets(page);
            after.add(wizard->buttonText(QWizard::BackButton), QStringLiteral("wizard button Back"));
            after.add(wizard->buttonText(QWizard::CancelButton), QStringLiteral("wizard button Cancel"));
            after.add(wizard->buttonText(QWizard::NextButton), QStringLiteral("wizard button Next"));
            collect(after);
        }
    }
    // Each menu's items.
    for (const QMenu *menu : window.findChildren<QMenu *>()) {
        Keys keys(QStringLiteral("menu %1").arg(menu->objectName()));
        for (const QAction *action : menu->actions()) {
            if (!action->isSeparator())
                keys.add(action->text(), QStringLiteral("item %1").arg(action->objectName()));
        }
        collect(keys);
    }

    // The dialogs.
    {
        SettingsDialog dialog;
        Keys keys(QStringLiteral("Preferences"));
        keys.addWidgets(&dialog);
        collect(keys);
    }
    {
        AboutDialog dialog;
        Keys keys(QStringLiteral("About"));
        keys.addWidgets(&dialog);
        collect(keys);
    }
    {
        ReportExport dialog{MigrationReport()};
        Keys keys(QStringLiteral("Export Report"));
        keys.addWidgets(&dialog);
        collect(keys);
    }
    {
        ReportSavedNotice notice(QStringLiteral("/tmp/r.html"), QStringLiteral("x"), [](const QUrl &) { return true; });
        Keys keys(QStringLiteral("Report Saved"));
        keys.addWidgets(&notice);
        collect(keys);
    }
    {
        BackupBrowser browser;
        const QList<QTabWidget *> tabs = browser.findChildren<QTabWidget *>();
        const int count = tabs.isEmpty() ? 1 : tabs.first()->count();
        for (int i = 0; i < count; ++i) {
            if (!tabs.isEmpty())
                tabs.first()->setCurrentIndex(i);
            Keys keys(QStringLiteral("Backup Browser, tab %1").arg(i));
            keys.addWidgets(&browser);
            collect(keys);
        }
    }
    {
        RestoreDialog dialog(m_project.filePath(QStringLiteral("pg12.backup.sql")), sampleSummary(), m_project.path());
        Keys keys(QStringLiteral("Restore"));
        keys.addWidgets(&dialog);
        collect(keys);
    }

    // The prompts (message boxes, made when needed): their buttons, as the code names them.
    const auto prompt = [&](const QString &name, const char *context, std::initializer_list<const char *> sources) {
        Keys keys(name);
        for (const char *source : sources)
            keys.add(QCoreApplication::translate(context, source), QStringLiteral("button"));
        collect(keys);
    };
    prompt(QStringLiteral("resume prompt"), "edm::gui::MigrationWizard", {"&Resume", "Roll &Back", "&Later"});
    prompt(QStringLiteral("cancel prompt"), "edm::gui::MigrationWizard", {"&Stop the Migration", "&Continue"});
    prompt(QStringLiteral("replace question"), "edm::gui::BackupPage", {"&Replace", "&Keep the File"});
    return clashes;
}

QTEST_MAIN(tst_Mnemonics)
#include "tst_mnemonics.moc"

// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/migration/steps/VerifyStep.h"

#include "core/migration/Checks.h"
#include "core/migration/MigrationRun.h"
#include "core/postgres/ServerProbe.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace edm {

VerifyStep::VerifyStep(MigrationRun &run, QObject *parent)
    : MigrationStep(Step::Verify, run, parent)
{
}

void VerifyStep::doStart()
{
    withReadyServer([this](ServerProbe *probe) {
        m_probe = probe;
        checkVersion();
    });
}

void VerifyStep::record(const MigrationReport::Check &check)
{
    addCheck(check);
    if (check.result == CheckResult::Fail)
        m_passed = false;
}

void VerifyStep::checkVersion()
{
    m_probe->serverVersion(this, [this](const Expected<ServerVersion> &version) {
        if (!proceed())
            return;
        if (!version)
            return emitResult(version.error());
        m_run.report.versionAfter = version->text;
        record(Checks::verifyVersion(*version, m_run.options.target));
        checkRows();
    });
}

void VerifyStep::checkRows()
{
    m_probe->allTableCounts(this, [this](const Expected<QList<DatabaseRowCounts>> &counts) {
        if (!proceed())
            return;
        if (!counts)
            return emitResult(counts.error());
        const Checks::RowComparison comparison = Checks::rowCounts(m_run.expectedRows(), *counts);
        m_run.report.rowCounts = comparison.rows;
        record(comparison.check);
        checkRoles();
    });
}

void VerifyStep::checkRoles()
{
    m_probe->roles(this, [this](const Expected<QList<RoleInfo>> &roles) {
        if (!proceed())
            return;
        // Unreadable roles (no superuser) leave the check out; the login below still proves the service's own.
        if (roles)
            record(Checks::roles(m_run.journal->roles, *roles));
        checkLogin();
    });
}

void VerifyStep::checkLogin()
{
    m_probe->testLogin(this, [this](const Expected<LoginCheck> &login) {
        if (!proceed())
            return;
        const Text title = trText("Login over TCP with the password");
        if (!login)
            record({QStringLiteral("verify_login"), title, CheckResult::Fail, login.error().message, {}});
        else if (!login->warnings.isEmpty())
            record({QStringLiteral("verify_login"),
                    title,
                    CheckResult::Warn,
                    joinTexts(login->warnings, Text(QStringLiteral(" "))),
                    {}});
        else
            record({QStringLiteral("verify_login"),
                    title,
                    CheckResult::Pass,
                    trText("%1 logs in to %2 the way museum does.").arg(login->user, login->database),
                    {}});
        checkHealthUrl();
    });
}

void VerifyStep::checkHealthUrl()
{
    const QString url = m_run.options.healthUrl;
    if (url.isEmpty())
        return checkCollationVersions();
    auto *network = new QNetworkAccessManager(this);
    QNetworkRequest request{QUrl(url)};
    request.setTransferTimeout(15000);
    QNetworkReply *reply = network->get(request);
    connect(reply, &QNetworkReply::finished, this, [this, reply, url] {
        reply->deleteLater();
        if (!proceed())
            return;
        const bool ok = reply->error() == QNetworkReply::NoError;
        record({QStringLiteral("verify_health"), trText("Health URL"), ok ? CheckResult::Pass : CheckResult::Fail,
                ok ? trText("%1 answered.").arg(url) : trText("%1: %2").arg(url, reply->errorString()),
                ok ? Text() : trText("Start museum (docker compose up -d) and check its log.")});
        checkCollationVersions();
    });
}

void VerifyStep::checkCollationVersions()
{
    m_probe->databases(this, [this](const Expected<QList<DatabaseInfo>> &databases) {
        if (!proceed())
            return;
        if (!databases) {
            addCheck(QStringLiteral("verify_collation"), trText("Collation versions"), CheckResult::Warn,
                     trText("Could not read the databases' collation versions: %1").arg(databases.error().message));
            return conclude();
        }
        // Postgres before 15 records no collation versions: nothing to compare, nothing to refresh.
        const QStringList mismatched = Checks::collationMismatches(*databases);
        const bool reindexed = Checks::reindexRan(m_run.service(), m_run.isDumpRestore());
        if (mismatched.isEmpty() || !reindexed) {
            addCheck(Checks::collationVersions(*databases, reindexed));
            return conclude();
        }
        askToRefresh(mismatched);
    });
}

void VerifyStep::askToRefresh(const QStringList &databases)
{
    Confirmation confirmation;
    confirmation.step = Step::Verify;
    confirmation.title = trText("Refresh the collation versions");
    confirmation.text = trText("The C library of the new image sorts text in a newer version than %1 recorded. The "
                               "migration rebuilt the indexes, so the app records the new version for each (ALTER "
                               "DATABASE … REFRESH COLLATION VERSION); until then Postgres warns about the mismatch at "
                               "every connection. Nothing else changes.")
                            .arg(databases.join(QStringLiteral(", ")));
    ask(
        confirmation, [this, databases] { refresh(databases, {}, {}); },
        [this, databases] {
            addCheck(Checks::collationRefreshDeclined(databases));
            conclude();
        });
}

void VerifyStep::refresh(QStringList pending, QStringList failed, QString error)
{
    if (pending.isEmpty()) {
        addCheck(Checks::collationRefreshed(m_run.report.collationRefreshed, failed, error));
        return conclude();
    }
    const QString database = pending.takeFirst();
    m_probe->refreshCollationVersion(database, this,
                                     [this, pending, failed, error, database](const Expected<bool> &refreshed) mutable {
                                         if (!proceed())
                                             return;
                                         if (refreshed) {
                                             if (!m_run.report.collationRefreshed.contains(database))
                                                 m_run.report.collationRefreshed.append(database);
                                             logRedacted(trText("%1: collation version refreshed").arg(database));
                                         } else {
                                             failed.append(database);
                                             if (error.isEmpty())
                                                 error = refreshed.error().message;
                                         }
                                         refresh(pending, failed, error);
                                     });
}

void VerifyStep::conclude()
{
    m_run.saveReport();
    if (m_passed)
        return emitResult();
    emitResult(
        Error{QStringLiteral("verify_failed"),
              trText("The migrated server failed some checks (see the list). Your backup is intact: roll back to "
                     "return to Postgres %1, or fix what the checks say and verify again with resume.")
                  .arg(m_run.journal->sourceMajor)});
}

} // namespace edm

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/compose/MigrationPlan.h"

#include <QWizardPage>

#include <memory>
#include <optional>

class QTimer;

namespace Ui {
class ProjectPage;
}

namespace edm::gui {

/// Step 1: choose the compose project; shows the detected Postgres service and the first change as a diff.
/// Reading the project only reads files; nothing is changed on this page.
class ProjectPage : public QWizardPage
{
    Q_OBJECT
public:
    explicit ProjectPage(const QString &startPath, QWidget *parent = nullptr);
    ~ProjectPage() override;

    bool isComplete() const override;
    bool validatePage() override;

    /// The plan for the chosen project, when it could be made.
    const std::optional<MigrationPlan> &plan() const { return m_plan; }
    /// The error that stopped the plan, when it could not.
    const Error &error() const { return m_error; }
    /// The images named in the advanced fields ("" when not: the app's choice).
    QString upgradeImage() const;
    QString finalImage() const;
    QString projectPath() const;
    void setProjectPath(const QString &path);

    static QStringList recentProjects();
    static constexpr int MaxRecentProjects = 8;

Q_SIGNALS:
    void planChanged();

private:
    void reload();
    void browse();
    void showPlan();
    void showError();
    void updateTargetHint();
    void rememberProject(const QString &path);

    const std::unique_ptr<Ui::ProjectPage> m_ui;
    QTimer *m_reloadTimer = nullptr;
    std::optional<MigrationPlan> m_plan;
    Error m_error;
};

} // namespace edm::gui

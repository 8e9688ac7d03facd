#pragma once

#include <QWizard>

namespace edm::gui {

class ProjectPage;

/// The wizard: one page per step of the migration. It owns the shared state and hands it to the pages.
class MigrationWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId
    {
        Project
    };

    explicit MigrationWizard(const QString &startPath, QWidget *parent = nullptr);
    ~MigrationWizard() override;

    ProjectPage *projectPage() const { return m_projectPage; }

protected:
    void done(int result) override;

private:
    ProjectPage *m_projectPage = nullptr;
};

} // namespace edm::gui

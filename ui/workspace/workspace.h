#pragma once

#include "workspace/viewregistry.h"

#include <QDate>
#include <QWidget>

#include <memory>

class QMenu;
class QSettings;
class QSplitter;

namespace renkei::clinical {
class PatientRecord;
}

namespace renkei::ui {

class WorkspacePane;

// The side-by-side workspace (issue 6 §6): two or three panes in a splitter, each showing one
// view of the open record, all on one workspace date. The workspace owns the date: a pane's
// view chooses one (workspaceDateChosen), the workspace sets it on every other pane. The panes'
// views and the splitter are remembered per user (setSettingsScope); presets give the roles'
// layouts.
class Workspace : public QWidget {
    Q_OBJECT
public:
    enum class Preset { Doctor, Pharmacist, Clerk };

    explicit Workspace(ViewRegistry registry, QWidget *parent = nullptr);
    ~Workspace() override;

    const ViewRegistry &registry() const { return m_registry; }

    // nullptr clears every pane (close, lock, sign-out). A new record's date is its newest day.
    void setRecord(std::shared_ptr<const clinical::PatientRecord> record);
    const std::shared_ptr<const clinical::PatientRecord> &record() const { return m_record; }

    void setWorkspaceDate(QDate date);
    QDate workspaceDate() const { return m_date; }

    int paneCount() const;
    void setPaneCount(int count); // 2 or 3
    WorkspacePane *pane(int index) const;
    QStringList paneViews() const;
    // Sets the views of the panes (and their count, 2 or 3); unknown ids are skipped and the
    // remaining panes filled with views not shown yet.
    void setPaneViews(const QStringList &ids);
    void applyPreset(Preset preset);
    static QStringList presetViews(Preset preset);
    QSplitter *splitter() const { return m_splitter; }

    // Remember and restore the layout for one user (QSettings group workspace/<user>); restores
    // at once, then saves on every change. Empty: not remembered.
    void setSettingsScope(const QString &user);
    void saveState(QSettings &settings) const;
    bool restoreState(const QSettings &settings);

    // The View menu's part: presets, two or three panes, each pane's view.
    void fillLayoutMenu(QMenu *menu);
    void focusPane(int index);
    // One view alone across the workspace (presentation, screenshots); showAllPanes() undoes it.
    void showOnly(const QString &viewId);
    void showAllPanes();

Q_SIGNALS:
    void workspaceDateChanged(QDate date);
    void layoutChanged();

private:
    WorkspacePane *addPane();
    void onPaneDate(WorkspacePane *source, QDate date);
    void onLayoutChanged();
    QString settingsGroup() const;

    ViewRegistry m_registry;
    QSplitter *m_splitter = nullptr;
    QList<WorkspacePane *> m_panes;
    std::shared_ptr<const clinical::PatientRecord> m_record;
    QDate m_date;
    QString m_scope;
    bool m_restoring = false;
};

} // namespace renkei::ui

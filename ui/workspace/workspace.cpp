#include "workspace/workspace.h"

#include "clinical/patientrecord.h"
#include "workspace/recordview.h"
#include "workspace/workspacepane.h"

#include <QActionGroup>
#include <QCryptographicHash>
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace renkei::ui {

Workspace::Workspace(ViewRegistry registry, QWidget *parent)
    : QWidget(parent)
    , m_registry(std::move(registry))
{
    setObjectName(u"workspace"_s);
    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(u"workspaceSplitter"_s);
    m_splitter->setChildrenCollapsible(false);
    m_splitter->setHandleWidth(6);
    connect(m_splitter, &QSplitter::splitterMoved, this, &Workspace::onLayoutChanged);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    m_restoring = true;
    setPaneViews(presetViews(Preset::Doctor));
    m_restoring = false;
}

Workspace::~Workspace() = default;

QStringList Workspace::presetViews(Preset preset)
{
    switch (preset) {
    case Preset::Doctor:
        return { u"timeline"_s, u"labs"_s, u"docs"_s };
    case Preset::Pharmacist:
        return { u"meds"_s, u"labs"_s };
    case Preset::Clerk:
        return { u"timeline"_s, u"docs"_s };
    }
    return {};
}

void Workspace::applyPreset(Preset preset)
{
    setPaneViews(presetViews(preset));
    const int count = paneCount();
    QList<int> sizes;
    for (int i = 0; i < count; ++i)
        sizes.append(1000 / count);
    m_splitter->setSizes(sizes);
    onLayoutChanged();
}

WorkspacePane *Workspace::addPane()
{
    auto *pane = new WorkspacePane(m_registry, int(m_panes.size()) + 1, m_splitter);
    m_splitter->addWidget(pane);
    m_splitter->setStretchFactor(int(m_panes.size()), 1);
    m_panes.append(pane);
    connect(pane, &WorkspacePane::dateChosen, this,
        [this, pane](QDate date) { onPaneDate(pane, date); });
    connect(pane, &WorkspacePane::viewChanged, this, &Workspace::onLayoutChanged);
    pane->setRecord(m_record);
    if (m_date.isValid())
        pane->setWorkspaceDate(m_date);
    return pane;
}

int Workspace::paneCount() const
{
    return int(m_panes.size());
}

WorkspacePane *Workspace::pane(int index) const
{
    return index >= 0 && index < m_panes.size() ? m_panes.at(index) : nullptr;
}

void Workspace::setPaneCount(int count)
{
    count = std::clamp(count, 2, 3);
    while (m_panes.size() > count)
        delete m_panes.takeLast();
    while (m_panes.size() < count) {
        WorkspacePane *pane = addPane();
        // A new pane shows a view no other pane shows, when there is one.
        const QStringList shown = paneViews();
        QString id = m_registry.ids().value(0);
        for (const QString &candidate : m_registry.ids()) {
            if (!shown.contains(candidate)) {
                id = candidate;
                break;
            }
        }
        pane->setView(id);
    }
    onLayoutChanged();
}

QStringList Workspace::paneViews() const
{
    QStringList ids;
    for (const WorkspacePane *pane : m_panes)
        ids.append(pane->viewId());
    return ids;
}

void Workspace::setPaneViews(const QStringList &ids)
{
    QStringList known;
    for (const QString &id : ids) {
        if (m_registry.contains(id) && !known.contains(id))
            known.append(id);
    }
    // Views missing from this build: the panes keep their number with views not shown yet.
    const int count = std::clamp(int(ids.size()), 2, 3);
    for (const QString &id : m_registry.ids()) {
        if (known.size() >= count)
            break;
        if (!known.contains(id))
            known.append(id);
    }
    // Never the same view twice for a missing one: fewer panes instead (two at least).
    const int panes = std::max(2, std::min(count, int(known.size())));
    while (known.size() < panes)
        known.append(m_registry.ids().value(0));
    const int count2 = panes;
    const bool wasRestoring = m_restoring;
    m_restoring = true;
    while (m_panes.size() > count2)
        delete m_panes.takeLast();
    while (m_panes.size() < count2)
        addPane();
    for (int i = 0; i < count2; ++i)
        m_panes.at(i)->setView(known.at(i));
    m_restoring = wasRestoring;
    onLayoutChanged();
}

void Workspace::setRecord(std::shared_ptr<const clinical::PatientRecord> record)
{
    m_record = std::move(record);
    m_date = {};
    if (m_record && m_record->newestTime() != clinical::kNoTime)
        m_date = clinical::japanDate(m_record->newestTime());
    for (WorkspacePane *pane : std::as_const(m_panes)) {
        pane->setRecord(m_record);
        if (m_date.isValid())
            pane->setWorkspaceDate(m_date);
    }
    Q_EMIT workspaceDateChanged(m_date);
}

void Workspace::setWorkspaceDate(QDate date)
{
    onPaneDate(nullptr, date);
}

void Workspace::onPaneDate(WorkspacePane *source, QDate date)
{
    if (!m_record || !date.isValid())
        return;
    m_date = date;
    for (WorkspacePane *pane : std::as_const(m_panes)) {
        if (pane != source)
            pane->setWorkspaceDate(date);
    }
    Q_EMIT workspaceDateChanged(date);
}

void Workspace::focusPane(int index)
{
    if (WorkspacePane *p = pane(index); p && p->view())
        p->view()->setFocus(Qt::ShortcutFocusReason);
}

void Workspace::showOnly(const QString &viewId)
{
    m_restoring = true;
    if (m_panes.first()->setView(viewId)) {
        for (int i = 1; i < m_panes.size(); ++i)
            m_panes.at(i)->hide();
    }
    m_restoring = false;
}

void Workspace::showAllPanes()
{
    for (WorkspacePane *pane : std::as_const(m_panes))
        pane->show();
}

QString Workspace::settingsGroup() const
{
    // The user's name is not written in clear into the settings file: a short hash of it.
    const QByteArray hash
        = QCryptographicHash::hash(m_scope.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return u"workspace/"_s + QString::fromLatin1(hash);
}

void Workspace::setSettingsScope(const QString &user)
{
    m_scope = user;
    if (m_scope.isEmpty())
        return;
    const QSettings settings;
    restoreState(settings);
}

void Workspace::saveState(QSettings &settings) const
{
    settings.beginGroup(settingsGroup());
    settings.setValue(u"views"_s, paneViews());
    settings.setValue(u"splitter"_s, m_splitter->saveState());
    settings.endGroup();
}

bool Workspace::restoreState(const QSettings &settings)
{
    const QString group = settingsGroup();
    const QStringList views = settings.value(group + u"/views"_s).toStringList();
    if (views.isEmpty())
        return false;
    m_restoring = true;
    setPaneViews(views);
    m_splitter->restoreState(settings.value(group + u"/splitter"_s).toByteArray());
    m_restoring = false;
    return true;
}

void Workspace::onLayoutChanged()
{
    if (m_restoring)
        return;
    if (!m_scope.isEmpty()) {
        QSettings settings;
        saveState(settings);
    }
    Q_EMIT layoutChanged();
}

void Workspace::fillLayoutMenu(QMenu *menu)
{
    menu->clear();
    const struct {
        Preset preset;
        QString name;
    } presets[] = { { Preset::Doctor, tr("Doctor: Timeline, Labs, Documents") },
        { Preset::Pharmacist, tr("Pharmacist: Medications, Labs") },
        { Preset::Clerk, tr("Clerk: Timeline, Documents") } };
    for (const auto &entry : presets) {
        QAction *action = menu->addAction(entry.name);
        action->setObjectName(u"presetAction%1"_s.arg(int(entry.preset)));
        connect(action, &QAction::triggered, this,
            [this, preset = entry.preset] { applyPreset(preset); });
    }
    menu->addSeparator();
    auto *counts = new QActionGroup(menu);
    for (const int count : { 2, 3 }) {
        QAction *action = menu->addAction(count == 2 ? tr("Two Panes") : tr("Three Panes"));
        action->setCheckable(true);
        action->setChecked(paneCount() == count);
        counts->addAction(action);
        connect(action, &QAction::triggered, this, [this, count] { setPaneCount(count); });
    }
    menu->addSeparator();
    for (int i = 0; i < paneCount(); ++i) {
        QMenu *sub = menu->addMenu(tr("Pane &%1").arg(i + 1));
        auto *group = new QActionGroup(sub);
        for (const QString &id : m_registry.ids()) {
            QAction *action = sub->addAction(m_registry.title(id));
            action->setCheckable(true);
            action->setChecked(m_panes.at(i)->viewId() == id);
            group->addAction(action);
            connect(action, &QAction::triggered, this, [this, i, id] {
                if (WorkspacePane *p = pane(i))
                    p->setView(id);
            });
        }
    }
}

} // namespace renkei::ui

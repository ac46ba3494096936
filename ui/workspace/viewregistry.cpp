#include "workspace/viewregistry.h"

#include "views/timeline/timelineview.h"
#include "workspace/recordview.h"

// The other views live in their own folders and land on their own; each is registered when its
// header is part of the tree.
#if __has_include("views/labs/labsview.h")
#include "views/labs/labsview.h"
#define RENKEI_HAS_LABS_VIEW 1
#endif
#if __has_include("views/meds/medicationsview.h")
#include "views/meds/medicationsview.h"
#define RENKEI_HAS_MEDS_VIEW 1
#endif
#if __has_include("views/docs/documentsview.h")
#include "views/docs/documentsview.h"
#define RENKEI_HAS_DOCS_VIEW 1
#endif

using namespace Qt::StringLiterals;

namespace renkei::ui {

void ViewRegistry::add(const QString &id, TitleFn title, Factory factory)
{
    for (Entry &entry : m_entries) {
        if (entry.id == id) {
            entry = { id, std::move(title), std::move(factory) };
            return;
        }
    }
    m_entries.append({ id, std::move(title), std::move(factory) });
}

bool ViewRegistry::contains(const QString &id) const
{
    return std::any_of(
        m_entries.cbegin(), m_entries.cend(), [&id](const Entry &entry) { return entry.id == id; });
}

QStringList ViewRegistry::ids() const
{
    QStringList list;
    for (const Entry &entry : m_entries)
        list.append(entry.id);
    return list;
}

QString ViewRegistry::title(const QString &id) const
{
    for (const Entry &entry : m_entries) {
        if (entry.id == id)
            return entry.title();
    }
    return {};
}

RecordView *ViewRegistry::create(const QString &id, QWidget *parent) const
{
    for (const Entry &entry : m_entries) {
        if (entry.id == id)
            return entry.factory(parent);
    }
    return nullptr;
}

ViewRegistry ViewRegistry::builtin()
{
    ViewRegistry registry;
    registry.add(
        u"timeline"_s, [] { return tr("Timeline"); },
        [](QWidget *parent) -> RecordView * { return new TimelineView(parent); });
#ifdef RENKEI_HAS_LABS_VIEW
    registry.add(
        u"labs"_s, [] { return tr("Lab Results"); },
        [](QWidget *parent) -> RecordView * { return new LabsView(parent); });
#endif
#ifdef RENKEI_HAS_MEDS_VIEW
    registry.add(
        u"meds"_s, [] { return tr("Medications"); },
        [](QWidget *parent) -> RecordView * { return new MedicationsView(parent); });
#endif
#ifdef RENKEI_HAS_DOCS_VIEW
    registry.add(
        u"docs"_s, [] { return tr("Documents"); },
        [](QWidget *parent) -> RecordView * { return new DocumentsView(parent); });
#endif
    return registry;
}

} // namespace renkei::ui

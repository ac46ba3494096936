#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

class QWidget;

namespace renkei::ui {

class RecordView;

// The views a workspace pane can show, by id ("timeline", "labs", "meds", "docs"): their names
// for menus and a factory. builtin() holds every view compiled into renkei_ui, so a view plugs
// in when its folder lands, without the workspace changing.
class ViewRegistry {
    Q_DECLARE_TR_FUNCTIONS(ViewRegistry)
public:
    using Factory = std::function<RecordView *(QWidget *parent)>;
    using TitleFn = std::function<QString()>;

    void add(const QString &id, TitleFn title, Factory factory);
    bool contains(const QString &id) const;
    QStringList ids() const; // in the order added
    QString title(const QString &id) const; // translated now
    RecordView *create(const QString &id, QWidget *parent) const; // nullptr for an unknown id

    static ViewRegistry builtin();

private:
    struct Entry {
        QString id;
        TitleFn title;
        Factory factory;
    };
    QList<Entry> m_entries;
};

} // namespace renkei::ui

#pragma once

#include <QAbstractListModel>
#include <QDate>
#include <QDateTime>
#include <QStyledItemDelegate>

namespace renkei::ui {

// One line of the search panel's list: a section header or a patient (from the cache or from
// the network's search).
struct PatientListEntry {
    enum class Source { Header, Cache, Network };
    Source source = Source::Cache;
    QString header; // a header's text
    QString key; // the cache key (Cache), or empty
    QString patientId; // the network's Patient id
    QString network;
    QString kanjiName;
    QString kanaName;
    QDate birthDate;
    QString sex; // model::sexCode
    QString displayId; // the id shown (regional id, else the Patient id)
    QDateTime lastViewed;
};

// The patients the search panel lists (a few hundred at most: no filtering proxy needed).
class PatientListModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role {
        SourceRole = Qt::UserRole + 1,
        KeyRole,
        PatientIdRole,
        KanaRole,
        DetailRole, // "1970/03/01 · 男性 · ID 123"
        HeaderRole, // true for a section header
    };

    using QAbstractListModel::QAbstractListModel;

    void setEntries(QList<PatientListEntry> entries);
    const QList<PatientListEntry> &entries() const { return m_entries; }
    const PatientListEntry *entry(const QModelIndex &index) const;
    int patientCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    static QString sexText(const QString &code);

private:
    QList<PatientListEntry> m_entries;
};

// Two lines per patient (kana small above the kanji name, then birth date, sex and id); a
// section header in small capitals.
class PatientListDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace renkei::ui

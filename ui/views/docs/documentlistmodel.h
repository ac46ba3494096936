#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QSortFilterProxyModel>

#include <memory>

namespace renkei::clinical {
class Documents;
class PatientRecord;
} // namespace renkei::clinical

namespace renkei::ui {

// Discharge summaries and referral letters, newest first: date, kind, title, facility, author,
// attachments. One row per clinical::Documents entry.
class DocumentListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        DateColumn,
        KindColumn,
        TitleColumn,
        FacilityColumn,
        AttachmentColumn,
        ColumnCount
    };
    enum Role {
        EntryRole = Qt::UserRole + 1, // int: the Documents entry
        KindRole, // int: model::ClinicalDocument::Kind
        DateRole, // QDate (Japan time), invalid when undated
        SortRole, // what the column sorts by
    };

    explicit DocumentListModel(QObject *parent = nullptr);
    ~DocumentListModel() override;

    // Both or neither (no patient): the record names the facilities and their colours.
    void setDocuments(std::shared_ptr<const clinical::Documents> documents,
        std::shared_ptr<const clinical::PatientRecord> record);
    const clinical::Documents *documents() const { return m_documents.get(); }
    // The words changed (a language switch): every row and header repaints.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindText(int kind);

private:
    QIcon facilityIcon(int facility) const;
    QString facilityText(int row) const;

    std::shared_ptr<const clinical::Documents> m_documents;
    std::shared_ptr<const clinical::PatientRecord> m_record;
    mutable QHash<int, QIcon> m_icons;
};

// Keeps the rows of one kind (or every kind: -1).
class DocumentKindFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setKind(int kind);
    int kind() const { return m_kind; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    int m_kind = -1;
};

} // namespace renkei::ui

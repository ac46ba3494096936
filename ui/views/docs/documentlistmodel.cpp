#include "views/docs/documentlistmodel.h"

#include "clinical/documents.h"
#include "views/meds/recordformat.h"

using namespace Qt::StringLiterals;
using renkei::model::ClinicalDocument;

namespace renkei::ui {

DocumentListModel::DocumentListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

DocumentListModel::~DocumentListModel() = default;

void DocumentListModel::setDocuments(std::shared_ptr<const clinical::Documents> documents,
    std::shared_ptr<const clinical::PatientRecord> record)
{
    beginResetModel();
    m_documents = record ? std::move(documents) : nullptr;
    m_record = m_documents ? std::move(record) : nullptr;
    m_icons.clear();
    endResetModel();
}

void DocumentListModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int DocumentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_documents ? 0 : m_documents->count();
}

int DocumentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DocumentListModel::kindText(int kind)
{
    switch (ClinicalDocument::Kind(kind)) {
    case ClinicalDocument::Kind::DischargeSummary:
        return tr("Discharge summary");
    case ClinicalDocument::Kind::Referral:
        return tr("Referral letter");
    case ClinicalDocument::Kind::Other:
        return tr("Other document");
    }
    return {};
}

QVariant DocumentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case KindColumn:
        return tr("Type");
    case TitleColumn:
        return tr("Title");
    case FacilityColumn:
        return tr("Facility");
    case AttachmentColumn:
        return tr("Attachments");
    default:
        return {};
    }
}

QVariant DocumentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !m_documents)
        return {};
    const clinical::DocumentEntry &entry = m_documents->entry(index.row());
    const ClinicalDocument &doc = m_documents->document(index.row());
    const QDate date = clinical::japanDate(entry.time);
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            return format::date(date);
        case KindColumn:
            return kindText(int(entry.kind));
        case TitleColumn:
            return entry.title;
        case FacilityColumn:
            return facilityText(index.row());
        case AttachmentColumn:
            return entry.hasPdf ? tr("PDF") : QString();
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        QStringList lines { kindText(int(entry.kind)) + u"　"_s + entry.title };
        lines.append(tr("Date: %1").arg(format::date(date)));
        lines.append(tr("Facility: %1").arg(facilityText(index.row())));
        if (!doc.author.isEmpty())
            lines.append(tr("Author: %1").arg(doc.author));
        if (!doc.destination.isEmpty())
            lines.append(tr("To: %1").arg(doc.destination));
        if (entry.attachmentCount > 0)
            lines.append(tr("%n attachment(s)", nullptr, entry.attachmentCount));
        return lines.join(u'\n');
    }
    case Qt::DecorationRole:
        if (index.column() == FacilityColumn && entry.facility >= 0)
            return facilityIcon(entry.facility);
        return {};
    case EntryRole:
        return index.row();
    case KindRole:
        return int(entry.kind);
    case DateRole:
        return date;
    case SortRole:
        if (index.column() == DateColumn)
            return entry.time;
        return data(index, Qt::DisplayRole);
    default:
        return {};
    }
}

QIcon DocumentListModel::facilityIcon(int facility) const
{
    const auto it = m_icons.constFind(facility);
    if (it != m_icons.cend())
        return *it;
    const auto &facilities = m_record->facilities();
    const QIcon icon = format::colourChip(format::facilityColour(
        facility < facilities.size() ? facilities.at(facility).colourIndex : -1));
    m_icons.insert(facility, icon);
    return icon;
}

QString DocumentListModel::facilityText(int row) const
{
    const clinical::DocumentEntry &entry = m_documents->entry(row);
    if (entry.facility >= 0)
        return format::facilityName(m_record.get(), entry.facility);
    const ClinicalDocument &doc = m_documents->document(row);
    if (!doc.facility.name.isEmpty())
        return doc.facility.name;
    return doc.facility.code.isEmpty() ? format::facilityName(nullptr, -1) : doc.facility.code;
}

void DocumentKindFilter::setKind(int kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateFilter();
}

bool DocumentKindFilter::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_kind < 0)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return index.data(DocumentListModel::KindRole).toInt() == m_kind;
}

} // namespace renkei::ui

#include "workspace/patientlistmodel.h"

#include <QApplication>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace renkei::ui {

void PatientListModel::setEntries(QList<PatientListEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

const PatientListEntry *PatientListModel::entry(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_entries.size())
        return nullptr;
    return &m_entries.at(index.row());
}

int PatientListModel::patientCount() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(),
        [](const PatientListEntry &e) { return e.source != PatientListEntry::Source::Header; }));
}

int PatientListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QString PatientListModel::sexText(const QString &code)
{
    if (code == u"male"_s)
        return tr("Male");
    if (code == u"female"_s)
        return tr("Female");
    if (code == u"other"_s)
        return tr("Other");
    return {};
}

QVariant PatientListModel::data(const QModelIndex &index, int role) const
{
    const PatientListEntry *e = entry(index);
    if (!e)
        return {};
    const bool header = e->source == PatientListEntry::Source::Header;
    switch (role) {
    case Qt::DisplayRole:
        if (header)
            return e->header;
        return !e->kanjiName.isEmpty() ? e->kanjiName : e->kanaName;
    case Qt::AccessibleTextRole: {
        if (header)
            return e->header;
        return u"%1 %2 %3"_s.arg(e->kanjiName, e->kanaName, data(index, DetailRole).toString());
    }
    case SourceRole:
        return int(e->source);
    case KeyRole:
        return e->key;
    case PatientIdRole:
        return e->patientId;
    case KanaRole:
        return e->kanaName != e->kanjiName ? e->kanaName : QString();
    case HeaderRole:
        return header;
    case DetailRole: {
        QStringList parts;
        if (e->birthDate.isValid())
            parts.append(e->birthDate.toString(u"yyyy/MM/dd"_s));
        if (const QString sex = sexText(e->sex); !sex.isEmpty())
            parts.append(sex);
        if (!e->displayId.isEmpty())
            parts.append(tr("ID %1").arg(e->displayId));
        return parts.join(u"  ·  "_s);
    }
    default:
        return {};
    }
}

Qt::ItemFlags PatientListModel::flags(const QModelIndex &index) const
{
    const PatientListEntry *e = entry(index);
    if (!e)
        return Qt::NoItemFlags;
    if (e->source == PatientListEntry::Source::Header)
        return Qt::ItemIsEnabled;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

void PatientListDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    initStyleOption(&opt, index);
    painter->save();
    const QRect r = option.rect;
    if (index.data(PatientListModel::HeaderRole).toBool()) {
        QFont f = option.font;
        f.setPointSizeF(f.pointSizeF() * 0.85);
        f.setWeight(QFont::DemiBold);
        painter->setFont(f);
        painter->setPen(option.palette.color(QPalette::PlaceholderText));
        painter->drawText(
            r.adjusted(16, 8, -12, -2), Qt::AlignLeft | Qt::AlignBottom, index.data().toString());
        painter->restore();
        return;
    }
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    if (selected)
        painter->fillRect(r, option.palette.highlight());
    else if (option.state.testFlag(QStyle::State_MouseOver))
        painter->fillRect(r, option.palette.color(QPalette::AlternateBase));
    const QColor text = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = selected ? text : option.palette.color(QPalette::PlaceholderText);
    QFont small = option.font;
    small.setPointSizeF(small.pointSizeF() * 0.85);
    QFont name = option.font;
    name.setPointSizeF(name.pointSizeF() * 1.1);
    name.setWeight(QFont::DemiBold);
    const QFontMetrics smallMetrics(small);
    const QFontMetrics nameMetrics(name);
    int y = r.top() + 6;
    const QRect inner = r.adjusted(16, 0, -12, 0);
    painter->setFont(small);
    painter->setPen(muted);
    painter->drawText(QRect(inner.left(), y, inner.width(), smallMetrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter,
        smallMetrics.elidedText(
            index.data(PatientListModel::KanaRole).toString(), Qt::ElideRight, inner.width()));
    y += smallMetrics.height();
    painter->setFont(name);
    painter->setPen(text);
    painter->drawText(QRect(inner.left(), y, inner.width(), nameMetrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter,
        nameMetrics.elidedText(index.data().toString(), Qt::ElideRight, inner.width()));
    y += nameMetrics.height() + 1;
    painter->setFont(small);
    painter->setPen(muted);
    painter->drawText(QRect(inner.left(), y, inner.width(), smallMetrics.height()),
        Qt::AlignLeft | Qt::AlignVCenter,
        smallMetrics.elidedText(
            index.data(PatientListModel::DetailRole).toString(), Qt::ElideRight, inner.width()));
    painter->setPen(option.palette.color(QPalette::Midlight));
    painter->drawLine(r.left() + 16, r.bottom(), r.right(), r.bottom());
    painter->restore();
}

QSize PatientListDelegate::sizeHint(
    const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics metrics(option.font);
    if (index.data(PatientListModel::HeaderRole).toBool())
        return { 200, metrics.height() + 14 };
    return { 200, int(metrics.height() * 3.2) + 14 };
}

} // namespace renkei::ui

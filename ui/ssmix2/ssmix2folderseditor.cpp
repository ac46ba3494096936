#include "ssmix2/ssmix2folderseditor.h"

#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace renkei::ui {

Ssmix2FoldersEditor::Ssmix2FoldersEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 3, this))
    , m_add(new QPushButton(this))
    , m_remove(new QPushButton(this))
{
    setObjectName(u"ssmix2FoldersEditor"_s);
    m_table->setObjectName(u"ssmix2FoldersTable"_s);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setMinimumHeight(90);
    m_add->setObjectName(u"ssmix2AddButton"_s);
    m_remove->setObjectName(u"ssmix2RemoveButton"_s);
    m_remove->setEnabled(false);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(buttons);

    connect(m_add, &QPushButton::clicked, this, &Ssmix2FoldersEditor::addFolder);
    connect(m_remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    connect(m_table, &QTableWidget::currentCellChanged, this,
        [this](int row) { m_remove->setEnabled(row >= 0); });
    retranslateUi();
}

void Ssmix2FoldersEditor::setFolders(const QList<net::Ssmix2Folder> &folders)
{
    m_table->setRowCount(0);
    for (const net::Ssmix2Folder &folder : folders)
        appendRow(folder);
    m_remove->setEnabled(false);
}

QList<net::Ssmix2Folder> Ssmix2FoldersEditor::folders() const
{
    QList<net::Ssmix2Folder> out;
    auto text = [this](int row, int column) {
        const QTableWidgetItem *item = m_table->item(row, column);
        return item ? item->text().trimmed() : QString();
    };
    for (int row = 0; row < m_table->rowCount(); ++row) {
        net::Ssmix2Folder folder { text(row, 0), text(row, 1), text(row, 2) };
        if (!folder.path.isEmpty())
            out.append(folder);
    }
    return out;
}

QString Ssmix2FoldersEditor::invalidFacilityCode() const
{
    for (const net::Ssmix2Folder &folder : folders()) {
        if (!net::isValidFacilityCode(folder.facilityCode))
            return folder.facilityCode;
    }
    return {};
}

void Ssmix2FoldersEditor::addFolder()
{
    const QString path = m_chooser
        ? m_chooser()
        : QFileDialog::getExistingDirectory(this, tr("Choose an SS-MIX2 Folder"));
    if (path.isEmpty())
        return;
    appendRow({ QDir::toNativeSeparators(path), {}, {} });
    m_table->setCurrentCell(m_table->rowCount() - 1, 1);
}

void Ssmix2FoldersEditor::appendRow(const net::Ssmix2Folder &folder)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, 0, new QTableWidgetItem(folder.path));
    m_table->setItem(row, 1, new QTableWidgetItem(folder.facilityCode));
    m_table->setItem(row, 2, new QTableWidgetItem(folder.facilityName));
}

void Ssmix2FoldersEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void Ssmix2FoldersEditor::retranslateUi()
{
    m_table->setHorizontalHeaderLabels(
        { tr("Folder"), tr("Facility code (10 digits)"), tr("Facility name") });
    m_add->setText(tr("Add Folder…"));
    m_remove->setText(tr("Remove Folder"));
}

} // namespace renkei::ui

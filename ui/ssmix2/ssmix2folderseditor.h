#pragma once

#include "net/networkprofile.h"

#include <QList>
#include <QWidget>

#include <functional>

class QPushButton;
class QTableWidget;

namespace renkei::ui {

// The "SS-MIX2 folders" part of the Network Settings dialog (issue 8 §4): the profile's SS-MIX2
// storages, each a folder (local or a mounted share) with its facility's 10-digit code and
// name. Add asks for a folder (QFileDialog, or the chooser tests set); the code and name are
// typed into the table.
class Ssmix2FoldersEditor : public QWidget {
    Q_OBJECT
public:
    explicit Ssmix2FoldersEditor(QWidget *parent = nullptr);

    void setFolders(const QList<net::Ssmix2Folder> &folders);
    QList<net::Ssmix2Folder> folders() const; // trimmed, rows without a path left out
    // The first facility code that is neither empty nor 10 digits; empty when all are valid.
    QString invalidFacilityCode() const;

    // Asks for the folder to add (default: QFileDialog::getExistingDirectory); tests answer it.
    void setFolderChooser(std::function<QString()> chooser) { m_chooser = std::move(chooser); }
    QTableWidget *table() const { return m_table; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void addFolder();
    void appendRow(const net::Ssmix2Folder &folder);
    void retranslateUi();

    QTableWidget *m_table;
    QPushButton *m_add;
    QPushButton *m_remove;
    std::function<QString()> m_chooser;
};

} // namespace renkei::ui

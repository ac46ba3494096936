#pragma once

#include "net/networkpolicy.h"
#include "summaryoptions.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QPrinter;
class QTextDocument;
class QWidget;

namespace renkei::audit {
class AuditLog;
}
namespace renkei::clinical {
class PatientRecord;
}

namespace renkei::ui::print {

// File › Print… and File › Export as PDF… for the open patient (issue 7 §1, §2, §4, §5): the
// summary dialog, the print preview (QPrintPreviewDialog) or the PDF file, under the network's
// policy (a forbidden action is disabled and its tooltip says why), and an audit entry for every
// print and export (who, which patient, which sections, the printer or the file).
class PrintActions : public QObject {
    Q_OBJECT
public:
    // Seams, so tests answer what a user would: the summary dialog, the file to write, and the
    // print dialog (accepted or not; it prints into the printer it is given).
    using OptionsPrompt
        = std::function<std::optional<SummaryOptions>(QWidget *parent, bool forExport)>;
    using FilePrompt = std::function<QString(QWidget *parent)>;
    using PreviewPrompt = std::function<bool(
        QWidget *parent, QPrinter &printer, const std::function<void(QPrinter *)> &paint)>;

    PrintActions(QAction &print, QAction &exportPdf, QObject *parent = nullptr);

    void setPolicy(const net::NetworkPolicy &policy, const QString &networkName);
    const net::NetworkPolicy &policy() const { return m_policy; }
    void setRecord(std::shared_ptr<const clinical::PatientRecord> record);
    void setAuditLog(audit::AuditLog *log) { m_audit = log; }
    // Who prints where, for the footer (the time is taken when printing).
    void setPrinter(const QString &user, const QString &facility);

    void setOptionsPrompt(OptionsPrompt prompt) { m_optionsPrompt = std::move(prompt); }
    void setFilePrompt(FilePrompt prompt) { m_filePrompt = std::move(prompt); }
    void setPreviewPrompt(PreviewPrompt prompt) { m_previewPrompt = std::move(prompt); }

    // Why an action is not available now (empty: it is).
    QString printBlockedReason() const;
    QString exportBlockedReason() const;

    // The summary: asks for sections and period, then previews (print) or writes the PDF.
    bool printSummary(QWidget *parent);
    bool exportSummary(QWidget *parent);
    // The current view's document (ViewPrint): previewed and printed under the same policy;
    // `what` names it in the audit log ("labs", "meds", "document").
    bool printView(QWidget *parent, QTextDocument &document, const QString &what);

    PrintContext context() const;

Q_SIGNALS:
    // For the status bar: "Printed." / "Exported to …" / why not.
    void message(const QString &text);

private:
    void update();
    bool preview(QWidget *parent, const std::function<void(QPrinter *)> &paint, QString &target);
    void audit(bool exported, const QStringList &sections, const QString &target, bool ok,
        const QString &why = {});

    QAction &m_print;
    QAction &m_export;
    net::NetworkPolicy m_policy;
    QString m_networkName;
    std::shared_ptr<const clinical::PatientRecord> m_record;
    audit::AuditLog *m_audit = nullptr;
    QString m_user;
    QString m_facility;
    OptionsPrompt m_optionsPrompt;
    FilePrompt m_filePrompt;
    PreviewPrompt m_previewPrompt;
};

} // namespace renkei::ui::print

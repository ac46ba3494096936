#include "printactions.h"

#include "audit/auditlog.h"
#include "clinical/patientrecord.h"
#include "pageprinter.h"
#include "summarydialog.h"
#include "summarydocument.h"

#include <QAction>
#include <QFileDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QTextDocument>

using namespace Qt::Literals::StringLiterals;

namespace renkei::ui::print {

PrintActions::PrintActions(QAction &print, QAction &exportPdf, QObject *parent)
    : QObject(parent)
    , m_print(print)
    , m_export(exportPdf)
{
    connect(&m_print, &QAction::triggered, this,
        [this] { printSummary(qobject_cast<QWidget *>(m_print.parent())); });
    connect(&m_export, &QAction::triggered, this,
        [this] { exportSummary(qobject_cast<QWidget *>(m_export.parent())); });
    update();
}

void PrintActions::setPolicy(const net::NetworkPolicy &policy, const QString &networkName)
{
    m_policy = policy;
    m_networkName = networkName;
    update();
}

void PrintActions::setRecord(std::shared_ptr<const clinical::PatientRecord> record)
{
    m_record = std::move(record);
    update();
}

void PrintActions::setPrinter(const QString &user, const QString &facility)
{
    m_user = user;
    m_facility = facility;
}

QString PrintActions::printBlockedReason() const
{
    if (!m_policy.printAllowed)
        return tr("The network's policy (%1) does not allow printing on this workstation.")
            .arg(m_networkName);
    if (!m_record)
        return tr("Open a patient to print their summary.");
    return {};
}

QString PrintActions::exportBlockedReason() const
{
    if (!m_policy.exportAllowed)
        return tr("The network's policy (%1) does not allow exporting patient data.")
            .arg(m_networkName);
    if (!m_record)
        return tr("Open a patient to export their summary.");
    return {};
}

void PrintActions::update()
{
    const QString printWhy = printBlockedReason();
    m_print.setEnabled(printWhy.isEmpty());
    m_print.setToolTip(
        printWhy.isEmpty() ? tr("Print the patient summary (preview first)") : printWhy);
    const QString exportWhy = exportBlockedReason();
    m_export.setEnabled(exportWhy.isEmpty());
    m_export.setToolTip(
        exportWhy.isEmpty() ? tr("Save the patient summary as a PDF file") : exportWhy);
}

PrintContext PrintActions::context() const
{
    return PrintContext { m_user, m_facility, QDateTime::currentDateTime() };
}

void PrintActions::audit(
    bool exported, const QStringList &sections, const QString &target, bool ok, const QString &why)
{
    if (!m_audit || !m_record)
        return;
    audit::AuditDetails details;
    details.sections = sections;
    details.target = target;
    details.outcome = ok ? audit::Outcome::Success : audit::Outcome::Failure;
    details.reason = why;
    // The log names the patient by the cache's opaque key only.
    if (!m_audit->append(
            exported ? audit::Action::Export : audit::Action::Print, m_record->cacheKey(), details))
        Q_EMIT message(tr("Warning: this print or export could not be recorded in the audit log."));
}

bool PrintActions::preview(
    QWidget *parent, const std::function<void(QPrinter *)> &paint, QString &target)
{
    QPrinter printer(QPrinter::HighResolution);
    preparePrinter(printer, SummaryDocument::title());
    bool accepted = false;
    if (m_previewPrompt) {
        accepted = m_previewPrompt(parent, printer, paint);
    } else {
        QPrintPreviewDialog dialog(&printer, parent);
        dialog.setWindowTitle(tr("Print Preview"));
        connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, paint);
        accepted = dialog.exec() == QDialog::Accepted;
    }
    target = printer.outputFormat() == QPrinter::PdfFormat ? printer.outputFileName()
                                                           : printer.printerName();
    return accepted;
}

bool PrintActions::printSummary(QWidget *parent)
{
    const QString why = printBlockedReason();
    if (!why.isEmpty()) {
        Q_EMIT message(why);
        return false;
    }
    const QDate today = QDate::currentDate();
    std::optional<SummaryOptions> options;
    if (m_optionsPrompt) {
        options = m_optionsPrompt(parent, false);
    } else {
        SummaryDialog dialog(SummaryDialog::Purpose::Print, today, parent);
        if (dialog.exec() == QDialog::Accepted)
            options = dialog.options();
    }
    if (!options)
        return false;
    const PrintContext ctx = context();
    auto doc = SummaryDocument::build(m_record, *options, ctx);
    QString target;
    const bool printed = preview(
        parent, [&](QPrinter *printer) { PagePrinter::print(*doc, *printer, ctx); }, target);
    if (!printed)
        return false;
    audit(false, sectionNames(options->sections), target, true);
    Q_EMIT message(tr("The patient summary was sent to the printer."));
    return true;
}

bool PrintActions::printView(QWidget *parent, QTextDocument &document, const QString &what)
{
    const QString why = printBlockedReason();
    if (!why.isEmpty()) {
        Q_EMIT message(why);
        return false;
    }
    const PrintContext ctx = context();
    QString target;
    if (!preview(
            parent, [&](QPrinter *printer) { PagePrinter::print(document, *printer, ctx); },
            target))
        return false;
    audit(false, { what }, target, true);
    return true;
}

bool PrintActions::exportSummary(QWidget *parent)
{
    const QString why = exportBlockedReason();
    if (!why.isEmpty()) {
        Q_EMIT message(why);
        return false;
    }
    std::optional<SummaryOptions> options;
    if (m_optionsPrompt) {
        options = m_optionsPrompt(parent, true);
    } else {
        SummaryDialog dialog(SummaryDialog::Purpose::Export, QDate::currentDate(), parent);
        if (dialog.exec() == QDialog::Accepted)
            options = dialog.options();
    }
    if (!options)
        return false;
    QString path = m_filePrompt
        ? m_filePrompt(parent)
        : QFileDialog::getSaveFileName(parent, tr("Export Patient Summary as PDF"),
            tr("patient-summary.pdf"), tr("PDF documents (*.pdf)"));
    if (path.isEmpty())
        return false;
    if (!path.endsWith(u".pdf"_s, Qt::CaseInsensitive))
        path += u".pdf"_s;
    const int pages = writeSummaryPdf(m_record, *options, context(), path);
    audit(true, sectionNames(options->sections), path, pages > 0,
        pages > 0 ? QString() : u"the file could not be written"_s);
    Q_EMIT message(pages > 0 ? tr("Exported the patient summary to %1.").arg(path)
                             : tr("The PDF file could not be written: %1").arg(path));
    return pages > 0;
}

} // namespace renkei::ui::print

#include "workspace/patientsearchpanel.h"

#include "model/wareki.h"
#include "net/fhirclient.h"
#include "signinerrors.h"
#include "workspace/patientopener.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QRegularExpression>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace renkei::ui {

namespace {

constexpr int kRecentCount = 8;
const QString kFacilityPatientIdPrefix = u"urn:oid:1.2.392.100495.20.3.51."_s;

QString displayIdOf(const QStringList &identifiers, const QString &fallback)
{
    for (const QString &id : identifiers) {
        const qsizetype bar = id.indexOf(u'|');
        if (!id.startsWith(kFacilityPatientIdPrefix) && bar >= 0)
            return id.mid(bar + 1);
    }
    return fallback;
}

// Looks like an id rather than a name: ASCII letters, digits and -._ only, with a digit.
bool looksLikeId(const QString &text)
{
    static const QRegularExpression id(u"^[A-Za-z0-9._\\-|:]*[0-9][A-Za-z0-9._\\-|:]*$"_s);
    return id.match(text).hasMatch();
}

PatientListEntry headerEntry(const QString &text)
{
    PatientListEntry e;
    e.source = PatientListEntry::Source::Header;
    e.header = text;
    return e;
}

} // namespace

PatientSearchPanel::PatientSearchPanel(PatientOpener &opener, QWidget *parent)
    : QWidget(parent)
    , m_opener(opener)
{
    setObjectName(u"patientSearchPanel"_s);
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    setMinimumWidth(260);

    m_header = new QLabel(this);
    m_header->setObjectName(u"patientSearchHeader"_s);
    QFont headerFont = m_header->font();
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.1);
    headerFont.setWeight(QFont::DemiBold);
    m_header->setFont(headerFont);

    m_query = new QLineEdit(this);
    m_query->setObjectName(u"patientSearchQuery"_s);
    m_query->setClearButtonEnabled(true);
    m_birth = new QLineEdit(this);
    m_birth->setObjectName(u"patientSearchBirth"_s);
    m_birth->setClearButtonEnabled(true);
    m_sex = new QComboBox(this);
    m_sex->setObjectName(u"patientSearchSex"_s);
    m_sex->addItem(QString(), QString());
    m_sex->addItem(QString(), u"male"_s);
    m_sex->addItem(QString(), u"female"_s);
    m_networkButton = new QPushButton(this);
    m_networkButton->setObjectName(u"patientSearchNetwork"_s);
    m_status = new QLabel(this);
    m_status->setObjectName(u"patientSearchStatus"_s);
    m_status->setWordWrap(true);
    m_status->setForegroundRole(QPalette::PlaceholderText);

    m_model = new PatientListModel(this);
    m_list = new QListView(this);
    m_list->setObjectName(u"patientSearchResults"_s);
    m_list->setModel(m_model);
    m_list->setItemDelegate(new PatientListDelegate(m_list));
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setMouseTracking(true);
    m_list->setUniformItemSizes(false);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);

    auto *fields = new QWidget(this);
    auto *fieldsLayout = new QVBoxLayout(fields);
    fieldsLayout->setContentsMargins(16, 14, 16, 10);
    fieldsLayout->setSpacing(8);
    fieldsLayout->addWidget(m_header);
    fieldsLayout->addWidget(m_query);
    auto *row = new QHBoxLayout;
    row->setSpacing(6);
    row->addWidget(m_birth, 3);
    row->addWidget(m_sex, 2);
    fieldsLayout->addLayout(row);
    fieldsLayout->addWidget(m_networkButton);
    fieldsLayout->addWidget(m_status);

    auto *rule = new QFrame(this);
    rule->setFrameShape(QFrame::HLine);
    rule->setFrameShadow(QFrame::Plain);
    rule->setForegroundRole(QPalette::Midlight);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(fields);
    layout->addWidget(rule);
    layout->addWidget(m_list, 1);

    // Filtered as you type, a moment after the last key.
    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(120);
    connect(m_typing, &QTimer::timeout, this, &PatientSearchPanel::filterLocal);
    for (QLineEdit *edit : { m_query, m_birth }) {
        connect(edit, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
        connect(edit, &QLineEdit::returnPressed, this, [this] {
            filterLocal();
            if (m_opener.client())
                searchNetwork();
        });
    }
    connect(m_sex, &QComboBox::currentIndexChanged, this, &PatientSearchPanel::filterLocal);
    connect(m_networkButton, &QPushButton::clicked, this, &PatientSearchPanel::searchNetwork);
    connect(m_list, &QListView::activated, this, &PatientSearchPanel::activate);
    connect(
        &m_opener, &PatientOpener::cachedPatientsChanged, this, &PatientSearchPanel::refreshCached);
    connect(
        &m_opener, &PatientOpener::networkChanged, this, &PatientSearchPanel::updateNetworkState);
    setFocusProxy(m_query);
    retranslateUi();
    refreshCached();
}

PatientSearchPanel::~PatientSearchPanel() = default;

QString PatientSearchPanel::matchText(const QString &text)
{
    QString s = text.normalized(QString::NormalizationForm_KC).toLower();
    for (QChar &c : s) {
        const char16_t u = c.unicode();
        if (u >= 0x3041 && u <= 0x3096)
            c = QChar(char16_t(u + 0x60)); // ひらがな → カタカナ
    }
    s.remove(QRegularExpression(u"\\s"_s));
    return s;
}

void PatientSearchPanel::focusSearch()
{
    m_query->setFocus(Qt::ShortcutFocusReason);
    m_query->selectAll();
}

void PatientSearchPanel::setHeaderVisible(bool visible)
{
    m_header->setVisible(visible);
}

void PatientSearchPanel::refreshCached()
{
    m_cached.clear();
    m_cacheFailed = false;
    if (cache::Cache *cache = m_opener.cache()) {
        auto list = cache->listPatients();
        if (list)
            m_cached = std::move(list.value());
        else
            m_cacheFailed = true;
    }
    filterLocal();
}

void PatientSearchPanel::clearResults()
{
    if (m_search)
        m_search->cancel();
    m_query->clear();
    m_birth->clear();
    m_sex->setCurrentIndex(0);
    m_cached.clear();
    m_networkResults.clear();
    m_model->setEntries({});
    m_status->clear();
}

void PatientSearchPanel::filterLocal()
{
    const QString needle = matchText(m_query->text());
    const QString birthText = m_birth->text().trimmed();
    const auto birth = model::parseTypedDate(birthText);
    const QString sex = m_sex->currentData().toString();
    QList<PatientListEntry> entries;
    QList<PatientListEntry> recent;
    QList<PatientListEntry> matches;
    for (const cache::CachedPatient &p : std::as_const(m_cached)) {
        if (!needle.isEmpty()) {
            bool hit = matchText(p.kanjiName).contains(needle)
                || matchText(p.kanaName).contains(needle) || matchText(p.otherName).contains(needle)
                || matchText(p.patientId) == needle;
            for (const QString &id : p.identifiers)
                hit = hit || matchText(id.mid(id.indexOf(u'|') + 1)).startsWith(needle);
            if (!hit)
                continue;
        }
        if (birth) {
            const QDate d = p.birthDate;
            const bool same = birth->precision == model::TypedDate::Precision::Year
                ? d.year() == birth->date.year()
                : birth->precision == model::TypedDate::Precision::Month
                ? d.year() == birth->date.year() && d.month() == birth->date.month()
                : d == birth->date;
            if (!same)
                continue;
        }
        if (!sex.isEmpty() && p.sex != sex)
            continue;
        PatientListEntry e;
        e.source = PatientListEntry::Source::Cache;
        e.key = p.key;
        e.patientId = p.patientId;
        e.network = p.network;
        e.kanjiName = p.kanjiName;
        e.kanaName = p.kanaName;
        e.birthDate = p.birthDate;
        e.sex = p.sex;
        e.displayId = displayIdOf(p.identifiers, p.patientId);
        e.lastViewed = p.lastViewed;
        matches.append(e);
    }
    const bool filtering = !needle.isEmpty() || birth || !sex.isEmpty();
    std::sort(matches.begin(), matches.end(),
        [](const auto &a, const auto &b) { return a.kanaName < b.kanaName; });
    if (!filtering) {
        // Recently viewed first.
        for (const auto &e : std::as_const(matches)) {
            if (e.lastViewed.isValid())
                recent.append(e);
        }
        std::sort(recent.begin(), recent.end(),
            [](const auto &a, const auto &b) { return a.lastViewed > b.lastViewed; });
        if (recent.size() > kRecentCount)
            recent.resize(kRecentCount);
    }
    if (!recent.isEmpty()) {
        entries.append(headerEntry(tr("Recent patients")));
        entries += recent;
    }
    if (!recent.isEmpty()) {
        // Listed once: the recent ones are not repeated below.
        matches.erase(std::remove_if(matches.begin(), matches.end(),
                          [&recent](const PatientListEntry &e) {
                              return std::any_of(recent.cbegin(), recent.cend(),
                                  [&e](const PatientListEntry &r) { return r.key == e.key; });
                          }),
            matches.end());
    }
    if (!matches.isEmpty()) {
        const int n = int(matches.size());
        entries.append(headerEntry(filtering ? tr("On this computer (%n)", nullptr, n)
                : recent.isEmpty()           ? tr("All cached patients (%n)", nullptr, n)
                                             : tr("Other cached patients (%n)", nullptr, n)));
        entries += matches;
    }
    if (!m_networkResults.isEmpty()) {
        entries.append(
            headerEntry(tr("On the network (%n)", nullptr, int(m_networkResults.size()))));
        entries += m_networkResults;
    }
    m_model->setEntries(entries);
    if (!birthText.isEmpty() && !birth)
        showStatus(
            tr("The birth date cannot be read. Try 1970/03/01, S45.3.1 or 昭和45年3月1日."), true);
    else if (m_cacheFailed)
        showStatus(tr("The cached patients could not be read."), true);
    else if (!m_opener.cache())
        showStatus(tr("No local cache is open yet."));
    else if (filtering && matches.isEmpty() && m_networkResults.isEmpty())
        showStatus(m_opener.client()
                ? tr("No cached patient matches. Press Enter to search the network.")
                : tr("No cached patient matches."));
    else if (m_cached.isEmpty() && m_networkResults.isEmpty())
        showStatus(
            m_opener.client() ? tr(
                "No patients on this computer yet. Search the network by name, birth date or id.")
                              : tr("No patients on this computer yet."));
    else
        showStatus(QString());
}

void PatientSearchPanel::searchNetwork()
{
    net::FhirClient *client = m_opener.client();
    if (!client)
        return;
    const QString text = m_query->text().trimmed();
    const auto birth = model::parseTypedDate(m_birth->text());
    const QString sex = m_sex->currentData().toString();
    if (!m_birth->text().trimmed().isEmpty() && !birth) {
        filterLocal();
        return;
    }
    if (text.isEmpty() && !birth) {
        showStatus(tr("Type a name, an id or a birth date to search the network."), true);
        return;
    }
    QUrlQuery params;
    if (!text.isEmpty())
        params.addQueryItem(looksLikeId(text) ? u"identifier"_s : u"name"_s, text);
    if (birth)
        params.addQueryItem(u"birthdate"_s, birth->toFhirDate());
    if (!sex.isEmpty())
        params.addQueryItem(u"gender"_s, sex);
    params.addQueryItem(u"_count"_s, u"50"_s);
    if (m_search)
        m_search->cancel();
    net::PagingOptions options;
    options.maxPages = 1;
    m_search = client->search(u"Patient"_s, params, options, this);
    {
        QStringList names;
        for (const auto &item : params.queryItems())
            names.append(item.first);
        Q_EMIT networkSearchStarted(names);
    }
    m_networkResults.clear();
    showStatus(tr("Searching the network…"));
    m_networkButton->setEnabled(false);
    connect(m_search, &net::FhirPaging::pageReady, this, [this](const net::FhirPage &page) {
        for (const model::Patient &p : page.parsed.resources.patients) {
            PatientListEntry e;
            e.source = PatientListEntry::Source::Network;
            e.patientId = p.id;
            e.network = m_opener.networkId();
            e.kanjiName = p.kanjiName.isEmpty() ? p.otherName : p.kanjiName;
            e.kanaName = p.kanaName;
            e.birthDate = p.birthDate;
            e.sex = model::sexCode(p.sex);
            QStringList ids;
            for (const model::Identifier &id : p.identifiers)
                ids.append(id.system + u'|' + id.value);
            e.displayId = displayIdOf(ids, p.id);
            m_networkResults.append(e);
        }
    });
    connect(m_search, &net::FhirPaging::finished, this, &PatientSearchPanel::finishNetworkSearch);
}

void PatientSearchPanel::finishNetworkSearch()
{
    net::FhirPaging *search = m_search;
    if (!search)
        return;
    const Result<void> result = search->result();
    search->deleteLater();
    m_search = nullptr;
    updateNetworkState();
    filterLocal();
    if (!result) {
        if (result.error().kind == Error::Kind::Cancelled)
            return;
        showStatus(
            tr("The network search failed: %1").arg(SignInErrors::describe(result.error()).title),
            true);
        return;
    }
    if (m_networkResults.isEmpty())
        showStatus(tr("No patient on the network matches."));
    else
        showStatus(
            tr("%n patient(s) found on the network.", nullptr, int(m_networkResults.size())));
}

void PatientSearchPanel::activate(const QModelIndex &index)
{
    const PatientListEntry *e = m_model->entry(index);
    if (!e)
        return;
    switch (e->source) {
    case PatientListEntry::Source::Header:
        return;
    case PatientListEntry::Source::Cache:
        m_opener.openCached(e->key);
        return;
    case PatientListEntry::Source::Network:
        m_opener.openFromNetwork(e->patientId);
        return;
    }
}

void PatientSearchPanel::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    m_status->setStyleSheet(error ? u"color: #b42318;"_s : QString());
}

void PatientSearchPanel::updateNetworkState()
{
    m_networkButton->setVisible(m_opener.client() != nullptr);
    m_networkButton->setEnabled(m_opener.client() != nullptr && !m_search);
    if (!m_opener.client())
        m_networkResults.clear();
}

void PatientSearchPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void PatientSearchPanel::retranslateUi()
{
    m_header->setText(tr("Patient Search"));
    m_query->setPlaceholderText(tr("Name (kanji or kana) or ID"));
    m_query->setAccessibleName(tr("Patient name or ID"));
    m_birth->setPlaceholderText(tr("Birth date, e.g. S45.3.1"));
    m_birth->setToolTip(
        tr("1970/03/01, 19700301, S45.3.1 or 昭和45年3月1日; a year alone works too"));
    m_birth->setAccessibleName(tr("Birth date"));
    m_sex->setItemText(0, tr("Any sex"));
    m_sex->setItemText(1, tr("Male"));
    m_sex->setItemText(2, tr("Female"));
    m_sex->setAccessibleName(tr("Sex"));
    m_networkButton->setText(tr("Search the Network"));
    m_networkButton->setToolTip(tr("Search the regional network's patients (Enter)"));
    m_list->setAccessibleName(tr("Patients"));
    updateNetworkState();
    filterLocal();
}

} // namespace renkei::ui

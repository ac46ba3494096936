#include "clinical/patientrecord.h"
#include "fhir/writer.h"
#include "workspace/patientarea.h"
#include "workspace/patientbanner.h"
#include "workspace/patientopener.h"
#include "workspace/patientsearchpanel.h"
#include "workspace/workspace.h"

#include <QComboBox>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using renkei::ui::PatientArea;
using renkei::ui::PatientListEntry;
using renkei::ui::PatientOpener;
using renkei::ui::PatientSearchPanel;

namespace {

const QString kNetwork = u"testnet"_s;
const QString kRegional = u"urn:oid:1.2.392.100495.20.3.99"_s;

renkei::cache::RawResource raw(const QJsonObject &json)
{
    renkei::cache::RawResource r;
    const bool ok = renkei::cache::RawResource::fromJson(
        QJsonDocument(json).toJson(QJsonDocument::Compact), &r);
    Q_ASSERT(ok);
    return r;
}

// Three synthetic patients; 山田 has an active penicillin allergy, 佐藤 a resolved one.
bool fillCache(renkei::cache::Cache &cache)
{
    struct Spec {
        QString id, kanji, kana, regional;
        QDate birth;
        renkei::model::Sex sex;
        QString allergyStatus; // empty: none
    };
    const QList<Spec> specs {
        { u"p1"_s, u"山田 太郎"_s, u"ヤマダ タロウ"_s, u"R0001"_s, QDate(1970, 3, 1),
            renkei::model::Sex::Male, u"active"_s },
        { u"p2"_s, u"山本 花子"_s, u"ヤマモト ハナコ"_s, u"R0002"_s, QDate(1985, 7, 15),
            renkei::model::Sex::Female, QString() },
        { u"p3"_s, u"佐藤 一郎"_s, u"サトウ イチロウ"_s, u"R0003"_s, QDate(1970, 11, 2),
            renkei::model::Sex::Male, u"resolved"_s },
    };
    for (const Spec &s : specs) {
        renkei::model::Patient p;
        p.id = s.id;
        p.kanjiName = s.kanji;
        p.kanaName = s.kana;
        p.birthDate = s.birth;
        p.sex = s.sex;
        p.identifiers.append({ kRegional, s.regional, QString() });
        QList<renkei::cache::RawResource> page { raw(renkei::fhir::writePatient(p)) };
        if (!s.allergyStatus.isEmpty()) {
            renkei::model::Allergy a;
            a.id = s.id + u"-a"_s;
            a.patient = s.id;
            a.code.text = u"ペニシリン"_s;
            a.display = u"ペニシリン"_s;
            a.clinicalStatus = s.allergyStatus;
            a.category = u"medication"_s;
            page.append(raw(renkei::fhir::writeAllergy(a)));
        }
        if (!cache.putPage({ kNetwork, s.id }, page, {}))
            return false;
    }
    return true;
}

QStringList listedNames(const PatientSearchPanel &panel)
{
    QStringList names;
    for (const PatientListEntry &e : panel.model()->entries()) {
        if (e.source != PatientListEntry::Source::Header)
            names.append(e.kanjiName);
    }
    return names;
}

QModelIndex rowOf(const PatientSearchPanel &panel, const QString &name)
{
    const auto &entries = panel.model()->entries();
    for (int i = 0; i < entries.size(); ++i) {
        if (entries.at(i).kanjiName == name)
            return panel.model()->index(i);
    }
    return {};
}

} // namespace

// The search panel over the encrypted cache, and what opening a patient shows: the banner,
// the workspace, and nothing left after closing.
class TestPatientSearch : public QObject {
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void filtersAsYouType_data();
    void filtersAsYouType();
    void unreadableBirthDateIsSaid();
    void openingFillsTheBannerAndWorkspace();
    void recentPatientsComeFirst();
    void aLateRecordOfAnotherPatientIsNeverShown();
    void closingClearsEverything();

private:
    std::unique_ptr<PatientOpener> m_opener;
    std::unique_ptr<PatientSearchPanel> m_panel;
    std::unique_ptr<PatientArea> m_area;
};

void TestPatientSearch::initTestCase()
{
    QCoreApplication::setOrganizationName(u"RenkeiTest"_s);
    QCoreApplication::setApplicationName(u"TestPatientSearch"_s);
}

void TestPatientSearch::init()
{
    m_opener = std::make_unique<PatientOpener>();
    const auto opened = m_opener->openEphemeralCache(u"renkei:testnet:tester:cache"_s);
    QVERIFY(opened.ok());
    QVERIFY(fillCache(*m_opener->cache()));
    m_panel = std::make_unique<PatientSearchPanel>(*m_opener);
    m_area = std::make_unique<PatientArea>(*m_opener);
    m_panel->refreshCached();
}

void TestPatientSearch::cleanup()
{
    m_area.reset();
    m_panel.reset();
    m_opener.reset();
}

void TestPatientSearch::filtersAsYouType_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QString>("birth");
    QTest::addColumn<int>("sex"); // combo index: 0 any, 1 male, 2 female
    QTest::addColumn<QStringList>("expected");
    const QString yamada = u"山田 太郎"_s, yamamoto = u"山本 花子"_s, sato = u"佐藤 一郎"_s;
    QTest::newRow("nothing: everyone")
        << QString() << QString() << 0 << QStringList { sato, yamada, yamamoto };
    QTest::newRow("kanji") << u"山田"_s << QString() << 0 << QStringList { yamada };
    QTest::newRow("kana prefix") << u"ヤマ"_s << QString() << 0 << QStringList { yamada, yamamoto };
    QTest::newRow("hiragana") << u"やまだ"_s << QString() << 0 << QStringList { yamada };
    QTest::newRow("half-width kana") << u"ｻﾄｳ"_s << QString() << 0 << QStringList { sato };
    QTest::newRow("full name, no space")
        << u"山本花子"_s << QString() << 0 << QStringList { yamamoto };
    QTest::newRow("regional id") << u"R0003"_s << QString() << 0 << QStringList { sato };
    QTest::newRow("wareki year") << QString() << u"S45"_s << 0 << QStringList { sato, yamada };
    QTest::newRow("wareki day") << QString() << u"昭和45年3月1日"_s << 0 << QStringList { yamada };
    QTest::newRow("seireki day") << QString() << u"1985/07/15"_s << 0 << QStringList { yamamoto };
    QTest::newRow("kana and sex") << u"ヤマ"_s << QString() << 2 << QStringList { yamamoto };
    QTest::newRow("no match") << u"鈴木"_s << QString() << 0 << QStringList {};
}

void TestPatientSearch::filtersAsYouType()
{
    QFETCH(QString, query);
    QFETCH(QString, birth);
    QFETCH(int, sex);
    QFETCH(QStringList, expected);
    m_panel->sexCombo()->setCurrentIndex(sex);
    m_panel->birthEdit()->setText(birth);
    m_panel->queryEdit()->setText(query);
    QTRY_COMPARE(listedNames(*m_panel), expected);
}

void TestPatientSearch::unreadableBirthDateIsSaid()
{
    m_panel->birthEdit()->setText(u"S99.1.1"_s);
    auto *status = m_panel->findChild<QLabel *>(u"patientSearchStatus"_s);
    QVERIFY(status);
    QTRY_VERIFY(status->text().contains(u"S45.3.1"_s));
    QVERIFY(status->isVisibleTo(m_panel.get()));
}

void TestPatientSearch::openingFillsTheBannerAndWorkspace()
{
    m_panel->queryEdit()->setText(u"やまだ"_s);
    QTRY_COMPARE(listedNames(*m_panel), QStringList { u"山田 太郎"_s });
    QSignalSpy opened(m_opener.get(), &PatientOpener::recordChanged);
    emit m_panel->listView()->activated(rowOf(*m_panel, u"山田 太郎"_s));
    QTRY_COMPARE(opened.count(), 1);
    QVERIFY(m_area->showsPatient());
    auto *banner = m_area->banner();
    QCOMPARE(banner->nameLabel()->text(), u"山田 太郎"_s);
    QVERIFY(banner->allergyAlert());
    QVERIFY(banner->allergyBadge()->styleSheet().contains(u"#c62828"_s)); // red
    QVERIFY(banner->allergyBadge()->toolTip().contains(u"ペニシリン"_s));
    const auto ids = m_area->findChild<QLabel *>(u"bannerRegionalId"_s);
    QCOMPARE(ids->text(), u"R0001"_s);
    QVERIFY(m_area->workspace()->record());
    QCOMPARE(m_area->workspace()->record()->patient().id, u"p1"_s);

    // A resolved allergy is no alert.
    emit m_panel->listView()->activated(rowOf(*m_panel, u"山田 太郎"_s)); // still listed
    m_panel->queryEdit()->clear();
    QTRY_VERIFY(rowOf(*m_panel, u"佐藤 一郎"_s).isValid());
    emit m_panel->listView()->activated(rowOf(*m_panel, u"佐藤 一郎"_s));
    QTRY_COMPARE(banner->nameLabel()->text(), u"佐藤 一郎"_s);
    QVERIFY(!banner->allergyAlert());
    QVERIFY(!banner->allergyBadge()->styleSheet().contains(u"#c62828"_s));
}

void TestPatientSearch::recentPatientsComeFirst()
{
    m_opener->openCached(m_opener->cache()->patientKey({ kNetwork, u"p2"_s }));
    QTRY_VERIFY(m_opener->record());
    m_panel->refreshCached();
    const auto &entries = m_panel->model()->entries();
    QVERIFY(entries.size() >= 2);
    QCOMPARE(entries.at(0).source, PatientListEntry::Source::Header);
    QCOMPARE(entries.at(1).kanjiName, u"山本 花子"_s);
    // Typing leaves the recent section out.
    m_panel->queryEdit()->setText(u"ヤマ"_s);
    QTRY_COMPARE(listedNames(*m_panel), QStringList({ u"山田 太郎"_s, u"山本 花子"_s }));
}

void TestPatientSearch::aLateRecordOfAnotherPatientIsNeverShown()
{
    // Records are read and built on the loader's thread: the first may arrive after the second
    // was asked for.
    QList<QString> shown;
    connect(m_opener.get(), &PatientOpener::recordChanged, this,
        [&shown](const auto &record) { shown.append(record ? record->patient().id : QString()); });
    m_opener->openCached(m_opener->cache()->patientKey({ kNetwork, u"p1"_s }));
    m_opener->openCached(m_opener->cache()->patientKey({ kNetwork, u"p3"_s }));
    QVERIFY(!m_opener->record()); // nothing read or built on the window's thread
    QVERIFY(m_opener->isLoading());
    QTRY_VERIFY(m_opener->record());
    QVERIFY(!m_opener->isLoading());
    QTest::qWait(200);
    QCOMPARE(shown, QList<QString>({ u"p3"_s }));
    QCOMPARE(m_area->banner()->nameLabel()->text(), u"佐藤 一郎"_s);
}

void TestPatientSearch::closingClearsEverything()
{
    m_opener->openCached(m_opener->cache()->patientKey({ kNetwork, u"p1"_s }));
    QTRY_VERIFY(m_area->showsPatient());
    m_opener->close();
    QVERIFY(!m_area->showsPatient());
    QVERIFY(!m_area->workspace()->record());
    QVERIFY(m_area->banner()->nameLabel()->text().isEmpty());
    QVERIFY(!m_area->banner()->allergyAlert());
    m_panel->clearResults();
    QCOMPARE(m_panel->model()->rowCount(), 0);
    QVERIFY(m_panel->queryEdit()->text().isEmpty());
}

QTEST_MAIN(TestPatientSearch)
#include "testpatientsearch.moc"

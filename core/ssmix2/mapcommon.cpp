#include "ssmix2/mapcommon.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace renkei::ssmix2::detail {

namespace {

bool isDigits(QStringView s, qsizetype length)
{
    if (s.size() != length)
        return false;
    for (QChar c : s) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

QString tenDigitCode(const Field &hd)
{
    for (int c = 1; c <= 2; ++c) {
        const QString v = hd.component(c).value().trimmed();
        if (isDigits(v, 10))
            return v;
    }
    return {};
}

void addCoding(
    model::CodeableConcept &cc, const QString &code, const QString &text, const QString &system)
{
    if (code.isEmpty() && text.isEmpty())
        return;
    if (code.isEmpty()) {
        if (cc.text.isEmpty())
            cc.text = text;
        return;
    }
    cc.codings.append(model::Coding { systemFor(system, code), code, text, {} });
}

} // namespace

model::PartialDateTime hl7Time(QStringView text)
{
    static const QRegularExpression re(
        uR"(^(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(?:\.(\d{1,4}))?([+-]\d{4})?$)"_s);
    const auto m = re.match(text.trimmed().toString());
    if (!m.hasMatch())
        return {};
    QString iso = m.captured(1);
    if (m.hasCaptured(2))
        iso += u'-' + m.captured(2);
    if (m.hasCaptured(3))
        iso += u'-' + m.captured(3);
    if (m.hasCaptured(4)) {
        iso += u'T' + m.captured(4) + u':' + (m.hasCaptured(5) ? m.captured(5) : u"00"_s);
        // Seconds always: a FHIR dateTime with a time has them, and a value must read the same
        // from SS-MIX2 and from the FHIR the cache keeps of it (fhir/writer.h).
        iso += u':' + (m.hasCaptured(6) ? m.captured(6) : u"00"_s);
        if (m.hasCaptured(6) && m.hasCaptured(7))
            iso += u'.' + m.captured(7).left(3);
        const QString offset = m.hasCaptured(8) ? m.captured(8) : u"+0900"_s;
        iso += offset.left(3) + u':' + offset.mid(3);
    }
    return model::PartialDateTime::parse(iso);
}

QString systemFor(const QString &hl7System, const QString &code)
{
    const QString s = hl7System.trimmed().toUpper();
    if (s == u"JC10")
        return QString::fromUtf16(model::systems::kJlac10);
    if (s == u"HOT9" || (s == u"HOT" && code.size() == 9))
        return QString::fromUtf16(model::systems::kHot9);
    if (s == u"HOT7" || (s == u"HOT" && code.size() == 7))
        return QString::fromUtf16(model::systems::kHot7);
    if (s == u"HOT13" || (s == u"HOT" && code.size() == 13))
        return QString::fromUtf16(model::systems::kHot13);
    if (s == u"YJ")
        return QString::fromUtf16(model::systems::kYj);
    if (s == u"I10" || s == u"ICD10")
        return u"http://jpfhir.jp/fhir/core/mhlw/CodeSystem/ICD10-2013-full"_s;
    if (s == u"MDCDX2" && isDigits(code, 8))
        return u"http://medis.or.jp/CodeSystem/master-disease-keyNumber"_s;
    if (s == u"MDCDX2" && isDigits(code, 7))
        return u"http://jpfhir.jp/fhir/core/mhlw/CodeSystem/masterB-disease"_s;
    if (s.startsWith(u"JAMISDP"))
        return QString::fromUtf16(model::systems::kJamiUsage);
    if (s == u"HL70162")
        return QString::fromUtf16(model::systems::kRoute);
    if (s == u"MR9P")
        return QString::fromUtf16(model::systems::kMerit9Unit);
    if (s == u"LN")
        return QString::fromUtf16(model::systems::kLoinc);
    return hl7System.trimmed();
}

model::CodeableConcept codeable(const Repetition &cwe)
{
    model::CodeableConcept c;
    addCoding(c, cwe.component(1).value(), cwe.component(2).value(), cwe.component(3).value());
    addCoding(c, cwe.component(4).value(), cwe.component(5).value(), cwe.component(6).value());
    if (c.text.isEmpty() && !c.codings.isEmpty())
        c.text = c.codings.first().display;
    return c;
}

model::CodeableConcept codeableFromSubComponents(const Component &cwe)
{
    model::CodeableConcept c;
    addCoding(
        c, cwe.subComponent(1).value(), cwe.subComponent(2).value(), cwe.subComponent(3).value());
    if (c.text.isEmpty() && !c.codings.isEmpty())
        c.text = c.codings.first().display;
    return c;
}

QString personName(const Repetition &xcn, int familyComponent)
{
    QStringList parts;
    for (int c = familyComponent; c <= familyComponent + 1; ++c) {
        const QString v = xcn.component(c).value().trimmed();
        if (!v.isEmpty())
            parts.append(v);
    }
    return parts.join(u' ');
}

std::optional<double> number(QString text)
{
    text = text.trimmed();
    if (text.startsWith(u'+'))
        text.remove(0, 1);
    bool ok = false;
    const double v = text.toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

Header::Header(const Message &message, const MapContext &context)
    : m_context(context)
{
    const Segment msh = message.segment(u"MSH");
    m_facilityCode = context.facilityCode;
    if (m_facilityCode.isEmpty())
        m_facilityCode = tenDigitCode(msh.field(4));
    if (m_facilityCode.isEmpty())
        m_facilityCode = tenDigitCode(msh.field(6));
    m_facilityName = context.facilityName;
    if (m_facilityName.isEmpty()) {
        const QString sender = msh.text(4, 1).trimmed();
        if (!isDigits(sender, 10))
            m_facilityName = sender;
    }
}

QString Header::sourceId(int segment) const
{
    return segment > 0 ? m_context.fileName + u'#' + QString::number(segment) : m_context.fileName;
}

model::Provenance Header::provenance(int segment) const
{
    model::Provenance p;
    p.source = model::Provenance::Source::Ssmix2;
    p.sourceSystem = m_context.sourceSystem;
    p.sourceId = sourceId(segment);
    p.facilityCode = m_facilityCode;
    p.facilityName = m_facilityName;
    p.orderNumber = m_context.orderNumber;
    p.cancelled = m_context.cancelled;
    return p;
}

model::FacilityRef Header::facility(const QString &orderingFacilityName) const
{
    return { m_facilityCode,
        orderingFacilityName.isEmpty() ? m_facilityName : orderingFacilityName };
}

QString Header::patientIdSystem() const
{
    if (m_facilityCode.isEmpty())
        return {};
    return QString::fromUtf16(model::systems::kPatientIdAtFacilityPrefix) + u'1' + m_facilityCode;
}

} // namespace renkei::ssmix2::detail

// Laboratory results (OUL^R22, OML-11): SPM specimen, OBR panel, ORC order, OBX results.
#include "ssmix2/mapcommon.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace renkei::ssmix2::detail {

namespace {

// HL7 table 0078, read as the FHIR reader reads an interpretation code (fhir/observation.cpp).
model::LabFlag flagFromCode(const QString &text)
{
    const QString code = text.trimmed().toUpper();
    if (code.isEmpty())
        return model::LabFlag::None;
    if (code == u"H" || code == u"HU" || code == u">")
        return model::LabFlag::High;
    if (code == u"L" || code == u"LU" || code == u"<")
        return model::LabFlag::Low;
    if (code == u"HH")
        return model::LabFlag::CriticalHigh;
    if (code == u"LL")
        return model::LabFlag::CriticalLow;
    if (code == u"N")
        return model::LabFlag::Normal;
    if (code == u"A" || code == u"AA")
        return model::LabFlag::Abnormal;
    return model::LabFlag::Other;
}

// OBX-11 (table 0085) → FHIR Observation.status.
QString resultStatus(const QString &code)
{
    if (code == u"F")
        return u"final"_s;
    if (code == u"C")
        return u"corrected"_s;
    if (code == u"P" || code == u"R" || code == u"S")
        return u"preliminary"_s;
    if (code == u"X")
        return u"cancelled"_s;
    if (code == u"D" || code == u"W")
        return u"entered-in-error"_s;
    if (code == u"I" || code == u"O")
        return u"registered"_s;
    return code.isEmpty() ? u"unknown"_s : code.toLower();
}

} // namespace

// OBX-7: "6.70-8.3" gives low and high; "<0.5", "<=0.5" a high bound; ">10", ">=10" a low
// bound. The text is always kept as written.
model::ReferenceRange parseRange(const QString &text)
{
    model::ReferenceRange r;
    r.text = text.trimmed();
    static const QRegularExpression between(
        uR"(^\s*(-?\d+(?:\.\d+)?)\s*[-~～〜－−]\s*(-?\d+(?:\.\d+)?)\s*$)"_s);
    static const QRegularExpression bound(uR"(^\s*(<=|>=|<|>|≦|≧|≤|≥)\s*(-?\d+(?:\.\d+)?)\s*$)"_s);
    if (const auto m = between.match(r.text); m.hasMatch()) {
        r.low = number(m.captured(1));
        r.high = number(m.captured(2));
    } else if (const auto b = bound.match(r.text); b.hasMatch()) {
        const QString op = b.captured(1);
        if (op.startsWith(u'<') || op == u"≦" || op == u"≤")
            r.high = number(b.captured(2));
        else
            r.low = number(b.captured(2));
    }
    return r;
}

model::LabResult labFromObx(const Segment &obx, int segment, const Header &header)
{
    model::LabResult lab;
    lab.provenance = header.provenance(segment);
    lab.id = header.sourceId(segment);
    lab.patient = header.context().patientId;
    // OBX-3: JLAC10 (JC10) and the local code side by side.
    lab.code = codeable(obx.field(3).repetition(0));
    lab.display = lab.code.displayText();
    const QString type = obx.text(2);
    const Field value = obx.field(5);
    if (type == u"NM") {
        lab.numericValue = number(value.value());
        if (!lab.numericValue)
            lab.textValue = value.value();
    } else if (type == u"SN") {
        // SN: comparator^number (e.g. <^0.5), or number^separator^number for a ratio or range.
        lab.comparator = value.component(1).value();
        lab.numericValue = number(value.component(2).value());
        if (!value.component(3).isEmpty() || !lab.numericValue) {
            lab.numericValue.reset();
            lab.comparator.clear();
            QStringList parts;
            for (int c = 1; c <= 4; ++c)
                parts.append(value.component(c).value());
            lab.textValue = parts.join(QString()).trimmed();
        }
    } else if (type == u"CWE" || type == u"CE") {
        lab.textValue = codeable(value.repetition(0)).displayText();
    } else {
        QStringList texts;
        for (const Repetition &r : value.repetitions())
            texts.append(r.value());
        lab.textValue = texts.join(u'\n');
    }
    lab.unit = obx.text(6, 2);
    if (lab.unit.isEmpty())
        lab.unit = obx.text(6, 1);
    lab.unitCode = obx.text(6, 1);
    lab.unitSystem = obx.text(6, 3);
    lab.range = parseRange(obx.field(7).value());
    lab.range.unit = lab.range.isEmpty() ? QString() : lab.unit;
    lab.flagCode = obx.text(8);
    lab.flag = flagFromCode(lab.flagCode);
    lab.status = header.context().cancelled ? u"cancelled"_s : resultStatus(obx.text(11));
    lab.effective = hl7Time(obx.text(14));
    lab.category = u"laboratory"_s;
    lab.facility = header.facility();
    return lab;
}

void mapLabResults(const Message &message, const Header &header, MapResult &out)
{
    QString specimen;
    model::PartialDateTime collected;
    Segment obr;
    QString facilityName;
    const QList<Segment> &segments = message.segments();
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const Segment &s = segments.at(i);
        const QString name = s.name();
        if (name == u"SPM") {
            specimen = s.text(4, 2);
            if (specimen.isEmpty())
                specimen = s.text(4, 1);
            collected = hl7Time(s.text(17));
        } else if (name == u"OBR") {
            obr = s;
        } else if (name == u"ORC") {
            facilityName = s.text(21);
        } else if (name == u"OBX") {
            model::LabResult lab = labFromObx(s, int(i + 1), header);
            lab.specimen = specimen;
            // OBX-14, else OBR-7 (observation date/time), else the specimen's collection time.
            if (lab.effective.isNull())
                lab.effective = hl7Time(obr.text(7));
            if (lab.effective.isNull())
                lab.effective = collected;
            lab.issued = hl7Time(obr.text(22));
            lab.panel = obr.text(4, 2);
            lab.panelId = obr.text(2);
            lab.performer = personName(obr.field(16).repetition(0));
            lab.facility = header.facility(facilityName);
            out.resources.labs.append(lab);
        } else if (name == u"NTE" && i > 0 && !out.resources.labs.isEmpty()
            && (segments.at(i - 1).name() == u"OBX" || segments.at(i - 1).name() == u"NTE")) {
            // A comment on the result just before it (NTE after OBR belongs to the order).
            QString &note = out.resources.labs.last().note;
            const QString comment = s.field(3).value();
            note = note.isEmpty() ? comment : QString(note + u'\n' + comment);
        }
    }
}

} // namespace renkei::ssmix2::detail

#include "ssmix2/mapper.h"

#include "ssmix2/mapcommon.h"

using namespace Qt::Literals::StringLiterals;

namespace renkei::ssmix2 {

MapResult mapMessage(const Message &message, const MapContext &context)
{
    using namespace detail;
    MapResult out;
    const Header header(message, context);
    if (const Segment pid = message.segment(u"PID"); pid.isValid())
        out.pidPatient = patientFromPid(pid, header);

    const QString code = message.messageCode();
    const QString trigger = message.triggerEvent();
    out.mapped = true;
    if (code == u"ADT" && trigger == u"A08") {
        mapPatient(message, header, out);
    } else if (code == u"ADT"
        && (trigger == u"A01" || trigger == u"A03" || trigger == u"A04" || trigger == u"A14")) {
        mapEncounter(message, header, out);
    } else if (code == u"ADT" && trigger == u"A60") {
        mapAllergies(message, header, out);
    } else if (code == u"PPR" && trigger == u"ZD1") {
        mapProblems(message, header, out);
    } else if (code == u"RDE" && trigger == u"O11") {
        mapPrescriptions(message, header, out);
    } else if (code == u"RAS" && trigger == u"O17") {
        mapAdministrations(message, header, out);
    } else if (code == u"OUL" && trigger == u"R22") {
        mapLabResults(message, header, out);
    } else {
        out.mapped = false;
        out.notes.append(
            u"%1^%2 messages are not mapped by this version; skipped"_s.arg(code, trigger));
    }
    return out;
}

} // namespace renkei::ssmix2

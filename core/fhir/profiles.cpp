#include "fhir/mappers.h"
#include "fhir/types.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace renkei::fhir::detail {

namespace {

const QString kNoCode = u"http://jpfhir.jp/fhir/eCS/CodeSystem/MedicationCodeNocoded_CS"_s;

bool claims(const QStringList &profiles, const QString &name)
{
    for (const QString &p : profiles) {
        if (p.section(u'|', 0, 0).endsWith(u"/StructureDefinition/"_s + name))
            return true;
    }
    return false;
}

bool isJpClins(const QString &profile)
{
    return profile.contains(u"/fhir/eCS/StructureDefinition/"_s)
        || profile.contains(u"/fhir/clins/"_s);
}

// 一般名処方マスタ: 7 digits (薬効分類 4 + 成分 3), the form letter, one character, "ZZZ".
bool isGeneralNameShape(const QString &code)
{
    static const QRegularExpression re(u"^[0-9]{7}[A-Z][0-9A-Z]ZZZ$"_s);
    return re.match(code).hasMatch();
}

// YJ (薬価基準収載医薬品コード): 12 characters, 7 digits then the form letter.
bool isYjShape(const QString &code)
{
    static const QRegularExpression re(u"^[0-9]{7}[A-Z][0-9A-Z]{4}$"_s);
    return re.match(code).hasMatch();
}

void checkMedicationCode(const Res &res)
{
    const Obj codeable = res.obj.obj(u"medicationCodeableConcept"_s);
    const QString path = codeable.childPath(u"coding"_s);
    const model::CodeableConcept cc = toConcept(codeable);
    bool standard = false;
    for (qsizetype i = 0; i < cc.codings.size(); ++i) {
        const model::Coding &c = cc.codings.at(i);
        const QString at = path + u'[' + QString::number(i) + u"].code"_s;
        const model::CodeKind kind = model::codeKind(c.system);
        if (kind == model::CodeKind::Yj) {
            standard = true;
            if (!isYjShape(c.code))
                res.ctx.issues.profile(
                    at, u"YJ code '"_s + c.code + u"' is not 12 characters with a letter 8th"_s);
        } else if (kind == model::CodeKind::GeneralName) {
            standard = true;
            if (!isGeneralNameShape(c.code))
                res.ctx.issues.profile(at,
                    u"general-name (一般名) code '"_s + c.code
                        + u"' does not have the published shape"
                          u" (7 digits, form letter, one character, ZZZ)"_s);
        } else if (c.system == kNoCode && c.code == u"NOCODED"_s) {
            standard = true;
        }
    }
    if (!standard)
        res.ctx.issues.profile(path,
            u"JP_MedicationRequest_eCS: medicationCodeableConcept has "
            u"neither a YJ code, a general-name (一般名) code nor the "
            u"NOCODED marker (a HOT or local code alone is not enough)"_s);
}

void checkLabCode(const Res &res)
{
    const model::CodeableConcept cc = toConcept(res.obj.obj(u"code"_s));
    const QString path = res.obj.childPath(u"code"_s);
    if (!cc.findKind(model::CodeKind::LocalLab))
        res.ctx.issues.profile(path,
            u"JP_Observation_LabResult_eCS: code has no local code "
            u"(JP_CLINS_ObsLabResult_LocalCode_CS)"_s);
    if (!cc.findKind(model::CodeKind::Jlac10) && !cc.findKind(model::CodeKind::Jlac11))
        res.ctx.issues.profile(path,
            u"JP_Observation_LabResult_eCS: code has no JLAC10 or "
            u"JLAC11 code"_s);
}

// JP-CLINS documents carry these references as contained resources: they must resolve.
void checkContainedReference(const Res &res, const Obj &reference, const QString &what)
{
    const QString literal = reference.str(u"reference"_s);
    if (literal.isEmpty() || !res.resolve(literal).isNull())
        return;
    res.ctx.issues.profile(reference.childPath(u"reference"_s),
        u"JP_Observation_LabResult_eCS: the "_s + what
            + u" reference does not resolve to a contained resource"_s);
}

} // namespace

void checkProfiles(const Res &res)
{
    if (!res.ctx.options.checkProfiles)
        return;
    const QStringList profiles = res.obj.obj(u"meta"_s).strs(u"profile"_s);
    bool jpClins = false;
    for (const QString &p : profiles)
        jpClins = jpClins || isJpClins(p);
    if (!jpClins)
        return;
    if (res.type == u"MedicationRequest"_s && claims(profiles, u"JP_MedicationRequest_eCS"_s)
        && res.obj.has(u"medicationCodeableConcept"_s)) {
        checkMedicationCode(res);
    }
    if (res.type == u"Observation"_s && claims(profiles, u"JP_Observation_LabResult_eCS"_s)) {
        checkLabCode(res);
        for (const Obj &performer : res.obj.objs(u"performer"_s))
            checkContainedReference(res, performer, u"performer"_s);
        checkContainedReference(res, res.obj.obj(u"encounter"_s), u"encounter"_s);
    }
}

} // namespace renkei::fhir::detail

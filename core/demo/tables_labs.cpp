#include "tables.h"

#include <array>
#include <limits>

// Lab tests of the demo network.
//
// JLAC10 codes: checked against the JP-CLINS core-lab value sets (JAMI,
// "６情報用検体検査項目セット", JP_CLINS_ValueSet_CoreLabo_*) and the 特定健診 code lists (e.g. K
// 3H015000002326101, eGFR 8A065000002391901, TP 3A010000002327101 also appear in
// tests/data/jp-clins). Where we could not confirm a full 17-digit code the row has demoCode = true
// and a code of the documented demo pattern `9Z9nn000002399901` (analyte 9Z9nn does not exist in
// JLAC10), never a guessed real-looking code. Reference ranges: JCCLS 共用基準範囲 where one exists
// (rounded), else common lab ranges.
namespace renkei::demo::tables {
namespace {

constexpr double kNone = std::numeric_limits<double>::quiet_NaN();

// clang-format off
constexpr std::array kLabTests{
    // CBC 血算
    LabTest{u"wbc", u"白血球数", u"WBC", u"2A010000001930101", false, Panel::Cbc, Specimen::WholeBlood, u"10^3/μL", u"10*3/uL", 3.3, 8.6, 3.3, 8.6, 6.0, 1.3, 1, false},
    LabTest{u"rbc", u"赤血球数", u"RBC", u"2A020000001930101", false, Panel::Cbc, Specimen::WholeBlood, u"10^4/μL", u"10*4/uL", 435, 555, 386, 492, 465, 30, 0, false},
    LabTest{u"hb", u"ヘモグロビン", u"Hb", u"2A030000001930101", false, Panel::Cbc, Specimen::WholeBlood, u"g/dL", u"g/dL", 13.7, 16.8, 11.6, 14.8, 14.0, 1.0, 1, false},
    LabTest{u"ht", u"ヘマトクリット", u"Ht", u"2A040000001930102", false, Panel::Cbc, Specimen::WholeBlood, u"%", u"%", 40.7, 50.1, 35.1, 44.4, 42.0, 3.0, 1, false},
    LabTest{u"plt", u"血小板数", u"PLT", u"2A050000001930101", false, Panel::Cbc, Specimen::WholeBlood, u"10^4/μL", u"10*4/uL", 15.8, 34.8, 15.8, 34.8, 25.0, 5.0, 1, false},
    LabTest{u"mcv", u"平均赤血球容積", u"MCV", u"9Z901000002399901", true, Panel::Cbc, Specimen::WholeBlood, u"fL", u"fL", 83.6, 98.2, 83.6, 98.2, 91.0, 4.0, 1, false},
    LabTest{u"mch", u"平均赤血球ヘモグロビン量", u"MCH", u"9Z902000002399901", true, Panel::Cbc, Specimen::WholeBlood, u"pg", u"pg", 27.5, 33.2, 27.5, 33.2, 30.5, 1.3, 1, false},
    LabTest{u"mchc", u"平均赤血球ヘモグロビン濃度", u"MCHC", u"9Z903000002399901", true, Panel::Cbc, Specimen::WholeBlood, u"g/dL", u"g/dL", 31.7, 35.3, 31.7, 35.3, 33.5, 0.8, 1, false},
    // 肝機能
    LabTest{u"tp", u"総蛋白", u"TP", u"3A010000002327101", false, Panel::Liver, Specimen::Serum, u"g/dL", u"g/dL", 6.6, 8.1, 6.6, 8.1, 7.2, 0.4, 1, false},
    LabTest{u"alb", u"アルブミン", u"ALB", u"3A015000002327101", false, Panel::Liver, Specimen::Serum, u"g/dL", u"g/dL", 4.1, 5.1, 4.1, 5.1, 4.4, 0.3, 1, false},
    LabTest{u"ast", u"AST（GOT）", u"AST", u"3B035000002327201", false, Panel::Liver, Specimen::Serum, u"U/L", u"U/L", 13, 30, 13, 30, 22, 6, 0, false},
    LabTest{u"alt", u"ALT（GPT）", u"ALT", u"3B045000002327201", false, Panel::Liver, Specimen::Serum, u"U/L", u"U/L", 10, 42, 7, 23, 19, 7, 0, false},
    LabTest{u"ggt", u"γ-GT", u"GGT", u"3B090000002327101", false, Panel::Liver, Specimen::Serum, u"U/L", u"U/L", 13, 64, 9, 32, 28, 14, 0, false},
    LabTest{u"alp", u"ALP（IFCC）", u"ALP", u"3B070000002327501", false, Panel::Liver, Specimen::Serum, u"U/L", u"U/L", 38, 113, 38, 113, 72, 18, 0, false},
    LabTest{u"ld", u"LD（LDH）", u"LD", u"3B050000002327201", false, Panel::Liver, Specimen::Serum, u"U/L", u"U/L", 124, 222, 124, 222, 175, 25, 0, false},
    LabTest{u"tbil", u"総ビリルビン", u"T-Bil", u"3J010000002327101", false, Panel::Liver, Specimen::Serum, u"mg/dL", u"mg/dL", 0.4, 1.5, 0.4, 1.5, 0.8, 0.25, 1, false},
    LabTest{u"dbil", u"直接ビリルビン", u"D-Bil", u"3J015000002327101", false, Panel::Liver, Specimen::Serum, u"mg/dL", u"mg/dL", 0.0, 0.4, 0.0, 0.4, 0.15, 0.06, 2, false},
    LabTest{u"che", u"コリンエステラーゼ", u"ChE", u"3B110000002327101", false, Panel::Liver, Specimen::Serum, u"U/L", u"U/L", 240, 486, 201, 421, 320, 50, 0, false},
    // 腎機能
    LabTest{u"bun", u"尿素窒素", u"BUN", u"3C025000002327101", false, Panel::Kidney, Specimen::Serum, u"mg/dL", u"mg/dL", 8, 20, 8, 20, 14, 3, 1, false},
    LabTest{u"cre", u"クレアチニン", u"Cre", u"3C015000002327101", false, Panel::Kidney, Specimen::Serum, u"mg/dL", u"mg/dL", 0.65, 1.07, 0.46, 0.79, 0.80, 0.10, 2, false},
    LabTest{u"egfr", u"推算GFR", u"eGFR", u"8A065000002391901", false, Panel::Kidney, Specimen::Serum, u"mL/min/1.73m2", u"mL/min/{1.73_m2}", 60, kNone, 60, kNone, 80, 12, 1, false},
    LabTest{u"ua", u"尿酸", u"UA", u"3C020000002327101", false, Panel::Kidney, Specimen::Serum, u"mg/dL", u"mg/dL", 3.7, 7.8, 2.6, 5.5, 5.2, 1.0, 1, false},
    LabTest{u"cysc", u"シスタチンC", u"Cys-C", u"3C016000002306201", false, Panel::Kidney, Specimen::Serum, u"mg/L", u"mg/L", 0.56, 0.87, 0.56, 0.87, 0.72, 0.08, 2, false},
    // 脂質
    LabTest{u"tc", u"総コレステロール", u"T-CHO", u"3F050000002327101", false, Panel::Lipid, Specimen::Serum, u"mg/dL", u"mg/dL", 142, 248, 142, 248, 200, 30, 0, false},
    LabTest{u"tg", u"中性脂肪", u"TG", u"3F015000002327101", false, Panel::Lipid, Specimen::Serum, u"mg/dL", u"mg/dL", 40, 234, 30, 117, 110, 45, 0, false},
    LabTest{u"hdl", u"HDL-コレステロール", u"HDL-C", u"3F070000002327101", false, Panel::Lipid, Specimen::Serum, u"mg/dL", u"mg/dL", 38, 90, 48, 103, 58, 12, 0, false},
    LabTest{u"ldl", u"LDL-コレステロール", u"LDL-C", u"3F077000002327101", false, Panel::Lipid, Specimen::Serum, u"mg/dL", u"mg/dL", 65, 163, 65, 163, 115, 25, 0, false},
    // 糖代謝
    LabTest{u"glu", u"グルコース", u"BS", u"3D010000002227201", false, Panel::Glucose, Specimen::Plasma, u"mg/dL", u"mg/dL", 73, 109, 73, 109, 94, 9, 0, false},
    LabTest{u"hba1c", u"HbA1c（NGSP）", u"HbA1c-NGSP", u"3D046000001906202", false, Panel::Glucose, Specimen::WholeBlood, u"%", u"%", 4.9, 6.0, 4.9, 6.0, 5.4, 0.25, 1, false},
    // 電解質
    LabTest{u"na", u"ナトリウム", u"Na", u"3H010000002326101", false, Panel::Electrolyte, Specimen::Serum, u"mEq/L", u"meq/L", 138, 145, 138, 145, 141, 1.8, 0, false},
    LabTest{u"k", u"カリウム", u"K", u"3H015000002326101", false, Panel::Electrolyte, Specimen::Serum, u"mEq/L", u"meq/L", 3.6, 4.8, 3.6, 4.8, 4.2, 0.3, 1, false},
    LabTest{u"cl", u"クロール", u"Cl", u"3H020000002326101", false, Panel::Electrolyte, Specimen::Serum, u"mEq/L", u"meq/L", 101, 108, 101, 108, 104, 2.0, 0, false},
    LabTest{u"ca", u"カルシウム", u"Ca", u"3H030000002327101", false, Panel::Electrolyte, Specimen::Serum, u"mg/dL", u"mg/dL", 8.8, 10.1, 8.8, 10.1, 9.4, 0.3, 1, false},
    LabTest{u"ip", u"無機リン", u"IP", u"9Z904000002399901", true, Panel::Electrolyte, Specimen::Serum, u"mg/dL", u"mg/dL", 2.7, 4.6, 2.7, 4.6, 3.5, 0.4, 1, false},
    // 炎症・心筋・膵
    LabTest{u"crp", u"C反応性蛋白", u"CRP", u"5C070000002306201", false, Panel::Inflammation, Specimen::Serum, u"mg/dL", u"mg/dL", 0.0, 0.14, 0.0, 0.14, 0.06, 0.04, 2, false},
    LabTest{u"bnp", u"脳性Na利尿ペプチド", u"BNP", u"4Z271000002205201", false, Panel::Cardiac, Specimen::Plasma, u"pg/mL", u"pg/mL", 0.0, 18.4, 0.0, 18.4, 10, 5, 1, false},
    LabTest{u"ntprobnp", u"NT-proBNP", u"NT-proBNP", u"4Z272000002305301", false, Panel::Cardiac, Specimen::Serum, u"pg/mL", u"pg/mL", 0, 125, 0, 125, 55, 25, 0, false},
    LabTest{u"ck", u"CK", u"CK", u"3B010000002327201", false, Panel::Cardiac, Specimen::Serum, u"U/L", u"U/L", 59, 248, 41, 153, 105, 35, 0, false},
    LabTest{u"amy", u"アミラーゼ", u"AMY", u"3B160000002327101", false, Panel::Pancreas, Specimen::Serum, u"U/L", u"U/L", 44, 132, 44, 132, 80, 18, 0, false},
    // 尿定性
    LabTest{u"uprot", u"尿蛋白", u"U-TP", u"1A010000000190111", false, Panel::Urine, Specimen::Urine, u"", u"", 0, 0, 0, 0, 0, 0, 0, true},
    LabTest{u"uglu", u"尿糖", u"U-Glu", u"1A020000000190111", false, Panel::Urine, Specimen::Urine, u"", u"", 0, 0, 0, 0, 0, 0, 0, true},
    LabTest{u"ubld", u"尿潜血", u"U-Bld", u"1A100000000190111", false, Panel::Urine, Specimen::Urine, u"", u"", 0, 0, 0, 0, 0, 0, 0, true},
    // 甲状腺
    LabTest{u"tsh", u"甲状腺刺激ホルモン", u"TSH", u"9Z905000002399901", true, Panel::Thyroid, Specimen::Serum, u"μIU/mL", u"u[IU]/mL", 0.50, 5.00, 0.50, 5.00, 1.8, 0.7, 2, false},
    LabTest{u"ft4", u"遊離サイロキシン", u"FT4", u"9Z906000002399901", true, Panel::Thyroid, Specimen::Serum, u"ng/dL", u"ng/dL", 0.90, 1.70, 0.90, 1.70, 1.25, 0.15, 2, false},
    // 凝固
    LabTest{u"ptinr", u"PT-INR", u"PT-INR", u"2B030000002231157", false, Panel::Coagulation, Specimen::Plasma, u"", u"{INR}", 0.85, 1.15, 0.85, 1.15, 1.0, 0.05, 2, false},
    LabTest{u"aptt", u"APTT", u"APTT", u"2B020000002231151", false, Panel::Coagulation, Specimen::Plasma, u"秒", u"s", 24.0, 39.0, 24.0, 39.0, 30.0, 3.0, 1, false},
    LabTest{u"ddimer", u"Dダイマー", u"DD", u"2B140000002206201", false, Panel::Coagulation, Specimen::Plasma, u"μg/mL", u"ug/mL", 0.0, 1.0, 0.0, 1.0, 0.5, 0.2, 1, false},
};

// Facilities that print a test their own way (STANDARDS.md: the viewer must not mix them up).
constexpr std::array kLabVariants{
    // 市立総合病院: its own creatinine range, WBC in /μL, ALP in the old JSCC method until 2021.
    LabVariant{u"general", u"cre", u"mg/dL", u"mg/dL", 1.0, 0.0, 0.61, 1.04, 0.47, 0.79, 2, u"", u"", 0},
    LabVariant{u"general", u"wbc", u"/μL", u"/uL", 1000.0, 0.0, 3300, 8600, 3300, 8600, 0, u"", u"", 0},
    LabVariant{u"general", u"alp", u"U/L", u"U/L", 2.9, 0.0, 106, 322, 106, 322, 0, u"3B070000002327101", u"ALP（JSCC）", 20210401},
    // さくら内科: glucose in mmol/L.
    LabVariant{u"sakura", u"glu", u"mmol/L", u"mmol/L", 1.0 / 18.016, 0.0, 4.1, 6.0, 4.1, 6.0, 1, u"", u"", 0},
    // けやき透析クリニック: HbA1c in the JDS value (NGSP − 0.4) until the April 2012 switch.
    LabVariant{u"keyaki", u"hba1c", u"%", u"%", 1.0, -0.4, 4.3, 5.8, 4.3, 5.8, 1, u"3D045000001920402", u"HbA1c（JDS）", 20120401},
};

constexpr std::array<QStringView, 5> kUrineGrades{u"(−)", u"(±)", u"(+)", u"(2+)", u"(3+)"};
// clang-format on

} // namespace

std::span<const LabTest> labTests()
{
    return kLabTests;
}

std::span<const LabVariant> labVariants()
{
    return kLabVariants;
}

const LabTest *labTest(QStringView key)
{
    return findByKey<LabTest>(kLabTests, key);
}

std::span<const QStringView> urineGrades()
{
    return kUrineGrades;
}

QStringView panelName(Panel panel)
{
    switch (panel) {
    case Panel::Cbc:
        return u"血算";
    case Panel::Liver:
        return u"肝機能";
    case Panel::Kidney:
        return u"腎機能";
    case Panel::Lipid:
        return u"脂質";
    case Panel::Glucose:
        return u"糖代謝";
    case Panel::Electrolyte:
        return u"電解質";
    case Panel::Inflammation:
        return u"炎症マーカー";
    case Panel::Cardiac:
        return u"心筋・心不全マーカー";
    case Panel::Pancreas:
        return u"膵酵素";
    case Panel::Urine:
        return u"尿定性";
    case Panel::Thyroid:
        return u"甲状腺機能";
    case Panel::Coagulation:
        return u"凝固";
    }
    return u"検体検査";
}

QStringView specimenName(Specimen specimen)
{
    switch (specimen) {
    case Specimen::Serum:
        return u"血清";
    case Specimen::WholeBlood:
        return u"全血";
    case Specimen::Plasma:
        return u"血漿";
    case Specimen::Urine:
        return u"尿";
    }
    return u"血清";
}

} // namespace renkei::demo::tables

#include "tables.h"

#include <array>

// The facilities, staff, diagnoses and allergies of the demo network (a fictional city,
// はなみずき市, in 東京都). Facility codes follow the 10-digit layout (prefecture 13, 点数表 1/3/4,
// 郡市区 2 digits, number 4 digits, check digit by modulus 10 weights 2-1) but are fictional.
// Department codes: SS-MIX2 診療科 (01 内科, 08 循環器科, 11 整形外科 as in the samples' list).
// Diagnoses: ICD-10 (2013) codes; MEDIS 病名管理番号 only where the JP-CLINS samples give one.
// Allergens: codes only where the samples give one (さば, キウイフルーツ, ポビドンヨード); others
// are text only.
namespace renkei::demo::tables {
namespace {

// clang-format off
constexpr std::array kFacilities{
    Facility{u"university", u"はなみずき大学医学部附属病院", FacilityKind::University, u"1310510016", u"190-0011", u"東京都はなみずき市高松町三丁目1番1号", u"はなみずき市", u"042-500-1111"},
    Facility{u"general", u"市立はなみずき総合病院", FacilityKind::General, u"1310511022", u"190-0022", u"東京都はなみずき市錦町二丁目4番8号", u"はなみずき市", u"042-500-2222"},
    Facility{u"sakura", u"さくら内科クリニック", FacilityKind::Clinic, u"1310522037", u"190-0012", u"東京都はなみずき市曙町一丁目15番3号 さくらビル2階", u"はなみずき市", u"042-500-3333"},
    Facility{u"midori", u"みどり整形外科医院", FacilityKind::Clinic, u"1310523043", u"190-0013", u"東京都はなみずき市富士見町五丁目2番20号", u"はなみずき市", u"042-500-4444"},
    Facility{u"keyaki", u"けやき透析クリニック", FacilityKind::Clinic, u"1310524058", u"190-0023", u"東京都はなみずき市柴崎町四丁目7番1号", u"はなみずき市", u"042-500-5555"},
    Facility{u"aoba", u"あおば歯科医院", FacilityKind::Dental, u"1330531061", u"190-0014", u"東京都はなみずき市緑町二丁目3番5号", u"はなみずき市", u"042-500-6666"},
    Facility{u"hinode", u"ひので調剤薬局", FacilityKind::Pharmacy, u"1340541078", u"190-0011", u"東京都はなみずき市高松町三丁目2番6号", u"はなみずき市", u"042-500-7777"},
    Facility{u"tsubasa", u"つばさ薬局 駅前店", FacilityKind::Pharmacy, u"1340542084", u"190-0012", u"東京都はなみずき市曙町二丁目1番1号", u"はなみずき市", u"042-500-8888"},
};

constexpr std::array kDepartments{
    Department{u"01", u"内科"},
    Department{u"08", u"循環器科"},
    Department{u"11", u"整形外科"},
};

constexpr std::array kStaff{
    Staff{u"dr-tanaka", u"university", u"田中", u"誠", u"タナカ", u"マコト", false, u"01"},
    Staff{u"dr-yamamoto", u"university", u"山本", u"恵子", u"ヤマモト", u"ケイコ", false, u"08"},
    Staff{u"dr-sasaki", u"university", u"佐々木", u"健一", u"ササキ", u"ケンイチ", false, u"01"},
    Staff{u"dr-suzuki", u"general", u"鈴木", u"大輔", u"スズキ", u"ダイスケ", false, u"08"},
    Staff{u"dr-takahashi", u"general", u"高橋", u"由美", u"タカハシ", u"ユミ", false, u"01"},
    Staff{u"dr-nakamura", u"general", u"中村", u"翔", u"ナカムラ", u"ショウ", false, u"11"},
    Staff{u"dr-ito", u"sakura", u"伊藤", u"さくら", u"イトウ", u"サクラ", false, u"01"},
    Staff{u"dr-kobayashi", u"midori", u"小林", u"隆", u"コバヤシ", u"タカシ", false, u"11"},
    Staff{u"dr-kato", u"keyaki", u"加藤", u"浩二", u"カトウ", u"コウジ", false, u"01"},
    Staff{u"dr-yoshida", u"aoba", u"吉田", u"歩", u"ヨシダ", u"アユム", false, u""},
    Staff{u"ph-watanabe", u"hinode", u"渡辺", u"真理", u"ワタナベ", u"マリ", true, u""},
    Staff{u"ph-matsumoto", u"hinode", u"松本", u"直樹", u"マツモト", u"ナオキ", true, u""},
    Staff{u"ph-inoue", u"tsubasa", u"井上", u"彩", u"イノウエ", u"アヤ", true, u""},
};

constexpr std::array kDiagnoses{
    Diagnosis{u"dm2", u"２型糖尿病", u"E119", u"インスリン非依存性糖尿病，合併症を伴わないもの", u""},
    Diagnosis{u"htn", u"本態性高血圧症", u"I10", u"本態性（原発性）高血圧（症）", u""},
    Diagnosis{u"dyslipidemia", u"脂質異常症", u"E785", u"高脂血症，詳細不明", u""},
    Diagnosis{u"ckd", u"慢性腎臓病", u"N183", u"慢性腎臓病，ステージ３", u""},
    Diagnosis{u"esrd", u"慢性腎不全（維持透析）", u"N185", u"慢性腎臓病，ステージ５", u""},
    Diagnosis{u"hf", u"慢性心不全", u"I509", u"心不全，詳細不明", u""},
    Diagnosis{u"af", u"心房細動", u"I489", u"心房細動及び心房粗動，詳細不明", u""},
    Diagnosis{u"angina", u"狭心症", u"I209", u"狭心症，詳細不明", u"20058911"},
    Diagnosis{u"duodenal_ulcer", u"十二指腸潰瘍", u"K269", u"十二指腸潰瘍，急性又は慢性の別不明，出血又は穿孔を伴わないもの", u"20064049"},
    Diagnosis{u"abdominal_pain", u"上腹部痛", u"R101", u"上腹部に限局する疼痛", u"20065011"},
    Diagnosis{u"forearm_fracture", u"前腕骨折", u"S529", u"前腕の骨折，部位不明", u"20080427"},
    Diagnosis{u"knee_oa", u"変形性膝関節症", u"M179", u"膝関節症，詳細不明", u""},
    Diagnosis{u"lumbago", u"腰痛症", u"M545", u"下背部痛", u""},
    Diagnosis{u"osteoporosis", u"骨粗鬆症", u"M819", u"骨粗しょう<鬆>症，詳細不明", u""},
    Diagnosis{u"hypothyroid", u"甲状腺機能低下症", u"E039", u"甲状腺機能低下症，詳細不明", u""},
    Diagnosis{u"gerd", u"逆流性食道炎", u"K210", u"食道炎を伴う胃食道逆流症", u""},
    Diagnosis{u"insomnia", u"不眠症", u"G470", u"睡眠の導入及び維持の障害［不眠症］", u""},
    Diagnosis{u"pollinosis", u"花粉症", u"J301", u"花粉によるアレルギー性鼻炎", u""},
    Diagnosis{u"dementia", u"アルツハイマー型認知症", u"G309", u"アルツハイマー病，詳細不明", u""},
    Diagnosis{u"hyperuricemia", u"高尿酸血症", u"E790", u"炎症性関節炎又は痛風結節性疾患の徴候を伴わない高尿酸血症", u""},
    Diagnosis{u"pneumonia", u"肺炎", u"J189", u"肺炎，詳細不明", u""},
    Diagnosis{u"bronchitis", u"急性気管支炎", u"J209", u"急性気管支炎，詳細不明", u""},
    Diagnosis{u"caries", u"う蝕", u"K029", u"う蝕，詳細不明", u""},
};

constexpr std::array kAllergies{
    Allergy{u"mackerel", u"さば", u"http://jpfhir.jp/fhir/core/CodeSystem/JP_JfagyFoodAllergen_CS", u"J9FC11310000", true, u"low", u"じんま疹"},
    Allergy{u"kiwi", u"キウイフルーツ", u"http://jpfhir.jp/fhir/core/CodeSystem/JP_JfagyFoodAllergen_CS", u"J9FA32540000", true, u"low", u"口腔内のかゆみ"},
    Allergy{u"povidone", u"ポビドンヨード含嗽用液７％", u"http://jpfhir.jp/fhir/core/CodeSystem/GCM/JP_JfagyMedicationAllergen_CS", u"GCM2260701F1ZZZ", false, u"low", u"口腔粘膜の発赤"},
    Allergy{u"penicillin", u"ペニシリン系抗菌薬", u"", u"", false, u"high", u"全身性発疹・呼吸困難"},
    Allergy{u"contrast", u"ヨード造影剤", u"", u"", false, u"high", u"血圧低下"},
    Allergy{u"egg", u"鶏卵", u"", u"", true, u"low", u"湿疹"},
};
// clang-format on

} // namespace

std::span<const Facility> facilities()
{
    return kFacilities;
}

std::span<const Staff> staff()
{
    return kStaff;
}

std::span<const Department> departments()
{
    return kDepartments;
}

std::span<const Diagnosis> diagnoses()
{
    return kDiagnoses;
}

std::span<const Allergy> allergies()
{
    return kAllergies;
}

const Facility *facility(QStringView key)
{
    return findByKey<Facility>(kFacilities, key);
}

const Staff *staffMember(QStringView key)
{
    return findByKey<Staff>(kStaff, key);
}

const Diagnosis *diagnosis(QStringView key)
{
    return findByKey<Diagnosis>(kDiagnoses, key);
}

const Allergy *allergy(QStringView key)
{
    return findByKey<Allergy>(kAllergies, key);
}

QStringView departmentName(QStringView code)
{
    for (const Department &department : kDepartments) {
        if (department.code == code)
            return department.name;
    }
    return {};
}

QStringView prefectureCode()
{
    return u"13";
}

QStringView prefectureName()
{
    return u"東京都";
}

} // namespace renkei::demo::tables

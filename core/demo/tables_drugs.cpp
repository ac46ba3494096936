#include "tables.h"

#include <array>

// Drugs and usages of the demo network.
//
// YJ codes (CodeOrigin):
//  - Sample: product name and codes (YJ, HOT9) exactly as in the JP-CLINS examples
//    (tests/data/jp-clins/MedicationRequest-*.json).
//  - Published: a real YJ code of a product of this ingredient, as linked from public PMDA
//    package-insert URLs. The first 7 characters (薬効分類 + ingredient) are reliable; the
//    strength and brand in `name` are ours and may not match that product exactly.
//  - Demo: invented. 4-digit 薬効分類 chosen to look plausible, ingredient number 9nn, then the
//    form letter, strength digit and the suffix "990" (e.g. 2325901F1990). Not a real product.
// HOT9: only the codes seen in the samples; other drugs carry no HOT9 rather than a made-up one.
// 一般名処方マスタ codes: 1124030F2ZZZ is from the samples; the others follow the master's
// pattern (first 9 characters of the YJ code + "ZZZ") and are unverified.
// JAMI usage codes: `derived = false` rows are copied from the samples; `derived = true` rows are
// built from the code's published digit layout (times per day, then one digit per time slot:
// bedtime, evening, noon, morning; 1 = before meals, 4 = after meals) and unverified.
namespace renkei::demo::tables {
namespace {

// clang-format off
constexpr std::array kUsages{
    Usage{u"qd_morning", u"1011000400000000", u"内服・経口・１日１回朝食後", 1, false, false},
    Usage{u"qd_evening", u"1011040000000000", u"内服・経口・１日１回夕食後", 1, false, false},
    Usage{u"qd_bedtime", u"1011100000000000", u"内服・経口・１日１回就寝前", 1, false, false},
    Usage{u"bid", u"1012040400000000", u"内服・経口・１日２回朝夕食後", 2, true, false},
    Usage{u"tid", u"1013044400000000", u"内服・経口・１日３回朝昼夕食後", 3, false, false},
    Usage{u"tid_before", u"1013011100000000", u"内服・経口・１日３回朝昼夕食前", 3, true, false},
    Usage{u"prn_fever", u"1050710000000000", u"内服・経口・発熱時", 1, false, true},
};

constexpr std::array kDrugs{
    // Sample
    Drug{u"amlodipine_od10", u"アムロジピンＯＤ錠１０ｍｇ", u"アムロジピンベシル酸塩", u"2171022F6276", CodeOrigin::Sample, u"121431401", u"", u"", u"TAB", u"錠", 1, u"qd_morning", u"PO", u"口"},
    Drug{u"calonal500", u"カロナール錠５００", u"アセトアミノフェン", u"1141007F3023", CodeOrigin::Sample, u"123812902", u"", u"", u"TAB", u"錠", 1, u"tid", u"PO", u"口"},
    Drug{u"calonal300", u"カロナール錠３００", u"アセトアミノフェン", u"1141007F1063", CodeOrigin::Sample, u"", u"", u"", u"TAB", u"錠", 1, u"prn_fever", u"PO", u"口"},
    Drug{u"predonin5", u"プレドニン錠５ｍｇ", u"プレドニゾロン", u"2456001F1310", CodeOrigin::Sample, u"105271807", u"", u"", u"TAB", u"錠", 2, u"qd_morning", u"PO", u"口"},
    Drug{u"carbocisteine", u"カルボシステイン錠２５０ｍｇ「サワイ」", u"カルボシステイン", u"2233002F1280", CodeOrigin::Sample, u"103831601", u"", u"", u"TAB", u"錠", 2, u"tid", u"PO", u"口"},
    Drug{u"miyabm", u"ミヤＢＭ錠", u"酪酸菌", u"2316009F1022", CodeOrigin::Sample, u"104195801", u"", u"", u"TAB", u"錠", 2, u"tid", u"PO", u"口"},
    Drug{u"dayvigo", u"デエビゴ錠２．５ｍｇ", u"レンボレキサント", u"1190027F1022", CodeOrigin::Sample, u"", u"", u"", u"TAB", u"錠", 1, u"qd_bedtime", u"PO", u"口"},
    // Published (ingredient prefix reliable, strength ours)
    Drug{u"norvasc25", u"ノルバスク錠２．５ｍｇ", u"アムロジピンベシル酸塩", u"2171022F1029", CodeOrigin::Published, u"", u"", u"", u"TAB", u"錠", 1, u"qd_morning", u"PO", u"口"},
    Drug{u"amlodipine25", u"アムロジピン錠２．５ｍｇ「サワイ」", u"アムロジピンベシル酸塩", u"2171022F1282", CodeOrigin::Published, u"", u"2171022F1ZZZ", u"【般】アムロジピン錠２．５ｍｇ", u"TAB", u"錠", 2, u"qd_morning", u"PO", u"口"},
    Drug{u"loxoprofen", u"ロキソプロフェンＮａ錠６０ｍｇ「ＴＣＫ」", u"ロキソプロフェンナトリウム水和物", u"1149019F1706", CodeOrigin::Published, u"", u"1149019F1ZZZ", u"【般】ロキソプロフェンＮａ錠６０ｍｇ", u"TAB", u"錠", 1, u"tid", u"PO", u"口"},
    Drug{u"aspirin", u"アスピリン腸溶錠１００ｍｇ「ＺＥ」", u"アスピリン", u"3399007H1137", CodeOrigin::Published, u"", u"", u"", u"TAB", u"錠", 1, u"qd_morning", u"PO", u"口"},
    Drug{u"candesartan", u"カンデサルタン錠４ｍｇ「ＪＧ」", u"カンデサルタン　シレキセチル", u"2149040F1093", CodeOrigin::Published, u"", u"", u"", u"TAB", u"錠", 1, u"qd_morning", u"PO", u"口"},
    Drug{u"valsartan", u"バルサルタン錠４０ｍｇ「日新」", u"バルサルタン", u"2149041F1292", CodeOrigin::Published, u"", u"", u"", u"TAB", u"錠", 1, u"qd_morning", u"PO", u"口"},
    Drug{u"telmisartan", u"ミカルディス錠２０ｍｇ", u"テルミサルタン", u"2149042F1025", CodeOrigin::Published, u"", u"", u"", u"TAB", u"錠", 1, u"qd_morning", u"PO", u"口"},
    Drug{u"enalapril", u"エナラプリルマレイン酸塩錠２．５ｍｇ「ＪＧ」", u"エナラプリルマレイン酸塩", u"2144002F1210", CodeOrigin::Published, u"", u"", u"", u"TAB", u"錠", 1, u"qd_morning", u"PO", u"口"},
    Drug{u"carvedilol", u"カルベジロール錠１０ｍｇ「サワイ」", u"カルベジロール", u"2149032F1099", CodeOrigin::Published, u"", u"", u"", u"TAB", u"錠", 1, u"bid", u"PO", u"口"},
    Drug{u"bisoprolol", u"ビソプロロールフマル酸塩錠２．５ｍｇ「ＪＧ」", u"ビソプロロールフマル酸塩", u"2123016F1174", CodeOrigin::Published, u"", u"", u"", u"TAB", u"錠", 1, u"qd_morning", u"PO", u"口"},
    Drug{u"furosemide", u"フロセミド錠２０ｍｇ「ＮＰ」", u"フロセミド", u"2139005F1060", CodeOrigin::Published, u"", u"", u"", u"TAB", u"錠", 1, u"qd_morning", u"PO", u"口"},
    Drug{u"spironolactone", u"スピロノラクトン錠２５ｍｇ「トーワ」", u"スピロノラクトン", u"2133001F1476", CodeOrigin::Published, u"", u"", u"", u"TAB", u"錠", 1, u"qd_morning", u"PO", u"口"},
    Drug{u"eplerenone", u"エプレレノン錠２５ｍｇ「杏林」", u"エプレレノン", u"2149045F1037", CodeOrigin::Published, u"", u"", u"", u"TAB", u"錠", 1, u"qd_morning", u"PO", u"口"},
    Drug{u"warfarin", u"ワルファリンＫ錠１ｍｇ「トーワ」", u"ワルファリンカリウム", u"3332001F1083", CodeOrigin::Published, u"", u"", u"", u"TAB", u"錠", 2, u"qd_morning", u"PO", u"口"},
    Drug{u"clopidogrel", u"クロピドグレル錠２５ｍｇ「サワイ」", u"クロピドグレル硫酸塩", u"3399008F1203", CodeOrigin::Published, u"", u"", u"", u"TAB", u"錠", 3, u"qd_morning", u"PO", u"口"},
    Drug{u"apixaban", u"エリキュース錠２．５ｍｇ", u"アピキサバン", u"3339004F1029", CodeOrigin::Published, u"", u"", u"", u"TAB", u"錠", 1, u"bid", u"PO", u"口"},
    Drug{u"lansoprazole", u"ランソプラゾールＯＤ錠１５ｍｇ「サワイ」", u"ランソプラゾール", u"2329023F1101", CodeOrigin::Published, u"", u"2329023F1ZZZ", u"【般】ランソプラゾール口腔内崩壊錠１５ｍｇ", u"TAB", u"錠", 1, u"qd_morning", u"PO", u"口"},
    Drug{u"tranexamic", u"トラネキサム酸錠２５０ｍｇ「ＹＤ」", u"トラネキサム酸", u"3327002F1169", CodeOrigin::Published, u"", u"", u"", u"TAB", u"錠", 1, u"tid", u"PO", u"口"},
    Drug{u"magnesium", u"酸化マグネシウム錠２５０ｍｇ「ケンエー」", u"酸化マグネシウム", u"2344009F1086", CodeOrigin::Published, u"", u"", u"", u"TAB", u"錠", 2, u"tid", u"PO", u"口"},
    Drug{u"metformin", u"メトホルミン塩酸塩錠２５０ｍｇＭＴ「ＤＳＰＢ」", u"メトホルミン塩酸塩", u"3962002F2124", CodeOrigin::Published, u"", u"3962002F2ZZZ", u"【般】メトホルミン塩酸塩錠２５０ｍｇ（ＭＴ）", u"TAB", u"錠", 1, u"bid", u"PO", u"口"},
    Drug{u"glimepiride", u"グリメピリド錠１ｍｇ「サワイ」", u"グリメピリド", u"3961008F1217", CodeOrigin::Published, u"", u"", u"", u"TAB", u"錠", 1, u"qd_morning", u"PO", u"口"},
    Drug{u"sitagliptin", u"ジャヌビア錠５０ｍｇ", u"シタグリプチンリン酸塩水和物", u"3969010F1034", CodeOrigin::Published, u"", u"", u"", u"TAB", u"錠", 1, u"qd_morning", u"PO", u"口"},
    Drug{u"dapagliflozin", u"フォシーガ錠５ｍｇ", u"ダパグリフロジンプロピレングリコール水和物", u"3969019F1043", CodeOrigin::Published, u"", u"", u"", u"TAB", u"錠", 1, u"qd_morning", u"PO", u"口"},
    Drug{u"atorvastatin", u"アトルバスタチン錠５ｍｇ「ＤＳＥＰ」", u"アトルバスタチンカルシウム水和物", u"2189015F1082", CodeOrigin::Published, u"", u"", u"", u"TAB", u"錠", 1, u"qd_evening", u"PO", u"口"},
    Drug{u"rosuvastatin", u"ロスバスタチン錠２．５ｍｇ「サワイ」", u"ロスバスタチンカルシウム", u"2189017F1154", CodeOrigin::Published, u"", u"", u"", u"TAB", u"錠", 1, u"qd_evening", u"PO", u"口"},
    Drug{u"fenofibrate", u"フェノフィブラート錠８０ｍｇ「武田テバ」", u"フェノフィブラート", u"2183006F3040", CodeOrigin::Published, u"", u"", u"", u"TAB", u"錠", 1, u"qd_morning", u"PO", u"口"},
    Drug{u"levothyroxine", u"チラーヂンＳ錠５０μｇ", u"レボチロキシンナトリウム水和物", u"2431004F1021", CodeOrigin::Published, u"", u"", u"", u"TAB", u"錠", 1, u"qd_morning", u"PO", u"口"},
    Drug{u"clarithromycin", u"クラリスロマイシン錠２００ｍｇ「サワイ」", u"クラリスロマイシン", u"6149003F2100", CodeOrigin::Published, u"", u"", u"", u"TAB", u"錠", 1, u"bid", u"PO", u"口"},
    Drug{u"fexofenadine", u"フェキソフェナジン塩酸塩錠６０ｍｇ「サワイ」", u"フェキソフェナジン塩酸塩", u"4490023F1270", CodeOrigin::Published, u"", u"", u"", u"TAB", u"錠", 1, u"bid", u"PO", u"口"},
    Drug{u"donepezil", u"ドネペジル塩酸塩錠３ｍｇ「ＤＳＥＰ」", u"ドネペジル塩酸塩", u"1190012F1042", CodeOrigin::Published, u"", u"", u"", u"TAB", u"錠", 1, u"qd_morning", u"PO", u"口"},
    Drug{u"pregabalin", u"プレガバリンＯＤ錠２５ｍｇ「トーワ」", u"プレガバリン", u"1190017F1185", CodeOrigin::Published, u"", u"", u"", u"TAB", u"錠", 1, u"bid", u"PO", u"口"},
    Drug{u"zolpidem", u"ゾルピデム酒石酸塩錠５ｍｇ「明治」", u"ゾルピデム酒石酸塩", u"1129009F1335", CodeOrigin::Published, u"", u"", u"", u"TAB", u"錠", 1, u"qd_bedtime", u"PO", u"口"},
    Drug{u"duloxetine", u"デュロキセチンカプセル２０ｍｇ「トーワ」", u"デュロキセチン塩酸塩", u"1179052M1111", CodeOrigin::Published, u"", u"", u"", u"CAP", u"カプセル", 1, u"qd_morning", u"PO", u"口"},
    // Demo (invented codes; see the header)
    Drug{u"quazepam", u"クアゼパム錠２０ｍｇ", u"クアゼパム", u"1124030F2990", CodeOrigin::Demo, u"", u"1124030F2ZZZ", u"【般】クアゼパム錠２０ｍｇ", u"TAB", u"錠", 1, u"qd_bedtime", u"PO", u"口"},
    Drug{u"famotidine", u"ファモチジン錠２０ｍｇ", u"ファモチジン", u"2325901F1990", CodeOrigin::Demo, u"", u"", u"", u"TAB", u"錠", 1, u"bid", u"PO", u"口"},
    Drug{u"rebamipide", u"レバミピド錠１００ｍｇ", u"レバミピド", u"2329901F1990", CodeOrigin::Demo, u"", u"", u"", u"TAB", u"錠", 1, u"tid", u"PO", u"口"},
    Drug{u"celecoxib", u"セレコキシブ錠１００ｍｇ", u"セレコキシブ", u"1149901F1990", CodeOrigin::Demo, u"", u"", u"", u"TAB", u"錠", 1, u"bid", u"PO", u"口"},
    Drug{u"eldecalcitol", u"エルデカルシトールカプセル０．７５μｇ", u"エルデカルシトール", u"3112901M1990", CodeOrigin::Demo, u"", u"", u"", u"CAP", u"カプセル", 1, u"qd_morning", u"PO", u"口"},
    Drug{u"alfacalcidol", u"アルファカルシドールカプセル０．２５μｇ", u"アルファカルシドール", u"3112902M1990", CodeOrigin::Demo, u"", u"", u"", u"CAP", u"カプセル", 1, u"qd_morning", u"PO", u"口"},
    Drug{u"linagliptin", u"トラゼンタ錠５ｍｇ", u"リナグリプチン", u"3969901F1990", CodeOrigin::Demo, u"", u"", u"", u"TAB", u"錠", 1, u"qd_morning", u"PO", u"口"},
    Drug{u"febuxostat", u"フェブキソスタット錠２０ｍｇ", u"フェブキソスタット", u"3949901F1990", CodeOrigin::Demo, u"", u"", u"", u"TAB", u"錠", 1, u"qd_morning", u"PO", u"口"},
    Drug{u"lanthanum", u"炭酸ランタンＯＤ錠２５０ｍｇ", u"炭酸ランタン水和物", u"2190901F1990", CodeOrigin::Demo, u"", u"", u"", u"TAB", u"錠", 1, u"tid", u"PO", u"口"},
    Drug{u"calciumcarbonate", u"沈降炭酸カルシウム錠５００ｍｇ", u"沈降炭酸カルシウム", u"2190902F1990", CodeOrigin::Demo, u"", u"", u"", u"TAB", u"錠", 2, u"tid", u"PO", u"口"},
    Drug{u"cinacalcet", u"シナカルセト錠２５ｍｇ", u"シナカルセト塩酸塩", u"3999901F1990", CodeOrigin::Demo, u"", u"", u"", u"TAB", u"錠", 1, u"qd_evening", u"PO", u"口"},
};
// clang-format on

} // namespace

std::span<const Usage> usages()
{
    return kUsages;
}

std::span<const Drug> drugs()
{
    return kDrugs;
}

const Usage *usage(QStringView key)
{
    return findByKey<Usage>(kUsages, key);
}

const Drug *drug(QStringView key)
{
    return findByKey<Drug>(kDrugs, key);
}

} // namespace renkei::demo::tables

#include "tables.h"

#include <array>

// Japanese family and given names (common ones; any resemblance to a real person is chance).
namespace renkei::demo::tables {
namespace {

// clang-format off
constexpr std::array kFamilyNames{
    NamePart{u"佐藤", u"サトウ"}, NamePart{u"鈴木", u"スズキ"}, NamePart{u"高橋", u"タカハシ"},
    NamePart{u"田中", u"タナカ"}, NamePart{u"伊藤", u"イトウ"}, NamePart{u"渡辺", u"ワタナベ"},
    NamePart{u"山本", u"ヤマモト"}, NamePart{u"中村", u"ナカムラ"}, NamePart{u"小林", u"コバヤシ"},
    NamePart{u"加藤", u"カトウ"}, NamePart{u"吉田", u"ヨシダ"}, NamePart{u"山田", u"ヤマダ"},
    NamePart{u"佐々木", u"ササキ"}, NamePart{u"山口", u"ヤマグチ"}, NamePart{u"松本", u"マツモト"},
    NamePart{u"井上", u"イノウエ"}, NamePart{u"木村", u"キムラ"}, NamePart{u"林", u"ハヤシ"},
    NamePart{u"斎藤", u"サイトウ"}, NamePart{u"清水", u"シミズ"}, NamePart{u"山崎", u"ヤマザキ"},
    NamePart{u"森", u"モリ"}, NamePart{u"池田", u"イケダ"}, NamePart{u"橋本", u"ハシモト"},
    NamePart{u"阿部", u"アベ"}, NamePart{u"石川", u"イシカワ"}, NamePart{u"前田", u"マエダ"},
    NamePart{u"藤田", u"フジタ"}, NamePart{u"小川", u"オガワ"}, NamePart{u"岡田", u"オカダ"},
    NamePart{u"後藤", u"ゴトウ"}, NamePart{u"長谷川", u"ハセガワ"}, NamePart{u"村上", u"ムラカミ"},
    NamePart{u"近藤", u"コンドウ"}, NamePart{u"石井", u"イシイ"}, NamePart{u"坂本", u"サカモト"},
    NamePart{u"遠藤", u"エンドウ"}, NamePart{u"青木", u"アオキ"}, NamePart{u"藤井", u"フジイ"},
    NamePart{u"西村", u"ニシムラ"}, NamePart{u"福田", u"フクダ"}, NamePart{u"太田", u"オオタ"},
};

constexpr std::array kMaleGivenNames{
    NamePart{u"太郎", u"タロウ"}, NamePart{u"一郎", u"イチロウ"}, NamePart{u"健一", u"ケンイチ"},
    NamePart{u"誠", u"マコト"}, NamePart{u"浩", u"ヒロシ"}, NamePart{u"隆", u"タカシ"},
    NamePart{u"茂", u"シゲル"}, NamePart{u"勇", u"イサム"}, NamePart{u"博", u"ヒロシ"},
    NamePart{u"正男", u"マサオ"}, NamePart{u"和夫", u"カズオ"}, NamePart{u"清", u"キヨシ"},
    NamePart{u"大輔", u"ダイスケ"}, NamePart{u"翔太", u"ショウタ"}, NamePart{u"健太", u"ケンタ"},
    NamePart{u"拓也", u"タクヤ"}, NamePart{u"直樹", u"ナオキ"}, NamePart{u"修", u"オサム"},
    NamePart{u"進", u"ススム"}, NamePart{u"昭", u"アキラ"}, NamePart{u"実", u"ミノル"},
    NamePart{u"豊", u"ユタカ"}, NamePart{u"秀樹", u"ヒデキ"}, NamePart{u"康弘", u"ヤスヒロ"},
};

constexpr std::array kFemaleGivenNames{
    NamePart{u"花子", u"ハナコ"}, NamePart{u"恵子", u"ケイコ"}, NamePart{u"幸子", u"サチコ"},
    NamePart{u"和子", u"カズコ"}, NamePart{u"洋子", u"ヨウコ"}, NamePart{u"節子", u"セツコ"},
    NamePart{u"美智子", u"ミチコ"}, NamePart{u"久美子", u"クミコ"}, NamePart{u"由美", u"ユミ"},
    NamePart{u"真理", u"マリ"}, NamePart{u"陽子", u"ヨウコ"}, NamePart{u"明美", u"アケミ"},
    NamePart{u"さくら", u"サクラ"}, NamePart{u"美咲", u"ミサキ"}, NamePart{u"彩", u"アヤ"},
    NamePart{u"千尋", u"チヒロ"}, NamePart{u"静香", u"シズカ"}, NamePart{u"トメ", u"トメ"},
    NamePart{u"キヨ", u"キヨ"}, NamePart{u"文子", u"フミコ"}, NamePart{u"直美", u"ナオミ"},
    NamePart{u"智子", u"トモコ"}, NamePart{u"裕子", u"ユウコ"}, NamePart{u"典子", u"ノリコ"},
};
// clang-format on

} // namespace

std::span<const NamePart> familyNames()
{
    return kFamilyNames;
}

std::span<const NamePart> maleGivenNames()
{
    return kMaleGivenNames;
}

std::span<const NamePart> femaleGivenNames()
{
    return kFemaleGivenNames;
}

} // namespace renkei::demo::tables

// Folding of text codes (FUNCTIONS.md conventions).
#include "common/fold.hpp"

#include <gtest/gtest.h>

#include <string>

using namespace vnpolicy;

namespace {
std::string folded(std::u16string_view s) {
    const FoldedCode f = fold_code(s);
    return f.ok() ? std::string(f.view()) : std::string("<no match>");
}
}  // namespace

TEST(Fold, ContractExamples) {
    EXPECT_EQ(folded(u"Tiến sĩ"), "tiensi");
    EXPECT_EQ(folded(u"tien si"), "tiensi");
    EXPECT_EQ(folded(u"TIENSI"), "tiensi");
    EXPECT_EQ(folded(u"T-H"), "th");
    EXPECT_EQ(folded(u"t h"), "th");
}

TEST(Fold, CaseSpacesPunctuation) {
    EXPECT_EQ(folded(u"  BT_2012. "), "bt2012");
    EXPECT_EQ(folded(u"K.H-2023"), "kh2023");
    EXPECT_EQ(folded(u"\u00A0vi\u00A0"), "vi");  // no-break spaces
    EXPECT_EQ(folded(u"49/2012"), "49/2012");    // other ASCII kept
    EXPECT_EQ(folded(u""), "");
    EXPECT_EQ(folded(u" - . _ "), "");
}

TEST(Fold, VietnameseLettersPrecomposed) {
    EXPECT_EQ(folded(u"ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬ"), std::string(17, 'a'));
    EXPECT_EQ(folded(u"àáảãạăằắẳẵặâầấẩẫậ"), std::string(17, 'a'));
    EXPECT_EQ(folded(u"ÈÉẺẼẸÊỀẾỂỄỆèéẻẽẹêềếểễệ"), std::string(22, 'e'));
    EXPECT_EQ(folded(u"ÌÍỈĨỊìíỉĩị"), std::string(10, 'i'));
    EXPECT_EQ(folded(u"ÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢòóỏõọôồốổỗộơờớởỡợ"), std::string(34, 'o'));
    EXPECT_EQ(folded(u"ÙÚỦŨỤƯỪỨỬỮỰùúủũụưừứửữự"), std::string(22, 'u'));
    EXPECT_EQ(folded(u"ỲÝỶỸỴỳýỷỹỵ"), std::string(10, 'y'));
    EXPECT_EQ(folded(u"Đđ"), "dd");
    EXPECT_EQ(folded(u"Thạc sĩ"), "thacsi");
    EXPECT_EQ(folded(u"huyện-tỉnh"), "huyentinh");
    EXPECT_EQ(folded(u"Lý luận chính trị"), "lyluanchinhtri");
    EXPECT_EQ(folded(u"ĐIỀU ĐỘNG"), "dieudong");
}

TEST(Fold, CombiningMarksDropped) {
    // "Tiến sĩ" decomposed: e + U+0302 + U+0301, i + U+0303.
    EXPECT_EQ(folded(u"Tie\u0302\u0301n si\u0303"), "tiensi");
    EXPECT_EQ(folded(u"Khánh Hòa"), folded(u"Kha\u0301nh Ho\u0300a"));
    EXPECT_EQ(folded(u"\u0300\u036F"), "");
}

TEST(Fold, NoMatchCases) {
    EXPECT_FALSE(fold_code(u"日本").ok());
    EXPECT_FALSE(fold_code(u"BT\u00D72012").ok());  // ×
    EXPECT_FALSE(fold_code(u"\xD83D\xDE00").ok());  // surrogate pair (emoji)
    const std::u16string long_text(FoldedCode::kCapacity + 1, u'a');
    EXPECT_FALSE(fold_code(long_text).ok());
    const std::u16string fits(FoldedCode::kCapacity, u'a');
    EXPECT_TRUE(fold_code(fits).ok());
    // Dropped characters do not count towards the capacity.
    EXPECT_TRUE(fold_code(std::u16string(200, u' ') + u"bt2012").ok());
}

TEST(Fold, Utf8Helpers) {
    EXPECT_EQ(fold_code_utf8("Bình Thuận"), std::optional<std::string>("binhthuan"));
    EXPECT_EQ(fold_code_utf8("\xC3"), std::nullopt);  // truncated UTF-8
    EXPECT_EQ(fold_code_utf8(" - "), std::nullopt);   // folds to nothing
    EXPECT_EQ(utf16_to_utf8(u"Sóc Trăng"), "Sóc Trăng");
    EXPECT_EQ(utf8_to_utf16("Đồng"), std::optional<std::u16string>(u"Đồng"));
}

// Found by fuzz/fuzz_core_units: these byte sequences are not UTF-8 and used to be decoded.
TEST(Fold, Utf8RejectsOverlongSurrogatesAndBeyondUnicode) {
    EXPECT_EQ(utf8_to_utf16("\xC0\xAE"), std::nullopt);          // overlong '.'
    EXPECT_EQ(utf8_to_utf16("\xE0\x80\xAE"), std::nullopt);      // overlong '.'
    EXPECT_EQ(utf8_to_utf16("\xF0\x80\x80\xAE"), std::nullopt);  // overlong '.'
    EXPECT_EQ(utf8_to_utf16("\xED\xA0\x80"), std::nullopt);      // U+D800, a surrogate
    EXPECT_EQ(utf8_to_utf16("\xF4\x90\x80\x80"), std::nullopt);  // U+110000
    EXPECT_EQ(utf8_to_utf16("\xF7\xBF\xBF\xBF"), std::nullopt);  // U+1FFFFF
    EXPECT_EQ(utf8_to_utf16("\xF4\x8F\xBF\xBF"), std::optional<std::u16string>(u"\U0010FFFF"));
    EXPECT_EQ(fold_code_utf8("KH\xC0\xAE"
                             "2023"),
              std::nullopt);
}

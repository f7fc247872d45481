#include "linnet/tokenizer.h"

namespace linnet {

namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";

enum class Scan { Complete, Incomplete, Invalid };

// Examines the UTF-8 sequence starting at s[i]. `length` is the sequence's length when
// Complete, and the length of its maximal valid prefix (at least 1) when Invalid, so
// that one U+FFFD replaces that prefix, as Unicode (and Python) recommend.
Scan scan(std::string_view s, size_t i, size_t& length)
{
    const auto b = static_cast<unsigned char>(s[i]);
    int len;
    unsigned char lo = 0x80, hi = 0xBF; // allowed range of the second byte
    length = 1;
    if (b < 0x80)
        return Scan::Complete;
    if (b >= 0xC2 && b <= 0xDF)
        len = 2;
    else if (b >= 0xE0 && b <= 0xEF) {
        len = 3;
        lo = b == 0xE0 ? 0xA0 : lo; // no overlong forms
        hi = b == 0xED ? 0x9F : hi; // no surrogates
    } else if (b >= 0xF0 && b <= 0xF4) {
        len = 4;
        lo = b == 0xF0 ? 0x90 : lo;
        hi = b == 0xF4 ? 0x8F : hi; // nothing above U+10FFFF
    } else
        return Scan::Invalid;
    for (int k = 1; k < len; ++k) {
        if (i + k >= s.size())
            return Scan::Incomplete;
        const auto c = static_cast<unsigned char>(s[i + k]);
        if (k == 1 ? (c < lo || c > hi) : (c < 0x80 || c > 0xBF)) {
            length = k;
            return Scan::Invalid;
        }
    }
    length = len;
    return Scan::Complete;
}

// Appends the text of s to out with invalid bytes replaced. With `hold_tail`, stops
// before an unfinished sequence at the end; returns the number of bytes consumed.
size_t convert(std::string_view s, std::string& out, bool hold_tail)
{
    size_t i = 0;
    while (i < s.size()) {
        size_t length;
        const Scan result = scan(s, i, length);
        if (result == Scan::Incomplete) {
            if (hold_tail)
                return i;
            out.append(kReplacement);
            return s.size();
        }
        if (result == Scan::Complete)
            out.append(s.substr(i, length));
        else
            out.append(kReplacement);
        i += length;
    }
    return i;
}

} // namespace

std::string Utf8Stream::push(std::string_view bytes)
{
    pending_.append(bytes);
    std::string out;
    const size_t used = convert(pending_, out, true);
    pending_.erase(0, used);
    return out;
}

std::string Utf8Stream::flush()
{
    std::string out;
    convert(pending_, out, false);
    pending_.clear();
    return out;
}

std::string sanitize_utf8(std::string_view bytes)
{
    std::string out;
    convert(bytes, out, false);
    return out;
}

} // namespace linnet

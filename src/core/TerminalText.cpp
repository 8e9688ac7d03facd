// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/TerminalText.h"

#include <algorithm>

namespace edm {

namespace {

bool isControl(char16_t c)
{
    return (c < 0x20 && c != u'\n' && c != u'\t') || (c >= 0x7f && c <= 0x9f);
}

} // namespace

QString terminalSafe(const QString &text)
{
    if (std::none_of(text.cbegin(), text.cend(), [](QChar c) { return isControl(c.unicode()); }))
        return text;
    QString out;
    out.reserve(text.size());
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == 0x1b && i + 1 < size) {
            const char16_t next = text.at(i + 1).unicode();
            if (next == u'[') { // CSI: parameters and intermediates, then a final byte in @..~
                i += 2;
                while (i < size && !(text.at(i).unicode() >= 0x40 && text.at(i).unicode() <= 0x7e))
                    ++i;
            } else if (next == u']' || next == u'P' || next == u'_' || next == u'^') {
                // OSC, DCS, APC, PM: up to BEL or ESC backslash
                i += 2;
                while (i < size && text.at(i) != u'\a' &&
                       !(text.at(i).unicode() == 0x1b && i + 1 < size && text.at(i + 1) == u'\\'))
                    ++i;
                if (i < size && text.at(i).unicode() == 0x1b)
                    ++i;
            } else {
                ++i; // a two-byte escape: ESC and one character
            }
            continue;
        }
        if (!isControl(c))
            out += QChar(c);
    }
    return out;
}

} // namespace edm

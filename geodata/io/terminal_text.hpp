#pragma once

// Text from inputs (article text, names, ids, file names) on its way to a terminal. Raw, an
// escape sequence in an article could recolour, retitle or rewrite the user's terminal, and a
// newline or bidirectional override could forge a line of campaignmap's own. Every message
// campaignmap prints passes through terminal_safe().

#include <string>
#include <string_view>

namespace cm {

/// @returns @p text with what a terminal would act on made visible: C0 controls (newline and
/// tab included) and DEL as \xNN, C1 controls and the bidirectional embeddings, overrides and
/// isolates (U+202A..U+202E, U+2066..U+2069) as \u{NNNN}, and bytes that are not UTF-8 as \xNN.
/// Printable text of any script is kept as it is.
std::string terminal_safe(std::string_view text);

/// @returns @p text with each of its lines made terminal_safe(), the line breaks kept.
std::string terminal_safe_lines(std::string_view text);

}  // namespace cm

#pragma once

// The size and CRC-32 of a file's bytes: what a cached copy records when it is written and is
// checked against before it is read, so that a truncated, overwritten or replaced copy is
// never taken for the real one. Used by the vector cache only.

#include <cstdint>
#include <optional>
#include <string>

namespace cm::detail {

struct FileDigest {
    std::uint64_t size = 0;
    std::uint32_t crc32 = 0;

    bool operator==(const FileDigest&) const = default;
};

/// The digest of the regular file @p path, read in full.
/// @returns nothing, with the reason in @p why, when @p path is not a regular file or cannot
/// be read.
std::optional<FileDigest> digest_of(const std::string& path, std::string& why);

/// One line of text, e.g. "size 123456 crc32 89abcdef".
std::string to_text(const FileDigest& digest);

/// @returns the digest written by to_text(), or nothing for any other text.
std::optional<FileDigest> parse_digest(const std::string& text);

}  // namespace cm::detail

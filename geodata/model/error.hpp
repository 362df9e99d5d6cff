#pragma once

// The exception family of campaignmap. Each type has one fixed meaning; the CLI
// prints what() as one line after "campaignmap: ". Our own bugs are asserts, not these.

#include <stdexcept>
#include <string>

namespace cm {

/// Base of every error campaignmap reports to a user.
class Error : public std::runtime_error {
  public:
    using std::runtime_error::runtime_error;
};

/// A data file (gazetteer, history, article, basemap) is unreadable or wrong.
/// The message names the file, the record (feature id, table, line) and what is wrong.
class DataError : public Error {
  public:
    DataError(const std::string& file, const std::string& record, const std::string& message)
        : Error(compose(file, record, message)) {}

  private:
    static std::string compose(const std::string& file, const std::string& record,
                               const std::string& message) {
        std::string text = file;
        if (!record.empty())
            text += ": " + record;
        return text + ": " + message;
    }
};

/// A style file is unreadable or has an unknown key or a value of the wrong kind.
class StyleError : public Error {
  public:
    StyleError(const std::string& file, const std::string& key, const std::string& message)
        : Error(file + (key.empty() ? "" : ": '" + key + "'") + ": " + message) {}
};

/// The command line asks for something impossible (bad year, unknown page, bad extent).
/// The CLI exits with status 2 for these.
class UsageError : public Error {
  public:
    using Error::Error;
};

/// An output could not be written (directory missing or unwritable, disk full,
/// unknown extension). No partial file is left behind.
class OutputError : public Error {
  public:
    OutputError(const std::string& path, const std::string& message)
        : Error(path + ": " + message) {}
};

/// Drawing failed for a reason outside the data (projection cannot show the extent,
/// font missing, Cairo out of memory).
class RenderError : public Error {
  public:
    using Error::Error;
};

}  // namespace cm

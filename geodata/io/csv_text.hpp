#pragma once

// Text cells of the CSV files campaignmap writes. A spreadsheet runs a cell that starts with
// '=', '+', '-' or '@' (or a tab or carriage return before one) as a formula: a place name
// from an article could so make a spreadsheet fetch a URL or run a command. Such cells get
// a leading single quote, the OWASP convention, which spreadsheets show as text.

#include <string>

namespace cm {

/// @returns @p text, with a leading "'" when it starts with '=', '+', '-', '@', tab or CR.
std::string csv_safe_cell(const std::string& text);

}  // namespace cm

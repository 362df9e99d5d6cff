#include "geodata/draft/draft_toml.hpp"

#include "geodata/io/quoted_text.hpp"

namespace cm::draft {
namespace {

std::string list(const std::vector<std::string>& items) {
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i)
        out += (i ? ", " : "") + quoted(items[i]);
    return out + "]";
}

std::string source(const Where& w) {
    return quoted(w.article + ", " + w.section + ", offset " + std::to_string(w.offset));
}

constexpr const char* kHeader =
    "# Drafts written by `campaignmap draft`: review each record against its source (article,\n"
    "# section, character offset), correct it, write the outcome, and set certainty to exact,\n"
    "# approximate or uncertain. `campaignmap check` refuses a record still marked \"draft\".\n";

}  // namespace

std::string events_toml(const Drafts& drafts) {
    std::string out = kHeader;
    for (const DraftEvent& e : drafts.events) {
        out += "\n[[event]]\nid = " + quoted(e.id) + "\nname = " + quoted(e.name) +
               "\ntype = " + quoted(std::string(to_string(e.type))) +
               "\nyear = " + std::to_string(e.year) + "\nplace = " + quoted(e.place_id) +
               "\nsides = " + list(e.sides) + "\ncommanders = " + list(e.commanders) +
               "\noutcome = \"To be written from the source.\"\ncertainty = \"draft\"" +
               "\nsource = " + source(e.where) + "\n";
    }
    return out;
}

std::string campaigns_toml(const Drafts& drafts) {
    std::string out = kHeader;
    for (const DraftCampaign& c : drafts.campaigns) {
        out += "\n[[campaign]]\nid = " + quoted(c.id) + "\nname = " + quoted(c.name) +
               "\nside = " + quoted(c.side.empty() ? "unknown" : c.side) +
               "\ncommanders = " + list(c.commanders) + "\nsource = " + source(c.where) + "\n";
        for (const DraftLeg& leg : c.legs)
            out += "\n[[campaign.leg]]\nfrom = " + quoted(leg.from) + "\nto = " + quoted(leg.to) +
                   "\nyear = " + std::to_string(leg.year) + "\ncertainty = \"draft\"\n";
    }
    return out;
}

}  // namespace cm::draft

// The folders of the sources depend on one another one way only (model -> compose -> display
// list -> writers), and only the command line reaches the loaders: read from the #include
// lines of every source under render/ and geodata/.

#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include <gtest/gtest.h>

namespace {

namespace fs = std::filesystem;
using Graph = std::map<std::string, std::set<std::string>>;

/// "render/scene" for render/scene/build_scene.cpp and render/scene/detail/x.hpp.
std::string folder_of(const fs::path& relative) {
    auto part = relative.begin();
    const std::string top = (part++)->string();
    return top + "/" + part->string();
}

/// Each folder (two levels: render/scene, geodata/io) and the other folders it includes from.
Graph folder_includes() {
    static const std::regex include_re(R"re(#include "((render|geodata)/[a-z_]+)/)re");
    const fs::path source(CM_SOURCE_DIR);
    Graph graph;
    for (const char* top : {"render", "geodata"}) {
        for (const fs::directory_entry& entry : fs::recursive_directory_iterator(source / top)) {
            const std::string ext = entry.path().extension().string();
            if (!entry.is_regular_file() || (ext != ".cpp" && ext != ".hpp"))
                continue;
            const std::string from = folder_of(fs::relative(entry.path(), source));
            graph[from];
            std::ifstream in(entry.path());
            std::string line;
            while (std::getline(in, line)) {
                std::smatch m;
                if (std::regex_search(line, m, include_re) && m[1] != from)
                    graph[from].insert(m[1]);
            }
        }
    }
    return graph;
}

/// A cycle of @p graph as "a -> b -> a", or "" when it has none.
std::string find_cycle(const Graph& graph) {
    std::map<std::string, int> state;  // 1: on the current path, 2: done
    std::vector<std::string> path;
    std::string cycle;
    std::function<bool(const std::string&)> visit = [&](const std::string& node) {
        state[node] = 1;
        path.push_back(node);
        if (const auto found = graph.find(node); found != graph.end()) {
            for (const std::string& next : found->second) {
                if (state[next] == 1) {
                    bool on = false;
                    for (const std::string& p : path)
                        if ((on = on || p == next))
                            cycle += p + " -> ";
                    cycle += next;
                    return true;
                }
                if (state[next] == 0 && visit(next))
                    return true;
            }
        }
        path.pop_back();
        state[node] = 2;
        return false;
    };
    for (const auto& [node, edges] : graph)
        if (state[node] == 0 && visit(node))
            return cycle;
    return "";
}

TEST(FolderDependencies, TheGraphIsReadFromTheSources) {
    const Graph graph = folder_includes();
    ASSERT_TRUE(graph.count("render/scene"));
    EXPECT_TRUE(graph.at("render/scene").count("render/labels"));
    EXPECT_TRUE(graph.at("render/cli").count("geodata/io"));
}

TEST(FolderDependencies, NoFolderDependsOnItselfThroughOthers) {
    EXPECT_EQ(find_cycle(folder_includes()), "");
}

TEST(FolderDependencies, FindsACycleWhereThereIsOne) {
    const Graph graph = {{"a", {"b"}}, {"b", {"c"}}, {"c", {"b"}}};
    EXPECT_EQ(find_cycle(graph), "b -> c -> b");
}

TEST(FolderDependencies, OnlyTheCommandLineIncludesTheLoaders) {
    const std::set<std::string> loaders = {"geodata/io",    "geodata/check",  "geodata/geocode",
                                           "geodata/draft", "geodata/export", "geodata/routing"};
    for (const auto& [folder, includes] : folder_includes()) {
        if (folder.rfind("render/", 0) != 0 || folder == "render/cli")
            continue;
        for (const std::string& included : includes)
            EXPECT_FALSE(loaders.count(included)) << folder << " includes " << included;
    }
}

}  // namespace

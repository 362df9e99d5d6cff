// campaignmap_bench: whole-process wall time and peak memory of campaignmap commands.
// Reads cases (name TAB arguments) from a TSV file, runs each one several times as a child
// process, and prints a Markdown table: median and best wall time, peak resident memory.
// Usage: campaignmap_bench CAMPAIGNMAP CASES.tsv OUT_DIR [RUNS]

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>
#include <vector>

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

namespace {

struct BenchCase {
    std::string name;
    std::vector<std::string> args;
};

struct Measurement {
    double wall_s = 0.0;
    long peak_kib = 0;
    bool ok = false;
};

std::string substitute(std::string arg, const std::string& out_dir) {
    const std::string key = "{out}";
    for (auto pos = arg.find(key); pos != std::string::npos; pos = arg.find(key))
        arg.replace(pos, key.size(), out_dir);
    return arg;
}

std::vector<BenchCase> read_cases(const std::string& path, const std::string& out_dir) {
    std::ifstream in(path);
    if (!in)
        throw std::runtime_error(path + ": cannot read");
    std::vector<BenchCase> cases;
    for (std::string line; std::getline(in, line);) {
        if (line.empty() || line[0] == '#')
            continue;
        const auto tab = line.find('\t');
        if (tab == std::string::npos)
            throw std::runtime_error(path + ": no tab in: " + line);
        BenchCase c{line.substr(0, tab), {}};
        std::istringstream words(line.substr(tab + 1));
        for (std::string w; words >> w;)
            c.args.push_back(substitute(w, out_dir));
        cases.push_back(std::move(c));
    }
    return cases;
}

Measurement run_once(const std::string& program, const BenchCase& c) {
    std::vector<char*> argv{const_cast<char*>(program.c_str())};
    for (const auto& a : c.args)
        argv.push_back(const_cast<char*>(a.c_str()));
    argv.push_back(nullptr);
    std::cout.flush();  // or the child's freopen would write the parent's buffered table again
    std::fflush(nullptr);
    const auto start = std::chrono::steady_clock::now();
    const pid_t child = ::fork();
    if (child == 0) {
        std::freopen("/dev/null", "w", stdout);
        std::freopen("/dev/null", "w", stderr);  // a failure shows as "(FAILED)" in the table
        ::execv(program.c_str(), argv.data());
        ::_exit(127);
    }
    int status = 0;
    rusage usage{};
    ::wait4(child, &status, 0, &usage);
    const auto end = std::chrono::steady_clock::now();
    Measurement m;
    m.wall_s = std::chrono::duration<double>(end - start).count();
    m.peak_kib = usage.ru_maxrss;
    m.ok = WIFEXITED(status) && WEXITSTATUS(status) == 0;
    return m;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 4) {
        std::cerr << "usage: campaignmap_bench CAMPAIGNMAP CASES.tsv OUT_DIR [RUNS]\n";
        return 2;
    }
    const std::string program = argv[1];
    const int runs = argc > 4 ? std::max(1, std::atoi(argv[4])) : 5;
    try {
        const auto cases = read_cases(argv[2], argv[3]);
        std::cout << "| case | median wall (s) | best wall (s) | peak memory (MB) |\n"
                  << "|---|---:|---:|---:|\n";
        bool all_ok = true;
        for (const auto& c : cases) {
            std::vector<double> walls;
            long peak = 0;
            bool ok = true;
            for (int i = 0; i < runs; ++i) {
                const Measurement m = run_once(program, c);
                ok = ok && m.ok;
                walls.push_back(m.wall_s);
                peak = std::max(peak, m.peak_kib);
            }
            std::sort(walls.begin(), walls.end());
            char row[256];
            std::snprintf(row, sizeof row, "| %s%s | %.3f | %.3f | %.0f |", c.name.c_str(),
                          ok ? "" : " (FAILED)", walls[walls.size() / 2], walls.front(),
                          static_cast<double>(peak) / 1024.0);
            std::cout << row << std::endl;
            all_ok = all_ok && ok;
        }
        return all_ok ? 0 : 1;
    } catch (const std::exception& e) {
        std::cerr << "campaignmap_bench: " << e.what() << '\n';
        return 1;
    }
}

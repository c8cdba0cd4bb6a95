#include <cstdint>
#include <cstdio>
#include <cstdlib>

struct IndexRecord {
    std::uint64_t key;
    std::uint32_t offset;
    std::uint32_t size;
};

IndexRecord *load_index(std::FILE *f, std::uint64_t &count)
{
    if (std::fread(&count, sizeof count, 1, f) != 1)
        return nullptr;
    auto *recs = static_cast<IndexRecord *>(std::malloc(count * sizeof(IndexRecord)));
    if (!recs)
        return nullptr;
    for (std::uint64_t i = 0; i < count; ++i) {
        if (std::fread(&recs[i], sizeof(IndexRecord), 1, f) != 1)
            break;
    }
    return recs;
}

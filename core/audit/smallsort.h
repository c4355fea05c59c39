#pragma once

#include <cstddef>
#include <utility>
#include <vector>

namespace Cairn::Core {

// A stable insertion sort for the handful of values the allocation sorts
// thousands of times per audit (an anyOf's children, a course's leaves):
// std::stable_sort allocates a buffer on every call, std::sort is not
// stable, and at this size shifting values is cheaper than either.
template<typename T, typename Less>
void sortFew(std::vector<T> &values, Less less)
{
    for (size_t i = 1; i < values.size(); ++i) {
        T value = std::move(values[i]);
        size_t j = i;
        for (; j > 0 && less(value, values[j - 1]); --j)
            values[j] = std::move(values[j - 1]);
        values[j] = std::move(value);
    }
}

} // namespace Cairn::Core

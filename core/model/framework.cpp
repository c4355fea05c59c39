#include "framework.h"

namespace Cairn::Core {

double convertCredits(double credits, const Framework &from, const Framework &to)
{
    return credits * from.creditHours / to.creditHours;
}

double notionalHours(double credits, const Framework &framework)
{
    return credits * framework.creditHours;
}

} // namespace Cairn::Core

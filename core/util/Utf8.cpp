// SPDX-License-Identifier: EUPL-1.2
#include "core/util/Utf8.h"

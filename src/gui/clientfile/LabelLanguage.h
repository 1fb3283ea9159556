#pragma once

#include "core/domain/Codes.h"

#include <QLocale>

namespace relais::gui {

// Which of the two labels of a coded value (core::labelOf) the client file shows:
// French when the interface runs in French, English otherwise.
inline core::LabelLanguage interfaceLabelLanguage()
{
    return QLocale().language() == QLocale::French ? core::LabelLanguage::French : core::LabelLanguage::English;
}

} // namespace relais::gui

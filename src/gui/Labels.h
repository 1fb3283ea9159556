#pragma once

#include "core/domain/Codes.h"
#include "core/domain/Entities.h"

#include <QLocale>

namespace relais::gui {

// Coded values and intervention types in the interface's language.
inline core::LabelLanguage uiLanguage()
{
    return QLocale().language() == QLocale::French ? core::LabelLanguage::French : core::LabelLanguage::English;
}

template <typename E>
QString label(E value)
{
    return core::labelOf(value, uiLanguage());
}

inline QString label(const core::InterventionType& type)
{
    return uiLanguage() == core::LabelLanguage::French ? type.labelFr : type.labelEn;
}

} // namespace relais::gui

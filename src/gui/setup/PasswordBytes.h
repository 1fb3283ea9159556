#pragma once

#include "storage/SecureBytes.h"

#include <QByteArray>
#include <QString>

#include <string_view>

namespace relais::gui {

// A password typed into a line edit, as the UTF-8 bytes the store takes. The copy
// is wiped when it goes out of scope (best effort: the line edit's own QString is
// cleared by its owner as soon as it is no longer needed).
class PasswordBytes
{
public:
    explicit PasswordBytes(const QString& text)
        : m_bytes(text.toUtf8())
    {
    }
    ~PasswordBytes() { storage::wipe(m_bytes); }
    PasswordBytes(const PasswordBytes&) = delete;
    PasswordBytes& operator=(const PasswordBytes&) = delete;

    std::string_view view() const { return {m_bytes.constData(), static_cast<std::size_t>(m_bytes.size())}; }

private:
    QByteArray m_bytes;
};

} // namespace relais::gui

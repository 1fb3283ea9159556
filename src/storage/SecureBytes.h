#pragma once

#include <QByteArray>

#include <cstddef>
#include <string_view>

namespace relais::storage {

// Key material in libsodium's guarded memory (mlocked, guard pages, wiped on free).
// Move-only, so a key has exactly one owner and is wiped when that owner goes.
class SecureBytes
{
public:
    SecureBytes() = default;
    explicit SecureBytes(std::size_t size);
    static SecureBytes random(std::size_t size);
    static SecureBytes copyOf(const unsigned char* data, std::size_t size);
    static SecureBytes copyOf(std::string_view text);
    ~SecureBytes();

    SecureBytes(SecureBytes&& other) noexcept;
    SecureBytes& operator=(SecureBytes&& other) noexcept;
    SecureBytes(const SecureBytes&) = delete;
    SecureBytes& operator=(const SecureBytes&) = delete;

    unsigned char* data() { return m_data; }
    const unsigned char* data() const { return m_data; }
    const char* chars() const { return reinterpret_cast<const char*>(m_data); }
    std::size_t size() const { return m_size; }
    bool empty() const { return m_size == 0; }
    bool equals(const SecureBytes& other) const;

    // Lower-case hex in guarded memory, for SQLCipher's raw key form.
    SecureBytes toHex() const;

    // Wipes and frees now (lock).
    void clear();

private:
    unsigned char* m_data = nullptr;
    std::size_t m_size = 0;
};

// Wipes a QByteArray that held a secret (best effort: Qt may have copied it earlier).
void wipe(QByteArray& bytes);
void wipe(std::string& text);

} // namespace relais::storage

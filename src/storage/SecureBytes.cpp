#include "SecureBytes.h"

#include "Sodium.h"

#include <sodium.h>

#include <cstring>
#include <new>
#include <string>
#include <utility>

namespace relais::storage {

bool sodiumReady()
{
    static const bool ready = sodium_init() >= 0;
    return ready;
}

SecureBytes::SecureBytes(std::size_t size)
    : m_size(size)
{
    if (size == 0) {
        return;
    }
    if (!sodiumReady()) {
        throw std::bad_alloc();
    }
    m_data = static_cast<unsigned char*>(sodium_malloc(size));
    if (!m_data) {
        throw std::bad_alloc();
    }
    sodium_memzero(m_data, size);
}

SecureBytes SecureBytes::random(std::size_t size)
{
    SecureBytes bytes(size);
    randombytes_buf(bytes.data(), size);
    return bytes;
}

SecureBytes SecureBytes::copyOf(const unsigned char* data, std::size_t size)
{
    SecureBytes bytes(size);
    if (size) {
        std::memcpy(bytes.data(), data, size);
    }
    return bytes;
}

SecureBytes SecureBytes::copyOf(std::string_view text)
{
    return copyOf(reinterpret_cast<const unsigned char*>(text.data()), text.size());
}

SecureBytes::~SecureBytes()
{
    clear();
}

SecureBytes::SecureBytes(SecureBytes&& other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{
}

SecureBytes& SecureBytes::operator=(SecureBytes&& other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

bool SecureBytes::equals(const SecureBytes& other) const
{
    return m_size == other.m_size && (m_size == 0 || sodium_memcmp(m_data, other.m_data, m_size) == 0);
}

SecureBytes SecureBytes::toHex() const
{
    SecureBytes hex(m_size * 2 + 1);
    sodium_bin2hex(reinterpret_cast<char*>(hex.data()), hex.size(), m_data, m_size);
    // Drop the terminating zero from the logical size, keep it in memory.
    hex.m_size = m_size * 2;
    return hex;
}

void SecureBytes::clear()
{
    if (m_data) {
        sodium_free(m_data); // wipes before freeing
    }
    m_data = nullptr;
    m_size = 0;
}

void wipe(QByteArray& bytes)
{
    if (!bytes.isEmpty()) {
        sodium_memzero(bytes.data(), static_cast<std::size_t>(bytes.size()));
    }
    bytes.clear();
}

void wipe(std::string& text)
{
    if (!text.empty()) {
        sodium_memzero(text.data(), text.size());
    }
    text.clear();
}

} // namespace relais::storage

#include "GuiMemoryProbe.h"

#include "gui/pages/PeopleListModel.h"
#include "storage/SecureBytes.h"

#include <QApplication>
#include <QFile>
#include <QHeaderView>
#include <QProcess>
#include <QTableView>
#include <QTextStream>

#include <algorithm>
#include <cstdio>
#include <iostream>
#include <string>

using namespace Qt::Literals::StringLiterals;

namespace relais::bench {

namespace {

qint64 peakResidentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly)) {
        return -1;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:")) {
            return line.mid(6).trimmed().split(' ').front().toLongLong();
        }
    }
    return -1;
}

} // namespace

core::Result<double> GuiMemoryProbe::measure(const QString& program, const BenchStore& store, bool encrypted, int runs)
{
    std::vector<double> peaks;
    for (int run = 0; run < std::max(1, runs); ++run) {
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        child.setProcessEnvironment(environment);
        child.start(program, {u"--gui-probe"_s, encrypted ? store.encryptedPath : store.plainPath,
                              encrypted ? u"encrypted"_s : u"plain"_s});
        if (!child.waitForStarted()) {
            return core::makeError(core::ErrorCode::Internal, u"cannot start the GUI probe"_s, "bench: probe start");
        }
        // The key and the account through a pipe, never on the command line.
        storage::SecureBytes hex = store.key.toHex();
        QByteArray input(hex.chars(), static_cast<qsizetype>(hex.size()));
        input += '\n' + QByteArray::number(store.generation) + '\n' + QByteArray::number(store.lead.id) + '\n'
                 + store.lead.uuid.toUtf8() + '\n' + store.lead.userName.toUtf8() + '\n';
        child.write(input);
        storage::wipe(input);
        child.closeWriteChannel();
        if (!child.waitForFinished(600'000) || child.exitCode() != 0) {
            return core::makeError(core::ErrorCode::Internal, u"the GUI probe failed"_s,
                                   "bench: probe failed: " + child.readAllStandardError().toStdString());
        }
        const QByteArray output = child.readAllStandardOutput();
        const qsizetype at = output.indexOf("peak_kib=");
        if (at < 0) {
            return core::makeError(core::ErrorCode::Internal, u"the GUI probe gave no figure"_s,
                                   "bench: probe output: " + output.toStdString());
        }
        peaks.push_back(output.mid(at + 9).split(' ').front().trimmed().toDouble() / 1024.0);
    }
    std::sort(peaks.begin(), peaks.end());
    return peaks[peaks.size() / 2];
}

int GuiMemoryProbe::runChild(const QString& path, bool encrypted)
{
    std::string hexLine;
    std::string generationLine;
    std::string idLine;
    std::string uuidLine;
    std::string nameLine;
    if (!std::getline(std::cin, hexLine) || !std::getline(std::cin, generationLine) || !std::getline(std::cin, idLine)
        || !std::getline(std::cin, uuidLine) || !std::getline(std::cin, nameLine)) {
        std::fprintf(stderr, "gui probe: no key on standard input\n");
        return 2;
    }
    QByteArray raw = QByteArray::fromHex(QByteArray::fromStdString(hexLine));
    storage::SecureBytes key = storage::SecureBytes::copyOf(reinterpret_cast<const unsigned char*>(raw.constData()),
                                                            static_cast<std::size_t>(raw.size()));
    storage::wipe(raw);
    std::fill(hexLine.begin(), hexLine.end(), '\0');
    core::UserAccount lead;
    lead.id = std::stoll(idLine);
    lead.uuid = QString::fromStdString(uuidLine);
    lead.userName = QString::fromStdString(nameLine);
    lead.role = core::Role::TeamLead;
    core::SystemClock clock;
    auto workspace = BenchStore::openFile(path, encrypted, key, std::stoull(generationLine), lead, clock);
    if (!workspace) {
        std::fprintf(stderr, "gui probe: %s\n", workspace.error().detail.c_str());
        return 3;
    }
    int rows = 0;
    {
        // The people page's list: the real model in a table view with the page's
        // fixed row height (PeoplePage's constructor).
        gui::PeopleListModel model(**workspace);
        QTableView table;
        table.setModel(&model);
        table.verticalHeader()->setVisible(false);
        table.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        table.verticalHeader()->setDefaultSectionSize(table.fontMetrics().height() + 10);
        table.horizontalHeader()->setStretchLastSection(true);
        table.resize(1280, 800);
        table.show();
        QApplication::processEvents();
        // Scroll to the end page after page, as a user dragging the scroll bar would.
        while (model.canFetchMore({})) {
            model.fetchMore({});
            table.scrollToBottom();
            QApplication::processEvents();
        }
        (void)table.grab();
        rows = model.rowCount();
    }
    const qint64 peak = peakResidentKiB();
    (*workspace)->close();
    std::printf("peak_kib=%lld rows=%d\n", static_cast<long long>(peak), rows);
    return peak > 0 ? 0 : 4;
}

} // namespace relais::bench

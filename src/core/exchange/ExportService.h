#pragma once

#include "ExchangeFormat.h"
#include "ExchangeRepository.h"
#include "core/domain/AuditService.h"
#include "core/domain/ServiceContext.h"

#include <QCoreApplication>

namespace relais::core {

struct ExportReport
{
    QString folder;
    char delimiter = ',';
    QStringList files; // absolute paths, in import order
    int partners = 0;
    int people = 0;
    int interventions = 0;
    int cases = 0;
};

// Writes what the user may see as partners.csv, people.csv, interventions.csv and
// cases.csv, in the formats `relais import` reads, so that importing them into
// another database gives the same records: each record's `ref` is its imported
// ref or else its UUID, lists are sorted, days and times are written in the
// organisation's time zone. Spreadsheet-friendly: UTF-8 with a BOM, `;` when
// the organisation works in French (Excel's list separator there), `,` otherwise.
// The files are not encrypted: callers say so.
class ExportService
{
    Q_DECLARE_TR_FUNCTIONS(ExportService)
public:
    ExportService(ServiceContext& context, ExchangeRepository& repository);

    // Team leads and administrators get everything (administrators without
    // intervention notes, which they may not read); a case manager gets the files
    // they may read. The folder is created if needed.
    Result<ExportReport> exportTo(const UserAccount& actor, const QString& folder);

    // `;` for an organisation working in French: meta `language` ("fr" or "en")
    // when set, else the computer's locale.
    Result<char> delimiter();

private:
    ServiceContext& m_context;
    ExchangeRepository& m_repository;
    AuditService m_audit;
};

} // namespace relais::core

#pragma once

#include "util/result.h"

#include <QByteArray>
#include <QNetworkReply>
#include <QUrl>

// Typed errors for the network layer: what a QNetworkReply, an HTTP status or an OperationOutcome
// body mean, in Error kinds and stable codes the UI words (docs/network.md "Error kinds").
namespace renkei::net {

Error netError(
    Error::Kind kind, const QString &message, const QString &code = {}, const QString &where = {});

// A URL as it may appear in logs and Error::where: scheme, host, port and the first path
// segment (the resource type). Never the query, never an id (ids can identify a patient).
QString redactedUrl(const QUrl &url);

// The error for an HTTP status that is not a success. `body` may hold an OperationOutcome: its
// issue codes and diagnostics go into the message (for logs), never into the UI's words.
Error httpStatusError(int status, const QByteArray &body, const QUrl &url);

// The error for a transport failure (no HTTP status): connection, TLS, timeouts.
Error transportError(QNetworkReply::NetworkError error, const QString &qtMessage, const QUrl &url);

// Whether a failure is worth another attempt: connection errors, timeouts, 5xx and 429.
bool isRetryable(const Error &error);

// A summary of an OperationOutcome's issues ("error/not-found: diagnostics"), or empty.
QString operationOutcomeSummary(const QByteArray &body);

} // namespace renkei::net

// The database schema as a list of forward migrations: version N is reached by running
// steps 1..N in order, each in one transaction. Steps are frozen once released: a change
// to the schema is a new step, never an edit of an old one.
#pragma once

#include <QStringList>

namespace linnet::app {

struct Migration {
    int version;
    const char* summary;
    QStringList statements;
};

const QList<Migration>& migrations();
int latest_schema_version();

} // namespace linnet::app

#pragma once

#include <QString>

// The throwaway PostgreSQL cluster the tests on a server share (scripts/pg-cluster.sh, started by CTest's
// pg_cluster fixture): where its socket is, read from the conninfo file the script writes in its folder.
struct PgTestCluster {
    QString host; // the unix socket's folder
    QString port;

    // Empty host when the folder has no conninfo (the test was not run through ctest).
    static PgTestCluster locate(const QString &folder);
};

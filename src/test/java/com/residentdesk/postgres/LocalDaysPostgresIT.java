package com.residentdesk.postgres;

import com.residentdesk.reports.LocalDaysTest;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.ExtendWith;

/** The local day of a moment as PostgreSQL computes it. */
@ExtendWith(PostgresDatabase.class)
class LocalDaysPostgresIT extends LocalDaysTest {

  private static DataSource database;

  @Override
  protected DataSource dataSource() {
    synchronized (LocalDaysPostgresIT.class) {
      if (database == null) {
        database = PostgresDatabase.freshDatabase(PostgresDatabase.DATABASE + "_days");
      }
      return database;
    }
  }
}

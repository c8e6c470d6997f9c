package com.residentdesk.postgres;

import com.residentdesk.property.PropertyMigrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The V6-era upgrade of {@link PropertyMigrationTest} on PostgreSQL, in a database of its own. */
@ExtendWith(PostgresDatabase.class)
class PropertyMigrationPostgresIT {

  @Test
  void existingDataMovesToTheDefaultPropertyAndNothingIsLost_PostgreSQL() {
    PropertyMigrationTest.upgradeFromTheV6Schema(
        PostgresDatabase.freshDatabase(PostgresDatabase.DATABASE + "_migration"));
  }
}

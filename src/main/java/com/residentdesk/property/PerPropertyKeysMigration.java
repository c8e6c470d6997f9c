package com.residentdesk.property;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Flyway V21: drops the keys that were company-wide and become per property (V22 adds the new
 * ones). V1 declared them inline, so each database named them itself (PostgreSQL {@code
 * household_unit_key}, H2 {@code CONSTRAINT_8}): they are found by table and columns in the
 * standard information schema, which is why this step is Java and not SQL. Spring Boot hands every
 * {@code JavaMigration} bean to Flyway; the version is declared here rather than in a class name
 * like {@code V21__...}, which Java would not call a class name.
 */
@Component
public class PerPropertyKeysMigration implements JavaMigration {

  /** table, constraint type, the columns of the key that goes. */
  private record Key(String table, String type, Set<String> columns) {}

  private static final List<Key> COMPANY_WIDE =
      List.of(
          new Key("household", "UNIQUE", Set.of("unit")),
          new Key("region", "UNIQUE", Set.of("name")),
          new Key("building_region", "PRIMARY KEY", Set.of("building")),
          new Key("case_number_counter", "PRIMARY KEY", Set.of("counter_day")),
          new Key("unified_answer", "UNIQUE", Set.of("topic", "version")));

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("21");
  }

  @Override
  public String getDescription() {
    return "drop company-wide keys";
  }

  @Override
  public Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) throws SQLException {
    Connection connection = context.getConnection();
    for (Key key : COMPANY_WIDE) {
      for (String name : constraints(connection, key)) {
        try (Statement drop = connection.createStatement()) {
          drop.execute("alter table " + key.table() + " drop constraint \"" + name + "\"");
        }
      }
    }
  }

  private static List<String> constraints(Connection connection, Key key) throws SQLException {
    Map<String, Set<String>> columnsOf = new HashMap<>();
    try (PreparedStatement query =
        connection.prepareStatement(
            """
            select tc.constraint_name, kcu.column_name
              from information_schema.table_constraints tc
              join information_schema.key_column_usage kcu
                on kcu.constraint_name = tc.constraint_name
               and kcu.table_schema = tc.table_schema
               and kcu.table_name = tc.table_name
             where tc.table_schema = current_schema
               and lower(tc.table_name) = ?
               and tc.constraint_type = ?
            """)) {
      query.setString(1, key.table());
      query.setString(2, key.type());
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          columnsOf
              .computeIfAbsent(rows.getString(1), name -> new TreeSet<>())
              .add(rows.getString(2).toLowerCase());
        }
      }
    }
    List<String> matching = new ArrayList<>();
    columnsOf.forEach(
        (name, columns) -> {
          if (columns.equals(key.columns())) {
            matching.add(name);
          }
        });
    return matching;
  }
}

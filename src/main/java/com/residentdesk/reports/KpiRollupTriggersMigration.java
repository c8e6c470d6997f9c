package com.residentdesk.reports;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Flyway V144: triggers that note every case whose figures change (the case, its complaint or one
 * of its deadline clocks inserted, updated or deleted) in {@code kpi_rollup_dirty}, so a month
 * counted by {@link KpiRollups} is counted again before it is used. Triggers, not application code,
 * so that no way of writing (JPA, JDBC, the retention clean-up) is missed. PostgreSQL runs a
 * PL/pgSQL function, H2 the Java class {@link KpiRollupDirtyTrigger}: which is why this step is
 * Java and not SQL.
 */
@Component
public class KpiRollupTriggersMigration implements JavaMigration {

  static final List<String> TABLES = List.of("service_case", "complaint", "deadline_clock");

  /**
   * The case's row in kpi_rollup_dirty is written with an update when it is there already: the row
   * stays locked until the writer commits, so a month being counted meanwhile waits for it
   * (KpiRollups removes the month's rows before it counts).
   */
  private static final String PG_FUNCTION =
      """
      create or replace function kpi_rollup_mark() returns trigger language plpgsql as $$
      begin
        if tg_table_name = 'service_case' then
          if tg_op <> 'INSERT' then
            insert into kpi_rollup_dirty (property_code, received_at, case_id)
              values (old.property_code, old.received_at, old.id)
              on conflict (property_code, received_at, case_id) do update set case_id = excluded.case_id;
          end if;
          if tg_op <> 'DELETE' then
            insert into kpi_rollup_dirty (property_code, received_at, case_id)
              values (new.property_code, new.received_at, new.id)
              on conflict (property_code, received_at, case_id) do update set case_id = excluded.case_id;
          end if;
        else
          if tg_op <> 'INSERT' then
            insert into kpi_rollup_dirty (property_code, received_at, case_id)
              select c.property_code, c.received_at, c.id from service_case c where c.id = old.case_id
              on conflict (property_code, received_at, case_id) do update set case_id = excluded.case_id;
          end if;
          if tg_op <> 'DELETE' then
            insert into kpi_rollup_dirty (property_code, received_at, case_id)
              select c.property_code, c.received_at, c.id from service_case c where c.id = new.case_id
              on conflict (property_code, received_at, case_id) do update set case_id = excluded.case_id;
          end if;
        end if;
        return null;
      end $$
      """;

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("144");
  }

  @Override
  public String getDescription() {
    return "kpi rollup triggers";
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
    boolean postgres =
        connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    try (Statement ddl = connection.createStatement()) {
      if (postgres) {
        ddl.execute(PG_FUNCTION);
      }
      for (String table : TABLES) {
        ddl.execute(
            "create trigger kpi_rollup_mark_"
                + table
                + (postgres
                    ? " after insert or update or delete on "
                    : " after insert, update, delete on ")
                + table
                + " for each row "
                + (postgres
                    ? "execute function kpi_rollup_mark()"
                    : "call '" + KpiRollupDirtyTrigger.class.getName() + "'"));
      }
    }
  }
}

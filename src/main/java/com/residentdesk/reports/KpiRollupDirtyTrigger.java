package com.residentdesk.reports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2's side of the triggers of {@link KpiRollupTriggersMigration}: notes the case whose row,
 * complaint or deadline clock changed in {@code kpi_rollup_dirty}, as the PL/pgSQL function does on
 * PostgreSQL. {@code merge ... key} updates the row when it is there, which locks it until commit.
 */
public class KpiRollupDirtyTrigger implements Trigger {

  private static final String MARK_CASE =
      "merge into kpi_rollup_dirty (property_code, received_at, case_id)"
          + " key (property_code, received_at, case_id) values (?, ?, ?)";

  private static final String MARK_CASE_OF =
      "merge into kpi_rollup_dirty (property_code, received_at, case_id)"
          + " key (property_code, received_at, case_id)"
          + " select property_code, received_at, id from service_case where id = ?";

  private boolean serviceCase;
  private int id = -1;
  private int property = -1;
  private int received = -1;
  private int caseId = -1;

  @Override
  public void init(
      Connection connection, String schema, String trigger, String table, boolean before, int type)
      throws SQLException {
    serviceCase = "service_case".equalsIgnoreCase(table);
    try (ResultSet columns = connection.getMetaData().getColumns(null, schema, table, null)) {
      while (columns.next()) {
        int index = columns.getInt("ORDINAL_POSITION") - 1;
        switch (columns.getString("COLUMN_NAME").toLowerCase()) {
          case "id" -> id = index;
          case "property_code" -> property = index;
          case "received_at" -> received = index;
          case "case_id" -> caseId = index;
          default -> {}
        }
      }
    }
  }

  @Override
  public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
    mark(connection, oldRow);
    if (newRow != null && (oldRow == null || !sameCase(oldRow, newRow))) {
      mark(connection, newRow);
    }
  }

  /** Whether both rows note the same case received at the same time at the same property. */
  private boolean sameCase(Object[] a, Object[] b) {
    if (!serviceCase) {
      return a[caseId].equals(b[caseId]);
    }
    return a[property].equals(b[property]) && a[received].equals(b[received]);
  }

  private void mark(Connection connection, Object[] row) throws SQLException {
    if (row == null) {
      return;
    }
    if (serviceCase) {
      try (PreparedStatement merge = connection.prepareStatement(MARK_CASE)) {
        merge.setObject(1, row[property]);
        merge.setObject(2, row[received]);
        merge.setObject(3, row[id]);
        merge.executeUpdate();
      }
    } else {
      try (PreparedStatement merge = connection.prepareStatement(MARK_CASE_OF)) {
        merge.setObject(1, row[caseId]);
        merge.executeUpdate();
      }
    }
  }
}

package com.residentdesk.system;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.TransactionException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/** Tells a lost or unreachable database apart from every other failure. */
public final class DatabaseFailures {

  private DatabaseFailures() {}

  /**
   * True when the cause chain shows the database connection failed, was closed by the server or
   * could not be had from the pool: SQLState class 08 (connection exception), 57P01..57P03 (admin
   * or crash shutdown, cannot connect now), a pool timeout, or a rollback that failed because the
   * connection was already gone. Constraint violations and bad SQL are not.
   */
  public static boolean isUnreachable(Throwable ex) {
    int depth = 0;
    for (Throwable t = ex;
        t != null && depth < 30;
        t = t.getCause() == t ? null : t.getCause(), depth++) {
      if (t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException
          || t instanceof CannotGetJdbcConnectionException
          || t instanceof CannotCreateTransactionException) {
        return true;
      }
      if (t instanceof TransactionException && t.getCause() instanceof SQLException) {
        return true; // "Unable to rollback against JDBC Connection": the connection is gone
      }
      if (t instanceof SQLException sql) {
        String state = sql.getSQLState();
        if (state != null && (state.startsWith("08") || state.startsWith("57P"))) {
          return true;
        }
        if (state == null && "Connection is closed".equals(sql.getMessage())) {
          return true; // HikariCP's closed proxy connection carries no SQLState
        }
      }
    }
    return false;
  }
}

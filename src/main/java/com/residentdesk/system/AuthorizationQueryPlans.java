package com.residentdesk.system;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.postgresql.PGStatement;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.ConnectionProxy;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;

/**
 * The engine's authorization-checked queries planned for the values at hand, every other statement
 * with the plan PostgreSQL keeps. A Tasklist filter's count joins each candidate task with the
 * team's task grants; only with the user's groups and the permission bits in hand can PostgreSQL
 * use the statistics on the grants (bench/scale/act_indexes.sql) and look up each task's grants
 * instead of comparing every task with every grant: a generic plan, which a prepared statement gets
 * after five runs, took a team-queue count from 0.1 s to 5 s (BENCHMARKS.md 4c).
 *
 * <p>{@code plan_cache_mode = force_custom_plan} on every connection, as before, made PostgreSQL
 * plan each of the 39 statements of an intake again on every run too: 95 intakes/s without it, 55
 * with it (BENCHMARKS.md 9). Here only a SELECT that reads {@code ACT_RU_AUTHORIZATION} goes to
 * PostgreSQL as an unnamed statement (pgJDBC's prepare threshold 0 on that statement), which
 * PostgreSQL plans for the values it is sent with; the statement and who it finds are the engine's,
 * untouched. On another database nothing changes.
 */
@Component
class AuthorizationQueryPlans implements BeanPostProcessor {

  /** The engine's authorization join, as its MyBatis mappings spell the table. */
  static final String AUTHORIZATION_TABLE = "ACT_RU_AUTHORIZATION";

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    return bean instanceof DataSource dataSource && !(bean instanceof PlannedDataSource)
        ? new PlannedDataSource(dataSource)
        : bean;
  }

  /** Whether PostgreSQL should plan this statement for each run's values. */
  static boolean wantsCustomPlan(String sql) {
    return sql.contains(AUTHORIZATION_TABLE)
        && sql.stripLeading().regionMatches(true, 0, "select", 0, 6);
  }

  /** The pool itself, its connections handing out statements as above. */
  static final class PlannedDataSource extends DelegatingDataSource {

    PlannedDataSource(DataSource pool) {
      super(pool);
    }

    @Override
    public Connection getConnection() throws SQLException {
      return planned(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
      return planned(super.getConnection(username, password));
    }

    private static Connection planned(Connection connection) {
      return (Connection)
          Proxy.newProxyInstance(
              AuthorizationQueryPlans.class.getClassLoader(),
              new Class<?>[] {ConnectionProxy.class},
              new PlannedConnection(connection));
    }
  }

  private record PlannedConnection(Connection target) implements InvocationHandler {

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
      switch (method.getName()) {
        case "getTargetConnection":
          return target;
        case "equals":
          return proxy == args[0];
        case "hashCode":
          return System.identityHashCode(proxy);
        case "toString":
          return "planned " + target;
        default:
          break;
      }
      Object result;
      try {
        result = method.invoke(target, args);
      } catch (InvocationTargetException e) {
        throw e.getTargetException();
      }
      if (result instanceof PreparedStatement statement
          && args[0] instanceof String sql
          && wantsCustomPlan(sql)
          && statement.isWrapperFor(PGStatement.class)) {
        statement.unwrap(PGStatement.class).setPrepareThreshold(0);
      }
      return result;
    }
  }
}

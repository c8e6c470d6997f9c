package com.residentdesk.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * The PostgreSQL server of the suite: 127.0.0.1:5432 as user postgres unless PG_HOST, PG_PORT,
 * PG_USER and PG_PASSWORD say otherwise. A fresh database {@code servicedesk_it} is created once
 * per test run, so every run starts from an empty schema that Flyway and the engine create.
 */
public class PostgresDatabase
    implements ApplicationContextInitializer<ConfigurableApplicationContext>, ExecutionCondition {

  static final String DATABASE = env("PG_DATABASE", "servicedesk_it");
  private static final String HOST = env("PG_HOST", "127.0.0.1");
  private static final String PORT = env("PG_PORT", "5432");
  private static final String USER = env("PG_USER", "postgres");
  private static final String PASSWORD = env("PG_PASSWORD", "");
  private static final Set<String> created = new HashSet<>();

  static String url(String database) {
    return "jdbc:postgresql://" + HOST + ":" + PORT + "/" + database;
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    try (Connection ignored = DriverManager.getConnection(url("postgres"), USER, PASSWORD)) {
      return ConditionEvaluationResult.enabled("PostgreSQL answers at " + HOST + ":" + PORT);
    } catch (SQLException unreachable) {
      String reason =
          "PostgreSQL suite SKIPPED: no server at "
              + HOST
              + ":"
              + PORT
              + " ("
              + unreachable.getMessage()
              + ")";
      if (Boolean.parseBoolean(System.getenv("PG_REQUIRED"))) {
        throw new IllegalStateException(
            reason.replace("SKIPPED", "REQUIRED but unavailable"), unreachable);
      }
      System.out.println("*** " + reason + " ***");
      return ConditionEvaluationResult.disabled(reason);
    }
  }

  /** The database of this suite. */
  protected String database() {
    return DATABASE;
  }

  /**
   * A database of its own for a suite that changes the models (procedure governance approves
   * changes): the suites sharing the main database test against the models as shipped.
   */
  public static class OfItsOwn extends PostgresDatabase {
    @Override
    protected String database() {
      return DATABASE + "_models";
    }
  }

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    String database = database();
    recreateOnce(database);
    context
        .getEnvironment()
        .getPropertySources()
        .addFirst(
            new MapPropertySource(
                "postgres-suite",
                Map.of(
                    "spring.datasource.url", url(database),
                    "spring.datasource.username", USER,
                    "spring.datasource.password", PASSWORD)));
  }

  private static synchronized void recreateOnce(String database) {
    if (created.contains(database)) {
      return;
    }
    try (Connection admin = DriverManager.getConnection(url("postgres"), USER, PASSWORD);
        Statement sql = admin.createStatement()) {
      sql.execute("drop database if exists " + database + " with (force)");
      sql.execute("create database " + database);
      created.add(database);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create the test database " + database, e);
    }
  }

  /** An empty database of the given name, dropped first if a run left it. */
  static DriverManagerDataSource freshDatabase(String name) {
    try (Connection admin = DriverManager.getConnection(url("postgres"), USER, PASSWORD);
        Statement sql = admin.createStatement()) {
      sql.execute("drop database if exists " + name + " with (force)");
      sql.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot create the test database " + name, e);
    }
    return new DriverManagerDataSource(url(name), USER, PASSWORD);
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}

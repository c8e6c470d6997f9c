package com.residentdesk.casefile;

import com.residentdesk.system.DeskClock;
import com.residentdesk.system.DeskProperties;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.annotation.PreDestroy;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Human-readable case numbers, RS-YG-yyyyMMdd-NNNN: the property's code, then its own count of the
 * day in its time zone, so numbers are unique company-wide and across nodes.
 *
 * <p>A number is one draw from the property's database sequence ({@code case_number_<code>}) on the
 * intake's own connection, minus the value the property's day started from: no row stays locked
 * until the intake commits (a locked day counter made every intake wait for the one before it) and
 * there is no commit of its own (a counter drawn in its own transaction cost a second commit per
 * intake; issue 15). The price, as before, is a gap when an intake rolls back. Numbers from one
 * node are consecutive; two nodes interleave theirs, each number still once.
 *
 * <p>The day's start is written once per property and day (the first intake of the day on any node
 * opens it, the others read it and remember it), in a transaction of its own on a connection pool
 * of its own: an intake holds one of the application's connections while it asks, and with more
 * concurrent intakes than connections every intake waited for a second connection none could give
 * back (the intake benchmark collapsed at 50 cases/s with pool timeouts).
 */
@Component
public class CaseNumberGenerator {

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private final JdbcTemplate intakeConnection;
  private final JdbcTemplate jdbc;
  private final DeskClock clock;
  private final String prefix;
  private final HikariDataSource pool;
  private final TransactionTemplate newTransaction;
  private final boolean postgres;
  private final Map<List<Object>, Long> dayStarts = new ConcurrentHashMap<>();

  public CaseNumberGenerator(
      DataSource dataSource,
      DataSourceProperties database,
      DeskClock clock,
      DeskProperties properties) {
    this.intakeConnection = new JdbcTemplate(dataSource);
    this.pool = database.initializeDataSourceBuilder().type(HikariDataSource.class).build();
    pool.setPoolName("case-numbers");
    pool.setMaximumPoolSize(2);
    pool.setMinimumIdle(0);
    // as the application's pool: a database outage answers 503 within seconds
    pool.setConnectionTimeout(3_000);
    this.jdbc = new JdbcTemplate(pool);
    this.clock = clock;
    this.prefix = properties.caseNumberPrefix();
    this.newTransaction = new TransactionTemplate(new DataSourceTransactionManager(pool));
    this.postgres = database.determineUrl().startsWith("jdbc:postgresql:");
  }

  @PreDestroy
  void close() {
    pool.close();
  }

  /** The next number of the property's day, in the property's time zone. */
  public String next(String propertyCode, ZoneId zone) {
    LocalDate day = clock.now().atZone(zone).toLocalDate();
    if (dayStarts.size() > 10_000) {
      dayStarts.clear(); // days long past; today's is read again once
    }
    long start =
        dayStarts.computeIfAbsent(List.of(propertyCode, day), key -> openDay(propertyCode, day));
    long value = draw(intakeConnection, propertyCode) - start;
    return "%s-%s-%s-%04d".formatted(prefix, propertyCode, DAY.format(day), value);
  }

  private long draw(JdbcTemplate connection, String propertyCode) {
    String sequence = sequence(propertyCode);
    Long value =
        connection.queryForObject(
            postgres ? "select nextval('" + sequence + "')" : "select next value for " + sequence,
            Long.class);
    return value;
  }

  /**
   * The sequence value the property's day counts from: read, or written by the first intake of the
   * day. A day counted before the sequences (last_value) goes on after its last number; a racing
   * node may open the day first, and its start is the one every node then uses.
   */
  private long openDay(String propertyCode, LocalDate day) {
    try {
      jdbc.execute("create sequence if not exists " + sequence(propertyCode));
    } catch (DataAccessException racingNode) {
      // two nodes creating the property's sequence at once: the other one made it
    }
    Long known = startOf(propertyCode, day);
    if (known != null) {
      return known;
    }
    try {
      newTransaction.executeWithoutResult(
          status -> {
            long drawn = draw(jdbc, propertyCode);
            List<Integer> counted =
                jdbc.queryForList(
                    "select last_value from case_number_counter"
                        + " where property_code = ? and counter_day = ?",
                    Integer.class,
                    propertyCode,
                    day);
            if (counted.isEmpty()) {
              jdbc.update(
                  "insert into case_number_counter"
                      + " (property_code, counter_day, last_value, sequence_base) values (?, ?, 0, ?)",
                  propertyCode,
                  day,
                  drawn);
            } else {
              jdbc.update(
                  "update case_number_counter set sequence_base = ?"
                      + " where property_code = ? and counter_day = ? and sequence_base is null",
                  drawn - counted.get(0),
                  propertyCode,
                  day);
            }
          });
    } catch (DuplicateKeyException alreadyOpened) {
      // another node opened the day first: its start is the day's
    }
    return startOf(propertyCode, day);
  }

  private Long startOf(String propertyCode, LocalDate day) {
    List<Long> start =
        jdbc.queryForList(
            "select sequence_base from case_number_counter"
                + " where property_code = ? and counter_day = ? and sequence_base is not null",
            Long.class,
            propertyCode,
            day);
    return start.isEmpty() ? null : start.get(0);
  }

  /** The property's sequence; a property code is 2-12 capital letters or digits (V20). */
  private static String sequence(String propertyCode) {
    if (!propertyCode.matches("[A-Z0-9]{1,12}")) {
      throw new IllegalArgumentException("Not a property code: " + propertyCode);
    }
    return "case_number_" + propertyCode.toLowerCase();
  }
}

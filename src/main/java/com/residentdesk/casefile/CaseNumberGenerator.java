package com.residentdesk.casefile;

import com.residentdesk.system.DeskClock;
import com.residentdesk.system.DeskProperties;
import com.zaxxer.hikari.HikariDataSource;
import jakarta.annotation.PreDestroy;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Human-readable case numbers, RS-YG-yyyyMMdd-NNNN: the property's code, then its own count of the
 * day in its time zone, so numbers are unique company-wide and across nodes. A number is drawn in a
 * short transaction of its own: holding the day's counter row locked until an intake commits made
 * every intake wait for the one before it (the intake benchmark found it). The price is a gap in
 * the numbers when an intake rolls back.
 *
 * <p>That transaction runs on a connection pool of its own, never the application's: an intake
 * holds one of the application's connections while it draws, and with more concurrent intakes than
 * connections every intake waited for a second connection none could give back (the intake
 * benchmark collapsed at 50 cases/s with pool timeouts). A draw holds nothing else, so draws only
 * ever wait for each other, for milliseconds.
 */
@Component
public class CaseNumberGenerator {

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private final JdbcTemplate jdbc;
  private final DeskClock clock;
  private final String prefix;
  private final HikariDataSource pool;
  private final TransactionTemplate newTransaction;

  public CaseNumberGenerator(
      DataSourceProperties database, DeskClock clock, DeskProperties properties) {
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
  }

  @PreDestroy
  void close() {
    pool.close();
  }

  /** The next number of the property's day, in the property's time zone. */
  public String next(String propertyCode, ZoneId zone) {
    LocalDate day = clock.now().atZone(zone).toLocalDate();
    Integer value = newTransaction.execute(status -> draw(propertyCode, day));
    if (value == null) {
      openDay(propertyCode, day);
      value = newTransaction.execute(status -> draw(propertyCode, day));
    }
    return "%s-%s-%s-%04d".formatted(prefix, propertyCode, DAY.format(day), value);
  }

  /** The day's next number, or null when the day has no counter yet. */
  private Integer draw(String propertyCode, LocalDate day) {
    if (jdbc.update(
            "update case_number_counter set last_value = last_value + 1"
                + " where property_code = ? and counter_day = ?",
            propertyCode,
            day)
        == 0) {
      return null;
    }
    return jdbc.queryForObject(
        "select last_value from case_number_counter where property_code = ? and counter_day = ?",
        Integer.class,
        propertyCode,
        day);
  }

  /**
   * The first case of a day creates the counter in a transaction of its own; a racing node may win.
   */
  private void openDay(String propertyCode, LocalDate day) {
    try {
      newTransaction.executeWithoutResult(
          status ->
              jdbc.update(
                  "insert into case_number_counter (property_code, counter_day, last_value)"
                      + " values (?, ?, 0)",
                  propertyCode,
                  day));
    } catch (DuplicateKeyException alreadyOpened) {
      // another node opened the day first: its row is what we increment
    }
  }
}

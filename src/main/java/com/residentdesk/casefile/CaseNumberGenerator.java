package com.residentdesk.casefile;

import com.residentdesk.system.DeskClock;
import com.residentdesk.system.DeskProperties;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Human-readable case numbers, RS-yyyyMMdd-NNNN, counted per day in the property's time zone and
 * unique across nodes. A number is drawn in a short transaction of its own: holding the day's
 * counter row locked until an intake commits made every intake wait for the one before it (the
 * intake benchmark found it). The price is a gap in the numbers when an intake rolls back.
 */
@Component
public class CaseNumberGenerator {

  private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

  private final JdbcTemplate jdbc;
  private final DeskClock clock;
  private final String prefix;
  private final TransactionTemplate newTransaction;

  public CaseNumberGenerator(
      JdbcTemplate jdbc, DeskClock clock, DeskProperties properties, PlatformTransactionManager txManager) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.prefix = properties.caseNumberPrefix();
    this.newTransaction = new TransactionTemplate(txManager);
    this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  public String next() {
    LocalDate day = clock.nowInPropertyZone().toLocalDate();
    Integer value = newTransaction.execute(status -> draw(day));
    return "%s-%s-%04d".formatted(prefix, DAY.format(day), value);
  }

  private Integer draw(LocalDate day) {
    if (increment(day) == 0) {
      openDay(day);
      increment(day);
    }
    return jdbc.queryForObject("select last_value from case_number_counter where counter_day = ?", Integer.class, day);
  }

  private int increment(LocalDate day) {
    return jdbc.update("update case_number_counter set last_value = last_value + 1 where counter_day = ?", day);
  }

  /** The first case of a day creates the counter in a transaction of its own; a racing node may win. */
  private void openDay(LocalDate day) {
    try {
      newTransaction.executeWithoutResult(
          status -> jdbc.update("insert into case_number_counter (counter_day, last_value) values (?, 0)", day));
    } catch (DuplicateKeyException alreadyOpened) {
      // another node opened the day first: its row is what we increment
    }
  }
}

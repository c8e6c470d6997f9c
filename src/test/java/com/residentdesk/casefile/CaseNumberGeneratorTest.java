package com.residentdesk.casefile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.residentdesk.system.DeskClock;
import com.residentdesk.system.DeskProperties;
import com.zaxxer.hikari.HikariDataSource;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * INT-02 case numbers RS-YG-yyyyMMdd-NNNN: unique company-wide, consecutive per property and day
 * (in the property's time zone), drawn without deadlocks and without a commit of their own.
 */
class CaseNumberGeneratorTest {

  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private final DeskClock clock = mock(DeskClock.class);
  private HikariDataSource applicationPool;
  private CaseNumberGenerator numbers;

  @BeforeEach
  void database() {
    DataSourceProperties database = new DataSourceProperties();
    database.setUrl("jdbc:h2:mem:numbers-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    database.setUsername("sa");
    database.setPassword("");
    applicationPool = database.initializeDataSourceBuilder().type(HikariDataSource.class).build();
    applicationPool.setMaximumPoolSize(2);
    applicationPool.setConnectionTimeout(2_000);
    new JdbcTemplate(applicationPool)
        .execute(
            "create table case_number_counter (property_code varchar(12), counter_day date,"
                + " last_value integer not null, sequence_base bigint,"
                + " primary key (property_code, counter_day))");
    DeskProperties properties = mock(DeskProperties.class);
    when(properties.caseNumberPrefix()).thenReturn("RS");
    setClock(ZonedDateTime.of(2026, 11, 23, 10, 0, 0, 0, SHANGHAI));
    numbers = new CaseNumberGenerator(applicationPool, database, clock, properties);
  }

  @AfterEach
  void close() {
    numbers.close();
    applicationPool.close();
  }

  private void setClock(ZonedDateTime at) {
    when(clock.now()).thenReturn(at.toInstant());
  }

  @Test
  void theFirstCaseOfADayIsNumberOne_INT02() {
    assertThat(numbers.next("YG", SHANGHAI)).isEqualTo("RS-YG-20261123-0001");
    assertThat(numbers.next("YG", SHANGHAI)).isEqualTo("RS-YG-20261123-0002");

    setClock(ZonedDateTime.of(2026, 11, 24, 0, 0, 1, 0, SHANGHAI));

    assertThat(numbers.next("YG", SHANGHAI)).isEqualTo("RS-YG-20261124-0001");
  }

  @Test
  void eachPropertyCountsItsOwnCasesAndItsNumbersShowIt_INT02() {
    assertThat(numbers.next("YG", SHANGHAI)).isEqualTo("RS-YG-20261123-0001");
    assertThat(numbers.next("HL", SHANGHAI)).isEqualTo("RS-HL-20261123-0001");
    assertThat(numbers.next("YG", SHANGHAI)).isEqualTo("RS-YG-20261123-0002");
  }

  @Test
  void theDayIsTheDayInTheTimeZoneOfTheProperty_INT02() {
    // 23 Nov 00:30 in Shanghai is still 22 Nov in Dubai
    setClock(ZonedDateTime.of(2026, 11, 23, 0, 30, 0, 0, SHANGHAI));

    assertThat(numbers.next("YG", SHANGHAI)).isEqualTo("RS-YG-20261123-0001");
    assertThat(numbers.next("DX", ZoneId.of("Asia/Dubai"))).isEqualTo("RS-DX-20261122-0001");
  }

  /** A day counted before the sequences (issue 15) goes on after its last number. */
  @Test
  void aDayCountedBeforeTheSequencesGoesOnAfterItsLastNumber_INT02() {
    new JdbcTemplate(applicationPool)
        .update(
            "insert into case_number_counter (property_code, counter_day, last_value)"
                + " values ('YG', date '2026-11-23', 57)");

    assertThat(numbers.next("YG", SHANGHAI)).isEqualTo("RS-YG-20261123-0058");
    assertThat(numbers.next("YG", SHANGHAI)).isEqualTo("RS-YG-20261123-0059");
  }

  /**
   * The draw is made on the intake's own connection and needs no commit: an intake that rolls back
   * leaves a gap, never a number given twice.
   */
  @Test
  void aDrawInARolledBackIntakeLeavesAGapAndNoNumberTwice_INT02() {
    assertThat(numbers.next("YG", SHANGHAI)).isEqualTo("RS-YG-20261123-0001");
    TransactionTemplate intake =
        new TransactionTemplate(new DataSourceTransactionManager(applicationPool));
    intake.executeWithoutResult(
        status -> {
          assertThat(numbers.next("YG", SHANGHAI)).isEqualTo("RS-YG-20261123-0002");
          status.setRollbackOnly();
        });

    assertThat(numbers.next("YG", SHANGHAI)).isEqualTo("RS-YG-20261123-0003");
  }

  /**
   * Every intake draws while it holds one of the application's connections. With more concurrent
   * intakes than connections, a draw on the application's pool waited for a connection that none of
   * the waiting intakes could give back; the generator's own pool cannot be starved that way.
   */
  @Test
  void concurrentIntakesHoldingEveryApplicationConnectionGetUniqueConsecutiveNumbers_INT02()
      throws Exception {
    int intakes = 8;
    int drawsEach = 25;
    Callable<List<String>> intake =
        () ->
            IntStream.range(0, drawsEach)
                .mapToObj(i -> drawWhileHoldingAnApplicationConnection())
                .toList();
    ExecutorService threads = Executors.newFixedThreadPool(intakes);
    try {
      List<Future<List<String>>> results = threads.invokeAll(Collections.nCopies(intakes, intake));
      List<String> all = new ArrayList<>();
      for (Future<List<String>> result : results) {
        all.addAll(result.get());
      }

      assertThat(all)
          .containsExactlyInAnyOrderElementsOf(
              IntStream.rangeClosed(1, intakes * drawsEach)
                  .mapToObj("RS-YG-20261123-%04d"::formatted)
                  .toList());
    } finally {
      threads.shutdownNow();
    }
  }

  /** As an intake does: inside a transaction holding one of the application's connections. */
  private String drawWhileHoldingAnApplicationConnection() {
    return new TransactionTemplate(new DataSourceTransactionManager(applicationPool))
        .execute(status -> numbers.next("YG", SHANGHAI));
  }
}

package com.residentdesk.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts what one unit of work costs the database: the JDBC statements (a batch counts once, as one
 * round trip) and the commits made by the calling thread, through a datasource-proxy wrapper around
 * the application's data source. Import it in a test and {@link #measure} the work.
 */
@TestConfiguration(proxyBeanMethods = false)
public class StatementCounter {

  /** What one measured piece of work sent to the database. */
  public record Cost(int statements, int rows, int commits, Map<String, Integer> byTable) {
    @Override
    public String toString() {
      return statements
          + " statements ("
          + rows
          + " rows incl. batches), "
          + commits
          + " commits; "
          + byTable;
    }
  }

  private static final AtomicReference<Thread> measured = new AtomicReference<>();

  /** While set, statements of the web server's request threads are counted instead. */
  private static volatile boolean requests;

  private static final List<String> statements = new ArrayList<>();
  private static final int[] counts = new int[2]; // rows, commits
  private static final Pattern TABLE =
      Pattern.compile(
          "^\\s*(?:(update)|(select|insert|delete)\\b.*?\\b(?:from|into))\\s+([a-z_0-9\\.\"]+)",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  @Bean
  static BeanPostProcessor countingDataSource() {
    return new BeanPostProcessor() {
      @Override
      public Object postProcessAfterInitialization(Object bean, String name) {
        if (bean instanceof DataSource dataSource && !name.contains("counted")) {
          return ProxyDataSourceBuilder.create(dataSource)
              .name("counted")
              .afterQuery(StatementCounter::query)
              .afterMethod(
                  context -> {
                    if ("commit".equals(context.getMethod().getName()) && counting()) {
                      synchronized (statements) {
                        counts[1]++;
                      }
                    }
                  })
              .build();
        }
        return bean;
      }
    };
  }

  private static boolean counting() {
    return requests
        ? Thread.currentThread().getName().startsWith("http-nio-")
        : measured.get() == Thread.currentThread();
  }

  private static void query(ExecutionInfo execution, List<QueryInfo> queries) {
    if (!counting()) {
      return;
    }
    synchronized (statements) {
      String sql = queries.isEmpty() ? "?" : queries.get(0).getQuery();
      statements.add(sql);
      counts[0] += execution.isBatch() ? Math.max(1, execution.getBatchSize()) : 1;
    }
  }

  /** Runs the work on this thread and returns its result with what it cost the database. */
  public static <T> Measured<T> measure(Supplier<T> work) {
    return measure(work, false);
  }

  /**
   * Sends HTTP requests (the work) and returns what the server's request threads cost the database
   * meanwhile: sign-in, the work and the answer.
   */
  public static <T> Measured<T> measureRequests(Supplier<T> work) {
    return measure(work, true);
  }

  private static <T> Measured<T> measure(Supplier<T> work, boolean ofRequests) {
    synchronized (statements) {
      statements.clear();
      counts[0] = 0;
      counts[1] = 0;
    }
    measured.set(Thread.currentThread());
    requests = ofRequests;
    T result;
    try {
      result = work.get();
    } finally {
      measured.set(null);
      requests = false;
    }
    synchronized (statements) {
      Map<String, Integer> byTable = new TreeMap<>();
      for (String sql : statements) {
        Matcher m = TABLE.matcher(sql);
        String key =
            m.find()
                ? (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase()
                    + " "
                    + m.group(3).toLowerCase().replace("\"", "")
                : sql.strip().split("\\s+")[0].toLowerCase();
        byTable.merge(key, 1, Integer::sum);
      }
      return new Measured<>(
          result,
          new Cost(statements.size(), counts[0], counts[1], byTable),
          List.copyOf(statements));
    }
  }

  /** The work's result, its cost and the statements themselves (for a failure's message). */
  public record Measured<T>(T result, Cost cost, List<String> sql) {}
}

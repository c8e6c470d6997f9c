package com.residentdesk.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Properties arrive on a desk that already holds data: a database of the V6 era (before properties)
 * with a case, its handling sheet and deadline, households, a region, a unified answer, a rota line
 * and the day's case counter is migrated; everything moves to the default property and nothing is
 * lost, and the keys that were company-wide are per property afterwards. The same scenario runs on
 * PostgreSQL in {@code postgres.PropertyMigrationPostgresIT}.
 */
public class PropertyMigrationTest {

  @Test
  void existingDataMovesToTheDefaultPropertyAndNothingIsLost_H2() {
    String url = "jdbc:h2:mem:migration-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    upgradeFromTheV6Schema(new DriverManagerDataSource(url, "sa", ""));
  }

  /** The scenario, on an empty database reached through {@code database}. */
  public static void upgradeFromTheV6Schema(DriverManagerDataSource database) {
    JdbcTemplate sql = new JdbcTemplate(database);
    flyway(database, "6").migrate();
    sql.update(
        "insert into household (unit, resident_name, phone, email, language, preferred_channel)"
            + " values ('1-0502', '王芳', '13800000502', 'wang.fang@example.com', 'zh-CN', 'email')");
    sql.update(
        "insert into service_case (case_number, status, channel, unit, resident_name, phone,"
            + " language, category, description, location, received_at, registered_by)"
            + " values ('RS-20261120-0001', 'TRIAGED', 'app', '1-0502', '王芳', '13800000502',"
            + " 'zh-CN', 'repair', '厨房水龙头漏水', '厨房', timestamp with time zone"
            + " '2026-11-20 09:00:00+08:00', 'webform')");
    Long caseId = sql.queryForObject("select id from service_case", Long.class);
    sql.update(
        "insert into case_event (case_id, occurred_at, actor, step, title) values (?, timestamp"
            + " with time zone '2026-11-20 09:00:00+08:00', 'webform', 'Task_RegisterCase',"
            + " 'Request registered')",
        caseId);
    sql.update(
        "insert into deadline_clock (case_id, rule_id, clock_round, started_at, due_at) values"
            + " (?, 'CAT-04', 0, timestamp with time zone '2026-11-20 09:00:00+08:00', timestamp"
            + " with time zone '2026-11-21 09:00:00+08:00')",
        caseId);
    sql.update("insert into region (name, manager_user) values ('North', 'regional')");
    sql.update("insert into building_region (building, region_id) select '1', id from region");
    sql.update(
        "insert into unified_answer (topic, version, answer_text, status, approved_by,"
            + " approved_at) values ('gate-hours', 1, '北门 23:00 关闭', 'APPROVED', 'cshead',"
            + " current_timestamp)");
    sql.update(
        "insert into duty_shift (group_id, user_id, duty_role, starts, ends, valid_from) values"
            + " ('engineering', 'engineer', 'STAFF', time '08:00:00', time '20:00:00', date"
            + " '2020-01-01')");
    sql.update(
        "insert into case_number_counter (counter_day, last_value) values (date '2026-11-20', 1)");

    flyway(database, "latest").migrate();

    Map<String, Object> property = sql.queryForMap("select code, name, time_zone from property");
    assertThat(property.get("code")).isEqualTo("YG");
    assertThat(property.get("name")).isEqualTo("阳光花园");
    assertThat(property.get("time_zone")).as("the company's time zone").isNull();
    for (String table :
        new String[] {
          "service_case",
          "household",
          "region",
          "building_region",
          "unified_answer",
          "duty_shift",
          "case_number_counter"
        }) {
      assertThat(sql.queryForList("select distinct property_code from " + table, String.class))
          .as(table)
          .containsExactly("YG");
    }
    assertThat(sql.queryForObject("select case_number from service_case", String.class))
        .isEqualTo("RS-20261120-0001");
    assertThat(sql.queryForObject("select count(*) from case_event", Integer.class)).isOne();
    assertThat(sql.queryForObject("select count(*) from deadline_clock", Integer.class)).isOne();
    assertThat(sql.queryForObject("select last_value from case_number_counter", Integer.class))
        .isOne();

    // another estate has its own unit 1-0502, region North, building 1 and answer versions
    sql.update(
        "insert into property (code, name, created_at) values ('HL', '海岚湾', current_timestamp)");
    sql.update(
        "insert into household (property_code, unit, resident_name, phone, language,"
            + " preferred_channel) values ('HL', '1-0502', '赵磊', '13900000502', 'zh-CN', 'app')");
    sql.update(
        "insert into region (property_code, name, manager_user) values ('HL', 'North', 'regional2')");
    sql.update(
        "insert into building_region (property_code, building, region_id) select 'HL', '1', id"
            + " from region where property_code = 'HL'");
    sql.update(
        "insert into case_number_counter (property_code, counter_day, last_value) values ('HL',"
            + " date '2026-11-20', 1)");
    sql.update(answer("'HL'", 1));
    sql.update(answer("null", 1));

    // ... and within one property, or the company's own answers, they stay unique
    assertThatThrownBy(
            () ->
                sql.update(
                    "insert into household (property_code, unit, resident_name, phone, language,"
                        + " preferred_channel) values ('YG', '1-0502', 'X', '1', 'zh-CN',"
                        + " 'app')"))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThatThrownBy(() -> sql.update(answer("null", 1)))
        .isInstanceOf(DataIntegrityViolationException.class);
    assertThatThrownBy(
            () ->
                sql.update(
                    "insert into service_case (property_code, case_number, status, channel, unit,"
                        + " resident_name, phone, language, category, description, location,"
                        + " received_at, registered_by) values ('XX', 'RS-XX-1', 'TRIAGED',"
                        + " 'app', '1', 'a', '1', 'zh-CN', 'repair', 'd', 'l', current_timestamp,"
                        + " 'w')"))
        .as("a case of no property")
        .isInstanceOf(DataIntegrityViolationException.class);
  }

  private static String answer(String property, int version) {
    return "insert into unified_answer (property_code, topic, version, answer_text, status,"
        + " approved_by, approved_at) values ("
        + property
        + ", 'gate-hours', "
        + version
        + ", 'x', 'APPROVED', 'cshead', current_timestamp)";
  }

  private static Flyway flyway(DriverManagerDataSource database, String target) {
    return Flyway.configure()
        .dataSource(database)
        .table("desk_schema_history")
        .locations("classpath:db/migration")
        .javaMigrations(new PerPropertyKeysMigration())
        .placeholders(Map.of("defaultPropertyCode", "YG", "defaultPropertyName", "阳光花园"))
        .target(target)
        .load();
  }
}

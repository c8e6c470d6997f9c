package com.residentdesk.postgres;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * Runs a test class against the real PostgreSQL server (the {@code postgres} profile on a fresh
 * database), or skips it with a message when no server answers. {@code PG_REQUIRED=true} (CI) turns
 * the skip into a failure.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ActiveProfiles({"test", "postgres"})
@ContextConfiguration(initializers = PostgresDatabase.class)
@ExtendWith(PostgresDatabase.class)
public @interface PostgresSuite {}

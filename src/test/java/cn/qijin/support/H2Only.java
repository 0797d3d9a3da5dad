package cn.qijin.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A shared scenario the PostgreSQL suite does not repeat (the pom's postgres-test execution excludes the tag):
 * its path is proven by the model tests and on H2, and the SQL it runs is run on PostgreSQL by the scenarios
 * of the same class that do repeat there. Keeps the PostgreSQL suite to what can differ between the databases.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Tag("h2-only")
public @interface H2Only {}

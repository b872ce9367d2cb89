/** The database: one data source that is H2 by default and PostgreSQL when configured, and Flyway migrations. */
package org.recourse.platform.persistence;

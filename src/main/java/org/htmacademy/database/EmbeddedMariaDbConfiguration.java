package org.htmacademy.database;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * With no database URL configured, start MariaDB on a free local port and point the app at it.
 * Spring Boot's own DataSource auto-configuration backs off because this bean exists.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
@EnableConfigurationProperties(EmbeddedMariaDbProperties.class)
class EmbeddedMariaDbConfiguration {

	@Bean
	EmbeddedMariaDb embeddedMariaDb(EmbeddedMariaDbProperties properties) {
		return EmbeddedMariaDb.startOnce(properties);
	}

	@Bean
	DataSource dataSource(EmbeddedMariaDb mariaDb) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(mariaDb.jdbcUrl());
		dataSource.setUsername(mariaDb.username());
		dataSource.setPassword(mariaDb.password());
		dataSource.setPoolName("htm-embedded");
		dataSource.setMaximumPoolSize(20);
		return dataSource;
	}

}

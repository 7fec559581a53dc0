package org.houqin.platform.db;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.houqin.platform.HouqinProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/**
 * Two pools on one database: a tiny one for Flyway with the deployment's own login (it owns the schema), and the
 * application's pool, whose connections switch to the role {@code houqin_app} so that row-level security and the
 * append-only grants apply to everything the application does.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    DatabaseServer databaseServer(HouqinProperties properties) {
        HouqinProperties.Db db = properties.db();
        if (db.external()) {
            return DatabaseServer.external(db.url(), db.user(), db.password());
        }
        return DatabaseServer.embedded(EmbeddedDatabase.start(properties.dataDir(), properties.timeZone()));
    }

    @Bean
    @Primary
    DataSource dataSource(DatabaseServer server, HouqinProperties properties, ConnectionScope scope) {
        HikariDataSource pool = server.pool("houqin-app", properties.db().poolSize());
        pool.setConnectionInitSql("SET ROLE houqin_app");
        return new ScopedDataSource(pool, scope);
    }

    @Bean
    @FlywayDataSource
    DataSource migrationDataSource(DatabaseServer server) {
        HikariDataSource pool = server.pool("houqin-migrate", 2);
        pool.setMinimumIdle(0);
        return pool;
    }
}

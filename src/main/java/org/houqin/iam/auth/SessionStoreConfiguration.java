package org.houqin.iam.auth;

import java.util.EnumSet;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.web.http.SessionRepositoryFilter;

/**
 * The database's sessions as every request sees them: read once per request, the security context deserialised once
 * per stored content, the last access written at most once a minute (ADR 0029).
 */
@Configuration(proxyBeanMethods = false)
class SessionStoreConfiguration {

    @Bean
    static BeanPostProcessor storedSessions() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JdbcIndexedSessionRepository jdbc ? new StoredSessions(jdbc) : bean;
            }
        };
    }

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> sessionValues() {
        return repository -> repository.setConversionService(
                new SessionValues(SessionStoreConfiguration.class.getClassLoader()));
    }

    /** Around Spring Session's own filter, so that its read after saving is answered without the database. */
    @Bean
    FilterRegistrationBean<Filter> oneSessionReadPerRequest() {
        Filter filter = (request, response, chain) -> StoredSessions.withinRequest(() -> chain.doFilter(request,
                response));
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(filter);
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR));
        registration.setName("oneSessionReadPerRequest");
        return registration;
    }
}

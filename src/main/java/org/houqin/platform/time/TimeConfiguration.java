package org.houqin.platform.time;

import java.time.Clock;

import org.houqin.platform.HouqinProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the application, in the school's zone. */
@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

    @Bean
    Clock clock(HouqinProperties properties) {
        return Clock.system(properties.timeZone());
    }

    @Bean
    SchoolClock schoolClock(Clock clock) {
        SchoolClock.useApplicationZone(clock.getZone());
        return new SchoolClock(clock);
    }
}

package org.houqin.platform.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.support.ScheduledTaskObservationContext;

class JobMetricsTest {

    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final ObservationRegistry observations = ObservationRegistry.create();

    JobMetricsTest() {
        observations.observationConfig().observationHandler(new JobMetrics(meters));
    }

    public void purge() {
    }

    @Test
    void eachRunIsCountedAndTimedByJobAndOutcome() throws Exception {
        run(null);
        run(null);
        run(new IllegalStateException("database away"));

        assertThat(meters.counter("houqin.jobs.runs", "job", "JobMetricsTest.purge", "outcome", "success").count())
                .isEqualTo(2);
        assertThat(meters.counter("houqin.jobs.runs", "job", "JobMetricsTest.purge", "outcome", "failure").count())
                .isEqualTo(1);
        assertThat(meters.timer("houqin.jobs.duration", "job", "JobMetricsTest.purge", "outcome", "success").count())
                .isEqualTo(2);
    }

    private void run(RuntimeException failure) throws Exception {
        Method method = JobMetricsTest.class.getMethod("purge");
        Observation observation = Observation.createNotStarted("tasks.scheduled.execution",
                () -> new ScheduledTaskObservationContext(this, method), observations).start();
        if (failure != null) {
            observation.error(failure);
        }
        observation.stop();
    }
}

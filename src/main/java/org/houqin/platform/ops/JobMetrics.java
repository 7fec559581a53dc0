package org.houqin.platform.ops;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationHandler;
import org.springframework.scheduling.support.ScheduledTaskObservationContext;
import org.springframework.stereotype.Component;

/**
 * Every run of a scheduled job (reminders, plans, deliveries, purges) counted in {@code houqin.jobs.runs} and timed in
 * {@code houqin.jobs.duration}, tagged with the job ({@code Class.method}) and its outcome ({@code success} or
 * {@code failure}). A run that found another node holding the job's lock counts as a success that did nothing.
 * Spring Boot has scheduled methods report their runs as observations; this handler turns them into the meters.
 */
@Component
class JobMetrics implements ObservationHandler<ScheduledTaskObservationContext> {

    private final MeterRegistry meters;

    JobMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public boolean supportsContext(Observation.Context context) {
        return context instanceof ScheduledTaskObservationContext;
    }

    @Override
    public void onStart(ScheduledTaskObservationContext context) {
        context.put(Timer.Sample.class, Timer.start(meters));
    }

    @Override
    public void onStop(ScheduledTaskObservationContext context) {
        String job = context.getTargetClass().getSimpleName() + "." + context.getMethod().getName();
        Tags tags = Tags.of("job", job, "outcome", context.getError() == null ? "success" : "failure");
        meters.counter("houqin.jobs.runs", tags).increment();
        Timer.Sample sample = context.get(Timer.Sample.class);
        if (sample != null) {
            sample.stop(meters.timer("houqin.jobs.duration", tags));
        }
    }
}

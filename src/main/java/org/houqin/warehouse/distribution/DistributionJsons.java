package org.houqin.warehouse.distribution;

import java.util.List;

import org.houqin.platform.web.Texts;
import org.springframework.stereotype.Component;

/** Plans and their classes as the distribution endpoints answer them, with their states in the reader's language. */
@Component
class DistributionJsons {

    private final Distributions distributions;
    private final Handovers handovers;
    private final GradeSummaries summaries;
    private final Texts texts;

    DistributionJsons(Distributions distributions, Handovers handovers, GradeSummaries summaries, Texts texts) {
        this.distributions = distributions;
        this.handovers = handovers;
        this.summaries = summaries;
        this.texts = texts;
    }

    /** A plan as lists show it: without its lines, grades or classes. */
    DistributionEndpoint.DistributionJson head(Distributions.Plan plan) {
        return json(plan, null, null, null, null);
    }

    /** A plan with everything its page shows; its classes once issuing has started. */
    DistributionEndpoint.DistributionJson whole(long school, long id) {
        Distributions.Plan plan = distributions.find(school, id);
        GradeSummaries.View summary = summaries.of(school, plan);
        List<DistributionClassEndpoint.ClassJson> classes = plan.started()
                ? handovers.classes(school, id, null).stream().map(this::classHead).toList() : List.of();
        return json(plan, distributions.lines(school, id), summary.grades(), summary.stock(), classes);
    }

    /** A class of a plan with its list and, when asked, its hand-overs and returns. */
    DistributionClassEndpoint.ClassJson classWhole(long school, long planId, long id) {
        Distributions.Plan plan = distributions.find(school, planId);
        Handovers.ClassRow row = handovers.classRow(school, planId, id);
        return new DistributionClassEndpoint.ClassJson(row.id(), row.distributionId(), row.classId(), row.gradeId(),
                row.gradeName(), row.className(), row.headCount(), row.teacherName(), row.status(),
                texts.get(row.status().messageKey()), row.issuedOn(), row.shortageReason(), row.version(),
                handovers.lines(school, id, plan.storeId()), handovers.handovers(school, id),
                handovers.handedLines(school, id), handovers.returns(school, id), handovers.returnedLines(school, id));
    }

    private DistributionClassEndpoint.ClassJson classHead(Handovers.ClassRow r) {
        return new DistributionClassEndpoint.ClassJson(r.id(), r.distributionId(), r.classId(), r.gradeId(),
                r.gradeName(), r.className(), r.headCount(), r.teacherName(), r.status(),
                texts.get(r.status().messageKey()), r.issuedOn(), r.shortageReason(), r.version(), null, null, null,
                null, null);
    }

    private DistributionEndpoint.DistributionJson json(Distributions.Plan p, List<Distributions.PlanLine> lines,
                                                       List<GradeSummaries.GradeRow> grades,
                                                       List<GradeSummaries.StockNeed> stock,
                                                       List<DistributionClassEndpoint.ClassJson> classes) {
        return new DistributionEndpoint.DistributionJson(p.id(), p.number(), p.name(), p.semesterId(),
                p.semesterName(), p.storeId(), p.storeName(), p.status(), texts.get(p.status().messageKey()), p.note(),
                p.createdByName(), p.createdAt(), p.startedAt(), p.finishedAt(), p.closeNote(), p.classes(),
                p.issuedClasses(), p.owedClasses(), p.version(), lines, grades, stock, classes);
    }
}
